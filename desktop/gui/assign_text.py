"""Words for the matching codes core returns: factor reasons, one-line summaries, the team proposal.
Japanese comes from the translation files (context "Matching")."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.core.matching import Factor, MatchResult, TaskNeeds, TeamProposal
from desktop.core.services.matching import MatchReport
from desktop.gui import messages

translate = QCoreApplication.translate  # literal translate("Matching", ...) calls, so lupdate finds them


def _hours(value: Any) -> str:
    return QLocale().toString(float(value), "f", 1)


def join_names(names: Iterable[str]) -> str:
    """Skill or day names as a list: "Excel, 簿記" / "Excel、簿記"."""
    return translate("Matching", ", ").join(names)


def day_name(day: int) -> str:
    names = (
        translate("Matching", "Mon"),
        translate("Matching", "Tue"),
        translate("Matching", "Wed"),
        translate("Matching", "Thu"),
        translate("Matching", "Fri"),
        translate("Matching", "Sat"),
        translate("Matching", "Sun"),
    )
    return names[day] if 0 <= day < len(names) else str(day)


def kind_label(kind: str) -> str:
    return messages.choice_label("worker_kind", kind)


def _skills_reason(params: Any) -> str:
    parts: list[str] = []
    if params.get("covered"):
        parts.append(translate("Matching", "Covers {skills}.").format(skills=join_names(params["covered"])))
    if params.get("needs_supervisor"):
        parts.append(
            translate(
                "Matching", "Can do {skills} but not alone (expert skill: a supervisor is needed)."
            ).format(skills=join_names(params["needs_supervisor"]))
        )
    if params.get("learning"):
        parts.append(
            translate("Matching", "Still learning {skills}.").format(skills=join_names(params["learning"]))
        )
    if params.get("missing"):
        parts.append(translate("Matching", "Lacks {skills}.").format(skills=join_names(params["missing"])))
    return "\n".join(parts)


def factor_reason(factor: Factor) -> str:
    """A plain sentence for one factor line, built from its reason code and parameters."""
    p = factor.params
    code = factor.reason_code
    if factor.code == "skills" and code != "skills_none_required":
        return _skills_reason(p)
    numbers = {}
    if factor.code == "hours":
        numbers = {k: _hours(v) for k, v in p.items() if k in ("capacity", "booked", "available", "needed")}
    texts = {
        "skills_none_required": translate("Matching", "The task names no skill of the skills catalogue."),
        "hours_enough": translate(
            "Matching",
            "{available} h a month free ({capacity} h available, {booked} h already planned); "
            "the task needs {needed} h.",
        ),
        "hours_short": translate(
            "Matching",
            "Only {available} h a month free ({capacity} h available, {booked} h already planned); "
            "the task needs {needed} h.",
        ),
        "hours_none": translate(
            "Matching",
            "No free hours ({capacity} h available, {booked} h already planned); the task needs {needed} h.",
        ),
        "hours_task_unknown": translate(
            "Matching", "The task's hours a month are not known yet; {available} h a month free."
        ),
        "windows_flexible": translate("Matching", "The deadline is flexible: any working hours fit."),
        "windows_days": translate("Matching", "The task allows a few days: the time windows fit."),
        "windows_unknown_days": translate("Matching", "No time windows given; the task allows a few days."),
        "windows_unknown_same_day": translate(
            "Matching", "No time windows given, but the deadline is “{deadline}”."
        ),
        "windows_every_weekday": translate(
            "Matching", "Available on every weekday, as the deadline “{deadline}” needs."
        ),
        "windows_missing_days": translate(
            "Matching", "Not available on {days}, but the deadline is “{deadline}”."
        ),
        "onsite_not_needed": translate("Matching", "No on-site work."),
        "onsite_local": translate(
            "Matching", "Can come on site ({days} days a month) and lives in the same town."
        ),
        "onsite_near": translate(
            "Matching", "Can come on site ({days} days a month) from elsewhere in the prefecture."
        ),
        "onsite_far": translate("Matching", "Can come on site ({days} days a month) but lives far away."),
        "onsite_no_days": translate(
            "Matching", "The task needs on-site work ({onsite}), but this person cannot come on site."
        ),
        "local_same_municipality": translate("Matching", "Local resident of the company's town."),
        "local_same_prefecture": translate("Matching", "Local resident in the same prefecture."),
        "local_elsewhere": translate("Matching", "Local resident of another area."),
        "local_unknown": translate("Matching", "Local resident (place not given)."),
        "not_local_same_municipality": translate("Matching", "{kind}; lives in the company's town."),
        "not_local_same_prefecture": translate("Matching", "{kind}; lives in the same prefecture."),
        "not_local_elsewhere": translate("Matching", "{kind}; lives in another area."),
        "not_local_unknown": translate("Matching", "{kind}; place not given."),
        "stage_regular": translate("Matching", "Already in regular work."),
        "stage_small_job": translate("Matching", "Doing small paid jobs."),
        "stage_ojt": translate("Matching", "In on-the-job training (OJT)."),
        "stage_course": translate("Matching", "Still in the skills course (trainee)."),
        "stage_none": translate("Matching", "Not in the training pipeline."),
        "clearance_ok": translate(
            "Matching", "Cleared for this confidentiality ({needed}); clearance: {clearance}."
        ),
        "clearance_below": translate(
            "Matching",
            "Not cleared for this confidentiality ({needed}); clearance: {clearance}. Cannot be assigned.",
        ),
        "clamp_high": translate("Matching", "The score stops at 100 (the sum was {raw})."),
        "clamp_low": translate("Matching", "The score stops at 0 (the sum was {raw})."),
    }
    text = texts.get(code, code)
    values: dict[str, Any] = {**p, **numbers}
    if "deadline" in p:
        values["deadline"] = messages.choice_label("deadline", str(p["deadline"]))
    if "onsite" in p:
        values["onsite"] = messages.choice_label("onsite", str(p["onsite"]))
    if "kind" in p:
        values["kind"] = kind_label(str(p["kind"]))
    for key in ("needed", "clearance"):
        if factor.code == "clearance" and key in p:
            values[key] = messages.choice_label("confidentiality", str(p[key]))
    if "missing_days" in p:
        values["days"] = join_names(day_name(d) for d in p["missing_days"])
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def short_reason(factor: Factor) -> str:
    """A few words for the list's one-line reason ("" for lines not worth a mention)."""
    p = factor.params
    texts = {
        "skills_all": translate("Matching", "all skills"),
        "skills_with_supervisor": translate("Matching", "skills OK with a supervisor"),
        "skills_some": translate("Matching", "skills {count}/{total}"),
        "skills_none": translate("Matching", "lacks the skills"),
        "hours_enough": translate("Matching", "has the hours"),
        "hours_short": translate("Matching", "short of hours"),
        "hours_none": translate("Matching", "no free hours"),
        "windows_every_weekday": translate("Matching", "every weekday"),
        "windows_missing_days": translate("Matching", "not every weekday"),
        "windows_unknown_same_day": translate("Matching", "time windows unknown"),
        "onsite_local": translate("Matching", "can come on site"),
        "onsite_near": translate("Matching", "on site from nearby"),
        "onsite_far": translate("Matching", "far for on-site work"),
        "onsite_no_days": translate("Matching", "cannot come on site"),
        "local_same_municipality": translate("Matching", "lives in town"),
        "local_same_prefecture": translate("Matching", "same prefecture"),
        "local_elsewhere": translate("Matching", "local resident"),
        "local_unknown": translate("Matching", "local resident"),
        "not_local_same_municipality": translate("Matching", "lives in town"),
        "stage_regular": translate("Matching", "regular work"),
        "stage_small_job": translate("Matching", "small jobs"),
        "stage_ojt": translate("Matching", "in OJT"),
        "stage_course": translate("Matching", "in the course"),
    }
    text = texts.get(factor.reason_code, "")
    return text.format(count=p.get("count", 0), total=p.get("total", 0)) if text else ""


def one_line(result: MatchResult, count: int = 3) -> str:
    """The reason shown in the list: a knockout first, else the lines that moved the score most."""
    if result.knockouts:
        clearance = result.factor("clearance")
        needed = (
            messages.choice_label("confidentiality", str(clearance.params["needed"])) if clearance else ""
        )
        return translate("Matching", "Excluded: not cleared for “{level}” work").format(level=needed)
    moving = sorted((f for f in result.factors if f.points and short_reason(f)), key=lambda f: -abs(f.points))
    words = [("+" if f.points > 0 else "−") + short_reason(f) for f in moving[:count]]
    return translate("Matching", ", ").join(words)


def name_with_marks(result: MatchResult, roles: Sequence[str] = ()) -> str:
    """The worker's name with what the partner must notice: trainee, already assigned."""
    name = result.worker.name
    if result.trainee:
        name = translate("Matching", "{name} (trainee)").format(name=name)
    if roles:
        role_names = join_names(messages.choice_label("role", r) for r in roles)
        name = translate("Matching", "{name} (assigned: {roles})").format(name=name, roles=role_names)
    return name


def task_summary(task: TaskNeeds) -> str:
    """Hours, deadline, on-site and confidentiality of the task in one line."""
    hours = (
        translate("Matching", "{hours} h a month").format(hours=_hours(task.monthly_hours))
        if task.monthly_hours
        else translate("Matching", "hours a month not known")
    )
    return translate(
        "Matching", "{company} · {hours} · deadline: {deadline} · on-site: {onsite} · {confidentiality}"
    ).format(
        company=task.company_name,
        hours=hours,
        deadline=messages.choice_label("deadline", task.deadline),
        onsite=messages.choice_label("onsite", task.onsite),
        confidentiality=messages.choice_label("confidentiality", task.confidentiality),
    )


def task_skills(task: TaskNeeds) -> str:
    """The skills the task needs (expert ones marked) and the words that are not catalogue skills."""
    if task.required:
        names = [
            translate("Matching", "{skill} (expert)").format(skill=s.name) if s.expert else s.name
            for s in task.required
        ]
        text = translate("Matching", "Skills needed: {skills}").format(skills=join_names(names))
    else:
        text = translate("Matching", "Skills needed: none of the skills catalogue")
    if task.unknown_skills:
        text += "\n" + translate("Matching", "Not in the skills catalogue (not scored): {words}").format(
            words=join_names(task.unknown_skills)
        )
    return text


def team_text(report: MatchReport) -> str:
    """The team proposal in words."""
    if not report.has_pool:
        return translate(
            "Matching", "This PC holds no worker pool (a company's PC): matching is done on the partner's PC."
        )
    team: TeamProposal = report.team
    operator = team.operator.worker.name if team.operator else ""
    supervisor = team.supervisor.worker.name if team.supervisor else ""
    texts = {
        "not_needed": translate(
            "Matching", "{operator} covers every skill of the task: no supervisor is needed."
        ),
        "proposed": translate(
            "Matching",
            "Operator: {operator} (local). Supervisor: {supervisor}, who masters {covered} — "
            "what {operator} does not cover alone.",
        ),
        "partial": translate(
            "Matching",
            "Operator: {operator} (local). Supervisor: {supervisor}, who masters {covered}. "
            "Nobody in the pool masters {uncovered}.",
        ),
        "no_supervisor": translate(
            "Matching",
            "{operator} lacks {gaps}, and nobody in the pool masters it (level 3) with the clearance. "
            "Train someone or look for a specialist.",
        ),
        "no_local": translate(
            "Matching", "No local worker can take this task (none in the pool, or none with the clearance)."
        ),
    }
    return texts.get(team.status, team.status).format(
        operator=operator,
        supervisor=supervisor,
        covered=join_names(team.covered),
        uncovered=join_names(team.uncovered),
        gaps=join_names(team.gaps),
    )
