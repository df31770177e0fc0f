"""The worker registry page and the worker form: keyboard entry, consent rule, undo."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.core import ids
from desktop.core.db import Database
from desktop.core.models import Partner
from desktop.core.services.workers import (
    SkillInput,
    WorkerFields,
    create_worker,
    ensure_skill,
    get_worker,
    list_workers,
)
from desktop.core.workforce import TimeWindow
from desktop.gui.context import AppContext
from desktop.gui.pages.workers_page import WorkersPage
from desktop.gui.worker_dialog import WorkerDialog
from desktop.gui.worker_table import column


@pytest.fixture
def partner(db: Database) -> str:
    partner_id = ids.new_id()
    with db.write() as session:
        session.add(Partner(id=partner_id, scope_id=partner_id, name="川根テレワーク"))
    ensure_skill(db, partner_id, "Excel")
    ensure_skill(db, partner_id, "税務申告", expert=True)
    create_worker(
        db,
        partner_id,
        WorkerFields(name="佐藤健一", name_kana="さとうけんいち", municipality="川根本町", hours_per_week=20),
        skills=[SkillInput("データ入力", 2)],
    )
    create_worker(
        db,
        partner_id,
        WorkerFields(
            name="高橋直樹", name_kana="たかはしなおき", kind="urban", municipality="東京都", hours_per_week=8
        ),
        skills=[SkillInput("税務申告", 3)],
    )
    return partner_id


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot, partner: str) -> WorkersPage:
    widget = WorkersPage(ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.model.total_count() == 2)
    widget.show()
    widget.activateWindow()
    return widget


def shown(page: WorkersPage) -> list[str]:
    return [r.fields.name for r in page.model.visible_rows()]


def the_dialog(page: WorkersPage, qtbot: QtBot) -> WorkerDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(WorkerDialog)))
    return next(d for d in page.findChildren(WorkerDialog) if d.isVisible())


def ime(widget: QWidget | None, text: str) -> None:
    """Type ``text`` as a Japanese input method commits it (QTest cannot type kanji key by key)."""
    assert widget is not None
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focus(widget: object, qtbot: QtBot) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def test_without_a_partner_the_page_explains(ctx: AppContext, qtbot: QtBot) -> None:
    page = WorkersPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.no_pool_label.isVisible())
    assert "partner" in page.no_pool_label.text() or "パートナー" in page.no_pool_label.text()
    assert not page.content.isVisible()
    assert not page.add_action.isEnabled()
    assert page.add_worker() is None


def test_the_table_shows_the_pool(page: WorkersPage) -> None:
    assert shown(page) == ["佐藤健一", "高橋直樹"]  # by kana
    model = page.model
    row = model.index_of(next(r.id for r in model.visible_rows() if r.fields.name == "高橋直樹")).row()
    assert model.index(row, column("skills")).data() == "税務申告 3"
    assert model.index(row, column("hours_per_week")).data() == "8"
    assert model.index(row, column("kind")).data() != "urban"  # shown in words, not as a code
    assert "2" in page.summary_label.text()


def test_filter_and_sort(page: WorkersPage, qtbot: QtBot) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()
    ime(page.filter_edit, "ｔａｎｍａ")  # typed through the input method; no match
    assert shown(page) == []
    page.filter_edit.setText("東京")
    assert shown(page) == ["高橋直樹"]
    page.filter_edit.setText("データ")  # skill names are searched
    assert shown(page) == ["佐藤健一"]
    page.filter_edit.clear()
    page.table.sortByColumn(column("hours_per_week"), Qt.SortOrder.AscendingOrder)
    assert shown(page) == ["高橋直樹", "佐藤健一"]
    page.table.sortByColumn(column("hours_per_week"), Qt.SortOrder.DescendingOrder)
    assert shown(page) == ["佐藤健一", "高橋直樹"]


def test_add_a_worker_with_the_keyboard_then_undo_and_redo(
    page: WorkersPage, ctx: AppContext, db: Database, partner: str, qtbot: QtBot
) -> None:
    focus(page.table, qtbot)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = the_dialog(page, qtbot)
    qtbot.waitUntil(dialog.name_edit.hasFocus)  # the form opens on the name
    ime(dialog.name_edit, "山田花子")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.kana_edit.hasFocus)
    ime(QApplication.focusWidget(), "やまだはなこ")  # Tab led to the kana field
    assert dialog.kana_edit.text() == "やまだはなこ"
    focus(dialog.hours_spin, qtbot)
    dialog.hours_spin.lineEdit().selectAll()
    qtbot.keyClicks(dialog.hours_spin, "15")
    # A skill from the catalogue, typed in another case and width, added with Enter (the form stays).
    focus(dialog.skills_editor.name_edit, qtbot)
    ime(dialog.skills_editor.name_edit, "ｅｘｃｅｌ")
    qtbot.keyClick(dialog.skills_editor.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    # A new skill at level 3.
    ime(dialog.skills_editor.name_edit, "SNS運用")
    dialog.skills_editor.level_combo.setCurrentIndex(dialog.skills_editor.level_combo.findData(3))
    qtbot.keyClick(dialog.skills_editor.name_edit, Qt.Key.Key_Return)
    assert dialog.skills_editor.names() == ["Excel", "SNS運用"]  # the catalogue's spelling is used
    # A time window from the presets.
    dialog.windows_editor.preset_button.menu().actions()[0].trigger()
    with qtbot.waitSignal(page.sig_rows_loaded):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not shiboken6.isValid(dialog)  # accepted and closed

    added = next(r for r in list_workers(db, partner) if r.fields.name == "山田花子")
    assert added.fields.name_kana == "やまだはなこ"
    assert added.fields.hours_per_week == 15
    assert added.fields.time_windows == (TimeWindow((0, 1, 2, 3, 4), "10:00", "15:00"),)
    assert [(s.name, s.level) for s in added.skills] == [("SNS運用", 3), ("Excel", 2)]
    assert page.selected_rows()[0].id == added.id  # the new worker is selected

    with qtbot.waitSignal(page.sig_rows_loaded):
        ctx.undo_stack.undo()
    assert "山田花子" not in shown(page)
    assert get_worker(db, added.id).deleted
    with qtbot.waitSignal(page.sig_rows_loaded):
        ctx.undo_stack.redo()
    assert "山田花子" in shown(page)
    assert len(list_workers(db, partner)) == 3  # the same row restored, not a second one


def test_contact_needs_consent_and_nothing_is_saved_until_valid(
    page: WorkersPage, db: Database, partner: str, qtbot: QtBot
) -> None:
    dialog = page.add_worker()
    assert dialog is not None
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    ime(dialog.name_edit, "鈴木美咲")
    qtbot.keyClicks(dialog.phone_edit, "090-1111-2222")
    ime(dialog.private_edit, "子育て中")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()  # refused
    phone_error = dialog._error_labels["phone"]
    assert phone_error.isVisible() and phone_error.text()
    assert dialog._error_labels["private_constraints"].isVisible()
    assert dialog.phone_edit.property("invalid") is True
    assert len(list_workers(db, partner)) == 2  # nothing written

    dialog.consent_check.setChecked(True)
    dialog.consent_date.setDate(dialog.consent_date.maximumDate())  # today
    with qtbot.waitSignal(page.sig_rows_loaded):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    saved = next(r for r in list_workers(db, partner) if r.fields.name == "鈴木美咲")
    assert saved.fields.consent_on == date.today().isoformat()
    assert saved.fields.private_constraints == "子育て中"


def test_rate_zero_cannot_be_entered_and_means_not_set(page: WorkersPage, qtbot: QtBot) -> None:
    dialog = page.add_worker()
    assert dialog is not None
    dialog.name_edit.setText("x")
    dialog.rate_spin.setValue(0)
    assert dialog.fields().hourly_rate_yen is None
    assert dialog.errors() == []
    dialog.rate_spin.setValue(1100)
    assert dialog.fields().hourly_rate_yen == 1100
    dialog.reject()


def test_duplicate_skill_is_refused_in_the_form(page: WorkersPage, qtbot: QtBot) -> None:
    dialog = page.add_worker()
    assert dialog is not None
    editor = dialog.skills_editor
    qtbot.keyClicks(editor.name_edit, "Excel")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.name_edit, " excel ")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Return)
    assert editor.names() == ["Excel"]
    assert editor.message_label.isVisible()
    dialog.reject()


def test_expert_flag_is_shown_and_editable(
    page: WorkersPage, db: Database, partner: str, qtbot: QtBot
) -> None:
    page.table.selectRow(
        page.model.index_of(
            next(r.id for r in page.model.visible_rows() if r.fields.name == "高橋直樹")
        ).row()
    )
    dialog = page.edit_worker()
    assert dialog is not None
    flag = dialog.skills_editor.table.item(0, 2)
    assert flag is not None and flag.checkState() == Qt.CheckState.Checked  # 税務申告 is an expert skill
    assert dialog.skills() == [SkillInput("税務申告", 3, None)]  # untouched: the catalogue flag is kept
    flag.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.skills() == [SkillInput("税務申告", 3, False)]
    dialog.reject()


def test_edit_with_enter_and_undo(page: WorkersPage, ctx: AppContext, db: Database, qtbot: QtBot) -> None:
    focus(page.table, qtbot)
    target = page.model.visible_rows()[0]
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = the_dialog(page, qtbot)
    qtbot.waitUntil(dialog.name_edit.hasFocus)
    assert dialog.name_edit.text() == target.fields.name
    dialog.municipality_edit.setText("島田市")
    with qtbot.waitSignal(page.sig_rows_loaded):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_worker(db, target.id).fields.municipality == "島田市"
    assert [(s.name, s.level) for s in get_worker(db, target.id).skills] == [("データ入力", 2)]
    with qtbot.waitSignal(page.sig_rows_loaded):
        ctx.undo_stack.undo()
    assert get_worker(db, target.id).fields.municipality == "川根本町"


def test_delete_with_del_and_undo(
    page: WorkersPage, ctx: AppContext, db: Database, partner: str, qtbot: QtBot
) -> None:
    focus(page.table, qtbot)
    page.table.selectRow(0)
    first = page.model.visible_rows()[0]
    with qtbot.waitSignal(page.sig_rows_loaded):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert first.fields.name not in shown(page)
    assert get_worker(db, first.id).deleted  # a tombstone
    assert first.fields.name in page.message_label.text()
    assert page.selected_rows()[0].fields.name == "高橋直樹"  # the next row keeps the place
    with qtbot.waitSignal(page.sig_rows_loaded):
        ctx.undo_stack.undo()
    assert len(list_workers(db, partner)) == 2


def test_reloads_when_another_view_changes_workers(
    page: WorkersPage, ctx: AppContext, db: Database, partner: str, qtbot: QtBot
) -> None:
    create_worker(db, partner, WorkerFields(name="新人", name_kana="しんじん"))
    with qtbot.waitSignal(page.sig_rows_loaded):
        ctx.notify("worker")
    assert "新人" in shown(page)
