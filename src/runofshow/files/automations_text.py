"""The app-wide automations as text, for the preferences: the same YAML as an event file's
`automations:` list (or that list under an `automations:` key), read by the same format
(core/automation_format.py) with every problem at its line and column."""

from __future__ import annotations

import contextlib
import re
from typing import Any

from runofshow.core.automation_format import AutomationReader, automation_data
from runofshow.core.automations import Automation
from runofshow.core.data_walk import DataWalk, TooManyProblemsError
from runofshow.files.problems import Problem, Severity
from runofshow.files.yaml_data import positioned, yaml_data
from runofshow.files.yamlnodes import MappingNode, compose

#: The preferences' text is a few automations, not a file: past this it is refused at once.
MAX_TEXT_CHARS = 200_000


def read_automations_text(text: str) -> tuple[tuple[Automation, ...], list[Problem]]:
    """The automations the text describes (none when it is empty), and its problems (any error:
    no automations)."""
    from runofshow.core.wording import Words

    if not text.strip():
        return (), []
    if len(text) > MAX_TEXT_CHARS:
        return (), [Problem(Severity.ERROR, 1, 1, Words("is limited to {limit} characters", limit=MAX_TEXT_CHARS))]
    root, problem = compose(text)
    if problem is not None or root is None:
        return (), [problem] if problem is not None else []
    data, problems = yaml_data(root)
    node = root
    if isinstance(data, dict) and list(data) == ["automations"]:  # pasted with its key
        data = data["automations"]
        assert isinstance(root, MappingNode)
        node = root.value[0][1]
    walk = DataWalk()
    made: tuple[Automation, ...] = ()
    with contextlib.suppress(TooManyProblemsError):
        made = AutomationReader(walk, None).all(data, ())
    problems += [positioned(node, found) for found in walk.problems]
    problems.sort(key=lambda p: (p.line, p.column))
    if any(p.severity is Severity.ERROR for p in problems):
        return (), problems
    return made, problems


def automations_text(automations: tuple[Automation, ...]) -> str:
    """The automations as the preferences show them (block YAML, a list)."""
    import yaml

    if not automations:
        return ""
    data: list[dict[str, Any]] = [automation_data(a) for a in automations]
    text = str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100))
    # PyYAML quotes the key `on` (YAML 1.1's word for true); the format reads it as a key either way.
    return re.sub(r"^(\s*(?:- )?)'on':", r"\1on:", text, flags=re.MULTILINE)
