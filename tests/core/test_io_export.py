"""Exporting the inventory: the same data comes back, formulas never run, nothing is overwritten."""

from __future__ import annotations

import codecs
import csv
import dataclasses
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import inventory
from desktop.core.db import Database
from desktop.core.io import (
    HEADERS,
    commit,
    export_tasks_csv,
    export_tasks_xlsx,
    map_columns,
    neutralise,
    preview,
    read_table,
    write_template,
)
from desktop.core.io.words import CHOICE_CODES, format_choice, format_frequency, parse_choice, parse_frequency
from desktop.core.services.companies import CompanyData, create_company, create_department
from desktop.core.services.tasks import TaskFields, TaskRow, create_task, list_tasks

HOSTILE = {
    "name": '=HYPERLINK("http://evil","請求")',
    "performer": "+81 90 1234 5678",
    "skills": "-2+3",
    "tools": "@SUM(A1)",
    "description": "\tタブで始まる説明",
    "note": "\r改行で始まるメモ",
    "ecrs_note": "＝全角のイコール",
}


@pytest.fixture
def company_id(db: Database) -> str:
    company = create_company(db, CompanyData(name="テスト茶園"))
    accounting = create_department(db, company.id, "経理")
    tourism = create_department(db, company.id, "観光")
    create_task(db, company.id, TaskFields(name="請求書の発行", department_id=accounting.id))
    create_task(
        db,
        company.id,
        TaskFields(
            name="茶摘み体験の予約受付",
            department_id=tourism.id,
            description="電話とメールで受け付ける。\n繁忙期は5月。",
            frequency="3/week",
            minutes_per_occurrence=20,
            performer="佐藤",
            skills="接客, 予約システム",
            tools="Googleカレンダー",
            medium="mixed",
            onsite="sometimes",
            confidentiality="confidential",
            personal_data=True,
            single_person=True,
            documented="partial",
            seasonality="seasonal",
            deadline="same_day",
            ecrs_decision="simplify",
            ecrs_note="予約フォームにする",
            status="under_review",
            note="電話は午前中が多い",
        ),
    )
    create_task(db, company.id, TaskFields(name="日報の入力", frequency="2/day", minutes_per_occurrence=5))
    create_task(
        db, company.id, TaskFields(name="決算書の整理", frequency="1/year", minutes_per_occurrence=600)
    )
    create_task(db, company.id, TaskFields(**HOSTILE, frequency="4/year", status="outsourced"))  # type: ignore[arg-type]
    return company.id


def comparable(rows: list[TaskRow]) -> list[tuple[str, TaskFields]]:
    """Tasks as an import gives them back: by area of work name, text without surrounding blanks."""

    def trimmed(fields: TaskFields) -> TaskFields:
        texts: dict[str, Any] = {
            k: v.strip() for k, v in dataclasses.asdict(fields).items() if isinstance(v, str)
        }
        return dataclasses.replace(fields, **{**texts, "department_id": None})

    return sorted(((r.department_name, trimmed(r.fields)) for r in rows), key=lambda p: (p[0], p[1].name))


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_gives_the_same_data(
    db: Database, company_id: str, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"業務一覧{suffix}"
    write = export_tasks_xlsx if suffix == ".xlsx" else export_tasks_csv
    assert write(db, company_id, path) == 5
    table = read_table(path)
    assert table.headers == HEADERS and table.kind == suffix[1:]
    other = create_company(db, CompanyData(name="別の会社")).id
    result = preview(db, other, table, map_columns(table.headers))
    assert not result.has_errors and result.counts.ok == 5
    assert not [m for m in result.all_messages() if m.code != "new_department"]
    commit(db, other, result)
    assert comparable(list_tasks(db, other)) == comparable(list_tasks(db, company_id))


def test_csv_is_utf8_with_bom_and_neutralises_formulas(db: Database, company_id: str, tmp_path: Path) -> None:
    path = tmp_path / "tasks.csv"
    export_tasks_csv(db, company_id, path)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines(keepends=True)))
    assert rows[0] == list(HEADERS)
    hostile = next(r for r in rows if r[0].startswith("'="))
    cells = dict(zip(HEADERS, hostile, strict=True))
    assert cells["業務名"] == "'" + HOSTILE["name"]
    assert cells["担当者"] == "'" + HOSTILE["performer"]
    assert cells["必要なスキル"] == "'" + HOSTILE["skills"]
    assert cells["使う道具・システム"] == "'" + HOSTILE["tools"]
    assert cells["ECRSメモ"] == "'" + HOSTILE["ecrs_note"]
    assert cells["頻度"] == "年4回" and cells["状態"] == "外注済み"
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


def test_neutralise() -> None:
    assert [neutralise(t) for t in ("=1+1", "+1", "-1", "@a", "\tx", "\rx", "＝x", "普通", "")] == [
        "'=1+1",
        "'+1",
        "'-1",
        "'@a",
        "'\tx",
        "'\rx",
        "'＝x",
        "普通",
        "",
    ]


def test_xlsx_writes_formula_like_text_as_strings(db: Database, company_id: str, tmp_path: Path) -> None:
    path = tmp_path / "tasks.xlsx"
    export_tasks_xlsx(db, company_id, path)
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == list(HEADERS)
    hostile = next(row for row in sheet.iter_rows(min_row=2) if row[0].value == HOSTILE["name"])
    for cell in hostile:
        if isinstance(cell.value, str):
            assert cell.data_type == "s", cell.coordinate
    assert hostile[4].value == 600 or isinstance(hostile[4].value, int)  # numbers stay numbers
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_xlsx_drops_characters_excel_cannot_hold(db: Database, tmp_path: Path) -> None:
    company = create_company(db, CompanyData(name="制御文字"))
    create_task(db, company.id, TaskFields(name="請求\x01書", note="ベル\x07"))
    export_tasks_xlsx(db, company.id, tmp_path / "x.xlsx")
    row = next(openpyxl.load_workbook(tmp_path / "x.xlsx").active.iter_rows(min_row=2, values_only=True))
    assert row[0] == "請求書" and row[-1] == "ベル"


@pytest.mark.parametrize("kind", ["xlsx", "csv", "template"])
def test_export_never_overwrites(db: Database, company_id: str, tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"existing.{'csv' if kind == 'csv' else 'xlsx'}"
    path.write_bytes(b"keep me")
    with pytest.raises(FileExistsError):
        if kind == "xlsx":
            export_tasks_xlsx(db, company_id, path)
        elif kind == "csv":
            export_tasks_csv(db, company_id, path)
        else:
            write_template(path)
    assert path.read_bytes() == b"keep me"


def test_a_failed_export_leaves_no_half_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.io import export

    company = create_company(db, CompanyData(name="途中で失敗"))
    create_task(db, company.id, TaskFields(name="請求"))

    def broken(row: TaskRow) -> list[object]:
        raise OSError("disk full")

    monkeypatch.setattr(export, "task_cells", broken)
    for write, name in ((export_tasks_csv, "a.csv"), (export_tasks_xlsx, "a.xlsx")):
        with pytest.raises(OSError):
            write(db, company.id, tmp_path / name)
        assert not (tmp_path / name).exists()


def test_template_has_the_headers_and_drop_down_lists(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]] == list(HEADERS)
    lists = {
        str(v.sqref).split(":")[0]: v.formula1
        for v in sheet.data_validations.dataValidation
        if v.type == "list"
    }
    assert lists["J2"] == '"紙,電子,紙と電子"'  # 紙／データ
    assert lists["M2"] == '"あり,なし"'  # 個人情報
    assert lists["R2"] == '"未検討,排除,結合,交換,簡素化,現状維持"'  # ECRS
    assert len(lists) == 10
    table = read_table(path)
    company = create_company(db, CompanyData(name="空"))
    result = preview(db, company.id, table, map_columns(table.headers))
    assert result.rows == () and [m.code for m in result.messages] == ["no_rows"]


def test_every_word_we_write_reads_back_as_its_code() -> None:
    for kind, codes in CHOICE_CODES.items():
        for code in codes:
            assert parse_choice(kind, format_choice(kind, code), "x").value == code


@given(st.integers(min_value=1, max_value=10_000), st.sampled_from(inventory.FREQUENCY_UNITS))
def test_every_frequency_we_write_reads_back(count: int, unit: str) -> None:
    code = f"{count}/{unit}"
    assert parse_frequency(format_frequency(code)) == (code, None)
