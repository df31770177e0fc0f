"""The merge rule is commutative, associative and idempotent, and keeps losing values as conflicts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.sync.merge import (
    CellKey,
    CellValue,
    Change,
    Stamp,
    conflict_id_for,
    decide,
    fold,
    merge_states,
)

keys = st.builds(
    CellKey,
    st.sampled_from(["task", "company"]),
    st.sampled_from(["r1", "r2", "r3"]),
    st.sampled_from(["name", "note", "deleted"]),
)
cells = st.builds(
    CellValue,
    st.builds(Stamp, st.integers(0, 20), st.sampled_from(["dev-a", "dev-b", "dev-c"])),
    st.sampled_from(['"a"', '"b"', "1", "null"]),
)
states = st.dictionaries(keys, cells, max_size=8)


@given(states, states)
def test_commutative(a: dict[CellKey, CellValue], b: dict[CellKey, CellValue]) -> None:
    assert merge_states(a, b) == merge_states(b, a)


@given(states, states, states)
def test_associative(
    a: dict[CellKey, CellValue], b: dict[CellKey, CellValue], c: dict[CellKey, CellValue]
) -> None:
    assert merge_states(merge_states(a, b), c) == merge_states(a, merge_states(b, c))


@given(states, states)
def test_idempotent(a: dict[CellKey, CellValue], b: dict[CellKey, CellValue]) -> None:
    merged = merge_states(a, b)
    assert merge_states(merged, b) == merged
    assert merge_states(a, a) == a


@given(st.lists(states, min_size=1, max_size=5), st.randoms())
def test_any_delivery_order_converges(replicas: list[dict[CellKey, CellValue]], rnd: object) -> None:
    shuffled = list(replicas)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert fold(replicas) == fold(shuffled)


def _change(value: str, hlc: int, base: int | None, device: str = "dev-b", col: str = "name") -> Change:
    return Change("chg-1", device, 1, "task", "r1", "scope", col, value, hlc, base, 1)


def test_sequential_edit_wins_without_conflict() -> None:
    current = CellValue(Stamp(10, "dev-a"), '"old"')
    decision = decide(_change('"new"', 11, base=10), current, row_deleted=False)
    assert decision.apply and decision.conflict is None


def test_concurrent_edit_records_loser_whichever_side_wins() -> None:
    current = CellValue(Stamp(12, "dev-a"), '"mine"')
    later = decide(_change('"theirs"', 13, base=5), current, row_deleted=False)
    assert later.apply
    assert later.conflict is not None and later.conflict.loser.value == '"mine"'
    earlier = decide(_change('"theirs"', 11, base=5), current, row_deleted=False)
    assert not earlier.apply
    assert earlier.conflict is not None and earlier.conflict.loser.value == '"theirs"'
    assert earlier.conflict.conflict_id == conflict_id_for("chg-1")


def test_same_value_concurrently_is_not_a_conflict() -> None:
    current = CellValue(Stamp(12, "dev-a"), '"same"')
    assert decide(_change('"same"', 13, base=5), current, row_deleted=False).conflict is None


def test_edit_of_deleted_row_is_kept_as_conflict() -> None:
    current = CellValue(Stamp(12, "dev-a"), '"x"')
    decision = decide(_change('"edit"', 13, base=12), current, row_deleted=True)
    assert decision.conflict is not None and decision.conflict.reason == "deleted_row"


def test_ties_broken_by_device_id() -> None:
    a = CellValue(Stamp(5, "dev-a"), '"a"')
    b = CellValue(Stamp(5, "dev-b"), '"b"')
    assert merge_states({CellKey("t", "r", "c"): a}, {CellKey("t", "r", "c"): b})[CellKey("t", "r", "c")] == b


def test_conflict_id_derives_from_the_losing_change_whoever_finds_it() -> None:
    older = CellValue(Stamp(12, "dev-a"), '"mine"')
    # The incoming change wins: the loser is the current value, written by change "chg-old".
    found_by_server = decide(
        _change('"theirs"', 13, base=5), older, row_deleted=False, current_change_id="chg-old"
    )
    # The same two edits meeting the other way round (the older one arrives second) lose "chg-old" too.
    newer = CellValue(Stamp(13, "dev-b"), '"theirs"')
    late = Change("chg-old", "dev-a", 1, "task", "r1", "scope", "name", '"mine"', 12, 5, 1)
    found_by_device = decide(late, newer, row_deleted=False, current_change_id="chg-1")
    assert found_by_server.conflict is not None and found_by_device.conflict is not None
    assert (
        found_by_server.conflict.conflict_id
        == found_by_device.conflict.conflict_id
        == conflict_id_for("chg-old")
    )
