"""PDFs drawn with Qt's own PDF writer: a run's report (with a planned-vs-actual timeline) and
the run of show on paper for the stage manager's clipboard.

Qt's PDF writer says nothing when a write fails: straight to a file on a full disk it left a
0-byte or truncated PDF and the command said it was done. So the PDF is drawn into memory, checked
(the painter finished, the bytes are a whole PDF), and only then written the way every file is
(files/atomic.py: a temporary file beside the target, every write checked, fsync, rename): a disk
that cannot take it raises OSError and leaves no file, not half of one."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from runofshow.core.durations import format_clock, format_short
from runofshow.core.event import Event
from runofshow.core.kinds import Recipient, RequestType
from runofshow.core.report import Report
from runofshow.core.status import Status
from runofshow.files.atomic import atomic_write_bytes
from runofshow.ui.widgets.i18n import clock_text, date_text, recipient_label, status_label, translate, type_label

DPI = 96
INK = QColor("#111111")
MUTED = QColor("#555555")
PLANNED = QColor("#9db4c8")
ACTUAL_OK = QColor("#2e7d32")
ACTUAL_OVER = QColor("#c62828")


class PdfNotDrawnError(OSError):
    """Qt's PDF writer did not finish the PDF: nothing was written."""


class _Pages:
    """A cursor down A4 pages: headings, paragraphs and table rows, with page breaks."""

    def __init__(self, title: str) -> None:
        self._bytes = QByteArray()
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setTitle(title)
        self.writer.setCreator("runofshow")
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15))
        )
        self.painter = QPainter(self.writer)
        rect = self.writer.pageLayout().paintRectPixels(DPI)
        self.width = float(rect.width())
        self.height = float(rect.height())
        self.y = 0.0

    def font(self, size: float, *, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def need(self, height: float) -> None:
        if self.y + height > self.height:
            self.writer.newPage()
            self.y = 0.0

    def text(self, text: str, size: float = 10, *, bold: bool = False, color: QColor = INK, gap: float = 4) -> None:
        font = self.font(size, bold=bold)
        metrics = QFontMetricsF(font)
        rect = metrics.boundingRect(QRectF(0, 0, self.width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        self.need(rect.height() + gap)
        self.painter.setFont(font)
        self.painter.setPen(color)
        self.painter.drawText(QRectF(0, self.y, self.width, rect.height()), int(Qt.TextFlag.TextWordWrap), text)
        self.y += rect.height() + gap

    def row(
        self, cells: list[str], widths: list[float], *, size: float = 8.5, bold: bool = False, shade: bool = False
    ) -> None:
        font = self.font(size, bold=bold)
        metrics = QFontMetricsF(font)
        total = sum(widths)
        xs, x = [], 0.0
        for w in widths:
            xs.append(x)
            x += w / total * self.width
        heights = []
        for cell, w in zip(cells, widths, strict=True):
            box = QRectF(0, 0, w / total * self.width - 4, 10_000)
            heights.append(metrics.boundingRect(box, int(Qt.TextFlag.TextWordWrap), cell).height())
        height = max(heights) + 4
        self.need(height)
        if shade:
            self.painter.fillRect(QRectF(0, self.y, self.width, height), QColor("#eef2f5"))
        self.painter.setFont(font)
        self.painter.setPen(INK)
        for cell, w, left in zip(cells, widths, xs, strict=True):
            box = QRectF(left + 2, self.y + 2, w / total * self.width - 4, height)
            self.painter.drawText(box, int(Qt.TextFlag.TextWordWrap), cell)
        self.painter.setPen(QPen(QColor("#d0d7de"), 0.5))
        self.painter.drawLine(0, int(self.y + height), int(self.width), int(self.y + height))
        self.y += height

    def space(self, height: float) -> None:
        self.y += height

    def finish(self, path: Path) -> None:
        """End the drawing and write the PDF to `path` whole, or raise OSError and write nothing."""
        finished = self.painter.end()
        self._buffer.close()
        data = bytes(self._buffer.data().data())
        if not finished or not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            raise PdfNotDrawnError(f"{path.name}: Qt's PDF writer did not finish the PDF; nothing was written")
        atomic_write_bytes(path, data)


def _hm(moment: datetime | None) -> str:
    return "—" if moment is None else clock_text(moment)


def _length(seconds: float, count: str) -> str:
    """The planned length, and how its clock counted when not down (its over/under is then
    from the time of day of a count to)."""
    if count == "up":
        return translate("ReportPdf", "{length} · count up").format(length=format_short(seconds))
    if count.startswith("to "):
        return translate("ReportPdf", "{length} · to {time}").format(length=format_short(seconds), time=count[3:])
    return format_short(seconds)


def _signed(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    whole = round(seconds)
    return ("+" if whole > 0 else "−" if whole < 0 else "±") + format_clock(abs(whole))


def _timeline(pages: _Pages, report: Report) -> None:
    """Planned bars against actual bars, one pair per segment, on a shared time axis."""
    rows = report.segments
    starts = [r.planned_start for r in rows] + [r.actual_start for r in rows if r.actual_start]
    ends = [r.planned_start + timedelta(seconds=r.planned_duration_s) for r in rows]
    ends += [r.actual_end for r in rows if r.actual_end]
    if report.hard_end:
        ends.append(report.hard_end)
    first, last = min(starts), max(ends)
    span = max((last - first).total_seconds(), 60.0)
    label_w, bar_h, gap = 190.0, 9.5, 7.0
    height = len(rows) * (2 * bar_h + gap) + 40
    pages.need(height)
    painter, top = pages.painter, pages.y
    axis_w = pages.width - label_w

    def x_of(moment: datetime) -> float:
        return label_w + (moment - first).total_seconds() / span * axis_w

    painter.setFont(pages.font(7))
    painter.setPen(MUTED)
    step_min = 5 if span <= 3 * 3600 else 30
    step = timedelta(minutes=step_min)
    tick = first.replace(minute=first.minute - first.minute % step_min, second=0, microsecond=0)
    while tick <= last:
        # No grey tick under the hard stop: it would fill the dashed line's gaps and make it look solid.
        if tick >= first and tick != report.hard_end:
            painter.drawLine(int(x_of(tick)), int(top + 12), int(x_of(tick)), int(top + height - 20))
            painter.drawText(
                QRectF(x_of(tick) - 20, top, 40, 12), int(Qt.AlignmentFlag.AlignCenter), clock_text(tick, seconds=False)
            )
        tick += step
    if report.hard_end:
        painter.setPen(QPen(ACTUAL_OVER, 1.2, Qt.PenStyle.DashLine))
        painter.drawLine(int(x_of(report.hard_end)), int(top + 12), int(x_of(report.hard_end)), int(top + height - 20))
    y = top + 16
    for r in rows:
        painter.setPen(INK)
        painter.setFont(pages.font(7.5))
        # The whole title, on two lines if it needs them (elided only past the second).
        label = QRectF(0, y - 1, label_w - 6, 2 * bar_h + 2)
        title = _two_lines(painter, r.title, label.width())
        painter.drawText(label, int(Qt.AlignmentFlag.AlignVCenter) | int(Qt.TextFlag.TextWordWrap), title)
        planned_end = r.planned_start + timedelta(seconds=r.planned_duration_s)
        painter.fillRect(QRectF(x_of(r.planned_start), y, x_of(planned_end) - x_of(r.planned_start), bar_h), PLANNED)
        if r.actual_start is not None:
            end = r.actual_end or report.as_of
            # A count up has no end to be late for: its length was only planned.
            colour = ACTUAL_OVER if (r.over_under_s or 0) > 0 and r.count != "up" else ACTUAL_OK
            painter.fillRect(
                QRectF(x_of(r.actual_start), y + bar_h, max(x_of(end) - x_of(r.actual_start), 1), bar_h), colour
            )
        y += 2 * bar_h + gap
    painter.setFont(pages.font(7.5))
    legend = translate(
        "ReportPdf",
        "Light bars: planned.  Dark bars: actual (green on time or early, red over).  Dashed line: hard stop.",
    )
    painter.setPen(MUTED)
    painter.drawText(QRectF(0, top + height - 16, pages.width, 14), int(Qt.AlignmentFlag.AlignLeft), legend)
    pages.y = top + height + 6


def _two_lines(painter: QPainter, text: str, width: float) -> str:
    """`text` as it fits on two lines of `width`: whole when it does, else elided on the second."""
    metrics = painter.fontMetrics()
    if metrics.horizontalAdvance(text) <= width * 1.9:
        return text
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width * 1.9))


def write_report_pdf(report: Report, path: Path) -> None:
    pages = _Pages(translate("ReportPdf", "Report · {title}").format(title=report.title))
    # What the Markdown carries, the paper carries too: a rehearsal says so where the eye goes first.
    rehearsal = translate("ReportPdf", " (rehearsal)") if report.rehearsal else ""
    pages.text(report.title + rehearsal, 15, bold=True)
    venue = f" · {report.venue}" if report.venue else ""
    pages.text(f"{date_text(date.fromisoformat(report.date))} · {report.timezone}{venue}", 9.5, color=MUTED)
    ended = _hm(report.actual_end) if report.actual_end else translate("ReportPdf", "not ended")
    hard = translate("ReportPdf", " · hard stop {time}").format(time=_hm(report.hard_end)) if report.hard_end else ""
    pages.text(
        translate("ReportPdf", "Session {session} · planned end {planned} · actual end {ended}{hard}").format(
            session=report.session, planned=_hm(report.planned_end), ended=ended, hard=hard
        ),
        9.5,
    )
    pages.space(6)
    pages.text(translate("ReportPdf", "Timeline"), 12, bold=True)
    _timeline(pages, report)
    pages.text(translate("ReportPdf", "Segments"), 12, bold=True)
    widths = [3.2, 1.1, 1.0, 1.1, 1.1, 1.0, 1.2, 0.9]
    pages.row(
        [
            translate("ReportPdf", "Segment"),
            translate("ReportPdf", "Planned"),
            translate("ReportPdf", "Length"),
            translate("ReportPdf", "Start"),
            translate("ReportPdf", "End"),
            translate("ReportPdf", "Ran"),
            translate("ReportPdf", "Over/under"),
            translate("ReportPdf", "Status"),
        ],
        widths,
        bold=True,
        shade=True,
    )
    for r in report.segments:
        ran = "—" if r.actual_duration_s is None else format_clock(round(r.actual_duration_s))
        pages.row(
            [r.title, _hm(r.planned_start), _length(r.planned_duration_s, r.count), _hm(r.actual_start),
             _hm(r.actual_end), ran, _signed(r.over_under_s), status_label(Status(r.status))],
            widths,
        )  # fmt: skip
    pages.space(8)
    pages.text(translate("ReportPdf", "Turns"), 12, bold=True)
    widths = [1.4, 2.4, 1.3, 1.0, 1.0, 0.9, 0.9, 0.7]
    pages.row(
        [
            translate("ReportPdf", "Segment"),
            translate("ReportPdf", "Speaker"),
            translate("ReportPdf", "Type"),
            translate("ReportPdf", "Start"),
            "End",
            translate("ReportPdf", "Allotted"),
            translate("ReportPdf", "Spoken"),
            translate("ReportPdf", "Pauses"),
        ],
        widths,
        bold=True,
        shade=True,
    )
    titles = {r.id: r.title for r in report.segments}
    for t in report.turns:
        allotted = "—" if t.allotted_s is None else format_clock(round(t.allotted_s))
        pages.row(
            [titles.get(t.segment, t.segment), t.speaker, type_label(RequestType(t.type)), _hm(t.start),
             _hm(t.end), allotted, format_clock(round(t.spoken_s)), str(t.pauses)],
            widths,
        )  # fmt: skip
    for heading, items in (
        (translate("ReportPdf", "Speaking time per person"), report.totals.people),
        (translate("ReportPdf", "Per organisation"), report.totals.organizations),
        (translate("ReportPdf", "Per sector"), report.totals.sectors),
    ):
        pages.space(8)
        pages.text(heading, 12, bold=True)
        pages.row(
            [translate("ReportPdf", "Name"), translate("ReportPdf", "Turns"), translate("ReportPdf", "Spoken")],
            [4, 1, 1],
            bold=True,
            shade=True,
        )
        for tally in items:
            spoken = format_clock(round(tally.spoken_s)) if tally.turns else "—"
            pages.row([tally.name, str(tally.turns), spoken], [4, 1, 1])
    if report.budgets:
        pages.space(8)
        by = (
            translate("ReportPdf", "Time budgets (by organisation)")
            if report.budget_by == "organization"
            else translate("ReportPdf", "Time budgets (by sector)")
        )
        pages.text(by, 12, bold=True)
        heads = [translate("ReportPdf", "Group"), translate("ReportPdf", "Share"), translate("ReportPdf", "Planned")]
        heads += [translate("ReportPdf", "Used"), translate("ReportPdf", "Left")]
        pages.row(heads, [3, 1, 1, 1, 1], bold=True, shade=True)
        for b in report.budgets:
            share = f"{b.share * 100:g}%" if b.share is not None else "—"
            left = round(b.remaining_s)
            shown = format_clock(left) if left >= 0 else "−" + format_clock(-left)  # below zero: over its budget
            pages.row(
                [b.group, share, format_clock(round(b.planned_s)), format_clock(round(b.used_s)), shown],
                [3, 1, 1, 1, 1],
            )
    pages.space(8)
    pages.text(translate("ReportPdf", "Questions"), 12, bold=True)
    if not report.questions:
        pages.text(translate("ReportPdf", "None."), 9)
    marks = {"open": "☐", "asked": "☑", "skipped": "⤼"}
    for q in report.questions:
        to = translate("ReportPdf", " (to {name})").format(name=q.to) if q.to else ""
        pages.text(f"{marks.get(q.status, '☐')} {titles.get(q.segment, q.segment)}: {q.text}{to}", 9, gap=2)
    pages.space(8)
    pages.text(translate("ReportPdf", "Messages"), 12, bold=True)
    if not report.messages:
        pages.text(translate("ReportPdf", "None."), 9)
    for m in report.messages:
        seen = (
            translate("ReportPdf", "seen {time}").format(time=_hm(m.acknowledged_at))
            if m.acknowledged_at
            else translate("ReportPdf", "not acknowledged")
        )
        pages.text(
            translate("ReportPdf", "{time}  to {recipient}: {text}  ({seen})").format(
                time=_hm(m.at), recipient=recipient_label(Recipient(m.to)), text=m.text, seen=seen
            ),
            9,
            gap=2,
        )
    pages.finish(path)


def write_run_of_show_pdf(event: Event, path: Path) -> None:
    info = event.info
    pages = _Pages(translate("ReportPdf", "Run of show · {title}").format(title=info.title))
    pages.text(info.title, 15, bold=True)
    details = [
        date_text(info.date),
        clock_text(info.start, seconds=False) + (f"–{clock_text(info.end, seconds=False)}" if info.end else ""),
        info.timezone_name,
    ]
    if info.venue:
        details.append(info.venue)
    if info.language:
        details.append(
            translate("ReportPdf", "{language} (interpretation {interpretation})").format(
                language=info.language, interpretation=info.interpretation
            )
            if info.interpretation
            else info.language
        )
    pages.text(" · ".join(details), 9.5, color=MUTED)
    pages.space(6)
    starts = event.planned_starts()
    for seg, start in zip(event.segments, starts, strict=True):
        end = start + timedelta(seconds=seg.duration_s)
        fixed = translate("ReportPdf", "  (fixed start)") if seg.fixed_start else ""
        pages.need(60)
        when = f"{clock_text(start, seconds=False)}–{clock_text(end, seconds=False)}"
        pages.text(
            f"{when}   {seg.title}   [{format_short(seg.duration_s)}]{fixed}",
            12,
            bold=True,
            gap=2,
        )
        moderator = event.people.get(seg.moderator) if seg.moderator else None
        if moderator:
            pages.text(translate("ReportPdf", "Moderator: {name}").format(name=moderator.name), 9, color=MUTED, gap=2)
        if seg.speakers:
            widths = [2.2, 2.6, 1.8, 0.7, 2.7]
            pages.row(
                [
                    translate("ReportPdf", "Speaker"),
                    translate("ReportPdf", "Role, organisation"),
                    translate("ReportPdf", "Say it / language"),
                    translate("ReportPdf", "Time"),
                    translate("ReportPdf", "Notes"),
                ],
                widths,
                bold=True,
                shade=True,
            )
            for slot in seg.speakers:
                about = ", ".join(p for p in (slot.role, slot.organization) if p)
                say = " / ".join(p for p in (slot.pronunciation, slot.language) if p)
                time = format_short(slot.allotted_s) if slot.allotted_s else "—"
                # The turn's notes, else the person's own (a slot for a roster person carries them).
                pages.row([slot.name, about, say, time, slot.notes], widths)
        if seg.questions:
            pages.text(
                translate("ReportPdf", "Questions: ") + "  ".join(f"{n}. {q}" for n, q in enumerate(seg.questions, 1)),
                9,
                gap=2,
            )
        if seg.cues:
            pages.text(translate("ReportPdf", "Cues:  ") + "   ".join(f"▸ {cue}" for cue in seg.cues), 9, gap=2)
        if seg.notes:
            pages.text(translate("ReportPdf", "Notes: {notes}").format(notes=seg.notes), 9, color=MUTED, gap=2)
        pages.space(8)
    pages.finish(path)
