"""The closed vocabularies of the show: request types, cues, question states, recipients.

They live apart from the commands so the model (speakers, messages, questions) can use them
without importing the command pipeline.
"""

from __future__ import annotations

from enum import StrEnum


class RequestType(StrEnum):
    """Why someone asks for the floor."""

    STATEMENT = "statement"
    POINT_OF_ORDER = "point_of_order"
    RIGHT_OF_REPLY = "right_of_reply"
    QUESTION = "question"
    FLOOR = "floor"


class Cue(StrEnum):
    """Where a speaker stands: waiting → standby → ready → speaking → done (or skipped)."""

    WAITING = "waiting"
    STANDBY = "standby"
    READY = "ready"
    SPEAKING = "speaking"
    DONE = "done"
    SKIPPED = "skipped"


#: Cues the stage manager may set by hand; speaking/done/skipped follow from other commands.
SETTABLE_CUES = (Cue.WAITING, Cue.STANDBY, Cue.READY)


class QuestionStatus(StrEnum):
    OPEN = "open"
    ASKED = "asked"
    SKIPPED = "skipped"


class Recipient(StrEnum):
    MODERATOR = "moderator"
    SPEAKER = "speaker"
    STAGE = "stage"
