"""Help → Remote control: the addresses to open on other devices, each with a QR code."""

from __future__ import annotations

import io
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QVBoxLayout, QWidget

from runofshow.net.fallback import FallbackAddress, with_fallback
from runofshow.ui.widgets.i18n import translate
from runofshow.ui.widgets.plain_text import PlainLabel, RichLabel, rich_text


@dataclass(frozen=True, slots=True)
class RemoteAccess:
    host: str  # what the server listens on
    port: int
    token: str
    stage_token: str
    floor_token: str = ""
    booth_token: str = ""
    participant_token: str = ""
    audience_token: str = ""
    #: The standby's address, read when the links are built (a standby may say it after start).
    fallback: FallbackAddress | None = None

    def fallback_url(self) -> str | None:
        return self.fallback.get() if self.fallback is not None else None


#: QR codes side by side in the dialog (seven links make two rows on a laptop's screen).
LINKS_PER_ROW = 4


def reachable_hosts(listen_host: str) -> list[str]:
    """Where other devices can reach the server: its own address, or every local IPv4 address."""
    if listen_host not in ("0.0.0.0", "::", ""):
        return [listen_host]
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface  # only when listening on the network

    hosts = [
        address.toString()
        for address in QNetworkInterface.allAddresses()
        if address.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not address.isLoopback()
    ]
    return hosts or ["127.0.0.1"]


def links(access: RemoteAccess) -> list[tuple[str, str]]:
    """(what, address) pairs; the stage link carries the stage token, never the control token,
    and each carries the fallback (`?fallback=`, before the token's `#`) when one is known."""
    host = reachable_hosts(access.host)[0]
    shown = f"[{host}]" if ":" in host else host
    base = f"http://{shown}:{access.port}"
    found = [
        (translate("RemoteDialog", "Agenda (anyone)"), f"{base}/agenda"),
        (translate("RemoteDialog", "Speaker display"), f"{base}/speaker"),
        # No token: the stream's lower third reads the public view only (a browser source in OBS, vMix).
        (translate("RemoteDialog", "Lower third for the stream (OBS, vMix)"), f"{base}/lower-third"),
        (translate("RemoteDialog", "Stage manager (cues and messages)"), f"{base}/stage#token={access.stage_token}"),
    ]
    if access.participant_token:
        found.append(
            (translate("RemoteDialog", "The room: ask for the floor"), f"{base}/floor#token={access.participant_token}")
        )
    if access.audience_token:
        found.append(
            (translate("RemoteDialog", "The audience: ask a question"), f"{base}/ask#token={access.audience_token}")
        )
    if access.floor_token:
        found.append((translate("RemoteDialog", "Floor manager"), f"{base}/floor#token={access.floor_token}"))
    if access.booth_token:
        found.append((translate("RemoteDialog", "Interpreters' booth"), f"{base}/booth#token={access.booth_token}"))
    fallback = access.fallback_url()
    return [(what, with_fallback(url, fallback)) for what, url in found]


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    import segno  # loaded when the dialog opens, not at start-up

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2, dark="#000000", light="#ffffff")
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class RemoteDialog(QDialog):
    def __init__(self, access: RemoteAccess | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RemoteDialog", "Remote control"))
        layout = QVBoxLayout(self)
        if access is None:
            layout.addWidget(
                PlainLabel(
                    translate(
                        "RemoteDialog", "The network is off. Start with --serve [HOST:]PORT (or set it in Preferences)."
                    )
                )
            )
        else:
            where = (
                translate("RemoteDialog", "this computer only")
                if access.host.startswith("127.")
                else translate("RemoteDialog", "the network")
            )
            layout.addWidget(
                PlainLabel(
                    translate("RemoteDialog", "Listening on {where}. Open these on other devices:").format(where=where)
                )
            )
            grid = QGridLayout()
            for place, (what, url) in enumerate(links(access)):
                row, column = 3 * (place // LINKS_PER_ROW), place % LINKS_PER_ROW
                code = PlainLabel()
                code.setPixmap(qr_pixmap(url, scale=4))
                code.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(RichLabel(rich_text("<b>{what}</b>", what=what)), row, column)
                grid.addWidget(code, row + 1, column)
                text = PlainLabel(url, wordWrap=True)
                text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(text, row + 2, column)
            layout.addLayout(grid)
            fallback = access.fallback_url()
            if fallback:
                moves = PlainLabel(
                    translate(
                        "RemoteDialog",
                        "If this laptop dies, pages and connect windows move to {address} "
                        "(the links above carry it; runofshow connect takes it as --fallback {address}).",
                    ).format(address=fallback),
                    wordWrap=True,
                )
                moves.setObjectName("remoteFallback")
                moves.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(moves)
            tokens = RichLabel(
                rich_text(
                    translate(
                        "RemoteDialog",
                        "Control token (everything): <b>{token}</b><br>"
                        "Stage token (cues and messages only): <b>{stage_token}</b><br>"
                        "Scripts and Stream Deck: POST /api/v1/command with 'Authorization: Bearer TOKEN'; "
                        "live feed: ws://…/api/v1/ws.",
                    ),
                    token=access.token,
                    stage_token=access.stage_token,
                )
            )
            tokens.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(tokens)
            if access.floor_token or access.booth_token or access.participant_token or access.audience_token:
                others = RichLabel(
                    rich_text(
                        translate(
                            "RemoteDialog",
                            "Floor manager (requests, queue order, cues, audience questions; never the clock): "
                            "<b>{floor}</b><br>"
                            "Interpreters' booth (messages only): <b>{booth}</b><br>"
                            "The room (ask for the floor, withdraw): <b>{participant}</b><br>"
                            "The audience (send a question): <b>{audience}</b>",
                        ),
                        floor=access.floor_token,
                        booth=access.booth_token,
                        participant=access.participant_token,
                        audience=access.audience_token,
                    )
                )
                others.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                layout.addWidget(others)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
