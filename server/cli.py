"""The ``machishigoto-server`` command.

    machishigoto-server [--database-url URL] serve [--host H] [--port P] [--certfile F --keyfile F]
                                                   [--workers N]
    machishigoto-server db upgrade
    machishigoto-server partner create NAME
    machishigoto-server company create NAME --partner PARTNER_ID [--id UUID]
    machishigoto-server enrol-code SCOPE_ID [--hours 168]
    machishigoto-server device list
    machishigoto-server device revoke DEVICE_ID
    machishigoto-server prune [--dry-run] [--push-batch-days N] [--change-seen-days N] [--audit-days N]

``--database-url`` (before or after the subcommand) overrides ``DATABASE_URL``. Bad input gets a
one-line message and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from server import retention as retention_run
from server.cli_output import device_table, format_ms
from server.core.config import (
    DATABASE_URL_ENV,
    ENROL_CODE_HOURS,
    RETAIN_ENV,
    ConfigError,
    Retention,
    Settings,
)
from server.crud import audit, scopes
from server.crud import devices as devices_crud
from server.crud import enrol as enrol_crud
from server.db import DatabaseNotReady, check_ready, make_engine, make_sessions, upgrade

APP_FACTORY = "server.main:create_app"


class CliError(Exception):
    """Bad input or state, told to the user in one line."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database-url", default=argparse.SUPPRESS, help="database URL (default: DATABASE_URL or SQLite)"
    )
    parser = argparse.ArgumentParser(
        prog="machishigoto-server", description="Machishigoto partner server", parents=[common]
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="run the HTTP(S) server")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--certfile", type=Path, help="TLS certificate (PEM); needs --keyfile")
    serve.add_argument("--keyfile", type=Path, help="TLS private key (PEM)")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="server processes (default 1); pushes to one scope stay serialised by the database's row lock",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        help="proxies whose X-Forwarded-For is trusted (the enrolment rate limit is per client address)",
    )

    db = sub.add_parser("db", parents=[common], help="database schema").add_subparsers(
        dest="action", required=True
    )
    db.add_parser("upgrade", parents=[common], help="create or upgrade the schema")

    partner = sub.add_parser("partner", parents=[common], help="partners").add_subparsers(
        dest="action", required=True
    )
    partner_create = partner.add_parser("create", parents=[common], help="create a partner; prints its id")
    partner_create.add_argument("name")

    company = sub.add_parser("company", parents=[common], help="companies").add_subparsers(
        dest="action", required=True
    )
    company_create = company.add_parser("create", parents=[common], help="create a company; prints its id")
    company_create.add_argument("name")
    company_create.add_argument("--partner", required=True, help="the partner's id")
    company_create.add_argument("--id", dest="company_id", help="keep the id the company has in the app")

    code = sub.add_parser("enrol-code", parents=[common], help="make a one-time enrolment code for a scope")
    code.add_argument("scope_id", help="a company id or a partner id")
    code.add_argument("--hours", type=float, default=ENROL_CODE_HOURS, help="validity (default: 7 days)")

    device = sub.add_parser("device", parents=[common], help="devices").add_subparsers(
        dest="action", required=True
    )
    device.add_parser("list", parents=[common], help="list enrolled devices")
    revoke = device.add_parser("revoke", parents=[common], help="revoke a device's token")
    revoke.add_argument("device_id")

    prune = sub.add_parser(
        "prune",
        parents=[common],
        help="delete bookkeeping older than its retention (a running server does this daily)",
    )
    prune.add_argument("--dry-run", action="store_true", help="only count what would be deleted")
    for option, name in (
        ("--push-batch-days", "push_batch_days"),
        ("--change-seen-days", "change_seen_days"),
        ("--audit-days", "audit_days"),
    ):
        prune.add_argument(option, dest=name, type=int, help=f"default: {RETAIN_ENV[name]} or the built-in")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed the usage and the problem
        return int(exc.code or 0)
    try:
        settings = Settings.from_env(database_url=getattr(args, "database_url", None))
        if args.command == "serve":
            return _serve(args, settings)
        engine = make_engine(settings.database_url)
        try:
            if args.command == "prune":
                return _prune(args, engine, settings.retention)
            return _run(args, engine)
        finally:
            engine.dispose()
    except (CliError, ConfigError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except DatabaseNotReady as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except SQLAlchemyError as exc:
        print(f"error: database: {_first_line(exc)}", file=sys.stderr)
        return 2


def _first_line(exc: SQLAlchemyError) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else exc.__class__.__name__


def _run(args: argparse.Namespace, engine: Engine) -> int:
    if args.command == "db":
        before, after = upgrade(engine)
        print(f"database at revision {after}" + ("" if before == after else f" (was {before or 'empty'})"))
        return 0
    check_ready(engine)
    with make_sessions(engine)() as session:
        if args.command == "partner":
            partner = scopes.create_partner(session, _name(args.name))
            session.commit()
            print(partner.id)
        elif args.command == "company":
            company_id = _uuid(args.company_id) if args.company_id else None
            try:
                company = scopes.create_company(session, _name(args.name), args.partner.strip(), company_id)
            except scopes.ScopeError as exc:
                raise CliError(str(exc)) from exc
            session.commit()
            print(company.id)
        elif args.command == "enrol-code":
            _enrol_code(session, args.scope_id.strip(), args.hours)
        elif args.action == "list":
            print(device_table(devices_crud.list_all(session), scopes.scope_names(session)))
        else:
            _revoke(session, args.device_id.strip())
    return 0


def _name(text: str) -> str:
    name = text.strip()
    if not name or len(name) > 200:
        raise CliError("a name needs 1 to 200 characters")
    return name


def _uuid(text: str) -> str:
    try:
        uuid.UUID(text.strip())
    except ValueError as exc:
        raise CliError(f"not a UUID: {text!r}") from exc
    return text.strip().lower()


def _enrol_code(session: Session, scope_id: str, hours: float) -> None:
    if not 0 < hours <= 24 * 365:
        raise CliError("--hours must be more than 0 and at most a year")
    scope = scopes.find_scope(session, scope_id)
    if scope is None:
        raise CliError(f"no company or partner with id {scope_id}")
    code, row = enrol_crud.create_code(session, scope.id, scope.kind, hours)
    session.commit()
    until = format_ms(row.expires_ms)
    print(f"One-time enrolment code for {scope.kind} {scope.name!r} ({scope.id}), valid until {until}:")
    print(code)


def _revoke(session: Session, device_id: str) -> None:
    device = devices_crud.get(session, device_id)
    if device is None:
        raise CliError(f"no device with id {device_id}")
    if not devices_crud.revoke(session, device):
        print(f"device {device_id} was already revoked")
        return
    audit.record(session, "revoke", device_id)
    session.commit()
    print(f"revoked device {device_id}")


def _prune(args: argparse.Namespace, engine: Engine, default: Retention) -> int:
    check_ready(engine)
    chosen = {
        name: getattr(args, name) if getattr(args, name) is not None else getattr(default, name)
        for name in RETAIN_ENV
    }
    retention = Retention(**chosen)
    counts = retention_run.prune(make_sessions(engine), retention, dry_run=args.dry_run)
    verb = "would delete" if args.dry_run else "deleted"
    print(
        f"push_batch: {verb} {counts.push_batch} stored answers older than {retention.push_batch_days} days"
    )
    print(
        f"change_seen: {verb} {counts.change_seen} change ids older than {retention.change_seen_days} days"
        f" ({counts.devices} devices)"
    )
    print(f"audit_log: {verb} {counts.audit_log} rows older than {retention.audit_days} days")
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    if (args.certfile is None) != (args.keyfile is None):
        raise CliError("TLS needs both --certfile and --keyfile")
    for path in (args.certfile, args.keyfile):
        if path is not None and not path.is_file():
            raise CliError(f"no such file: {path}")
    if not 0 < args.port < 65536:
        raise CliError("--port must be between 1 and 65535")
    if not 0 < args.workers <= 64:
        raise CliError("--workers must be between 1 and 64")
    import uvicorn

    from server.main import create_app

    options = {
        "host": args.host,
        "port": args.port,
        "ssl_certfile": str(args.certfile) if args.certfile else None,
        "ssl_keyfile": str(args.keyfile) if args.keyfile else None,
        "proxy_headers": True,
        "forwarded_allow_ips": args.forwarded_allow_ips,
    }
    if args.workers == 1:
        uvicorn.run(create_app(settings), **options)
        return 0
    # Several processes: each builds its app from DATABASE_URL. Each has its own clock, which starts
    # past every stored stamp and observes every stored cell it merges against, and sequence numbers
    # come from the scope rows locked in the database, so they stay in commit order across processes.
    engine = make_engine(settings.database_url)
    try:
        check_ready(engine)
    finally:
        engine.dispose()
    os.environ[DATABASE_URL_ENV] = settings.database_url
    uvicorn.run(APP_FACTORY, factory=True, workers=args.workers, **options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
