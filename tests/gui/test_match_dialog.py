"""“Find workers”: the ranked list with reasons, assigning one worker or the proposed team (undoable),
errors inline, keyboard use."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.core import workforce
from desktop.core.db import Database
from desktop.core.errors import FieldError
from desktop.core.services.assignments import get_assignment, get_card, list_assignments
from desktop.gui import assign_text as words
from desktop.gui import messages
from desktop.gui.context import AppContext
from desktop.gui.match_dialog import MatchDialog, open_match_dialog
from tests.core.test_matching import REGULAR, Pool


@dataclass
class Scene:
    pool: Pool
    task_id: str
    local: str
    expert: str
    blocked: str


@pytest.fixture
def scene(db: Database) -> Scene:
    pool = Pool.create(db)
    pool.skill("Excel")
    pool.skill("簿記", expert=True)
    task_id = pool.task(
        skills="Excel、簿記", confidentiality="confidential", frequency="1/week", minutes_per_occurrence=120
    )
    local = pool.worker(
        "田中 花子", skills={"Excel": 2, "簿記": 2}, clearance="confidential", stages=REGULAR, rate=1300
    )
    pool.worker("鈴木 一郎", skills={"Excel": 2}, clearance="confidential", rate=1100)
    expert = pool.worker(
        "佐藤 健", kind="urban", municipality="東京都世田谷区", skills={"簿記": 3, "Excel": 3},
        clearance="confidential", hours_per_week=6, rate=3200,
    )  # fmt: skip
    blocked = pool.worker(
        "伊藤 (社内まで)", skills={"Excel": 3, "簿記": 3}, clearance="internal", stages=REGULAR
    )
    return Scene(pool, task_id, local, expert, blocked)


@pytest.fixture
def dialog(ctx: AppContext, scene: Scene, qtbot: QtBot) -> MatchDialog:
    widget = MatchDialog(ctx, scene.task_id)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.sig_report_loaded, timeout=5000):
        widget.show()
    return widget


def names(dialog: MatchDialog) -> list[str]:
    return [dialog.model.index(r, 1).data() for r in range(dialog.model.rowCount())]


def test_list_is_ranked_with_reasons_and_knockouts_last(dialog: MatchDialog, scene: Scene) -> None:
    shown = names(dialog)
    assert shown[0] == "田中 花子" and shown[-1].startswith("伊藤")
    last = dialog.model.result_at(len(shown) - 1)
    assert last is not None and last.knockouts == ("clearance",)
    assert dialog.model.index(len(shown) - 1, 3).data() == words.one_line(last)  # excluded, with the reason
    assert messages.choice_label("confidentiality", "confidential") in words.one_line(last)
    assert all(dialog.model.index(r, 3).data() for r in range(len(shown)))
    assert "簿記" in dialog.skills_label.text() and dialog.title_label.text() == "月次の記帳"
    # The details pane lists every factor, and the points add up to the score.
    result = dialog.current_result()
    assert result is not None and result.worker.id == scene.local
    model = dialog.factor_model
    points = [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]
    reasons = [model.index(r, 1).data() for r in range(model.rowCount())]
    *lines, total = points
    assert sum(lines) == total == result.score
    assert len(lines) == 1 + len(result.factors) and all(reasons)
    assert any("簿記" in r for r in reasons)  # covered / needs a supervisor, in words
    # Defaults of the form: the worker's rate, the task's hours rounded up (8.7 h a month).
    assert dialog.rate_spin.value() == 1300 and dialog.hours_spin.value() == 9
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findData("supervisor"))
    assert dialog.hours_spin.value() == 2


def test_a_knocked_out_worker_cannot_be_assigned(dialog: MatchDialog, scene: Scene) -> None:
    assert dialog.select_worker(scene.blocked)
    assert not dialog.assign_button.isEnabled()
    assert not dialog.assign_selected()
    assert list_assignments(scene.pool.db) == []


def test_assign_the_team_and_undo_removes_both(
    dialog: MatchDialog, ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    assert dialog.team_button.isEnabled()
    assert "佐藤 健" in dialog.team_label.text() and "簿記" in dialog.team_label.text()
    assert dialog.operator_rate.value() == 1300 and dialog.supervisor_rate.value() == 3200
    seen: list[frozenset[str]] = []
    ctx.sig_data_changed.connect(seen.append)
    with qtbot.waitSignal(dialog.sig_report_loaded, timeout=5000):
        qtbot.mouseClick(dialog.team_button, Qt.MouseButton.LeftButton)
    rows = list_assignments(scene.pool.db)
    assert {(r.worker_id, r.role) for r in rows} == {(scene.local, "operator"), (scene.expert, "supervisor")}
    assert {r.rate_yen for r in rows} == {1300, 3200}
    assert frozenset({"assignment", "worker_card"}) in seen
    assert "佐藤 健" in dialog.done_label.text() and dialog.error_label.isHidden()
    supervisor_name = next(n for n in names(dialog) if n.startswith("佐藤"))
    assert messages.choice_label("role", "supervisor") in supervisor_name  # marked as assigned
    assert ctx.undo_stack.count() == 1
    assert not dialog.team_button.isEnabled()  # this team is already assigned

    with qtbot.waitSignal(dialog.sig_report_loaded, timeout=5000):
        ctx.undo_stack.undo()
    assert list_assignments(scene.pool.db) == [] and dialog.team_button.isEnabled()
    for worker_id, role in ((scene.local, "operator"), (scene.expert, "supervisor")):
        assert get_assignment(scene.pool.db, workforce.assignment_id(scene.task_id, worker_id, role)).deleted
        assert get_card(scene.pool.db, scene.pool.company_id, worker_id).deleted
    with qtbot.waitSignal(dialog.sig_report_loaded, timeout=5000):
        ctx.undo_stack.redo()
    assert len(list_assignments(scene.pool.db)) == 2


def test_bad_values_are_shown_inline_and_nothing_is_written(
    dialog: MatchDialog, ctx: AppContext, scene: Scene
) -> None:
    dialog.rate_spin.setValue(0)
    assert not dialog.assign_selected()
    assert dialog.error_label.text() == messages.field_error(FieldError("rate_yen", "positive"))
    assert not dialog.error_label.isHidden()
    assert dialog.rate_spin.property("invalid")
    assert list_assignments(scene.pool.db) == [] and ctx.undo_stack.count() == 0
    # The team box names the member at fault.
    dialog.supervisor_hours.setValue(0)
    dialog.supervisor_rate.setValue(0)
    assert not dialog.assign_team()
    assert dialog.error_label.text().startswith(messages.choice_label("role", "supervisor"))
    assert dialog.supervisor_rate.property("invalid") and not dialog.operator_rate.property("invalid")
    assert list_assignments(scene.pool.db) == []


def test_an_overlapping_assignment_is_refused_inline(dialog: MatchDialog, scene: Scene, qtbot: QtBot) -> None:
    with qtbot.waitSignal(dialog.sig_report_loaded, timeout=5000):
        assert dialog.assign_selected()
    assert not dialog.assign_selected()
    assert dialog.error_label.text() == messages.field_error(FieldError("period", "overlap"))
    assert len(list_assignments(scene.pool.db)) == 1


def test_keyboard_enter_in_the_list_assigns_the_selected_worker(
    dialog: MatchDialog, scene: Scene, qtbot: QtBot
) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.table.hasFocus)  # the list has the focus when the dialog opens
    qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    second = dialog.current_result()
    assert second is not None and second.worker.id != scene.local
    with qtbot.waitSignal(dialog.sig_assigned, timeout=5000):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    (row,) = list_assignments(scene.pool.db)
    assert row.worker_id == second.worker.id and row.role == "operator"


def test_open_match_dialog_opens_a_window_modal_dialog(ctx: AppContext, scene: Scene, qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    open_match_dialog(ctx, scene.task_id, parent)
    dialog = parent.findChild(MatchDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=5000)
    dialog.reject()


def test_undo_of_a_reopened_assignment_puts_the_ended_one_back(
    dialog: MatchDialog, ctx: AppContext, scene: Scene, qtbot: QtBot
) -> None:
    from datetime import date

    from desktop.core.services.assignments import assign, end_assignment
    from desktop.core.workforce import Period

    old = assign(scene.pool.db, scene.task_id, scene.local, "operator", Period(date(2025, 4, 1)), 1000, 5)
    ended = end_assignment(scene.pool.db, old.id, date(2025, 9, 30))
    with qtbot.waitSignal(dialog.sig_report_loaded, timeout=5000):
        ctx.notify("assignment")
    assert dialog.select_worker(scene.local)
    with qtbot.waitSignal(dialog.sig_assigned, timeout=5000):
        assert dialog.assign_selected()
    reopened = get_assignment(scene.pool.db, old.id)
    assert reopened.status == "active" and reopened.rate_yen == 1300 and reopened.period != ended.period
    ctx.undo_stack.undo()
    back = get_assignment(scene.pool.db, old.id)
    assert (back.status, back.period, back.rate_yen, back.planned_hours, back.deleted) == (
        "ended", ended.period, 1000, 5, False,
    )  # fmt: skip
