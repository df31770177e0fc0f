"""Importing hours from CSV/xlsx: header words, date and hours forms, per-row problems, nothing
written before a clean preview is confirmed, and a second import of the same file changing nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from desktop.core import workforce
from desktop.core.db import Database
from desktop.core.errors import ValidationError
from desktop.core.io.common import ERROR, INFO, ImportFileError
from desktop.core.io.hours import (
    CellProblem,
    commit_hours,
    map_hours_columns,
    parse_cell_hours,
    parse_work_date,
    preview_hours,
    read_hours_table,
)
from desktop.core.services.hours import day_history, day_state, set_day
from tests.core.test_hours import MONDAY, World, build_world, entry_count, outbox_count

TUESDAY = MONDAY + dt.timedelta(days=1)


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("\r\n".join(lines).encode(encoding))
    return path


def codes(w: World) -> tuple[str, str, str]:
    return w.sato_invoices.code, w.suzuki_invoices.code, w.sato_inn.code


def test_header_words_are_recognised() -> None:
    assert map_hours_columns(["短縮コード", "作業日", "作業時間", "備考"]) == {
        "code": 0,
        "date": 1,
        "hours": 2,
        "note": 3,
    }
    assert map_hours_columns(["氏名", "割当コード", "日付", "時間数", "メモ"]) == {
        "code": 1,
        "date": 2,
        "hours": 3,
        "note": 4,
    }
    assert map_hours_columns(["コード", "日付", "時間"]) == {"code": 0, "date": 1, "hours": 2}


@pytest.mark.parametrize(
    ("raw", "year", "expected"),
    [
        ("2026-04-01", None, dt.date(2026, 4, 1)),
        ("2026/4/1", None, dt.date(2026, 4, 1)),
        ("２０２６／４／１", None, dt.date(2026, 4, 1)),
        ("2026年4月1日", None, dt.date(2026, 4, 1)),
        ("2026/4/1(水)", None, dt.date(2026, 4, 1)),
        ("20260401", None, dt.date(2026, 4, 1)),
        ("令和8年4月1日", None, dt.date(2026, 4, 1)),
        ("4/1", 2026, dt.date(2026, 4, 1)),
        ("4月1日", 2027, dt.date(2027, 4, 1)),
        ("2026-04-01 00:00:00", None, dt.date(2026, 4, 1)),
        (dt.datetime(2026, 4, 1, 0, 0), None, dt.date(2026, 4, 1)),
        (46113, None, dt.date(2026, 4, 1)),
    ],
)
def test_dates_as_people_write_them(raw: object, year: int | None, expected: dt.date) -> None:
    assert parse_work_date(raw, year) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("raw", "code"), [("4/1", "year_missing"), ("2026/2/30", "not_a_date"), ("明日", "not_a_date")]
)
def test_bad_dates(raw: str, code: str) -> None:
    with pytest.raises(CellProblem) as caught:
        parse_work_date(raw)
    assert caught.value.code == code


def test_hours_cells() -> None:
    assert parse_cell_hours("3.5") == 210
    assert parse_cell_hours(3.5) == 210
    assert parse_cell_hours("3:30") == 210
    assert parse_cell_hours(dt.time(3, 30)) == 210
    assert parse_cell_hours(dt.timedelta(hours=2, minutes=15)) == 135
    assert parse_cell_hours("２時間") == 120
    for raw, code in (("-1", "negative"), ("たくさん", "bad_hours"), ("", "hours_missing")):
        with pytest.raises(CellProblem) as caught:
            parse_cell_hours(raw)
        assert caught.value.code == code


def test_preview_then_commit_then_same_file_again_changes_nothing(
    db: Database, world: World, tmp_path: Path
) -> None:
    a, b, c = codes(world)
    path = write_csv(
        tmp_path / "hours.csv",
        [
            "2026年11月 作業時間報告",  # a title line above the header
            "短縮コード,日付,時間,メモ",
            f"{workforce.display_code(a).lower()},2026/11/23,3.5,紙の日報",
            f"{a},11/24,2:15,",
            f"{b},2026-11-23,8,",
            f"{c},2026-11-24,1時間,",
            ",,,",
        ],
        encoding="cp932",
    )
    table = read_hours_table(path)
    assert table.headers[:3] == ("短縮コード", "日付", "時間")
    before = outbox_count(db)
    result = preview_hours(db, table, year=2026)
    assert outbox_count(db) == before  # a preview never writes
    assert not result.has_errors, result.all_messages()
    assert result.counts.to_import == 4 and result.counts.changing == 4
    assert result.rows[0].label.startswith("請求書の発行 / 佐藤 花子")
    assert [m.code for m in result.messages] == []
    done = commit_hours(db, result)
    assert (done.changed, done.unchanged) == (4, 0)
    assert day_state(db, world.sato_invoices.id, MONDAY).minutes == 210
    assert day_state(db, world.sato_invoices.id, TUESDAY).minutes == 135
    assert day_state(db, world.suzuki_invoices.id, MONDAY).minutes == 480
    history = day_history(db, world.sato_invoices.id, MONDAY)
    assert [(h.source, h.note) for h in history] == [("csv", "紙の日報")]
    # importing the same file again: every row already holds its value, nothing is written
    again = preview_hours(db, read_hours_table(path), year=2026)
    assert again.counts.changing == 0 and again.counts.unchanged == 4
    after = outbox_count(db)
    assert commit_hours(db, again).changed == 0
    assert outbox_count(db) == after


def test_hours_in_the_file_set_the_day_they_are_not_added(db: Database, world: World, tmp_path: Path) -> None:
    a = world.sato_invoices
    set_day(db, a.id, MONDAY, 60)
    path = write_csv(tmp_path / "h.csv", ["コード,日付,時間", f"{a.code},2026-11-23,2"])
    commit_hours(db, preview_hours(db, read_hours_table(path)))
    assert day_state(db, a.id, MONDAY).minutes == 120


def test_bad_rows_are_reported_and_nothing_is_written(db: Database, world: World, tmp_path: Path) -> None:
    a, b, c = codes(world)
    set_day(db, world.sato_inn.id, MONDAY, 20 * 60)  # 佐藤 already worked 20 h on Monday at the inn
    path = write_csv(
        tmp_path / "bad.csv",
        [
            "割当コード,作業日,作業時間,備考",
            f"{a},2026-11-24,3,",  # 2: fine
            "ZZZZZZZ,2026-11-24,3,",  # 3: unknown code
            f"{a},2026-13-01,3,",  # 4: bad date
            f"{a},2026-11-25,たくさん,",  # 5: bad hours
            f"{a},2026-11-23,5,",  # 6: 20 h stored at the inn + 5 h = 25 h for 佐藤
            f"{a},2026-09-01,1,",  # 7: before the period
            f"{a},2026-11-24,4,",  # 8: same code and day as row 2
            f"{b},2026-11-26,-2,",  # 9: negative
            ",2026-11-26,2,",  # 10: no code
            f"{b},2026-11-27,,",  # 11: no hours: left out
            f"{c},4/1,2,",  # 12: no year given
        ],
    )
    result = preview_hours(db, read_hours_table(path))
    assert result.has_errors
    by_row = {r.source_row: [m.code for m in r.messages] for r in result.rows}
    assert by_row == {
        2: [],
        3: ["unknown_code"],
        4: ["not_a_date"],
        5: ["bad_hours"],
        6: ["too_many_hours"],
        7: ["outside_period"],
        8: ["duplicate_day"],
        9: ["negative"],
        10: ["code_missing"],
        11: ["hours_missing"],
        12: ["year_missing"],
    }
    skipped = next(r for r in result.rows if r.source_row == 11)
    assert skipped.skipped and skipped.messages[0].severity == INFO and skipped.status == "skipped"
    duplicate = next(r for r in result.rows if r.source_row == 8)
    assert duplicate.messages[0].params["value"] == 2
    # every message points at its cell (column of the field concerned)
    over = next(r for r in result.rows if r.source_row == 6)
    assert (over.messages[0].column, over.messages[0].field) == (2, "minutes")
    before_outbox, before_entries = outbox_count(db), entry_count(db)
    with pytest.raises(ImportFileError) as caught:
        commit_hours(db, result)
    assert caught.value.code == "has_errors"
    assert (outbox_count(db), entry_count(db)) == (before_outbox, before_entries)


def test_missing_columns_are_a_file_error(db: Database, world: World, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cols.csv", ["コード,メモ", f"{world.sato_invoices.code},x"])
    result = preview_hours(db, read_hours_table(path))
    assert result.has_errors and not result.rows
    missing = {(m.code, m.field) for m in result.messages if m.severity == ERROR}
    assert missing == {("column_missing", "work_date"), ("column_missing", "minutes")}


def test_xlsx_with_real_dates_and_times(db: Database, world: World, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["作業時間の記録"])
    ws.append([])
    ws.append(["短縮コード", "日付", "時間"])
    ws.append([world.sato_invoices.code, dt.datetime(2026, 11, 23), 7.5])
    ws.append([world.suzuki_invoices.code, dt.datetime(2026, 11, 24), dt.time(3, 45)])
    path = tmp_path / "hours.xlsx"
    wb.save(path)
    result = preview_hours(db, read_hours_table(path))
    assert not result.has_errors, result.all_messages()
    commit_hours(db, result)
    assert day_state(db, world.sato_invoices.id, MONDAY).minutes == 450
    assert day_state(db, world.suzuki_invoices.id, TUESDAY).minutes == 225


def test_a_preview_gone_stale_is_refused_at_commit(db: Database, world: World, tmp_path: Path) -> None:
    a = world.sato_invoices
    path = write_csv(tmp_path / "s.csv", ["コード,日付,時間", f"{a.code},2026-11-23,10"])
    result = preview_hours(db, read_hours_table(path))
    assert not result.has_errors
    set_day(db, world.sato_inn.id, MONDAY, 20 * 60)  # meanwhile, hours elsewhere on that day
    before = entry_count(db)
    with pytest.raises(ValidationError):
        commit_hours(db, result)
    assert entry_count(db) == before
