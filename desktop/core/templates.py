"""The template library (業務テンプレート): typical tasks of small Japanese companies, kept as data.

The guided inventory offers these so that an owner ticks what the company does instead of
describing every task from nothing. ``resources/templates/tasks.json`` has this structure::

    {
      "format": "machishigoto-templates",    # fixed marker
      "version": 1,                          # structure version
      "areas": [{"name": str, "hint": str}], # areas of work (業務領域) in display order
      "tasks": [
        {
          "key": str,                        # stable ascii id, [a-z0-9_], unique; stored as
                                             # Task.template_key, so never rename one
          "area": str,                       # one of the areas' names
          "name": str, "description": str,
          "frequency": "COUNT/UNIT",         # the usual frequency, UNIT in day|week|month|year
          "minutes": int,                    # usual minutes each time (a 10-60 minute action)
          "medium": "paper|digital|mixed",
          "onsite": "none|sometimes|required",
          "confidentiality": "public|internal|confidential",
          "personal_data": bool,
          "documented": "none|partial|full",
          "deadline": "flexible|days|same_day|realtime",
          "seasonality": "none|month_end|seasonal|irregular",
          "skills": str, "tools": str
        }
      ]
    }

Every entry must pass the same rules as a task typed by hand (:func:`validate_task`), so a broken
file fails when it is loaded, not when an owner picks the entry.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

from desktop.core.errors import ValidationError
from desktop.core.paths import resource_path
from desktop.core.services.tasks import TaskFields, validate_task

TEMPLATES_FORMAT = "machishigoto-templates"
TEMPLATES_VERSION = 1
KEY = re.compile(r"^[a-z0-9_]{1,60}$")

_TEXTS: tuple[str, ...] = (
    "name", "description", "frequency", "medium", "onsite", "confidentiality", "documented", "deadline",
    "seasonality", "skills", "tools",
)  # fmt: skip


class TemplateError(ValueError):
    """The template file does not have the documented structure."""


@dataclass(frozen=True)
class Area:
    """An area of work of the library, with a one-line hint of what belongs in it."""

    name: str
    hint: str


@dataclass(frozen=True)
class Template:
    """One typical task; its values are the usual ones, which the owner then corrects."""

    key: str
    area: str
    name: str
    description: str
    frequency: str
    minutes: int
    medium: str
    onsite: str
    confidentiality: str
    personal_data: bool
    documented: str
    deadline: str
    seasonality: str
    skills: str
    tools: str

    def search_text(self) -> str:
        return normalise(" ".join((self.name, self.description, self.area, self.skills, self.tools)))


@dataclass(frozen=True)
class Library:
    """The loaded, checked library."""

    areas: tuple[Area, ...]
    templates: tuple[Template, ...]

    def get(self, key: str) -> Template:
        """The entry with ``key``; raises KeyError for an unknown key."""
        for template in self.templates:
            if template.key == key:
                return template
        raise KeyError(key)

    def area_names(self) -> list[str]:
        return [area.name for area in self.areas]

    def by_area(self) -> dict[str, list[Template]]:
        """Entries grouped by area, areas and entries in file order."""
        grouped: dict[str, list[Template]] = {area.name: [] for area in self.areas}
        for template in self.templates:
            grouped[template.area].append(template)
        return grouped

    def search(self, text: str, area: str | None = None) -> list[Template]:
        """Entries whose name, description, area, skills or tools contain every word of ``text``
        (full-/half-width and case ignored); name matches first. Empty text matches everything."""
        words = normalise(text).split()
        found = [
            t
            for t in self.templates
            if (area is None or t.area == area) and all(w in t.search_text() for w in words)
        ]
        return sorted(found, key=lambda t: not all(w in normalise(t.name) for w in words))


def normalise(text: str) -> str:
    """Search form of a text: full-width letters, digits and spaces folded (NFKC), case folded."""
    return unicodedata.normalize("NFKC", text).casefold()


def to_fields(entry: Template, department_id: str | None) -> TaskFields:
    """The task fields a picked entry starts with, in the area ``department_id`` (remembering the
    entry's key, so picking it twice finds the task already there)."""
    return TaskFields(
        template_key=entry.key,
        name=entry.name,
        department_id=department_id,
        description=entry.description,
        frequency=entry.frequency,
        minutes_per_occurrence=entry.minutes,
        skills=entry.skills,
        tools=entry.tools,
        medium=entry.medium,
        onsite=entry.onsite,
        confidentiality=entry.confidentiality,
        personal_data=entry.personal_data,
        documented=entry.documented,
        seasonality=entry.seasonality,
        deadline=entry.deadline,
    )


# --- loading ---------------------------------------------------------------------------------------


def parse(raw: object, where: str = "templates") -> Library:
    """Check ``raw`` (the decoded JSON) and build the library; raises :class:`TemplateError`."""
    root = _obj(raw, where)
    if root.get("format") != TEMPLATES_FORMAT or root.get("version") != TEMPLATES_VERSION:
        raise TemplateError(f"{where}: not a {TEMPLATES_FORMAT} v{TEMPLATES_VERSION} file")
    areas: list[Area] = []
    for i, item in enumerate(_list(root.get("areas"), f"{where}.areas")):
        data = _obj(item, f"{where}.areas[{i}]")
        areas.append(
            Area(_str(data, "name", f"{where}.areas[{i}]"), _str(data, "hint", f"{where}.areas[{i}]"))
        )
    names = [a.name for a in areas]
    if len(set(names)) != len(names) or not all(n.strip() for n in names):
        raise TemplateError(f"{where}.areas: names must be unique and not empty")
    templates: list[Template] = []
    keys: set[str] = set()
    for i, item in enumerate(_list(root.get("tasks"), f"{where}.tasks")):
        template = _template(_obj(item, f"{where}.tasks[{i}]"), f"{where}.tasks[{i}]")
        if template.key in keys:
            raise TemplateError(f"{where}.tasks[{i}]: duplicate key {template.key!r}")
        if template.area not in names:
            raise TemplateError(f"{where}.tasks[{i}]: unknown area {template.area!r}")
        keys.add(template.key)
        templates.append(template)
    return Library(tuple(areas), tuple(templates))


def load_library(path: Path | None = None) -> Library:
    """Read and check the template file (by default the bundled one)."""
    path = path or resource_path("templates", "tasks.json")
    with path.open(encoding="utf-8") as fh:
        raw: object = json.load(fh)
    return parse(raw, str(path))


@cache
def library() -> Library:
    """The bundled library, read once."""
    return load_library()


def areas() -> list[str]:
    """Names of the bundled library's areas, in display order."""
    return library().area_names()


def by_area() -> dict[str, list[Template]]:
    """The bundled library's entries grouped by area."""
    return library().by_area()


def search(text: str, area: str | None = None) -> list[Template]:
    """Search the bundled library (see :meth:`Library.search`)."""
    return library().search(text, area)


def _template(data: dict[str, object], where: str) -> Template:
    key = _str(data, "key", where)
    if not KEY.match(key):
        raise TemplateError(f"{where}: key {key!r} must be 1-60 characters of a-z, 0-9 and _")
    minutes = data.get("minutes")
    personal = data.get("personal_data")
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise TemplateError(f"{where}.minutes: expected a whole number")
    if not isinstance(personal, bool):
        raise TemplateError(f"{where}.personal_data: expected true or false")
    texts = {name: _str(data, name, where) for name in _TEXTS}
    template = Template(
        key=key, area=_str(data, "area", where), minutes=minutes, personal_data=personal, **texts
    )
    try:
        validate_task(to_fields(template, None))
    except ValidationError as exc:
        raise TemplateError(f"{where} ({key}): {exc}") from exc
    return template


def _obj(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise TemplateError(f"{where}: expected an object")
    return cast(dict[str, object], value)


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise TemplateError(f"{where}: expected a list")
    return cast(list[object], value)


def _str(data: dict[str, object], name: str, where: str) -> str:
    value = data.get(name)
    if not isinstance(value, str):
        raise TemplateError(f"{where}.{name}: expected a text")
    return value
