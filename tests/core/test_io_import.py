"""Importing inventory sheets: finding the header, reading Japanese words, messages, all or nothing."""

from __future__ import annotations

import codecs
import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import openpyxl
import pytest
from sqlalchemy import text

from desktop.core.db import Database
from desktop.core.errors import Cancelled
from desktop.core.io import (
    ERROR,
    WARNING,
    ColumnMapping,
    ImportFileError,
    ImportPreview,
    RawTable,
    commit,
    map_columns,
    parse_table,
    preview,
    read_table,
    store,
)
from desktop.core.services.companies import CompanyData, create_company, create_department, list_departments
from desktop.core.services.tasks import TaskFields, create_task, list_tasks

# --- a tiny xlsx writer, for what openpyxl cannot write: cached formula values, hostile parts ----

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)


def column_letter(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_xml(rows: list[list[Any] | None], merges: tuple[str, ...] = ()) -> str:
    """Cells: str (text), int/float, bool, or ("formula", cached value); None rows/cells are left out."""
    width = max((len(row) for row in rows if row), default=1)
    dimension = f'<dimension ref="A1:{column_letter(width)}{max(len(rows), 1)}"/>'  # as Excel writes it
    out = [f'<worksheet xmlns="{MAIN}">{dimension}<sheetData>']
    for r, row in enumerate(rows, start=1):
        if row is None:
            continue
        out.append(f'<row r="{r}">')
        for c, value in enumerate(row, start=1):
            ref = f"{column_letter(c)}{r}"
            if value is None:
                continue
            if isinstance(value, tuple):
                kind = ' t="str"' if isinstance(value[1], str) else ""
                out.append(f'<c r="{ref}"{kind}><f>{escape(value[0])}</f><v>{escape(str(value[1]))}</v></c>')
            elif isinstance(value, bool):
                out.append(f'<c r="{ref}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float):
                out.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                inline = f'<is><t xml:space="preserve">{escape(value)}</t></is>'
                out.append(f'<c r="{ref}" t="inlineStr">{inline}</c>')
        out.append("</row>")
    out.append("</sheetData>")
    if merges:
        out.append(f'<mergeCells count="{len(merges)}">')
        out.extend(f'<mergeCell ref="{m}"/>' for m in merges)
        out.append("</mergeCells>")
    out.append("</worksheet>")
    return "".join(out)


def xlsx_bytes(rows: list[list[Any] | None], merges: tuple[str, ...] = (), sheet: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/officeDocument" '
            'Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        archive.writestr("xl/worksheets/sheet1.xml", sheet if sheet is not None else sheet_xml(rows, merges))
    return buffer.getvalue()


def counts(db: Database) -> tuple[int, int, int]:
    """Tasks, areas of work and outbox changes: what an import must not touch before commit."""
    with db.engine.connect() as conn:
        task, department, outbox = (
            int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())
            for table in ("task", "department", "sync_outbox")
        )
    return task, department, outbox


@pytest.fixture
def company_id(db: Database) -> str:
    return create_company(db, CompanyData(name="テスト茶園")).id


def check(db: Database, company_id: str, table: RawTable) -> ImportPreview:
    return preview(db, company_id, table, map_columns(table.headers))


def only(result: ImportPreview, code: str) -> list[tuple[int | None, int | None]]:
    return [(m.row, m.column) for m in result.all_messages() if m.code == code]


# --- header row and column words ----------------------------------------------------------------


def messy_workbook(path: Path) -> None:
    """An owner's sheet: a title, a date line, blank rows, the header on row 5, a gap in the data."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "業務棚卸し表（令和6年度）"
    sheet["A3"] = "作成日"
    sheet["B3"] = dt.date(2024, 4, 1)
    headers = ["No.", "部門", "作業名", "作業内容", "頻度", "1回あたりの時間", "担当", "紙or電子"]
    headers += ["個人情報", "備考"]
    for column, header in enumerate(headers, start=1):
        sheet.cell(row=5, column=column, value=header)
    data = [
        [1, "経理", "請求書の発行", "月末に発行", "月1回", "2時間", "佐藤", "紙", "○", ""],
        [2, "経理", "日報の入力", "", "毎日", 10, "鈴木", "データ", "", ""],
        None,
        [3, "観光", "茶摘み体験の予約受付", "電話とメール", "週３回", "20分", "佐藤", "両方", "あり", "5月"],
        [4, "観光", "パンフレット発送", "", "年4回", dt.time(1, 30), "", "紙", "×", ""],
    ]
    for offset, row in enumerate(data):
        for column, value in enumerate(row or [], start=1):
            sheet.cell(row=6 + offset, column=column, value=value)
    book.save(path)


def test_header_row_is_found_under_a_title_and_blank_rows(
    db: Database, company_id: str, tmp_path: Path
) -> None:
    path = tmp_path / "棚卸し.xlsx"
    messy_workbook(path)
    table = read_table(path)
    assert table.kind == "xlsx" and table.header_row == 5
    assert table.row_numbers == (6, 7, 9, 10)  # the blank row 8 is skipped
    mapping = map_columns(table.headers)
    assert mapping.targets == (
        None,
        "department",
        "name",
        "description",
        "frequency",
        "minutes_per_occurrence",
        "performer",
        "medium",
        "personal_data",
        "note",
    )
    result = preview(db, company_id, table, mapping)
    assert not result.has_errors and result.counts.ok == 4
    rows = {r.fields.name: r for r in result.rows}
    invoice = rows["請求書の発行"].fields
    assert (invoice.frequency, invoice.minutes_per_occurrence, invoice.medium) == ("1/month", 120, "paper")
    assert invoice.personal_data and invoice.performer == "佐藤" and invoice.description == "月末に発行"
    assert rows["日報の入力"].fields.frequency == "1/day" and rows["日報の入力"].fields.medium == "digital"
    booking = rows["茶摘み体験の予約受付"]
    assert (booking.fields.frequency, booking.fields.minutes_per_occurrence) == ("3/week", 20)
    assert booking.fields.medium == "mixed" and booking.department == "観光"
    leaflet = rows["パンフレット発送"].fields
    assert (leaflet.frequency, leaflet.minutes_per_occurrence, leaflet.personal_data) == ("4/year", 90, False)
    assert sorted(result.new_departments) == ["経理", "観光"]


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("業務名", "name"),
        ("作業名", "name"),
        ("業務", "name"),
        ("タスク", "name"),
        ("担当者", "performer"),
        ("担当", "performer"),
        ("頻度", "frequency"),
        ("回数", "frequency"),
        ("1回あたりの時間", "minutes_per_occurrence"),
        ("所要時間（分）", "minutes_per_occurrence"),
        ("所要時間(分)", "minutes_per_occurrence"),
        ("時間（分）", "minutes_per_occurrence"),
        ("分", "minutes_per_occurrence"),
        ("所要時間（時間）", "hours_per_occurrence"),
        ("紙／データ", "medium"),
        ("紙or電子", "medium"),
        ("媒体", "medium"),
        ("部署", "department"),
        ("部門", "department"),
        ("業務領域", "department"),
        ("業務名　※必須", "name"),
        ("ＥＣＲＳ", "ecrs_decision"),
        ("備考", "note"),
        ("月間時間", None),  # computed on export, never imported
        ("No.", None),
    ],
)
def test_the_header_words_people_use_are_recognised(header: str, target: str | None) -> None:
    assert map_columns(["ダミー", header]).targets[1] == target


def test_each_field_goes_to_one_column_and_a_remembered_mapping_wins() -> None:
    headers = ["業務", "業務名", "担当者"]
    assert map_columns(headers).targets == (None, "name", "performer")
    assert map_columns(headers, ["name", None, "note"]).targets == ("name", None, "note")
    assert map_columns(headers, ["name"]).targets == (None, "name", "performer")  # does not fit


# --- CSV encodings and delimiters ---------------------------------------------------------------

CSV_TEXT = (
    "業務名,部署,頻度,所要時間（分）,紙／データ\n"
    "請求書の発行,経理,月1回,120,紙\n"
    "日報の入力,経理,毎日,10,電子\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (CSV_TEXT.encode("cp932"), "cp932"),
        (codecs.BOM_UTF8 + CSV_TEXT.encode("utf-8"), "utf-8-sig"),
        (CSV_TEXT.encode("utf-8"), "utf-8"),
        (CSV_TEXT.replace(",", "\t").encode("utf-16"), "utf-16"),
    ],
)
def test_csv_encodings_are_detected(db: Database, company_id: str, data: bytes, encoding: str) -> None:
    table = parse_table(data)
    assert table.kind == "csv" and table.encoding == encoding
    result = check(db, company_id, table)
    assert [r.fields.name for r in result.rows] == ["請求書の発行", "日報の入力"]
    assert result.rows[0].fields.medium == "paper" and result.rows[1].fields.frequency == "1/day"


def test_a_shift_jis_file_with_a_csv_name_is_read_by_content(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "gyomu.xlsx"  # the name lies; the bytes decide
    path.write_bytes(CSV_TEXT.replace(",", "\t").encode("cp932"))
    table = read_table(path)
    assert (table.kind, table.encoding, table.delimiter) == ("csv", "cp932", "\t")
    assert table.headers[0] == "業務名" and table.rows[1][0] == "日報の入力"


# --- messages -----------------------------------------------------------------------------------


def test_per_cell_messages_point_at_row_and_column(db: Database, company_id: str) -> None:
    csv_text = (
        "業務名,頻度,所要時間,紙／データ,個人情報,部署\n"
        "請求書の発行,たまに,30,電子化予定,氏名・住所,経理\n"  # row 2: guesses (warnings)
        "日報の入力,週3,abc,紙,,経理\n"  # row 3: minutes unreadable (error)
        ",毎日,10,紙,,経理\n"  # row 4: no name (error)
        + "x"
        * 201
        + ",毎日,10,紙,,経理\n"  # row 5: name too long (error)
        "棚卸し,週3回,1日,紙,," + "部" * 101 + "\n"  # row 6: area of work too long, 1日 taken as 480 minutes
    )
    result = check(db, company_id, parse_table(csv_text.encode("utf-8")))
    assert result.has_errors
    found = {(m.row, m.column, m.code, m.severity) for m in result.all_messages()}
    assert (2, 1, "frequency_irregular", WARNING) in found
    assert (2, 3, "unknown_choice", WARNING) in found
    assert (2, 4, "assumed_yes", WARNING) in found
    assert (3, 2, "unknown_minutes", ERROR) in found
    assert (4, 0, "required", ERROR) in found
    assert (5, 0, "too_long", ERROR) in found
    assert (6, 5, "too_long", ERROR) in found
    assert (6, 2, "minutes_assumed", WARNING) in found
    guessed = result.rows[0].fields
    assert guessed.medium == "digital" and guessed.personal_data
    assert "紙／データ: 電子化予定" in guessed.note and "個人情報: 氏名・住所" in guessed.note
    assert [r.status for r in result.rows] == [WARNING, ERROR, ERROR, ERROR, ERROR]
    assert result.counts.errors == 4 and result.counts.warnings == 1


def test_a_missing_name_column_and_a_column_chosen_twice_are_errors(db: Database, company_id: str) -> None:
    table = parse_table("担当者,メモ\n佐藤,x\n".encode())
    result = check(db, company_id, table)
    assert result.has_errors and only(result, "name_not_mapped") == [(None, None)]
    assert {m.field for m in result.messages if m.code == "column_missing"} == {
        "frequency",
        "minutes_per_occurrence",
    }
    twice = preview(db, company_id, table, ColumnMapping(("name", "name")))
    assert only(twice, "target_twice") == [(None, None)]


def test_bare_numbers_take_the_unit_from_the_header(db: Database, company_id: str) -> None:
    table = parse_table("業務名,月間回数,所要時間(時間)\n請求,4,1.5\n".encode())
    row = check(db, company_id, table).rows[0].fields
    assert (row.frequency, row.minutes_per_occurrence) == ("4/month", 90)
    no_unit = check(db, company_id, parse_table("業務名,回数\n請求,4\n".encode()))
    assert only(no_unit, "frequency_unit_missing") == [(2, 1)]


def test_formulas_give_their_cached_values_and_excel_errors_are_reported(
    db: Database, company_id: str
) -> None:
    data = xlsx_bytes(
        [
            ["業務名", "頻度", "所要時間（分）"],
            [('CONCAT("請","求")', "請求"), "月1回", ("10*3", 30)],
            ["発送", "週1回", ("1/0", "#DIV/0!")],
        ]
    )
    result = check(db, company_id, parse_table(data))
    assert result.rows[0].fields.name == "請求" and result.rows[0].fields.minutes_per_occurrence == 30
    assert only(result, "excel_error") == [(3, 2)]


def test_merged_cells_keep_the_value_in_the_first_cell_and_say_so(db: Database, company_id: str) -> None:
    data = xlsx_bytes(
        [["業務名", "部署"], ["請求", "経理"], ["日報", None], ["給与計算", None], ["発送", "総務"]],
        merges=("B2:B4",),
    )
    result = check(db, company_id, parse_table(data))
    assert [r.department for r in result.rows] == ["経理", "", "", "総務"]
    assert only(result, "merged_cell") == [(3, 1), (4, 1)]
    assert result.rows[1].status == WARNING and not result.has_errors


def test_a_merged_cell_in_a_column_not_imported_is_not_mentioned(db: Database, company_id: str) -> None:
    data = xlsx_bytes([["業務名", "謎"], ["請求", "x"], ["日報", None]], merges=("B2:B3",))
    result = check(db, company_id, parse_table(data))
    assert only(result, "merged_cell") == [] and result.counts.ok == 2


# --- duplicates, areas of work, and writing -------------------------------------------------------


def test_duplicates_are_skipped_unless_chosen(db: Database, company_id: str) -> None:
    accounting = create_department(db, company_id, "経理")
    create_task(db, company_id, TaskFields(name="請求書の発行", department_id=accounting.id))
    csv_text = "業務名,部署\n請求書の発行,経理\n請求書の発行,営業\n請求書の発行,営業\n"
    result = check(db, company_id, parse_table(csv_text.encode()))
    assert [r.duplicate for r in result.rows] == [True, False, True]
    assert only(result, "duplicate_existing") == [(2, 0)] and only(result, "duplicate_in_file") == [(4, 0)]
    assert commit(db, company_id, result).tasks == 1
    assert commit(db, company_id, check(db, company_id, parse_table(csv_text.encode())).with_duplicates(True))
    assert len(list_tasks(db, company_id)) == 5


def test_areas_of_work_are_matched_by_normalised_name_and_created_once(db: Database, company_id: str) -> None:
    create_department(db, company_id, "ＩＴ推進")
    csv_text = "業務名,部署\nA,IT推進\nB, IT推進 \nC,観光\nD,観光\nE,\n"
    result = check(db, company_id, parse_table(csv_text.encode()))
    assert result.new_departments == ("観光",)
    assert len(only(result, "new_department")) == 1
    outcome = commit(db, company_id, result)
    assert (outcome.tasks, outcome.departments) == (5, 1)
    assert [d.name for d in list_departments(db, company_id)] == ["ＩＴ推進", "観光"]
    by_name = {t.fields.name: t.department_name for t in list_tasks(db, company_id)}
    assert by_name == {"A": "ＩＴ推進", "B": "ＩＴ推進", "C": "観光", "D": "観光", "E": ""}


def test_nothing_is_written_while_the_preview_has_errors(db: Database, company_id: str) -> None:
    before = counts(db)
    table = parse_table("業務名,頻度,部署\n請求,週3回,新部署\n日報,謎,新部署\n".encode())
    result = check(db, company_id, table)
    assert result.has_errors and counts(db) == before
    with pytest.raises(ImportFileError) as caught:
        commit(db, company_id, result)
    assert caught.value.code == "has_errors" and counts(db) == before


def test_the_import_is_one_transaction(
    db: Database, company_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "".join(f"業務{i},部署{i % 2}\n" for i in range(5))
    result = check(db, company_id, parse_table(("業務名,部署\n" + rows).encode()))
    before = counts(db)
    original = store._insert_task
    calls = []

    def failing(*args: Any) -> None:
        calls.append(1)
        if len(calls) == 4:
            raise OSError("disk full")
        original(*args)

    monkeypatch.setattr(store, "_insert_task", failing)
    with pytest.raises(OSError):
        commit(db, company_id, result)
    assert counts(db) == before  # not the three tasks, nor the two new areas, nor their outbox rows
    monkeypatch.setattr(store, "_insert_task", original)
    assert commit(db, company_id, result).tasks == 5
    tasks, departments, outbox = counts(db)
    assert (tasks, departments) == (5, 2) and outbox > before[2]


# --- files that are not tables ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "empty"),
        (b"\n\n  \n", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old_excel"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), "password_protected"),
        (b"PK\x03\x04 broken zip", "broken"),
        (b"%PDF-1.7\n...", "not_a_spreadsheet"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not_a_spreadsheet"),
        (b"abc\x00\x01\x02def", "not_a_spreadsheet"),
        (b"\x81\xff\xfe\xfd\x80\xa0" * 10, "unknown_encoding"),
    ],
)
def test_files_that_are_not_tables_give_one_clear_code(data: bytes, code: str) -> None:
    with pytest.raises(ImportFileError) as caught:
        parse_table(data)
    assert caught.value.code == code


def test_other_zip_documents_are_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(ImportFileError) as caught:
        parse_table(buffer.getvalue())
    assert caught.value.code == "unsupported_format"


def test_limits_give_clear_codes(db: Database, company_id: str, tmp_path: Path) -> None:
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024 + 1)
    with pytest.raises(ImportFileError) as caught:
        read_table(huge)
    assert caught.value.params == {"limit_mb": 20}
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "missing.csv")
    assert caught.value.code == "not_found"
    long_rows = "業務名\n" + "業務\n" * 20_001
    with pytest.raises(ImportFileError) as caught:
        parse_table(long_rows.encode())
    assert caught.value.code == "too_many_rows"
    # A cell over 10,000 characters is an error where it is imported, and ignored where it is not.
    long_cells = "業務名,謎\n" + "x" * 10_001 + ",y\nz," + "y" * 10_001
    result = check(db, company_id, parse_table(long_cells.encode()))
    assert only(result, "cell_too_long") == [(2, 0)]
    with pytest.raises(ImportFileError) as caught:
        parse_table(("業務名\n" + "x" * 200_000).encode())
    assert caught.value.code == "cell_too_long"


def test_a_formula_neutralised_by_our_csv_export_reads_back_as_written(db: Database, company_id: str) -> None:
    table = parse_table("業務名,メモ\n'=1+1,'@cmd\n".encode())
    assert table.rows[0] == ("=1+1", "@cmd")


def test_a_cancelled_import_writes_nothing(db: Database, company_id: str) -> None:
    result = check(db, company_id, parse_table("業務名,部署\n請求,経理\n日報,経理\n".encode()))
    before = counts(db)
    with pytest.raises(Cancelled):
        commit(db, company_id, result, cancelled=lambda: True)
    assert counts(db) == before


def test_rows_with_nothing_to_import_are_left_out(db: Database, company_id: str) -> None:
    """A template's numbered rows that were never filled in do not block the import."""
    data = xlsx_bytes([["No.", "業務名", "頻度"], [1, "請求", "月1回"], [2, None, None], [3, " ", None]])
    result = check(db, company_id, parse_table(data))
    assert not result.has_errors and [r.fields.name for r in result.rows] == ["請求"]
    assert [(m.code, m.severity, m.params) for m in result.messages] == [
        ("column_missing", WARNING, {"value": 30}),
        ("blank_rows_skipped", "info", {"value": 2}),
    ]
