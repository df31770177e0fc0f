"""Outsourcing suitability (テレワーク・BPO向き度): an explainable score 0-100 for one task.

The score is additive so that it can be explained line by line: a fixed ``base`` plus one signed
whole number of points per factor (and a "clamp" line when the total would leave 0..100), so
``base + sum(points) == score`` always holds. On top of the score come knockouts (e.g. the task
must be done on site), which keep a task in-house whatever its points, and prerequisites (what must
happen first, e.g. 紙の電子化), which make a task "conditional". The shape follows an additive
score with knockout items (see docs/suitability.md for every factor and its sources).

Core returns codes; the GUI turns them into words (desktop/gui/suitability_text.py).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from desktop.core import inventory
from desktop.core.inventory import Frequency
from desktop.core.services.tasks import TaskFields

CATEGORIES = ("suitable", "conditional", "internal", "incomplete", "eliminate", "discontinued")
"""Computed categories: テレワーク・BPO向き, 条件付き, 社内で継続, 未入力, 廃止予定, 廃止済み."""
CANDIDATE_CATEGORIES = ("suitable", "conditional")
"""Categories whose tasks are outsourcing candidates."""
OVERRIDE_CATEGORIES = inventory.SUITABILITY_CATEGORIES
"""Categories an owner may choose instead of the computed one."""
PREREQUISITES = ("digitise", "write_procedure", "split_task", "share_knowledge", "anonymise")
"""What must happen first, in the order it is best done."""
KNOCKOUTS = ("onsite_required", "realtime", "confidential_personal")
"""Reasons that keep a task in-house whatever its points."""

# Each factor's effect as a fraction of its weight (its maximum effect), per coded value.
_ONSITE = {"none": 0.0, "sometimes": -0.5, "required": -1.0}
_CONFIDENTIALITY = {"public": 0.0, "internal": -1 / 3, "confidential": -1.0}
_MEDIUM = {"digital": 0.0, "mixed": -1 / 3, "paper": -1.0}
_DOCUMENTED = {"none": 0.0, "partial": 1 / 3, "full": 1.0}
_DEADLINE = {"flexible": 0.0, "days": 0.0, "same_day": -0.5, "realtime": -1.0}
_SEASONALITY = {"none": 0.0, "month_end": 0.5, "seasonal": 1.0, "irregular": 0.25}
_CODED = {
    "onsite": _ONSITE,
    "confidentiality": _CONFIDENTIALITY,
    "medium": _MEDIUM,
    "documented": _DOCUMENTED,
    "deadline": _DEADLINE,
    "seasonality": _SEASONALITY,
}
_FREQUENT_PER_MONTH = 4.0  # weekly or more often: a routine an outside worker keeps in practice
# What each prerequisite changes once it is done: the "potential" score re-scores the task so.
_FIXES: dict[str, dict[str, Any]] = {
    "digitise": {"medium": "digital"},
    "write_procedure": {"documented": "full"},
    "split_task": {"onsite": "none"},
    "share_knowledge": {"single_person": False},
    "anonymise": {"personal_data": False},
}


@dataclass(frozen=True)
class Weights:
    """How much each factor can move the score at most, in points, plus the category thresholds.

    A partner tunes these for its region (company setting over partner setting over these
    defaults, see :mod:`desktop.core.services.suitability`). All values are >= 0.
    """

    base: float = 50.0
    onsite: float = 30.0
    confidentiality: float = 15.0
    personal_data: float = 10.0
    medium: float = 15.0
    knowledge: float = 15.0
    volume: float = 20.0
    repetition: float = 10.0
    documented: float = 15.0
    deadline: float = 10.0
    seasonality: float = 10.0
    volume_half_hours: float = 8.0
    """Not points: the monthly hours at which the volume factor gives half its weight."""
    suitable_from: float = 60.0
    """Not points: the score from which a task without prerequisites is "suitable"."""
    internal_below: float = 40.0
    """Not points: below this score (or potential score) a task stays in-house."""

    def to_json(self) -> dict[str, float]:
        """The weights as a JSON object (the value of the ``suitability_weights`` setting)."""
        return {k: float(v) for k, v in asdict(self).items()}

    def merged(self, value: object) -> Weights:
        """These weights with the valid entries of a JSON object laid over them.

        Unknown keys are ignored; a bad value (not a number, negative, out of range) keeps this
        object's value for that key; thresholds that would cross keep both of this object's.
        """
        if not isinstance(value, Mapping):
            return self
        changes = {
            f.name: float(value[f.name])
            for f in fields(self)
            if f.name in value and weight_error(f.name, value[f.name]) is None
        }
        merged = replace(self, **changes)
        if merged.internal_below > merged.suitable_from:
            merged = replace(merged, internal_below=self.internal_below, suitable_from=self.suitable_from)
        return merged


DEFAULT_WEIGHTS = Weights()
WEIGHT_NAMES = tuple(f.name for f in fields(Weights))


def weight_error(name: str, value: object) -> str | None:
    """Why ``value`` cannot be the weight ``name`` ("invalid" or "out_of_range"), or None."""
    if name not in WEIGHT_NAMES or isinstance(value, bool) or not isinstance(value, int | float):
        return "invalid"
    number = float(value)
    if not math.isfinite(number):
        return "invalid"
    if name == "volume_half_hours":
        return None if 0 < number <= 1000 else "out_of_range"
    return None if 0 <= number <= 100 else "out_of_range"


@dataclass(frozen=True)
class Factor:
    """One line of the explanation: ``points`` (a signed whole number) and why, as a code + params."""

    code: str
    points: float
    reason_code: str
    params: Mapping[str, float | str]


@dataclass(frozen=True)
class Suitability:
    """A task's score with its explanation. ``base + sum(f.points for f in factors) == score``.

    ``missing`` names the fields that must be filled before the score means anything (category
    "incomplete"); ``potential`` is the score once every prerequisite is done (None without any).
    """

    score: int
    base: int
    category: str
    factors: tuple[Factor, ...]
    prerequisites: tuple[str, ...]
    knockouts: tuple[str, ...]
    missing: tuple[str, ...] = ()
    potential: int | None = None


@dataclass(frozen=True)
class EffectiveCategory:
    """The category that counts: the owner's override when set, else the computed one."""

    category: str
    computed: str
    override_reason: str | None = None

    @property
    def overridden(self) -> bool:
        return self.override_reason is not None


def _whole(value: float) -> float:
    """Round half away from zero, so +x and -x round alike (and monotonically); never -0.0."""
    return float(math.copysign(math.floor(abs(value) + 0.5), value)) + 0.0


def _frequency(task: TaskFields) -> Frequency | None:
    try:
        frequency = Frequency.parse(task.frequency)
    except ValueError:
        return None
    return frequency if frequency.error(task.minutes_per_occurrence) is None else None


def missing_fields(task: TaskFields) -> tuple[str, ...]:
    """Fields without a usable value: the task is a draft and is flagged, never scored silently."""
    missing = []
    if not 1 <= task.minutes_per_occurrence <= inventory.MAX_MINUTES:
        missing.append("minutes_per_occurrence")
    elif _frequency(task) is None:
        missing.append("frequency")
    missing += [name for name, table in _CODED.items() if getattr(task, name) not in table]
    return tuple(missing)


def _factors(task: TaskFields, w: Weights, missing: tuple[str, ...]) -> list[Factor]:
    """The factor lines before clamping; a factor whose field is missing is left out."""
    out: list[Factor] = []

    def add(code: str, weight: float, fraction: float, reason: str, **params: float | str) -> None:
        out.append(Factor(code, _whole(weight * fraction), reason, params))

    for name in ("onsite", "confidentiality", "medium"):
        value = str(getattr(task, name))
        if name not in missing:
            add(name, getattr(w, name), _CODED[name][value], f"{name}_{value}")
    if task.personal_data:
        add("personal_data", w.personal_data, -1.0, "personal_data_yes")
    else:
        add("personal_data", w.personal_data, 0.0, "personal_data_no")
    if not task.single_person:
        add("knowledge", w.knowledge, 0.0, "knowledge_shared")
    elif task.documented in ("none", "partial"):
        fraction = -1.0 if task.documented == "none" else -0.5
        add("knowledge", w.knowledge, fraction, f"knowledge_single_{task.documented}")
    else:
        add("knowledge", w.knowledge, 0.0, "knowledge_single_full")
    frequency = None if "minutes_per_occurrence" in missing else _frequency(task)
    if frequency is not None:
        hours = inventory.monthly_hours(frequency, task.minutes_per_occurrence)
        add("volume", w.volume, hours / (hours + w.volume_half_hours), "volume", hours=round(hours, 1))
        per_month = frequency.per_month
        if per_month >= _FREQUENT_PER_MONTH:
            add("repetition", w.repetition, 1.0, "repetition_frequent", per_month=round(per_month, 1))
        elif per_month >= 1:
            add("repetition", w.repetition, 0.5, "repetition_monthly", per_month=round(per_month, 1))
        else:
            add("repetition", w.repetition, -0.5, "repetition_rare", per_month=round(per_month, 2))
    for name in ("documented", "deadline", "seasonality"):
        value = str(getattr(task, name))
        if name not in missing:
            add(name, getattr(w, name), _CODED[name][value], f"{name}_{value}")
    return out


def _clamped(base: int, factors: list[Factor]) -> tuple[int, tuple[Factor, ...]]:
    """The score in 0..100 and the factors, with a "clamp" line added when clamping changed it."""
    raw = base + int(sum(f.points for f in factors))
    score = min(max(raw, 0), 100)
    if score != raw:
        reason = "clamp_high" if raw > score else "clamp_low"
        factors = [*factors, Factor("clamp", float(score - raw), reason, {"raw": raw})]
    return score, tuple(factors)


def _knockouts(task: TaskFields) -> tuple[str, ...]:
    found = []
    if task.onsite == "required":
        found.append("onsite_required")
    if task.deadline == "realtime":
        found.append("realtime")
    if task.confidentiality == "confidential" and task.personal_data:
        found.append("confidential_personal")
    return tuple(found)


def _prerequisites(task: TaskFields) -> tuple[str, ...]:
    needed = {
        "digitise": task.medium == "paper",
        "write_procedure": task.documented == "none",
        "split_task": task.onsite == "sometimes",
        "share_knowledge": task.single_person and task.documented != "full",
        "anonymise": task.personal_data,
    }
    return tuple(code for code in PREREQUISITES if needed[code])


def _raw_score(task: TaskFields, weights: Weights) -> tuple[int, int, tuple[Factor, ...], tuple[str, ...]]:
    missing = missing_fields(task)
    base = int(_whole(weights.base))
    score, factors = _clamped(base, _factors(task, weights, missing))
    return base, score, factors, missing


def score(task: TaskFields, weights: Weights = DEFAULT_WEIGHTS) -> Suitability:
    """Score ``task`` for telework/BPO: points, category, prerequisites and knockouts (pure)."""
    base, points, factors, missing = _raw_score(task, weights)
    knockouts = _knockouts(task)
    prerequisites = _prerequisites(task)
    potential = None
    if prerequisites:
        fixed = replace(task, **{k: v for code in prerequisites for k, v in _FIXES[code].items()})
        potential = _raw_score(fixed, weights)[1]
    if task.status == "discontinued":
        category = "discontinued"
    elif task.ecrs_decision == "eliminate":
        category = "eliminate"
    elif missing:
        category = "incomplete"
    elif knockouts:
        category = "internal"
    elif potential is not None:
        category = "conditional" if potential >= weights.internal_below else "internal"
    elif points >= weights.suitable_from:
        category = "suitable"
    else:
        category = "conditional" if points >= weights.internal_below else "internal"
    return Suitability(points, base, category, factors, prerequisites, knockouts, missing, potential)


def effective_category(task: TaskFields, suitability: Suitability) -> EffectiveCategory:
    """The owner's override (with its reason) when one is set, else the computed category.

    A task to be eliminated (ECRS) or already discontinued stays so: it is no candidate either way.
    An override with an unknown category (e.g. from a newer peer) is ignored.
    """
    computed = suitability.category
    override = task.suitability_override
    if computed in ("eliminate", "discontinued") or not isinstance(override, Mapping):
        return EffectiveCategory(computed, computed)
    category = override.get("category")
    if category not in OVERRIDE_CATEGORIES:
        return EffectiveCategory(computed, computed)
    return EffectiveCategory(str(category), computed, str(override.get("reason", "")).strip())


# --- the category alone (fast path) ----------------------------------------------------------------

CATEGORY_FIELDS = (
    "frequency",
    "minutes_per_occurrence",
    "medium",
    "onsite",
    "confidentiality",
    "personal_data",
    "single_person",
    "documented",
    "seasonality",
    "deadline",
    "ecrs_decision",
    "status",
    "suitability_override",
)
"""The task fields a task's effective category depends on, in :class:`CategoryScorer`'s order."""


@functools.lru_cache(maxsize=4096)
def _volume_and_rate(frequency: str, minutes: int) -> tuple[float, float] | None:
    """(hours a month, occurrences a month), or None when frequency and minutes are not usable
    together (as :func:`_frequency`); only called with minutes in range."""
    try:
        parsed = Frequency.parse(frequency)
    except ValueError:
        return None
    if parsed.error(minutes) is not None:
        return None
    return inventory.monthly_hours(parsed, minutes), parsed.per_month


class CategoryScorer:
    """``effective_category(task, score(task, weights)).category`` without the explanation.

    The dashboard needs only the category of every task; building each score's factor lines is
    most of :func:`score`'s time. This computes the same points with the same arithmetic (each
    factor ``_whole(weight * fraction)``, summed in the same order), but only what the category
    needs: no factor objects, and the "potential" score only when prerequisites decide. The tables
    of points per coded value are computed once per weights. ``tests/core/test_suitability.py``
    checks it against :func:`score` over many tasks and weights.
    """

    def __init__(self, weights: Weights = DEFAULT_WEIGHTS) -> None:
        w = self.weights = weights
        self._base = int(_whole(w.base))
        self._coded = {
            name: {value: _whole(getattr(w, name) * fraction) for value, fraction in table.items()}
            for name, table in _CODED.items()
        }
        self._personal = {True: _whole(w.personal_data * -1.0), False: _whole(w.personal_data * 0.0)}
        self._knowledge_shared = _whole(w.knowledge * 0.0)
        self._knowledge_single = {
            "none": _whole(w.knowledge * -1.0),
            "partial": _whole(w.knowledge * -0.5),
            "full": _whole(w.knowledge * 0.0),
        }
        self._repetition = (
            _whole(w.repetition * 1.0),
            _whole(w.repetition * 0.5),
            _whole(w.repetition * -0.5),
        )

    def _points(
        self,
        hours: float,
        per_month: float,
        medium: str,
        onsite: str,
        confidentiality: str,
        personal_data: object,
        single_person: object,
        documented: str,
        seasonality: str,
        deadline: str,
    ) -> int:
        """The clamped score of a task without missing fields (as :func:`_raw_score`)."""
        w, coded = self.weights, self._coded
        knowledge = self._knowledge_single[documented] if single_person else self._knowledge_shared
        if per_month >= _FREQUENT_PER_MONTH:
            repetition = self._repetition[0]
        elif per_month >= 1:
            repetition = self._repetition[1]
        else:
            repetition = self._repetition[2]
        points = (
            coded["onsite"][onsite],
            coded["confidentiality"][confidentiality],
            coded["medium"][medium],
            self._personal[bool(personal_data)],
            knowledge,
            _whole(w.volume * (hours / (hours + w.volume_half_hours))),
            repetition,
            coded["documented"][documented],
            coded["deadline"][deadline],
            coded["seasonality"][seasonality],
        )
        raw = self._base + int(sum(points))
        return min(max(raw, 0), 100)

    def __call__(
        self,
        frequency: str,
        minutes_per_occurrence: int,
        medium: str,
        onsite: str,
        confidentiality: str,
        personal_data: object,
        single_person: object,
        documented: str,
        seasonality: str,
        deadline: str,
        ecrs_decision: str,
        status: str,
        suitability_override: object,
    ) -> str:
        """The effective category of a task with these fields (:data:`CATEGORY_FIELDS`)."""
        if status == "discontinued":
            return "discontinued"
        if ecrs_decision == "eliminate":
            return "eliminate"
        if suitability_override is not None and isinstance(suitability_override, Mapping):
            chosen = suitability_override.get("category")
            if chosen in OVERRIDE_CATEGORIES:
                return str(chosen)
        if not 1 <= minutes_per_occurrence <= inventory.MAX_MINUTES:
            return "incomplete"
        volume = _volume_and_rate(frequency, minutes_per_occurrence)
        coded = self._coded
        if (
            volume is None
            or onsite not in coded["onsite"]
            or confidentiality not in coded["confidentiality"]
            or medium not in coded["medium"]
            or documented not in coded["documented"]
            or deadline not in coded["deadline"]
            or seasonality not in coded["seasonality"]
        ):
            return "incomplete"
        if (
            onsite == "required"
            or deadline == "realtime"
            or (confidentiality == "confidential" and personal_data)
        ):
            return "internal"
        hours, per_month = volume
        w = self.weights
        sharing = bool(single_person) and documented != "full"
        if medium == "paper" or documented == "none" or onsite == "sometimes" or sharing or personal_data:
            # Prerequisites: the category follows the score once they are all done (_FIXES).
            potential = self._points(
                hours,
                per_month,
                "digital" if medium == "paper" else medium,
                "none" if onsite == "sometimes" else onsite,
                confidentiality,
                False if personal_data else personal_data,
                False if sharing else single_person,
                "full" if documented == "none" else documented,
                seasonality,
                deadline,
            )
            return "conditional" if potential >= w.internal_below else "internal"
        points = self._points(
            hours, per_month, medium, onsite, confidentiality, personal_data, single_person,
            documented, seasonality, deadline,
        )  # fmt: skip
        if points >= w.suitable_from:
            return "suitable"
        return "conditional" if points >= w.internal_below else "internal"


def category(task: TaskFields, weights: Weights = DEFAULT_WEIGHTS) -> str:
    """The effective category of ``task`` (the same as ``effective_category(task, score(task,
    weights)).category``), computed without the explanation: for lists of many tasks."""
    return CategoryScorer(weights)(*(getattr(task, name) for name in CATEGORY_FIELDS))
