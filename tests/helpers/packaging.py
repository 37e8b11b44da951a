"""The scripts of packaging/ (not a package: they are run by path), loaded for the tests."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

from tests.helpers.paths import PACKAGING


def load_script(name: str) -> ModuleType:
    module_name = f"packaging_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, PACKAGING / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module
