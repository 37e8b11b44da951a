"""The Companion module (companion/): its Node tests, run by the README's test command.

`node --test` in companion/ checks the module's plain parts, its link against the real app (each
test starts `python -m runofshow ... --serve` with this checkout's `src`), and the module as
Companion runs it (its own process on Companion's IPC). Node and the module's dependencies are a
real component: missing, the test skips on a developer's machine and fails on CI (.ci/run installs
them).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

from tests.helpers.paths import ROOT

MODULE = ROOT / "companion"
MIN_NODE = 20


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        pytest.skip("needs Node 20 or newer (node), for the Companion module's tests (.ci/run installs it)")
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    found = re.match(r"v(\d+)", version)
    major = int(found.group(1)) if found else 0
    if major < MIN_NODE:
        pytest.skip(f"needs Node {MIN_NODE} or newer for the Companion module's tests (found {version})")
    installed = MODULE / "node_modules"
    if not (installed / "@companion-module" / "base").is_dir() or not (installed / "ws").is_dir():
        pytest.skip("needs the Companion module's dependencies installed (npm ci in companion/; .ci/run does it)")
    return node


def test_the_companion_module_passes_its_node_tests() -> None:
    node = _node()
    env = {
        **os.environ,
        "RUNOFSHOW_PYTHON": sys.executable,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [node, "--test", "--test-concurrency=1"],
        cwd=MODULE,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report[-8000:]
    passed = re.search(r"^# pass (\d+)$", report, re.MULTILINE)
    failed = re.search(r"^# fail (\d+)$", report, re.MULTILINE)
    # A run that found no test proves nothing.
    assert passed is not None and int(passed.group(1)) >= 20, report[-4000:]
    assert failed is not None and failed.group(1) == "0", report[-4000:]
