"""The template library: enough typical tasks, every one valid, found by keyword."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core import inventory
from desktop.core.paths import resource_path
from desktop.core.services.tasks import validate_task
from desktop.core.templates import (
    TemplateError,
    areas,
    by_area,
    library,
    load_library,
    parse,
    search,
    to_fields,
)


def raw_file() -> dict[str, object]:
    with resource_path("templates", "tasks.json").open(encoding="utf-8") as fh:
        data: dict[str, object] = json.load(fh)
    return data


def test_library_is_large_and_spans_the_areas() -> None:
    lib = library()
    assert len(lib.templates) >= 120
    assert len(areas()) >= 10
    for name in (
        "経理・会計",
        "総務・人事",
        "営業・顧客対応",
        "広報・SNS・Web",
        "受発注・在庫",
        "製造・現場",
    ):
        assert name in areas()
    for name in ("IT・データ", "企画・補助金", "観光・予約", "事務全般", "農業・生産"):
        assert name in areas()
    grouped = by_area()
    assert list(grouped) == areas()
    assert all(len(entries) >= 8 for entries in grouped.values())


def test_every_entry_is_a_valid_concrete_task() -> None:
    keys = [t.key for t in library().templates]
    assert len(keys) == len(set(keys))
    names = [t.name for t in library().templates]
    assert len(names) == len(set(names))
    for template in library().templates:
        fields = to_fields(template, "dept-1")
        validate_task(fields)
        assert 10 <= template.minutes <= 60, template.key  # tasks as 10-60 minute actions
        assert template.description and template.name
        assert fields.department_id == "dept-1"
        assert fields.frequency == template.frequency
        assert fields.minutes_per_occurrence == template.minutes
        assert fields.performer == ""  # who does it is asked, never guessed
        assert fields.ecrs_decision == "undecided"
        assert template.medium in inventory.MEDIUMS


def test_search_folds_width_and_case_and_puts_name_matches_first() -> None:
    found = search("請求書")
    assert found and "請求書" in found[0].name
    assert [t.key for t in search("ＳＮＳ")] == [t.key for t in search("sns")]
    assert search("sns", area="広報・SNS・Web")
    assert all(t.area == "観光・予約" for t in search("予約", area="観光・予約"))
    assert search("存在しない言葉xyz") == []
    assert len(search("")) == len(library().templates)
    both = search("給与 振込")
    assert [t.key for t in both] == ["hr_salary_transfer"]


def test_get_unknown_key() -> None:
    with pytest.raises(KeyError):
        library().get("no_such_key")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=2), "not a machishigoto-templates"),
        (lambda d: d["tasks"][1].update(key=d["tasks"][0]["key"]), "duplicate key"),
        (lambda d: d["tasks"][0].update(key="請求"), "a-z"),
        (lambda d: d["tasks"][0].update(area="宇宙開発"), "unknown area"),
        (lambda d: d["tasks"][0].update(minutes="30"), "whole number"),
        (lambda d: d["tasks"][0].update(frequency="3/fortnight"), "frequency"),
        (lambda d: d["tasks"][0].update(frequency="30/day", minutes=60), "frequency:impossible"),
        (lambda d: d["tasks"][0].update(medium="fax"), "medium:invalid"),
        (lambda d: d["tasks"][0].pop("tools"), "tools"),
    ],
)
def test_a_broken_file_is_refused_with_the_place(change, message: str) -> None:  # type: ignore[no-untyped-def]
    data = raw_file()
    change(data)
    with pytest.raises(TemplateError, match=message):
        parse(data)


def test_load_library_from_a_file(tmp_path: Path) -> None:
    data = raw_file()
    data["tasks"] = data["tasks"][:3]  # type: ignore[index]
    path = tmp_path / "tasks.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert len(load_library(path).templates) == 3
