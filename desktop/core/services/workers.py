"""The partner's worker pool (DESIGN section 3): workers, the skill catalogue and workers' skills.

Everything here lives in the partner's scope (``scope_id`` = partner id) and never reaches a
company's devices. Skills and a worker's skills are set members with deterministic ids
(:func:`workforce.skill_id`, :func:`workforce.worker_skill_id`), so two offline devices that add the
same skill converge on one row.

Contact details and private constraints (子育て, 介護...) are personal data: they may only be held
with the worker's consent (APPI), so they are refused while ``consent_on`` is empty.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cached_property
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import ids, workforce
from desktop.core.db import Database
from desktop.core.errors import FieldError, NotFound, ValidationError
from desktop.core.inventory import CONFIDENTIALITY
from desktop.core.models import Partner, Skill, TrainingStage, Worker, WorkerSkill
from desktop.core.validation import EMAIL, PHONE, Checker
from desktop.core.workforce import TimeWindow

MAX_ONSITE_DAYS = 31
MAX_WINDOWS = 14
NAME_MAX = 100


@dataclass(frozen=True)
class WorkerFields:
    """Everything a user edits about a worker of the pool."""

    name: str
    name_kana: str = ""
    kind: str = "local"
    municipality: str = ""
    hours_per_week: int = 0
    time_windows: tuple[TimeWindow, ...] = ()
    onsite_days_per_month: int = 0
    hourly_rate_yen: int | None = None
    clearance: str = "internal"
    phone: str = ""
    email: str = ""
    consent_on: str = ""
    private_constraints: str = ""
    status: str = "active"
    note: str = ""


FIELD_NAMES = tuple(f.name for f in fields(WorkerFields))
_TEXT_FIELDS = ("name", "name_kana", "municipality", "phone", "email", "consent_on", "private_constraints")
# Personal data the worker must have consented to before it is kept (APPI).
CONSENT_FIELDS = ("phone", "email", "private_constraints")


@dataclass(frozen=True)
class SkillLevel:
    """One skill of a worker: the catalogue skill, its name, the worker's level and its expert flag."""

    skill_id: str
    name: str
    level: int
    expert: bool


@dataclass(frozen=True)
class SkillData:
    """A skill of the partner's catalogue."""

    id: str
    partner_id: str
    name: str
    expert: bool
    deleted: bool = False


@dataclass(frozen=True)
class SkillInput:
    """A skill as the worker form gives it: a name (new names join the catalogue) and a level.

    ``expert`` None keeps the catalogue's flag (False for a new skill); True/False sets it."""

    name: str
    level: int
    expert: bool | None = None


@dataclass(frozen=True)
class WorkerRow:
    """A worker as lists and forms show it. ``stage`` is the current (furthest live) training stage."""

    id: str
    partner_id: str
    fields: WorkerFields
    skills: tuple[SkillLevel, ...] = ()
    stage: str | None = None
    deleted: bool = False

    @cached_property
    def skills_summary(self) -> str:
        """The skills in one short line, best level first: ``"簿記 3, Excel 2"``."""
        ordered = sorted(self.skills, key=lambda s: (-s.level, s.name))
        return ", ".join(f"{s.name} {s.level}" for s in ordered)

    def skill_inputs(self) -> tuple[SkillInput, ...]:
        """The skills as :func:`set_worker_skills` takes them (to put them back on undo)."""
        return tuple(SkillInput(s.name, s.level, s.expert) for s in self.skills)


# --- validation ------------------------------------------------------------------------------------


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def validate_worker(data: WorkerFields, today: date | None = None) -> None:
    """Raise :class:`ValidationError` listing every invalid field of ``data``.

    ``today`` (default: the PC's date) bounds the consent date, which cannot be in the future."""
    today = today or date.today()
    check = Checker()
    check.text("name", data.name, NAME_MAX, required=True)
    check.text("name_kana", data.name_kana, NAME_MAX)
    check.choice("kind", data.kind, workforce.KINDS)
    check.text("municipality", data.municipality, 100)
    check.number("hours_per_week", data.hours_per_week, 0, workforce.MAX_HOURS_PER_WEEK)
    check.number("onsite_days_per_month", data.onsite_days_per_month, 0, MAX_ONSITE_DAYS)
    rate = data.hourly_rate_yen
    if rate is not None and rate <= 0:
        check.add("hourly_rate_yen", "positive")
    else:
        check.number("hourly_rate_yen", rate, 1, workforce.MAX_RATE_YEN)
    check.choice("clearance", data.clearance, CONFIDENTIALITY)
    check.choice("status", data.status, workforce.WORKER_STATUSES)
    if len(data.time_windows) > MAX_WINDOWS:
        check.errors.append(FieldError("time_windows", "too_long", MAX_WINDOWS))
    else:
        try:
            workforce.parse_windows([w.as_json() for w in data.time_windows])
        except ValueError:
            check.add("time_windows", "invalid")
    if data.consent_on:
        consent = _parse_date(data.consent_on)
        if consent is None or len(data.consent_on) != 10:
            check.add("consent_on", "not_a_date")
        elif consent > today:
            check.add("consent_on", "future")
    check.text("phone", data.phone, 40)
    check.pattern("phone", data.phone, PHONE)
    check.text("email", data.email, 200)
    check.pattern("email", data.email, EMAIL)
    check.text("private_constraints", data.private_constraints, 2_000)
    if not data.consent_on:
        for name in CONSENT_FIELDS:
            if getattr(data, name).strip():
                check.add(name, "consent_required")
    check.text("note", data.note, 10_000)
    check.raise_if_any()


def _normalised(data: WorkerFields) -> WorkerFields:
    stripped: dict[str, Any] = {n: getattr(data, n).strip() for n in _TEXT_FIELDS}
    windows = tuple(TimeWindow(tuple(sorted(set(w.days))), w.start, w.end) for w in data.time_windows)
    return replace(data, time_windows=windows, **stripped)


def _skill_name(name: str) -> str:
    return " ".join(name.split())


def validate_skills(skills: Sequence[SkillInput]) -> None:
    """Raise :class:`ValidationError` for a skill without a name, too long, twice, or a bad level."""
    check = Checker()
    seen: set[str] = set()
    for item in skills:
        name = _skill_name(item.name)
        check.text("skill", name, NAME_MAX, required=True)
        key = workforce.skill_key(name)
        if key and key in seen:
            check.add("skill", "duplicate")
        seen.add(key)
        if item.level not in workforce.LEVELS:
            check.add("level", "invalid")
    # One message per problem is enough for a list of skills.
    unique = list(dict.fromkeys(check.errors))
    if unique:
        raise ValidationError(unique)


# --- reading ---------------------------------------------------------------------------------------

_WORKER_COLUMNS = (Worker.id, Worker.partner_id, Worker.deleted, *(getattr(Worker, n) for n in FIELD_NAMES))


def _windows(value: object) -> tuple[TimeWindow, ...]:
    try:
        return tuple(workforce.parse_windows(value))
    except ValueError:  # a malformed cell from an old sync peer: show no windows, keep the row
        return ()


def _fields_of(values: Sequence[Any]) -> WorkerFields:
    data = dict(zip(FIELD_NAMES, values, strict=True))
    data["time_windows"] = _windows(data["time_windows"])
    for name in ("hours_per_week", "onsite_days_per_month"):
        data[name] = data[name] or 0
    for name in (*_TEXT_FIELDS, "note"):
        data[name] = data[name] or ""
    return WorkerFields(**data)


def current_stage(stages: Iterable[str]) -> str | None:
    """The furthest of a worker's live stages (a trainee only moves forward), None without any."""
    ranks = [workforce.STAGES.index(s) for s in stages if s in workforce.STAGES]
    return workforce.STAGES[max(ranks)] if ranks else None


def _skill_query(worker_filter: Any) -> Any:
    return (
        select(WorkerSkill.worker_id, Skill.id, Skill.name, WorkerSkill.level, Skill.expert)
        .join(Skill, Skill.id == WorkerSkill.skill_id)
        .where(WorkerSkill.deleted.is_(False), Skill.deleted.is_(False), worker_filter)
    )


def _rows(session: Session, worker_filter: Any, live_only: bool) -> list[WorkerRow]:
    """Workers matching ``worker_filter`` with skills and stage, in three queries whatever the count."""
    query = select(*_WORKER_COLUMNS).where(worker_filter)
    if live_only:
        query = query.where(Worker.deleted.is_(False))
    found = session.execute(query.order_by(Worker.name_kana, Worker.name, Worker.id)).all()
    skills: dict[str, list[SkillLevel]] = {}
    worker_ids = select(Worker.id).where(worker_filter).scalar_subquery()
    for worker_id, skill_id, name, level, expert in session.execute(
        _skill_query(WorkerSkill.worker_id.in_(worker_ids))
    ):
        skills.setdefault(worker_id, []).append(SkillLevel(skill_id, name, level, bool(expert)))
    stages: dict[str, list[str]] = {}
    stage_query = select(TrainingStage.worker_id, TrainingStage.stage).where(
        TrainingStage.deleted.is_(False), TrainingStage.worker_id.in_(worker_ids)
    )
    for worker_id, stage in session.execute(stage_query):
        stages.setdefault(worker_id, []).append(stage)
    rows = []
    for values in found:
        worker_id = values[0]
        mine = skills.get(worker_id, [])
        mine.sort(key=lambda s: (-s.level, s.name))
        rows.append(
            WorkerRow(
                id=worker_id,
                partner_id=values[1],
                fields=_fields_of(values[3:]),
                skills=tuple(mine),
                stage=current_stage(stages.get(worker_id, ())),
                deleted=bool(values[2]),
            )
        )
    return rows


def list_workers(db: Database, partner_id: str) -> list[WorkerRow]:
    """The partner's live workers (by kana, then name) with their skills and current stage."""
    with db.read() as session:
        return _rows(session, Worker.partner_id == partner_id, live_only=True)


def get_worker(db: Database, worker_id: str) -> WorkerRow:
    """One worker, deleted or not (``deleted`` tells); NotFound when there is no such row."""
    with db.read() as session:
        found = _rows(session, Worker.id == worker_id, live_only=False)
    if not found:
        raise NotFound(worker_id)
    return found[0]


# --- writing workers -------------------------------------------------------------------------------


def _cell(data: WorkerFields, name: str) -> Any:
    value = getattr(data, name)
    if name == "time_windows":
        return [w.as_json() for w in value]
    return value


def _live_partner(session: Session, partner_id: str) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None or partner.deleted:
        raise NotFound(partner_id)
    return partner


def _live_worker(session: Session, worker_id: str) -> Worker:
    worker = session.get(Worker, worker_id)
    if worker is None or worker.deleted:
        raise NotFound(worker_id)
    return worker


def create_worker(
    db: Database,
    partner_id: str,
    data: WorkerFields,
    worker_id: str | None = None,
    skills: Sequence[SkillInput] | None = None,
    today: date | None = None,
) -> WorkerRow:
    """Add a worker to the partner's pool (with ``skills``, in the same transaction)."""
    data = _normalised(data)
    validate_worker(data, today)
    if skills is not None:
        validate_skills(skills)
    new_id = worker_id or ids.new_id()
    with db.write() as session:
        _live_partner(session, partner_id)
        worker = Worker(id=new_id, scope_id=partner_id, partner_id=partner_id, deleted=False)
        for name in FIELD_NAMES:
            setattr(worker, name, _cell(data, name))
        session.add(worker)
        session.flush()
        if skills:
            _replace_skills(session, worker, skills)
    return get_worker(db, new_id)


def update_worker(
    db: Database,
    worker_id: str,
    data: WorkerFields,
    skills: Sequence[SkillInput] | None = None,
    today: date | None = None,
) -> WorkerRow:
    """Save a worker; only the cells that changed are written. ``skills`` (when given) replaces the
    worker's whole set of skills in the same transaction."""
    data = _normalised(data)
    validate_worker(data, today)
    if skills is not None:
        validate_skills(skills)
    with db.write() as session:
        worker = _live_worker(session, worker_id)
        for name in FIELD_NAMES:
            value = _cell(data, name)
            if getattr(worker, name) != value:
                setattr(worker, name, value)
        if skills is not None:
            _replace_skills(session, worker, skills)
    return get_worker(db, worker_id)


def set_worker_deleted(db: Database, worker_id: str, deleted: bool) -> None:
    """Tombstone a worker (``deleted=True``) or restore them; their skills and stages are kept."""
    with db.write() as session:
        worker = session.get(Worker, worker_id)
        if worker is None:
            raise NotFound(worker_id)
        if worker.deleted != deleted:
            worker.deleted = deleted


# --- the skill catalogue ---------------------------------------------------------------------------


def _skill_data(skill: Skill) -> SkillData:
    return SkillData(skill.id, skill.partner_id, skill.name, bool(skill.expert), bool(skill.deleted))


def list_skills(db: Database, partner_id: str) -> list[SkillData]:
    """The partner's live skills by name."""
    query = (
        select(Skill)
        .where(Skill.partner_id == partner_id, Skill.deleted.is_(False))
        .order_by(Skill.name, Skill.id)
    )
    with db.read() as session:
        return [_skill_data(s) for s in session.scalars(query)]


def _ensure_skill(session: Session, partner_id: str, name: str, expert: bool | None) -> Skill:
    """The catalogue row of ``name`` (created, or restored when tombstoned); ``expert`` None keeps
    the stored flag. An existing skill keeps the spelling it was first saved with."""
    skill_id = workforce.skill_id(partner_id, name)
    skill = session.get(Skill, skill_id)
    if skill is None:
        skill = Skill(
            id=skill_id,
            scope_id=partner_id,
            partner_id=partner_id,
            name=name,
            expert=bool(expert),
            deleted=False,
        )
        session.add(skill)
        session.flush()
        return skill
    if skill.deleted:
        skill.deleted = False
    if expert is not None and bool(skill.expert) != expert:
        skill.expert = expert
    return skill


def ensure_skill(db: Database, partner_id: str, name: str, expert: bool | None = None) -> SkillData:
    """The skill called ``name`` in the partner's catalogue, created when new (with ``expert``,
    default False) and restored when it had been deleted. The same name typed on two devices (any
    width, case or spacing) is one row. ``expert`` given for an existing skill sets its flag."""
    name = _skill_name(name)
    check = Checker()
    check.text("skill", name, NAME_MAX, required=True)
    check.raise_if_any()
    with db.write() as session:
        _live_partner(session, partner_id)
        return _skill_data(_ensure_skill(session, partner_id, name, expert))


def set_skill_expert(db: Database, skill_id: str, expert: bool) -> None:
    """Mark a skill as one that needs a supervisor (指導役) when the operator does not master it."""
    with db.write() as session:
        skill = session.get(Skill, skill_id)
        if skill is None or skill.deleted:
            raise NotFound(skill_id)
        if bool(skill.expert) != expert:
            skill.expert = expert


def set_skill_deleted(db: Database, skill_id: str, deleted: bool) -> None:
    """Tombstone a catalogue skill (workers' levels of it stop showing) or restore it."""
    with db.write() as session:
        skill = session.get(Skill, skill_id)
        if skill is None:
            raise NotFound(skill_id)
        if skill.deleted != deleted:
            skill.deleted = deleted


# --- a worker's skills -----------------------------------------------------------------------------


def _set_level(session: Session, worker: Worker, skill_id: str, level: int | None) -> None:
    row_id = workforce.worker_skill_id(worker.id, skill_id)
    row = session.get(WorkerSkill, row_id)
    if level is None:
        if row is not None and not row.deleted:
            row.deleted = True
        return
    if row is None:
        session.add(
            WorkerSkill(
                id=row_id,
                scope_id=worker.scope_id,
                worker_id=worker.id,
                skill_id=skill_id,
                level=level,
                deleted=False,
            )
        )
        return
    if row.level != level:
        row.level = level
    if row.deleted:
        row.deleted = False


def set_worker_skill(db: Database, worker_id: str, skill_id: str, level: int | None) -> None:
    """Give a worker a skill at ``level`` (1 学習中, 2 実務可, 3 指導可); None takes it away
    (tombstone). The row's id derives from worker and skill, so devices converge."""
    if level is not None and level not in workforce.LEVELS:
        raise ValidationError([FieldError("level", "invalid")])
    with db.write() as session:
        worker = _live_worker(session, worker_id)
        skill = session.get(Skill, skill_id)
        if skill is None or skill.deleted or skill.partner_id != worker.partner_id:
            raise NotFound(skill_id)
        _set_level(session, worker, skill_id, level)


def _replace_skills(session: Session, worker: Worker, skills: Sequence[SkillInput]) -> None:
    wanted: dict[str, int] = {}
    for item in skills:
        skill = _ensure_skill(session, worker.partner_id, _skill_name(item.name), item.expert)
        wanted[skill.id] = item.level
    live = session.scalars(
        select(WorkerSkill.skill_id).where(WorkerSkill.worker_id == worker.id, WorkerSkill.deleted.is_(False))
    ).all()
    for skill_id in live:
        if skill_id not in wanted:
            _set_level(session, worker, skill_id, None)
    for skill_id, level in wanted.items():
        _set_level(session, worker, skill_id, level)


def set_worker_skills(db: Database, worker_id: str, skills: Sequence[SkillInput]) -> tuple[SkillLevel, ...]:
    """Replace a worker's whole set of skills in one transaction: new names join the catalogue,
    skills left out are tombstoned, unchanged ones are not written. Returns the new set."""
    validate_skills(skills)
    with db.write() as session:
        _replace_skills(session, _live_worker(session, worker_id), skills)
    return get_worker(db, worker_id).skills
