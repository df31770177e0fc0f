"""The municipality KPI report (KPI報告書) and its .xlsx: what it prints, what it never prints (no
worker, no contact, no task), "not enough data" with what is missing, charts, fonts, formula-safe
spreadsheet cells."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from desktop.core import demo, kpi
from desktop.core.db import Database
from desktop.core.documents import kpi_report as kr
from desktop.core.documents.kpi_report import report_kpi
from desktop.core.errors import NotFound
from desktop.core.io.kpi_xlsx import SHEETS
from desktop.core.kpi import KEYS, MonthRange
from desktop.core.models import Assignment, Company, Task, Worker, WorkerCard
from desktop.core.services.companies import CompanyData, create_company, list_companies
from desktop.core.services.kpi import kpi_report
from tests.core.test_documents import flat, page_texts

TODAY = date(2026, 11, 26)
FISCAL_YEAR = "2026-04..2027-03"
EMPTY_PERIOD = "2020-01..2020-03"
FORMULA_NAME = '=HYPERLINK("http://evil.example","𠮷田商店")'


@pytest.fixture
def demo_db(db: Database) -> Database:
    demo.load_small(db, today=TODAY)
    return db


def text_of(path: Path) -> str:
    return "\n".join(page_texts(path))


def personal_strings(db: Database) -> list[str]:
    """Every worker's name and contact, the companies' contact people, phones and emails, and every
    task's name: none of them may reach the report."""
    with db.read() as session:
        found = [*session.scalars(select(Worker.name)), *session.scalars(select(WorkerCard.name))]
        found += [*session.scalars(select(Worker.phone)), *session.scalars(select(Worker.email))]
        found += list(session.scalars(select(WorkerCard.contact)))
        for company in session.scalars(select(Company)):
            found += [company.contact_person, company.phone, company.email]
        found += list(session.scalars(select(Task.name)))
    return [s for s in dict.fromkeys(found) if s and s.strip()]


# --- the demo report ----------------------------------------------------------------------------------


def test_demo_report_prints_every_kpi_and_nothing_personal(demo_db: Database, tmp_path: Path) -> None:
    out, xlsx = tmp_path / "kpi.pdf", tmp_path / "kpi.xlsx"
    result, written = report_kpi(demo_db, FISCAL_YEAR, out, xlsx, None, TODAY)
    assert result.path == out and written == xlsx and out.is_file() and xlsx.is_file()
    assert result.sheets == 1 and result.problems == ()
    texts = page_texts(out)
    assert len(texts) == result.pages >= 2
    text = "\n".join(texts)
    whole = flat(text)
    for title in ("ローカル・テレワーク推進事業 成果報告", "KPI報告書", "経済的価値", "社会的価値"):
        assert flat(title) in whole
    assert "2026年4月〜2027年3月" in text and "令和8年度" in text
    assert "一般社団法人 やまざとワークス" in text  # the partner reports
    assert "作成日 2026年11月26日" in text
    assert all(re.search(rf"{n} / {len(texts)}", t) for n, t in enumerate(texts, 1))

    report = kpi_report(demo_db, MonthRange.parse(FISCAL_YEAR), None, TODAY)
    assert [f.key for f in report.figures] == list(KEYS)
    for figure in report.figures:
        assert flat(kr.figure_name(figure.key)) in whole, figure.key
        assert flat(kr.definition(figure.key)) in whole, figure.key
        assert flat(kr.value_text(figure)) in whole, figure.key
        if figure.value is None:
            assert flat(kr.missing_text(figure.missing)) in whole, figure.key
    # The demo partner has set no programme costs: the ROI lacks them, printed as such, never as 0.
    roi = report.figure("roi")
    assert roi.value is None and "program_costs" in roi.missing
    assert flat("投資対効果（ROI）データ不足") in whole
    assert "事業費（研修費・導入費など）が未設定" in whole

    # Charts: month labels of the fiscal year, and the per-company summary.
    for month in (*range(4, 13), 1, 2, 3):
        assert f"{month}月" in text
    assert "外部委託した作業時間（月別、時間）" in text and "地域人材への支払額（月別、円）" in text
    assert "有限会社 山里茶園" in text and "企業別の概要" in text

    # Confidentiality: no worker, no contact, no task name; no email address, no phone number.
    for secret in personal_strings(demo_db):
        assert flat(secret) not in whole, secret
    assert "@" not in text
    assert not re.search(r"\d{2,4}-\d{2,4}-\d{3,4}", text)


def test_fonts_are_embedded_subsets_even_in_the_charts(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "kpi.pdf"
    report_kpi(demo_db, FISCAL_YEAR, out, None, None, TODAY)
    data = out.read_bytes()
    assert b"/FontFile2" in data
    base_fonts = set(re.findall(rb"/BaseFont /([A-Za-z0-9+\-]+)", data))
    assert base_fonts and all(
        re.fullmatch(rb"[A-Z]{6}\+BIZUDGothic-(Regular|Bold)", name) for name in base_fonts
    ), base_fonts


def test_an_empty_period_prints_not_enough_data_with_what_is_missing(
    demo_db: Database, tmp_path: Path
) -> None:
    out, xlsx = tmp_path / "empty.pdf", tmp_path / "empty.xlsx"
    result, _ = report_kpi(demo_db, EMPTY_PERIOD, out, xlsx, None, TODAY)
    text = text_of(out)
    whole = flat(text)
    assert "2020年1月〜2020年3月" in text and "年度" not in text.split("集計基準日")[0]
    report = kpi_report(demo_db, MonthRange.parse(EMPTY_PERIOD), None, TODAY)
    empty = [f for f in report.figures if f.value is None]
    assert {"outsourced_hours", "monthly_saving_yen", "yen_paid_local", "workers_by_kind"} <= {
        f.key for f in empty
    }
    for figure in empty:
        # The name, then 「データ不足」 in the value column (never a 0), and what is missing.
        assert flat(kr.figure_name(figure.key)) + "データ不足" in whole, figure.key
        assert flat("不足：" + kr.missing_text(figure.missing)) in whole, figure.key
    assert "期間中の作業時間の記録がない" in text
    assert "この期間の記録はありません" in text  # the charts say they are empty
    (company,) = report.per_company
    assert company.inventoried_hours is not None and company.outsourced_hours is None
    row = f"{company.name}{company.inventoried_hours:,.1f}データ不足データ不足0"
    assert flat(row) in whole  # hours known from the inventory; the rest not enough data
    assert result.problems == ()


def test_an_empty_database_prints_a_report_of_missing_data(db: Database, tmp_path: Path) -> None:
    out, xlsx = tmp_path / "none.pdf", tmp_path / "none.xlsx"
    result, _ = report_kpi(db, FISCAL_YEAR, out, xlsx, None, TODAY)
    text = text_of(out)
    assert result.pages >= 1 and "登録された企業はありません" in text and "（未登録）" in text
    for key in KEYS:
        assert flat(kr.figure_name(key)) in flat(text)
    assert text.count("データ不足") >= len(KEYS) - 2  # local jobs and companies engaged can be 0
    book = openpyxl.load_workbook(xlsx)
    assert book["企業別"].max_row == 1


# --- partial figures, bad names, one company ---------------------------------------------------------


def test_partial_figures_are_marked(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.write() as session:
        rows = session.scalars(
            select(Assignment).where(Assignment.rate_yen > 0, Assignment.role == "operator")
        )
        next(iter(rows)).rate_yen = 0  # no usable rate on one assignment
    report = kpi_report(demo_db, MonthRange.parse(FISCAL_YEAR), None, TODAY)
    cost = report.figure("outsourced_cost_yen")
    assert cost.partial and cost.value is not None and cost.missing == ("worker_rate",)
    out = tmp_path / "partial.pdf"
    report_kpi(demo_db, FISCAL_YEAR, out, None, None, TODAY)
    whole = flat(text_of(out))
    assert flat(kr.value_text(cost)) in whole and kr.value_text(cost).endswith("※")
    assert flat("※ 一部のデータから算出。不足：担当の単価が未設定") in whole


def test_a_formula_like_company_name_stays_text(demo_db: Database, tmp_path: Path) -> None:
    create_company(demo_db, CompanyData(name=FORMULA_NAME))
    for name in ("+81 会社", "-会社", "@会社", "＝全角"):
        create_company(demo_db, CompanyData(name=name))
    out, xlsx = tmp_path / "kpi.pdf", tmp_path / "kpi.xlsx"
    result, _ = report_kpi(demo_db, FISCAL_YEAR, out, xlsx, None, TODAY)
    # The PDF prints it (𠮷 as 〓) and says which character it replaced.
    text = text_of(out)
    assert flat('=HYPERLINK("http://evil.example","〓田商店")') in flat(text)
    assert "印刷できない文字があります" in text and "U+20BB7" in text
    assert [(p.code, p.detail) for p in result.problems] == [("replaced_chars", "𠮷 (U+20BB7)")]
    sheet = openpyxl.load_workbook(xlsx)["企業別"]
    cells = {
        str(sheet.cell(row=r, column=1).value): sheet.cell(row=r, column=1)
        for r in range(2, sheet.max_row + 1)
    }
    cell = cells["'" + FORMULA_NAME]
    assert cell.data_type == "s"
    # A company without tasks or hours: empty figure cells (not 0), and a note saying why.
    assert [c.value for c in sheet[cell.row][1:]] == [None, None, None, 0, "空欄はデータ不足"]
    for name in ("+81 会社", "-会社", "@会社", "＝全角"):
        assert cells["'" + name].data_type == "s"
    # Nothing in the workbook is a formula.
    book = openpyxl.load_workbook(xlsx)
    assert not [c for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_one_companys_report(demo_db: Database, tmp_path: Path) -> None:
    company = list_companies(demo_db)[0]
    out = tmp_path / "one.pdf"
    result, xlsx = report_kpi(demo_db, "2026-10", out, None, company.id, TODAY)
    text = text_of(out)
    assert xlsx is None and result.pages >= 2
    assert "2026年10月" in text and company.name in text and "1社の報告のため" in text
    with pytest.raises(NotFound):
        report_kpi(demo_db, "2026-10", tmp_path / "x.pdf", None, "no-such-company", TODAY)
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("period", ["2026-13", "2026/04", "2027-03..2026-04", "", "2026-04..2036-04"])
def test_a_bad_period_is_a_value_error_and_writes_nothing(
    demo_db: Database, tmp_path: Path, period: str
) -> None:
    with pytest.raises(ValueError):
        report_kpi(demo_db, period, tmp_path / "bad.pdf", tmp_path / "bad.xlsx", None, TODAY)
    assert not (tmp_path / "bad.pdf").exists() and not (tmp_path / "bad.xlsx").exists()


def test_files_are_replaced(demo_db: Database, tmp_path: Path) -> None:
    out, xlsx = tmp_path / "kpi.pdf", tmp_path / "kpi.xlsx"
    out.write_bytes(b"old")
    xlsx.write_bytes(b"old")
    report_kpi(demo_db, FISCAL_YEAR, out, xlsx, None, TODAY)
    assert out.read_bytes().startswith(b"%PDF") and openpyxl.load_workbook(xlsx).sheetnames == list(SHEETS)


def test_an_unwritable_xlsx_is_an_os_error_naming_it(demo_db: Database, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "kpi.xlsx"
    with pytest.raises(OSError) as caught:
        report_kpi(demo_db, FISCAL_YEAR, tmp_path / "kpi.pdf", target, None, TODAY)
    assert caught.value.filename == str(target) and not target.exists()
    assert (tmp_path / "kpi.pdf").is_file()  # the PDF came first and is complete


def test_english_report(demo_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "en.pdf"
    report_kpi(demo_db, FISCAL_YEAR, out, tmp_path / "en.xlsx", None, TODAY, lang="en")
    text = text_of(out)
    for words in ("KPI report", "Economic value", "Social value", "Hours outsourced", "Prepared 2026-11-26"):
        assert words in text
    assert "KPI報告書" not in text and "データ不足" not in text and "Not enough data" in text
    assert openpyxl.load_workbook(tmp_path / "en.xlsx")["KPI"]["A1"].value == "group"


# --- the spreadsheet ------------------------------------------------------------------------------------


def test_the_xlsx_reads_back_with_the_same_values(demo_db: Database, tmp_path: Path) -> None:
    xlsx = tmp_path / "kpi.xlsx"
    report_kpi(demo_db, FISCAL_YEAR, tmp_path / "kpi.pdf", xlsx, None, TODAY)
    report = kpi_report(demo_db, MonthRange.parse(FISCAL_YEAR), None, TODAY)
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == list(SHEETS)

    sheet = book["KPI"]
    assert [c.value for c in sheet[1]] == ["区分", "キー", "指標", "値", "単位", "定義", "不足データ"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == [f.key for f in report.figures]
    for row, figure in zip(sheet.iter_rows(min_row=2), report.figures, strict=True):
        group, key, name, value, unit, text, missing = (c.value for c in row)
        assert group == ("経済的価値" if figure.group == "economic" else "社会的価値")
        assert (
            name == kr.figure_name(key) and text == kr.definition(key) and unit == kr.unit_text(figure.unit)
        )
        if figure.value is None:
            assert value is None and missing.startswith("データ不足：")
            assert kr.missing_text(figure.missing) in missing
        else:
            assert value == pytest.approx(figure.value) and isinstance(value, float | int)
            assert row[3].data_type == "n"
    formats = {r[0].value: r[3].number_format for r in sheet.iter_rows(min_row=2)}
    by_key = {row[1].value: row[3].number_format for row in sheet.iter_rows(min_row=2)}
    assert formats and by_key["outsourced_hours"] == "#,##0.0" and by_key["retention_90"] == "0.0%"
    assert by_key["yen_paid_local"] == "#,##0"

    trend = book["月次推移"]
    points = list(trend.iter_rows(min_row=2, values_only=True))
    assert len(points) == len(report.trend) == 12
    for (month, hours, paid, local, workers, note), point in zip(points, report.trend, strict=True):
        assert month == datetime(point.month.year, point.month.month, 1)
        assert hours == pytest.approx(point.hours_outsourced) and workers == point.local_workers_active
        assert paid == (None if point.yen_paid is None else pytest.approx(point.yen_paid))
        assert local == (None if point.yen_paid_local is None else pytest.approx(point.yen_paid_local))
        assert (note == "集計基準日より後") == (point.month > TODAY)
    assert trend["A2"].number_format == 'yyyy"年"m"月"'

    companies = book["企業別"]
    (row,) = companies.iter_rows(min_row=2, values_only=True)
    (summary,) = report.per_company
    assert row[0] == summary.name and row[4] == summary.local_workers
    assert row[1] == pytest.approx(summary.inventoried_hours)
    assert row[2] == pytest.approx(summary.outsourced_hours)
    assert row[3] == pytest.approx(summary.monthly_saving_yen) and row[5] is None

    info = {r[0]: r[1] for r in book["報告情報"].iter_rows(min_row=2, values_only=True)}
    assert info["対象期間"] == "2026年4月〜2027年3月（2026年度・令和8年度） [2026-04..2027-03]"
    assert info["報告者"] == "一般社団法人 やまざとワークス" and info["作成日"] == "2026年11月26日"
    # No worker, no contact, no task anywhere in the workbook.
    cells = " ".join(str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row if c)
    for secret in personal_strings(demo_db):
        assert secret not in cells, secret


# --- pieces -----------------------------------------------------------------------------------------------


def test_value_texts() -> None:
    from desktop.core.kpi import Figure

    def fig(unit: str, value: float | None, partial: bool = False) -> Figure:
        return Figure(
            "k", "economic", unit, value, ("worker_rate",) if partial or value is None else (), (), partial
        )

    assert kr.value_text(fig("hours_per_month", 393.72)) == "393.7 時間/月"
    assert kr.value_text(fig("yen_per_month", -88.45)) == "-88 円/月"
    assert kr.value_text(fig("yen", 1234567.5, partial=True)) == "1,234,568 円 ※"
    assert kr.value_text(fig("ratio", 0.875)) == "87.5%"
    assert kr.value_text(fig("days", 50.5)) == "50.5 日"
    assert kr.value_text(fig("people", 3.0)) == "3 人"
    assert kr.value_text(fig("people", None)) == "データ不足"
    assert kr.value_text(fig("people", None), "en") == "Not enough data"
    assert kr.value_text(fig("hours_per_month", 2.0), "en") == "2.0 hours/month"
    assert kr.value_text(fig("companies", 1.0), "en") == "1 company"
    assert kr.value_text(fig("companies", 2.0), "en") == "2 companies"


def test_periods_and_month_labels() -> None:
    assert kr.period_text(MonthRange.fiscal_year(2026)) == "2026年4月〜2027年3月（2026年度・令和8年度）"
    assert kr.period_text(MonthRange.fiscal_year(2018)) == "2018年4月〜2019年3月（2018年度）"
    assert kr.period_text(MonthRange.parse("2026-10")) == "2026年10月"
    assert kr.period_text(MonthRange.fiscal_year(2026), "en") == "2026-04 to 2027-03 (fiscal year 2026)"
    year = kr._labels(MonthRange.fiscal_year(2026).months(), "ja")
    assert year[0] == "4月\n2026年" and year[9] == "1月\n2027年" and year[1] == "5月" and len(year) == 12
    long = kr._labels(MonthRange.parse("2024-04..2027-03").months(), "ja")
    assert len(long) == 36 and sum(1 for label in long if label) <= 15 and long[0] == "4月\n2024年"
    assert all(label.endswith("年") for label in long if label)  # every labelled month with its year


def test_a_line_breaks_at_a_month_without_a_value() -> None:
    assert kr.segments([1.0, 2.0, None, 3.0, None]) == [
        [1.0, 2.0, None, None, None],
        [None, None, None, 3.0, None],
    ]
    assert kr.segments([None, None]) == [[None, None]]
    assert kr.segments([]) == [[]]


def test_a_period_not_begun_yet(demo_db: Database, tmp_path: Path) -> None:
    """No time has passed: monthly figures are not enough data, and the charts are empty (reportlab
    cannot draw a line without points: the report must still be made)."""
    out = tmp_path / "future.pdf"
    result, _ = report_kpi(demo_db, "2027-04..2028-03", out, tmp_path / "future.xlsx", None, TODAY)
    text = text_of(out)
    assert result.pages >= 2 and "期間の開始前のため、実績はまだありません" in text
    assert text.count("この期間の記録はありません") == 2
    trend = openpyxl.load_workbook(tmp_path / "future.xlsx")["月次推移"]
    assert [r[5] for r in trend.iter_rows(min_row=2, values_only=True)] == ["集計基準日より後"] * 12


@pytest.mark.parametrize(
    ("maximum", "top", "step"),
    [(0, 10, 5), (33.9, 40, 10), (9, 10, 2.5), (58612.5, 60000, 20000), (1, 1, 0.25), (100, 100, 25)],
)
def test_nice_axis(maximum: float, top: float, step: float) -> None:
    assert kr.nice_axis(maximum) == pytest.approx((top, step))


def test_every_kpi_and_missing_code_has_words() -> None:
    for lang in ("ja", "en"):
        assert set(kr.DEFINITIONS[lang]) == set(KEYS)
        for key in KEYS:
            assert "{" not in kr.figure_name(key, lang) + kr.definition(key, lang)
            assert kr.definition(key, lang).endswith("。" if lang == "ja" else ".")
        assert set(kr.MISSING[lang]) == set(kr.MISSING["ja"])
        assert set(kr.KPI_WORDS[lang]) == set(kr.KPI_WORDS["ja"])
    assert kr.missing_text(["worker_rate", "new_code"]) == "担当の単価が未設定、new_code"


def test_every_missing_code_of_the_kpis_has_words() -> None:
    """The codes desktop.core.kpi reports as missing (read from its source) all have printed words."""
    source = Path(kpi.__file__).read_text(encoding="utf-8")
    pattern = r'"(no_[a-z_]+|[a-z_]+_(?:cost|costs|rate|records|municipality|hours))"'
    codes = set(re.findall(pattern, source)) - set(KEYS)
    assert {"no_time_entries", "worker_rate", "program_costs", "no_single_person_tasks"} <= codes
    assert codes <= set(kr.MISSING["ja"]), codes - set(kr.MISSING["ja"])


@pytest.fixture(autouse=True)
def _no_leftover_files(tmp_path: Path) -> Iterator[None]:
    yield
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
