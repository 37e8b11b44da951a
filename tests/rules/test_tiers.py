"""The tests in tiers (issue #26), as checks that fail, each with a test that breaking it fails:

- every test module sits in exactly one tier: tests/unit, tests/e2e or tests/rules (none at the
  top, none among the helpers);
- tests/unit mirrors src/runofshow: its folders are the source's packages (tests/unit/ui/stage
  for runofshow/ui/stage);
- no test module imports another (nor a conftest): what two modules share is a driver in
  tests/helpers, so a module can move between tiers, or go, without breaking another;
- the unit tier starts no process, opens no socket and sleeps for no real time: no subprocess,
  socket, HTTP or MQTT modules, no time.sleep, none of the helpers that drive real processes;
- a real-time soak (`slow`) is end-to-end;
- no test module finds the repository by counting its own parents (tests/helpers/paths.py does,
  once): a module that moves between tiers would read the wrong folder;
- every test file or folder the docs, the sources and the scripts name exists (the README and
  docs/architecture.md say where the tests are: a move that leaves them behind fails).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT, SRC

TESTS = ROOT / "tests"
TIERS = ("unit", "e2e", "rules")
#: Modules a unit test never imports: they start processes, open sockets or speak a protocol.
REAL_MODULES = ("subprocess", "socket", "multiprocessing", "http", "urllib.request", "websockets", "paho", "pty")
#: The helpers that drive real processes, servers or real time (for tests/e2e and tests/rules).
REAL_HELPERS = (
    "app",
    "api_client",
    "blackhole",
    "broker",
    "browser",
    "link_proxy",
    "orca_session",
    "port_stub",
    "standby",
    "venue",
    "waiting",
    "xvfb",
)


def _python_files(tests: Path) -> Iterator[Path]:
    for path in sorted(tests.rglob("*.py")):
        if "__pycache__" not in path.parts:
            yield path


def _is_test_module(path: Path) -> bool:
    return path.name.startswith("test_") or path.name.endswith("_test.py")


def _module_name(tests: Path, path: Path) -> str:
    parts = ("tests", *path.relative_to(tests).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(tests: Path, path: Path) -> Iterator[tuple[int, str]]:
    """(line, module) for every module `path` imports, relative imports resolved; `from a import b`
    gives a.b (b may be a module) as well as a."""
    package = _module_name(tests, path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            yield node.lineno, module
            for alias in node.names:
                yield node.lineno, f"{module}.{alias.name}"


def _is_under(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def misplaced(tests: Path) -> list[str]:
    """Test modules outside the three tiers, or among the helpers."""
    bad = []
    for path in _python_files(tests):
        where = path.relative_to(tests).parts
        if _is_test_module(path) and (len(where) < 2 or where[0] not in TIERS):
            bad.append(f"{path.relative_to(tests)}: not in tests/unit, tests/e2e or tests/rules")
    return bad


def unmirrored(tests: Path, src: Path) -> list[str]:
    """Folders of tests/unit with no package of the same path in src/runofshow."""
    unit = tests / "unit"
    bad = []
    for folder in sorted(p for p in unit.rglob("*") if p.is_dir() and p.name != "__pycache__"):
        relative = folder.relative_to(unit)
        if not (src / "runofshow" / relative / "__init__.py").is_file():
            bad.append(f"tests/unit/{relative.as_posix()}: no package src/runofshow/{relative.as_posix()}")
    return bad


def cross_imports(tests: Path) -> list[str]:
    """Imports of a test module or a conftest from anywhere under tests/ (tests.helpers only)."""
    bad: dict[tuple[str, int], str] = {}
    for path in _python_files(tests):
        for line, module in _imports(tests, path):
            if not _is_under(module, "tests") or module == "tests" or _is_under(module, "tests.helpers"):
                continue
            # Whether it is there or not: a module that moved away is as wrong to import.
            bad.setdefault((path.relative_to(tests).as_posix(), line), module)  # once a line
    return [
        f"{where}:{line}: imports {module} (share it in tests/helpers)" for (where, line), module in sorted(bad.items())
    ]


def real_things_in_unit(tests: Path) -> list[str]:
    """Unit test modules that start processes, open sockets, sleep, or take a real-process helper."""
    bad = []
    real_helpers = tuple(f"tests.helpers.{name}" for name in REAL_HELPERS)
    for path in _python_files(tests / "unit"):
        where = path.relative_to(tests)
        for line, module in _imports(tests, path):
            if any(_is_under(module, real) for real in (*REAL_MODULES, *real_helpers)):
                bad.append(f"{where}:{line}: imports {module} (a real process, socket or wait: tests/e2e)")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            call = node.func if isinstance(node, ast.Call) else None
            named = call.attr if isinstance(call, ast.Attribute) else call.id if isinstance(call, ast.Name) else ""
            if named == "sleep":
                bad.append(f"{where}:{node.lineno}: sleeps for real (a fake clock, or tests/e2e)")
    return sorted(set(bad))


def slow_outside_e2e(tests: Path) -> list[str]:
    """`pytest.mark.slow` anywhere but tests/e2e (a soak in real time is end-to-end)."""
    bad = []
    for path in _python_files(tests):
        if path.relative_to(tests).parts[0] == "e2e":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr == "slow" and ast.unparse(node.value).endswith("mark"):
                bad.append(f"{path.relative_to(tests)}:{node.lineno}: slow outside tests/e2e")
    return bad


COUNTED_PARENTS = re.compile(r"__file__\)(\.resolve\(\))?\.(parents\[|parent\.parent)")


def counted_parents(tests: Path) -> list[str]:
    """Modules that find the repository from their own place (all but tests/helpers/paths.py)."""
    bad = []
    for path in _python_files(tests):
        if path.relative_to(tests).as_posix() == "helpers/paths.py" or path.resolve() == Path(__file__).resolve():
            continue  # (this module writes such a line on purpose, in its own test)
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if COUNTED_PARENTS.search(line):
                bad.append(f"{path.relative_to(tests)}:{number}: counts its parents (tests/helpers/paths.py)")
    return bad


#: Where the project names test files and folders: the docs, the sources, the scripts, the tests.
NAMING = ("README.md", "pyproject.toml", ".ci/run", "docs", "src", "packaging", "bench", "companion", "tests")
TEST_PATH = re.compile(r"\btests/[\w./-]*")


def stale_test_paths(root: Path) -> list[str]:
    """Test files (…py) and folders (…/) named in the project that are not there."""
    bad = []
    for place in NAMING:
        top = root / place
        files = [top] if top.is_file() else sorted(p for p in top.rglob("*") if p.suffix in (".md", ".py", ".toml"))
        for path in files:
            if "__pycache__" in path.parts or not path.is_file() or path.resolve() == Path(__file__).resolve():
                continue  # (this module names moved paths on purpose, in its own test)
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                for found in TEST_PATH.findall(line):
                    named = found.rstrip(".")
                    if named.endswith((".py", "/")) and not (root / named).exists():
                        bad.append(f"{path.relative_to(root)}:{number}: {named}")
    return bad


def test_every_test_module_is_in_one_tier() -> None:
    assert misplaced(TESTS) == []
    tiers = {tier: [p for p in _python_files(TESTS / tier) if _is_test_module(p)] for tier in TIERS}
    assert all(tiers.values()), {tier: len(found) for tier, found in tiers.items()}


def test_the_unit_tier_mirrors_the_source() -> None:
    assert unmirrored(TESTS, SRC) == []


def test_no_test_module_imports_another() -> None:
    assert cross_imports(TESTS) == []


def test_the_unit_tier_starts_no_process_opens_no_socket_and_never_sleeps() -> None:
    assert real_things_in_unit(TESTS) == []


def test_the_real_time_soaks_are_end_to_end() -> None:
    assert slow_outside_e2e(TESTS) == []


def test_no_test_module_counts_its_parents() -> None:
    assert counted_parents(TESTS) == []


def test_every_test_path_the_project_names_exists() -> None:
    assert stale_test_paths(ROOT) == []


# --- breaking each rule fails its check --------------------------------------------------------


def _tree(root: Path, files: dict[str, str]) -> Path:
    tests = root / "tests"
    for name, text in {"__init__.py": "", "helpers/__init__.py": "", "helpers/drive.py": "", **files}.items():
        path = tests / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for folder in path.relative_to(tests).parents:
            (tests / folder / "__init__.py").touch()
        path.write_text(text, encoding="utf-8")
    return tests


@pytest.mark.parametrize("where", ["test_at_the_top.py", "helpers/test_a_driver.py", "soak/test_long.py"])
def test_a_test_module_outside_the_tiers_fails_the_check(tmp_path: Path, where: str) -> None:
    tests = _tree(tmp_path, {where: "", "unit/core/test_fine.py": ""})
    assert [row.split(":")[0] for row in misplaced(tests)] == [where]


def test_a_unit_folder_with_no_package_fails_the_check(tmp_path: Path) -> None:
    tests = _tree(tmp_path, {"unit/core/test_a.py": "", "unit/windows/test_b.py": "", "unit/ui/stage/test_c.py": ""})
    src = tmp_path / "src"
    for package in ("runofshow", "runofshow/core", "runofshow/ui", "runofshow/ui/stage"):
        (src / package).mkdir(parents=True, exist_ok=True)
        (src / package / "__init__.py").touch()
    assert unmirrored(tests, src) == ["tests/unit/windows: no package src/runofshow/windows"]


@pytest.mark.parametrize(
    "line",
    [
        "from tests.unit.core.test_b import roundtable_twice",
        "import tests.unit.core.test_b",
        "from tests.unit.core import test_b",
        "from .test_b import roundtable_twice",
        "from . import test_b",
        "from ..conftest import window",
        "from tests.e2e.conftest import pytest_collection_modifyitems",
        "from tests.test_entry_point import TOKEN",  # a module that has moved (into the tiers)
        "    from tests.net.broker import Broker",  # inside a function
    ],
)
def test_a_test_module_importing_another_fails_the_check(tmp_path: Path, line: str) -> None:
    tests = _tree(
        tmp_path,
        {
            "unit/conftest.py": "",
            "e2e/conftest.py": "",
            "unit/core/test_a.py": f"import pytest\nfrom tests.helpers.drive import go\ndef f():\n{line}\n"
            if line.startswith(" ")
            else f"import pytest\nfrom tests.helpers.drive import go\n\n{line}\n",
            "unit/core/test_b.py": "def roundtable_twice(): ...\n",
        },
    )
    assert [row.split(": ")[0] for row in cross_imports(tests)] == ["unit/core/test_a.py:4"]


def test_helpers_shared_from_tests_helpers_pass_the_check(tmp_path: Path) -> None:
    tests = _tree(
        tmp_path,
        {
            "unit/core/test_a.py": "from tests.helpers.drive import go\nfrom tests.helpers import drive\n",
            "unit/conftest.py": "from tests.helpers.drive import go\n",
            "helpers/more.py": "from tests.helpers.drive import go\nfrom . import drive\n",
        },
    )
    assert cross_imports(tests) == []


@pytest.mark.parametrize(
    "line",
    [
        "import subprocess",
        "from socket import create_connection",
        "import urllib.request",
        "from http.client import HTTPConnection",
        "from tests.helpers.app import App",
        "from tests.helpers import broker",
        "import time\ntime.sleep(0.3)",
        "from time import sleep\nsleep(1)",
    ],
)
def test_a_real_process_socket_or_sleep_in_the_unit_tier_fails_the_check(tmp_path: Path, line: str) -> None:
    tests = _tree(
        tmp_path,
        {
            "helpers/app.py": "",
            "helpers/broker.py": "",
            "unit/net/test_a.py": f"import threading\nfrom tests.helpers.drive import go\n{line}\n",
            "e2e/net/test_b.py": f"{line}\n",  # the end-to-end tier may
        },
    )
    found = real_things_in_unit(tests)
    assert found and all(row.startswith("unit/net/test_a.py:") for row in found), found


def test_a_slow_test_outside_the_end_to_end_tier_fails_the_check(tmp_path: Path) -> None:
    soak = "import pytest\n\n\n@pytest.mark.slow\ndef test_a_minute() -> None: ...\n"
    tests = _tree(tmp_path, {"unit/core/test_a.py": soak, "e2e/test_b.py": soak})
    assert slow_outside_e2e(tests) == ["unit/core/test_a.py:4: slow outside tests/e2e"]


def test_a_test_path_the_docs_name_that_moved_fails_the_check(tmp_path: Path) -> None:
    _tree(tmp_path, {"unit/core/test_clock.py": "", "e2e/test_soak.py": ""})
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text(
        "Checked by tests/unit/core/test_clock.py and tests/e2e/.\nOnce tests/test_soak.py, now elsewhere.\n",
        encoding="utf-8",
    )
    assert stale_test_paths(tmp_path) == ["docs/guide.md:2: tests/test_soak.py"]


def test_a_module_that_counts_its_parents_fails_the_check(tmp_path: Path) -> None:
    docs = 'DOCS = Path(__file__).resolve().parents[2] / "docs"\n'
    tests = _tree(tmp_path, {"e2e/net/test_a.py": docs, "helpers/paths.py": docs, "unit/test_b.py": "HERE = 1\n"})
    assert counted_parents(tests) == ["e2e/net/test_a.py:1: counts its parents (tests/helpers/paths.py)"]
