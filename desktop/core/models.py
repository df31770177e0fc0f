"""SQLAlchemy 2 typed models of the synced entities.

Every synced table has a device-made UUID primary key, a ``scope_id`` (the company it belongs to, or
the partner's pool) and a ``deleted`` tombstone cell. Rows are never hard-deleted: the capture
triggers of :mod:`desktop.core.sync.capture` refuse ``DELETE`` on synced tables, and turn every
``INSERT`` and ``UPDATE`` into per-cell outbox rows in the same transaction.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UUID_LEN = 36


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every synced row carries."""

    id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    scope_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Partner(Synced, Base):
    """A local telework partner (ローカル・テレワーク・パートナー); its id is also its pool's scope."""

    __tablename__ = "partner"

    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Company(Synced, Base):
    """A company whose work is inventoried; its id is its scope."""

    __tablename__ = "company"

    # No foreign key: the partner row lives in another scope, which an owner's PC never receives.
    partner_id: Mapped[str | None] = mapped_column(String(UUID_LEN), default=None)
    name: Mapped[str] = mapped_column(String(200))
    name_kana: Mapped[str] = mapped_column(String(200), default="", server_default="")
    prefecture: Mapped[str] = mapped_column(String(20), default="", server_default="")
    municipality: Mapped[str] = mapped_column(String(100), default="", server_default="")
    industry: Mapped[str] = mapped_column(String(100), default="", server_default="")
    employees: Mapped[int | None] = mapped_column(Integer, default=None)
    contact_person: Mapped[str] = mapped_column(String(100), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    hourly_cost_yen: Mapped[int | None] = mapped_column(Integer, default=None)
    # Expected hourly rate of outsourced (telework/BPO) work, for the candidates' yen totals.
    outsource_rate_yen: Mapped[int | None] = mapped_column(Integer, default=None)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Where the guided inventory (業務棚卸し) was left, so it resumes there: a step code.
    inventory_step: Mapped[str] = mapped_column(String(20), default="", server_default="")


class Department(Synced, Base):
    """An area of work (部署・業務領域) of a company."""

    __tablename__ = "department"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Task(Synced, Base):
    """One task of the workflow inventory (業務棚卸し), with every inventory field.

    ``frequency`` is one cell ("3/week") because count and unit change together; the suitability
    override is one JSON cell ``{"category": ..., "reason": ...}`` for the same reason.
    """

    __tablename__ = "task"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    department_id: Mapped[str | None] = mapped_column(ForeignKey("department.id"), default=None, index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    frequency: Mapped[str] = mapped_column(String(20), default="1/month", server_default="1/month")
    minutes_per_occurrence: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    performer: Mapped[str] = mapped_column(String(100), default="", server_default="")
    skills: Mapped[str] = mapped_column(Text, default="", server_default="")
    tools: Mapped[str] = mapped_column(Text, default="", server_default="")
    medium: Mapped[str] = mapped_column(String(20), default="digital", server_default="digital")
    onsite: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
    confidentiality: Mapped[str] = mapped_column(String(20), default="internal", server_default="internal")
    personal_data: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    single_person: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    documented: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
    seasonality: Mapped[str] = mapped_column(String(20), default="none", server_default="none")
    deadline: Mapped[str] = mapped_column(String(20), default="days", server_default="days")
    ecrs_decision: Mapped[str] = mapped_column(String(20), default="undecided", server_default="undecided")
    ecrs_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Minutes a month the ECRS improvement is expected to save (before anything is outsourced).
    ecrs_saved_minutes: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The template library entry the task was picked from, if any.
    template_key: Mapped[str] = mapped_column(String(60), default="", server_default="")
    suitability_override: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    status: Mapped[str] = mapped_column(String(20), default="active", server_default="active")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class TaskStep(Synced, Base):
    """One step of a task's procedure; internal-only steps never reach a worker or a printed sheet."""

    __tablename__ = "task_step"

    task_id: Mapped[str] = mapped_column(ForeignKey("task.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    text: Mapped[str] = mapped_column(Text)
    internal_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Conflict(Synced, Base):
    """A value that lost a merge, kept for review (DESIGN section 4).

    Written by whoever detects it (the server, or a device importing a sync bundle) with an id
    derived from the change that revealed it, so the same conflict found twice is one row.
    Resolving is an ordinary write: ``resolved`` set, and for "restore" the losing value written back.
    """

    __tablename__ = "conflict"

    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(UUID_LEN))
    col: Mapped[str] = mapped_column(String(60))
    winner_value: Mapped[str | None] = mapped_column(Text)
    winner_hlc: Mapped[int] = mapped_column(BigInteger)
    winner_device: Mapped[str] = mapped_column(String(UUID_LEN))
    loser_value: Mapped[str | None] = mapped_column(Text)
    loser_hlc: Mapped[int] = mapped_column(BigInteger)
    loser_device: Mapped[str] = mapped_column(String(UUID_LEN))
    reason: Mapped[str] = mapped_column(String(20))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Setting(Synced, Base):
    """A setting that syncs, such as the suitability weights: ``value`` is JSON.

    Its id derives from scope and key, so two devices that set the same setting converge. A
    company's setting overrides its partner's, which overrides the built-in default.
    """

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60))
    value: Mapped[Any] = mapped_column(JSON)


# --- the partner's pool (scope: the partner id) and its use in companies (scope: the company) ------


class Skill(Synced, Base):
    """A skill of the partner's catalogue. Its id derives from partner and normalised name, so the
    same skill typed on two devices is one row. ``expert`` skills need a supervisor (指導役) when the
    operator does not master them."""

    __tablename__ = "skill"

    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    expert: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")


class Worker(Synced, Base):
    """A person of the partner's pool: local resident, urban side-job specialist (関係人口) or company
    staff. Lives only in the partner's scope; a company sees a :class:`WorkerCard`, never this row.

    ``time_windows`` is one JSON cell (a weekly pattern such as
    ``[{"days": [0, 1, 2, 3, 4], "start": "10:00", "end": "15:00"}]``): the windows are edited
    together as one schedule. Contact details and private constraints may only be held with the
    worker's consent (``consent_on``, an ISO date)."""

    __tablename__ = "worker"

    partner_id: Mapped[str] = mapped_column(ForeignKey("partner.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    name_kana: Mapped[str] = mapped_column(String(100), default="", server_default="")
    kind: Mapped[str] = mapped_column(String(20), default="local", server_default="local")
    municipality: Mapped[str] = mapped_column(String(100), default="", server_default="")
    hours_per_week: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    time_windows: Mapped[Any] = mapped_column(JSON, default=lambda: [])
    onsite_days_per_month: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    hourly_rate_yen: Mapped[int | None] = mapped_column(Integer, default=None)
    clearance: Mapped[str] = mapped_column(String(20), default="internal", server_default="internal")
    phone: Mapped[str] = mapped_column(String(40), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    consent_on: Mapped[str] = mapped_column(String(10), default="", server_default="")
    private_constraints: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(String(20), default="active", server_default="active")
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class WorkerSkill(Synced, Base):
    """A worker's skill with a level (1 学習中, 2 実務可, 3 指導可); id from worker + skill."""

    __tablename__ = "worker_skill"

    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    skill_id: Mapped[str] = mapped_column(ForeignKey("skill.id"), index=True)
    level: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class TrainingStage(Synced, Base):
    """A stage of a trainee's pipeline (講座 → OJT → 小規模案件 → 定期案件); id from worker + stage.

    ``period`` is one cell, ``"2026-04-01/2026-05-15"`` (ISO 8601 interval; the end may be empty),
    because its start and end change together."""

    __tablename__ = "training_stage"

    worker_id: Mapped[str] = mapped_column(ForeignKey("worker.id"), index=True)
    stage: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(21))


class WorkerCard(Synced, Base):
    """The slice of a worker a company may see (name, kind, skills summary, agreed contact); made
    when the worker is assigned to one of its tasks. Id from company + worker."""

    __tablename__ = "worker_card"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    # No foreign key: the worker row lives in the partner's pool, which a company never receives.
    worker_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(20), default="local", server_default="local")
    skills_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    contact: Mapped[str] = mapped_column(String(200), default="", server_default="")


class Assignment(Synced, Base):
    """A worker assigned to a task as operator or supervisor; id from task + worker + role, so two
    offline devices assigning the same person converge. ``period`` is one cell like a training
    stage's; ``code`` is the short code printed on the task sheet (derived from the id)."""

    __tablename__ = "assignment"

    task_id: Mapped[str] = mapped_column(ForeignKey("task.id"), index=True)
    worker_id: Mapped[str] = mapped_column(String(UUID_LEN), index=True)
    role: Mapped[str] = mapped_column(String(20), default="operator", server_default="operator")
    period: Mapped[str] = mapped_column(String(21))
    rate_yen: Mapped[int] = mapped_column(Integer)
    planned_hours: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    status: Mapped[str] = mapped_column(String(20), default="active", server_default="active")
    code: Mapped[str] = mapped_column(String(10), index=True)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class TimeEntry(Synced, Base):
    """Minutes worked on one day for an assignment. Insert-only: a correction is a new row whose
    ``corrects_id`` names the entry it replaces (a void is a correction of 0 minutes)."""

    __tablename__ = "time_entry"

    assignment_id: Mapped[str] = mapped_column(ForeignKey("assignment.id"))
    work_date: Mapped[str] = mapped_column(String(10))
    minutes: Mapped[int] = mapped_column(Integer)
    corrects_id: Mapped[str | None] = mapped_column(String(UUID_LEN), default=None)
    source: Mapped[str] = mapped_column(String(20), default="app", server_default="app")
    entered_at_ms: Mapped[int] = mapped_column(BigInteger)
    note: Mapped[str] = mapped_column(Text, default="", server_default="")

    __table_args__ = (Index("ix_time_entry_assignment_date", "assignment_id", "work_date"),)


# --- local sync bookkeeping (never synced itself) -------------------------------------------------


class SyncDevice(Base):
    """This database's device identity (one row)."""

    __tablename__ = "sync_device"

    device_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    created_ms: Mapped[int] = mapped_column(BigInteger)


class OutboxChange(Base):
    """A locally made cell change waiting to be pushed. ``device_seq`` orders them."""

    __tablename__ = "sync_outbox"

    device_seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(UUID_LEN), unique=True)
    tbl: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(UUID_LEN))
    scope_id: Mapped[str] = mapped_column(String(UUID_LEN))
    col: Mapped[str] = mapped_column(String(60))
    value: Mapped[str | None] = mapped_column(Text)
    hlc: Mapped[int] = mapped_column(BigInteger)
    base_hlc: Mapped[int | None] = mapped_column(BigInteger)
    schema_version: Mapped[int] = mapped_column(Integer)

    # AUTOINCREMENT: a device_seq is never reused, even after acknowledged rows are deleted.
    __table_args__ = (Index("ix_sync_outbox_cell", "tbl", "row_id", "col"), {"sqlite_autoincrement": True})


class CellClock(Base):
    """The stamp of the current value of every synced cell (local or merged)."""

    __tablename__ = "sync_cell"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    col: Mapped[str] = mapped_column(String(60), primary_key=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(UUID_LEN))
    # The change that wrote the current value (so a conflict's id can derive from the losing change)
    # and the stamp it was made on (so that change's late-arriving ancestor is not taken for a rival).
    change_id: Mapped[str | None] = mapped_column(String(UUID_LEN))
    base_hlc: Mapped[int | None] = mapped_column(BigInteger)


class SyncState(Base):
    """Where this database syncs to and how far it got (one row, id 1). The token is never here:
    it lives in the OS credential store."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    server_url: Mapped[str | None] = mapped_column(String(500))
    cursor: Mapped[str] = mapped_column(Text, default="", server_default="")
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # Highest device_seq ever sent: outbox rows up to it may be known to the server already, so
    # compaction leaves them alone.
    sent_seq: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    last_sync_ms: Mapped[int | None] = mapped_column(BigInteger)
    clock_warning_ms: Mapped[int | None] = mapped_column(BigInteger)
    blocked: Mapped[str | None] = mapped_column(String(40))
    scopes: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class StashedCell(Base):
    """A pulled cell that cannot be applied yet (its row lacks required cells or a parent row) or
    whose column this version does not know; kept, never dropped."""

    __tablename__ = "sync_stash"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(UUID_LEN), primary_key=True)
    col: Mapped[str] = mapped_column(String(60), primary_key=True)
    scope_id: Mapped[str] = mapped_column(String(UUID_LEN))
    value: Mapped[str] = mapped_column(Text)
    hlc: Mapped[int] = mapped_column(BigInteger)
    device_id: Mapped[str] = mapped_column(String(UUID_LEN))
    change_id: Mapped[str | None] = mapped_column(String(UUID_LEN))


SYNCED_MODELS: tuple[type[Synced], ...] = (
    Partner, Company, Department, Task, TaskStep, Conflict, Setting,
    Skill, Worker, WorkerSkill, TrainingStage, WorkerCard, Assignment, TimeEntry,
)  # fmt: skip
