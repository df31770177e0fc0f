"""Suitability score: categories of typical tasks, the explanation adds up, properties, weights."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import inventory
from desktop.core.db import Database
from desktop.core.errors import ValidationError
from desktop.core.models import Partner, Setting
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.suitability import load_weights, save_weights, weights_setting_id
from desktop.core.services.tasks import TaskFields
from desktop.core.suitability import (
    DEFAULT_WEIGHTS,
    WEIGHT_NAMES,
    Suitability,
    Weights,
    effective_category,
    score,
)

BOOKKEEPING = TaskFields(
    name="記帳",
    frequency="5/week",
    minutes_per_occurrence=30,
    medium="digital",
    documented="full",
    onsite="none",
    confidentiality="internal",
)
TEA_PICKING = TaskFields(name="茶摘み", frequency="20/year", minutes_per_occurrence=480, onsite="required")
PAPER_INVOICES = TaskFields(
    name="紙の請求書整理",
    frequency="1/month",
    minutes_per_occurrence=60,
    medium="paper",
    documented="none",
    single_person=True,
)


def adds_up(result: Suitability) -> bool:
    return result.base + sum(f.points for f in result.factors) == result.score


def test_digital_documented_frequent_bookkeeping_is_suitable() -> None:
    result = score(BOOKKEEPING)
    assert result.category == "suitable"
    assert result.score >= DEFAULT_WEIGHTS.suitable_from
    assert result.prerequisites == () and result.knockouts == ()
    assert adds_up(result)


def test_tea_picking_on_site_is_kept_in_house_by_a_knockout() -> None:
    result = score(TEA_PICKING)
    assert result.category == "internal"
    assert result.knockouts == ("onsite_required",)


def test_paper_undocumented_one_person_task_is_conditional_with_what_comes_first() -> None:
    result = score(PAPER_INVOICES)
    assert result.category == "conditional"
    assert result.prerequisites == ("digitise", "write_procedure", "share_knowledge")
    assert result.potential is not None and result.potential > result.score
    by_code = {f.code: f for f in result.factors}
    assert by_code["medium"].points == -DEFAULT_WEIGHTS.medium
    assert by_code["knowledge"].points == -DEFAULT_WEIGHTS.knowledge


def test_zero_minutes_is_flagged_incomplete_not_scored() -> None:
    result = score(replace(BOOKKEEPING, minutes_per_occurrence=0))
    assert result.category == "incomplete"
    assert result.missing == ("minutes_per_occurrence",)
    assert {f.code for f in result.factors}.isdisjoint({"volume", "repetition"})
    assert adds_up(result)


@pytest.mark.parametrize("frequency", ["", "3/fortnight", "x/week", "0/week", "21/day"])
def test_a_bad_frequency_is_flagged_incomplete(frequency: str) -> None:
    result = score(replace(BOOKKEEPING, frequency=frequency, minutes_per_occurrence=120))
    assert result.category == "incomplete"
    assert result.missing == ("frequency",)


def test_realtime_and_confidential_personal_data_are_knockouts() -> None:
    assert score(replace(BOOKKEEPING, deadline="realtime")).knockouts == ("realtime",)
    both = score(replace(BOOKKEEPING, confidentiality="confidential", personal_data=True))
    assert both.category == "internal" and both.knockouts == ("confidential_personal",)
    personal = score(replace(BOOKKEEPING, personal_data=True))
    assert personal.category == "conditional" and personal.prerequisites == ("anonymise",)


def test_sometimes_on_site_needs_the_task_split() -> None:
    result = score(replace(BOOKKEEPING, onsite="sometimes"))
    assert "split_task" in result.prerequisites and result.category == "conditional"


def test_eliminated_and_discontinued_tasks_are_no_candidates_even_with_an_override() -> None:
    override = {"category": "suitable", "reason": "外注先あり"}
    eliminated = replace(BOOKKEEPING, ecrs_decision="eliminate", suitability_override=override)
    result = score(eliminated)
    assert result.category == "eliminate"
    assert effective_category(eliminated, result).category == "eliminate"
    assert score(replace(BOOKKEEPING, status="discontinued")).category == "discontinued"


def test_override_wins_and_keeps_its_reason_and_the_computed_category() -> None:
    task = replace(TEA_PICKING, suitability_override={"category": "conditional", "reason": "体験の予約だけ"})
    effective = effective_category(task, score(task))
    assert (effective.category, effective.computed) == ("conditional", "internal")
    assert effective.overridden and effective.override_reason == "体験の予約だけ"
    plain = effective_category(TEA_PICKING, score(TEA_PICKING))
    assert not plain.overridden and plain.category == "internal"
    bad = replace(TEA_PICKING, suitability_override={"category": "maybe", "reason": "?"})
    assert effective_category(bad, score(bad)).category == "internal"


def test_seasonal_peaks_and_volume_raise_the_score() -> None:
    assert score(replace(BOOKKEEPING, seasonality="seasonal")).score > score(BOOKKEEPING).score
    small = score(replace(PAPER_INVOICES, minutes_per_occurrence=10))
    large = score(replace(PAPER_INVOICES, minutes_per_occurrence=600))
    assert large.score > small.score


def test_clamping_keeps_the_explanation_adding_up() -> None:
    best = replace(BOOKKEEPING, frequency="1/day", minutes_per_occurrence=480, seasonality="seasonal")
    best = replace(best, confidentiality="public", deadline="flexible")
    result = score(best, replace(DEFAULT_WEIGHTS, base=90))
    assert result.score == 100 and result.factors[-1].code == "clamp" and result.factors[-1].points < 0
    assert adds_up(result)
    worst = score(replace(PAPER_INVOICES, onsite="sometimes", confidentiality="confidential"))
    assert worst.score == 0 and worst.factors[-1].reason_code == "clamp_low"
    assert adds_up(worst)


# --- properties ------------------------------------------------------------------------------------

tasks = st.builds(
    TaskFields,
    name=st.just("task"),
    frequency=st.builds(
        lambda n, unit: f"{n}/{unit}",
        st.integers(min_value=0, max_value=30),
        st.sampled_from([*inventory.FREQUENCY_UNITS, "fortnight"]),
    ),
    minutes_per_occurrence=st.integers(min_value=-5, max_value=inventory.MAX_MINUTES + 5),
    medium=st.sampled_from(inventory.MEDIUMS),
    onsite=st.sampled_from(inventory.ONSITE),
    confidentiality=st.sampled_from(inventory.CONFIDENTIALITY),
    personal_data=st.booleans(),
    single_person=st.booleans(),
    documented=st.sampled_from(inventory.DOCUMENTED),
    seasonality=st.sampled_from(inventory.SEASONALITY),
    deadline=st.sampled_from(inventory.DEADLINES),
    ecrs_decision=st.sampled_from(inventory.ECRS),
    status=st.sampled_from(inventory.STATUSES),
)
points = st.floats(min_value=0, max_value=100, allow_nan=False)
weights = st.builds(
    Weights,
    **{name: points for name in WEIGHT_NAMES if name not in ("volume_half_hours", "internal_below")},
    volume_half_hours=st.floats(min_value=0.1, max_value=100),
    internal_below=st.floats(min_value=0, max_value=60),
)


@given(tasks, weights)
def test_score_is_in_range_adds_up_and_is_deterministic(task: TaskFields, w: Weights) -> None:
    result = score(task, w)
    assert 0 <= result.score <= 100
    assert adds_up(result)
    assert all(f.points == int(f.points) for f in result.factors)
    assert score(task, w) == result


def _never_rises(task: TaskFields, w: Weights, field: str, ladder: tuple[object, ...]) -> None:
    scores = [score(replace(task, **{field: value}), w).score for value in ladder]
    assert scores == sorted(scores, reverse=True), (field, scores)


@given(tasks, weights)
def test_more_onsite_need_never_raises_the_score(task: TaskFields, w: Weights) -> None:
    _never_rises(task, w, "onsite", inventory.ONSITE)


@given(tasks, weights)
def test_higher_confidentiality_never_raises_the_score(task: TaskFields, w: Weights) -> None:
    _never_rises(task, w, "confidentiality", inventory.CONFIDENTIALITY)


@given(tasks, weights)
def test_personal_data_never_raises_the_score(task: TaskFields, w: Weights) -> None:
    _never_rises(task, w, "personal_data", (False, True))


# --- weights as settings ---------------------------------------------------------------------------


def _partner(db: Database) -> str:
    partner_id = "00000000-0000-4000-8000-000000000001"
    with db.write() as session:
        session.add(Partner(id=partner_id, scope_id=partner_id, name="川根テレワーク"))
    return partner_id


def test_company_weights_override_partner_weights_override_defaults(db: Database) -> None:
    partner_id = _partner(db)
    company = create_company(db, CompanyData(name="山里茶園", partner_id=partner_id))
    other = create_company(db, CompanyData(name="別の会社", partner_id=partner_id))
    assert load_weights(db, company.id) == DEFAULT_WEIGHTS

    save_weights(db, partner_id, replace(DEFAULT_WEIGHTS, onsite=40, volume=25))
    assert load_weights(db, company.id) == replace(DEFAULT_WEIGHTS, onsite=40, volume=25)

    save_weights(db, company.id, replace(DEFAULT_WEIGHTS, onsite=20, volume=25))
    assert load_weights(db, company.id).onsite == 20
    assert load_weights(db, other.id).onsite == 40  # the partner's, untouched by the other company

    save_weights(db, company.id, replace(DEFAULT_WEIGHTS, onsite=10))  # an update, not a second row
    with db.read() as session:
        rows = session.query(Setting).filter(Setting.scope_id == company.id).all()
    assert [(r.id, r.key) for r in rows] == [(weights_setting_id(company.id), "suitability_weights")]
    assert load_weights(db, company.id).onsite == 10


def test_unknown_keys_are_ignored_and_bad_values_fall_back_per_key(db: Database) -> None:
    partner_id = _partner(db)
    company = create_company(db, CompanyData(name="山里茶園", partner_id=partner_id))
    save_weights(db, partner_id, replace(DEFAULT_WEIGHTS, medium=5))
    bad = {"onsite": "many", "medium": -3, "volume": 12, "deadline": True, "colour": 3, "base": 1e9}
    with db.write() as session:
        setting_id = weights_setting_id(company.id)
        session.add(Setting(id=setting_id, scope_id=company.id, key="suitability_weights", value=bad))
    loaded = load_weights(db, company.id)
    assert loaded == replace(DEFAULT_WEIGHTS, medium=5, volume=12)


def test_saving_invalid_weights_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        save_weights(db, "scope", replace(DEFAULT_WEIGHTS, onsite=-1, internal_below=90))
    assert {(e.field, e.code) for e in info.value.errors} == {
        ("onsite", "out_of_range"),
        ("internal_below", "out_of_range"),
    }


def test_a_draft_with_zero_minutes_is_kept_and_flagged_incomplete(db: Database) -> None:
    from desktop.core.services.companies import CompanyData, create_company
    from desktop.core.services.tasks import create_task, get_task

    company = create_company(db, CompanyData(name="下書きの会社"))
    task = create_task(db, company.id, TaskFields(name="まだ時間がわからない業務", minutes_per_occurrence=0))
    assert get_task(db, task.id).fields.minutes_per_occurrence == 0
    assert score(task.fields).category == "incomplete"
