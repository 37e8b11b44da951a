from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from runofshow.net.fallback import FallbackAddress
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


def test_every_link_carries_the_fallback_and_the_dialog_says_it_in_words(qtbot: QtBot) -> None:
    """Issue #29: the standby's address in every link and QR code (read when the dialog opens: a
    standby may say it after the show started), and in words."""
    fallback = FallbackAddress()
    access = RemoteAccess(
        "127.0.0.1", 8765, "CONTROL", "STAGE", "FLOOR", "BOOTH", "ROOM", "AUDIENCE", fallback=fallback
    )
    assert not any("fallback" in url for _, url in links(access))
    fallback.set("http://10.0.0.8:8766")
    urls = dict(links(access))
    carried = "fallback=http%3A%2F%2F10.0.0.8%3A8766"
    assert urls["Speaker display"] == f"http://127.0.0.1:8765/speaker?{carried}"
    assert urls["Stage manager (cues and messages)"] == f"http://127.0.0.1:8765/stage?{carried}#token=STAGE"
    assert all(carried in url for url in urls.values()) and len(urls) == 8
    dialog = RemoteDialog(access)
    qtbot.addWidget(dialog)
    said = dialog.findChild(QLabel, "remoteFallback")
    assert said is not None and said.text().startswith(
        "If this laptop dies, pages and connect windows move to http://10.0.0.8:8766"
    )
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert f"http://127.0.0.1:8765/speaker?{carried}" in shown
    plain = RemoteDialog(RemoteAccess("127.0.0.1", 8765, "C" * 12, "S" * 12))
    qtbot.addWidget(plain)
    assert plain.findChild(QLabel, "remoteFallback") is None
