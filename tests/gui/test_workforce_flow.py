"""The whole partner's path of step 5 in the main window, on the small demo data: the pool is
listed, a trainee moves on to regular work with the keyboard, a task gets an operator and a
supervisor from the matching dialog, and a week of that operator's hours is keyed in from paper
(jumping to the assignment by the short code printed on the sheet)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.core import demo, workforce
from desktop.core.db import Database
from desktop.core.services.assignments import list_assignments
from desktop.core.services.hours import week_grid
from desktop.core.services.matching import match_task
from desktop.core.services.partners import current_partner_id
from desktop.core.services.pipeline import board, list_stages
from desktop.core.services.tasks import list_tasks
from desktop.gui.hours_grid import FIRST_DAY
from desktop.gui.main_window import MainWindow
from desktop.gui.match_dialog import MatchDialog
from desktop.gui.settings import Settings


@pytest.fixture
def window(gui_app: QApplication, db: Database, settings: Settings, qtbot: QtBot) -> Iterator[MainWindow]:
    demo.load_small(db)
    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.ctx.runner.shutdown()


def type_keys(qtbot: QtBot, keys: str) -> None:
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None
        if key == "\t":
            qtbot.keyClick(target, Qt.Key.Key_Tab)
        elif key == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(target, key)


def test_register_train_match_assign_and_key_in_a_week(
    window: MainWindow, db: Database, qtbot: QtBot
) -> None:
    today = date.today()
    partner = current_partner_id(db)
    assert partner is not None

    # The pool is listed on the workers page.
    window.show_page(window.pages.indexOf(window.workers_page))
    qtbot.waitUntil(lambda: window.workers_page.model.rowCount() >= 10, timeout=5000)

    # A trainee still in the course moves on to regular work with Ctrl+Right, one stage at a time.
    trainee = board(db, partner, today).column("course")[0]
    page = window.pipeline_page
    window.show_page(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: page.select_worker(trainee.worker_id), timeout=5000)
    for _ in range(3):
        widget = next(v for v in page.columns.values() if v.hasFocus())
        with qtbot.waitSignal(page.sig_board_loaded, timeout=5000):
            qtbot.keyClick(widget, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert {s.stage for s in list_stages(db, trainee.worker_id) if not s.deleted} == set(workforce.STAGES)

    # A task whose best local worker needs a supervisor: assign the proposed team.
    company = window.ctx.company_id
    report = next(
        r
        for r in (match_task(db, t.id, today) for t in list_tasks(db, company))
        if r.team.status == "proposed" and not r.assigned
    )
    assert report.team.operator is not None and report.team.supervisor is not None
    task_id = report.task.id
    dialog = MatchDialog(window.ctx, task_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.sig_report_loaded, timeout=5000):
        dialog.show()
    with qtbot.waitSignal(dialog.sig_report_loaded, timeout=5000):
        qtbot.mouseClick(dialog.team_button, Qt.MouseButton.LeftButton)
    dialog.close()
    made = {(a.role, a.worker_id): a for a in list_assignments(db, company) if a.task_id == task_id}
    operator = made[("operator", report.team.operator.worker.id)]
    assert ("supervisor", report.team.supervisor.worker.id) in made

    # A week of the operator's hours from the printed sheet: jump by its code, type the days.
    hours = window.hours_page
    window.show_page(window.pages.indexOf(hours))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    hours.jump_edit.setFocus()
    qtbot.waitUntil(hours.jump_edit.hasFocus)
    type_keys(qtbot, workforce.display_code(operator.code).lower() + "\n")
    # The team starts today: the cursor waits on today's column, the first day of the period.
    assert hours.table.currentIndex().column() == FIRST_DAY + today.weekday()
    first = hours.model.row_at(hours.table.currentIndex().row())
    assert first.assignment_id == operator.id
    type_keys(qtbot, "2\t2.5\t3\t1:30\t2\n")
    row = next(r for r in week_grid(db, company, hours.monday, today).rows if r.assignment_id == operator.id)
    typed = [m for m in row.days if m is not None]
    assert typed[:5] == [120, 150, 180, 90, 120][: len(typed)] and len(typed) >= 1
    assert row.total_minutes == sum(typed)
