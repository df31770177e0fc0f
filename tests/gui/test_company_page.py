"""The company profile page: create, edit with undo, validation, areas of work, unsaved edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QLineEdit, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.core.db import Database
from desktop.core.services.companies import (
    CompanyData,
    create_company,
    create_department,
    get_company,
    list_companies,
    list_departments,
)
from desktop.gui.context import AppContext
from desktop.gui.forms import with_mnemonic
from desktop.gui.pages.company_page import PREFECTURES, CompanyPage


def make_page(ctx: AppContext, qtbot: QtBot) -> CompanyPage:
    page = CompanyPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def line(page: CompanyPage, name: str) -> QLineEdit:
    widget = page.fields[name]
    assert isinstance(widget, QLineEdit)
    return widget


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """Make the unsaved-changes question return ``button``; the list records each time it was asked."""
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def company(ctx: AppContext, db: Database) -> CompanyData:
    data = create_company(
        db,
        CompanyData(
            name="山田製茶", prefecture="静岡県", municipality="島田市", employees=12, email="a@b.jp"
        ),
    )
    ctx.set_company(data.id)
    return data


def test_prefectures_are_the_47_in_order() -> None:
    assert len(PREFECTURES) == len(set(PREFECTURES)) == 47
    assert (PREFECTURES[0], PREFECTURES[12], PREFECTURES[-1]) == ("北海道", "東京都", "沖縄県")


def test_labels_get_mnemonics_in_either_language() -> None:
    assert with_mnemonic("Phone", "O") == "Ph&one"
    assert with_mnemonic("会社名", "N") == "会社名(&N)"


def test_without_a_company_the_page_registers_one(ctx: AppContext, qtbot: QtBot, db: Database) -> None:
    page = make_page(ctx, qtbot)
    assert page.is_creating()
    assert page.intro_label.isVisible() and page.intro_label.text()
    assert not page.save_button.isEnabled()
    assert not page.departments.add_button.isEnabled()

    qtbot.keyClicks(line(page, "name"), "Yamada Tea")
    line(page, "name_kana").setText("ヤマダセイチャ")
    prefecture = page.fields["prefecture"]
    assert isinstance(prefecture, QComboBox)
    prefecture.setCurrentText("静岡県")
    line(page, "employees").setText("８")  # full-width digits, as an IME types them, are numbers too
    assert page.has_unsaved_changes() and page.save_button.isEnabled()

    with qtbot.waitSignal(ctx.sig_company_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    [summary] = list_companies(db)
    assert ctx.company_id == summary.id
    saved = get_company(db, summary.id)
    assert (saved.name, saved.name_kana, saved.prefecture, saved.employees) == (
        "Yamada Tea",
        "ヤマダセイチャ",
        "静岡県",
        8,
    )
    assert not page.is_creating() and not page.has_unsaved_changes()
    assert "Yamada Tea" in page.heading.text()
    assert page.saved_label.isVisible() and page.saved_label.text()
    assert page.departments.add_button.isEnabled()


def test_an_edit_saves_only_that_field_and_undo_restores_it(
    ctx: AppContext, qtbot: QtBot, db: Database, company: CompanyData
) -> None:
    page = make_page(ctx, qtbot)
    assert line(page, "municipality").text() == "島田市"
    assert not page.has_unsaved_changes()

    with qtbot.waitSignal(page.sig_dirty_changed) as dirty:
        line(page, "municipality").setText("牧之原市")
    assert dirty.args == [True] and page.save_button.isEnabled()

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    line(page, "municipality").setFocus()
    qtbot.keyClick(line(page, "municipality"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert get_company(db, company.id) == CompanyData(**{**vars(company), "municipality": "牧之原市"})
    assert not page.has_unsaved_changes() and not page.save_button.isEnabled()
    assert ctx.undo_stack.count() == 1

    ctx.undo_stack.undo()
    assert get_company(db, company.id) == company
    assert line(page, "municipality").text() == "島田市"
    assert not page.has_unsaved_changes()

    ctx.undo_stack.redo()
    assert get_company(db, company.id).municipality == "牧之原市"
    assert line(page, "municipality").text() == "牧之原市"


def test_revert_puts_the_saved_values_back(ctx: AppContext, qtbot: QtBot, company: CompanyData) -> None:
    page = make_page(ctx, qtbot)
    line(page, "name").setText("別の名前")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert line(page, "name").text() == "山田製茶"
    assert not page.has_unsaved_changes()


def test_invalid_input_is_refused_in_words_and_kept(
    ctx: AppContext, qtbot: QtBot, db: Database, company: CompanyData
) -> None:
    page = make_page(ctx, qtbot)
    employees = line(page, "employees")
    employees.clear()
    qtbot.keyClicks(employees, "-5")
    assert employees.text() == "5"  # a minus sign cannot be typed at all

    line(page, "name").clear()
    employees.setText("200000")
    line(page, "email").setText("abc")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert page.error_label.isVisible()
    lines = page.error_label.text().splitlines()
    assert len(lines) == 3 and all(lines)
    for name in ("name", "employees", "email"):
        assert page.fields[name].property("invalid") is True
    assert page.fields["municipality"].property("invalid") is not True
    assert page.focusWidget() is page.fields["name"]
    assert get_company(db, company.id) == company
    assert (line(page, "name").text(), employees.text(), line(page, "email").text()) == ("", "200000", "abc")
    assert page.has_unsaved_changes() and ctx.undo_stack.count() == 0

    # Fixing a field takes its red border away; saving again clears the message.
    line(page, "email").setText("info@yamada.jp")
    assert page.fields["email"].property("invalid") is not True
    line(page, "name").setText("山田製茶")
    employees.setText("15")
    assert page.save()
    assert not page.error_label.isVisible()
    assert get_company(db, company.id).employees == 15


def test_a_number_that_is_not_a_number_is_named(ctx: AppContext, qtbot: QtBot, company: CompanyData) -> None:
    page = make_page(ctx, qtbot)
    line(page, "hourly_cost_yen").setText("12a")  # setText bypasses the validator, as a paste could
    assert not page.save()
    assert page.error_label.text()
    assert page.fields["hourly_cost_yen"].property("invalid") is True


def test_emptying_a_number_saves_none(
    ctx: AppContext, qtbot: QtBot, db: Database, company: CompanyData
) -> None:
    page = make_page(ctx, qtbot)
    line(page, "employees").clear()
    note = page.fields["note"]
    assert isinstance(note, QPlainTextEdit)
    note.setPlainText("繁忙期は5月")
    assert page.save()
    saved = get_company(db, company.id)
    assert (saved.employees, saved.note) == (None, "繁忙期は5月")


def test_areas_of_work_add_rename_remove_and_undo(
    ctx: AppContext, qtbot: QtBot, db: Database, company: CompanyData, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_department(db, company.id, "製造")
    page = make_page(ctx, qtbot)
    box = page.departments
    assert [d.name for d in box.departments()] == ["製造"]

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("経理", True))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert [d.name for d in list_departments(db, company.id)] == ["製造", "経理"]
    assert box.list.currentItem().text() == "経理"

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  ", True))
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert box.error_label.isVisible() and box.error_label.text()
    assert len(list_departments(db, company.id)) == 2

    # Renaming happens in place (F2 or double-click); the delegate commits with setText.
    box.list.currentItem().setText("総務")
    assert [d.name for d in list_departments(db, company.id)] == ["製造", "総務"]
    assert not box.error_label.isVisible()
    box.list.currentItem().setText("")
    assert box.error_label.isVisible() and box.error_label.text()
    assert box.list.currentItem().text() == "総務"
    assert [d.name for d in list_departments(db, company.id)] == ["製造", "総務"]

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    box.list.setFocus()
    box.list.setCurrentRow(0)
    qtbot.keyClick(box.list, Qt.Key.Key_Delete)
    assert [d.name for d in list_departments(db, company.id)] == ["総務"]
    assert [d.name for d in box.departments()] == ["総務"]

    ctx.undo_stack.undo()
    assert [d.name for d in list_departments(db, company.id)] == ["製造", "総務"]
    assert [d.name for d in box.departments()] == ["製造", "総務"]


@pytest.mark.parametrize(
    ("button", "expect_edits_kept"),
    [(QMessageBox.StandardButton.Cancel, True), (QMessageBox.StandardButton.Discard, False)],
)
def test_switching_company_with_unsaved_edits(
    ctx: AppContext,
    qtbot: QtBot,
    db: Database,
    company: CompanyData,
    monkeypatch: pytest.MonkeyPatch,
    button: QMessageBox.StandardButton,
    expect_edits_kept: bool,
) -> None:
    other = create_company(db, CompanyData(name="川上農園"))
    page = make_page(ctx, qtbot)
    line(page, "phone").setText("0547-00-0000")
    asked = answer(monkeypatch, button)

    ctx.set_company(other.id)

    assert len(asked) == 1
    if expect_edits_kept:
        qtbot.waitUntil(lambda: ctx.company_id == company.id)
        assert line(page, "phone").text() == "0547-00-0000"
        assert page.has_unsaved_changes() and "山田製茶" in page.heading.text()
    else:
        assert ctx.company_id == other.id
        assert line(page, "name").text() == "川上農園" and line(page, "phone").text() == ""
        assert not page.has_unsaved_changes()
    assert get_company(db, company.id).phone == ""
    assert len(asked) == 1


def test_switching_company_and_saving_saves_the_first(
    ctx: AppContext, qtbot: QtBot, db: Database, company: CompanyData, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = create_company(db, CompanyData(name="川上農園"))
    page = make_page(ctx, qtbot)
    line(page, "phone").setText("0547-00-0000")
    answer(monkeypatch, QMessageBox.StandardButton.Save)

    ctx.set_company(other.id)

    assert get_company(db, company.id).phone == "0547-00-0000"
    assert line(page, "name").text() == "川上農園" and not page.has_unsaved_changes()


def test_new_company_clears_the_form_and_keeps_the_current_one(
    ctx: AppContext, qtbot: QtBot, db: Database, company: CompanyData, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(ctx, qtbot)
    line(page, "industry").setText("製茶業")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert asked and not page.is_creating() and line(page, "industry").text() == "製茶業"

    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.is_creating() and line(page, "name").text() == ""
    assert ctx.company_id == company.id and page.heading.text() != ""

    line(page, "name").setText("川上農園")
    assert page.save()
    assert ctx.company_id not in ("", company.id) and not page.is_creating()
    assert sorted(c.name for c in list_companies(db)) == sorted(["山田製茶", "川上農園"])
    assert get_company(db, company.id).industry == ""
