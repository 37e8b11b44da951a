from __future__ import annotations

from pytestqt.qtbot import QtBot

from runofshow.ui.session.remote_dialog import RemoteAccess, RemoteDialog, links, qr_pixmap


def test_links_carry_the_stage_token_never_the_control_token() -> None:
    access = RemoteAccess("127.0.0.1", 8765, "CONTROL", "STAGE")
    urls = dict(links(access))
    assert urls["Agenda (anyone)"] == "http://127.0.0.1:8765/agenda"
    assert urls["Stage manager (cues and messages)"].endswith("/stage#token=STAGE")
    assert not any("CONTROL" in url for url in urls.values())


def test_qr_codes_render_and_the_dialog_builds(qtbot: QtBot) -> None:
    assert not qr_pixmap("http://127.0.0.1:8765/agenda").isNull()
    dialog = RemoteDialog(RemoteAccess("0.0.0.0", 8765, "C", "S"))
    qtbot.addWidget(dialog)
    off = RemoteDialog(None)
    qtbot.addWidget(off)


def test_the_audience_has_its_own_link_with_its_own_token() -> None:
    access = RemoteAccess("127.0.0.1", 8765, "CONTROL", "STAGE", "FLOOR", "BOOTH", "ROOM", "AUDIENCE")
    urls = dict(links(access))
    assert urls["The audience: ask a question"] == "http://127.0.0.1:8765/ask#token=AUDIENCE"
    assert urls["The room: ask for the floor"].endswith("/floor#token=ROOM")
