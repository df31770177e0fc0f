"""The task sheet (作業指示書): what one worker needs to do one assignment, on paper.

Only what a worker may see reaches the sheet: the task's name, area, description (its purpose),
frequency, time, deadline, tools, confidentiality and personal-data flag, the *shareable* procedure
steps, the company's contact, the names and agreed contacts of the people on the same task (from the
company's WorkerCards). Never the task's note, ECRS note, performer, skills, suitability override or
status, the internal-only steps, the assignment's rate or note, or anything of the partner's pool.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.core import inventory, workforce
from desktop.core.db import Database
from desktop.core.documents import words
from desktop.core.documents.fonts import BOLD, Glyphs
from desktop.core.documents.layout import (
    INK,
    MUTED,
    RULE,
    SHADE,
    PageInfo,
    PdfWriter,
    grid_style,
    qr_code,
    replaced_warning,
    table_style,
)
from desktop.core.models import Assignment, Company, Department, Task, TaskStep, Worker, WorkerCard
from desktop.core.workforce import Period

QR_SIZE = 30 * mm
CODE_BOX_WIDTH = 58 * mm
LABEL_WIDTH = 32 * mm
HOURS_ROW_HEIGHT = 7.5 * mm
WEEKS = 5
MAX_PEOPLE_LISTED = 4  # beside the code box; more would not fit on the first page
_CHUNK = 400  # ids per IN (...) query, well under SQLite's parameter limit


@dataclass(frozen=True)
class Person:
    name: str
    contact: str


@dataclass(frozen=True)
class SheetData:
    """Everything a task sheet prints (and nothing else)."""

    assignment_id: str
    code: str
    role: str
    period: Period | None
    planned_hours: int
    company_name: str
    contact_person: str
    phone: str
    email: str
    task_name: str
    area: str
    description: str
    frequency: str
    minutes: int
    deadline: str
    tools: str
    confidentiality: str
    personal_data: bool
    steps: tuple[str, ...]
    worker: Person
    others: tuple[Person, ...]  # the supervisors of an operator's sheet, the operators of a supervisor's

    @property
    def display_code(self) -> str:
        return workforce.display_code(self.code) if len(self.code) == workforce.CODE_LENGTH else self.code


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def _period(text: str) -> Period | None:
    try:
        return Period.parse(text)
    except ValueError:
        return None


def load_sheets(db: Database, assignment_ids: Sequence[str]) -> dict[str, SheetData]:
    """The data of every live assignment among ``assignment_ids`` (of a live task of a live company),
    read in a few queries; an id missing from the result has no sheet to print."""
    wanted = list(dict.fromkeys(assignment_ids))
    with db.read() as session:
        rows: list[tuple[Assignment, Task, Company, str | None]] = []
        for chunk in _chunks(wanted):
            query = (
                select(Assignment, Task, Company, Department.name)
                .join(Task, Task.id == Assignment.task_id)
                .join(Company, Company.id == Task.company_id)
                .outerjoin(Department, (Department.id == Task.department_id) & Department.deleted.is_(False))
                .where(
                    Assignment.id.in_(chunk),
                    Assignment.deleted.is_(False),
                    Task.deleted.is_(False),
                    Company.deleted.is_(False),
                )
            )
            rows.extend((a, t, c, d) for a, t, c, d in session.execute(query))
        task_ids = list({t.id for _a, t, _c, _d in rows})
        steps = _shareable_steps(session, task_ids)
        team = _teams(session, task_ids)
        people = _people(session, rows, team)
        result: dict[str, SheetData] = {}
        for a, t, c, area in rows:
            other_role = "supervisor" if a.role == "operator" else "operator"
            others = tuple(
                people[(c.id, worker_id)] for worker_id, role in team.get(t.id, []) if role == other_role
            )
            result[a.id] = SheetData(
                assignment_id=a.id,
                code=a.code,
                role=a.role,
                period=_period(a.period),
                planned_hours=a.planned_hours,
                company_name=c.name,
                contact_person=c.contact_person,
                phone=c.phone,
                email=c.email,
                task_name=t.name,
                area=area or "",
                description=t.description,
                frequency=t.frequency,
                minutes=t.minutes_per_occurrence,
                deadline=t.deadline,
                tools=t.tools,
                confidentiality=t.confidentiality,
                personal_data=t.personal_data,
                steps=tuple(steps.get(t.id, [])),
                worker=people[(c.id, a.worker_id)],
                others=others,
            )
    return result


def _shareable_steps(session: Session, task_ids: Sequence[str]) -> dict[str, list[str]]:
    """Live steps that may leave the company (never an internal-only one), in order, per task."""
    steps: dict[str, list[str]] = {}
    for chunk in _chunks(task_ids):
        query = (
            select(TaskStep.task_id, TaskStep.text)
            .where(
                TaskStep.task_id.in_(chunk),
                TaskStep.deleted.is_(False),
                TaskStep.internal_only.is_(False),
            )
            .order_by(TaskStep.task_id, TaskStep.position, TaskStep.id)
        )
        for task_id, text in session.execute(query):
            steps.setdefault(task_id, []).append(text)
    return steps


def _teams(session: Session, task_ids: Sequence[str]) -> dict[str, list[tuple[str, str]]]:
    """(worker id, role) of the live, not-ended assignments of each task."""
    team: dict[str, list[tuple[str, str]]] = {}
    for chunk in _chunks(task_ids):
        query = (
            select(Assignment.task_id, Assignment.worker_id, Assignment.role)
            .where(
                Assignment.task_id.in_(chunk),
                Assignment.deleted.is_(False),
                Assignment.status != "ended",
            )
            .order_by(Assignment.task_id, Assignment.role, Assignment.worker_id)
        )
        for task_id, worker_id, role in session.execute(query):
            team.setdefault(task_id, []).append((worker_id, role))
    return team


def _people(
    session: Session,
    rows: Sequence[tuple[Assignment, Task, Company, str | None]],
    team: dict[str, list[tuple[str, str]]],
) -> dict[tuple[str, str], Person]:
    """The company's view of every person on the sheets: the WorkerCard's name and agreed contact.
    Without a card (a partner's laptop before the card exists) only the pool's name, never its
    contact details."""
    pairs = {(c.id, a.worker_id) for a, _t, c, _d in rows}
    pairs |= {(c.id, w) for _a, t, c, _d in rows for w, _role in team.get(t.id, [])}
    card_ids = {workforce.worker_card_id(c, w): (c, w) for c, w in pairs}
    people: dict[tuple[str, str], Person] = {}
    keys = list(card_ids)
    for chunk in _chunks(keys):
        for card in session.scalars(select(WorkerCard).where(WorkerCard.id.in_(chunk))):
            people[card_ids[card.id]] = Person(card.name, card.contact)
    missing = [w for c, w in pairs if (c, w) not in people]
    names: dict[str, str] = {}
    for chunk in _chunks(list(set(missing))):
        names.update(session.execute(select(Worker.id, Worker.name).where(Worker.id.in_(chunk))).tuples())
    for c, w in pairs:
        people.setdefault((c, w), Person(names.get(w, ""), ""))
    return people


# --- the sheet ------------------------------------------------------------------------------------


def sheet_name(data: SheetData, lang: str) -> str:
    """ "請求書の発行 – 佐藤 花子 (FEK-XD03)": how lists and problems name the sheet."""
    return words.word(
        lang, "sheet_name", task=data.task_name, worker=data.worker.name, code=data.display_code
    )


@dataclass(frozen=True)
class BuiltSheet:
    info: PageInfo
    story: list[Flowable]
    glyphs: Glyphs
    no_steps: bool
    missing_contacts: tuple[str, ...]


def build(data: SheetData, writer: PdfWriter, lang: str, printed: str) -> BuiltSheet:
    """The flowables of one task sheet. Every text goes through the sheet's :class:`Glyphs`."""
    g = writer.glyphs()
    st = writer.styles
    w = writer.frame_width

    def p(text: str, style: object = st.body) -> Paragraph:
        return Paragraph(g.markup(text), style)

    def label(key: str) -> str:
        return words.word(lang, key)  # a plain-string cell: styled by _facts, fast to draw

    role_word = words.word(lang, "role_" + data.role) if data.role in workforce.ROLES else data.role
    story: list[Flowable] = []

    # Title block: the task and the people on the left, the code to key hours in with on the right.
    role_line = (
        f"{g.markup(data.worker.name)}（{role_word}）"
        if lang == "ja"
        else (f"{g.markup(data.worker.name)} ({role_word})")
    )
    others_key = "supervisor" if data.role == "operator" else "operators"
    others_cell: list[Flowable] = []
    for person in data.others[:MAX_PEOPLE_LISTED]:  # all of them are in the contacts section
        others_cell += [
            Paragraph(g.markup(person.name), st.cell),
            _contact(g, st.small, lang, person.contact),
        ]
    if len(data.others) > MAX_PEOPLE_LISTED:
        more = words.word(lang, "more_people", n=len(data.others) - MAX_PEOPLE_LISTED)
        others_cell.append(Paragraph(more, st.small))
    if not others_cell:
        others_cell = [Paragraph(words.word(lang, "none"), st.cell)]
    left_width = w - CODE_BOX_WIDTH - 6 * mm
    people = _facts(
        [
            [label("company"), Paragraph(g.markup(data.company_name), st.cell)],
            [
                label("worker"),
                [Paragraph(role_line, st.cell), _contact(g, st.small, lang, data.worker.contact)],
            ],
            [label(others_key), others_cell],
        ],
        [LABEL_WIDTH, left_width - LABEL_WIDTH],
    )
    left: list[Flowable] = [
        Paragraph(words.word(lang, "task_sheet"), st.kicker),
        Paragraph(g.markup(data.task_name), st.title),
    ]
    if data.area:
        left.append(Paragraph(f"{words.word(lang, 'area')}：{g.markup(data.area)}", st.small))
    left += [Spacer(1, 2 * mm), people]
    right: list[Flowable] = [
        Paragraph(words.word(lang, "code_title"), st.cell_center),
        qr_code(data.code, QR_SIZE),
        Paragraph(g.markup(data.display_code), st.code),
        Paragraph(words.word(lang, "code_hint"), st.cell_center),
    ]
    top = Table([[left, right]], colWidths=[left_width + 6 * mm, CODE_BOX_WIDTH])
    top.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ("BOX", (1, 0), (1, 0), 1, INK),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 6 * mm),
                ("LEFTPADDING", (1, 0), (1, 0), 5),
                ("RIGHTPADDING", (1, 0), (1, 0), 5),
                ("TOPPADDING", (1, 0), (1, 0), 5),
                ("BOTTOMPADDING", (1, 0), (1, 0), 6),
            ]
        )
    )
    story.append(top)
    story.append(Spacer(1, 4 * mm))

    # When, how often, how long.
    half = (w - 2 * LABEL_WIDTH) / 2
    facts = _facts(
        [
            [
                label("period"),
                Paragraph(_period_text(data.period, lang), st.cell),
                label("frequency"),
                Paragraph(g.markup(words.frequency_text(lang, data.frequency)), st.cell),
            ],
            [
                label("time_each"),
                Paragraph(_minutes_text(data.minutes, lang), st.cell),
                label("time_month"),
                Paragraph(_month_text(data, lang), st.cell),
            ],
            [
                label("deadline"),
                Paragraph(g.markup(words.deadline_text(lang, data.deadline)), st.cell),
                "",
                "",
            ],
        ],
        [LABEL_WIDTH, half, LABEL_WIDTH, half],
        [("SPAN", (1, 2), (3, 2)), ("BACKGROUND", (2, 0), (2, 1), SHADE)],
    )
    story.append(facts)

    # Purpose.
    story.append(Paragraph(words.word(lang, "purpose"), st.heading))
    description = data.description.strip()
    if description:
        story.extend(p(part) for part in _paragraphs(description))
    else:
        story.append(Paragraph(words.word(lang, "no_purpose"), st.body))

    # The procedure as a checklist (shareable steps only: internal-only ones were never loaded).
    story.append(Paragraph(words.word(lang, "steps"), st.heading))
    if data.steps:
        story.append(Paragraph(words.word(lang, "steps_hint"), st.small))
        for number, text in enumerate(data.steps, 1):
            story.append(Paragraph(f"<b>{number}.</b> {g.markup(text.strip())}", st.step, bulletText="□"))
    else:
        story.append(_boxed(Paragraph(words.word(lang, "no_steps"), st.body), w))

    # Tools.
    story.append(Paragraph(words.word(lang, "tools"), st.heading))
    tools = data.tools.strip()
    if tools:
        story.extend(p(part) for part in _paragraphs(tools))
    else:
        story.append(Paragraph(words.word(lang, "none"), st.body))

    # Confidentiality and personal data.
    level = words.CONFIDENTIALITY_LEVEL[words.lang_of(lang)].get(data.confidentiality, data.confidentiality)
    story.append(Paragraph(f"{words.word(lang, 'rules')}　<b>［{level}］</b>", st.heading))
    story.extend(
        Paragraph(text, st.body)
        for text in words.confidentiality_rules(lang, data.confidentiality, data.personal_data)
    )

    # Contacts.
    contacts_heading = Paragraph(words.word(lang, "contacts"), st.heading)
    company_parts: list[str] = []
    missing: list[str] = []
    window = data.contact_person.strip() or data.company_name
    if data.phone.strip():
        company_parts.append(
            words.word(lang, "contact_person_phone", person=window, phone=data.phone.strip())
        )
    else:
        company_parts.append(window)
    if data.email.strip():
        company_parts.append(words.word(lang, "email_text", email=data.email.strip()))
    if not (data.phone.strip() or data.email.strip()):
        company_parts.append(words.word(lang, "not_registered"))
        missing.append(words.word(lang, "missing_company_contact"))
    contact_rows: list[list[object]] = [
        [label("company_contact"), Paragraph(g.markup("　".join(company_parts)), st.cell)]
    ]
    for person_data in data.others:
        contact_rows.append(
            [
                label(others_key),
                Paragraph(
                    g.markup(person_data.name)
                    + "　"
                    + g.markup(person_data.contact.strip() or words.word(lang, "not_registered")),
                    st.cell,
                ),
            ]
        )
    story.append(KeepTogether([contacts_heading, _facts(contact_rows, [LABEL_WIDTH, w - LABEL_WIDTH])]))
    if not data.worker.contact.strip():
        missing.insert(0, words.word(lang, "missing_worker_contact"))

    # The hours table, kept on one page with its heading.
    story.append(
        KeepTogether(
            [
                Paragraph(words.word(lang, "hours_table"), st.heading),
                Paragraph(f"{words.word(lang, 'hours_month')}　{words.word(lang, 'hours_hint')}", st.small),
                _hours_table(data, writer, lang),
            ]
        )
    )

    info = PageInfo(
        title=f"{words.word(lang, 'task_sheet')}｜{g.clean(data.task_name)}｜{g.clean(data.worker.name)}",
        subtitle=g.clean(data.display_code),
        company=g.clean(data.company_name),
        printed=printed,
        bookmark=sheet_name(data, lang),
    )
    warning = replaced_warning(g, st, lang, w)
    if warning is not None:
        story[1:1] = [warning, Spacer(1, 3 * mm)]  # right under the title block, where nobody misses it
    return BuiltSheet(info, story, g, not data.steps, tuple(missing))


def _facts(rows: list[list[object]], widths: list[float], extra: Sequence[tuple[object, ...]] = ()) -> Table:
    """A table of label / value rows, labels shaded."""
    table = Table(rows, colWidths=widths)
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 1, INK),
                ("LINEBELOW", (0, -1), (-1, -1), 1, INK),
                ("BACKGROUND", (0, 0), (0, -1), SHADE),
                ("FONTSIZE", (0, 0), (-1, -1), 9),
                ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                *extra,
            ]
        )
    )
    return table


def _contact(g: Glyphs, style: object, lang: str, contact: str) -> Paragraph:
    value = g.markup(contact.strip()) if contact.strip() else words.word(lang, "not_registered")
    return Paragraph(words.word(lang, "contact_of", contact=value), style)


def _boxed(flowable: Flowable, width: float) -> Table:
    table = Table([[flowable]], colWidths=[width])
    table.setStyle(table_style([("BOX", (0, 0), (-1, -1), 1, INK), ("LEFTPADDING", (0, 0), (-1, -1), 8)]))
    return table


def _paragraphs(text: str) -> list[str]:
    """Blank-line separated paragraphs (single line breaks stay line breaks)."""
    parts = [part.strip() for part in text.replace("\r\n", "\n").split("\n\n")]
    return [part for part in parts if part]


def _period_text(period: Period | None, lang: str) -> str:
    if period is None:
        return words.word(lang, "not_decided")
    end = words.date_text(lang, period.end) if period.end else words.word(lang, "open_end")
    return words.word(lang, "period_text", start=words.date_text(lang, period.start), end=end)


def _minutes_text(minutes: int, lang: str) -> str:
    return (
        words.word(lang, "minutes_text", minutes=minutes) if minutes > 0 else words.word(lang, "not_decided")
    )


def _frequency(text: str) -> inventory.Frequency | None:
    try:
        return inventory.Frequency.parse(text)
    except ValueError:
        return None


def _month_text(data: SheetData, lang: str) -> str:
    frequency = _frequency(data.frequency)
    if frequency is None or data.minutes <= 0:
        text = words.word(lang, "not_decided")
    else:
        hours = inventory.monthly_hours(frequency, data.minutes)
        text = words.word(lang, "hours_text", hours=words.number_text(hours))
    if data.planned_hours > 0:
        text += words.word(lang, "planned_text", hours=data.planned_hours)
    return text


def rows_per_week(frequency_text: str) -> int:
    """Lines a week in the hours table: about one per occurrence, 1 to 5."""
    frequency = _frequency(frequency_text)
    if frequency is None:
        return 2
    per_week = frequency.per_month / inventory.PER_MONTH["week"]
    return max(1, min(5, math.ceil(per_week - 1e-9)))


def _hours_table(data: SheetData, writer: PdfWriter, lang: str) -> Table:
    """Five weeks of lines to write hours in by hand. Plain-string cells (fixed words that the font
    has), which tables draw far faster than paragraphs."""
    width = writer.frame_width
    per_week = rows_per_week(data.frequency)
    if data.role == "supervisor":
        per_week = min(per_week, 2)  # a supervisor's hours are a few checks a week at most
    fixed = [16 * mm, 27 * mm, 20 * mm, 20 * mm, 18 * mm]
    widths = [*fixed, width - sum(fixed)]
    header: list[object] = [
        words.word(lang, key)
        for key in ("col_week", "col_date", "col_start", "col_end", "col_hours", "col_note")
    ]
    rows: list[list[object]] = [header]
    style = [
        *grid_style(),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("TEXTCOLOR", (1, 1), (3, -1), MUTED),
    ]
    date_blank = words.word(lang, "date_blank")
    time_blank = words.word(lang, "time_blank")
    for week in range(WEEKS):
        first = len(rows)
        for line in range(per_week):
            week_cell = words.word(lang, "week_n", n=week + 1) if line == 0 else ""
            rows.append([week_cell, date_blank, time_blank, time_blank, "", ""])
        if per_week > 1:
            style.append(("SPAN", (0, first), (0, first + per_week - 1)))
        style.append(("LINEABOVE", (0, first), (-1, first), 1, INK))
    total = len(rows)
    rows.append([words.word(lang, "total"), "", "", "", "", ""])
    style += [
        ("SPAN", (0, total), (3, total)),
        ("FONTNAME", (0, total), (0, total), BOLD),
        ("LINEABOVE", (0, total), (-1, total), 1.2, INK),
        ("BACKGROUND", (0, 1), (0, total - 1), SHADE),
    ]
    heights = [None] + [HOURS_ROW_HEIGHT] * (len(rows) - 1)
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(table_style(style))
    return table


# --- the notice that replaces a sheet that failed ---------------------------------------------------


def failure_story(
    name: str, detail: str, writer: PdfWriter, lang: str, printed: str
) -> tuple[PageInfo, list[Flowable]]:
    g = writer.glyphs()
    st = writer.styles
    story: list[Flowable] = [
        Paragraph(words.word(lang, "task_sheet"), st.kicker),
        Paragraph(words.word(lang, "failed_title"), st.title),
        Spacer(1, 4 * mm),
        Paragraph(words.word(lang, "failed_body", name=g.markup(name)), st.body),
        Paragraph(words.word(lang, "failed_detail", detail=g.markup(detail[:500])), st.body),
        Spacer(1, 2 * mm),
        Paragraph(words.word(lang, "failed_hint"), st.body),
    ]
    info = PageInfo(
        title=f"{words.word(lang, 'task_sheet')}｜{g.clean(name)}",
        subtitle="",
        company="",
        printed=printed,
        bookmark=name,
    )
    return info, story


def today_text(lang: str, today: date | None = None) -> str:
    return words.word(lang, "printed_on", date=words.date_text(lang, today or date.today()))
