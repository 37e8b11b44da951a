"""Words for people, kept apart from their values so that a window can show them in its language.

The core is Qt-free and speaks English: the API, the logs and the command line use `str()` of a
`Words` as it is. The windows look the template up in Qt's translations and fill in the values
(ui/widgets/i18n.py: `words_text`). Qt's lupdate finds every template because packaging/translations.py
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

    def as_dict(self) -> dict[str, Any]:
        """For the API: `{"template": ..., "values": {...}}`, nested words as dicts, other values as text."""
        return {
            "template": self.template,
            "values": {k: v.as_dict() if isinstance(v, Words) else str(v) for k, v in self.values.items()},
        }

    @classmethod
    def from_dict(cls, data: Any) -> Words | None:
        """`as_dict` read back; None for anything that is not such a dict (it came over a network)."""
        if not isinstance(data, dict) or not isinstance(data.get("template"), str):
            return None
        values = data.get("values", {})
        if not isinstance(values, dict):
            return None
        read: dict[str, Any] = {}
        for key, value in values.items():
            nested = cls.from_dict(value) if isinstance(value, dict) else None
            read[str(key)] = nested if nested is not None else str(value)
        return cls(data["template"], **read)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Words) and (self.template, self.values) == (other.template, other.values)

    def __hash__(self) -> int:
        return hash(self.template)


class WordsError(ValueError):
    """A ValueError whose message is `Words`: `str()` is the English, `words` the translatable form."""

    def __init__(self, template: str, **values: Any) -> None:
        self.words = Words(template, **values)
        super().__init__(str(self.words))
