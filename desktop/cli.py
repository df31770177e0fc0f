"""The ``machishigoto`` command: the app by default, plus headless subcommands.

    machishigoto [--db PATH]                     open the app
    machishigoto [--db PATH] info                database path, schema version, row counts, changes waiting
    machishigoto [--db PATH] demo-data [--size small|large] [--if-empty]
    machishigoto [--db PATH] backup DEST         copy the database to the new file DEST
    machishigoto [--db PATH] connect URL CODE [--name NAME] [--then-sync]
                                                 connect to a partner server with a one-time code
    machishigoto [--db PATH] sync                one full sync round with the partner server
    machishigoto [--db PATH] sync export|import FILE   the same without a network, on a USB stick
    machishigoto [--db PATH] import FILE [--company ID] [--yes] [--include-duplicates]
                                                 import tasks from an .xlsx or CSV inventory sheet
    machishigoto [--db PATH] export FILE [--company ID]   write tasks to a new .xlsx or .csv file
    machishigoto export-template FILE            write a blank .xlsx inventory template
    machishigoto [--db PATH] print task-sheets [--company NAME|ID] [--worker ID] [--assignment CODE ...]
                 --out FILE.pdf                  作業指示書 of the current assignments (all, of a company,
                                                 of a worker, or the ones with these codes) as one PDF
    machishigoto [--db PATH] print interview [--company NAME|ID] [--blank] --out FILE.pdf
                                                 the inventory interview sheet, pre-filled or blank
    machishigoto print card --server URL --code CODE [--company NAME] --out FILE.pdf
                                                 a connection card with the enrolment code and QR code

Messages are Japanese by default (``--lang en`` for English; printed documents follow it too) and
errors never show a traceback. Exit status: 0 done, 2 refused or failed (the message says why), 3 the
server could not be reached; ``print`` also exits 1 when the PDF was written but some sheets could
not be made (each is listed, and replaced by a notice page in the PDF).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import DatabaseOpenError
from desktop.core.paths import resolve_db_path

if TYPE_CHECKING:
    from desktop.core.db import Database
    from desktop.core.documents import DocumentResult
    from desktop.core.sync.credentials import TokenStore
    from desktop.core.sync.service import SyncClient, TransportFactory

EXIT_FAILED = 2
EXIT_OFFLINE = 3


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="machishigoto", description="まちしごと / Machishigoto")
    parser.add_argument("--db", help="database file (default: MACHISHIGOTO_DB or the user data folder)")
    parser.add_argument("--lang", choices=["ja", "en"], help="language of messages and of the app")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation and exit (0 = all OK)"
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("info", help="show the database path, schema version, row counts and changes waiting")
    demo = sub.add_parser("demo-data", help="add demo data (small: one tea farm; large: benchmark shape)")
    demo.add_argument("--size", choices=["small", "large"], default="small")
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the database has companies")
    backup = sub.add_parser("backup", help="copy the database to a new file (never overwrites)")
    backup.add_argument("dest", type=Path)
    connect = sub.add_parser("connect", help="connect this database to a partner server (one-time code)")
    connect.add_argument("url", help="the partner server's address (https://...)")
    connect.add_argument("code", help="the one-time connection code, XXXX-XXXX-XXXX")
    connect.add_argument("--name", help="how this PC is listed on the server (default: its host name)")
    connect.add_argument("--then-sync", action="store_true", help="run the first sync round right away")
    sync = sub.add_parser("sync", help="send the changes waiting and receive the partner server's")
    sync.add_argument(
        "action",
        nargs="?",
        choices=["export", "import"],
        help="without a network: write or read a sync bundle",
    )
    sync.add_argument("path", nargs="?", type=Path, help="the sync bundle file (.mshg)")
    sync.add_argument("--company", help="with export on a partner's laptop: which company")
    company_help = "the company's id or name (not needed when the database has one company)"
    imports = sub.add_parser("import", help="import tasks from an Excel (.xlsx) or CSV inventory sheet")
    imports.add_argument("path", type=Path)
    imports.add_argument("--company", help=company_help)
    imports.add_argument("--yes", action="store_true", help="import a file without errors without asking")
    imports.add_argument(
        "--include-duplicates", action="store_true", help="also import rows that duplicate existing tasks"
    )
    exports = sub.add_parser("export", help="write a company's tasks to a new .xlsx or .csv file")
    exports.add_argument("path", type=Path)
    exports.add_argument("--company", help=company_help)
    template = sub.add_parser("export-template", help="write a blank .xlsx inventory template")
    template.add_argument("path", type=Path)
    _add_print_parser(sub, company_help)
    return parser


def _add_print_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser], company_help: str) -> None:
    report = sub.add_parser("report", help="write reports (the KPI report for the municipality)")
    reports = report.add_subparsers(dest="report", required=True)
    kpi = reports.add_parser(
        "kpi", help="the KPI report (KPI報告書) of a period as a PDF, its table as .xlsx"
    )
    kpi.add_argument(
        "--period", required=True, help="whole months: 2026-04..2027-03 (a fiscal year) or 2026-04"
    )
    kpi.add_argument("--out", type=Path, required=True, help="the PDF file to write (replaced if it exists)")
    kpi.add_argument(
        "--xlsx", type=Path, help="also write the KPI table to this .xlsx file (replaced if it exists)"
    )
    kpi.add_argument("--company", help="only this company (its id or name); default: every company")
    sub.add_parser("backups", help="list the automatic backups of the database, newest first")
    restore = sub.add_parser(
        "restore", help="put a backup in place of the database (the current file is kept)"
    )
    restore_from = restore.add_mutually_exclusive_group(required=True)
    restore_from.add_argument("backup", nargs="?", type=Path, help="the backup file to restore")
    restore_from.add_argument("--latest", action="store_true", help="the newest backup that is not damaged")
    printing = sub.add_parser("print", help="print documents to a PDF file (task sheets, interview, card)")
    what = printing.add_subparsers(dest="document", required=True)
    sheets = what.add_parser("task-sheets", help="task sheets (作業指示書) of the current assignments")
    chosen = sheets.add_mutually_exclusive_group()
    chosen.add_argument("--company", help="only this company's assignments (its id or name)")
    chosen.add_argument(
        "--assignment",
        nargs="+",
        action="extend",
        metavar="CODE",
        help="only the assignments with these short codes (as printed: ABC-DEFG)",
    )
    sheets.add_argument("--worker", help="only this worker's assignments (the worker's id or name)")
    sheets.add_argument(
        "--out", type=Path, required=True, help="the PDF file to write (replaced if it exists)"
    )
    interview = what.add_parser(
        "interview", help="the inventory interview sheet (業務棚卸し ヒアリングシート)"
    )
    interview.add_argument("--company", help=company_help)
    interview.add_argument("--blank", action="store_true", help="an empty sheet, not pre-filled")
    interview.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    card = what.add_parser("card", help="a connection card with the enrolment code as text and QR code")
    card.add_argument("--server", required=True, help="the partner server's address (https://...)")
    card.add_argument("--code", required=True, help="the one-time connection code")
    card.add_argument("--company", default="", help="the company's name, printed on the card")
    card.add_argument("--out", type=Path, required=True, help="the PDF file to write")


def main(
    argv: Sequence[str] | None = None,
    *,
    tokens: TokenStore | None = None,
    transport_factory: TransportFactory | None = None,
) -> int:
    """Run the command; ``tokens`` and ``transport_factory`` replace the OS credential store and
    HTTPS (tests use an in-process server)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    bundle = _opened_bundle(argv)
    if bundle is not None:  # a double-clicked sync file (Windows file association)
        argv.remove(str(bundle))
    args = build_parser().parse_args(argv)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test()
    db_path = resolve_db_path(args.db)
    if args.command is None:
        from desktop.gui.app import run_gui

        return run_gui(db_path, lang=args.lang, open_bundle=bundle)

    from desktop.gui import messages

    messages.install_cli_translator(args.lang)
    if args.command == "export-template":  # needs no database
        return _template_command(args.path)
    if args.command == "print" and args.document == "card":  # needs no database either
        return _card_command(args)
    from desktop.core.db import open_database  # not before: the window starts without it

    if args.command == "restore":  # the database must not be open
        return _restore_command(args, db_path)
    try:
        db = open_database(db_path)
    except DatabaseOpenError as exc:
        print(messages.open_error(exc), file=sys.stderr)
        return 2
    try:
        if args.command in ("connect", "sync"):
            return _sync_command(args, db, tokens, transport_factory)
        return _run(args, db)
    except DatabaseOpenError as exc:
        print(messages.open_error(exc), file=sys.stderr)
        return 2
    finally:
        db.close()


def _opened_bundle(argv: list[str]) -> Path | None:
    """A sync bundle path given as the only positional argument, as a file association passes it."""
    paths = [a for a in argv if a.lower().endswith(".mshg") and not a.startswith("-")]
    return Path(paths[0]) if len(paths) == 1 and "sync" not in argv else None


def _run(args: argparse.Namespace, db: Database) -> int:
    from desktop.gui import messages

    if args.command == "info":
        from desktop.core.services.info import database_info

        print(messages.info_text(database_info(db)))
        return 0
    if args.command == "demo-data":
        from desktop.core import demo
        from desktop.core.services.companies import list_companies

        if args.if_empty and list_companies(db):
            return 0
        loader = demo.load_large if args.size == "large" else demo.load_small
        summary = loader(db, progress=messages.cli_progress)
        print(messages.demo_summary(summary))
        return 0
    if args.command == "backup":
        from desktop.core.backup import backup_database

        dest = backup_database(db.path, args.dest.expanduser().resolve(), progress=messages.cli_progress)
        print(messages.backup_done(dest))
        return 0
    if args.command == "import":
        return _import_command(args, db)
    if args.command == "export":
        return _export_command(args, db)
    if args.command == "print":
        return _print_command(args, db)
    if args.command == "report":
        return _kpi_report_command(args, db)
    if args.command == "backups":
        return _backups_command(db)
    raise AssertionError(args.command)


def _kpi_report_command(args: argparse.Namespace, db: Database) -> int:
    from desktop.core.documents.kpi_report import report_kpi
    from desktop.core.kpi import MonthRange
    from desktop.gui import print_messages as words

    try:
        MonthRange.parse(args.period)
    except ValueError:
        print(words.bad_period(args.period), file=sys.stderr)
        return EXIT_FAILED
    target = _pdf_target(args.out)
    if target is None:
        return EXIT_FAILED
    table = Path(args.xlsx).expanduser() if args.xlsx else None
    if table is not None and table.suffix.lower() != ".xlsx":
        print(words.xlsx_suffix(table), file=sys.stderr)
        return EXIT_FAILED
    company_id = None
    if args.company:  # no --company: every company
        company_id = _company_for(db, args.company)
        if company_id is None:
            return EXIT_FAILED
    try:
        result, written = report_kpi(
            db, args.period, target, table, company_id, date.today(), lang=args.lang or "ja"
        )
    except OSError as exc:
        failed = Path(exc.filename) if exc.filename else target
        print(words.file_write_failed(failed, exc.strerror or exc), file=sys.stderr)
        return EXIT_FAILED
    code = _report_printed("kpi", result)
    if written is not None:
        print(words.table_written(written))
    return code


def _backups_command(db: Database) -> int:
    from desktop.core.backup import list_backups
    from desktop.gui import messages

    found = list_backups(db.path)
    if not found:
        print(messages.no_backups())
    for info in found:
        print(messages.backup_line(info.created, info.kind, info.size, info.path))
    return 0


def _restore_command(args: argparse.Namespace, db_path: Path) -> int:
    """Restore needs the database closed: it runs before the database is opened."""
    from desktop.core.backup import newest_good_backup, restore_backup
    from desktop.core.session_lock import SessionLock
    from desktop.gui import messages

    try:
        lock = SessionLock.acquire(db_path)
    except DatabaseOpenError as exc:
        print(messages.open_error(exc), file=sys.stderr)
        return EXIT_FAILED
    try:
        if args.latest:
            good = newest_good_backup(db_path)
            if good is None:
                print(messages.no_good_backup(), file=sys.stderr)
                return EXIT_FAILED
            source, created = good.path, good.created
        else:
            source = args.backup.expanduser().resolve()
            created = datetime.fromtimestamp(source.stat().st_mtime) if source.exists() else None
            if created is None:
                print(
                    messages.open_error(DatabaseOpenError("io_error", source, "not found")), file=sys.stderr
                )
                return EXIT_FAILED
        try:
            kept = restore_backup(db_path, source)
        except DatabaseOpenError as exc:
            print(messages.open_error(exc), file=sys.stderr)
            return EXIT_FAILED
        print(messages.restored_from_backup(created, kept))
        return 0
    finally:
        lock.release()


def _bundle_command(args: argparse.Namespace, client: SyncClient) -> int:
    from desktop.core.sync.bundle import BundleError
    from desktop.gui import messages

    if args.path is None:
        print(messages.bundle_path_missing(), file=sys.stderr)
        return EXIT_FAILED
    path = Path(args.path).expanduser()
    try:
        if args.action == "export":
            count = client.export_bundle(path, args.company)
            print(messages.bundle_exported(path, count))
        else:
            result = client.import_bundle(path)
            print(messages.bundle_imported(path, result.cells_applied, result.conflicts))
    except BundleError as exc:
        print(messages.bundle_error(exc.code, path), file=sys.stderr)
        return EXIT_FAILED
    except FileExistsError:
        print(messages.open_error(DatabaseOpenError("exists", path)), file=sys.stderr)
        return EXIT_FAILED
    except FileNotFoundError:
        print(messages.bundle_error("missing", path), file=sys.stderr)
        return EXIT_FAILED
    return 0


def _sync_command(
    args: argparse.Namespace,
    db: Database,
    tokens: TokenStore | None,
    transport_factory: TransportFactory | None,
) -> int:
    import socket

    from desktop.core.sync.credentials import default_token_store
    from desktop.core.sync.engine import SyncError
    from desktop.core.sync.service import SyncClient, sync_status
    from desktop.core.sync.transport import HttpTransport, TransportError
    from desktop.gui import messages

    store = tokens or default_token_store()
    client = SyncClient(db, store, transport_factory or HttpTransport)
    try:
        if args.command == "connect":
            problem = messages.server_url_error(args.url)
            if problem:
                print(problem, file=sys.stderr)
                return EXIT_FAILED
            name = (args.name or socket.gethostname()).strip() or "PC"
            enrolment = client.connect(args.url, args.code, name)
            print(
                messages.connected_text(args.url.strip().rstrip("/"), [s["name"] for s in enrolment.scopes])
            )
            if not store.persistent:
                print(messages.cli_token_kept_for_process())
            if not args.then_sync:
                return 0
        if args.command == "sync" and args.action is not None:
            return _bundle_command(args, client)
        result = client.sync()
    except TransportError as exc:
        print(messages.offline_error(exc), file=sys.stderr)
        return EXIT_OFFLINE
    except SyncError as exc:
        text = (
            messages.cli_no_token() if exc.code == "no_token" else messages.sync_error(exc.code, exc.detail)
        )
        print(text, file=sys.stderr)
        return EXIT_FAILED
    print(messages.sync_summary(result, sync_status(db).open_conflicts))
    return 0


# --- spreadsheet import and export -----------------------------------------------------------------


def _company_for(db: Database, wanted: str | None) -> str | None:
    """The company to import into or export from (printing why not, when there is none)."""
    from desktop.core.services.companies import list_companies
    from desktop.gui import import_messages as words

    companies = list_companies(db)
    if wanted:
        found = [c.id for c in companies if wanted in (c.id, c.name)]
        if len(found) == 1:
            return found[0]
        print(words.unknown_company(wanted), file=sys.stderr)
    elif len(companies) == 1:
        return companies[0].id
    elif not companies:
        print(words.no_company(), file=sys.stderr)
    if len(companies) > 1:
        print(words.choose_company([(c.id, c.name) for c in companies]), file=sys.stderr)
    return None


def _confirmed() -> bool:
    import unicodedata

    from desktop.gui import import_messages as words

    try:
        answer = input(words.confirm_question())
    except EOFError:
        return False
    return unicodedata.normalize("NFKC", answer).strip().lower() in ("y", "yes", "はい")


def _import_command(args: argparse.Namespace, db: Database) -> int:
    """Preview a sheet, print every message, and import it only when it is clean (and confirmed)."""
    from desktop.core.io import ImportFileError, commit, map_columns, preview, read_table
    from desktop.gui import import_messages as words
    from desktop.gui import messages

    company_id = _company_for(db, args.company)
    if company_id is None:
        return EXIT_FAILED
    path = Path(args.path).expanduser()
    try:
        table = read_table(path)
        checked = preview(
            db,
            company_id,
            table,
            map_columns(table.headers),
            include_duplicates=args.include_duplicates,
            progress=messages.cli_progress,
        )
    except ImportFileError as exc:
        print(words.file_error(exc, path), file=sys.stderr)
        return EXIT_FAILED
    for msg in checked.all_messages():
        print(f"{words.severity_word(msg.severity)}: {words.full_text(msg, table.headers)}")
    print(words.summary(checked))
    if checked.has_errors:
        print(words.not_imported(), file=sys.stderr)
        return EXIT_FAILED
    if not checked.counts.to_import:
        print(words.nothing_to_import())
        return 0
    if not args.yes and not _confirmed():
        print(words.not_imported())
        return 0
    result = commit(db, company_id, checked, progress=messages.cli_progress)
    print(words.import_done(result))
    return 0


def _export_command(args: argparse.Namespace, db: Database) -> int:
    from desktop.core.io import export_tasks_csv, export_tasks_xlsx
    from desktop.gui import import_messages as words

    company_id = _company_for(db, args.company)
    if company_id is None:
        return EXIT_FAILED
    path = Path(args.path).expanduser()
    if path.suffix.lower() not in (".xlsx", ".csv"):
        print(words.export_suffix(path), file=sys.stderr)
        return EXIT_FAILED
    write = export_tasks_csv if path.suffix.lower() == ".csv" else export_tasks_xlsx
    try:
        count = write(db, company_id, path)
    except FileExistsError:
        print(words.file_exists(path), file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(words.write_failed(path, exc), file=sys.stderr)
        return EXIT_FAILED
    print(words.export_done(path, count))
    return 0


def _template_command(path: Path) -> int:
    from desktop.core.io import write_template
    from desktop.gui import import_messages as words

    path = Path(path).expanduser()
    try:
        write_template(path)
    except FileExistsError:
        print(words.file_exists(path), file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(words.write_failed(path, exc), file=sys.stderr)
        return EXIT_FAILED
    print(words.template_done(path))
    return 0


# --- printed documents -----------------------------------------------------------------------------

EXIT_SHEETS_FAILED = 1


def _pdf_target(path: Path) -> Path | None:
    from desktop.gui import print_messages as words

    target = Path(path).expanduser()
    if target.suffix.lower() != ".pdf":
        print(words.pdf_suffix(target), file=sys.stderr)
        return None
    return target


def _report_printed(kind: str, result: DocumentResult) -> int:
    """Print the problems sheet by sheet and the summary; 1 when some sheets could not be made."""
    from desktop.gui import print_messages as words

    names = list(dict.fromkeys(p.name for p in result.problems))
    if names:
        print(words.problems_heading(len(names)))
        for problem in result.problems:
            print("  " + words.problem_line(problem))
    print(words.printed(kind, result))
    failed = sum(1 for p in result.problems if p.code == "failed")
    if failed:
        print(words.failed_sheets(failed), file=sys.stderr)
        return EXIT_SHEETS_FAILED
    return 0


def _write_pdf(target: Path, kind: str, make: Callable[[], DocumentResult]) -> int:
    from desktop.gui import print_messages as words

    try:
        result = make()
    except OSError as exc:
        print(words.write_failed(target, exc.strerror or exc), file=sys.stderr)
        return EXIT_FAILED
    return _report_printed(kind, result)


def _card_command(args: argparse.Namespace) -> int:
    from desktop.core.documents import connection_card
    from desktop.gui import print_messages as words

    target = _pdf_target(args.out)
    if target is None:
        return EXIT_FAILED
    if not args.server.strip() or not args.code.strip():
        print(words.card_needs_values(), file=sys.stderr)
        return EXIT_FAILED
    return _write_pdf(
        target,
        "card",
        lambda: connection_card(
            target, server_url=args.server, code=args.code, company_name=args.company, lang=args.lang or "ja"
        ),
    )


def _print_command(args: argparse.Namespace, db: Database) -> int:
    target = _pdf_target(args.out)
    if target is None:
        return EXIT_FAILED
    if args.document == "interview":
        return _interview_command(args, db, target)
    return _task_sheets_command(args, db, target)


def _interview_command(args: argparse.Namespace, db: Database, target: Path) -> int:
    from desktop.core.documents import interview_sheet
    from desktop.core.services.companies import list_companies
    from desktop.gui import print_messages as words

    company_id: str | None = None
    if args.company or not args.blank:
        if not args.company and not args.blank and not list_companies(db):
            print(words.interview_needs_company(), file=sys.stderr)
            return EXIT_FAILED
        company_id = _company_for(db, args.company)
        if company_id is None:
            return EXIT_FAILED
    return _write_pdf(
        target,
        "interview",
        lambda: interview_sheet(db, target, company_id, prefilled=not args.blank, lang=args.lang or "ja"),
    )


def _worker_for(db: Database, wanted: str, company_id: str | None) -> str | None:
    """The worker id for --worker (an id, or a name on the assignments), printing why not."""
    from desktop.core.services.assignments import list_assignments
    from desktop.gui import print_messages as words

    rows = list_assignments(db, company_id=company_id)
    if any(r.worker_id == wanted for r in rows):
        return wanted
    named = {r.worker_id: r.worker_name for r in rows if r.worker_name == wanted.strip()}
    if len(named) == 1:
        return next(iter(named))
    if named:
        print(words.choose_worker(sorted(named.items(), key=lambda kv: kv[0])), file=sys.stderr)
    else:
        print(words.unknown_worker(wanted), file=sys.stderr)
    return None


def _task_sheets_command(args: argparse.Namespace, db: Database, target: Path) -> int:
    from desktop.core.documents import assignment_ids_for, task_sheets
    from desktop.core.errors import ValidationError
    from desktop.core.services.assignments import find_by_code
    from desktop.gui import messages
    from desktop.gui import print_messages as words

    if args.assignment:
        ids: list[str] = []
        for code in args.assignment:
            try:
                row = find_by_code(db, code)
            except ValidationError:
                print(words.unknown_code(code), file=sys.stderr)
                return EXIT_FAILED
            if args.worker and args.worker not in (row.worker_id, row.worker_name):
                print(words.unknown_worker(args.worker), file=sys.stderr)
                return EXIT_FAILED
            ids.append(row.id)
    else:
        company_id = _company_for(db, args.company) if args.company else None
        if args.company and company_id is None:
            return EXIT_FAILED
        worker_id = _worker_for(db, args.worker, company_id) if args.worker else None
        if args.worker and worker_id is None:
            return EXIT_FAILED
        ids = assignment_ids_for(db, company_id=company_id, worker_id=worker_id)
    if not ids:
        print(words.nothing_to_print(), file=sys.stderr)
        return EXIT_FAILED
    print(words.making_sheets(len(ids)), file=sys.stderr)
    return _write_pdf(
        target,
        "task-sheets",
        lambda: task_sheets(db, target, ids, lang=args.lang or "ja", progress=messages.cli_progress),
    )
