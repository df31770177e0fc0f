"""The category-only scorer (the dashboard's fast path) agrees with the full score everywhere."""

from __future__ import annotations

import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.services.tasks import TaskFields
from desktop.core.suitability import (
    CATEGORY_FIELDS,
    DEFAULT_WEIGHTS,
    WEIGHT_NAMES,
    CategoryScorer,
    Weights,
    category,
    effective_category,
    score,
)


def reference(task: TaskFields, weights: Weights) -> str:
    return effective_category(task, score(task, weights)).category


FREQUENCIES = [
    "1/day",
    "5/week",
    "3/week",
    "1/week",
    "2/month",
    "1/month",
    "4/year",
    "1/year",
    "0/month",
    "x",
    "9/hour",
]
MINUTES = [0, 1, 5, 15, 30, 45, 60, 120, 240, 480, 1440, 6000, 6001]
OVERRIDES = [
    None,
    {"category": "suitable", "reason": "r"},
    {"category": "internal", "reason": ""},
    {"category": "conditional"},
    {"category": "unknown"},
    {"reason": "no category"},
    ["suitable"],
]

coded = {
    "medium": st.sampled_from(["digital", "mixed", "paper", "vellum"]),
    "onsite": st.sampled_from(["none", "sometimes", "required", "?"]),
    "confidentiality": st.sampled_from(["public", "internal", "confidential", ""]),
    "documented": st.sampled_from(["none", "partial", "full", "half"]),
    "seasonality": st.sampled_from(["none", "month_end", "seasonal", "irregular", "often"]),
    "deadline": st.sampled_from(["flexible", "days", "same_day", "realtime", "asap"]),
}
tasks = st.builds(
    TaskFields,
    name=st.just("t"),
    frequency=st.one_of(st.sampled_from(FREQUENCIES), st.from_regex(r"\A[0-9]{1,3}/(day|week|month|year)\Z")),
    minutes_per_occurrence=st.one_of(st.sampled_from(MINUTES), st.integers(-5, 7000)),
    personal_data=st.booleans(),
    single_person=st.booleans(),
    ecrs_decision=st.sampled_from(["undecided", "eliminate", "combine", "rearrange", "simplify", "keep"]),
    status=st.sampled_from(["active", "under_review", "outsourced", "discontinued"]),
    suitability_override=st.sampled_from(OVERRIDES),
    **coded,
)
weights = st.builds(
    lambda values, low, high: Weights().merged(
        {**values, "internal_below": min(low, high), "suitable_from": max(low, high)}
    ),
    st.fixed_dictionaries(
        {name: st.floats(0, 100) for name in WEIGHT_NAMES if name not in ("volume_half_hours",)}
        | {"volume_half_hours": st.floats(0.5, 1000)}
    ),
    st.floats(0, 100),
    st.floats(0, 100),
)


@settings(max_examples=3000, deadline=None)
@given(tasks, st.one_of(st.just(DEFAULT_WEIGHTS), weights))
def test_category_agrees_with_the_full_score(task: TaskFields, w: Weights) -> None:
    assert category(task, w) == reference(task, w)


def test_category_agrees_on_every_combination_of_coded_values() -> None:
    """Every combination of the coded fields, a few volumes, with the defaults and odd weights."""
    odd = Weights(base=47.0, onsite=33.0, confidentiality=14.0, medium=7.5, knowledge=22.0, volume=31.0,
                  repetition=12.5, documented=9.0, deadline=13.0, seasonality=6.0, volume_half_hours=3.0,
                  suitable_from=55.0, internal_below=45.0)  # fmt: skip
    for w in (DEFAULT_WEIGHTS, odd):
        scorer = CategoryScorer(w)
        for values in itertools.product(
            ["digital", "mixed", "paper"],
            ["none", "sometimes", "required"],
            ["public", "internal", "confidential"],
            [False, True],
            [False, True],
            ["none", "partial", "full"],
            ["none", "month_end", "seasonal", "irregular"],
            ["flexible", "days", "same_day", "realtime"],
            [("1/day", 15), ("1/month", 60), ("1/year", 480), ("2/week", 120)],
        ):
            medium, onsite, conf, personal, single, documented, season, deadline, (freq, minutes) = values
            task = TaskFields(
                name="t", frequency=freq, minutes_per_occurrence=minutes, medium=medium, onsite=onsite,
                confidentiality=conf, personal_data=personal, single_person=single, documented=documented,
                seasonality=season, deadline=deadline,
            )  # fmt: skip
            fields = [getattr(task, name) for name in CATEGORY_FIELDS]
            assert scorer(*fields) == reference(task, w), values


def test_override_given_as_parsed_json_and_integer_booleans() -> None:
    """Rows read without type conversion: booleans as 0/1, the override parsed from its JSON text."""
    task = TaskFields(name="t", personal_data=True, single_person=True, documented="partial", medium="mixed")
    scorer = CategoryScorer()
    fields = {name: getattr(task, name) for name in CATEGORY_FIELDS}
    as_ints = {**fields, "personal_data": 1, "single_person": 1}
    assert scorer(**as_ints) == reference(task, DEFAULT_WEIGHTS)
    override = json.dumps({"category": "suitable", "reason": "checked"})
    assert scorer(**{**as_ints, "suitability_override": json.loads(override)}) == "suitable"
