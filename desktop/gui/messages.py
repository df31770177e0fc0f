"""Words for the codes core returns: errors, field names, choices. Used by the GUI and the CLI."""

from __future__ import annotations

import ssl
import sys
import urllib.parse
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import DatabaseOpenError, FieldError

if TYPE_CHECKING:  # annotations only: the first window shows before the database layer loads
    from desktop.core.demo import DemoSummary
    from desktop.core.services.info import DatabaseInfo
    from desktop.core.sync.engine import RoundResult

_cli_app: QCoreApplication | None = None


translate = QCoreApplication.translate


def install_cli_translator(lang: str | None) -> None:
    """Make the headless commands speak the user's language (Japanese unless told otherwise)."""
    global _cli_app
    from desktop.gui.i18n import install_translators

    app = QCoreApplication.instance()
    if app is None:
        _cli_app = app = QCoreApplication(sys.argv[:1])
    install_translators(app, lang)


def unexpected_open_error(exc: object) -> str:
    """An open that failed in a way no code describes (a bug or a broken installation)."""
    return translate("Messages", "The database could not be opened: {error}").format(error=exc)


def open_error(exc: DatabaseOpenError) -> str:
    """A user-facing sentence for a database that cannot be opened or written."""
    texts = {
        "not_a_database": translate(
            "Messages",
            "The file {path} is not a Machishigoto database (or it is damaged). It was not changed.",
        ),
        "not_machishigoto": translate(
            "Messages", "The file {path} is a database of another program. Machishigoto does not write to it."
        ),
        "newer_schema": translate(
            "Messages",
            "The database {path} was made by a newer version of Machishigoto. Please update the app; "
            "the file was not changed.",
        ),
        "locked": translate(
            "Messages",
            "The database {path} is in use by another program or another Machishigoto window. "
            "Close it and try again.",
        ),
        "read_only": translate(
            "Messages",
            "The database {path} cannot be written (read-only file or folder). "
            "Choose a folder you can write to.",
        ),
        "exists": translate(
            "Messages", "The file {path} already exists. Choose a new file name; nothing was overwritten."
        ),
        "io_error": translate("Messages", "The database {path} could not be read or written: {detail}"),
        "disk_full": translate(
            "Messages",
            "The disk holding {path} is full, so the last change could not be saved (everything saved "
            "before is safe). Free some space, for example by emptying the recycle bin, then try again.",
        ),
        "damaged": translate(
            "Messages", "The file {path} is damaged ({detail}). It was not used and nothing was changed."
        ),
    }
    return texts.get(exc.code, texts["io_error"]).format(path=exc.path, detail=exc.detail)


def field_label(field: str) -> str:
    labels = {
        "name": translate("Messages", "Name"),
        "name_kana": translate("Messages", "Name (kana)"),
        "prefecture": translate("Messages", "Prefecture"),
        "municipality": translate("Messages", "Municipality"),
        "industry": translate("Messages", "Industry"),
        "employees": translate("Messages", "Employees"),
        "contact_person": translate("Messages", "Contact person"),
        "phone": translate("Messages", "Phone"),
        "email": translate("Messages", "Email"),
        "hourly_cost_yen": translate("Messages", "Internal hourly cost (yen)"),
        "outsource_rate_yen": translate("Messages", "Expected outsourcing rate (yen/hour)"),
        "ecrs_saved_minutes": translate("Messages", "Minutes saved a month by the improvement"),
        "note": translate("Messages", "Note"),
        "department_id": translate("Messages", "Area of work"),
        "description": translate("Messages", "Description"),
        "frequency": translate("Messages", "Frequency"),
        "minutes_per_occurrence": translate("Messages", "Minutes each time"),
        "performer": translate("Messages", "Done by"),
        "skills": translate("Messages", "Skills needed"),
        "tools": translate("Messages", "Tools and systems"),
        "medium": translate("Messages", "Paper or digital"),
        "onsite": translate("Messages", "On-site need"),
        "confidentiality": translate("Messages", "Confidentiality"),
        "personal_data": translate("Messages", "Handles personal data"),
        "single_person": translate("Messages", "Only one person knows it"),
        "documented": translate("Messages", "Written procedure"),
        "seasonality": translate("Messages", "Seasonality"),
        "deadline": translate("Messages", "Deadline pressure"),
        "ecrs_decision": translate("Messages", "ECRS decision"),
        "ecrs_note": translate("Messages", "ECRS note"),
        "suitability_override": translate("Messages", "Suitability override"),
        "status": translate("Messages", "Status"),
        "text": translate("Messages", "Step"),
        # workers, assignments, hours
        "kind": translate("Messages", "Kind of worker"),
        "hours_per_week": translate("Messages", "Hours available a week"),
        "time_windows": translate("Messages", "Time windows"),
        "onsite_days_per_month": translate("Messages", "Days on site possible a month"),
        "hourly_rate_yen": translate("Messages", "Hourly rate (yen)"),
        "clearance": translate("Messages", "Confidentiality clearance"),
        "consent_on": translate("Messages", "Consent to hold personal data (date)"),
        "private_constraints": translate("Messages", "Private constraints"),
        "skill": translate("Messages", "Skill"),
        "level": translate("Messages", "Level"),
        "stage": translate("Messages", "Training stage"),
        "period": translate("Messages", "Period"),
        "role": translate("Messages", "Role"),
        "rate_yen": translate("Messages", "Agreed rate (yen/hour)"),
        "planned_hours": translate("Messages", "Planned hours a month"),
        "worker_id": translate("Messages", "Worker"),
        "task_id": translate("Messages", "Task"),
        "work_date": translate("Messages", "Date"),
        "minutes": translate("Messages", "Hours"),
        "code": translate("Messages", "Short code"),
        "contact": translate("Messages", "Contact"),
    }
    return labels.get(field, field)


def field_error(error: FieldError) -> str:
    """One sentence for one invalid field."""
    label = field_label(error.field)
    texts = {
        "required": translate("Messages", "{label} is required."),
        "too_long": translate("Messages", "{label} is too long (at most {limit} characters)."),
        "out_of_range": translate("Messages", "{label} is out of range (at most {limit})."),
        "invalid": translate("Messages", "{label} is not valid."),
        "impossible": translate("Messages", "{label}: this frequency takes more time than the period has."),
        "reason_required": translate("Messages", "{label}: please give a reason."),
        "positive": translate("Messages", "{label} must be more than 0."),
        "negative": translate("Messages", "{label} cannot be negative."),
        "too_many_hours": translate("Messages", "{label}: a day has at most 24 hours."),
        "not_a_date": translate("Messages", "{label}: please write a date like 2026-04-01."),
        "future": translate("Messages", "{label} cannot be a date in the future."),
        "ends_before_start": translate("Messages", "{label}: the end is before the start."),
        "overlap": translate(
            "Messages", "{label} overlaps an assignment that already exists for this person."
        ),
        "outside_period": translate("Messages", "{label} is outside the assignment's period."),
        "consent_required": translate(
            "Messages", "{label} can only be kept with the person's consent: enter the date of consent first."
        ),
        "unknown_code": translate("Messages", "{label}: no assignment has this code."),
        "unknown": translate("Messages", "{label}: not found."),
        "duplicate": translate("Messages", "{label} is already there."),
        "clearance": translate(
            "Messages", "{label} may not handle information this confidential (their clearance is lower)."
        ),
    }
    return texts.get(error.code, texts["invalid"]).format(label=label, limit=error.limit)


def choices(kind: str) -> list[tuple[str, str]]:
    """(code, label) pairs for a coded task field, in display order."""
    table = {
        "frequency_unit": [
            ("day", translate("Messages", "per working day")),
            ("week", translate("Messages", "per week")),
            ("month", translate("Messages", "per month")),
            ("year", translate("Messages", "per year")),
        ],
        "medium": [
            ("paper", translate("Messages", "Paper")),
            ("digital", translate("Messages", "Digital")),
            ("mixed", translate("Messages", "Paper and digital")),
        ],
        "onsite": [
            ("none", translate("Messages", "Not needed")),
            ("sometimes", translate("Messages", "Sometimes")),
            ("required", translate("Messages", "Always")),
        ],
        "confidentiality": [
            ("public", translate("Messages", "Public")),
            ("internal", translate("Messages", "Internal")),
            ("confidential", translate("Messages", "Confidential")),
        ],
        "documented": [
            ("none", translate("Messages", "None")),
            ("partial", translate("Messages", "Partly")),
            ("full", translate("Messages", "Complete")),
        ],
        "seasonality": [
            ("none", translate("Messages", "Even through the year")),
            ("month_end", translate("Messages", "Month-end peak")),
            ("seasonal", translate("Messages", "Seasonal peak")),
            ("irregular", translate("Messages", "Irregular")),
        ],
        "deadline": [
            ("flexible", translate("Messages", "Flexible")),
            ("days", translate("Messages", "Within days")),
            ("same_day", translate("Messages", "Same day")),
            ("realtime", translate("Messages", "Immediately")),
        ],
        "ecrs_decision": [
            ("undecided", translate("Messages", "Not reviewed")),
            ("eliminate", translate("Messages", "Eliminate")),
            ("combine", translate("Messages", "Combine")),
            ("rearrange", translate("Messages", "Rearrange")),
            ("simplify", translate("Messages", "Simplify")),
            ("keep", translate("Messages", "Keep as is")),
        ],
        "status": [
            ("active", translate("Messages", "In use")),
            ("under_review", translate("Messages", "Under review")),
            ("outsourced", translate("Messages", "Outsourced")),
            ("discontinued", translate("Messages", "Discontinued")),
        ],
        "worker_kind": [
            ("local", translate("Messages", "Local resident")),
            ("urban", translate("Messages", "Urban side-job (kankei jinko)")),
            ("staff", translate("Messages", "Company staff")),
        ],
        "worker_status": [
            ("active", translate("Messages", "Active")),
            ("paused", translate("Messages", "Paused")),
            ("left", translate("Messages", "Left")),
        ],
        "stage": [
            ("course", translate("Messages", "Course")),
            ("ojt", translate("Messages", "OJT")),
            ("small_job", translate("Messages", "Small jobs")),
            ("regular", translate("Messages", "Regular work")),
        ],
        "role": [
            ("operator", translate("Messages", "Operator")),
            ("supervisor", translate("Messages", "Supervisor")),
        ],
        "assignment_status": [
            ("planned", translate("Messages", "Planned")),
            ("active", translate("Messages", "Active")),
            ("paused", translate("Messages", "Paused")),
            ("ended", translate("Messages", "Ended")),
        ],
        "level": [
            ("1", translate("Messages", "Learning")),
            ("2", translate("Messages", "Can do the work")),
            ("3", translate("Messages", "Can teach and supervise")),
        ],
    }
    return table[kind]


def choice_label(kind: str, code: str) -> str:
    return dict(choices(kind)).get(code, code)


def frequency_label(frequency: str) -> str:
    """ "3/week" -> "週3回" / "3 times per week"."""
    count, _, unit = frequency.partition("/")
    texts = {
        "day": translate("Messages", "{n}x per working day"),
        "week": translate("Messages", "{n}x per week"),
        "month": translate("Messages", "{n}x per month"),
        "year": translate("Messages", "{n}x per year"),
    }
    return texts.get(unit, "{n}").format(n=count)


def yes_no(value: bool) -> str:
    return translate("Messages", "Yes") if value else translate("Messages", "No")


def info_text(info: DatabaseInfo) -> str:
    lines = [
        translate("Messages", "Database: {path}").format(path=info.path),
        translate("Messages", "Schema: revision {rev}, sync version {ver}").format(
            rev=info.revision, ver=info.schema_version
        ),
        translate("Messages", "Device: {device}").format(device=info.device_id),
        translate("Messages", "Companies: {n}").format(n=info.live_rows.get("company", 0)),
        translate("Messages", "Areas of work: {n}").format(n=info.live_rows.get("department", 0)),
        translate("Messages", "Tasks: {n}").format(n=info.live_rows.get("task", 0)),
        translate("Messages", "Procedure steps: {n}").format(n=info.live_rows.get("task_step", 0)),
        translate("Messages", "Changes waiting to be sent: {n}").format(n=info.pending_changes),
    ]
    return "\n".join(lines)


def demo_summary(summary: DemoSummary) -> str:
    text = translate(
        "Messages", "Demo data added: {c} companies, {d} areas of work, {t} tasks, {s} steps."
    ).format(c=summary.companies, d=summary.departments, t=summary.tasks, s=summary.steps)
    if summary.workers:
        text += " " + translate(
            "Messages", "Worker pool: {w} people, {a} assignments, {h} time entries."
        ).format(w=summary.workers, a=summary.assignments, h=summary.time_entries)
    return text


def damaged_without_backup(path: Path) -> str:
    return translate(
        "Messages",
        "The database {path} is damaged (the PC may have lost power while it was being written), and "
        "there is no good backup of it. Nothing was changed. Please contact your partner before "
        "doing anything else with the file.",
    ).format(path=path)


def damaged_offer_restore(path: Path, created: datetime) -> str:
    return translate(
        "Messages",
        "The database {path} is damaged (the PC may have lost power while it was being written).\n\n"
        "Go back to the newest good backup, made {when}? Work done after that backup is not in it. "
        "The damaged file is kept beside it under another name.",
    ).format(path=path, when=created.strftime("%Y-%m-%d %H:%M"))


def restored_from_backup(created: datetime, kept: Path | None) -> str:
    text = translate("Messages", "The backup of {when} is back in place.").format(
        when=created.strftime("%Y-%m-%d %H:%M")
    )
    if kept is not None:
        text += " " + translate("Messages", "The previous file was kept as {path}.").format(path=kept)
    return text


def no_backups() -> str:
    return translate("Messages", "There are no backups yet.")


def no_good_backup() -> str:
    return translate("Messages", "There is no backup that is not damaged. Nothing was changed.")


def backup_line(created: datetime, kind: str, size: int, path: Path) -> str:
    kinds = {
        "daily": translate("Messages", "daily"),
        "before-upgrade": translate("Messages", "before an upgrade"),
        "before-import": translate("Messages", "before an import"),
        "before-restore": translate("Messages", "before a restore"),
        "manual": translate("Messages", "made by hand"),
    }
    return f"{created:%Y-%m-%d %H:%M}  {kinds.get(kind, kind)}  {size / 1_000_000:.1f} MB  {path}"


def backup_failed(exc: BaseException) -> str:
    return translate("Messages", "The automatic backup could not be made: {error}").format(error=exc)


def backup_done(dest: Path) -> str:
    return translate("Messages", "Backup written to {path}").format(path=dest)


def cli_progress(done: int, total: int) -> None:
    """A one-line progress indicator on stderr for the headless commands."""
    if sys.stderr.isatty() and total:
        end = "\n" if done >= total else ""
        print(f"\r{done * 100 // total:3d}%", end=end, file=sys.stderr, flush=True)


# --- sync ----------------------------------------------------------------------------------------


def server_url_error(url: str) -> str | None:
    """Why ``url`` cannot be a partner server's address, or None when it can.

    Only https is accepted, except plain http to this PC itself (a partner testing a local server).
    """
    if not url.strip():
        return translate("Messages", "Enter the partner server's address (it begins with https://).")
    try:
        parsed = urllib.parse.urlsplit(url.strip())
        scheme, host = parsed.scheme.lower(), parsed.hostname
    except ValueError:
        scheme, host = "", None
    if scheme == "https" and host:
        return None
    from desktop.core.sync.transport import LOOPBACK_HOSTS  # here: the first window needs no urllib

    if scheme == "http" and host in LOOPBACK_HOSTS:
        return None
    if scheme == "http" and host:
        return translate(
            "Messages",
            "http:// is not encrypted and is only allowed for a server on this PC (localhost). "
            "Use the https:// address of the partner server.",
        )
    return translate(
        "Messages", "The address must begin with https:// (for example https://partner.example.jp)."
    )


def sync_error(code: str, detail: str = "") -> str:
    """A sentence for a sync or connect error code (``SyncError.code``)."""
    texts = {
        "not_connected": translate("Messages", "This database is not connected to a partner server yet."),
        "no_token": translate(
            "Messages",
            "The connection details of this PC are not stored any more. Connect to the partner server "
            "again with a new connection code.",
        ),
        "unauthorized": translate(
            "Messages",
            "The partner server no longer accepts this PC (the connection may have been removed). "
            "Connect again with a new connection code.",
        ),
        "client_too_old": translate(
            "Messages",
            "The partner server needs a newer version of Machishigoto. Please update the app; your "
            "changes are kept and are sent after the update.",
        ),
        "out_of_scope": translate(
            "Messages",
            "Some changes belong to a company this PC is not connected for, so nothing was sent. "
            "Ask your partner to check the connection.",
        ),
        "clock_skew": translate(
            "Messages", "This PC's clock is far off. Set the clock right and sync again."
        ),
        "duplicate_device": translate(
            "Messages",
            "This database looks like a copy of one on another PC. "
            "Ask your partner for a new connection code.",
        ),
        "code_used": translate("Messages", "This connection code has already been used."),
        "code_expired": translate(
            "Messages", "This connection code has expired. Ask your partner for a new one."
        ),
        "rate_limited": translate(
            "Messages", "Too many connection attempts. Wait a few minutes and try again."
        ),
        "too_large": translate("Messages", "The changes to send are too large for the partner server."),
        "not_found": translate(
            "Messages", "The partner server did not know this address or code. Check the URL and the code."
        ),
        "bad_request": translate("Messages", "The partner server did not accept the data ({detail})."),
        "rejected": translate("Messages", "The partner server did not accept the data ({detail})."),
        "server_error": translate(
            "Messages", "The partner server had an error. Try again later; nothing on this PC was lost."
        ),
    }
    text = texts.get(code, translate("Messages", "Sync did not work ({code})."))
    return text.format(code=code, detail=detail or code)


def sync_stop_reason(code: str) -> str:
    """A few words for the status bar after “Sync stopped:”."""
    texts = {
        "no_token": translate("Messages", "connect again"),
        "unauthorized": translate("Messages", "connection no longer valid"),
        "client_too_old": translate("Messages", "app update needed"),
        "out_of_scope": translate("Messages", "change for a company not connected"),
        "clock_skew": translate("Messages", "PC clock far off"),
        "duplicate_device": translate("Messages", "copied database"),
        "server_error": translate("Messages", "server error"),
    }
    return texts.get(code, translate("Messages", "error ({code})").format(code=code))


def is_tls_failure(exc: BaseException) -> bool:
    """Whether the server's certificate (or the TLS handshake) failed, somewhere in the cause chain."""
    seen: BaseException | None = exc
    while seen is not None:
        reason = getattr(seen, "reason", None)
        if isinstance(seen, ssl.SSLError) or isinstance(reason, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE_VERIFY_FAILED" in str(exc)


def offline_error(exc: BaseException | None = None) -> str:
    """A sentence for a server that did not answer (``TransportError``)."""
    if exc is not None and is_tls_failure(exc):
        return translate(
            "Messages",
            "The partner server's certificate could not be verified, so no connection was made. "
            "Check the URL, or ask your partner about the server's certificate.",
        )
    return translate("Messages", "Cannot reach the server. Check the network and the URL.")


def token_kept_for_session() -> str:
    return translate(
        "Messages",
        "This PC has no place to store credentials, so the connection details are kept only until the "
        "app is closed.",
    )


def cli_token_kept_for_process() -> str:
    return translate(
        "Messages",
        "This PC has no place to store credentials, so the connection details are kept only while this "
        "command runs. Use “connect URL CODE --then-sync” to sync right away.",
    )


def cli_no_token() -> str:
    return translate(
        "Messages",
        "No connection details are stored for this database (this PC has no credential store, or the "
        "connection was removed). Run “machishigoto connect URL CODE --then-sync” again with a "
        "new connection code.",
    )


def connected_text(server_url: str, scopes: list[str]) -> str:
    return translate("Messages", "Connected to {url} ({scopes}).").format(
        url=server_url, scopes=", ".join(scopes) or "-"
    )


def sync_summary(result: RoundResult, open_conflicts: int) -> str:
    """One line after a round: what was sent, received, left in conflict and still waiting."""
    return translate(
        "Messages", "Synced: {pushed} sent, {pulled} received, {conflicts} open conflicts, {waiting} waiting."
    ).format(pushed=result.pushed, pulled=result.pulled, conflicts=open_conflicts, waiting=result.waiting)


def bundle_path_missing() -> str:
    return translate("Messages", "Give the sync bundle file, for example E:\\machishigoto.mshg")


def bundle_exported(path: Path, count: int) -> str:
    return translate(
        "Messages", "Sync bundle written to {path} ({n} items). Carry it to the other PC and import it there."
    ).format(path=path, n=count)


def bundle_imported(path: Path, cells: int, conflicts: int) -> str:
    return translate(
        "Messages", "Sync bundle {path} imported: {cells} values updated, {conflicts} new conflicts."
    ).format(path=path, cells=cells, conflicts=conflicts)


def bundle_error(code: str, path: Path) -> str:
    """Why a sync bundle was refused, in words; nothing was changed."""
    texts = {
        "not_a_bundle": translate(
            "Messages", "{path} is not a Machishigoto sync bundle. Nothing was changed."
        ),
        "disk_full": translate(
            "Messages",
            "The disk holding {path} is full, so the last change could not be saved (everything saved "
            "before is safe). Free some space, for example by emptying the recycle bin, then try again.",
        ),
        "damaged": translate(
            "Messages", "{path} is damaged or incomplete (copy it again). Nothing was changed."
        ),
        "tampered": translate(
            "Messages",
            "{path} was changed after it was made, or comes from another partner. Nothing was changed.",
        ),
        "foreign": translate(
            "Messages", "{path} belongs to a company this PC is not connected to. Nothing was changed."
        ),
        "too_new": translate(
            "Messages", "{path} was made by a newer version of Machishigoto. Please update the app."
        ),
        "no_key": translate(
            "Messages",
            "This PC has no bundle key yet: connect it to the partner server once (or choose the company).",
        ),
        "missing": translate("Messages", "The file {path} does not exist."),
        "exists": translate(
            "Messages", "The file {path} already exists. Choose a new file name; nothing was overwritten."
        ),
    }
    return texts.get(code, texts["damaged"]).format(path=path)
