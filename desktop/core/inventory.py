"""Value rules of the workflow inventory (業務棚卸し): codes, frequency, monthly hours.

The GUI shows these codes in words; core only knows the codes.
"""

from __future__ import annotations

from dataclasses import dataclass

FREQUENCY_UNITS = ("day", "week", "month", "year")
# Occurrences of one unit in an average month. "day" means a working day: small companies work
# about 20 days a month, and a daily office task is not done on closed days.
PER_MONTH = {"day": 20.0, "week": 52 / 12, "month": 1.0, "year": 1 / 12}
# Minutes in one unit: no task can take more time than the period it recurs in.
UNIT_MINUTES = {"day": 1440, "week": 10_080, "month": 44_640, "year": 525_600}

MEDIUMS = ("paper", "digital", "mixed")
ONSITE = ("none", "sometimes", "required")
CONFIDENTIALITY = ("public", "internal", "confidential")
DOCUMENTED = ("none", "partial", "full")
SEASONALITY = ("none", "month_end", "seasonal", "irregular")
DEADLINES = ("flexible", "days", "same_day", "realtime")
ECRS = ("undecided", "eliminate", "combine", "rearrange", "simplify", "keep")
STATUSES = ("active", "under_review", "outsourced", "discontinued")
SUITABILITY_CATEGORIES = ("suitable", "conditional", "internal")

MAX_MINUTES = 6000


@dataclass(frozen=True)
class Frequency:
    """How often a task recurs: ``count`` times per ``unit``. Stored as one cell, "3/week"."""

    count: int
    unit: str

    @classmethod
    def parse(cls, text: str) -> Frequency:
        """Parse "COUNT/UNIT"; raises ValueError on anything else."""
        count_text, sep, unit = text.partition("/")
        if not sep or unit not in FREQUENCY_UNITS or not count_text.isdigit():
            raise ValueError(f"not a frequency: {text!r}")
        return cls(int(count_text), unit)

    def __str__(self) -> str:
        return f"{self.count}/{self.unit}"

    @property
    def per_month(self) -> float:
        """Occurrences in an average month."""
        return self.count * PER_MONTH[self.unit]

    def error(self, minutes: int) -> str | None:
        """Why this frequency is impossible with ``minutes`` per occurrence, or None if it is fine."""
        if self.unit not in FREQUENCY_UNITS:
            return "invalid"
        if self.count < 1:
            return "out_of_range"
        if self.count * max(minutes, 1) > UNIT_MINUTES[self.unit]:
            return "impossible"
        return None


def monthly_hours(frequency: Frequency, minutes: int) -> float:
    """Hours a month a task takes: occurrences a month x minutes each."""
    return frequency.per_month * minutes / 60
