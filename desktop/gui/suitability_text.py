"""Words for the suitability codes core returns: categories, factors and their reasons,
prerequisites (what must happen first) and knockouts. Japanese comes from the translation files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.services.suitability import Candidate, CandidateReport, PrerequisiteNeed, PrerequisiteTask
from desktop.core.suitability import Factor
from desktop.gui import messages

translate = QCoreApplication.translate  # literal translate("Suitability", ...) calls, so lupdate finds them


def category_label(code: str) -> str:
    """A category in words: "suitable" -> テレワーク・BPO向き."""
    labels = {
        "suitable": translate("Suitability", "Suitable for telework/BPO"),
        "conditional": translate("Suitability", "Conditional"),
        "internal": translate("Suitability", "Keep in-house"),
        "incomplete": translate("Suitability", "Not filled in"),
        "eliminate": translate("Suitability", "To be eliminated"),
        "discontinued": translate("Suitability", "Discontinued"),
    }
    return labels.get(code, code)


def category_help(code: str) -> str:
    """One sentence on what a category means for the owner."""
    texts = {
        "suitable": translate("Suitability", "Can be handed to a local remote worker as it is."),
        "conditional": translate("Suitability", "Can be handed over once the preparation listed is done."),
        "internal": translate("Suitability", "Best kept in the company for now."),
        "incomplete": translate(
            "Suitability", "Minutes or frequency are missing, so it cannot be judged yet."
        ),
        "eliminate": translate("Suitability", "Marked to be eliminated (ECRS), so it is not handed over."),
        "discontinued": translate("Suitability", "No longer done."),
    }
    return texts.get(code, "")


def factor_label(code: str) -> str:
    """A short name of a factor, for the table's "main reasons" column."""
    labels = {
        "onsite": translate("Suitability", "On-site"),
        "confidentiality": translate("Suitability", "Confidentiality"),
        "medium": translate("Suitability", "Paper"),
        "personal_data": translate("Suitability", "Personal data"),
        "knowledge": translate("Suitability", "Only one person"),
        "volume": translate("Suitability", "Amount of work"),
        "repetition": translate("Suitability", "How often"),
        "documented": translate("Suitability", "Written procedure"),
        "deadline": translate("Suitability", "Deadline"),
        "seasonality": translate("Suitability", "Busy season"),
        "clamp": translate("Suitability", "Limit 0-100"),
    }
    return labels.get(code, code)


def factor_reason(factor: Factor) -> str:
    """A plain sentence for one factor line, built from its reason code and parameters."""
    locale = QLocale()
    params = {
        key: locale.toString(float(value), "f", 1) if isinstance(value, float) else str(value)
        for key, value in factor.params.items()
    }
    texts = {
        "onsite_none": translate("Suitability", "No on-site work: it can be done from home."),
        "onsite_sometimes": translate("Suitability", "Sometimes needs someone at the farm or office."),
        "onsite_required": translate("Suitability", "Must always be done on site."),
        "confidentiality_public": translate("Suitability", "Uses only public information."),
        "confidentiality_internal": translate("Suitability", "Uses internal information of the company."),
        "confidentiality_confidential": translate(
            "Suitability", "Uses confidential information (money, contracts)."
        ),
        "medium_digital": translate("Suitability", "The documents are on the computer."),
        "medium_mixed": translate("Suitability", "Partly on paper."),
        "medium_paper": translate("Suitability", "Only on paper: someone outside cannot see it."),
        "personal_data_yes": translate(
            "Suitability", "Handles personal data (names, addresses of customers or staff)."
        ),
        "personal_data_no": translate("Suitability", "No personal data."),
        "knowledge_shared": translate("Suitability", "More than one person can do it."),
        "knowledge_single_none": translate(
            "Suitability", "Only one person knows how, and nothing is written down."
        ),
        "knowledge_single_partial": translate(
            "Suitability", "Only one person knows how; the procedure is only partly written."
        ),
        "knowledge_single_full": translate(
            "Suitability", "Only one person does it, but the procedure is written down."
        ),
        "volume": translate(
            "Suitability", "{hours} hours a month: the more work, the more it is worth handing over."
        ),
        "repetition_frequent": translate(
            "Suitability", "Done often (about {per_month} times a month): easy to make a routine."
        ),
        "repetition_monthly": translate("Suitability", "Done about {per_month} times a month."),
        "repetition_rare": translate(
            "Suitability", "Done less than once a month: it must be relearned each time."
        ),
        "documented_none": translate("Suitability", "No written procedure yet."),
        "documented_partial": translate("Suitability", "The procedure is partly written."),
        "documented_full": translate("Suitability", "Written procedure: it is clear what to deliver."),
        "deadline_flexible": translate("Suitability", "No tight deadline."),
        "deadline_days": translate("Suitability", "Has a few days' time."),
        "deadline_same_day": translate("Suitability", "Must be finished the same day."),
        "deadline_realtime": translate("Suitability", "Must be handled at once."),
        "seasonality_none": translate("Suitability", "The same amount all year."),
        "seasonality_month_end": translate(
            "Suitability", "Busy at month end: outside help evens out the peak."
        ),
        "seasonality_seasonal": translate(
            "Suitability", "Busy in one season: outside help is most useful then."
        ),
        "seasonality_irregular": translate("Suitability", "Busy at irregular times."),
        "clamp_high": translate("Suitability", "The score stops at 100 (the sum was {raw})."),
        "clamp_low": translate("Suitability", "The score stops at 0 (the sum was {raw})."),
    }
    text = texts.get(factor.reason_code, factor.reason_code)
    return text.format(**params) if params else text


def prerequisite_label(code: str) -> str:
    """What must happen first, as an instruction."""
    labels = {
        "digitise": translate("Suitability", "Put the paper on the computer (scan or type it in)"),
        "write_procedure": translate("Suitability", "Write down the procedure"),
        "split_task": translate("Suitability", "Separate the part that must be done on site"),
        "share_knowledge": translate("Suitability", "Teach a second person what only one person knows"),
        "anonymise": translate("Suitability", "Agree how personal data is handled (hide names, contract)"),
    }
    return labels.get(code, code)


def knockout_label(code: str) -> str:
    """Why a task stays in-house whatever its points."""
    labels = {
        "onsite_required": translate("Suitability", "must always be done on site"),
        "realtime": translate("Suitability", "must be handled at once"),
        "confidential_personal": translate("Suitability", "confidential and with personal data"),
    }
    return labels.get(code, code)


def missing_label(field: str) -> str:
    return messages.field_label(field)


def points_text(points: float) -> str:
    """Signed points: "+12", "−15", "±0" (a real minus sign, easier to read than a hyphen)."""
    value = int(points)
    if value == 0:
        return "±0"
    return f"+{value}" if value > 0 else f"−{-value}"


def yen_text(yen: int | None) -> str:
    """An amount of yen, or a dash when it cannot be computed (never a misleading 0)."""
    if yen is None:
        return "—"
    return translate("Suitability", "¥{amount}").format(amount=QLocale().toString(yen))


def hours_text(hours: float | None) -> str:
    if hours is None:
        return "—"
    return QLocale().toString(hours, "f", 1)


# --- sentences about one task and about the whole report ------------------------------------------


def main_reasons(item: Candidate, count: int = 2) -> str:
    """What is missing, or the knockouts, or else the factors that moved the score most."""
    result = item.suitability
    if result.missing:
        return ", ".join(missing_label(f) for f in result.missing)
    if result.knockouts:
        return ", ".join(knockout_label(k) for k in result.knockouts)
    moving = sorted((f for f in result.factors if f.points), key=lambda f: -abs(f.points))[:count]
    return ", ".join(f"{factor_label(f.code)} {points_text(f.points)}" for f in moving)


def explanation(item: Candidate) -> str:
    """The judgement of one task in a few lines: category, the owner's decision, what comes first."""
    result = item.suitability
    lines = [
        translate("Suitability", "{category}: {help}").format(
            category=category_label(item.category), help=category_help(item.category)
        )
    ]
    if item.effective.overridden:
        lines.append(
            translate(
                "Suitability", "This is your judgement (reason: {reason}). Computed: {computed}."
            ).format(reason=item.effective.override_reason, computed=category_label(item.effective.computed))
        )
    if result.missing:
        fields = ", ".join(missing_label(f) for f in result.missing)
        lines.append(translate("Suitability", "Fill in first: {fields}.").format(fields=fields))
    if result.knockouts:
        reasons = ", ".join(knockout_label(k) for k in result.knockouts)
        lines.append(translate("Suitability", "Kept in-house because it {reasons}.").format(reasons=reasons))
    elif result.prerequisites:
        steps = "; ".join(prerequisite_label(p) for p in result.prerequisites)
        lines.append(translate("Suitability", "First: {steps}.").format(steps=steps))
        if result.potential is not None:
            lines.append(
                translate("Suitability", "After that the score would be {n}.").format(n=result.potential)
            )
    return "\n".join(lines)


def totals_rows(report: CandidateReport) -> list[tuple[str, str, str, str, str]]:
    """Rows of the totals table: judgement, tasks, hours, in-house yen, outsourced yen (a month).

    Categories without tasks are left out; the last row adds up the candidates.
    """
    rows = []
    for total in [*(t for t in report.totals if t.tasks), report.candidates]:
        label = (
            translate("Suitability", "Candidates together")
            if total.category == "candidates"
            else category_label(total.category)
        )
        hours = "—" if total.unknown_hours == total.tasks else hours_text(total.hours)
        rows.append(
            (label, str(total.tasks), hours, yen_text(total.internal_yen), yen_text(total.outsourced_yen))
        )
    return rows


def totals_note(report: CandidateReport) -> str:
    """What the yen figures still need ("not enough data"), and the hours ECRS saves."""
    lines = []
    if report.missing:
        names = {
            "hourly_cost_yen": translate("Suitability", "the company's internal hourly cost"),
            "outsource_rate_yen": translate("Suitability", "the hourly rate of outsourced work"),
        }
        what = translate("Suitability", " and ").join(names.get(m, m) for m in report.missing)
        lines.append(
            translate(
                "Suitability", "Not enough data for yen: set {what} on the “Company profile” page."
            ).format(what=what)
        )
    if not report.ecrs_saved_hours:
        lines.append(translate("Suitability", "ECRS: no time savings entered yet."))
    elif report.ecrs_saved_yen is None:
        lines.append(
            translate(
                "Suitability", "ECRS improvements save {hours} hours a month before anything is handed over."
            ).format(hours=hours_text(report.ecrs_saved_hours))
        )
    else:
        lines.append(
            translate(
                "Suitability",
                "ECRS improvements save {hours} hours ({yen}) a month before anything is handed over.",
            ).format(hours=hours_text(report.ecrs_saved_hours), yen=yen_text(report.ecrs_saved_yen))
        )
    return "\n".join(lines)


def score_text(item: Candidate) -> str:
    """The score, with the score after the preparation ("8 → 68") for a task that needs some."""
    result = item.suitability
    if result.missing:
        return "—"
    if result.potential is not None and item.suitability.category == "conditional":
        return f"{result.score} → {result.potential}"
    return str(result.score)


def need_title(need: PrerequisiteNeed) -> str:
    return translate("Suitability", "{step} — {n} tasks, {hours} h a month").format(
        step=prerequisite_label(need.code), n=len(need.tasks), hours=hours_text(need.hours)
    )


def need_task(task: PrerequisiteTask) -> str:
    return translate("Suitability", "{name} ({hours} h a month)").format(
        name=task.name, hours=hours_text(task.hours)
    )
