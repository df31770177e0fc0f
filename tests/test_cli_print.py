"""``machishigoto print task-sheets|interview|card``: PDFs from the command line, problems listed per
sheet, sentences instead of tracebacks, exit codes 0 / 1 (sheets failed) / 2 (refused)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from desktop.cli import main
from desktop.core.db import open_database
from desktop.core.documents import task_sheet
from desktop.core.services.assignments import list_assignments


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pages(path: Path) -> list[str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "demo.sqlite3"
    assert run(capsys, "--db", str(path), "demo-data")[0] == 0
    return path


def rows(db_path: Path) -> list:  # type: ignore[type-arg]
    db = open_database(db_path)
    try:
        return list_assignments(db)
    finally:
        db.close()


def test_task_sheets_of_everything_and_of_one_code(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.pdf"
    code, stdout, stderr = run(
        capsys, "--db", str(demo_db), "--lang", "en", "print", "task-sheets", "--out", str(out)
    )
    live = [r for r in rows(demo_db) if r.status != "ended"]
    assert code == 0, stderr
    assert f"{len(live)} task sheet(s)" in stdout and str(out) in stdout
    assert f"Making {len(live)} task sheet(s)" in stderr
    # Problems are listed sheet by sheet, with the sheet's name.
    assert "Problems on 2 sheet(s):" in stdout
    assert "Googleの口コミへの返信 – 森 由美子" in stdout and "no procedure steps" in stdout
    assert out.read_bytes().startswith(b"%PDF")

    one = live[0]
    again = tmp_path / "one.pdf"
    typed = one.display_code.lower().replace("-", " ")  # as someone might type it
    code, stdout, _ = run(
        capsys, "--db", str(demo_db), "print", "task-sheets", "--assignment", typed, "--out", str(again)
    )
    assert code == 0
    text = "".join(pages(again))
    assert one.display_code in text and "作業指示書" in text  # Japanese sheets by default

    # Overwriting an existing PDF is fine (written atomically).
    code, _, _ = run(
        capsys, "--db", str(demo_db), "print", "task-sheets", "--assignment", one.code, "--out", str(out)
    )
    assert code == 0 and len(pages(out)) < 5


def test_task_sheets_of_a_worker_and_of_a_company(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    all_rows = rows(demo_db)
    masuda = [r for r in all_rows if r.worker_name == "増田 綾" and r.status != "ended"]
    out = tmp_path / "worker.pdf"
    code, stdout, _ = run(
        capsys,
        "--db",
        str(demo_db),
        "--lang",
        "en",
        "print",
        "task-sheets",
        "--worker",
        "増田 綾",
        "--out",
        str(out),
    )
    assert code == 0 and f"{len(masuda)} task sheet(s)" in stdout
    text = "".join(pages(out))
    assert all(r.display_code in text for r in masuda)
    code, stdout, _ = run(
        capsys,
        "--db", str(demo_db), "--lang", "en", "print", "task-sheets",
        "--company", all_rows[0].company_name, "--worker", masuda[0].worker_id, "--out", str(out),
    )  # fmt: skip
    assert code == 0 and f"{len(masuda)} task sheet(s)" in stdout


def test_refusals_are_sentences(demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_db)
    out = str(tmp_path / "x.pdf")
    code, _, err = run(
        capsys, "--db", db, "--lang", "en", "print", "task-sheets", "--assignment", "ZZZ-ZZZZ", "--out", out
    )
    assert code == 2 and "No assignment has the code “ZZZ-ZZZZ”." in err
    code, _, err = run(
        capsys, "--db", db, "--lang", "en", "print", "task-sheets", "--worker", "nobody", "--out", out
    )
    assert code == 2 and "nobody" in err
    code, _, err = run(
        capsys, "--db", db, "--lang", "en", "print", "task-sheets", "--company", "nope", "--out", out
    )
    assert code == 2 and "nope" in err
    code, _, err = run(
        capsys, "--db", db, "--lang", "en", "print", "task-sheets", "--out", str(tmp_path / "x.txt")
    )
    assert code == 2 and "must end in .pdf" in err
    code, _, err = run(
        capsys,
        "--db",
        db,
        "--lang",
        "en",
        "print",
        "task-sheets",
        "--out",
        str(tmp_path / "missing" / "x.pdf"),
    )
    assert code == 2 and "could not be written" in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.tmp")) and not (tmp_path / "x.pdf").exists()


def test_a_failing_sheet_exits_1_after_writing_the_others(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    victim = next(r for r in rows(demo_db) if r.status != "ended")
    real = task_sheet.build

    def build(data: task_sheet.SheetData, *args: object, **kwargs: object) -> task_sheet.BuiltSheet:
        if data.assignment_id == victim.id:
            raise RuntimeError("disk on fire")
        return real(data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(task_sheet, "build", build)
    out = tmp_path / "all.pdf"
    code, stdout, stderr = run(
        capsys, "--db", str(demo_db), "--lang", "en", "print", "task-sheets", "--out", str(out)
    )
    assert code == 1
    assert (
        f"{victim.task_name} – {victim.worker_name} ({victim.display_code}): The sheet could not be made"
        in stdout
    )
    assert "disk on fire" in stdout and "1 sheet(s) could not be made" in stderr
    assert any("This task sheet could not be made" in t for t in pages(out))  # documents follow --lang


def test_interview_prefilled_and_blank(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "interview.pdf"
    code, stdout, _ = run(
        capsys, "--db", str(demo_db), "--lang", "en", "print", "interview", "--out", str(out)
    )
    assert code == 0 and "Interview sheet" in stdout
    assert "有限会社 山里茶園" in pages(out)[0] and "Area of work: 経理・会計" in "".join(pages(out))
    blank = tmp_path / "blank.pdf"
    code, _, _ = run(capsys, "--db", str(demo_db), "print", "interview", "--blank", "--out", str(blank))
    assert code == 0 and "業務領域（あてはまるものに ✓）" in pages(blank)[0]
    empty = str(tmp_path / "empty.sqlite3")
    code, _, err = run(capsys, "--db", empty, "--lang", "en", "print", "interview", "--out", str(out))
    assert code == 2 and "--blank" in err
    assert run(capsys, "--db", empty, "print", "interview", "--blank", "--out", str(blank))[0] == 0


def test_card_needs_no_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "card.pdf"
    code, stdout, _ = run(
        capsys,
        "--db", str(tmp_path / "never.sqlite3"), "--lang", "en", "print", "card",
        "--server", "https://partner.example.jp", "--code", "ABCD-EFGH-JKLM", "--company", "山里茶園",
        "--out", str(out),
    )  # fmt: skip
    assert code == 0 and "Connection card written to" in stdout
    assert not (tmp_path / "never.sqlite3").exists()
    text = pages(out)[0]
    assert "ABCD-EFGH-JKLM" in text and "山里茶園" in text
    code, _, err = run(
        capsys, "--lang", "en", "print", "card", "--server", " ", "--code", "X", "--out", str(out)
    )
    assert code == 2 and "--server" in err
