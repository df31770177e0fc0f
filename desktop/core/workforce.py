"""Value rules of the worker pool, the training pipeline, assignments and hours.

Codes only (the GUI shows them in words), and the small value types stored as one cell: a period
(``"2026-04-01/2026-06-30"``, end optional), a weekly pattern of time windows, hours typed by a
person, and the short code printed on a task sheet.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from desktop.core.ids import derived_id

KINDS = ("local", "urban", "staff")  # 地域在住 / 関係人口・都市部の副業 / 社内
WORKER_STATUSES = ("active", "paused", "left")
STAGES = ("course", "ojt", "small_job", "regular")  # 講座 → OJT → 小規模案件 → 定期案件
PAID_STAGES = ("small_job", "regular")
ROLES = ("operator", "supervisor")
ASSIGNMENT_STATUSES = ("planned", "active", "paused", "ended")
LEVELS = (1, 2, 3)  # 学習中 / 実務可 / 指導可
EXPERT_LEVEL = 3
WORKING_LEVEL = 2
TIME_SOURCES = ("app", "grid", "csv", "sheet")

MAX_DAY_MINUTES = 24 * 60
MAX_RATE_YEN = 100_000
MAX_HOURS_PER_WEEK = 80
MAX_PLANNED_HOURS = 400  # a month

# Pipeline alerts (configurable through the synced setting PIPELINE_SETTING): days after the course
# ended by which a trainee should be in OJT, in paid work, and the 90-day goal itself.
PIPELINE_SETTING = "pipeline.alerts"
PIPELINE_DEFAULTS = {"ojt_by_day": 30, "paid_by_day": 60, "goal_days": 90}


# --- periods ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    """A date range stored as one cell, ``"START/END"`` (ISO 8601 interval); ``end`` None = open."""

    start: date
    end: date | None = None

    @classmethod
    def parse(cls, text: str) -> Period:
        """Parse ``"YYYY-MM-DD/YYYY-MM-DD"`` or ``"YYYY-MM-DD/"``; ValueError on anything else,
        including an end before the start."""
        start_text, sep, end_text = text.strip().partition("/")
        if not sep:
            raise ValueError(f"not a period: {text!r}")
        start = date.fromisoformat(start_text)
        end = date.fromisoformat(end_text) if end_text else None
        if end is not None and end < start:
            raise ValueError(f"period ends before it starts: {text!r}")
        return cls(start, end)

    def __str__(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat() if self.end else ''}"

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: Period) -> bool:
        starts_in_time = self.end is None or other.start <= self.end
        return starts_in_time and (other.end is None or self.start <= other.end)


# --- time windows -------------------------------------------------------------------------------

_HHMM = re.compile(r"^([01]\d|2[0-4]):([0-5]\d)$")


@dataclass(frozen=True)
class TimeWindow:
    """Days of the week (0 = Monday) and a daily span, e.g. weekdays 10:00-15:00."""

    days: tuple[int, ...]
    start: str
    end: str

    @property
    def minutes_per_day(self) -> int:
        return _minutes_of(self.end) - _minutes_of(self.start)

    def as_json(self) -> dict[str, Any]:
        return {"days": list(self.days), "start": self.start, "end": self.end}


def _minutes_of(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def parse_windows(value: Any) -> list[TimeWindow]:
    """The windows of a worker's ``time_windows`` cell; ValueError when the cell is malformed
    (bad days, times not HH:MM, end not after start)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError("time windows must be a list")
    windows: list[TimeWindow] = []
    for item in value:
        if not isinstance(item, dict):
            raise ValueError("a time window must be an object")
        days = item.get("days")
        start, end = item.get("start"), item.get("end")
        if not isinstance(days, list) or not days or any(d not in range(7) for d in days):
            raise ValueError("a time window needs days 0-6")
        if not (isinstance(start, str) and _HHMM.match(start) and isinstance(end, str) and _HHMM.match(end)):
            raise ValueError("a time window needs start and end as HH:MM")
        if _minutes_of(end) <= _minutes_of(start):
            raise ValueError("a time window must end after it starts")
        windows.append(TimeWindow(tuple(sorted(set(days))), start, end))
    return windows


def weekly_window_hours(windows: Iterable[TimeWindow]) -> float:
    """Hours a week the windows cover (overlapping windows on one day are not double counted)."""
    total = 0
    for day in range(7):
        covered: set[int] = set()
        for w in windows:
            if day in w.days:
                covered.update(range(_minutes_of(w.start), _minutes_of(w.end)))
        total += len(covered)
    return total / 60


def covers_business_hours(windows: Sequence[TimeWindow]) -> bool:
    """Whether the windows reach every weekday (Mon-Fri) for at least some hours."""
    days = {d for w in windows for d in w.days}
    return all(d in days for d in range(5))


# --- hours typed by people ----------------------------------------------------------------------

_DECIMAL = re.compile(r"^(\d{1,3})(?:\.(\d{1,2}))?h?$")
_CLOCK = re.compile(r"^(\d{1,2}):([0-5]\d)$")
_HM = re.compile(r"^(?:(\d{1,2})h)?(?:(\d{1,4})m?)?$")


def parse_hours(text: str) -> int | None:
    """Minutes from hours as people write them: ``3``, ``3.5``, ``3:30``, ``3h30m``, ``90m``,
    ``３．５``, ``3時間30分``; empty text is None. ValueError on anything else or a negative value.
    The caller checks the upper bound (a day has 24 hours)."""
    raw = unicodedata.normalize("NFKC", text).strip().lower().replace(" ", "")
    raw = raw.replace("時間", "h").replace("分", "m").replace("．", ".")
    if not raw:
        return None
    if raw.startswith("-"):
        raise ValueError("negative hours")
    if m := _DECIMAL.match(raw):
        fraction = m.group(2) or "0"
        divisor = 10 if len(fraction) == 1 else 100
        return int(m.group(1)) * 60 + round(int(fraction) * 60 / divisor)
    if m := _CLOCK.match(raw):
        return int(m.group(1)) * 60 + int(m.group(2))
    if (m := _HM.match(raw)) and (m.group(1) or m.group(2)):
        return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)
    raise ValueError(f"not hours: {text!r}")


def format_hours(minutes: int) -> str:
    """``210`` → ``"3.5"``; ``200`` → ``"3:20"`` (exact, never rounded away)."""
    hours, rest = divmod(minutes, 60)
    if rest == 0:
        return str(hours)
    if rest % 6 == 0:
        return f"{hours}.{rest // 6}"
    return f"{hours}:{rest:02d}"


# --- short codes --------------------------------------------------------------------------------

# Crockford's base32: no I, L, O, U, so a code read aloud or typed from paper is not ambiguous.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSED = str.maketrans({"O": "0", "I": "1", "L": "1"})
CODE_LENGTH = 7


def short_code(assignment_id: str) -> str:
    """The 7-character code of an assignment, printed as ``ABC-DEFG`` and in the QR code; derived
    from the id, so every device computes the same code."""
    number = int.from_bytes(hashlib.sha256(assignment_id.encode()).digest()[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, digit = divmod(number, 32)
        chars.append(_ALPHABET[digit])
    return "".join(chars)


def display_code(code: str) -> str:
    return f"{code[:3]}-{code[3:]}"


def normalise_code(text: str) -> str | None:
    """A code as typed or scanned (any case, full-width, with hyphens or spaces, O for 0) in its
    stored form, or None when it cannot be a code."""
    raw = unicodedata.normalize("NFKC", text).upper().translate(_CONFUSED)
    raw = re.sub(r"[\s\-‐－_]", "", raw)
    if len(raw) != CODE_LENGTH or any(c not in _ALPHABET for c in raw):
        return None
    return raw


# --- weeks --------------------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def week_days(monday: date) -> list[date]:
    return [monday + timedelta(days=i) for i in range(7)]


# --- the worker card: what a company may see of a worker -----------------------------------------

# Stored as data in the company's scope (the card is read on the owner's PC, whatever its language).
CARD_LEVEL_WORDS = {WORKING_LEVEL: "実務可", EXPERT_LEVEL: "指導可"}
CARD_SKILL_SEPARATOR = "、"


def card_skills_summary(skills: Iterable[tuple[str, int]]) -> str:
    """A worker card's skills line, e.g. ``簿記（指導可）、Excel（実務可）``: the skills a company may
    rely on (level 2 and up), strongest first, then by name; each name once."""
    parts: dict[str, str] = {}
    for level, name in sorted((-level, name) for name, level in skills if level >= WORKING_LEVEL):
        parts.setdefault(name, f"{name}（{CARD_LEVEL_WORDS[min(-level, EXPERT_LEVEL)]}）")
    return CARD_SKILL_SEPARATOR.join(parts.values())


def card_contact(email: str, phone: str, consent_on: str) -> str:
    """The one contact a company may see on a worker card: e-mail, else phone, and only with the
    worker's consent to hold personal data. Municipality and private constraints stay in the pool."""
    if not consent_on.strip():
        return ""
    return email.strip() or phone.strip()


# --- deterministic ids of set members (DESIGN section 3) -----------------------------------------


def skill_key(name: str) -> str:
    """The form of a skill name that identifies it: NFKC, case-folded, inner spaces removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", name)).casefold()


def skill_id(partner_id: str, name: str) -> str:
    return derived_id("skill", partner_id, skill_key(name))


def worker_skill_id(worker_id: str, skill_id_: str) -> str:
    return derived_id("worker_skill", worker_id, skill_id_)


def training_stage_id(worker_id: str, stage: str) -> str:
    return derived_id("training_stage", worker_id, stage)


def assignment_id(task_id: str, worker_id: str, role: str) -> str:
    return derived_id("assignment", task_id, worker_id, role)


def worker_card_id(company_id: str, worker_id: str) -> str:
    return derived_id("worker_card", company_id, worker_id)
