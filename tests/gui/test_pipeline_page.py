"""The training pipeline board: keyboard moves with undo, drag and drop, at-risk list, thresholds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop.core import ids
from desktop.core.db import Database
from desktop.core.models import Partner
from desktop.core.services import pipeline
from desktop.core.services.pipeline import AlertSettings, list_stages, load_alert_settings
from desktop.core.services.workers import WorkerFields, create_worker
from desktop.gui.context import AppContext
from desktop.gui.pages.pipeline_page import PipelinePage
from desktop.gui.worker_board import MIME_TYPE
from desktop.gui.worker_course_dialog import MoveDateDialog, StartCourseDialog

TODAY = date(2026, 7, 15)
COURSE_END = date(2026, 5, 31)  # 45 days before TODAY


@dataclass(frozen=True)
class Pool:
    partner_id: str
    trainee: str  # in the course, ended 45 days ago: "no OJT" alert
    ojt: str  # in OJT
    newcomer: str  # no stage yet


@pytest.fixture
def pool(db: Database) -> Pool:
    partner_id = ids.new_id()
    with db.write() as session:
        session.add(Partner(id=partner_id, scope_id=partner_id, name="川根テレワーク"))
    trainee = create_worker(db, partner_id, WorkerFields(name="田中由美", municipality="川根本町")).id
    ojt = create_worker(db, partner_id, WorkerFields(name="加藤さくら")).id
    newcomer = create_worker(db, partner_id, WorkerFields(name="新人太郎")).id
    pipeline.start_course(db, trainee, date(2026, 5, 1), COURSE_END)
    pipeline.start_course(db, ojt, date(2026, 5, 1), COURSE_END)
    pipeline.advance(db, ojt, "ojt", date(2026, 6, 10))
    return Pool(partner_id, trainee, ojt, newcomer)


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot, pool: Pool) -> PipelinePage:
    widget = PipelinePage(ctx, today=lambda: TODAY)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget._board is not None)
    widget.resize(1200, 700)
    widget.show()
    widget.activateWindow()
    return widget


def names(page: PipelinePage, stage: str) -> list[str]:
    return [c.name for c in page.columns[stage].card_model().cards]


def stages(db: Database, worker_id: str) -> dict[str, str]:
    return {s.stage: s.period for s in list_stages(db, worker_id)}


def press(page: PipelinePage, qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    widget = next(v for v in page.columns.values() if v.hasFocus())
    with qtbot.waitSignal(page.sig_board_loaded):
        qtbot.keyClick(widget, key, modifiers)


def test_without_a_partner_the_page_explains(ctx: AppContext, qtbot: QtBot) -> None:
    widget = PipelinePage(ctx, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(widget.no_pool_label.isVisible)
    assert not widget.content.isVisible()
    assert widget.start_course() is None


def test_board_columns_cards_and_at_risk_reasons(page: PipelinePage) -> None:
    assert names(page, "course") == ["田中由美"]
    assert names(page, "ojt") == ["加藤さくら"]
    assert names(page, "small_job") == [] and names(page, "regular") == []
    assert "(1" in page.headers["course"].text() or "（1" in page.headers["course"].text()
    # Each card says in words how long since the course, how long to the goal, and its alerts.
    model = page.columns["course"].card_model()
    text = model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "45" in text and page.texts.badge("no_ojt") in text
    assert model.index(0, 0).data(Qt.ItemDataRole.DisplayRole) == text
    # The at-risk panel gives the reason with the numbers.
    assert page.risk_list.count() == 1
    reason = page.risk_list.item(0).text()
    assert "田中由美" in reason and "45" in reason and "30" in reason
    assert page.risk_list.item(0).data(Qt.ItemDataRole.UserRole) == model.cards[0].worker_id
    assert "1" in page.summary_label.text()


def test_keyboard_moves_a_trainee_to_regular_work_and_undo_brings_them_back(
    page: PipelinePage, ctx: AppContext, db: Database, pool: Pool, qtbot: QtBot
) -> None:
    assert page.select_worker(pool.trainee)
    qtbot.waitUntil(page.columns["course"].hasFocus)
    for expected in ("ojt", "small_job", "regular"):
        press(page, qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
        card = page.selected_card()
        assert card is not None and card.worker_id == pool.trainee and card.stage == expected
        assert page.columns[expected].hasFocus()  # the focus follows the card
    assert names(page, "regular") == ["田中由美"]
    assert names(page, "course") == []
    today = TODAY.isoformat()
    assert stages(db, pool.trainee) == {
        "course": "2026-05-01/2026-05-31",  # its planned end is kept
        "ojt": f"{today}/{today}",
        "small_job": f"{today}/{today}",
        "regular": f"{today}/",
    }
    assert page.risk_list.item(0).data(Qt.ItemDataRole.UserRole) is None  # nobody at risk any more
    assert ctx.undo_stack.count() == 3

    for _ in range(3):
        with qtbot.waitSignal(page.sig_board_loaded):
            ctx.undo_stack.undo()
    assert stages(db, pool.trainee) == {"course": "2026-05-01/2026-05-31"}
    assert names(page, "course") == ["田中由美"]
    with qtbot.waitSignal(page.sig_board_loaded):
        ctx.undo_stack.redo()
    assert stages(db, pool.trainee)["ojt"] == f"{today}/"


def test_ctrl_left_moves_back_and_reopens_the_previous_stage(
    page: PipelinePage, ctx: AppContext, db: Database, pool: Pool, qtbot: QtBot
) -> None:
    page.select_worker(pool.ojt)
    qtbot.waitUntil(page.columns["ojt"].hasFocus)
    press(page, qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert set(names(page, "course")) == {"加藤さくら", "田中由美"}
    assert stages(db, pool.ojt) == {"course": "2026-05-01/2026-05-31"}
    assert page.selected_card() is not None and page.selected_card().worker_id == pool.ojt  # type: ignore[union-attr]
    # Moving back from the course is refused with a sentence, nothing written.
    before = ctx.undo_stack.count()
    assert not page.move_back()
    assert page.message_label.text()
    assert ctx.undo_stack.count() == before
    with qtbot.waitSignal(page.sig_board_loaded):
        ctx.undo_stack.undo()
    assert stages(db, pool.ojt) == {"course": "2026-05-01/2026-05-31", "ojt": "2026-06-10/"}


def test_arrow_keys_switch_columns(page: PipelinePage, pool: Pool, qtbot: QtBot) -> None:
    page.select_worker(pool.trainee)
    qtbot.waitUntil(page.columns["course"].hasFocus)
    qtbot.keyClick(page.columns["course"], Qt.Key.Key_Right)
    assert page.columns["ojt"].hasFocus()
    assert page.selected_worker_id() == pool.ojt
    qtbot.keyClick(page.columns["ojt"], Qt.Key.Key_Left)
    assert page.columns["course"].hasFocus()


def drop(page: PipelinePage, worker_id: str, source: str, target: str) -> bool:
    source_model = page.columns[source].card_model()
    data: QMimeData = source_model.mimeData([source_model.index(source_model.row_of(worker_id), 0)])
    assert data.hasFormat(MIME_TYPE)
    target_model = page.columns[target].card_model()
    assert target_model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    return target_model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())


def test_drag_and_drop_moves_on_and_back(
    page: PipelinePage, ctx: AppContext, db: Database, pool: Pool, qtbot: QtBot
) -> None:
    with qtbot.waitSignal(page.sig_board_loaded):
        assert drop(page, pool.trainee, "course", "small_job") is False  # the view does not move it
    assert names(page, "small_job") == ["田中由美"]
    assert stages(db, pool.trainee) == {
        "course": "2026-05-01/2026-05-31",
        "small_job": f"{TODAY.isoformat()}/",
    }
    # Dropping back on a stage the trainee went through moves them back.
    with qtbot.waitSignal(page.sig_board_loaded):
        drop(page, pool.trainee, "small_job", "course")
    assert stages(db, pool.trainee) == {"course": "2026-05-01/2026-05-31"}
    # A stage they skipped cannot be gone back to: a sentence says why and nothing changes.
    with qtbot.waitSignal(page.sig_board_loaded):
        drop(page, pool.ojt, "ojt", "regular")
    page.message_label.clear()
    drop(page, pool.ojt, "regular", "small_job")
    qtbot.waitUntil(lambda: bool(page.message_label.text()))
    assert "regular" in stages(db, pool.ojt)
    # The same column refuses the drop.
    source = page.columns["course"].card_model()
    data = source.mimeData([source.index(0, 0)])
    assert not source.canDropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert ctx.undo_stack.count() == 3


def test_move_on_with_a_chosen_date(page: PipelinePage, db: Database, pool: Pool, qtbot: QtBot) -> None:
    page.select_worker(pool.trainee)
    dialog = page.advance_dated()
    assert isinstance(dialog, MoveDateDialog)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-5))
    with qtbot.waitSignal(page.sig_board_loaded):
        dialog.accept()
    assert stages(db, pool.trainee)["ojt"] == f"{(TODAY - timedelta(days=5)).isoformat()}/"
    # A day before the current stage began is refused with a sentence.
    page.select_worker(pool.trainee)
    dialog = page.advance_dated()
    assert isinstance(dialog, MoveDateDialog)
    dialog.date_edit.setDate(dialog.date_edit.date().addDays(-30))
    dialog.accept()
    assert "small_job" not in stages(db, pool.trainee)
    assert page.message_label.text()


def test_start_course_lists_only_workers_without_a_stage(
    page: PipelinePage, ctx: AppContext, db: Database, pool: Pool, qtbot: QtBot
) -> None:
    dialog = page.start_course()
    assert isinstance(dialog, StartCourseDialog)
    assert [dialog.worker_list.item(i).text().split()[0] for i in range(dialog.worker_list.count())] == [
        "新人太郎"
    ]
    assert dialog.worker_id() == pool.newcomer
    dialog.end_check.setChecked(True)
    with qtbot.waitSignal(page.sig_board_loaded):
        dialog.accept()
    assert stages(db, pool.newcomer) == {
        "course": f"{TODAY.isoformat()}/{(TODAY + timedelta(days=30)).isoformat()}"
    }
    assert "新人太郎" in names(page, "course")
    assert page.selected_worker_id() == pool.newcomer
    with qtbot.waitSignal(page.sig_board_loaded):
        ctx.undo_stack.undo()
    assert stages(db, pool.newcomer) == {}
    assert "新人太郎" not in names(page, "course")


def test_thresholds_are_saved_change_the_alerts_and_undo(
    page: PipelinePage, ctx: AppContext, db: Database, pool: Pool, qtbot: QtBot
) -> None:
    assert (page.ojt_spin.value(), page.paid_spin.value(), page.goal_spin.value()) == (30, 60, 90)
    page.ojt_spin.setValue(50)  # the 45-day trainee is no longer late for OJT
    with qtbot.waitSignal(page.sig_board_loaded):
        assert page.save_thresholds()
    assert load_alert_settings(db, pool.partner_id) == AlertSettings(50, 60, 90)
    assert page.risk_list.item(0).data(Qt.ItemDataRole.UserRole) is None
    # OJT due after paid work makes no sense: refused with a reason, nothing saved.
    page.ojt_spin.setValue(70)
    assert not page.save_thresholds()
    assert page.threshold_error.isVisibleTo(page)
    assert load_alert_settings(db, pool.partner_id) == AlertSettings(50, 60, 90)
    with qtbot.waitSignal(page.sig_board_loaded):
        ctx.undo_stack.undo()
    assert load_alert_settings(db, pool.partner_id) == AlertSettings()
    assert page.ojt_spin.value() == 30
    assert page.risk_list.item(0).data(Qt.ItemDataRole.UserRole) == pool.trainee


def test_thresholds_save_by_themselves_after_a_pause(
    page: PipelinePage, db: Database, pool: Pool, qtbot: QtBot
) -> None:
    page.goal_spin.setValue(100)
    qtbot.waitUntil(lambda: load_alert_settings(db, pool.partner_id).goal_days == 100, timeout=3000)


def test_a_second_move_before_the_board_reloads_still_moves_one_stage_on(
    page: PipelinePage, db: Database, pool: Pool, qtbot: QtBot
) -> None:
    page.select_worker(pool.trainee)
    assert page.advance()
    assert page.advance()  # the card still shows "course": the stored stage counts
    qtbot.waitUntil(lambda: names(page, "small_job") == ["田中由美"])
    assert set(stages(db, pool.trainee)) == {"course", "ojt", "small_job"}
