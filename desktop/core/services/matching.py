"""Matching the partner's pool to one task: reads the rows in a handful of queries, then ranks them
with :mod:`desktop.core.matching` and proposes a team.

The pool is the partner's (scope: the partner id). On an owner's PC there is no pool, so the report
says so instead of ranking nobody in silence.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import matching, workforce
from desktop.core.db import Database
from desktop.core.errors import NotFound
from desktop.core.matching import MatchResult, SkillInfo, TaskNeeds, TeamProposal, WorkerFacts
from desktop.core.models import Assignment, Company, Partner, Skill, Task, TrainingStage, Worker, WorkerSkill
from desktop.core.services.partners import current_partner_id
from desktop.core.workforce import Period


@dataclass(frozen=True)
class MatchReport:
    """The ranked workers for a task, the team proposal, and what the ranking could not use.

    ``has_pool`` is False on a PC without the partner's pool (an owner's PC); ``excluded`` counts the
    paused workers and those who left; ``assigned`` maps worker ids to the roles they already hold on
    this task (live assignments that have not ended)."""

    task: TaskNeeds
    results: tuple[MatchResult, ...]
    team: TeamProposal
    has_pool: bool
    excluded: int
    assigned: dict[str, tuple[str, ...]]
    today: date

    def result_of(self, worker_id: str) -> MatchResult | None:
        return next((r for r in self.results if r.worker.id == worker_id), None)


def _pool_partner(session: Session, db: Database, company: Company) -> str | None:
    """The partner whose pool serves ``company``, when this database holds that pool."""
    partner_id = company.partner_id or current_partner_id(db)
    if partner_id is None:
        return None
    partner = session.get(Partner, partner_id)
    return partner_id if partner is not None and not partner.deleted else None


def _live_task(session: Session, task_id: str) -> tuple[Task, Company]:
    found = session.execute(
        select(Task, Company).join(Company, Company.id == Task.company_id).where(Task.id == task_id)
    ).first()
    if found is None or found[0].deleted or found[1].deleted:
        raise NotFound(task_id)
    return found[0], found[1]


def _catalogue(session: Session, partner_id: str) -> dict[str, SkillInfo]:
    rows = session.execute(
        select(Skill.id, Skill.name, Skill.expert)
        .where(Skill.partner_id == partner_id, Skill.deleted.is_(False))
        .order_by(Skill.name, Skill.id)
    )
    catalogue: dict[str, SkillInfo] = {}
    for _id, name, expert in rows:
        key = workforce.skill_key(name)
        # Two rows of one key (should not happen: ids derive from it) count as expert if either is.
        previous = catalogue.get(key)
        catalogue[key] = SkillInfo(key, name, bool(expert) or (previous is not None and previous.expert))
    return catalogue


def task_needs(session: Session, task: Task, company: Company, catalogue: dict[str, SkillInfo]) -> TaskNeeds:
    required, unknown = matching.required_skills(task.skills, catalogue)
    return TaskNeeds(
        id=task.id,
        name=task.name,
        company_id=company.id,
        company_name=company.name,
        required=required,
        unknown_skills=unknown,
        monthly_hours=matching.task_monthly_hours(task.frequency, task.minutes_per_occurrence),
        deadline=task.deadline,
        onsite=task.onsite,
        confidentiality=task.confidentiality,
        personal_data=task.personal_data,
        prefecture=company.prefecture,
        municipality=company.municipality,
    )


def _booked_hours(
    session: Session, partner_id: str, task_id: str, today: date
) -> tuple[dict[str, float], dict[str, tuple[str, ...]]]:
    """Planned hours a month per worker of live assignments that have not ended (other tasks), and
    the roles each worker holds on ``task_id`` itself."""
    rows = session.execute(
        select(
            Assignment.worker_id,
            Assignment.task_id,
            Assignment.role,
            Assignment.period,
            Assignment.planned_hours,
        )
        .join(Worker, Worker.id == Assignment.worker_id)
        .join(Task, Task.id == Assignment.task_id)
        .where(
            Worker.partner_id == partner_id,
            Assignment.deleted.is_(False),
            Task.deleted.is_(False),
            Assignment.status != "ended",
        )
    )
    booked: dict[str, float] = defaultdict(float)
    roles: dict[str, list[str]] = defaultdict(list)
    for worker_id, a_task_id, role, period_text, planned in rows:
        try:
            period = Period.parse(period_text)
        except ValueError:
            period = None
        if period is not None and period.end is not None and period.end < today:
            continue  # its period is over, even if nobody marked it ended
        if a_task_id == task_id:
            roles[worker_id].append(role)
        else:
            booked[worker_id] += planned or 0
    return dict(booked), {w: tuple(sorted(r, key=_role_rank)) for w, r in roles.items()}


def _role_rank(role: str) -> int:
    return workforce.ROLES.index(role) if role in workforce.ROLES else len(workforce.ROLES)


def _workers(
    session: Session, partner_id: str, today: date, booked: dict[str, float]
) -> tuple[list[WorkerFacts], int]:
    skills: dict[str, dict[str, int]] = defaultdict(dict)
    skill_rows = session.execute(
        select(WorkerSkill.worker_id, Skill.name, WorkerSkill.level)
        .join(Skill, Skill.id == WorkerSkill.skill_id)
        .join(Worker, Worker.id == WorkerSkill.worker_id)
        .where(
            Worker.partner_id == partner_id,
            WorkerSkill.deleted.is_(False),
            Skill.deleted.is_(False),
        )
    )
    for worker_id, skill_name, level in skill_rows:
        key = workforce.skill_key(skill_name)
        skills[worker_id][key] = max(int(level or 0), skills[worker_id].get(key, 0))
    stages: dict[str, list[tuple[str, str]]] = defaultdict(list)
    stage_rows = session.execute(
        select(TrainingStage.worker_id, TrainingStage.stage, TrainingStage.period)
        .join(Worker, Worker.id == TrainingStage.worker_id)
        .where(Worker.partner_id == partner_id, TrainingStage.deleted.is_(False))
    )
    for worker_id, stage, period in stage_rows:
        stages[worker_id].append((stage, period))
    workers: list[WorkerFacts] = []
    excluded = 0
    worker_rows = session.scalars(
        select(Worker).where(Worker.partner_id == partner_id, Worker.deleted.is_(False))
    )
    for w in worker_rows:
        if w.status != "active":
            excluded += 1
            continue
        workers.append(
            WorkerFacts(
                id=w.id,
                name=w.name,
                name_kana=w.name_kana,
                kind=w.kind,
                municipality=w.municipality,
                hours_per_week=w.hours_per_week or 0,
                booked_hours=booked.get(w.id, 0.0),
                windows=matching.parse_windows_safely(w.time_windows),
                onsite_days_per_month=w.onsite_days_per_month or 0,
                clearance=w.clearance,
                stage=matching.current_stage(stages.get(w.id, ()), today),
                skills=skills.get(w.id, {}),
                hourly_rate_yen=w.hourly_rate_yen,
                status=w.status,
            )
        )
    return workers, excluded


def match_task(db: Database, task_id: str, today: date | None = None) -> MatchReport:
    """Rank the partner's active workers for ``task_id`` (best first, knock-outs last) and propose a
    team. Raises :class:`NotFound` for a deleted or unknown task. Five queries, whatever the pool size."""
    today = today or date.today()
    with db.read() as session:
        task, company = _live_task(session, task_id)
        partner_id = _pool_partner(session, db, company)
        if partner_id is None:
            needs = task_needs(session, task, company, {})
            return MatchReport(needs, (), TeamProposal("no_local"), False, 0, {}, today)
        catalogue = _catalogue(session, partner_id)
        needs = task_needs(session, task, company, catalogue)
        booked, assigned = _booked_hours(session, partner_id, task_id, today)
        workers, excluded = _workers(session, partner_id, today, booked)
    results = matching.rank(needs, workers)
    team = matching.propose_team(needs, results)
    return MatchReport(needs, tuple(results), team, True, excluded, assigned, today)
