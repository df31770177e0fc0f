"""Words for the KPI codes core returns: figure names and definitions, units, what is missing,
the kinds of evidence rows, and numbers formatted as an owner reads them (yen with thousands
separators, hours with one decimal, ratios as %). Japanese comes from the translation files."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core import kpi
from desktop.core.kpi import Evidence, Figure
from desktop.gui import messages, suitability_text

translate = QCoreApplication.translate  # literal translate("KpiText", ...) calls, so lupdate finds them

ECONOMIC = kpi.ECONOMIC
SOCIAL = kpi.SOCIAL

HOUR_UNITS = frozenset({"hours", "hours_per_month"})
YEN_UNITS = frozenset({"yen", "yen_per_month"})


def figure_label(key: str) -> str:
    """The name of a figure, as its tile and the report title it."""
    labels = {
        "inventoried_hours": translate("KpiText", "Inventoried work"),
        "ecrs_saved_hours": translate("KpiText", "Hours saved by ECRS"),
        "outsourceable_hours": translate("KpiText", "Work that could be outsourced"),
        "outsourced_hours": translate("KpiText", "Hours outsourced"),
        "internal_cost_yen": translate("KpiText", "Cost if done in-house"),
        "outsourced_cost_yen": translate("KpiText", "Cost of outsourcing"),
        "monthly_saving_yen": translate("KpiText", "Saving a month"),
        "roi": translate("KpiText", "Return on investment (ROI)"),
        "yen_paid_local": translate("KpiText", "Paid to local workers"),
        "yen_earned_from_outside": translate("KpiText", "Earned from companies outside the area"),
        "local_jobs": translate("KpiText", "Local people with regular work"),
        "workers_by_kind": translate("KpiText", "Workers by kind"),
        "trainees_paid_within_90_rate": translate("KpiText", "Trainees paid within 90 days"),
        "trainees_paid_median_days": translate("KpiText", "Days from training to paid work"),
        "retention_90": translate("KpiText", "Still working after 90 days"),
        "retention_180": translate("KpiText", "Still working after 180 days"),
        "procedures_written": translate("KpiText", "Tasks no longer tied to one person"),
        "companies_engaged": translate("KpiText", "Companies taking part"),
    }
    return labels.get(key, key)


def figure_summary(key: str) -> str:
    """One short line under the value: what is counted."""
    texts = {
        "inventoried_hours": translate("KpiText", "Hours a month of all tasks in the inventory"),
        "ecrs_saved_hours": translate("KpiText", "Hours a month removed by improving the work (ECRS)"),
        "outsourceable_hours": translate("KpiText", "Hours a month of tasks suitable for telework"),
        "outsourced_hours": translate("KpiText", "Hours a month done by outside workers"),
        "internal_cost_yen": translate("KpiText", "Those hours × the company's hourly cost, a month"),
        "outsourced_cost_yen": translate("KpiText", "What outside workers were paid, a month"),
        "monthly_saving_yen": translate("KpiText", "In-house cost minus outsourcing cost, a month"),
        "roi": translate("KpiText", "Saving in the period against training and setup costs"),
        "yen_paid_local": translate("KpiText", "Paid in the period to workers living in the area"),
        "yen_earned_from_outside": translate(
            "KpiText", "Earned in the period by local workers from companies elsewhere"
        ),
        "local_jobs": translate("KpiText", "Local workers with regular work at the end of the period"),
        "workers_by_kind": translate("KpiText", "Workers who recorded hours, by kind"),
        "trainees_paid_within_90_rate": translate(
            "KpiText", "Share of trainees with paid work within 90 days of the course"
        ),
        "trainees_paid_median_days": translate(
            "KpiText", "Median days from the end of the course to paid work"
        ),
        "retention_90": translate("KpiText", "Share of workers still working 90 days after starting"),
        "retention_180": translate("KpiText", "Share of workers still working 180 days after starting"),
        "procedures_written": translate("KpiText", "One-person tasks that now have a written procedure"),
        "companies_engaged": translate("KpiText", "Companies with work in the period"),
    }
    return texts.get(key, "")


def figure_definition(key: str) -> str:
    """The full definition (the tile's tooltip and the drill-down's header), as docs/kpi.md has it."""
    texts = {
        "inventoried_hours": translate(
            "KpiText",
            "The hours a month that all tasks of the work inventory take (minutes each time × how "
            "often), discontinued tasks left out. Tasks without minutes or frequency are not counted.",
        ),
        "ecrs_saved_hours": translate(
            "KpiText",
            "The hours a month saved by ECRS decisions that change the work (eliminate, combine, "
            "rearrange, simplify): the minutes saved recorded on each task, at most the task's own hours.",
        ),
        "outsourceable_hours": translate(
            "KpiText",
            "The hours a month of tasks judged suitable, or suitable once prepared, for telework or BPO "
            "(the owner's own judgement first), minus what ECRS already saves on them.",
        ),
        "outsourced_hours": translate(
            "KpiText",
            "The hours outside workers (local and urban, not the company's own staff) recorded on their "
            "assignments, for an average month of the period so far.",
        ),
        "internal_cost_yen": translate(
            "KpiText",
            "What the outsourced hours would have cost with the company's own staff: hours × the "
            "company's hourly cost (set on the company profile), for an average month.",
        ),
        "outsourced_cost_yen": translate(
            "KpiText",
            "What outside workers were paid: their hours × the agreed rate of each assignment, for an "
            "average month.",
        ),
        "monthly_saving_yen": translate(
            "KpiText",
            "What the outside workers' hours would have cost in-house minus what they cost, for an "
            "average month of the period so far.",
        ),
        "roi": translate(
            "KpiText",
            "(Saving over the period − programme costs) ÷ programme costs. The costs are training per "
            "trainee who started a course in the period, setup per company taking part, and other costs. "
            "0% means the saving just pays the costs back.",
        ),
        "yen_paid_local": translate(
            "KpiText",
            "What workers living in the area (local workers) were paid for their hours in the period: "
            "money that stays in the region.",
        ),
        "yen_earned_from_outside": translate(
            "KpiText",
            "What local workers were paid in the period by companies outside their own municipality: "
            "money that comes into the region.",
        ),
        "local_jobs": translate(
            "KpiText",
            "Local workers with regular work on the last day of the period (or today): running assignments "
            "of at least {hours} hours a month planned in total, or in the “regular” training stage.",
        ),
        "workers_by_kind": translate(
            "KpiText",
            "Every worker who recorded hours in the period, counted by kind (local, urban, staff).",
        ),
        "trainees_paid_within_90_rate": translate(
            "KpiText",
            "Of the trainees whose result became known in the period, the share who began paid work "
            "within {days} days of the end of their course.",
        ),
        "trainees_paid_median_days": translate(
            "KpiText",
            "The median number of days from the end of the course to the first paid work, for the "
            "trainees whose result became known in the period and who reached paid work.",
        ),
        "retention_90": translate(
            "KpiText",
            "Of the outside workers whose first paid work began at least 90 days ago, the share still "
            "working 90 days after it began: an assignment running that day, or hours in the {window} "
            "days up to it.",
        ),
        "retention_180": translate(
            "KpiText",
            "Of the outside workers whose first paid work began at least 180 days ago, the share still "
            "working 180 days after it began: an assignment running that day, or hours in the {window} "
            "days up to it.",
        ),
        "procedures_written": translate(
            "KpiText",
            "Tasks only one person knows (属人化) whose procedure is now written: documented in full, or "
            "at least {steps} steps a worker may see. Others can then take them over.",
        ),
        "companies_engaged": translate(
            "KpiText", "Companies with an assignment running in the period, or hours recorded in it."
        ),
    }
    text = texts.get(key)
    if text is None:
        return figure_summary(key)
    return text.format(
        hours=kpi.LOCAL_JOB_MIN_HOURS,
        days=kpi.PAID_GOAL_DAYS,
        window=kpi.ACTIVE_WINDOW_DAYS,
        steps=kpi.PROCEDURE_MIN_STEPS,
    )


def group_label(group: str) -> str:
    labels = {
        ECONOMIC: translate("KpiText", "Economic value"),
        SOCIAL: translate("KpiText", "Social value"),
    }
    return labels.get(group, group)


def missing_text(code: str) -> str:
    """What is missing, in plain words, for a figure shown as "not enough data" (or partial)."""
    texts = {
        "company_hourly_cost": translate("KpiText", "The company's hourly cost (in-house) is not set"),
        "worker_rate": translate("KpiText", "Some assignments have no agreed hourly rate"),
        "no_time_entries": translate("KpiText", "No hours were recorded in this period"),
        "no_assignments": translate("KpiText", "No worker is assigned yet"),
        "no_trainees": translate("KpiText", "No trainee's result is known in this period"),
        "no_paid_trainees": translate("KpiText", "No trainee has reached paid work yet"),
        "training_records": translate("KpiText", "The training records are kept on the partner's PC"),
        "program_costs": translate("KpiText", "The programme costs (training, setup) are not set"),
        "worker_municipality": translate("KpiText", "Where some workers live (municipality) is not known"),
        "company_municipality": translate("KpiText", "The company's municipality is not set"),
        "no_tasks": translate("KpiText", "No task has been inventoried yet"),
        "task_hours": translate("KpiText", "Some tasks have no minutes or frequency"),
        "no_workers": translate("KpiText", "Nobody has worked long enough yet"),
        "no_single_person_tasks": translate("KpiText", "No task is marked as known by only one person"),
        "no_companies": translate("KpiText", "No company is registered"),
    }
    text = texts.get(code)
    if text is None:
        return translate("KpiText", "Data missing ({code})").format(code=code)
    return text


def kind_label(kind: str) -> str:
    """The kind of an evidence row."""
    labels = {
        "task": translate("KpiText", "Task"),
        "assignment": translate("KpiText", "Assignment"),
        "worker": translate("KpiText", "Worker"),
        "company": translate("KpiText", "Company"),
        "kind": translate("KpiText", "Kind of worker"),
        "cost": translate("KpiText", "Cost"),
    }
    return labels.get(kind, kind)


_YES_NO_KEYS = frozenset(
    {"trainees_paid_within_90_rate", "retention_90", "retention_180", "procedures_written"}
)
"""Figures whose rows count 1 (yes) or 0 (no) towards a share or a count."""


def evidence_label(key: str, evidence: Evidence) -> str:
    """What a row is about; codes core puts there (kinds of worker, cost parts) in words."""
    if evidence.kind == "kind":
        if evidence.id == "unknown":
            return translate("KpiText", "Kind not known")
        return messages.choice_label("worker_kind", evidence.id)
    if evidence.kind == "cost":
        labels = {
            "training": translate("KpiText", "Training costs"),
            "setup": translate("KpiText", "Setup costs"),
            "other": translate("KpiText", "Other costs"),
            "saving": translate("KpiText", "Saving in the period"),
        }
        return labels.get(evidence.id, evidence.label)
    return evidence.label


def evidence_detail(key: str, evidence: Evidence) -> str:
    """How a row's value came about; codes core puts there (ECRS decision, stage...) in words."""
    detail = evidence.detail
    if key == "ecrs_saved_hours" and detail:
        return messages.choice_label("ecrs_decision", detail)
    if key == "local_jobs" and detail == "regular":
        return messages.choice_label("stage", "regular")
    if key == "local_jobs" and detail.endswith("h"):
        return translate("KpiText", "{hours} h a month planned").format(hours=detail[:-1])
    if key == "procedures_written":
        if detail == "full":
            return translate("KpiText", "Documented in full")
        return translate("KpiText", "{done} shareable steps (written from {least})").format(
            done=detail.partition("/")[0], least=kpi.PROCEDURE_MIN_STEPS
        )
    if key == "outsourceable_hours" and evidence.value is None and detail:
        return suitability_text.category_label(detail)
    return detail


def evidence_value(figure: Figure, evidence: Evidence) -> str:
    """A row's value as the drill-down shows it: yes/no for rows counted in a share, yen for the
    cost parts of the ROI, else in the figure's unit."""
    if evidence.value is None:
        return "—"
    if figure.key in _YES_NO_KEYS:
        return messages.yes_no(evidence.value >= 0.5)
    if evidence.kind == "cost":
        return value_text(evidence.value, "yen")
    return value_text(evidence.value, figure.unit)


# --- numbers ---------------------------------------------------------------------------------------


def _locale() -> QLocale:
    return QLocale()


def number_text(value: float, unit: str) -> str:
    """The number alone, as the unit wants it: 1,234,567 (yen), 12.5 (hours), 45.0 (ratio as %)."""
    locale = _locale()
    if unit in YEN_UNITS:
        return locale.toString(round(value))
    if unit in HOUR_UNITS:
        return locale.toString(float(value), "f", 1)
    if unit == "ratio":
        return locale.toString(float(value) * 100.0, "f", 1)
    if unit == "days":
        return locale.toString(float(value), "f", 0 if float(value).is_integer() else 1)
    return locale.toString(round(value))


def unit_text(unit: str) -> str:
    """The unit after a number: 円, 時間/月, %, 人..."""
    texts = {
        "hours": translate("KpiText", "h"),
        "hours_per_month": translate("KpiText", "h/month"),
        "yen": translate("KpiText", "yen"),
        "yen_per_month": translate("KpiText", "yen/month"),
        "ratio": "%",
        "people": translate("KpiText", "people"),
        "days": translate("KpiText", "days"),
        "tasks": translate("KpiText", "tasks"),
        "companies": translate("KpiText", "companies"),
    }
    return texts.get(unit, "")


def value_text(value: float | None, unit: str) -> str:
    """A value with its unit ("1,234,567 yen", "12.5 h/month", "45.0%"); "—" when unknown."""
    if value is None:
        return "—"
    number = number_text(value, unit)
    if unit == "ratio":
        return number + "%"
    return translate("KpiText", "{number} {unit}").format(number=number, unit=unit_text(unit)).strip()


def compact_text(value: float, unit: str) -> str:
    """A short number for chart labels: 12.5 (hours), 45% (ratio), 12.3万 / 12.3k (yen)."""
    locale = _locale()
    if unit in YEN_UNITS:
        japanese = locale.language() == QLocale.Language.Japanese
        steps = ((100_000_000, "億"), (10_000, "万")) if japanese else ((1_000_000, "M"), (1_000, "k"))
        for size, suffix in steps:
            if abs(value) >= size:
                scaled = value / size
                digits = 0 if abs(scaled) >= 10 or round(scaled, 1).is_integer() else 1
                return locale.toString(scaled, "f", digits) + suffix
        return locale.toString(round(value))
    if unit == "ratio":
        return locale.toString(value * 100.0, "f", 0) + "%"
    if unit in HOUR_UNITS:
        return locale.toString(float(value), "f", 1 if abs(value) < 100 else 0)
    return locale.toString(round(value))


def month_label(month: date) -> str:
    """A month as axes show it: 4月 (Japanese), Apr (English)."""
    return _locale().monthName(month.month, QLocale.FormatType.ShortFormat)


def month_year_label(month: date) -> str:
    """A month with its year: 2026年4月 / Apr 2026."""
    return translate("KpiText", "{month} {year}").format(month=month_label(month), year=month.year)


def fiscal_year_label(year: int) -> str:
    """A Japanese fiscal year (April to March): 2026年度."""
    return translate("KpiText", "FY{year}").format(year=year)
