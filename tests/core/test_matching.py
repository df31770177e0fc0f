"""Matching workers to a task: ranking, explanations, knockouts, team proposals, speed.

The pool is written here with plain ORM rows (the workers service is not needed to test matching);
:class:`Pool` is shared with the assignment and GUI tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import event

from desktop.core import matching, workforce
from desktop.core.db import Database
from desktop.core.errors import NotFound
from desktop.core.ids import derived_id
from desktop.core.matching import MatchResult, SkillInfo, TaskNeeds, WorkerFacts
from desktop.core.models import Partner, Skill, TrainingStage, Worker, WorkerSkill
from desktop.core.services.assignments import assign
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.matching import MatchReport, match_task
from desktop.core.services.tasks import TaskFields, create_task, set_task_deleted
from desktop.core.workforce import Period, TimeWindow

TODAY = date(2026, 4, 6)  # a Monday
WEEKDAYS_10_15 = [{"days": [0, 1, 2, 3, 4], "start": "10:00", "end": "15:00"}]


@dataclass
class Pool:
    """A partner with a company in 静岡県川根本町 and helpers to add skills, workers and tasks."""

    db: Database
    partner_id: str
    company_id: str
    skills: dict[str, str] = field(default_factory=dict)

    @classmethod
    def create(cls, db: Database, partner_id: str = "00000000-0000-4000-8000-00000000aa01") -> Pool:
        with db.write() as session:
            session.add(Partner(id=partner_id, scope_id=partner_id, name="川根テレワーク"))
        company = create_company(
            db,
            CompanyData(name="山里茶園", partner_id=partner_id, prefecture="静岡県", municipality="川根本町"),
        )
        return cls(db, partner_id, company.id)

    def skill(self, name: str, expert: bool = False) -> str:
        skill_id = workforce.skill_id(self.partner_id, name)
        with self.db.write() as session:
            session.add(
                Skill(
                    id=skill_id,
                    scope_id=self.partner_id,
                    partner_id=self.partner_id,
                    name=name,
                    expert=expert,
                )
            )
        self.skills[workforce.skill_key(name)] = skill_id
        return skill_id

    def worker(
        self,
        name: str,
        kind: str = "local",
        municipality: str = "川根本町",
        skills: dict[str, int] | None = None,
        hours_per_week: int = 20,
        windows: list[dict[str, Any]] | None = None,
        onsite_days: int = 0,
        clearance: str = "internal",
        stages: dict[str, str] | None = None,
        rate: int | None = 1200,
        status: str = "active",
        **extra: Any,
    ) -> str:
        worker_id = derived_id("test-worker", self.partner_id, name)
        with self.db.write() as session:
            session.add(
                Worker(
                    id=worker_id,
                    scope_id=self.partner_id,
                    partner_id=self.partner_id,
                    name=name,
                    kind=kind,
                    municipality=municipality,
                    hours_per_week=hours_per_week,
                    time_windows=windows if windows is not None else WEEKDAYS_10_15,
                    onsite_days_per_month=onsite_days,
                    hourly_rate_yen=rate,
                    clearance=clearance,
                    status=status,
                    **extra,
                )
            )
            session.flush()
            for skill_name, level in (skills or {}).items():
                skill_id = self.skills[workforce.skill_key(skill_name)]
                session.add(
                    WorkerSkill(
                        id=workforce.worker_skill_id(worker_id, skill_id),
                        scope_id=self.partner_id,
                        worker_id=worker_id,
                        skill_id=skill_id,
                        level=level,
                    )
                )
            for stage, period in (stages or {}).items():
                session.add(
                    TrainingStage(
                        id=workforce.training_stage_id(worker_id, stage),
                        scope_id=self.partner_id,
                        worker_id=worker_id,
                        stage=stage,
                        period=period,
                    )
                )
        return worker_id

    def task(self, name: str = "月次の記帳", company_id: str | None = None, **fields: Any) -> str:
        values: dict[str, Any] = {"frequency": "1/week", "minutes_per_occurrence": 120, **fields}
        return create_task(self.db, company_id or self.company_id, TaskFields(name=name, **values)).id


REGULAR = {"course": "2025-10-01/2025-11-30", "ojt": "2025-12-01/2026-01-31", "regular": "2026-02-01/"}


@pytest.fixture
def pool(db: Database) -> Pool:
    pool = Pool.create(db)
    pool.skill("Excel")
    pool.skill("簿記", expert=True)
    pool.skill("Googleスプレッドシート")
    return pool


def by_name(report: MatchReport) -> dict[str, MatchResult]:
    return {r.worker.name: r for r in report.results}


def adds_up(result: MatchResult) -> bool:
    return result.base + sum(f.points for f in result.factors) == result.score and 0 <= result.score <= 100


# --- the task side, pure ------------------------------------------------------------------------------


def test_skills_text_is_split_on_japanese_and_ascii_separators() -> None:
    text = "Excel、簿記，電話対応/データ入力・ネットショップ\n請求書  作成"
    assert matching.split_skills(text) == [
        "Excel",
        "簿記",
        "電話対応",
        "データ入力",
        "ネットショップ",
        "請求書  作成",
    ]
    catalogue = {
        workforce.skill_key(n): SkillInfo(workforce.skill_key(n), n, n == "簿記")
        for n in ("Excel", "簿記", "Google スプレッドシート")
    }
    required, unknown = matching.required_skills(
        "ｅｘｃｅｌ 簿記、google スプレッドシート、excel、丁寧さ", catalogue
    )
    assert [s.name for s in required] == ["Excel", "簿記", "Google スプレッドシート"]  # once each, in order
    assert [s.expert for s in required] == [False, True, False]
    assert unknown == ("丁寧さ",)


def test_places_with_or_without_the_prefecture() -> None:
    assert matching.place_of("川根本町", "静岡県", "川根本町") == "same_municipality"
    assert matching.place_of("静岡県 川根本町", "静岡", "川根本町") == "same_municipality"
    assert matching.place_of("静岡県島田市", "静岡県", "川根本町") == "same_prefecture"
    assert matching.place_of("東京都世田谷区", "静岡県", "川根本町") == "elsewhere"
    assert matching.place_of("", "静岡県", "川根本町") == "unknown"
    assert matching.place_of("北海道札幌市北区", "東京都", "北区") == "elsewhere"


def test_current_stage_is_the_furthest_started_one() -> None:
    assert matching.current_stage([], TODAY) == ""
    assert matching.current_stage([("course", "2026-05-01/2026-06-15")], TODAY) == "course"  # not started yet
    stages = [("course", "2026-01-05/2026-02-20"), ("ojt", "2026-03-01/"), ("small_job", "2026-05-01/")]
    assert matching.current_stage(stages, TODAY) == "ojt"
    assert matching.current_stage([*stages, ("regular", "garbage")], date(2026, 6, 1)) == "small_job"


def test_default_hours_round_up_and_supervisors_get_a_share() -> None:
    assert matching.default_hours(8.6, "operator") == 9
    assert matching.default_hours(8.0, "operator") == 8
    assert matching.default_hours(8.6, "supervisor") == 2
    assert matching.default_hours(0.5, "supervisor") == 1
    assert matching.default_hours(None, "operator") == 0


# --- ranking and explanations on a small pool --------------------------------------------------------------


def test_local_worker_with_the_skills_beats_an_urban_specialist(pool: Pool) -> None:
    task_id = pool.task(skills="Excel、Googleスプレッドシート")
    pool.worker("田中 花子", skills={"Excel": 2, "Googleスプレッドシート": 2}, stages=REGULAR)
    pool.worker(
        "佐藤 健",
        kind="urban",
        municipality="東京都世田谷区",
        skills={"Excel": 3, "Googleスプレッドシート": 3},
    )
    report = match_task(pool.db, task_id, TODAY)
    assert [r.worker.name for r in report.results] == ["田中 花子", "佐藤 健"]
    local, urban = report.results
    assert local.recommended and local.place == "same_municipality"
    skills = local.factor("skills")
    assert (
        skills is not None and skills.reason_code == "skills_all" and skills.points == matching.SKILLS_WEIGHT
    )
    assert skills.params["covered"] == ("Excel", "Googleスプレッドシート") and skills.params["missing"] == ()
    local_factor = local.factor("local")
    assert local_factor is not None and local_factor.reason_code == "local_same_municipality"
    urban_local = urban.factor("local")
    assert (
        urban_local is not None
        and urban_local.reason_code == "not_local_elsewhere"
        and urban_local.points == 0
    )
    assert all(adds_up(r) for r in report.results)
    assert report.team.status == "not_needed" and report.team.operator is local


def test_missing_and_learning_skills_are_listed_and_cost_points(pool: Pool) -> None:
    task_id = pool.task(skills="Excel、簿記、丁寧な電話応対")
    pool.worker("山本", skills={"Excel": 1})
    result = match_task(pool.db, task_id, TODAY).results[0]
    skills = result.factor("skills")
    assert skills is not None and skills.reason_code == "skills_none"
    assert skills.params["learning"] == ("Excel",) and skills.params["missing"] == ("簿記",)
    assert skills.points < 0
    assert [(s.name, s.status) for s in result.gaps] == [("Excel", "learning"), ("簿記", "missing")]
    assert match_task(pool.db, task_id, TODAY).task.unknown_skills == ("丁寧な電話応対",)


def test_clearance_below_the_task_is_a_knockout_listed_last(pool: Pool) -> None:
    task_id = pool.task(skills="Excel", confidentiality="confidential", personal_data=True)
    pool.worker("高橋（機密可）", skills={"Excel": 2}, clearance="confidential", hours_per_week=2)
    # Better at everything else, but not cleared for confidential work.
    pool.worker("伊藤（社内まで）", skills={"Excel": 3}, clearance="internal", stages=REGULAR, onsite_days=4)
    report = match_task(pool.db, task_id, TODAY)
    first, last = report.results
    assert first.worker.name == "高橋（機密可）" and not first.knockouts
    assert last.worker.name == "伊藤（社内まで）" and last.knockouts == ("clearance",)
    assert not last.recommended
    clearance = last.factor("clearance")
    assert clearance is not None and clearance.reason_code == "clearance_below"
    assert clearance.params == {"clearance": "internal", "needed": "confidential"}
    assert adds_up(last)


def test_hours_shortage_counts_hours_already_planned_elsewhere(pool: Pool) -> None:
    task_id = pool.task(skills="Excel", frequency="1/week", minutes_per_occurrence=240)  # 17.3 h a month
    busy = pool.worker("小林", skills={"Excel": 2}, hours_per_week=10)  # 43.3 h a month at most
    other = pool.task("受注データの入力", skills="Excel")
    assign(pool.db, other, busy, "operator", Period(date(2026, 4, 1)), 1100, 35)
    result = by_name(match_task(pool.db, task_id, TODAY))["小林"]
    hours = result.factor("hours")
    assert hours is not None and hours.reason_code == "hours_short"
    assert hours.params["capacity"] == pytest.approx(43.3) and hours.params["booked"] == 35
    assert hours.params["available"] == pytest.approx(8.3) and hours.params["needed"] == pytest.approx(17.3)
    assert hours.points < 0
    # An ended assignment no longer takes hours.
    ended = match_task(pool.db, other, TODAY)
    assert ended.assigned == {busy: ("operator",)}


def test_windows_are_checked_against_a_same_day_deadline(pool: Pool) -> None:
    task_id = pool.task(skills="Excel", deadline="same_day")
    pool.worker("月水だけ", skills={"Excel": 2}, windows=[{"days": [0, 2], "start": "09:00", "end": "17:00"}])
    pool.worker("平日毎日", skills={"Excel": 2})
    results = by_name(match_task(pool.db, task_id, TODAY))
    some = results["月水だけ"].factor("windows")
    every = results["平日毎日"].factor("windows")
    assert some is not None and some.reason_code == "windows_missing_days"
    assert some.params["missing_days"] == (1, 3, 4) and some.points < 0
    assert every is not None and every.reason_code == "windows_every_weekday" and every.points > 0
    flexible = pool.task("資料の整理", skills="Excel", deadline="flexible")
    for result in match_task(pool.db, flexible, TODAY).results:
        factor = result.factor("windows")
        assert factor is not None and factor.reason_code == "windows_flexible" and factor.points == 0


def test_onsite_work_needs_days_on_site_in_the_same_town(pool: Pool) -> None:
    task_id = pool.task(skills="Excel", onsite="required")
    pool.worker("町内・出社可", skills={"Excel": 2}, onsite_days=4)
    pool.worker("町内・在宅のみ", skills={"Excel": 2}, onsite_days=0)
    pool.worker("県内・出社可", municipality="静岡県島田市", skills={"Excel": 2}, onsite_days=4)
    results = by_name(match_task(pool.db, task_id, TODAY))
    reasons = {name: r.factor("onsite") for name, r in results.items()}
    assert {n: (f.reason_code if f else "") for n, f in reasons.items()} == {
        "町内・出社可": "onsite_local",
        "町内・在宅のみ": "onsite_no_days",
        "県内・出社可": "onsite_near",
    }
    assert list(results) == ["町内・出社可", "県内・出社可", "町内・在宅のみ"]


def test_training_stage_orders_regular_over_small_jobs_over_ojt_and_marks_trainees(pool: Pool) -> None:
    task_id = pool.task(skills="Excel")
    common: dict[str, Any] = {"skills": {"Excel": 2}}
    pool.worker("定期", stages=REGULAR, **common)
    pool.worker("小規模", stages={"course": "2025-10-01/2025-11-30", "small_job": "2026-03-01/"}, **common)
    pool.worker("OJT中", stages={"course": "2026-01-05/2026-02-27", "ojt": "2026-03-02/"}, **common)
    pool.worker("講座中", stages={"course": "2026-03-02/2026-05-29"}, **common)
    pool.worker("休止中", status="paused", **common)
    pool.worker("退会", status="left", **common)
    report = match_task(pool.db, task_id, TODAY)
    assert [r.worker.name for r in report.results] == ["定期", "小規模", "OJT中", "講座中"]
    assert [r.trainee for r in report.results] == [False, False, False, True]
    assert report.excluded == 2
    stage = report.results[-1].factor("stage")
    assert stage is not None and stage.reason_code == "stage_course" and stage.points < 0


def test_team_proposes_the_urban_expert_who_covers_what_the_local_operator_lacks(pool: Pool) -> None:
    task_id = pool.task(skills="Excel、簿記", confidentiality="confidential")
    local = pool.worker(
        "地元の田中", skills={"Excel": 2, "簿記": 2}, clearance="confidential", stages=REGULAR
    )
    pool.worker("地元の鈴木", skills={"Excel": 2}, clearance="confidential")
    # Masters 簿記 but may not see confidential work: never proposed.
    pool.worker(
        "都市の加藤", kind="urban", municipality="東京都港区", skills={"簿記": 3}, clearance="internal"
    )
    expert = pool.worker(
        "都市の佐藤",
        kind="urban",
        municipality="東京都世田谷区",
        skills={"簿記": 3},
        clearance="confidential",
        hours_per_week=4,
    )
    report = match_task(pool.db, task_id, TODAY)
    team = report.team
    assert team.status == "proposed"
    assert team.operator is not None and team.operator.worker.id == local
    assert team.supervisor is not None and team.supervisor.worker.id == expert
    assert team.gaps == ("簿記",) and team.covered == ("簿記",) and team.uncovered == ()
    assert team.operator_hours == 9 and team.supervisor_hours == 2  # 8.7 h a month, and a fifth of it
    operator_skills = team.operator.factor("skills")
    assert operator_skills is not None and operator_skills.params["needs_supervisor"] == ("簿記",)
    assert operator_skills.reason_code == "skills_with_supervisor"


def test_team_says_when_nobody_covers_the_gap(pool: Pool) -> None:
    task_id = pool.task(skills="Excel、簿記")
    pool.worker("地元の田中", skills={"Excel": 2})
    pool.worker("都市の佐藤", kind="urban", municipality="東京都", skills={"Excel": 3, "簿記": 2})
    team = match_task(pool.db, task_id, TODAY).team
    assert team.status == "no_supervisor" and team.supervisor is None
    assert team.operator is not None and team.operator.worker.name == "地元の田中"
    assert team.gaps == team.uncovered == ("簿記",)


def test_team_without_any_local_worker(pool: Pool) -> None:
    task_id = pool.task(skills="簿記")
    pool.worker("都市の佐藤", kind="urban", municipality="東京都", skills={"簿記": 3})
    assert match_task(pool.db, task_id, TODAY).team.status == "no_local"


def test_an_owners_pc_has_no_pool(db: Database) -> None:
    company = create_company(db, CompanyData(name="山里茶園"))
    task = create_task(db, company.id, TaskFields(name="記帳", skills="Excel"))
    report = match_task(db, task.id, TODAY)
    assert not report.has_pool and report.results == () and report.task.unknown_skills == ("Excel",)


def test_a_deleted_task_cannot_be_matched(pool: Pool) -> None:
    task_id = pool.task()
    set_task_deleted(pool.db, task_id, True)
    with pytest.raises(NotFound):
        match_task(pool.db, task_id, TODAY)


def test_a_thousand_workers_in_a_handful_of_queries(pool: Pool) -> None:
    with pool.db.write() as session:
        skill_ids = list(pool.skills.values())
        for n in range(1000):
            worker_id = f"00000000-0000-4000-8000-{n:012d}"
            session.add(
                Worker(
                    id=worker_id,
                    scope_id=pool.partner_id,
                    partner_id=pool.partner_id,
                    name=f"作業者{n}",
                    kind=("local", "urban", "staff")[n % 3],
                    municipality=("川根本町", "静岡県島田市", "東京都港区")[n % 3],
                    hours_per_week=n % 30,
                    time_windows=WEEKDAYS_10_15 if n % 2 else [],
                    clearance=("public", "internal", "confidential")[n % 3],
                )
            )
            session.flush()  # no ORM relationships: the worker row must exist before its skills
            for k, skill_id in enumerate(skill_ids[: n % 4]):
                session.add(
                    WorkerSkill(
                        id=workforce.worker_skill_id(worker_id, skill_id),
                        scope_id=pool.partner_id,
                        worker_id=worker_id,
                        skill_id=skill_id,
                        level=1 + (n + k) % 3,
                    )
                )
            session.add(
                TrainingStage(
                    id=workforce.training_stage_id(worker_id, "course"),
                    scope_id=pool.partner_id,
                    worker_id=worker_id,
                    stage="course",
                    period="2026-01-05/2026-02-27",
                )
            )
    task_id = pool.task(skills="Excel、簿記", deadline="same_day")
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(pool.db.engine, "before_cursor_execute", count)
    try:
        report = match_task(pool.db, task_id, TODAY)
    finally:
        event.remove(pool.db.engine, "before_cursor_execute", count)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(report.results) == 1000
    assert len(selects) <= 8
    assert all(adds_up(r) for r in report.results)
    knocked = [i for i, r in enumerate(report.results) if r.knockouts]
    assert knocked and knocked == list(range(1000 - len(knocked), 1000))  # all at the end


# --- the explanation always adds up ----------------------------------------------------------------------

_codes = st.sampled_from
_skill_infos = st.lists(
    st.builds(SkillInfo, key=st.sampled_from(["a", "b", "c", "d"]), name=st.just("x"), expert=st.booleans()),
    max_size=4,
    unique_by=lambda s: s.key,
)
_windows = st.lists(
    st.builds(
        TimeWindow,
        days=st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True).map(lambda d: tuple(sorted(d))),
        start=st.sampled_from(["08:00", "10:00"]),
        end=st.sampled_from(["12:00", "15:00", "18:00"]),
    ),
    max_size=3,
).map(tuple)
tasks = st.builds(
    TaskNeeds,
    id=st.just("t"),
    name=st.just("task"),
    company_id=st.just("c"),
    company_name=st.just("会社"),
    required=_skill_infos.map(tuple),
    monthly_hours=st.one_of(st.none(), st.floats(0, 400, allow_nan=False)),
    deadline=_codes(["flexible", "days", "same_day", "realtime", "unknown"]),
    onsite=_codes(["none", "sometimes", "required"]),
    confidentiality=_codes(["public", "internal", "confidential"]),
    prefecture=_codes(["静岡県", ""]),
    municipality=_codes(["川根本町", ""]),
)
workers = st.builds(
    WorkerFacts,
    id=st.uuids().map(str),
    name=st.text(max_size=5),
    kind=_codes(["local", "urban", "staff"]),
    municipality=_codes(["川根本町", "静岡県島田市", "東京都港区", ""]),
    hours_per_week=st.integers(0, 80),
    booked_hours=st.floats(0, 500, allow_nan=False),
    windows=_windows,
    onsite_days_per_month=st.integers(0, 20),
    clearance=_codes(["public", "internal", "confidential", "bogus"]),
    stage=_codes(["", "course", "ojt", "small_job", "regular"]),
    skills=st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.integers(1, 3)),
)


@settings(max_examples=300, deadline=None)
@given(tasks, st.lists(workers, max_size=6))
def test_factors_always_add_up_to_the_score(task: TaskNeeds, pool_: list[WorkerFacts]) -> None:
    ranked = matching.rank(task, pool_)
    assert len(ranked) == len(pool_)
    for result in ranked:
        assert adds_up(result)
        assert all(isinstance(f.points, int) for f in result.factors)
        assert bool(result.knockouts) == (result.factor("clearance").reason_code == "clearance_below")  # type: ignore[union-attr]
        assert not (result.knockouts and result.recommended)
    flags = [bool(r.knockouts) for r in ranked]
    assert flags == sorted(flags)  # knocked-out workers come last
    team = matching.propose_team(task, ranked)
    assert team.status in matching.TEAM_STATUSES
    if team.supervisor is not None:
        assert team.operator is not None and team.supervisor.worker.id != team.operator.worker.id
        assert not team.supervisor.knockouts
        assert set(team.covered) | set(team.uncovered) == set(team.gaps)


@settings(max_examples=200, deadline=None)
@given(tasks, workers, st.sampled_from(["a", "b", "c", "d"]))
def test_a_higher_skill_level_never_lowers_the_score(task: TaskNeeds, worker: WorkerFacts, key: str) -> None:
    from dataclasses import replace

    levels = [
        matching.match(task, replace(worker, skills={**worker.skills, key: lvl})).raw for lvl in (0, 1, 2, 3)
    ]
    assert levels == sorted(levels)


def test_skills_named_the_way_people_write_them_are_found_in_the_catalogue() -> None:
    catalogue = {
        workforce.skill_key(n): SkillInfo(workforce.skill_key(n), n, False)
        for n in ("簿記", "年末調整", "社会保険手続き", "Excel")
    }
    required, unknown = matching.required_skills(
        "年末調整の知識、簿記3級程度、社会保険の手続きの知識、卸先ごとの掛率の知識", catalogue
    )
    assert [s.name for s in required] == ["年末調整", "簿記", "社会保険手続き"]
    assert unknown == ("卸先ごとの掛率の知識",)  # shown to the user, never guessed
    # A phrase of several words is looked up word by word, never by what it contains.
    required, _ = matching.required_skills("Excel 簿記", catalogue)
    assert [s.name for s in required] == ["Excel", "簿記"]
