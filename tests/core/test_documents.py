"""Task sheets (作業指示書): what they print and never print, fonts, the QR code, Japanese line
breaking, long procedures across pages, bad input, one failing sheet, cancelling."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from sqlalchemy import select, update

from desktop.core import demo, workforce
from desktop.core.db import Database
from desktop.core.documents import SheetProblem, assignment_ids_for, task_sheet, task_sheets
from desktop.core.documents.fonts import Glyphs, fonts
from desktop.core.documents.layout import make_styles
from desktop.core.errors import Cancelled
from desktop.core.ids import derived_id
from desktop.core.models import Assignment, Company, Task, TaskStep, WorkerCard
from desktop.core.services.assignments import assign, list_assignments
from desktop.core.services.companies import get_company, update_company
from desktop.core.services.tasks import TaskFields, add_step, create_task
from desktop.core.workforce import Period
from tests.core.test_matching import Pool

TODAY = date(2026, 11, 26)
PERIOD = Period(date(2026, 10, 1), None)
NO_LINE_START = "。、」）』】"


# --- helpers -------------------------------------------------------------------------------------


def page_texts(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


def bodies(path: Path) -> list[str]:
    """Each page's text without its header and footer (which come first: one line each)."""
    return ["\n".join(text.splitlines()[2:]) for text in page_texts(path)]


def flat(text: str) -> str:
    """Text without any whitespace (line breaks of wrapped text fall anywhere)."""
    return "".join(text.split())


def qr_codes(path: Path, page: int = 0, dpi: int = 200) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        image = pdf[page].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    return [r.text for r in zxingcpp.read_barcodes(image)]


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_small(db, today=TODAY)
    return db


@pytest.fixture
def pool(db: Database) -> Pool:
    pool = Pool.create(db)
    company = get_company(db, pool.company_id)
    update_company(db, replace(company, contact_person="山本 典子", phone="0547-00-0000"))
    return pool


def worker(pool: Pool, name: str, email: str = "", consent: str = "2026-04-01") -> str:
    return pool.worker(name, clearance="confidential", email=email, consent_on=consent)


def task(pool: Pool, name: str, steps: list[tuple[str, bool]] | None = None, **fields: object) -> str:
    row = create_task(pool.db, pool.company_id, TaskFields(name=name, **fields))  # type: ignore[arg-type]
    for text, internal in steps or []:
        add_step(pool.db, row.id, text, internal_only=internal)
    return row.id


# --- what a sheet prints ----------------------------------------------------------------------------


def test_demo_sheets_print_what_a_worker_needs(demo_db: Database, tmp_path: Path) -> None:
    ids = assignment_ids_for(demo_db)
    rows = {r.id: r for r in list_assignments(demo_db)}
    out = tmp_path / "sheets.pdf"
    seen: list[tuple[int, int]] = []
    result = task_sheets(demo_db, out, ids, progress=lambda d, t: seen.append((d, t)), today=TODAY)
    assert result.path == out and out.is_file()
    assert result.sheets == len(ids) and result.pages >= len(ids)
    assert seen[0] == (0, len(ids)) and seen[-1] == (len(ids), len(ids)) and len(seen) == len(ids) + 1
    texts = page_texts(out)
    assert len(texts) == result.pages
    whole = flat("".join(texts))
    for assignment_id in ids:
        row = rows[assignment_id]
        assert flat(row.task_name) in whole and row.display_code in whole and flat(row.worker_name) in whole
    # Every page: the company in the footer, the print date, "n / N" within its own sheet.
    numbers = [re.search(r"(\d+) / (\d+)", t) for t in texts]
    assert all(m is not None for m in numbers)
    pairs = [(int(m.group(1)), int(m.group(2))) for m in numbers if m]
    assert pairs[0][0] == 1 and all(n <= total for n, total in pairs)
    assert sum(1 for n, _total in pairs if n == 1) == len(ids)  # each sheet starts at page 1
    assert all("有限会社 山里茶園" in t and "印刷日 2026年11月26日" in t for t in texts)
    assert not re.search(r"&[#a-z0-9]+;|</?[a-z]+>", "".join(texts))  # no markup printed as text

    # One operator's sheet in detail (売上の記帳, with a supervisor and shareable steps).
    operator = next(r for r in rows.values() if r.task_name.startswith("売上の記帳") and r.role == "operator")
    supervisor = next(r for r in rows.values() if r.task_id == operator.task_id and r.role == "supervisor")
    one = tmp_path / "one.pdf"
    task_sheets(demo_db, one, [operator.id], today=TODAY)
    text = flat("".join(page_texts(one)))
    with demo_db.read() as session:
        t = session.get(Task, operator.task_id)
        assert t is not None
        steps = session.scalars(
            select(TaskStep.text).where(TaskStep.task_id == t.id, TaskStep.internal_only.is_(False))
        ).all()
        card = session.scalar(select(WorkerCard).where(WorkerCard.worker_id == supervisor.worker_id))
        company = session.get(Company, t.company_id)
        assert card is not None and company is not None
        for label in ("作業指示書", "会社", "担当者", "指導役", "目的・作業の内容", "手順（チェックリスト）"):
            assert label in text
        assert flat(t.description) in text
        assert steps and all(flat(s) in text for s in steps)
        assert flat(card.name) in text and card.contact in text  # the supervisor's agreed contact
        assert "作業者" in text and "週5回" in text and "約30分" in text and "数日以内" in text
        assert flat(t.tools) in text
        assert "守秘・個人情報の取り扱い" in text and "「機密」" in text
        assert company.phone in text and flat(company.contact_person) in text
        assert "作業時間の記録" in text and "第1週" in text and "合計" in text
        assert operator.display_code in text and "作業時間の入力時にこのコードを入力またはスキャン" in text
    assert result.problems == tuple(p for p in result.problems if p.code == "no_steps")


def test_fonts_are_embedded_as_subsets(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    task_sheets(demo_db, out, assignment_ids_for(demo_db)[:2], today=TODAY)
    data = out.read_bytes()
    assert b"/FontFile2" in data
    base_fonts = set(re.findall(rb"/BaseFont /([A-Za-z0-9+\-]+)", data))
    assert base_fonts, "no fonts?"
    assert all(re.fullmatch(rb"[A-Z]{6}\+BIZUDGothic-(Regular|Bold)", name) for name in base_fonts), (
        base_fonts
    )


def test_the_qr_code_decodes_to_the_short_code(demo_db: Database, tmp_path: Path) -> None:
    rows = list_assignments(demo_db)[:3]
    out = tmp_path / "qr.pdf"
    result = task_sheets(demo_db, out, [r.id for r in rows], today=TODAY)
    texts = page_texts(out)
    first_pages = [i for i, t in enumerate(texts) if re.search(r"\b1 / \d+", t)]
    assert len(first_pages) == len(rows) == result.sheets
    for page, row in zip(first_pages, rows, strict=True):
        assert qr_codes(out, page) == [row.code]
        assert workforce.normalise_code(row.display_code) == row.code and row.display_code in texts[page]


def test_internal_fields_and_steps_never_reach_a_sheet(pool: Pool, tmp_path: Path) -> None:
    markers = {
        name: f"MARK{n:02d}{name.upper()}"
        for n, name in enumerate(
            [
                "task_note", "ecrs_note", "performer", "skills", "override_reason", "internal_step",
                "internal_step2", "assignment_note", "company_note", "private", "worker_note",
                "municipality", "phone", "deleted_step",
            ]
        )
    }  # fmt: skip
    hanako = pool.worker(
        "田中 花子",
        clearance="confidential",
        email="hanako@example.jp",
        phone=markers["phone"],  # the card shows the e-mail only
        consent_on="2026-04-01",
        private_constraints=markers["private"],
        note=markers["worker_note"],
        municipality=markers["municipality"],
        rate=4321,
    )
    task_id = task(
        pool,
        "請求書の発行",
        steps=[
            ("請求書を印刷する", False),
            (f"パスワードは {markers['internal_step']}", True),
            ("封筒に入れて投函する", False),
            (markers["internal_step2"], True),
            (markers["deleted_step"], False),
        ],
        description="月末に取引先へ請求書を送る。",
        note=markers["task_note"],
        ecrs_note=markers["ecrs_note"],
        performer=markers["performer"],
        skills=markers["skills"],
        suitability_override={"category": "suitable", "reason": markers["override_reason"]},
        confidentiality="confidential",
        personal_data=True,
    )
    with pool.db.write() as session:
        session.execute(update(TaskStep).where(TaskStep.text == markers["deleted_step"]).values(deleted=True))
        session.execute(
            update(Company)
            .where(Company.id == pool.company_id)
            .values(note=markers["company_note"], hourly_cost_yen=98765, outsource_rate_yen=87654)
        )
    row = assign(pool.db, task_id, hanako, "operator", PERIOD, 4321, 12, note=markers["assignment_note"])
    out = tmp_path / "private.pdf"
    result = task_sheets(pool.db, out, [row.id], today=TODAY)
    text = "".join(page_texts(out))
    assert "請求書を印刷する" in text and "封筒に入れて投函する" in text and "hanako@example.jp" in text
    for name, marker in markers.items():
        assert marker not in text, name
        assert marker.encode() not in out.read_bytes(), name
    for number in ("4321", "4,321", "98765", "98,765", "87654", "87,654"):
        assert number not in flat(text)
    assert "個人情報（氏名・住所" in flat(text)  # the personal-data rules of a task that has it
    assert [p.code for p in result.problems] == []


# --- Japanese line breaking --------------------------------------------------------------------------


def _line_text(line: object) -> str:
    if isinstance(line, tuple):  # a paragraph in one style: (extra space, [text])
        return "".join(line[1])
    return "".join(getattr(frag, "text", "") for frag in line.words)  # type: ignore[attr-defined]


def test_no_line_starts_with_closing_punctuation() -> None:
    from reportlab.platypus import Paragraph

    styles = make_styles(fonts())
    assert styles.body.wordWrap == "CJK" and styles.step.wordWrap == "CJK"
    g = Glyphs()
    text = "「請求書」を確認し、金額（税込）が合っているか確かめる。" * 12
    checked = 0
    for markup in (g.markup(text), "<b>1.</b> " + g.markup(text)):  # one style, and mixed styles
        for width in range(120, 400, 7):  # many widths, so that punctuation lands at every line end
            para = Paragraph(markup, styles.step, bulletText="□")
            para.wrap(width, 10_000)
            lines = [_line_text(line) for line in para.blPara.lines]
            assert len(lines) > 1 and "".join(lines).replace(" ", "") == (
                ("1." if markup.startswith("<b>") else "") + text
            )
            for line in lines[1:]:
                assert line.lstrip()[:1] not in NO_LINE_START, (width, line)
                checked += 1
    assert checked > 500


def test_extracted_lines_of_a_long_step_never_start_with_closing_punctuation(
    pool: Pool, tmp_path: Path
) -> None:
    step = "伝票（控え）を確認し、「済」の印を押す。" * 60
    hanako = worker(pool, "田中 花子", email="hanako@example.jp")
    task_id = task(pool, "伝票の確認", steps=[(step, False)])
    row = assign(pool.db, task_id, hanako, "operator", PERIOD, 1200, 10)
    out = tmp_path / "wrap.pdf"
    task_sheets(pool.db, out, [row.id], today=TODAY)
    lines = [line for t in page_texts(out) for line in t.splitlines() if line.strip()]
    assert sum(1 for line in lines if "伝票" in line) > 5
    assert all(line.strip()[0] not in NO_LINE_START for line in lines)
    assert flat(step) in flat("".join(bodies(out)))


# --- long procedures, many sheets --------------------------------------------------------------------


def test_200_tasks_with_long_procedures_paginate_without_loss(pool: Pool, tmp_path: Path) -> None:
    workers = [worker(pool, f"作業者{n:02d}", email=f"w{n}@example.jp") for n in range(20)]
    long_step = "長い手順の本文です。" * 200  # 2,000 characters in one step
    expected: dict[str, list[str]] = {}
    ids: list[str] = []
    with pool.db.write() as session:
        for n in range(200):
            task_id = f"00000000-0000-4000-8000-{n:012d}"
            session.add(
                Task(
                    id=task_id,
                    scope_id=pool.company_id,
                    company_id=pool.company_id,
                    name=f"作業{n:03d}の処理",
                    description=f"作業{n:03d}の目的。" * 20,
                    frequency="2/week",
                    minutes_per_occurrence=40,
                )
            )
            steps = [
                f"T{n:03d}S{s}：" + "確認して入力し、結果を記録する。" * (8 + (n + s) % 12) for s in range(8)
            ]
            if n == 7:
                steps.append(f"T{n:03d}LONG：" + long_step)
            expected[task_id] = steps
            for position, text in enumerate(steps):
                session.add(
                    TaskStep(
                        id=derived_id("test-step", task_id, str(position)),
                        scope_id=pool.company_id,
                        task_id=task_id,
                        position=position,
                        text=text,
                    )
                )
    for n, task_id in enumerate(expected):
        ids.append(assign(pool.db, task_id, workers[n % 20], "operator", PERIOD, 1200, 8).id)
    out = tmp_path / "many.pdf"
    result = task_sheets(pool.db, out, ids, today=TODAY)
    assert result.sheets == 200 and not result.problems
    texts = bodies(out)
    assert len(texts) == result.pages > 400  # most sheets run over two pages
    whole = flat("".join(texts))
    for steps in expected.values():
        for text in steps:
            assert flat(text) in whole, text[:12]
    assert not any(t.strip() == "" for t in texts)  # no empty page


# --- bad input ---------------------------------------------------------------------------------------


def test_bad_input_prints_and_is_reported_with_the_sheets_name(pool: Pool, tmp_path: Path) -> None:
    no_contact = worker(pool, "𠮷田 太郎", consent="")  # no consent: the card has no contact
    emoji = worker(pool, "佐藤 花子", email="hanako@example.jp")
    bare = task(pool, "手順のない作業")
    rare = task(
        pool,
        "👍 お礼状の発送 🙇‍♀️",
        steps=[("宛名を確認する 😀︎", False), ("𠮷野家さんにも送る", False), ("長い" + "あ" * 1998, False)],
    )
    a = assign(pool.db, bare, no_contact, "operator", PERIOD, 1000, 4)
    b = assign(pool.db, rare, emoji, "operator", PERIOD, 1000, 4)
    out = tmp_path / "bad.pdf"
    result = task_sheets(pool.db, out, [a.id, b.id], today=TODAY)
    assert result.sheets == 2
    name_a = f"手順のない作業 – 𠮷田 太郎 ({a.display_code})"
    name_b = f"👍 お礼状の発送 🙇‍♀️ – 佐藤 花子 ({b.display_code})"
    problems = {(p.name, p.code) for p in result.problems}
    assert (name_a, "no_steps") in problems
    assert (name_a, "no_contact") in problems
    assert (name_a, "replaced_chars") in problems  # 𠮷 in the worker's name
    assert (name_b, "replaced_chars") in problems
    detail_b = next(p.detail for p in result.problems if p.name == name_b and p.code == "replaced_chars")
    for ch in ("👍", "🙇", "😀", "𠮷"):
        assert f"{ch} (U+{ord(ch):04X})" in detail_b
    contact = next(p.detail for p in result.problems if p.code == "no_contact")
    assert "作業者の連絡先" in contact

    texts = page_texts(out)
    whole = "".join(texts)
    assert "𠮷" not in whole and "👍" not in whole and "\u200d" not in whole and "♀" not in whole
    assert "〓田 太郎" in whole and "〓 お礼状の発送 〓" in whole  # one 〓 for a whole emoji sequence
    assert "【注意】印刷できない文字があります" in whole and "U+20BB7（漢字）" in whole
    assert "U+1F44D（絵文字・記号）" in whole
    assert "手順はまだ登録されていません" in whole and "（未登録）" in whole
    assert flat("長い" + "あ" * 1998) in flat("".join(bodies(out)))  # the 2,000-character step, all of it


def test_glyphs_replace_what_the_font_lacks_once_per_character() -> None:
    g = Glyphs()
    assert g.clean("普通の文章。ABC 123") == "普通の文章。ABC 123" and not g.replaced
    assert g.clean("𠮷野家") == "〓野家"
    assert g.clean("👨‍👩‍👧 家族 👍🏽 ❤️") == "〓 家族 〓 〓"
    assert g.clean("🙇‍♀️です") == "〓です"  # ♀ has a glyph, but it is part of the emoji
    assert g.clean("a\tb\x00c\u200bd") == "a bcd"
    assert g.clean("1行目\n2行目") == "1行目\n2行目"
    assert list(g.replaced) == ["𠮷", "👨", "👩", "👧", "👍", "❤", "🙇"]
    assert g.markup("<b>&</b>\n次") == "&lt;b&gt;&amp;&lt;/b&gt;<br/>次"
    for ch in g.replaced:
        assert unicodedata.name(ch)


# --- failures, cancel --------------------------------------------------------------------------------


def test_a_failing_sheet_is_replaced_by_a_notice_and_the_batch_goes_on(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = list_assignments(demo_db)[:4]
    broken = rows[1]
    real_build = task_sheet.build

    def build(data: task_sheet.SheetData, *args: object, **kwargs: object) -> task_sheet.BuiltSheet:
        built = real_build(data, *args, **kwargs)  # type: ignore[arg-type]
        if data.assignment_id == broken.id:  # fails during layout, after drawing part of a page
            from reportlab.platypus.flowables import Flowable

            class Boom(Flowable):  # type: ignore[misc]
                def wrap(self, *_: object) -> tuple[float, float]:
                    return (10, 10)

                def draw(self) -> None:
                    raise RuntimeError("boom in layout")

            built.story.insert(len(built.story) // 2, Boom())
        return built

    monkeypatch.setattr(task_sheet, "build", build)
    out = tmp_path / "batch.pdf"
    result = task_sheets(demo_db, out, [r.id for r in rows], today=TODAY)
    failed = [p for p in result.problems if p.code == "failed"]
    assert failed == [
        SheetProblem(task_sheet.sheet_name(_data(demo_db, broken.id), "ja"), "failed", failed[0].detail)
    ]
    assert "boom in layout" in failed[0].detail
    assert result.sheets == 4
    texts = page_texts(out)
    notice = [t for t in texts if "この作業指示書は作成できませんでした" in t]
    assert len(notice) == 1 and flat(broken.task_name) in flat(notice[0]) and "1 / 1" in notice[0]
    # Nothing of the broken sheet's half-drawn pages is left; the others are whole.
    assert sum(1 for t in texts if broken.display_code in t) == 1
    for row in rows:
        if row.id != broken.id:
            assert any(row.display_code in t and "作業時間の記録" in t for t in texts)


def _data(db: Database, assignment_id: str) -> task_sheet.SheetData:
    return task_sheet.load_sheets(db, [assignment_id])[assignment_id]


def test_a_deleted_assignment_prints_as_a_notice(demo_db: Database, tmp_path: Path) -> None:
    rows = list_assignments(demo_db)[:2]
    with demo_db.write() as session:
        session.execute(update(Assignment).where(Assignment.id == rows[0].id).values(deleted=True))
    result = task_sheets(demo_db, tmp_path / "x.pdf", [rows[0].id, rows[1].id], today=TODAY)
    assert [(p.name, p.code) for p in result.problems if p.code == "failed"] == [(rows[0].id, "failed")]
    assert result.sheets == 2


def test_cancel_leaves_no_file_and_keeps_the_old_one(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    out.write_bytes(b"old")
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        task_sheets(demo_db, out, assignment_ids_for(demo_db), cancelled=cancelled, today=TODAY)
    assert out.read_bytes() == b"old"  # the PDF there before is untouched
    assert len(calls) == 4  # asked before every sheet, stopped at the fourth
    fresh = tmp_path / "new.pdf"
    with pytest.raises(Cancelled):
        task_sheets(demo_db, fresh, assignment_ids_for(demo_db), cancelled=lambda: True, today=TODAY)
    assert not fresh.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_an_existing_pdf_is_replaced(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    out.write_bytes(b"old")
    task_sheets(demo_db, out, assignment_ids_for(demo_db)[:1], today=TODAY)
    assert out.read_bytes().startswith(b"%PDF")
    with pytest.raises(ValueError):
        task_sheets(demo_db, out, [], today=TODAY)


# --- which assignments, in which order, in which language -------------------------------------------


def test_assignment_ids_for_filters_and_orders(demo_db: Database) -> None:
    rows = list_assignments(demo_db)
    live = [r for r in rows if r.status != "ended"]
    assert assignment_ids_for(demo_db) == [r.id for r in live]
    assert len(live) < len(rows)  # the demo has an ended assignment
    company_id = rows[0].company_id
    assert assignment_ids_for(demo_db, company_id=company_id) == [r.id for r in live]
    assert assignment_ids_for(demo_db, company_id="nope") == []
    masuda = next(r.worker_id for r in rows if r.worker_name == "増田 綾")
    assert assignment_ids_for(demo_db, worker_id=masuda) == [r.id for r in live if r.worker_id == masuda]
    keys = [(r.company_name, r.task_name, workforce.ROLES.index(r.role), r.worker_name) for r in live]
    assert keys == sorted(keys)


def test_english_sheets(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    result = task_sheets(demo_db, out, assignment_ids_for(demo_db)[:2], lang="en", today=TODAY)
    text = "".join(page_texts(out))
    for words in ("Task sheet", "Procedure (checklist)", "Hours worked", "Printed 2026-11-26", "1 / "):
        assert words in text
    assert "作業指示書" not in text
    assert all(p.name for p in result.problems)


@pytest.fixture(autouse=True)
def _no_leftover_files(tmp_path: Path) -> Iterator[None]:
    yield
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_many_supervisors_fit_the_first_page_and_all_are_in_the_contacts(pool: Pool, tmp_path: Path) -> None:
    operator = worker(pool, "作業 太郎", email="taro@example.jp")
    task_id = task(pool, "記帳", steps=[("入力する", False)])
    row = assign(pool.db, task_id, operator, "operator", PERIOD, 1200, 8)
    for n in range(6):
        helper = worker(pool, f"指導 {n}号", email=f"shido{n}@example.jp")
        assign(pool.db, task_id, helper, "supervisor", PERIOD, 1500, 2)
    out = tmp_path / "team.pdf"
    result = task_sheets(pool.db, out, [row.id], today=TODAY)
    assert not result.problems
    first = page_texts(out)[0]
    assert "ほか 2 名" in first
    whole = "".join(page_texts(out))
    assert all(f"shido{n}@example.jp" in whole for n in range(6))
