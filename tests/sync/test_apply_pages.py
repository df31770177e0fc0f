"""Set-based apply of pulled pages: each page merged with a few statements must give exactly what
cell-by-cell last-writer-wins gives (winners and losers mixed, rows arriving in pieces, tombstones
next to edits, duplicates), and the fast value decoders must agree with the reference decoder."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from desktop.core.db import Database, open_database
from desktop.core.services.companies import CompanyData, create_company
from desktop.core.services.tasks import TaskFields, create_task, get_task, list_tasks, update_task
from desktop.core.sync.apply import DECODERS, RemoteCell, UnstorableValue, apply_cells, decode_value
from desktop.core.sync.capture import capture_suspended
from desktop.core.sync.engine import SyncEngine, enrol, load_state
from desktop.core.sync.hlc import pack, wall_ms
from tests.sync.inprocess import SERVER_URL, InProcessTransport, PartnerServer

FAR = pack(4 * 10**12)  # a stamp (year 2096) after anything a test device makes


def apply(db: Database, cells: list[RemoteCell]) -> int:
    with db.write() as s, capture_suspended(Database.connection_state(s)):
        return apply_cells(s, cells)


def scalar(db: Database, sql: str, **params: object) -> Any:
    with db.read() as s:
        return s.execute(text(sql), params).scalar()


def clock(db: Database, tbl: str, row_id: str, col: str) -> tuple[int, str] | None:
    with db.read() as s:
        row = s.execute(
            text("SELECT hlc, device_id FROM sync_cell WHERE tbl = :t AND row_id = :r AND col = :c"),
            {"t": tbl, "r": row_id, "c": col},
        ).first()
    return None if row is None else (row.hlc, row.device_id)


def outbox_count(db: Database) -> int:
    return int(scalar(db, "SELECT count(*) FROM sync_outbox"))


def stash(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as s:
        rows = s.execute(text("SELECT tbl, row_id, col FROM sync_stash ORDER BY 1, 2, 3")).all()
    return [(r.tbl, r.row_id, r.col) for r in rows]


def task_cell(
    task_id: str, scope: str, col: str, value: object, hlc: int, device: str = "dev-r"
) -> RemoteCell:
    return RemoteCell("task", task_id, scope, col, json.dumps(value, ensure_ascii=False), hlc, device, None)


def test_a_page_mixing_winning_and_losing_cells_applies_only_the_winners(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(
        db, company.id, TaskFields(name="local", note="local note", minutes_per_occurrence=5, tools="local")
    )
    name, note, minutes, tools = (
        clock(db, "task", task.id, c) for c in ("name", "note", "minutes_per_occurrence", "tools")
    )
    assert name and note and minutes and tools
    before = outbox_count(db)
    page = [
        task_cell(task.id, company.id, "name", "remote, older", name[0] - 1),  # loses
        task_cell(task.id, company.id, "note", "remote note", note[0] + 1),  # wins
        task_cell(task.id, company.id, "minutes_per_occurrence", 99, minutes[0], minutes[1]),  # same stamp
        task_cell(
            task.id, company.id, "tools", "remote tools", tools[0], tools[1] + "z"
        ),  # tie, greater device
    ]
    assert apply(db, page) == 2
    fields = get_task(db, task.id).fields
    assert (fields.name, fields.note, fields.minutes_per_occurrence, fields.tools) == (
        "local",
        "remote note",
        5,
        "remote tools",
    )
    assert clock(db, "task", task.id, "name") == name
    assert clock(db, "task", task.id, "note") == (note[0] + 1, "dev-r")
    assert clock(db, "task", task.id, "minutes_per_occurrence") == minutes
    assert clock(db, "task", task.id, "tools") == (tools[0], tools[1] + "z")
    assert outbox_count(db) == before  # applying is not editing
    assert apply(db, page) == 0  # the same page again changes nothing


def test_duplicates_in_a_page_keep_the_greatest_stamp_in_any_order(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="x"))
    cells = [task_cell(task.id, company.id, "note", f"v{i}", FAR + i, "dev-r") for i in range(5)]
    cells.append(task_cell(task.id, company.id, "note", "tie, greater device", FAR + 4, "dev-s"))
    for page in (cells, list(reversed(cells))):
        with db.write() as s:  # forget the stamp, so the page wins again in the other order
            s.execute(text("UPDATE sync_cell SET hlc = 0 WHERE tbl = 'task' AND col = 'note'"))
        assert apply(db, page) == 1
        assert get_task(db, task.id).fields.note == "tie, greater device"
        assert clock(db, "task", task.id, "note") == (FAR + 4, "dev-s")


def test_cells_of_rows_not_there_yet_wait_and_are_applied_when_the_row_completes(
    db: Database, other: Database
) -> None:
    company = create_company(db, CompanyData(name="A"))
    apply(other, _company_cells(db, company.id))
    task_id = "0000-task-later"
    # Page 1: a task without its required name, and a step of it: neither can be made yet.
    page1 = [
        task_cell(task_id, company.id, "company_id", company.id, FAR),
        task_cell(task_id, company.id, "note", "first part", FAR),
        RemoteCell("task_step", "step-1", company.id, "task_id", json.dumps(task_id), FAR, "dev-r"),
        RemoteCell("task_step", "step-1", company.id, "text", '"手順"', FAR, "dev-r"),
        RemoteCell("task_step", "step-1", company.id, "position", "0", FAR, "dev-r"),
    ]
    assert apply(other, page1) == 5
    assert scalar(other, "SELECT count(*) FROM task WHERE id = :i", i=task_id) == 0
    assert len(stash(other)) == 5
    # Page 2: the missing cell and a newer value of a waiting one.
    page2 = [
        task_cell(task_id, company.id, "name", "後から届いた", FAR + 1),
        task_cell(task_id, company.id, "note", "second part", FAR + 1),
    ]
    assert apply(other, page2) == 2
    copy = get_task(other, task_id)
    assert (copy.fields.name, copy.fields.note) == ("後から届いた", "second part")
    assert scalar(other, "SELECT text FROM task_step WHERE id = 'step-1'") == "手順"
    assert stash(other) == []
    assert outbox_count(other) == 0


def test_tombstones_in_the_same_page_as_edits(db: Database, other: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    apply(other, _company_cells(db, company.id))
    kept = create_task(other, company.id, TaskFields(name="kept"))
    gone = create_task(other, company.id, TaskFields(name="gone"))
    before = outbox_count(other)
    new_id = "0000-task-born-deleted"
    page = [
        task_cell(gone.id, company.id, "deleted", True, FAR),
        task_cell(gone.id, company.id, "note", "edited as it was deleted", FAR),
        task_cell(kept.id, company.id, "note", "plain edit", FAR),
        task_cell(new_id, company.id, "company_id", company.id, FAR),
        task_cell(new_id, company.id, "name", "born deleted", FAR),
        task_cell(new_id, company.id, "deleted", True, FAR),
    ]
    assert apply(other, page) == 6
    rows = {
        r.id: (r.deleted, r.note)
        for r in _rows(
            other, "SELECT id, deleted, note FROM task WHERE id IN (:a, :b, :c)", kept.id, gone.id, new_id
        )
    }
    assert rows == {
        kept.id: (0, "plain edit"),
        gone.id: (1, "edited as it was deleted"),
        new_id: (1, ""),
    }
    # A local edit made after the tombstone stamp would be needed to resurrect; an older remote
    # "restore" loses against the tombstone.
    assert apply(other, [task_cell(gone.id, company.id, "deleted", False, FAR - 1)]) == 0
    assert scalar(other, "SELECT deleted FROM task WHERE id = :i", i=gone.id) == 1
    assert outbox_count(other) == before
    assert stash(other) == []


def test_unknown_and_unstorable_cells_wait_while_the_rest_of_the_page_applies(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="x", minutes_per_occurrence=3))
    page = [
        task_cell(task.id, company.id, "carbon_footprint", "12kg", FAR),  # a newer version's column
        RemoteCell("robot", "r1", company.id, "name", '"x"', FAR, "dev-r"),  # a newer version's table
        task_cell(task.id, company.id, "minutes_per_occurrence", "not a number", FAR),
        task_cell(task.id, company.id, "name", "applied", FAR),
    ]
    assert apply(db, page) == 4
    fields = get_task(db, task.id).fields
    assert (fields.name, fields.minutes_per_occurrence) == ("applied", 3)
    assert stash(db) == [
        ("robot", "r1", "name"),
        ("task", task.id, "carbon_footprint"),
        ("task", task.id, "minutes_per_occurrence"),
    ]
    # A later valid value of the poisoned cell replaces the waiting one and leaves the stash.
    assert apply(db, [task_cell(task.id, company.id, "minutes_per_occurrence", 8, FAR + 1)]) == 1
    assert get_task(db, task.id).fields.minutes_per_occurrence == 8
    assert [k[2] for k in stash(db)] == ["name", "carbon_footprint"]


def test_a_local_edit_after_a_pulled_value_still_wins_the_next_page(db: Database) -> None:
    company = create_company(db, CompanyData(name="A"))
    task = create_task(db, company.id, TaskFields(name="x"))
    stamp = pack(wall_ms(db.sync.clock.last) + 10)
    apply(db, [task_cell(task.id, company.id, "name", "remote", stamp)])
    db.sync.clock.receive(stamp)
    update_task(db, task.id, TaskFields(name="local, later"))
    assert apply(db, [task_cell(task.id, company.id, "name", "remote again", stamp)]) == 0
    assert get_task(db, task.id).fields.name == "local, later"


# --- value decoding ---------------------------------------------------------------------------

TRICKY = [
    '"plain"', '"エスケープ\\u3042\\n"', '"a" ', ' "a"', '"a"b', '"unterminated', '"\\ud800"',
    '"tab\there"', "0", "7", "-3", "007", "1.0", "1e3", str(2**63 - 1), str(2**63), str(10**18),
    str(10**18 - 1), "１２", "²", "true", "false", "null", "[]", "{}", '{"a": [1, 2]}', "", " ", "nan",
    "NaN", "Infinity", "0x10", "+1", "1_000", '"1"',
]  # fmt: skip


def _reference(tbl: str, col: str, value: str) -> tuple[str, object]:
    try:
        decoded = decode_value(tbl, col, value)
    except UnstorableValue:
        return ("unstorable", None)
    return ("ok", (type(decoded), decoded))


def _fast(tbl: str, col: str, value: str) -> tuple[str, object]:
    try:
        decoded = DECODERS[tbl][col](value)
    except UnstorableValue:
        return ("unstorable", None)
    return ("ok", (type(decoded), decoded))


def test_fast_decoders_agree_with_the_reference_on_tricky_values() -> None:
    checked = 0
    for tbl, columns in DECODERS.items():
        for col in columns:
            for value in TRICKY:
                assert _fast(tbl, col, value) == _reference(tbl, col, value), (tbl, col, value)
                checked += 1
    assert checked > 1000


COLUMNS = sorted((tbl, col) for tbl, columns in DECODERS.items() for col in columns)
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=5,
)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(COLUMNS), st.one_of(st.text(max_size=30), JSONISH.map(json.dumps)))
def test_fast_decoders_agree_with_the_reference(column: tuple[str, str], value: str) -> None:
    tbl, col = column
    assert _fast(tbl, col, value) == _reference(tbl, col, value)


# --- the engine's pull loop ------------------------------------------------------------------


@pytest.mark.parametrize("backlog_page", [None, 10])
def test_paged_pull_stores_each_cursor_and_moves_the_clock_past_every_stamp(
    server_app: PartnerServer, tmp_path: Path, backlog_page: int | None
) -> None:
    company_id = server_app.create_company(server_app.create_partner(), "山里茶園")
    made = []
    for name in ("pc", "new"):
        db = open_database(tmp_path / f"{name}.sqlite3")
        transport = InProcessTransport(server_app.client, server_app)
        token = enrol(db, transport, SERVER_URL, server_app.enrol_code(company_id), name).token
        engine = SyncEngine(db, transport, token, push_batch=7, pull_page=4, backlog_page=backlog_page)
        made.append((db, engine))
    try:
        (pc, pc_engine), (new, new_engine) = made
        create_company(pc, CompanyData(id=company_id, name="山里茶園"))
        for i in range(6):
            create_task(pc, company_id, TaskFields(name=f"task {i}", note="n" * i))
        pc_engine.round()
        with pc.read() as s:
            greatest = int(s.execute(text("SELECT max(hlc) FROM sync_cell")).scalar_one())
        cells = int(scalar(pc, "SELECT count(*) FROM sync_cell"))
        cursors: list[str] = []
        limits: list[int] = []
        real_request = new_engine.transport.request

        def spy(method: str, path: str, token: str | None = None, body=None, params=None):  # type: ignore[no-untyped-def]
            if path.endswith("/sync/pull"):
                with new.read() as s:
                    cursors.append(load_state(s).cursor)
                assert params is not None
                assert params["cursor"] == cursors[-1]  # each page asks from the stored cursor
                limits.append(int(params["limit"]))
            return real_request(method, path, token, body, params)

        new_engine.transport.request = spy  # type: ignore[method-assign]
        result = new_engine.round()
        assert len(set(cursors)) == len(cursors)
        # The first page has pull_page cells; the backlog after it comes in pages of backlog_page.
        later = backlog_page or 4
        assert limits == [4] + [later] * (len(limits) - 1)
        assert cells > 4 and len(limits) == 1 + math.ceil((cells - 4) / later)  # no page more than needed
        assert result.pulled == cells
        assert new.sync.clock.last > greatest
        assert outbox_count(new) == 0
        assert sorted(t.fields.name for t in list_tasks(new, company_id)) == [f"task {i}" for i in range(6)]
        # A later round starts small again.
        update_task(pc, list_tasks(pc, company_id)[0].id, TaskFields(name="task 0", note="edited"))
        pc_engine.round()
        limits.clear()
        assert new_engine.round().pulled == 1
        assert limits == [4]
    finally:
        for db, _ in made:
            db.close()


def test_the_backlog_page_is_within_the_server_limit() -> None:
    from desktop.core.sync.engine import BACKLOG_PAGE, PULL_PAGE
    from server.core.config import MAX_PULL_LIMIT

    assert PULL_PAGE <= BACKLOG_PAGE <= MAX_PULL_LIMIT


@pytest.fixture
def other(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "other.sqlite3")
    yield database
    database.close()


def _company_cells(db: Database, company_id: str) -> list[RemoteCell]:
    with db.read() as s:
        rows = s.execute(
            text("SELECT col, hlc, device_id FROM sync_cell WHERE tbl = 'company' AND row_id = :r"),
            {"r": company_id},
        ).all()
        values: dict[str, str] = {}
        for r in rows:
            values[r.col] = s.execute(
                text(f"SELECT json_quote({r.col}) FROM company WHERE id = :r"), {"r": company_id}
            ).scalar_one()
    return [
        RemoteCell("company", company_id, company_id, r.col, values[r.col], r.hlc, r.device_id) for r in rows
    ]


def _rows(db: Database, sql: str, a: str, b: str, c: str) -> list[Any]:
    with db.read() as s:
        return list(s.execute(text(sql), {"a": a, "b": b, "c": c}).all())
