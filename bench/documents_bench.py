"""Row: 500 task sheets as one PDF, against bare reportlab drawing the same text and QR codes.

Ours: :func:`desktop.core.documents.task_sheets` on a database with 500 live assignments (the small
demo plus workers, cards and assignments inserted directly, as the demo loader does), reading the
database, checking every string against the font's glyphs, laying out the sheets with headers,
footers and per-sheet "n / N", and writing the file atomically.

Baseline, in the same run: plain reportlab platypus (SimpleDocTemplate) with the same registered
BIZ UDGothic, the same strings (read from the database beforehand, outside the timing), the same
Japanese line breaking (wordWrap 'CJK') for every paragraph including the wrapped steps, one QR code
per sheet (reportlab's QrCode flowable) and the same hours grid as a plain Table; a page number and
the sheet's title on every page. No glyph checks, no per-sheet page totals, no failure isolation.

Run alone: ``python -m bench.documents_bench``.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from bench.report import Row, median, progress, render

SHEETS = 500
RUNS = 3
TARGET = 1.5
TODAY = date(2026, 11, 26)


def build_database(path: Path, sheets: int = SHEETS) -> list[str]:
    """The small demo plus enough workers, cards and operator assignments for ``sheets`` live
    assignments; returns their ids in print order."""
    from sqlalchemy import insert, select

    from desktop.core import demo, workforce
    from desktop.core.db import open_database
    from desktop.core.documents import assignment_ids_for
    from desktop.core.models import Assignment, Company, Task, Worker, WorkerCard

    db = open_database(path)
    try:
        demo.load_small(db, today=TODAY)
        with db.write() as session:
            company = session.scalars(select(Company)).one()
            tasks = list(session.scalars(select(Task).order_by(Task.name)))
            have = len(assignment_ids_for(db))
            workers, cards, assignments = [], [], []
            n = 0
            while have + len(assignments) < sheets:
                worker_id = f"00000000-0000-4000-8000-{n:012d}"
                worker = {
                    "id": worker_id,
                    "scope_id": company.partner_id,
                    "deleted": False,
                    "partner_id": company.partner_id,
                    "name": f"ベンチ 作業者{n:03d}",
                    "kind": "local",
                    "clearance": "confidential",
                    "email": f"worker{n:03d}@example.jp",
                    "phone": "",
                    "consent_on": "2026-04-01",
                    "time_windows": [],
                }
                workers.append(worker)
                cards.append(demo.card_row(company.id, worker, []))
                for task in tasks[n % 7 :: 7][:10]:
                    assignment_id = workforce.assignment_id(task.id, worker_id, "operator")
                    assignments.append(
                        {
                            "id": assignment_id,
                            "scope_id": company.id,
                            "deleted": False,
                            "task_id": task.id,
                            "worker_id": worker_id,
                            "role": "operator",
                            "period": "2026-10-01/",
                            "rate_yen": 1200,
                            "planned_hours": 10,
                            "status": "active",
                            "code": workforce.short_code(assignment_id),
                            "note": "",
                        }
                    )
                n += 1
            session.execute(insert(Worker), workers)
            session.execute(insert(WorkerCard), cards)
            session.execute(insert(Assignment), assignments[: sheets - have])
        return assignment_ids_for(db)[:sheets]
    finally:
        db.close()


def _baseline(sheets: list[Any], out: Path) -> int:
    """Bare reportlab: the same strings and QR codes, platypus with wordWrap 'CJK'. Returns pages."""
    from reportlab.graphics.barcode.qr import QrCode
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table
    from reportlab.platypus.flowables import Flowable

    from desktop.core.documents import words
    from desktop.core.documents.fonts import BOLD, REGULAR

    def esc(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")

    body = ParagraphStyle("b", fontName=REGULAR, fontSize=10, leading=15, wordWrap="CJK")
    title = ParagraphStyle("t", parent=body, fontName=BOLD, fontSize=18, leading=24)
    head = ParagraphStyle("h", parent=body, fontName=BOLD, fontSize=12, leading=16)
    step = ParagraphStyle("s", parent=body, leftIndent=20, bulletFontName=REGULAR, bulletFontSize=14)
    w = words.WORDS["ja"]
    story: list[Flowable] = []
    titles: list[str] = []
    for s in sheets:
        others = "".join(f"{esc(p.name)} {esc(p.contact)}<br/>" for p in s.others) or w["none"]
        period = f"{s.period.start.isoformat()} 〜 {s.period.end.isoformat() if s.period.end else ''}"
        texts = [
            (w["task_sheet"], body),
            (esc(s.task_name), title),
            (f"{w['area']}：{esc(s.area)}", body),
            (f"{w['company']} {esc(s.company_name)}", body),
            (f"{w['worker']} {esc(s.worker.name)} {esc(s.worker.contact)}", body),
            (f"{w['supervisor']} {others}", body),
            (f"{w['period']} {period} {w['frequency']} {words.frequency_text('ja', s.frequency)}", body),
            (f"{w['time_each']} 約{s.minutes}分 {w['time_month']}", body),
            (f"{w['deadline']} {words.deadline_text('ja', s.deadline)}", body),
            (w["code_title"], body),
            (s.display_code, title),
            (w["code_hint"], body),
            (w["purpose"], head),
            (esc(s.description), body),
            (w["steps"], head),
            (w["steps_hint"], body),
        ]
        story += [Paragraph(text, style) for text, style in texts]
        story.append(QrCode(s.code, width=30 * mm, height=30 * mm, qrLevel="M"))
        story += [Paragraph(f"<b>{i}.</b> {esc(t)}", step, bulletText="□") for i, t in enumerate(s.steps, 1)]
        story += [
            Paragraph(w["tools"], head),
            Paragraph(esc(s.tools), body),
            Paragraph(w["rules"], head),
            *(
                Paragraph(t, body)
                for t in words.confidentiality_rules("ja", s.confidentiality, s.personal_data)
            ),
            Paragraph(w["contacts"], head),
            Paragraph(f"{w['company_contact']} {esc(s.contact_person)} {esc(s.phone)} {esc(s.email)}", body),
            Paragraph(w["hours_table"], head),
            Paragraph(w["hours_hint"], body),
        ]
        grid = [[w[k] for k in ("col_week", "col_date", "col_start", "col_end", "col_hours", "col_note")]]
        grid += [[w["week_n"].format(n=1 + i // 5), "月 日", "：", "：", "", ""] for i in range(25)]
        story.append(Table(grid, style=[("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
        story.append(PageBreak())
        titles.append(f"{w['task_sheet']}｜{s.task_name}｜{s.worker.name}")
    pages = [0]

    def on_page(canvas: Any, doc: Any) -> None:
        pages[0] += 1
        canvas.setFont(REGULAR, 8.5)
        canvas.drawString(42, 20, f"{sheets[0].company_name}  {doc.page}")
        canvas.drawString(42, 820, titles[0])

    doc = SimpleDocTemplate(str(out), pagesize=A4, initialFontName=REGULAR)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return pages[0]


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def measure(work: Path) -> list[Row]:
    from desktop.core.db import open_database
    from desktop.core.documents import task_sheets
    from desktop.core.documents.fonts import fonts
    from desktop.core.documents.task_sheet import load_sheets

    what = f"{SHEETS} task sheets as one PDF"
    try:
        progress(f"documents: building a database with {SHEETS} assignments")
        db_path = work / "documents.sqlite3"
        ids = build_database(db_path)
        db = open_database(db_path)
    except Exception as exc:  # a report, not a gate
        return [Row(what, "n/a (failed)", "n/a", "n/a", f"≤ {TARGET}×", None, [f"setup failed: {exc}"])]
    try:
        data = load_sheets(db, ids)
        sheets = [data[i] for i in ids]
        fonts()  # registered once per process, for both
        ours_times, base_times = [], []
        result: Any = None
        base_pages = 0
        for run in range(RUNS):
            progress(f"documents: run {run + 1} of {RUNS}")
            t, result = _timed(lambda: task_sheets(db, work / "ours.pdf", ids, today=TODAY))
            ours_times.append(t)
            t, base_pages = _timed(lambda: _baseline(sheets, work / "bare.pdf"))
            base_times.append(t)
        ours, base = median(ours_times), median(base_times)
        size_mb = (work / "ours.pdf").stat().st_size / 1e6
        # Each run times ours and the baseline back to back: the median of those pairs' ratios is
        # steadier than a ratio of medians when the machine is busy.
        ratio = median([o / b for o, b in zip(ours_times, base_times, strict=True)])
        return [
            Row(
                what=what,
                measured=f"{ours:.2f} s ({result.pages:,} pages, {size_mb:.1f} MB; median of {RUNS})",
                baseline=f"{base:.2f} s ({base_pages:,} pages; median of {RUNS})",
                ratio=f"{ratio:.2f}×",
                target=f"≤ {TARGET}×",
                ok=ratio <= TARGET,
                notes=[
                    f"task_sheets() for {len(ids)} live assignments of the demo company (read from the"
                    " database inside the timing), against bare reportlab platypus drawing the same"
                    " strings (wordWrap 'CJK'), the same hours grid and one QR code per sheet with the"
                    " same BIZ UDGothic, from data read beforehand. Ratio: median of the runs' ratios"
                    " (each run times both back to back)."
                ],
            )
        ]
    finally:
        db.close()


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="machishigoto-docbench-") as tmp:
        rows = measure(Path(tmp))
    sys.stdout.write(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
