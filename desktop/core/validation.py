"""Small field checks that collect every error at once for :class:`ValidationError`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.errors import FieldError, ValidationError

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^[0-9０-９+()（）\-‐－ ]*$")


class Checker:
    """Collects field errors; ``raise_if_any`` raises them together."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def text(self, field: str, value: str, max_len: int, required: bool = False) -> None:
        if required and not value.strip():
            self.errors.append(FieldError(field, "required"))
        elif len(value) > max_len:
            self.errors.append(FieldError(field, "too_long", max_len))

    def number(self, field: str, value: int | None, low: int, high: int, required: bool = False) -> None:
        if value is None:
            if required:
                self.errors.append(FieldError(field, "required"))
            return
        if not low <= value <= high:
            self.errors.append(FieldError(field, "out_of_range", high))

    def choice(self, field: str, value: str, choices: Sequence[str]) -> None:
        if value not in choices:
            self.errors.append(FieldError(field, "invalid"))

    def pattern(self, field: str, value: str, regex: re.Pattern[str]) -> None:
        if value and not regex.match(value):
            self.errors.append(FieldError(field, "invalid"))

    def add(self, field: str, code: str) -> None:
        self.errors.append(FieldError(field, code))

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)
