"""Problems found in a file, each pinned to a line and column."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from runofshow.core.wording import Words


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    severity: Severity
    line: int  # 1-based
    column: int  # 1-based
    message: Words  # str() is the English the command line prints; the windows translate it

    def format(self, path: str) -> str:
        """`PATH:LINE:COL: error: MESSAGE`, as compilers and editors expect."""
        return f"{path}:{self.line}:{self.column}: {self.severity.value}: {self.message}"


class EventFileError(Exception):
    """An event file that cannot be used; carries every problem found, warnings included."""

    def __init__(self, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        errors = [p for p in problems if p.severity is Severity.ERROR]
        super().__init__(errors[0].format(path) if errors else path)

    def lines(self) -> list[str]:
        return [p.format(self.path) for p in self.problems]
