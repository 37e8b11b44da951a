"""The command-line tools: `check`, `report`, `print`, `connect`, `import` and `export` (the GUI is app.py)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from runofshow.core.clock import SystemClock
from runofshow.files.atomic import atomic_write_text
from runofshow.files.eventfile import LoadedEvent, load_event
from runofshow.files.problems import EventFileError
from runofshow.files.recent import RecentFiles, initial_path
from runofshow.files.settings import LANGUAGES
from runofshow.files.userdirs import UserDirs
from runofshow.options import fallback_option, language_option, listen_arg, token_arg, venue_name_arg

if TYPE_CHECKING:
    from runofshow.core.venue_plan import RoomSchedule, VenuePlan
    from runofshow.files.agenda_import import Programme
    from runofshow.files.agenda_table import Table


def check_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="runofshow check", description="Validate event files; exit 0 if all are valid, 1 if any is not."
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    args = parser.parse_args(argv)
    from runofshow.files.check import run_check

    return run_check(args.files, now=SystemClock().now().wall, out=sys.stdout, err=sys.stderr)


def report_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="runofshow report",
        description="What really happened in a run: segments, turns, totals and messages.",
        epilog="Without -o, text formats go to standard output. The format follows -o's extension unless given.",
    )
    parser.add_argument("event", nargs="?", metavar="EVENT", help="the event file (default: the last one used)")
    parser.add_argument("--session", metavar="ID", help="a run's id (default: the latest run)")
    parser.add_argument("--format", choices=("csv", "json", "md", "pdf"))
    parser.add_argument("-o", "--output", metavar="FILE")
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="en", help="the PDF's language (default: en)")
    args = parser.parse_args(argv)
    fmt = args.format or _format_from(args.output) or "md"
    if fmt == "pdf" and not args.output:
        parser.error("a PDF needs -o FILE")
    loaded = _load_for_command(args.event)
    if loaded is None:
        return 1
    from runofshow.files.runs import NoRunError, report_of_run

    try:
        report, damage = report_of_run(loaded.event, Path(loaded.path), UserDirs.default().state, args.session)
    except NoRunError as exc:
        print(f"runofshow report: {exc}", file=sys.stderr)
        return 1
    if damage:
        print(
            f"runofshow report: the journal is damaged ({damage}); reporting up to the last good record",
            file=sys.stderr,
        )
    if fmt == "pdf":
        from runofshow.ui.paper.report_pdf import write_report_pdf

        try:
            with _gui_for_paper(args.language):
                write_report_pdf(report, Path(args.output))
        except OSError as exc:
            return _not_written("report", args.output, exc)
        return 0
    from runofshow.files import report_formats

    text = {"csv": report_formats.to_csv, "json": report_formats.to_json, "md": report_formats.to_markdown}[fmt](report)
    if args.output:
        try:
            atomic_write_text(Path(args.output), text)
        except OSError as exc:
            return _not_written("report", args.output, exc)
    else:
        sys.stdout.write(text)
    return 0


def _not_written(command: str, path: str | Path, exc: OSError) -> int:
    """A write that failed (a full or read-only disk...) as one line, exit 1: the atomic writes
    leave no file, not half of one, so there is nothing else to say or clean."""
    reason = exc.strerror or str(exc)
    print(f"runofshow {command}: {path} was not written: {reason}", file=sys.stderr)
    return 1


def print_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="runofshow print", description="The run of show on paper (PDF) for the stage manager's clipboard."
    )
    parser.add_argument("event", metavar="EVENT")
    parser.add_argument("-o", "--output", metavar="FILE.pdf", required=True)
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="en", help="the PDF's language (default: en)")
    args = parser.parse_args(argv)
    loaded = _load_for_command(args.event)
    if loaded is None:
        return 1
    from runofshow.ui.paper.report_pdf import write_run_of_show_pdf

    try:
        with _gui_for_paper(args.language):
            write_run_of_show_pdf(loaded.event, Path(args.output))
    except OSError as exc:
        return _not_written("print", args.output, exc)
    return 0


def _format_from(path: str | None) -> str | None:
    if not path:
        return None
    suffix = Path(path).suffix.lower().lstrip(".")
    return {"markdown": "md"}.get(suffix, suffix) if suffix in ("csv", "json", "md", "markdown", "pdf") else None


def _load_for_command(path: str | None) -> LoadedEvent | None:
    chosen = initial_path(path, RecentFiles(UserDirs.default().config))
    try:
        return load_event(chosen, now=SystemClock().now().wall)
    except EventFileError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return None


@contextlib.contextmanager
def _gui_for_paper(language: str = "en") -> Iterator[None]:
    """Qt's PDF writer needs a GUI application; without a screen it runs offscreen. The PDF's
    headings are in `language`; names in any script find a font (the bundled CJK one too)."""
    import os

    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY") and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from runofshow.ui.widgets.fonts import register_bundled_fonts
    from runofshow.ui.widgets.i18n import Translation

    existing = QGuiApplication.instance()
    app = existing if isinstance(existing, QGuiApplication) else QGuiApplication(sys.argv[:1])
    register_bundled_fonts(app)
    translation = Translation(app, language)
    try:
        yield
    finally:
        translation.remove(app)
    del app


def connect_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="runofshow connect",
        description="The stage manager's window for a show running on another laptop (its --serve address).",
    )
    parser.add_argument("url", metavar="URL", help="the show's address, e.g. http://192.168.1.20:8765")
    parser.add_argument(
        "--token", required=True, type=token_arg, help="the stage token (or the control token) shown by the show"
    )
    fallback_option(
        parser,
        "the standby laptop's server, http://HOST:PORT: when the link is lost, the window follows whichever "
        "of the two answers",
    )
    language_option(parser)
    args = parser.parse_args(argv)
    from runofshow.net.ws_client import ws_url

    try:
        ws_url(args.url)
    except ValueError as exc:
        parser.error(str(exc))
    from runofshow.ui.session.qt_app import start_qt_app
    from runofshow.ui.stage.remote_show import RemoteShow
    from runofshow.ui.stage.stage_window import StageWindow

    app, _, _, translation = start_qt_app(args.language)
    remote = RemoteShow(args.url, args.token, fallback=args.fallback)
    remote.start()
    if not remote.wait_for_state(15):
        tried = f"{args.url} or {args.fallback}" if args.fallback else args.url
        print(f"runofshow connect: no show answered at {tried}", file=sys.stderr)
        remote.stop()
        return 1
    window = StageWindow(remote, standalone=True)
    window.show()
    print(f"runofshow: following the show at {remote.following()}", flush=True)
    code = app.exec()
    remote.stop()
    translation.remove(app)
    return code


def _venue_plan(path: str | None) -> tuple[VenuePlan, list[RoomSchedule]] | Literal[False] | None:
    """The venue file and each room's planned runs (from its event files), for the control room;
    None without one, False when it cannot be read (its problems said)."""
    if path is None:
        return None
    from runofshow.core.venue_plan import RoomSchedule
    from runofshow.files.venue_file import load_venue, planned_starts

    try:
        plan = load_venue(path)
    except EventFileError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        print(f"runofshow venue: the venue file {path} cannot be used", file=sys.stderr)
        return False
    runs, problems = planned_starts(plan, path, now=SystemClock().now().wall)
    for line in problems:  # a room whose event file cannot be read is still shown, without its times
        print(f"runofshow venue: {line}", file=sys.stderr)
    return plan, [RoomSchedule(room.id, room.name, tuple(runs.get(room.id, ()))) for room in plan.rooms]


def venue_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="runofshow venue",
        description="The venue control room: every room on the venue's MQTT broker in one window (docs/venue.md).",
    )
    parser.add_argument("url", metavar="URL", help="the broker: mqtt://[USER@]HOST[:PORT] or mqtts://…")
    parser.add_argument(
        "--venue-name",
        metavar="V",
        type=venue_name_arg,
        help="the venue's name (default: the venue file's, else 'default')",
    )
    parser.add_argument(
        "--plan",
        metavar="FILE",
        help="the venue file (DIR/venue.yaml from import -o DIR/): every room it names is shown, online or not, "
        "and one whose planned start passes without it online is late (default: the venue_plan setting)",
    )
    parser.add_argument("--venue-ca", metavar="FILE", help="the CA certificate that signed the broker's (mqtts://)")
    parser.add_argument(
        "--venue-user",
        metavar="USER",
        help="the user to log in to the broker as (the password from RUNOFSHOW_VENUE_PASSWORD or the settings)",
    )
    parser.add_argument("--name", default="Venue control", help="who the messages come from (default: Venue control)")
    parser.add_argument(
        "--serve", metavar="[HOST:]PORT", type=listen_arg, help="also serve /venue, the same view in a browser"
    )
    parser.add_argument(
        "--token", type=token_arg, help="the token for sending messages from /venue (generated if not given)"
    )
    language_option(parser)
    args = parser.parse_args(argv)
    from runofshow.net.venue_login import PASSWORD_SHOWN, with_login
    from runofshow.net.venue_topics import VenueError, parse_broker

    try:
        broker = parse_broker(args.url)
        with_login(broker, user=args.venue_user, env={})  # two users named: a usage error, before any window
    except VenueError as exc:
        parser.error(str(exc))
    if broker.password:
        print(f"runofshow venue: {PASSWORD_SHOWN}", file=sys.stderr, flush=True)
    import os

    from runofshow.core.clock import SystemClock
    from runofshow.net.venue_client import VenueClient
    from runofshow.ui.session.qt_app import start_qt_app
    from runofshow.ui.venue.venue_window import VenueWindow

    app, settings, _, translation = start_qt_app(args.language)
    plan = _venue_plan(args.plan or settings.venue_plan or None)
    if plan is False:
        return 1
    venue = args.venue_name or (plan[0].name if plan else "default")
    if plan and args.venue_name is not None and args.venue_name != plan[0].name:
        parser.error(f"--venue-name {args.venue_name} is not the venue file's venue, {plan[0].name}")
    broker = with_login(
        broker,
        user=args.venue_user,
        env=os.environ,
        saved_user=settings.venue_user,
        saved_password=settings.venue_password,
    )
    client = VenueClient(broker, venue, name=args.name, ca_file=args.venue_ca)
    window = VenueWindow(client, SystemClock(), plan[1] if plan else ())
    server = None
    if args.serve:
        from runofshow.net.server import port_in_use
        from runofshow.ui.venue.venue_serve import serve_venue

        host, port = args.serve
        try:
            server = serve_venue(window, host, port, args.token)
        except OSError as exc:
            said = port_in_use(exc, port, "--serve") or f"cannot serve on {host}:{port}: {exc.strerror or exc}"
            print(f"runofshow venue: {said}", file=sys.stderr)
            translation.remove(app)
            return 2
    client.start()
    window.show()
    rooms = f", {len(plan[1])} rooms planned" if plan else ""
    print(f"runofshow: venue {venue} at {broker.shown()}{rooms}", flush=True)
    code = app.exec()
    client.stop()
    if server is not None:
        server.stop()
    translation.remove(app)
    return code


def _import_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="runofshow import",
        description="Make event files from the organisers' agenda table (CSV or Excel): one event file, or with "
        "-o DIR/ a venue: one event file per room and day and DIR/venue.yaml listing them.",
        epilog="FIELD is one of: id, date, room, start, end, duration, title, kind, speakers, moderator, notes, "
        "speaker_time, session, cue, timer_type, skip, ignore. COLUMN is the header's text, its letter (A) or its "
        "position (2). What was found and where is printed; every unreadable cell is reported with its place, and "
        "then nothing is written. Exit 0: written; 1: nothing written (the problems listed); 2: a usage error.",
    )
    parser.add_argument("agenda", metavar="AGENDA", help="the table: .csv or .xlsx")
    parser.add_argument(
        "-o", "--output", metavar="DIR/|EVENT.yaml", required=True,
        help="a folder (ending in /, or one that exists): every room's day and DIR/venue.yaml; else one event file",
    )  # fmt: skip
    parser.add_argument("--room", metavar="R", help="only this room (its name or id)")
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", help="only this day of a table with dates; else the event's date "
        "(default: one above the header, else today)",
    )  # fmt: skip
    parser.add_argument("--start", metavar="HH:MM", help="where rows without times begin (a table of durations)")
    parser.add_argument("--header-row", metavar="N", type=int, help="the header's row (default: found)")
    parser.add_argument("--no-header", action="store_true", help="the table has no header: name columns with --map")
    parser.add_argument("--sheet", metavar="NAME", help="the worksheet of an .xlsx (default: the first with a table)")
    parser.add_argument(
        "--encoding",
        metavar="NAME",
        help="a CSV's encoding, e.g. utf-8, cp1252, cp1258 (Vietnamese), shift_jis (default: detected; "
        "a guess is said)",
    )
    parser.add_argument(
        "--map", metavar="COLUMN=FIELD", action="append", default=[], help="what a column holds (repeatable)"
    )
    parser.add_argument("--title", help="the event's title (default: the first text above the header)")
    parser.add_argument(
        "--timezone", metavar="ZONE", help="IANA time zone (default: one above the header, else this computer's)"
    )
    parser.add_argument("--end", metavar="HH:MM", help="the hard stop")
    parser.add_argument(
        "--parallel-rooms", action="store_true",
        help="rows that overlap in a room and day get a room of their own (ROOM · 2), instead of being refused",
    )  # fmt: skip
    parser.add_argument("--force", action="store_true", help="replace files that exist")
    return parser


def import_main(argv: Sequence[str]) -> int:
    parser = _import_parser()
    args = parser.parse_args(argv)
    import os
    from datetime import date

    from runofshow.core.durations import DurationError, parse_time_of_day
    from runofshow.files.agenda_headers import find_header
    from runofshow.files.agenda_import import AgendaError, ImportOptions, import_agenda, read_programme
    from runofshow.files.agenda_table import TableError, read_table
    from runofshow.files.text_encoding import EncodingError, check_encoding

    mapping: dict[str, str] = {}
    for item in args.map:
        column, sep, name = item.rpartition("=")
        if not sep or not column.strip():
            parser.error(f"--map takes COLUMN=FIELD, not '{item}'")
        mapping[column.strip()] = name.strip()
    if args.no_header and args.header_row is not None:
        parser.error("--no-header and --header-row say different things; give one")
    if args.header_row is not None and args.header_row < 1:
        parser.error("--header-row counts from 1, the sheet's first row")
    try:
        day = date.fromisoformat(args.date) if args.date else None
        end = parse_time_of_day(args.end) if args.end else None
        start = parse_time_of_day(args.start) if args.start else None
    except (ValueError, DurationError) as exc:
        parser.error(str(exc))
    if args.encoding is not None:
        if Path(args.agenda).suffix.lower() != ".csv":
            parser.error("--encoding is for a .csv file (an .xlsx says its own)")
        try:
            check_encoding(args.encoding)
        except EncodingError as exc:
            parser.error(str(exc))
    output = Path(args.output)
    to_folder = args.output.endswith(("/", os.sep)) or output.is_dir()
    if not to_folder and output.exists() and not args.force:
        print(f"runofshow import: {output} exists; give --force to replace it", file=sys.stderr)
        return 1
    options = ImportOptions(
        title=args.title, day=day, timezone=args.timezone, end=end, mapping=mapping, start=start,
        header_row=args.header_row, no_header=args.no_header, room=args.room, parallel=args.parallel_rooms,
    )  # fmt: skip
    now = SystemClock().now().wall

    def holds_header(table: Table) -> bool:
        return find_header(table, mapping, header_row=args.header_row, no_header=args.no_header) is not None

    try:
        table = read_table(Path(args.agenda), args.sheet, encoding=args.encoding, wanted=holds_header)
        if (note := table.encoding_note()) is not None:
            # Never taken silently: a wrong guess turns every accented name into mojibake.
            example = (table.other_encodings or ("cp1252",))[0]
            print(
                f"runofshow import: {note}; if names look wrong, give the file's encoding: --encoding {example}",
                file=sys.stderr,
            )
        if to_folder:
            programme = read_programme(table, options, now=now)
            found = programme.findings
        else:
            imported = import_agenda(table, options, now=now)
            found = imported.findings
    except TableError as exc:
        print(f"runofshow import: {exc}", file=sys.stderr)
        return 1
    except AgendaError as exc:
        for problem in exc.problems:
            print(f"{problem}", file=sys.stderr)
        print(f"runofshow import: {len(exc.problems)} problem(s); nothing was written", file=sys.stderr)
        return 1
    for line in found:
        print(line)
    if to_folder:
        return _write_programme(programme, output, force=args.force)
    from runofshow.files.plan_file import render

    try:
        atomic_write_text(output, render(None, None, imported.event))
    except OSError as exc:
        return _not_written("import", output, exc)
    event = imported.event
    print(f"wrote {output}: {len(event.segments)} segments, {len(event.people)} people, from {event.info.start:%H:%M}")
    return 0


def _write_programme(programme: Programme, folder: Path, *, force: bool) -> int:
    from runofshow.files.programme_files import ExistingFilesError, write_programme

    try:
        written = write_programme(programme, folder, force=force)
    except ExistingFilesError as exc:
        names = ", ".join(str(p) for p in exc.paths[:5]) + (" …" if len(exc.paths) > 5 else "")
        print(f"runofshow import: {names} exist; give --force to replace them; nothing was written", file=sys.stderr)
        return 1
    except OSError as exc:
        return _not_written("import", folder, exc)
    for part, path in zip(programme.parts, written, strict=False):
        event = part.event
        end = event.planned_end()
        print(f"wrote {path}: {part.room_name or part.room_id}, {part.day}, {event.info.start:%H:%M}–{end:%H:%M}, "
              f"{len(event.segments)} segments")  # fmt: skip
    print(f"wrote {written[-1]}: {len(programme.rooms)} rooms, {len(programme.days)} days, "
          f"{len(programme.parts)} event files (check them: runofshow check {written[-1]})")  # fmt: skip
    return 0


def runs_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="runofshow runs",
        description="The runs of an event: rehearsals and the real show, oldest first (ids for report --session).",
    )
    parser.add_argument("event", nargs="?", metavar="EVENT", help="the event file (default: the last one used)")
    args = parser.parse_args(argv)
    loaded = _load_for_command(args.event)
    if loaded is None:
        return 1
    from runofshow.files.runs import runs_of_event

    runs = runs_of_event(loaded.event, Path(loaded.path), UserDirs.default().state)
    if not runs:
        print(f"{loaded.path}: no runs yet")
        return 0
    tz = loaded.event.info.tz
    print(f"{'run':<34} {'started':<17} {'ended':<17} {'kind':<10} segments done")
    for run in runs:
        ended = f"{run.ended.astimezone(tz):%Y-%m-%d %H:%M}" if run.ended else "not closed"
        kind = "rehearsal" if run.rehearsal else "show"
        damage = f"  (journal damaged: {run.damage})" if run.damage else ""
        print(
            f"{run.id:<34} {run.started.astimezone(tz):%Y-%m-%d %H:%M} {ended:<17} {kind:<10} "
            f"{run.segments_done}/{run.segments}{damage}"
        )
    return 0


def export_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="runofshow export",
        description="The plan as a table (CSV or Excel) that `runofshow import` reads back to the same plan.",
    )
    parser.add_argument("event", metavar="EVENT")
    parser.add_argument("-o", "--output", metavar="PLAN.csv|PLAN.xlsx", required=True)
    parser.add_argument(
        "--session", metavar="ID", nargs="?", const="", help="a run's live plan (no ID: the latest run)"
    )
    args = parser.parse_args(argv)
    output = Path(args.output)
    if output.suffix.lower() not in (".csv", ".xlsx"):
        parser.error("-o must end in .csv or .xlsx")
    loaded = _load_for_command(args.event)
    if loaded is None:
        return 1
    event = loaded.event
    if args.session is not None:
        from runofshow.files.runs import NoRunError, live_plan_of_run

        try:
            event = live_plan_of_run(event, Path(loaded.path), UserDirs.default().state, args.session or None)
        except NoRunError as exc:
            print(f"runofshow export: {exc}", file=sys.stderr)
            return 1
    from runofshow.files.agenda_export import export_table

    try:
        export_table(event, output)
    except OSError as exc:
        return _not_written("export", output, exc)
    return 0


COMMANDS = {
    "check": check_main,
    "report": report_main,
    "print": print_main,
    "connect": connect_main,
    "venue": venue_main,
    "import": import_main,
    "export": export_main,
    "runs": runs_main,
}
