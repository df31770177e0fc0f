"""Hostile spreadsheets and CSVs (DESIGN section 7): the importer only ever raises its own
ImportFileError or returns a preview with messages, and nothing is written before a clean commit."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.db import Database, open_database
from desktop.core.io import (
    ERROR,
    HEADERS,
    TARGETS,
    ColumnMapping,
    ImportFileError,
    ImportPreview,
    commit,
    map_columns,
    parse_table,
    preview,
    read_table,
)
from desktop.core.io.common import FILE_ERROR_CODES, MESSAGE_CODES, VALIDATION_CODES
from desktop.core.io.reader import OLE2_MAGIC
from desktop.core.services.companies import CompanyData, create_company, create_department
from desktop.core.services.tasks import TaskFields, create_task
from tests.core.test_io_import import counts, sheet_xml, xlsx_bytes

# MACHISHIGOTO_FUZZ_EXAMPLES=2000 for a long run; the default keeps the suite fast.
FUZZ = settings(
    max_examples=int(os.environ.get("MACHISHIGOTO_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
WORDS = [
    *HEADERS,
    "作業名", "担当", "回数", "分", "媒体", "部門", "週3回", "毎日", "月1回", "年4回", "随時", "30分",
    "1時間半", "0.5時間", "30〜60分", "紙", "電子", "両方", "○", "×", "はい", "#N/A", "#REF!",
    "=1+1", "'=cmd|'/c calc'!A1", "+81", "-1", "@SUM(A1)", "0", "-0", "1e400", "nan", "inf", "月0回",
    "週99999999999999999999回", "9" * 5000 + "分", "\x00", "\r\n", '"', "'", ",", "\t", "　",
]  # fmt: skip
TEXT = st.one_of(st.text(max_size=20), st.sampled_from(WORDS))


@pytest.fixture(scope="module")
def target() -> Iterator[tuple[Database, str]]:
    """One database for all examples, with a task that imported rows may duplicate."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "fuzz.sqlite3")
        company = create_company(db, CompanyData(name="ファズ茶園"))
        department = create_department(db, company.id, "経理")
        create_task(db, company.id, TaskFields(name="請求書の発行", department_id=department.id))
        yield db, company.id
        db.close()


def attempt(db: Database, company_id: str, data: bytes, mapping: list[str | None] | None = None) -> None:
    """Read and preview ``data``; nothing may change until a clean preview is committed."""
    before = counts(db)
    try:
        table = parse_table(data)
    except ImportFileError as exc:
        assert exc.code in FILE_ERROR_CODES
        assert counts(db) == before
        return
    targets = map_columns(table.headers).targets
    if mapping is not None:
        targets = tuple((mapping * len(table.headers))[: len(table.headers)])
    result = preview(db, company_id, table, ColumnMapping(targets))
    assert counts(db) == before
    check_preview(result)
    if result.has_errors:
        with pytest.raises(ImportFileError):
            commit(db, company_id, result)
        assert counts(db) == before
    else:
        written = commit(db, company_id, result)
        assert written.tasks == result.counts.to_import
        assert counts(db)[0] == before[0] + written.tasks


def check_preview(result: ImportPreview) -> None:
    for message in result.all_messages():
        assert message.code in MESSAGE_CODES | VALIDATION_CODES, message
    assert result.counts.ok + result.counts.warnings + result.counts.errors == len(result.rows)
    for row in result.rows:
        if row.status != ERROR:
            assert row.fields.name.strip()


@FUZZ
@given(
    st.binary(max_size=3000), st.sampled_from([b"", b"PK\x03\x04", OLE2_MAGIC, b"\xef\xbb\xbf", b"\xff\xfe"])
)
def test_random_bytes(target: tuple[Database, str], data: bytes, prefix: bytes) -> None:
    attempt(*target, prefix + data)


@FUZZ
@given(
    header=st.lists(TEXT, min_size=1, max_size=8),
    rows=st.lists(st.lists(TEXT, max_size=10), max_size=12),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp932", "utf-16"]),
    delimiter=st.sampled_from([",", "\t", ";"]),
    quoted=st.booleans(),
    mapping=st.none() | st.lists(st.none() | st.sampled_from(TARGETS), min_size=1, max_size=4),
)
def test_hostile_csv(
    target: tuple[Database, str],
    header: list[str],
    rows: list[list[str]],
    encoding: str,
    delimiter: str,
    quoted: bool,
    mapping: list[str | None] | None,
) -> None:
    if quoted:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
        text = buffer.getvalue()
    else:  # broken quoting and ragged rows as people type them
        text = "\n".join(delimiter.join(row) for row in [header, *rows])
    attempt(*target, text.encode(encoding, errors="ignore"), mapping)


XLSX_TEXT = TEXT.map(lambda s: "".join(ch for ch in s if ch >= " " or ch in "\t\n"))  # what openpyxl holds
CELL = st.one_of(
    XLSX_TEXT,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)),
    st.times(),
    st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=30)),
    st.sampled_from(["=1/0", "=SUM(A1:A3)", "=A1&B1", "x" * 12_000]),
    st.none(),
)


@FUZZ
@given(
    header=st.lists(st.one_of(XLSX_TEXT, st.sampled_from(HEADERS)), min_size=1, max_size=8),
    rows=st.lists(st.lists(CELL, max_size=8), max_size=10),
    merges=st.lists(st.tuples(st.integers(1, 6), st.integers(1, 12), st.integers(0, 3), st.integers(0, 3))),
    title_rows=st.integers(0, 3),
)
def test_hostile_xlsx(
    target: tuple[Database, str],
    header: list[str],
    rows: list[list[object]],
    merges: list[tuple[int, int, int, int]],
    title_rows: int,
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for _ in range(title_rows):
        sheet.append(["業務棚卸し表"])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for column, row_number, width, height in merges:
        end_row, end_column = row_number + height, column + width
        sheet.merge_cells(start_row=row_number, start_column=column, end_row=end_row, end_column=end_column)
    buffer = io.BytesIO()
    book.save(buffer)
    attempt(*target, buffer.getvalue())


RAW_VALUE = st.sampled_from(["inf", "-inf", "NaN", "1e400", "-0", "", "abc", "99999999999999999999999"])


@FUZZ
@given(
    rows=st.lists(
        st.lists(
            st.one_of(
                TEXT,
                st.tuples(st.sampled_from(["1/0", "A1", "NOW()"]), st.one_of(TEXT, st.integers())),
                st.integers(),
            ),
            max_size=6,
        ),
        max_size=10,
    ),
    merge=st.sampled_from(["", "A1:XFD1048576", "B2:B5", "A2:C3", "ZZZ1:A1", "A0:B1"]),
    raw=RAW_VALUE,
)
def test_hand_made_xlsx_parts(
    target: tuple[Database, str], rows: list[list[object]], merge: str, raw: str
) -> None:
    """Cached formula values, numbers a parser chokes on, merges over the whole sheet."""
    xml = sheet_xml(
        [["業務名", "所要時間（分）", "頻度"], *rows, ["生の値", 1, "月1回"]], (merge,) if merge else ()
    )
    xml = xml.replace("<v>1</v>", f"<v>{raw}</v>")
    attempt(*target, xlsx_bytes([], sheet=xml))


@pytest.fixture(scope="module")
def valid_xlsx() -> bytes:
    return xlsx_bytes(
        [["業務名", "部署", "頻度"], ["請求", "経理", "月1回"], ["日報", None, "毎日"]], ("B2:B3",)
    )


@FUZZ
@given(
    cuts=st.lists(
        st.tuples(st.integers(0, 10_000), st.binary(min_size=1, max_size=4)), min_size=1, max_size=6
    ),
    truncate=st.none() | st.integers(10, 2000),
)
def test_damaged_xlsx(
    target: tuple[Database, str],
    valid_xlsx: bytes,
    cuts: list[tuple[int, bytes]],
    truncate: int | None,
) -> None:
    data = bytearray(valid_xlsx)
    for position, junk in cuts:
        at = position % len(data)
        data[at : at + len(junk)] = junk
    attempt(*target, bytes(data[:truncate] if truncate else data))


def test_a_hundred_thousand_rows_are_refused_quickly(target: tuple[Database, str], tmp_path: Path) -> None:
    db, _ = target
    before = counts(db)
    csv_path = tmp_path / "big.csv"
    csv_path.write_text(
        "業務名,所要時間（分）\n" + "".join(f"業務{i},{i % 90 + 1}\n" for i in range(100_000))
    )
    xlsx_path = tmp_path / "big.xlsx"
    xlsx_path.write_bytes(
        xlsx_bytes([["業務名", "所要時間（分）"], *([f"業務{i}", i] for i in range(100_000))])
    )
    for path in (csv_path, xlsx_path):
        started = time.perf_counter()
        with pytest.raises(ImportFileError) as caught:
            read_table(path)
        assert caught.value.code == "too_many_rows"
        assert time.perf_counter() - started < 10
    assert counts(db) == before


def test_twenty_thousand_rows_preview_in_bounded_time(target: tuple[Database, str]) -> None:
    db, company_id = target
    data = "業務名,部署,頻度,所要時間\n" + "".join(
        f"業務{i},部{i % 7},週{i % 5 + 1}回,{i % 50 + 1}分\n" for i in range(20_000)
    )
    started = time.perf_counter()
    table = parse_table(data.encode())
    result = preview(db, company_id, table, map_columns(table.headers))
    assert len(result.rows) == 20_000 and not result.has_errors
    assert time.perf_counter() - started < 15
