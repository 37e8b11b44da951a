"""Words for people, kept apart from their values so that a window can show them in its language.

The core is Qt-free and speaks English: the API, the logs and the command line use `str()` of a
`Words` as it is. The windows look the template up in Qt's translations and fill in the values
(ui/i18n.py: `words_text`). Qt's lupdate finds every template because packaging/translations.py
tells it that `Words(...)` and `CommandError(...)` mark translatable text: a template must be a
plain string literal with `{named}` values, never an f-string.
"""

from __future__ import annotations

from typing import Any


class Words:
    __slots__ = ("template", "values")

    def __init__(self, template: str, **values: Any) -> None:
        self.template = template
        self.values = values

    def __str__(self) -> str:
        return self.template.format(**self.values) if self.values else self.template

    def __repr__(self) -> str:
        return f"Words({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash(self.template)
