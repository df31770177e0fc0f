"""The KPI report for the municipality (KPI報告書): what the local telework programme achieved.

A formal, plain A4 report a partner hands to the municipality that funds the programme: the period,
the KPI table (economic and social value, each figure with its definition), the monthly trend as
charts drawn with reportlab's own graphics, and a few figures per company. Confidentiality: the
report prints company names and figures only, never a worker's name or contact, never a task name
(the figures' evidence rows, which carry them, are not printed at all).

A figure without a value prints 「データ不足」 with what is missing (never 0); a figure computed from
part of the data is marked ※ with what the rest lacked. The words printed are data below (Japanese
first, English as a variant), like :mod:`desktop.core.documents.words`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import select

from desktop.core import kpi
from desktop.core.db import Database
from desktop.core.documents import DocumentResult, SheetProblem, words
from desktop.core.documents.fonts import REGULAR, Glyphs
from desktop.core.documents.layout import (
    MUTED,
    RULE,
    SHADE,
    WARN_BORDER,
    PageInfo,
    PdfWriter,
    grid_style,
    replaced_warning,
    table_style,
)
from desktop.core.kpi import Figure, KpiReport, MonthPoint, MonthRange
from desktop.core.models import Partner
from desktop.core.services.kpi import kpi_report
from desktop.core.services.partners import current_partner_id

__all__ = [
    "DEFINITIONS",
    "KPI_WORDS",
    "definition",
    "figure_name",
    "missing_text",
    "month_label",
    "report_kpi",
    "unit_text",
    "value_text",
    "write_pdf",
]

BAR = colors.HexColor("#4a6f8a")
LINE = colors.HexColor("#b5651d")
GRID = colors.HexColor("#dddddd")
CHART_HEIGHT = 62 * mm
MAX_MONTH_WIDTH = 45  # points: the widest a month's column of a chart gets
MAX_BAR_WIDTH = 28  # points
MAX_LABELLED_MONTHS = 15  # a chart of more months leaves out the figures above bars and points
REIWA_FIRST_YEAR = 2019  # 令和元年

# --- the words of the report (data) ------------------------------------------------------------------

KPI_WORDS: dict[str, dict[str, str]] = {
    "ja": {
        "kicker": "ローカル・テレワーク推進事業 成果報告",
        "title": "KPI報告書",
        "period": "対象期間",
        "period_text": "{first}〜{last}",
        "fiscal_year": "（{year}年度・令和{reiwa}年度）",
        "fiscal_year_plain": "（{year}年度）",
        "month": "{year}年{month}月",
        "as_of": "集計基準日",
        "as_of_partial": "（期間の途中のため、この日までの実績です）",
        "as_of_before": "（期間の開始前のため、実績はまだありません）",
        "scope": "対象企業",
        "scope_all": "参加企業 全{n}社",
        "scope_none": "登録された企業はありません",
        "reporter": "報告者",
        "prepared": "作成日",
        "prepared_on": "作成日 {date}",
        "economic": "経済的価値",
        "social": "社会的価値",
        "col_name": "指標",
        "col_value": "値",
        "col_definition": "定義",
        "no_data": "データ不足",
        "lacking": "不足：{items}",
        "partial": "※ 一部のデータから算出。不足：{items}",
        "legend": (
            "「データ不足」は算出に必要なデータがないことを示し、0 とは異なります。"
            "※ は一部のデータから算出した値です。"
            "月あたりの値は、対象期間のうち集計基準日までの月数で割った平均です。"
        ),
        "trend": "月別の推移",
        "chart_hours": "外部委託した作業時間（月別、時間）",
        "chart_yen": "地域人材への支払額（月別、円）",
        "axis_hours": "時間",
        "axis_yen": "円",
        "chart_empty": "この期間の記録はありません",
        "chart_future": "集計基準日より後の月は空欄です。",
        "companies": "企業別の概要",
        "col_company": "企業名",
        "col_inventoried": "棚卸しした業務時間（時間/月）",
        "col_outsourced": "外部委託した時間（時間/月）",
        "col_saving": "月間削減額（円/月）",
        "col_local": "就業した地域人材（人）",
        "companies_note": (
            "守秘と個人情報保護のため、この報告書には人材の氏名・連絡先、作業の名称を記載していません。"
        ),
        "companies_one": "1社の報告のため、企業別の概要は省略しています。",
        "companies_none": "登録された企業はありません。",
        "breakdown": "内訳：{items}",
        "kind_sep": "、",
    },
    "en": {
        "kicker": "Local telework programme: results report",
        "title": "KPI report",
        "period": "Period",
        "period_text": "{first} to {last}",
        "fiscal_year": " (fiscal year {year})",
        "fiscal_year_plain": " (fiscal year {year})",
        "month": "{year}-{month:02d}",
        "as_of": "Figures as of",
        "as_of_partial": " (the period has not ended: results up to this day)",
        "as_of_before": " (the period has not begun: no results yet)",
        "scope": "Companies",
        "scope_all": "participating companies: {n}",
        "scope_none": "no company registered",
        "reporter": "Reported by",
        "prepared": "Prepared",
        "prepared_on": "Prepared {date}",
        "economic": "Economic value",
        "social": "Social value",
        "col_name": "Indicator",
        "col_value": "Value",
        "col_definition": "Definition",
        "no_data": "Not enough data",
        "lacking": "Missing: {items}",
        "partial": "※ From part of the data. Missing: {items}",
        "legend": (
            "“Not enough data” means a figure lacks what it needs; it is not 0. ※ marks a figure computed"
            " from part of the data. Monthly figures are averages over the months of the period up to"
            " the as-of day."
        ),
        "trend": "Monthly trend",
        "chart_hours": "Hours outsourced (per month, hours)",
        "chart_yen": "Paid to local workers (per month, yen)",
        "axis_hours": "hours",
        "axis_yen": "yen",
        "chart_empty": "Nothing recorded in this period",
        "chart_future": "Months after the as-of day are left empty.",
        "companies": "Companies at a glance",
        "col_company": "Company",
        "col_inventoried": "Inventoried hours (a month)",
        "col_outsourced": "Hours outsourced (a month)",
        "col_saving": "Saving (yen a month)",
        "col_local": "Local workers",
        "companies_note": (
            "For confidentiality and privacy this report names no worker, no contact and no task."
        ),
        "companies_one": "A report of one company: the per-company summary is left out.",
        "companies_none": "No company is registered.",
        "breakdown": "Of which: {items}",
        "kind_sep": ", ",
    },
}

# key -> (name, definition), one sentence each, following docs/kpi.md (which has the full rules);
# the constants of desktop.core.kpi fill the braces.
DEFINITIONS: dict[str, dict[str, tuple[str, str]]] = {
    "ja": {
        "inventoried_hours": (
            "棚卸しした業務時間",
            "業務棚卸しで登録した作業（廃止したものを除く）の、頻度と1回の所要時間から求めた月あたり時間の合計。",
        ),
        "ecrs_saved_hours": (
            "ECRSで削減した時間",
            "排除・結合・入替・簡素化（ECRS）で作業を変えると決めた作業の、月あたり削減時間の合計"
            "（各作業の時間が上限）。",
        ),
        "outsourceable_hours": (
            "外部化できる業務時間",
            "適性評価が「テレワーク・BPO向き」または「条件付き」の作業の月あたり時間から、"
            "ECRSの削減分を差し引いた合計。",
        ),
        "outsourced_hours": (
            "外部委託した時間",
            "社外の人材（地域人材・都市部人材）が担当（作業者・指導役）として記録した作業時間の月平均。",
        ),
        "internal_cost_yen": (
            "社内で行った場合の費用",
            "外部委託した時間に企業の社内人件費（時給）を掛けた額の月平均。",
        ),
        "outsourced_cost_yen": (
            "外部委託の費用",
            "外部委託した時間に、それぞれの担当で合意した単価を掛けた額の月平均。",
        ),
        "monthly_saving_yen": (
            "月間削減額",
            "社内で行った場合の費用から外部委託の費用を差し引いた額の月平均（マイナスになることもあります）。",
        ),
        "roi": (
            "投資対効果（ROI）",
            "期間中の削減額から事業費（研修費・導入費・その他）を差し引き、事業費で割った割合。",
        ),
        "yen_paid_local": (
            "地域人材への支払額（地域内還流）",
            "期間中に地域人材（地元に住む人材）の作業時間に対して支払った額の合計。",
        ),
        "yen_earned_from_outside": (
            "地域外の企業から得た収入",
            "地域人材が、自分の住む市町村の外にある企業の仕事で期間中に得た額の合計。",
        ),
        "local_jobs": (
            "継続的な仕事を持つ地域人材",
            "集計基準日に、作業者として予定時間が合計で月{min_hours}時間以上の担当が続いている、"
            "または育成の「定期案件」段階にある地域人材の人数。",
        ),
        "workers_by_kind": (
            "就業した人材",
            "期間中に作業時間を記録した人材の人数（地域人材・都市部人材・社内の別）。",
        ),
        "trainees_paid_within_90_rate": (
            "研修後{goal}日以内に有償業務に就いた割合",
            "期間中に結果が確定した研修修了者のうち、修了から{goal}日以内に有償の業務を始めた人の割合。",
        ),
        "trainees_paid_median_days": (
            "研修修了から有償業務までの日数（中央値）",
            "期間中に結果が確定し有償業務に就いた研修修了者の、修了から業務開始までの日数の中央値。",
        ),
        "retention_90": (
            "90日定着率",
            "初めての有償業務から90日以上たった社外の人材のうち、90日目に担当が続いているか、"
            "その日までの{window}日間に作業時間の記録がある人の割合。",
        ),
        "retention_180": (
            "180日定着率",
            "初めての有償業務から180日以上たった社外の人材のうち、180日目に担当が続いているか、"
            "その日までの{window}日間に作業時間の記録がある人の割合。",
        ),
        "procedures_written": (
            "手順書を整備した属人化業務",
            "一人しかできない（属人化した）作業のうち、手順書が整った（全体を文書化済み、"
            "または作業者が見られる手順が{steps}つ以上ある）作業の数。",
        ),
        "companies_engaged": (
            "参加企業数",
            "期間中に担当が動いていた、または作業時間の記録があった企業の数。",
        ),
    },
    "en": {
        "inventoried_hours": (
            "Inventoried hours",
            "Hours a month of the tasks in the inventory (discontinued ones left out), from their"
            " frequency and minutes each time.",
        ),
        "ecrs_saved_hours": (
            "Hours saved by ECRS",
            "Hours a month removed by the ECRS decisions that change the work (eliminate, combine,"
            " rearrange, simplify), at most each task's own hours.",
        ),
        "outsourceable_hours": (
            "Outsourceable hours",
            "Hours a month of the tasks rated suitable or conditional for outside work, less their"
            " ECRS savings.",
        ),
        "outsourced_hours": (
            "Hours outsourced",
            "Hours a month recorded by outside workers (local and urban) on their assignments, as"
            " operators or supervisors.",
        ),
        "internal_cost_yen": (
            "In-house cost of that work",
            "The outsourced hours times the company's in-house hourly cost, a month.",
        ),
        "outsourced_cost_yen": (
            "Cost of outsourcing",
            "The outsourced hours times each assignment's agreed rate, a month.",
        ),
        "monthly_saving_yen": (
            "Monthly saving",
            "The in-house cost of the work less the cost of outsourcing it, a month (it can be negative).",
        ),
        "roi": (
            "Return on investment",
            "The saving over the period less the programme's costs (training, setup, other), divided"
            " by those costs.",
        ),
        "yen_paid_local": (
            "Paid to local workers",
            "Yen paid over the period for the hours of workers living in the area.",
        ),
        "yen_earned_from_outside": (
            "Earned from companies outside the area",
            "Yen local workers earned over the period from companies outside their own municipality.",
        ),
        "local_jobs": (
            "Local workers with regular work",
            "Local workers who, on the as-of day, run operator assignments planned at {min_hours}"
            " hours a month or more in total, or are in the regular-work stage of training.",
        ),
        "workers_by_kind": (
            "Workers who worked",
            "Workers who recorded hours in the period (local, urban, company staff).",
        ),
        "trainees_paid_within_90_rate": (
            "Trainees in paid work within {goal} days",
            "Of the trainees whose result was decided in the period, the share who began paid work"
            " within {goal} days of the end of the course.",
        ),
        "trainees_paid_median_days": (
            "Days from course to paid work (median)",
            "The median days from the end of the course to paid work, of the trainees decided in the"
            " period who found paid work.",
        ),
        "retention_90": (
            "Retention at 90 days",
            "Of the outside workers whose first paid work began 90 or more days ago, the share with a"
            " running assignment on day 90 or hours in the {window} days up to it.",
        ),
        "retention_180": (
            "Retention at 180 days",
            "Of the outside workers whose first paid work began 180 or more days ago, the share with a"
            " running assignment on day 180 or hours in the {window} days up to it.",
        ),
        "procedures_written": (
            "One-person tasks with a written procedure",
            "Tasks only one person knows whose procedure is documented in full or has {steps} or more"
            " steps a worker may see.",
        ),
        "companies_engaged": (
            "Companies engaged",
            "Companies with an assignment running or hours recorded in the period.",
        ),
    },
}

MISSING: dict[str, dict[str, str]] = {
    "ja": {
        "no_tasks": "棚卸しした作業がない",
        "task_hours": "頻度または所要時間が未入力の作業がある",
        "no_assignments": "担当（作業の割り当て）がない",
        "no_time_entries": "期間中の作業時間の記録がない",
        "company_hourly_cost": "企業の社内人件費（時給）が未設定",
        "worker_rate": "担当の単価が未設定",
        "program_costs": "事業費（研修費・導入費など）が未設定",
        "training_records": "研修の記録がこの端末にない",
        "worker_municipality": "人材の居住市町村が不明",
        "company_municipality": "企業の所在市町村が未設定",
        "no_trainees": "期間中に結果が確定した研修修了者がいない",
        "no_paid_trainees": "有償業務に就いた研修修了者がいない",
        "no_workers": "基準の日数を経過した人材がいない",
        "no_single_person_tasks": "属人化した作業が登録されていない",
        "no_companies": "企業が登録されていない",
    },
    "en": {
        "no_tasks": "no tasks in the inventory",
        "task_hours": "tasks without frequency or minutes",
        "no_assignments": "no assignments",
        "no_time_entries": "no hours recorded in the period",
        "company_hourly_cost": "the company's in-house hourly cost is not set",
        "worker_rate": "the assignment's rate is not set",
        "program_costs": "the programme's costs are not set",
        "training_records": "no training records on this PC",
        "worker_municipality": "the worker's municipality is unknown",
        "company_municipality": "the company's municipality is not set",
        "no_trainees": "no trainee's result was decided in the period",
        "no_paid_trainees": "no trainee found paid work",
        "no_workers": "no worker has reached the mark yet",
        "no_single_person_tasks": "no task is marked as known by one person only",
        "no_companies": "no company registered",
    },
}

UNITS: dict[str, dict[str, str]] = {
    "ja": {
        "hours_per_month": "時間/月",
        "hours": "時間",
        "yen": "円",
        "yen_per_month": "円/月",
        "ratio": "%",
        "people": "人",
        "days": "日",
        "tasks": "件",
        "companies": "社",
    },
    "en": {
        "hours_per_month": "hours/month",
        "hours": "hours",
        "yen": "yen",
        "yen_per_month": "yen/month",
        "ratio": "%",
        "people": "people",
        "days": "days",
        "tasks": "tasks",
        "companies": "companies",
    },
}

# English units of a value of exactly 1 ("1 company").
SINGULAR = {"people": "person", "days": "day", "tasks": "task", "companies": "company"}

KINDS: dict[str, dict[str, str]] = {
    "ja": {"local": "地域人材", "urban": "都市部人材", "staff": "社内", "unknown": "不明"},
    "en": {"local": "local", "urban": "urban", "staff": "staff", "unknown": "unknown"},
}


def _w(lang: str, key: str, **params: object) -> str:
    text = KPI_WORDS[words.lang_of(lang)][key]
    return text.format(**params) if params else text


def figure_name(key: str, lang: str = "ja") -> str:
    """The printed name of a KPI, e.g. "外部委託した時間"."""
    name = DEFINITIONS[words.lang_of(lang)].get(key, (key, ""))[0]
    return name.format(**_constants())


def definition(key: str, lang: str = "ja") -> str:
    """The one-sentence definition of a KPI (constants such as the 90 days filled in)."""
    text = DEFINITIONS[words.lang_of(lang)].get(key, ("", ""))[1]
    return text.format(**_constants())


def _constants() -> dict[str, object]:
    return {
        "min_hours": kpi.LOCAL_JOB_MIN_HOURS,
        "goal": kpi.PAID_GOAL_DAYS,
        "window": kpi.ACTIVE_WINDOW_DAYS,
        "steps": kpi.PROCEDURE_MIN_STEPS,
    }


def unit_text(unit: str, lang: str = "ja") -> str:
    return UNITS[words.lang_of(lang)].get(unit, unit)


def missing_text(codes: Sequence[str], lang: str = "ja") -> str:
    """What is missing, in words, e.g. "担当の単価が未設定、企業の社内人件費（時給）が未設定"."""
    table = MISSING[words.lang_of(lang)]
    return words.word(lang, "list_sep").join(table.get(code, code) for code in codes)


def number(value: float, unit: str) -> str:
    """A figure's number without its unit: yen whole with separators, hours to 0.1, ratios in %."""
    if unit == "ratio":
        return f"{value * 100:,.1f}"
    if unit in ("yen", "yen_per_month"):
        return f"{round(value):,}"
    if unit in ("hours", "hours_per_month"):
        return f"{value:,.1f}"
    return words.number_text(value) if value != int(value) else f"{int(value):,}"


def value_text(figure: Figure, lang: str = "ja") -> str:
    """ "393.7 時間/月", "100.0%", "3 人"; 「データ不足」 for a figure without a value; ※ when partial."""
    if figure.value is None:
        return _w(lang, "no_data")
    unit = unit_text(figure.unit, lang)
    if words.lang_of(lang) == "en" and figure.value == 1 and figure.unit in SINGULAR:
        unit = SINGULAR[figure.unit]
    sep = "" if figure.unit == "ratio" else " "
    mark = " ※" if figure.partial else ""
    return f"{number(figure.value, figure.unit)}{sep}{unit}{mark}"


def month_label(month: date, lang: str = "ja", *, with_year: bool = False) -> str:
    """ "4月" (or "2026年4月" with the year); English "Apr" / "2026-04"."""
    if words.lang_of(lang) == "ja":
        return f"{month.year}年{month.month}月" if with_year else f"{month.month}月"
    return f"{month:%Y-%m}" if with_year else f"{month:%b}"


def months_text(period: MonthRange, lang: str = "ja") -> str:
    """ "2026年4月〜2027年3月", or "2026年4月" for one month."""
    first = month_label(period.first, lang, with_year=True)
    if period.first == period.last.replace(day=1):
        return first
    return _w(lang, "period_text", first=first, last=month_label(period.last, lang, with_year=True))


def period_text(period: MonthRange, lang: str = "ja") -> str:
    """ "2026年4月〜2027年3月（2026年度・令和8年度）" for a fiscal year, else just the months."""
    text = months_text(period, lang)
    year = period.first.year
    if period == MonthRange.fiscal_year(year):
        if year >= REIWA_FIRST_YEAR:
            text += _w(lang, "fiscal_year", year=year, reiwa=year - REIWA_FIRST_YEAR + 1)
        else:
            text += _w(lang, "fiscal_year_plain", year=year)
    return text


# --- building the report -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportHead:
    """What the report says about itself: who reports, on which companies, when."""

    reporter: str
    scope: str
    prepared: date


def report_head(db: Database, report: KpiReport, lang: str, today: date) -> ReportHead:
    """The reporter (the partner; on an owner's PC the company) and the companies covered."""
    reporter = ""
    partner_id = current_partner_id(db)
    if partner_id is not None:
        with db.read() as session:
            reporter = session.scalar(select(Partner.name).where(Partner.id == partner_id)) or ""
    names = [name for _id, name in report.companies]
    if report.company_id is not None:
        scope = names[0] if names else ""
        reporter = reporter or scope
    else:
        scope = _w(lang, "scope_all", n=len(names)) if names else _w(lang, "scope_none")
    return ReportHead(reporter or words.word(lang, "not_registered"), scope, today)


def write_pdf(report: KpiReport, out: Path, head: ReportHead, *, lang: str = "ja") -> DocumentResult:
    """Write the report as one sheet (several pages) to ``out`` (replaced only when complete)."""
    lang = words.lang_of(lang)
    title = _w(lang, "title")
    writer = PdfWriter(Path(out), title=f"{_w(lang, 'kicker')} {title}", lang=lang)
    try:
        g = writer.glyphs()
        story = _story(report, writer, g, head, lang)
        warning = replaced_warning(g, writer.styles, lang, writer.frame_width)
        if warning is not None:
            story[2:2] = [warning, Spacer(1, 2 * mm)]  # under the title
        info = PageInfo(
            title=f"{title}｜{_w(lang, 'kicker')}",
            subtitle=months_text(report.period, lang),
            company=g.clean(head.reporter),
            printed=_w(lang, "prepared_on", date=words.date_text(lang, head.prepared)),
            bookmark=title,
        )
        writer.add(info, story)
        path = writer.finish()
    except BaseException:
        writer.discard()
        raise
    problems = (SheetProblem(title, "replaced_chars", g.replaced_text),) if g.replaced else ()
    return DocumentResult(path, writer.pages, writer.sheets, problems)


def report_kpi(
    db: Database,
    period_text: str,
    out_pdf: Path,
    out_xlsx: Path | None = None,
    company_id: str | None = None,
    today: date | None = None,
    *,
    lang: str = "ja",
) -> tuple[DocumentResult, Path | None]:
    """The municipality report of ``period_text`` ("2026-04..2027-03" or "2026-04") as a PDF, and
    its tables as .xlsx when ``out_xlsx`` is given; ``company_id`` None covers every company.

    ValueError for a period that cannot be read, :class:`~desktop.core.errors.NotFound` for an
    unknown company, OSError when a file cannot be written (both files replace what was there, and
    only when complete)."""
    from desktop.core.io.kpi_xlsx import write_xlsx

    period = MonthRange.parse(period_text)
    today = today or date.today()
    report = kpi_report(db, period, company_id, today)
    head = report_head(db, report, lang, today)
    result = write_pdf(report, Path(out_pdf), head, lang=lang)
    xlsx = write_xlsx(report, Path(out_xlsx), head, lang=lang) if out_xlsx is not None else None
    return result, xlsx


def _story(report: KpiReport, writer: PdfWriter, g: Glyphs, head: ReportHead, lang: str) -> list[Flowable]:
    st = writer.styles
    w = writer.frame_width
    story: list[Flowable] = [
        Paragraph(_w(lang, "kicker"), st.kicker),
        Paragraph(_w(lang, "title"), st.title),
        Spacer(1, 3 * mm),
    ]
    as_of = report.as_of or report.period.last
    as_of_text = words.date_text(lang, as_of)
    if as_of < report.period.first:
        as_of_text += _w(lang, "as_of_before")
    elif as_of < report.period.last:
        as_of_text += _w(lang, "as_of_partial")
    facts = [
        (_w(lang, "period"), period_text(report.period, lang)),
        (_w(lang, "as_of"), as_of_text),
        (_w(lang, "scope"), g.markup(head.scope)),
        (_w(lang, "reporter"), g.markup(head.reporter)),
        (_w(lang, "prepared"), words.date_text(lang, head.prepared)),
    ]
    table = Table(
        [[Paragraph(k, st.label), Paragraph(v, st.cell)] for k, v in facts], colWidths=[30 * mm, w - 30 * mm]
    )
    table.setStyle(table_style([*grid_style(0), ("BACKGROUND", (0, 0), (0, -1), SHADE)]))
    story += [table, Spacer(1, 2 * mm), Paragraph(_w(lang, "legend"), st.small)]
    for group in (kpi.ECONOMIC, kpi.SOCIAL):
        figures = [f for f in report.figures if f.group == group]
        story += [Paragraph(_w(lang, group), st.heading), _figure_table(figures, writer, lang)]
    story += _trend(report, writer, lang)
    story += _companies(report, writer, g, lang)
    return story


def _figure_table(figures: Sequence[Figure], writer: PdfWriter, lang: str) -> Table:
    st = writer.styles
    value_style = ParagraphStyle("kpi_value", parent=st.cell, alignment=TA_RIGHT, fontName=writer.fonts.bold)
    no_data_style = ParagraphStyle("kpi_no_data", parent=value_style, textColor=WARN_BORDER)
    note_style = ParagraphStyle("kpi_note", parent=st.small, fontSize=8, leading=10.5)
    lacking_style = ParagraphStyle("kpi_lacking", parent=note_style, textColor=WARN_BORDER)
    widths = [52 * mm, 34 * mm, writer.frame_width - 86 * mm]
    rows: list[list[object]] = [
        [Paragraph(_w(lang, key), st.label) for key in ("col_name", "col_value", "col_definition")]
    ]
    for f in figures:
        value = Paragraph(value_text(f, lang), no_data_style if f.value is None else value_style)
        text: list[Flowable] = [Paragraph(definition(f.key, lang), note_style)]
        if f.key == "workers_by_kind" and f.value is not None and f.evidence:
            text.append(Paragraph(_kinds(f, lang), note_style))
        if f.value is None and f.missing:
            lacking = _w(lang, "lacking", items=missing_text(f.missing, lang))
            text.append(Paragraph(lacking, lacking_style))
        elif f.partial:
            text.append(Paragraph(_w(lang, "partial", items=missing_text(f.missing, lang)), note_style))
        rows.append([Paragraph(figure_name(f.key, lang), st.cell), value, text])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style([*grid_style(1), ("VALIGN", (0, 1), (-1, -1), "TOP")]))
    return table


def _kinds(f: Figure, lang: str) -> str:
    names = KINDS[words.lang_of(lang)]
    order = {kind: i for i, kind in enumerate(names)}
    parts = sorted(f.evidence, key=lambda e: order.get(e.id, len(order)))
    people = unit_text("people", lang)
    items = _w(lang, "kind_sep").join(
        f"{names.get(e.id, e.id)} {number(e.value or 0, 'people')}{'' if lang == 'ja' else ' '}{people}"
        for e in parts
    )
    return _w(lang, "breakdown", items=items)


# --- charts ----------------------------------------------------------------------------------------------


def nice_axis(maximum: float) -> tuple[float, float]:
    """A value axis top and step for data up to ``maximum``: about 4–5 steps of 1, 2, 2.5 or 5 × 10^n."""
    if maximum <= 0:
        return 10.0, 5.0
    raw = maximum / 4
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return math.ceil(maximum / step - 1e-9) * step, step


def _labels(months: Sequence[date], lang: str) -> list[str]:
    """Category labels: "4月" with the year under the first month and every January; a long period
    labels every n-th month only (so that the labels never collide), each with its year."""
    every = max(1, math.ceil(len(months) / MAX_LABELLED_MONTHS))
    labels = []
    for i, month in enumerate(months):
        if i % every:
            labels.append("")
        elif i == 0 or month.month == 1 or every > 1:
            year = f"{month.year}年" if words.lang_of(lang) == "ja" else str(month.year)
            labels.append(f"{month_label(month, lang)}\n{year}")
        else:
            labels.append(month_label(month, lang))
    return labels


def _chart(
    points: Sequence[MonthPoint],
    values: Sequence[float | None],
    width: float,
    lang: str,
    *,
    axis: str,
    fmt: Callable[[float], str],
    line: bool,
) -> Drawing:
    top, step = nice_axis(max((v for v in values if v is not None), default=0.0))
    label_width = stringWidth(fmt(top), REGULAR, 7.5) + 8
    # The initial font: reportlab would otherwise select Helvetica (not embedded) before any label.
    drawing = Drawing(width, CHART_HEIGHT, initialFontName=REGULAR, initialFontSize=7.5)
    chart = HorizontalLineChart() if line else VerticalBarChart()
    chart.x, chart.y = label_width + 4, 22
    # A few months get narrow columns, not one bar as wide as the page.
    chart.width = min(width - chart.x - 8, max(len(values), 3) * MAX_MONTH_WIDTH)
    chart.height = CHART_HEIGHT - chart.y - 18
    chart.data = segments(values) if line else [list(values)]
    axis_x = chart.categoryAxis
    axis_x.categoryNames = _labels([p.month for p in points], lang)
    axis_x.labels.fontName, axis_x.labels.fontSize, axis_x.labels.leading = REGULAR, 7.5, 9
    axis_x.labels.dy = -3
    axis_x.tickDown = 2
    axis_x.strokeColor = RULE
    axis_y = chart.valueAxis
    axis_y.valueMin, axis_y.valueMax, axis_y.valueStep = 0, top, step
    axis_y.labels.fontName, axis_y.labels.fontSize = REGULAR, 7.5
    axis_y.labelTextFormat = fmt
    axis_y.visibleGrid, axis_y.gridStrokeColor, axis_y.strokeColor = 1, GRID, RULE
    labelled = len(values) <= MAX_LABELLED_MONTHS

    def label(value: float | None) -> str:  # the figure above a bar or a point; none for 0
        return fmt(value) if labelled and value else ""

    if line:
        chart.joinedLines = int(any(v is not None for v in values))  # reportlab fails on an empty line
        chart.lines.strokeColor, chart.lines.strokeWidth = LINE, 1.6  # every segment alike
        chart.lines.symbol = makeMarker("FilledCircle", size=3.5, fillColor=LINE, strokeColor=LINE)
        chart.lineLabelFormat = label
        chart.lineLabels.fontName, chart.lineLabels.fontSize, chart.lineLabels.dy = REGULAR, 7, 7
        chart.lineLabels.fillColor = MUTED
    else:
        chart.bars[0].fillColor, chart.bars[0].strokeColor = BAR, None
        # Bars about 28 points wide at most (reportlab shares a month's width 10 : groupSpacing).
        chart.barWidth = 10
        chart.groupSpacing = max(6.0, 10 * chart.width / len(values) / MAX_BAR_WIDTH - 10)
        chart.barLabelFormat = label
        chart.barLabels.fontName, chart.barLabels.fontSize, chart.barLabels.nudge = REGULAR, 7, 6
        chart.barLabels.fillColor = MUTED
    drawing.add(chart)
    drawing.add(
        String(
            chart.x - 4,
            chart.y + chart.height + 6,
            axis,
            fontName=REGULAR,
            fontSize=7.5,
            textAnchor="end",
            fillColor=MUTED,
        )
    )
    if not any(v for v in values if v is not None):
        drawing.add(
            String(
                chart.x + chart.width / 2,
                chart.y + chart.height / 2,
                _w(lang, "chart_empty"),
                fontName=REGULAR,
                fontSize=10,
                textAnchor="middle",
                fillColor=MUTED,
            )
        )
    return drawing


def segments(values: Sequence[float | None]) -> list[list[float | None]]:
    """A line's runs of known values, each its own series (None elsewhere), so that the line breaks
    at a month without a value instead of bridging it; one all-None series when nothing is known."""
    runs: list[list[float | None]] = []
    for i, value in enumerate(values):
        if value is None:
            continue
        if i == 0 or values[i - 1] is None:
            runs.append([None] * len(values))
        runs[-1][i] = value
    return runs or [[None] * len(values)]


def _tick(value: float) -> str:
    """An hours figure on a chart: "30", "2.5", "32.3"."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def _yen_tick(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:,.1f}"


def _trend(report: KpiReport, writer: PdfWriter, lang: str) -> list[Flowable]:
    st = writer.styles
    points = report.trend
    if not points:
        return []
    caption = ParagraphStyle("kpi_caption", parent=st.cell, fontName=writer.fonts.bold, spaceAfter=1)
    out: list[Flowable] = [Paragraph(_w(lang, "trend"), st.heading)]
    charts = (
        ("chart_hours", [p.hours_outsourced for p in points], "axis_hours", _tick, False),
        ("chart_yen", [p.yen_paid_local for p in points], "axis_yen", _yen_tick, True),
    )
    for title, values, axis, fmt, line in charts:
        drawing = _chart(points, values, writer.frame_width, lang, axis=_w(lang, axis), fmt=fmt, line=line)
        out += [KeepTogether([Paragraph(_w(lang, title), caption), drawing]), Spacer(1, 3 * mm)]
    out.pop()  # no space after the last chart
    as_of = report.as_of or report.period.last
    if any(p.month > as_of for p in points):
        out.append(Paragraph(_w(lang, "chart_future"), st.small))
    return out


# --- per company -------------------------------------------------------------------------------------------


def _companies(report: KpiReport, writer: PdfWriter, g: Glyphs, lang: str) -> list[Flowable]:
    st = writer.styles
    out: list[Flowable] = [Paragraph(_w(lang, "companies"), st.heading)]
    if report.company_id is not None:
        return [
            *out,
            Paragraph(_w(lang, "companies_one"), st.body),
            Paragraph(_w(lang, "companies_note"), st.small),
        ]
    if not report.per_company:
        return [*out, Paragraph(_w(lang, "companies_none"), st.body)]
    head_style = ParagraphStyle("kpi_head", parent=st.label, fontSize=8, leading=10.5)
    right = ParagraphStyle("kpi_right", parent=st.cell, alignment=TA_RIGHT)
    no_data = ParagraphStyle("kpi_right_no_data", parent=right, textColor=WARN_BORDER)
    keys = ("col_company", "col_inventoried", "col_outsourced", "col_saving", "col_local")
    rows: list[list[object]] = [[Paragraph(_w(lang, k), head_style) for k in keys]]

    def cell(value: float | None, unit: str) -> Paragraph:
        if value is None:
            return Paragraph(_w(lang, "no_data"), no_data)
        return Paragraph(number(value, unit), right)

    for c in report.per_company:
        rows.append(
            [
                Paragraph(g.markup(c.name), st.cell),
                cell(c.inventoried_hours, "hours"),
                cell(c.outsourced_hours, "hours"),
                cell(c.monthly_saving_yen, "yen"),
                cell(float(c.local_workers), "people"),
            ]
        )
    numbers = 28 * mm
    table = Table(rows, colWidths=[writer.frame_width - 4 * numbers, *[numbers] * 4], repeatRows=1)
    table.setStyle(table_style(grid_style(1)))
    return [*out, table, Spacer(1, 1.5 * mm), Paragraph(_w(lang, "companies_note"), st.small)]
