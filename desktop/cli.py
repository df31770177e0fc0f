"""The ``machishigoto`` command: the app by default, plus headless subcommands.

    machishigoto [--db PATH]                     open the app
    machishigoto [--db PATH] info                database path, schema version, row counts, changes waiting
    machishigoto [--db PATH] demo-data [--size small|large] [--if-empty]
    machishigoto [--db PATH] backup DEST         copy the database to the new file DEST

Messages are Japanese by default (``--lang en`` for English) and errors never show a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.core.db import Database, open_database
from desktop.core.errors import DatabaseOpenError
from desktop.core.paths import resolve_db_path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="machishigoto", description="まちしごと / Machishigoto")
    parser.add_argument("--db", help="database file (default: MACHISHIGOTO_DB or the user data folder)")
    parser.add_argument("--lang", choices=["ja", "en"], help="language of messages and of the app")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("info", help="show the database path, schema version, row counts and changes waiting")
    demo = sub.add_parser("demo-data", help="add demo data (small: one tea farm; large: benchmark shape)")
    demo.add_argument("--size", choices=["small", "large"], default="small")
    demo.add_argument("--if-empty", action="store_true", help="do nothing when the database has companies")
    backup = sub.add_parser("backup", help="copy the database to a new file (never overwrites)")
    backup.add_argument("dest", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    db_path = resolve_db_path(args.db)
    if args.command is None:
        from desktop.gui.app import run_gui

        return run_gui(db_path, lang=args.lang)

    from desktop.gui import messages

    messages.install_cli_translator(args.lang)
    try:
        db = open_database(db_path)
    except DatabaseOpenError as exc:
        print(messages.open_error(exc), file=sys.stderr)
        return 2
    try:
        return _run(args, db)
    except DatabaseOpenError as exc:
        print(messages.open_error(exc), file=sys.stderr)
        return 2
    finally:
        db.close()


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
    raise AssertionError(args.command)
