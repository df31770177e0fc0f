"""Words for the codes core returns: errors, field names, choices. Used by the GUI and the CLI."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.demo import DemoSummary
from desktop.core.errors import DatabaseOpenError, FieldError
from desktop.core.services.info import DatabaseInfo

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
    return translate(
        "Messages", "Demo data added: {c} companies, {d} areas of work, {t} tasks, {s} steps."
    ).format(c=summary.companies, d=summary.departments, t=summary.tasks, s=summary.steps)


def backup_done(dest: Path) -> str:
    return translate("Messages", "Backup written to {path}").format(path=dest)


def cli_progress(done: int, total: int) -> None:
    """A one-line progress indicator on stderr for the headless commands."""
    if sys.stderr.isatty() and total:
        end = "\n" if done >= total else ""
        print(f"\r{done * 100 // total:3d}%", end=end, file=sys.stderr, flush=True)
