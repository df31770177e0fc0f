"""The inventory interview sheet and the connection card: content, fonts, QR payload, bad input."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import update

from desktop.core import demo
from desktop.core.db import Database
from desktop.core.documents import connection_card, enrolment_payload, interview_sheet
from desktop.core.documents.interview import load_areas
from desktop.core.models import Task
from desktop.core.services.companies import (
    CompanyData,
    create_company,
    create_department,
    list_companies,
    list_departments,
)
from desktop.core.services.tasks import TaskFields, create_task, list_tasks
from desktop.core.templates import library

TODAY = date(2026, 11, 26)


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def flat(text: str) -> str:
    return "".join(text.split())


def page_sizes(path: Path) -> list[tuple[int, int]]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [tuple(round(v) for v in pdf[i].get_size()) for i in range(len(pdf))]  # type: ignore[misc]
    finally:
        pdf.close()


def embedded_subsets_only(data: bytes) -> bool:
    names = set(re.findall(rb"/BaseFont /([A-Za-z0-9+\-]+)", data))
    return (
        bool(names)
        and b"/FontFile2" in data
        and all(re.fullmatch(rb"[A-Z]{6}\+BIZUDGothic-(Regular|Bold)", n) for n in names)
    )


# --- the interview sheet -----------------------------------------------------------------------------


def test_prefilled_interview_lists_the_areas_their_tasks_and_templates(db: Database, tmp_path: Path) -> None:
    demo.load_small(db, today=TODAY)
    company = list_companies(db)[0]
    with db.write() as session:  # something internal that must stay off the paper
        session.execute(
            update(Task).values(note="INTERNALNOTE", ecrs_note="ECRSNOTE", performer="PERFORMERX")
        )
    out = tmp_path / "interview.pdf"
    result = interview_sheet(db, out, company.id, prefilled=True, today=TODAY)
    assert result.sheets == 1 and result.pages > 3 and not result.problems
    texts = page_texts(out)
    whole = flat("".join(texts))
    assert all(size == (842, 595) for size in page_sizes(out))  # A4 landscape
    for label in ("業務棚卸しヒアリングシート", "会社名", "日付", "聞き手", "話し手"):
        assert label in whole
    assert flat(company.name) in whole
    for column in (
        "作業",
        "誰が",
        "頻度（○で囲む）",
        "回数",
        "所要時間",
        "紙／電子",
        "現場",
        "機密",
        "個人情報",
        "一人だけ",
        "メモ",
    ):
        assert column in whole
    for dept in list_departments(db, company.id):
        assert flat(f"業務領域：{dept.name}") in whole
    for task in list_tasks(db, company.id):
        assert flat(task.fields.name) in whole
    # The template tasks of an area whose name matches the library ("営業・顧客対応(直販・通販)" too).
    areas = {a.name: a for a in load_areas(db, company.id)}
    sales = areas["営業・顧客対応(直販・通販)"]
    assert sales.templates and set(sales.templates) <= {t.name for t in library().by_area()["営業・顧客対応"]}
    for area in areas.values():
        for name in area.templates:
            assert flat(name) in whole
    assert "INTERNALNOTE" not in whole and "ECRSNOTE" not in whole and "PERFORMERX" not in whole
    # The title row of an area is repeated on the pages its table runs onto.
    assert all("業務領域：" in t for t in texts)
    assert re.search(r"1 / \d+", texts[0]) and "印刷日 2026年11月26日" in texts[-1]
    assert embedded_subsets_only(out.read_bytes())


def test_blank_interview_has_the_library_areas_to_tick(db: Database, tmp_path: Path) -> None:
    out = tmp_path / "blank.pdf"
    result = interview_sheet(db, out, None, prefilled=False, today=TODAY)
    whole = flat("".join(page_texts(out)))
    assert result.sheets == 1 and result.pages >= 2
    assert "業務領域（あてはまるものに✓）" in whole
    for name in library().area_names():
        assert flat(f"□{name}") in whole
    assert whole.count("日・週・月・年") >= 30  # empty lines to write in
    assert embedded_subsets_only(out.read_bytes())


def test_interview_of_a_company_with_a_rare_kanji_warns_on_the_sheet(db: Database, tmp_path: Path) -> None:
    company = create_company(db, CompanyData(name="𠮷川商店"))
    dept = create_department(db, company.id, "経理・会計")
    create_task(db, company.id, TaskFields(name="請求書😀の発行", department_id=dept.id))
    out = tmp_path / "rare.pdf"
    result = interview_sheet(db, out, company.id, prefilled=True, lang="ja", today=TODAY)
    assert [(p.code, p.name) for p in result.problems] == [
        ("replaced_chars", "業務棚卸し ヒアリングシート – 𠮷川商店")
    ]
    assert "𠮷" in result.problems[0].detail and "😀" in result.problems[0].detail
    text = "".join(page_texts(out))
    assert "〓川商店" in text and "請求書〓の発行" in text and "U+20BB7" in text
    # Not pre-filled: the company's name, but no tasks.
    blank = tmp_path / "blank.pdf"
    interview_sheet(db, blank, company.id, prefilled=False, today=TODAY)
    text = "".join(page_texts(blank))
    assert "〓川商店" in text and "請求書" not in text


# --- the connection card -----------------------------------------------------------------------------


def test_connection_card_shows_the_code_and_its_qr_code_carries_the_enrolment(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    url = "https://partner.example.jp/machishigoto?x=1&y=2"
    result = connection_card(out, server_url=url, code="7KQ2-M9XD-4HTR", company_name="有限会社 山里茶園")
    assert (result.pages, result.sheets, result.problems) == (1, 1, ())
    assert page_sizes(out) == [(595, 842)]
    text = page_texts(out)[0]
    assert "7KQ2-M9XD-4HTR" in text and url in flat(text) and "有限会社 山里茶園" in text
    for line in ("パートナーサーバーに接続", "「サーバーのURL」と「接続コード」", "一度しか使えません"):
        assert line in flat(text)
    assert "切り取り線" in text and "1 / 1" in text
    pdf = pdfium.PdfDocument(str(out))
    try:
        image = pdf[0].render(scale=200 / 72).to_pil()
    finally:
        pdf.close()
    decoded = [r.text for r in zxingcpp.read_barcodes(image)]
    assert decoded == [enrolment_payload(url, "7KQ2-M9XD-4HTR")]
    parts = urlsplit(decoded[0])
    assert (parts.scheme, parts.netloc, parts.path) == ("machishigoto", "enrol", "")
    assert parse_qs(parts.query) == {"server": [url], "code": ["7KQ2-M9XD-4HTR"]}
    assert embedded_subsets_only(out.read_bytes())


def test_connection_card_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "card.pdf"
    result = connection_card(out, server_url="https://x.example.jp", code="AB", company_name="🍵 茶房")
    assert [p.code for p in result.problems] == ["replaced_chars"]
    assert "【注意】" in page_texts(out)[0]
    english = connection_card(out, server_url="https://x.example.jp", code="AB", company_name="", lang="en")
    assert not english.problems and "Connection code" in page_texts(out)[0]
    with pytest.raises(ValueError):
        connection_card(tmp_path / "none.pdf", server_url=" ", code="AB", company_name="")
    assert not (tmp_path / "none.pdf").exists()
