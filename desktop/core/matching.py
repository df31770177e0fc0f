"""Matching workers of the partner's pool to a task (マッチング): an explainable score 0-100 per worker.

Like :mod:`desktop.core.suitability`, the score is additive so it can be explained line by line: a
fixed ``BASE`` plus one signed whole number of points per factor (and a "clamp" line when the total
would leave 0..100), so ``base + sum(points) == score`` always holds. A knockout (clearance below the
task's confidentiality) keeps a worker at the end of the list with the reason, never recommended.

:func:`propose_team` answers the other question of the local telework model: when the best local
worker lacks a skill, or masters an expert skill only at level 2, an experienced worker (usually an
urban side-job specialist, 関係人口) supervises while the local worker operates day to day.

Pure functions on frozen dataclasses, no database: :mod:`desktop.core.services.matching` reads the
rows. Core returns codes and parameters; the GUI puts them into words.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.core import inventory, workforce
from desktop.core.inventory import Frequency
from desktop.core.workforce import Period, TimeWindow

BASE = 30
"""Points every worker starts from."""
RECOMMEND_FROM = 60
"""A worker without knockout scoring at least this is recommended."""
WEEKS_PER_MONTH = 52 / 12
SUPERVISOR_SHARE = 0.2
"""Default planned hours of a supervisor (design, review, questions) as a share of the task's hours."""

SKILL_STATUSES = ("covered", "needs_supervisor", "learning", "missing")
"""How a worker meets one required skill: level 2+ (level 3 for an expert skill), an expert skill at
level 2 (the operator needs a supervisor), level 1 only, not at all."""
_SKILL_CREDIT = {"covered": 1.0, "needs_supervisor": 0.5, "learning": 0.25, "missing": 0.0}
PLACES = ("same_municipality", "same_prefecture", "elsewhere", "unknown")
KNOCKOUTS = ("clearance",)
TEAM_STATUSES = ("not_needed", "proposed", "partial", "no_supervisor", "no_local")
"""The operator covers everything / a supervisor covers every gap / only some gaps / nobody covers
any gap / no local worker can operate (none, or all knocked out)."""

# Maximum effect of each factor in points.
SKILLS_WEIGHT = 30
_HOURS_FULL, _HOURS_NONE = 10, -30  # points with every hour available / none at all (linear between)
_WINDOWS = {
    "windows_flexible": 0,
    "windows_days": 5,
    "windows_unknown_days": 0,
    "windows_unknown_same_day": -5,
    "windows_every_weekday": 10,
}
_WINDOWS_MISSING = {"same_day": -20, "realtime": -30}
_ONSITE = {  # (task onsite, place class) -> points, for a worker with on-site days
    ("sometimes", "local"): 5,
    ("sometimes", "near"): 0,
    ("sometimes", "far"): -5,
    ("required", "local"): 10,
    ("required", "near"): -5,
    ("required", "far"): -15,
}
_ONSITE_NO_DAYS = {"sometimes": -15, "required": -30}
_LOCAL = {  # (is local kind, place) -> points
    (True, "same_municipality"): 15,
    (True, "same_prefecture"): 10,
    (True, "elsewhere"): 5,
    (True, "unknown"): 5,
    (False, "same_municipality"): 5,
    (False, "same_prefecture"): 2,
    (False, "elsewhere"): 0,
    (False, "unknown"): 0,
}
_STAGE = {"course": -15, "ojt": -5, "small_job": 5, "regular": 10, "": 0}
_CLEARANCE_BELOW = -30
_CLEARANCE_RANK = {code: i for i, code in enumerate(inventory.CONFIDENTIALITY)}

_SEPARATORS = re.compile(r"[、,，/／・･;；\n\r\t]+")
_PREFECTURES = (
    "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
    "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
    "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
    "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
    "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県",
)  # fmt: skip


# --- inputs -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkillInfo:
    """A skill of the partner's catalogue: its key (:func:`workforce.skill_key`), name, expert flag."""

    key: str
    name: str
    expert: bool = False


@dataclass(frozen=True)
class TaskNeeds:
    """What a task asks of a worker. ``required`` are the catalogue skills named in its skills text;
    ``unknown_skills`` the words of that text no catalogue skill matches (shown, not scored);
    ``monthly_hours`` is None while the task's minutes or frequency are not filled in."""

    id: str
    name: str
    company_id: str
    company_name: str
    required: tuple[SkillInfo, ...] = ()
    unknown_skills: tuple[str, ...] = ()
    monthly_hours: float | None = None
    deadline: str = "days"
    onsite: str = "none"
    confidentiality: str = "internal"
    personal_data: bool = False
    prefecture: str = ""
    municipality: str = ""


@dataclass(frozen=True)
class WorkerFacts:
    """What matching needs to know about one worker of the pool.

    ``skills`` maps skill keys to levels; ``booked_hours`` is the planned hours a month of the
    worker's live assignments that have not ended (other tasks only); ``stage`` the current training
    stage ("" when the worker is not in the pipeline); ``windows_invalid`` flags a malformed cell."""

    id: str
    name: str
    kind: str = "local"
    municipality: str = ""
    hours_per_week: int = 0
    booked_hours: float = 0.0
    windows: tuple[TimeWindow, ...] = ()
    onsite_days_per_month: int = 0
    clearance: str = "internal"
    stage: str = ""
    skills: Mapping[str, int] = field(default_factory=dict)
    hourly_rate_yen: int | None = None
    status: str = "active"
    name_kana: str = ""


# --- outputs ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Factor:
    """One line of the explanation: ``points`` (a signed whole number) and why, as a code + params."""

    code: str
    points: int
    reason_code: str
    params: Mapping[str, Any]


@dataclass(frozen=True)
class SkillMatch:
    """How a worker meets one required skill (``level`` 0 = does not have it)."""

    name: str
    key: str
    expert: bool
    level: int
    status: str


@dataclass(frozen=True)
class MatchResult:
    """One worker's score for a task with its explanation; ``base + sum(points) == score``.

    ``raw`` is the total before clamping (a tie-breaker between workers at 100). ``trainee`` marks a
    worker still in the course; ``knockouts`` lists why a worker must not do the task."""

    worker: WorkerFacts
    score: int
    base: int
    raw: int
    factors: tuple[Factor, ...]
    knockouts: tuple[str, ...]
    skills: tuple[SkillMatch, ...]
    capacity_hours: float
    available_hours: float
    needed_hours: float | None
    place: str
    trainee: bool
    recommended: bool

    @property
    def gaps(self) -> tuple[SkillMatch, ...]:
        """The required skills this worker does not cover alone."""
        return tuple(s for s in self.skills if s.status != "covered")

    def factor(self, code: str) -> Factor | None:
        return next((f for f in self.factors if f.code == code), None)


@dataclass(frozen=True)
class TeamProposal:
    """An operator (the best local worker) and a supervisor whose level-3 skills cover the operator's
    gaps; ``status`` is one of :data:`TEAM_STATUSES`. ``gaps`` are the skill names the operator
    lacks, ``covered`` those the supervisor masters, ``uncovered`` those nobody masters."""

    status: str
    operator: MatchResult | None = None
    supervisor: MatchResult | None = None
    gaps: tuple[str, ...] = ()
    covered: tuple[str, ...] = ()
    uncovered: tuple[str, ...] = ()
    operator_hours: int = 0
    supervisor_hours: int = 0


# --- the task side ----------------------------------------------------------------------------------


def split_skills(text: str) -> list[str]:
    """The skill names of a task's free ``skills`` text, split on 、,，/・ newlines (and spaces,
    see :func:`required_skills`), stripped, without empty pieces."""
    pieces = _SEPARATORS.split(unicodedata.normalize("NFKC", text))
    return [p.strip() for p in pieces if p.strip()]


# What people add around a skill's name in a task's skills text: "年末調整の知識", "freeeの操作",
# "簿記3級程度" name the skills 年末調整, freee and 簿記.
_SKILL_SUFFIX = re.compile(r"(の?(知識|操作|経験|基本|基礎|スキル|能力)|程度|くらい|ができる|できる)+$")


def _lookup(word: str, catalogue: Mapping[str, SkillInfo]) -> SkillInfo | None:
    """The catalogue skill a word names: exactly, without the usual additions and の, or (for a
    single word) the longest catalogue name of two characters or more that the word contains."""
    key = workforce.skill_key(word)
    if key in catalogue:
        return catalogue[key]
    trimmed = _SKILL_SUFFIX.sub("", key).replace("の", "")
    if trimmed in catalogue:
        return catalogue[trimmed]
    if len(word.split()) > 1:
        return None
    inside = [k for k in catalogue if len(k) >= 2 and (k in key or k in trimmed)]
    return catalogue[max(inside, key=len)] if inside else None


def required_skills(
    text: str, catalogue: Mapping[str, SkillInfo]
) -> tuple[tuple[SkillInfo, ...], tuple[str, ...]]:
    """The catalogue skills a task's skills text names (see :func:`_lookup`), and the words that
    match none. A piece with spaces is first looked up whole ("Google スプレッドシート"), then word
    by word ("Excel 簿記"). Each skill appears once, in the order of the text."""
    found: dict[str, SkillInfo] = {}
    unknown: dict[str, str] = {}
    for piece in split_skills(text):
        whole = _lookup(piece, catalogue)
        if whole is not None:
            found.setdefault(whole.key, whole)
            continue
        for word in piece.split():
            skill = _lookup(word, catalogue)
            if skill is not None:
                found.setdefault(skill.key, skill)
            else:
                unknown.setdefault(workforce.skill_key(word), word)
    return tuple(found.values()), tuple(unknown.values())


def task_monthly_hours(frequency: str, minutes: int) -> float | None:
    """Hours a month of a task, or None while its frequency or minutes are not usable."""
    try:
        parsed = Frequency.parse(frequency)
    except ValueError:
        return None
    if minutes <= 0 or parsed.error(minutes) is not None:
        return None
    return inventory.monthly_hours(parsed, minutes)


def default_hours(monthly_hours: float | None, role: str) -> int:
    """Planned hours a month to propose: the task's hours rounded up for an operator, a share of them
    (at least one hour) for a supervisor; 0 when the task's hours are unknown."""
    if monthly_hours is None or monthly_hours <= 0:
        return 0
    hours = monthly_hours * SUPERVISOR_SHARE if role == "supervisor" else monthly_hours
    return min(max(1, math.ceil(round(hours, 6))), workforce.MAX_PLANNED_HOURS)


# --- the worker side --------------------------------------------------------------------------------


def current_stage(stages: Iterable[tuple[str, str]], today: date) -> str:
    """The training stage a worker is in on ``today`` from (stage, period) pairs: the furthest stage
    of the pipeline that has started; a course that has not started yet still counts as "course".
    "" for a worker without any stage (not in the pipeline). Malformed periods are skipped."""
    started: list[int] = []
    planned: list[int] = []
    for stage, period_text in stages:
        if stage not in workforce.STAGES:
            continue
        try:
            period = Period.parse(period_text)
        except ValueError:
            continue
        (started if period.start <= today else planned).append(workforce.STAGES.index(stage))
    if started:
        return workforce.STAGES[max(started)]
    return workforce.STAGES[min(planned)] if planned else ""


def parse_windows_safely(value: Any) -> tuple[TimeWindow, ...]:
    """A worker's time windows; a malformed cell (from an older or newer peer) counts as none given."""
    try:
        return tuple(workforce.parse_windows(value))
    except ValueError:
        return ()


def _prefecture_base(name: str) -> str:
    name = re.sub(r"\s+", "", unicodedata.normalize("NFKC", name))
    return name[:-1] if len(name) > 2 and name[-1] in "都道府県" else name


def _split_place(text: str) -> tuple[str, str]:
    """(prefecture base, municipality) of a place written with or without its prefecture."""
    text = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))
    for prefecture in _PREFECTURES:
        if text.startswith(prefecture):
            return _prefecture_base(prefecture), text[len(prefecture) :]
    return "", text


def place_of(worker_municipality: str, prefecture: str, municipality: str) -> str:
    """Where a worker lives relative to the company, one of :data:`PLACES`. A worker's municipality
    may carry its prefecture ("静岡県川根本町") or not ("川根本町")."""
    w_pref, w_town = _split_place(worker_municipality)
    c_pref_in_town, c_town = _split_place(municipality)
    c_pref = _prefecture_base(prefecture) if prefecture.strip() else c_pref_in_town
    if not w_town and not w_pref:
        return "unknown"
    if w_town and c_town and w_town == c_town and (not w_pref or not c_pref or w_pref == c_pref):
        return "same_municipality"
    if w_pref and c_pref:
        return "same_prefecture" if w_pref == c_pref else "elsewhere"
    if not c_town and not c_pref:
        return "unknown"
    return "elsewhere" if w_town and c_town else "unknown"


def skill_status(skill: SkillInfo, level: int) -> str:
    if level >= workforce.EXPERT_LEVEL or (level >= workforce.WORKING_LEVEL and not skill.expert):
        return "covered"
    if level >= workforce.WORKING_LEVEL:
        return "needs_supervisor"
    return "learning" if level >= 1 else "missing"


# --- scoring ----------------------------------------------------------------------------------------


def _whole(value: float) -> int:
    """Round half away from zero, so +x and -x round alike."""
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def capacity_hours(worker: WorkerFacts) -> float:
    """Hours a month the worker can work at most: hours a week (capped by the time windows, when
    given) times 52/12."""
    weekly = float(max(worker.hours_per_week, 0))
    if worker.windows:
        weekly = min(weekly, workforce.weekly_window_hours(worker.windows))
    return weekly * WEEKS_PER_MONTH


def _skills_factor(task: TaskNeeds, worker: WorkerFacts) -> tuple[Factor, tuple[SkillMatch, ...]]:
    matches = tuple(
        SkillMatch(s.name, s.key, s.expert, level, skill_status(s, level))
        for s in task.required
        for level in (int(worker.skills.get(s.key, 0)),)
    )
    if not matches:
        return Factor("skills", 0, "skills_none_required", {}), matches

    def names(status: str) -> tuple[str, ...]:
        return tuple(m.name for m in matches if m.status == status)

    credit = sum(_SKILL_CREDIT[m.status] for m in matches) / len(matches)
    covered = names("covered")
    supervised = names("needs_supervisor")
    if len(covered) == len(matches):
        reason = "skills_all"
    elif len(covered) + len(supervised) == len(matches):
        reason = "skills_with_supervisor"  # every skill can be done, the expert ones under supervision
    else:
        reason = "skills_some" if covered or supervised else "skills_none"
    params = {
        "covered": covered,
        "needs_supervisor": supervised,
        "learning": names("learning"),
        "missing": names("missing"),
        "count": len(covered),
        "total": len(matches),
    }
    return Factor("skills", _whole(SKILLS_WEIGHT * (2 * credit - 1)), reason, params), matches


def _hours_factor(task: TaskNeeds, capacity: float, available: float, booked: float) -> Factor:
    params = {
        "capacity": round(capacity, 1),
        "booked": round(booked, 1),
        "available": round(available, 1),
    }
    needed = task.monthly_hours
    if needed is None or needed <= 0:
        return Factor("hours", 0, "hours_task_unknown", params)
    params["needed"] = round(needed, 1)
    ratio = min(available / needed, 1.0)
    points = _whole(_HOURS_NONE + (_HOURS_FULL - _HOURS_NONE) * ratio)
    reason = "hours_enough" if ratio >= 1 else "hours_none" if available <= 0 else "hours_short"
    return Factor("hours", points, reason, params)


def _windows_factor(task: TaskNeeds, worker: WorkerFacts) -> Factor:
    deadline = task.deadline
    windows = worker.windows
    params: dict[str, Any] = {"deadline": deadline}
    if deadline not in ("days", "same_day", "realtime"):
        return Factor("windows", _WINDOWS["windows_flexible"], "windows_flexible", params)
    if not windows:
        code = "windows_unknown_days" if deadline == "days" else "windows_unknown_same_day"
        return Factor("windows", _WINDOWS[code], code, params)
    if deadline == "days":
        return Factor("windows", _WINDOWS["windows_days"], "windows_days", params)
    days = {d for w in windows for d in w.days}
    missing = tuple(d for d in range(5) if d not in days)
    if not missing:
        return Factor("windows", _WINDOWS["windows_every_weekday"], "windows_every_weekday", params)
    params["missing_days"] = missing
    return Factor("windows", _WINDOWS_MISSING[deadline], "windows_missing_days", params)


def _onsite_factor(task: TaskNeeds, worker: WorkerFacts, place: str) -> Factor:
    params: dict[str, Any] = {"onsite": task.onsite, "days": worker.onsite_days_per_month, "place": place}
    if task.onsite not in _ONSITE_NO_DAYS:
        return Factor("onsite", 0, "onsite_not_needed", params)
    if worker.onsite_days_per_month <= 0:
        return Factor("onsite", _ONSITE_NO_DAYS[task.onsite], "onsite_no_days", params)
    where = {"same_municipality": "local", "same_prefecture": "near"}.get(place, "far")
    return Factor("onsite", _ONSITE[(task.onsite, where)], f"onsite_{where}", params)


def _local_factor(worker: WorkerFacts, place: str) -> Factor:
    local = worker.kind == "local"
    reason = f"{'local' if local else 'not_local'}_{place}"
    return Factor("local", _LOCAL[(local, place)], reason, {"kind": worker.kind, "place": place})


def _stage_factor(worker: WorkerFacts) -> Factor:
    stage = worker.stage if worker.stage in _STAGE else ""
    return Factor("stage", _STAGE[stage], f"stage_{stage or 'none'}", {"stage": stage})


def _clearance_ok(task: TaskNeeds, worker: WorkerFacts) -> bool:
    needed = _CLEARANCE_RANK.get(task.confidentiality, len(_CLEARANCE_RANK) - 1)
    return _CLEARANCE_RANK.get(worker.clearance, -1) >= needed


def _clearance_factor(task: TaskNeeds, worker: WorkerFacts) -> Factor:
    params = {"clearance": worker.clearance, "needed": task.confidentiality}
    if _clearance_ok(task, worker):
        return Factor("clearance", 0, "clearance_ok", params)
    return Factor("clearance", _CLEARANCE_BELOW, "clearance_below", params)


def match(task: TaskNeeds, worker: WorkerFacts) -> MatchResult:
    """Score one worker for ``task`` with every factor explained (pure)."""
    place = place_of(worker.municipality, task.prefecture, task.municipality)
    capacity = capacity_hours(worker)
    booked = max(worker.booked_hours, 0.0)
    available = max(capacity - booked, 0.0)
    skills_factor, skills = _skills_factor(task, worker)
    factors = [
        skills_factor,
        _hours_factor(task, capacity, available, booked),
        _windows_factor(task, worker),
        _onsite_factor(task, worker, place),
        _local_factor(worker, place),
        _stage_factor(worker),
        _clearance_factor(task, worker),
    ]
    raw = BASE + sum(f.points for f in factors)
    score = min(max(raw, 0), 100)
    if score != raw:
        factors.append(
            Factor("clamp", score - raw, "clamp_high" if raw > score else "clamp_low", {"raw": raw})
        )
    knockouts = () if _clearance_ok(task, worker) else ("clearance",)
    return MatchResult(
        worker=worker,
        score=score,
        base=BASE,
        raw=raw,
        factors=tuple(factors),
        knockouts=knockouts,
        skills=skills,
        capacity_hours=capacity,
        available_hours=available,
        needed_hours=task.monthly_hours,
        place=place,
        trainee=worker.stage == "course",
        recommended=not knockouts and score >= RECOMMEND_FROM,
    )


def _order(result: MatchResult) -> tuple[Any, ...]:
    return (
        bool(result.knockouts),
        -result.score,
        -result.raw,
        result.worker.kind != "local",
        result.worker.name_kana or result.worker.name,
        result.worker.id,
    )


def rank(task: TaskNeeds, workers: Iterable[WorkerFacts]) -> list[MatchResult]:
    """Every active worker scored, best first; knocked-out workers last (with their reason).
    Paused workers and workers who left are not matched at all."""
    results = [match(task, w) for w in workers if w.status == "active"]
    return sorted(results, key=_order)


def propose_team(task: TaskNeeds, ranked: Sequence[MatchResult]) -> TeamProposal:
    """A team for ``task`` from ``ranked`` (as :func:`rank` returns it): the best local worker as
    operator and, when that worker lacks a skill or masters an expert skill only at level 2, the
    best other worker whose level-3 skills cover those gaps (with the clearance) as supervisor."""
    operator_hours = default_hours(task.monthly_hours, "operator")
    supervisor_hours = default_hours(task.monthly_hours, "supervisor")
    operator = next((r for r in ranked if r.worker.kind == "local" and not r.knockouts), None)
    if operator is None:
        return TeamProposal("no_local", operator_hours=operator_hours, supervisor_hours=supervisor_hours)
    gaps = operator.gaps
    gap_names = tuple(g.name for g in gaps)
    if not gaps:
        return TeamProposal("not_needed", operator, operator_hours=operator_hours)

    def masters(result: MatchResult) -> tuple[str, ...]:
        return tuple(g.name for g in gaps if result.worker.skills.get(g.key, 0) >= workforce.EXPERT_LEVEL)

    candidates = [r for r in ranked if r is not operator and not r.knockouts and masters(r)]
    if not candidates:
        return TeamProposal(
            "no_supervisor",
            operator,
            gaps=gap_names,
            uncovered=gap_names,
            operator_hours=operator_hours,
            supervisor_hours=supervisor_hours,
        )
    supervisor = min(
        candidates,
        key=lambda r: (-len(masters(r)), r.available_hours < supervisor_hours, _order(r)),
    )
    covered = masters(supervisor)
    uncovered = tuple(name for name in gap_names if name not in covered)
    return TeamProposal(
        "partial" if uncovered else "proposed",
        operator,
        supervisor,
        gaps=gap_names,
        covered=covered,
        uncovered=uncovered,
        operator_hours=operator_hours,
        supervisor_hours=supervisor_hours,
    )
