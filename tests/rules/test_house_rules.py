"""The house rules as checks that fail: layers, types, the one clock, lint.

Each rule is written once in the project's configuration (pyproject.toml: import-linter
contracts, mypy, ruff) and run here, so CI runs them; each also has a test showing that breaking
the rule makes its check fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT, SRC


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False, env=env
    )


def lint_imports(src: Path) -> subprocess.CompletedProcess[str]:
    # grimp finds the package on sys.path: point it at the source tree, not an installed copy.
    env = {**os.environ, "PYTHONPATH": str(src)}
    return run(
        "-c", "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())", env=env
    )


def test_the_layer_contracts_hold() -> None:
    result = lint_imports(SRC)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("core/event.py", "import PySide6.QtCore", "core, files and net never import Qt"),
        ("core/event.py", "import yaml", "core is plain Python"),
        ("net/api.py", "import runofshow.files.journal", "net never imports the windows"),
        ("files/journal.py", "import runofshow.ui.session.controller", "Layers"),
        ("ui/session/event_run.py", "import runofshow.session.show_app", "Layers"),  # the session opens the windows
        ("session/show_app.py", "import runofshow.app", "Layers"),  # the composition root builds the session
        ("core/clock.py", "import runofshow.core.show", "No import cycles"),
        ("ui/stage/stage_window.py", "import runofshow.ui.moderator.main_window", "never import the moderator's"),
        ("ui/widgets/i18n.py", "import runofshow.ui.session.controller", "Widgets import no other ui package"),
        ("ui/session/controller.py", "import runofshow.ui.plan.plan_editor", "over the session, over the widgets"),
    ],
)
def test_breaking_a_contract_fails_the_check(tmp_path: Path, module: str, line: str, contract: str) -> None:
    copy = tmp_path / "src"
    shutil.copytree(SRC / "runofshow", copy / "runofshow", ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / "runofshow" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # noqa\n", encoding="utf-8")
    result = lint_imports(copy)
    assert result.returncode != 0
    broken = [row for row in result.stdout.splitlines() if row.endswith("BROKEN")]
    assert any(contract in row for row in broken), result.stdout


def mypy_errors() -> Counter[str]:
    result = run("-m", "mypy")  # files and options: [tool.mypy] in pyproject.toml (strict)
    counts: Counter[str] = Counter()
    for row in result.stdout.splitlines():
        path = row.partition(":")[0]
        if ": error:" in row and path.endswith(".py"):
            counts[path.replace(os.sep, "/")] += 1
    assert result.returncode in (0, 1), result.stdout + result.stderr  # 2 = mypy itself failed
    return counts


def test_mypy_strict_everywhere() -> None:
    # The windows owed errors once (a list that could only shrink); it is paid, so the rule is now
    # the plain one: no module, Qt or not, has a mypy --strict error.
    assert mypy_errors() == Counter(), "mypy --strict errors per module"


def test_breaking_the_types_fails_the_check(tmp_path: Path) -> None:
    # The project's own settings on a window module written the way the stubs reject: no
    # annotation, and an object name passed as a keyword PySide6's stubs do not declare.
    window = tmp_path / "bad_window.py"
    window.write_text(
        "from PySide6.QtWidgets import QFrame\n\n\ndef frame():\n    return QFrame(objectName='x')\n",
        encoding="utf-8",
    )
    result = run("-m", "mypy", str(window))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "[no-untyped-def]" in result.stdout and "[call-arg]" in result.stdout, result.stdout


def ruff(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_ruff_is_clean_and_formatted() -> None:
    paths = ("src", "tests", "bench", "packaging", "docs")
    lint = ruff("check", *paths)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    form = ruff("format", "--check", *paths)
    assert form.returncode == 0, form.stdout + form.stderr


@pytest.mark.parametrize(
    "code",
    [
        "import time\n\nx = time.monotonic()\n",
        "import time\n\nx = time.time()\n",
        "from datetime import datetime\n\nx = datetime.now()\n",
        "from datetime import UTC, datetime\n\nx = datetime.now(UTC)\n",
    ],
)
def test_only_the_clock_module_reads_the_time(code: str) -> None:
    elsewhere = ruff("check", "--stdin-filename", "src/runofshow/ui/somewhere.py", "-", stdin=code)
    assert elsewhere.returncode != 0 and "TID251" in elsewhere.stdout, elsewhere.stdout
    clock = ruff("check", "--select", "TID251", "--stdin-filename", "src/runofshow/core/clock.py", "-", stdin=code)
    assert clock.returncode == 0, clock.stdout
