"""Text from outside is shown as typed, never as markup (issue #23), as a check on the source: no
window lets Qt guess rich text (labels are PlainLabel, or RichLabel with escaped values; message
boxes plain_box/rich_box; tooltips plain_tip), and the browser pages never write HTML from data.
The windows themselves, walked with markup in every outside text:
tests/unit/ui/widgets/test_plain_text.py."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.helpers import paths

SRC = paths.SRC / "runofshow"

#: Calls that take any text for HTML when it looks like HTML; only ui/widgets/plain_text.py makes them.
GUESSING = {"QLabel", "QMessageBox", "information", "warning", "critical", "question", "about"}


def _guessing_calls(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else ""
        if name == "QLabel" or (name == "QMessageBox") or (owner == "QMessageBox" and name in GUESSING):
            found.append(f"{path.name}:{node.lineno}: {owner + '.' if owner else ''}{name}(…)")
        if name == "setToolTip" and node.args and not _tip_is_plain(node.args[0]):
            found.append(f"{path.name}:{node.lineno}: setToolTip without plain_tip(…)")
        if name == "setTextFormat" and node.args and "AutoText" in ast.unparse(node.args[0]):
            found.append(f"{path.name}:{node.lineno}: setTextFormat(AutoText)")
    return found


def _tip_is_plain(arg: ast.expr) -> bool:
    if isinstance(arg, ast.Constant) and arg.value == "":
        return True
    if isinstance(arg, ast.IfExp):
        return _tip_is_plain(arg.body) and _tip_is_plain(arg.orelse)
    if isinstance(arg, ast.Call):
        func = arg.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        return name in ("plain_tip", "toolTip")  # toolTip(): a tip already made plain, passed on
    return False


def test_no_window_lets_qt_guess_rich_text() -> None:
    """The rule behind the walk of the windows, on every module of them: labels are PlainLabel (or
    RichLabel with escaped values), message boxes plain_box/rich_box, tooltips plain_tip."""
    modules = [*sorted((SRC / "ui").rglob("*.py")), *sorted((SRC / "session").glob("*.py"))]
    modules += [SRC / "app.py", SRC / "cli.py"]
    found = [call for path in modules if path.name != "plain_text.py" for call in _guessing_calls(path)]
    assert found == []


def test_the_rule_finds_a_guessing_label(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("label = QLabel(name)\nbutton.setToolTip(name)\nQMessageBox.warning(None, 't', name)\n")
    assert len(_guessing_calls(bad)) == 3


def test_the_pages_never_write_html_from_data() -> None:
    """The browser pages build their text with textContent: innerHTML and friends are not used."""
    web = SRC.parents[1] / "resources" / "web"
    for script in web.glob("*.js"):
        text = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
            assert sink not in text, f"{script.name} uses {sink}"
