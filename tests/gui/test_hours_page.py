"""The hours page: a week keyed in with the keyboard only, refused input, undo, jumping by short
code, paste and delete, the no-hours alert, concurrent days, and importing a file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from desktop.core import ids, workforce
from desktop.core.db import Database
from desktop.core.services.hours import EntryFacts, day_state, set_day, week_grid
from desktop.gui.context import AppContext
from desktop.gui.hours_grid import FIRST_DAY, TOTAL
from desktop.gui.hours_import_dialog import HoursImportDialog
from desktop.gui.pages.hours_page import HoursPage
from tests.core.test_hours import MONDAY, World, build_world, insert_entries, make_assignment, outbox_count

SATURDAY = MONDAY + timedelta(days=5)
SHOTS = Path("/tmp/shots")


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


@pytest.fixture
def page(ctx: AppContext, qtbot: QtBot, world: World) -> HoursPage:
    ctx.set_company(world.farm)
    widget = HoursPage(ctx, today=lambda: MONDAY + timedelta(days=2))
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    return widget


def focus_grid(page: HoursPage, qtbot: QtBot) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())


def type_keys(qtbot: QtBot, keys: str) -> None:
    """Type like a person: every key goes to the widget that has the focus (the table, then the
    cell editor it opens). ``\\t`` is Tab, ``\\n`` is Enter."""
    for key in keys:
        target = QApplication.focusWidget()
        assert target is not None
        if key == "\t":
            qtbot.keyClick(target, Qt.Key.Key_Tab)
        elif key == "\n":
            qtbot.keyClick(target, Qt.Key.Key_Return)
        else:
            qtbot.keyClicks(target, key)


def days_of(db: Database, assignment_id: str, company_id: str) -> tuple[int | None, ...]:
    row = week_grid(db, company_id, MONDAY, today=MONDAY).row_of(assignment_id)
    assert row is not None
    return row.days


def test_page_shows_the_week_of_the_current_company(page: HoursPage, world: World) -> None:
    assert page.page_title()
    assert page.model.rowCount() == 2
    assert [page.model.row_at(r).worker_name for r in range(2)] == ["佐藤 花子", "鈴木 一郎"]
    assert page.week_label.text()  # "11/23–29, 2026" (2026年11月23日〜29日 in Japanese)
    assert "23" in page.week_label.text() and "29" in page.week_label.text()
    assert page.model.headerData(FIRST_DAY, Qt.Orientation.Horizontal).endswith("11/23")
    assert page.table.currentIndex().column() == FIRST_DAY  # ready to type Monday of the first row
    page.all_companies_box.setChecked(True)
    assert page.model.rowCount() == 3
    assert "山の宿" in page.model.data(page.model.index(2, 1))


def test_a_week_for_two_assignments_is_keyed_in_with_the_keyboard_only(
    page: HoursPage, world: World, db: Database, qtbot: QtBot
) -> None:
    focus_grid(page, qtbot)
    # Mon..Sun of 佐藤 (Saturday left empty with Tab), then 鈴木 from Monday on (after Sunday: next row)
    keys = "3\t3.5\t4\n2:30\n8\t\t1\n" + "1\t1\t1.5\t\t2h\n"
    type_keys(qtbot, keys)
    assert days_of(db, world.sato_invoices.id, world.farm) == (180, 210, 240, 150, 480, None, 60)
    assert days_of(db, world.suzuki_invoices.id, world.farm) == (60, 60, 90, None, 120, None, None)
    assert page.model.data(page.model.index(0, TOTAL)) == "22"
    # the cursor went on to 鈴木's Saturday; nothing is being edited any more
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (1, FIRST_DAY + 5)
    assert len(keys) < 40  # at 2 keys a second, a person types this in well under a minute
    assert page.message_label.isHidden()


def test_tab_skips_days_outside_the_period_and_shift_tab_goes_back(
    page: HoursPage, world: World, db: Database, qtbot: QtBot
) -> None:
    later = make_assignment(db, world.sato_invoices.task_id, ids.new_id(), "佐野 美咲", period="2026-11-25/")
    page.reload()
    assert page.model.row_at(1).assignment_id == later.id  # 佐藤, 佐野, 鈴木 by name
    focus_grid(page, qtbot)
    page.select_day(world.sato_invoices.id, MONDAY + timedelta(days=6))
    type_keys(qtbot, "1\t")  # Sunday of 佐藤, then on to 佐野's first day in the period: Wednesday
    current = page.table.currentIndex()
    assert (current.row(), current.column()) == (1, FIRST_DAY + 2)
    assert page.table.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # back to 佐藤's Sunday
    current = page.table.currentIndex()
    assert (current.row(), current.column()) == (0, FIRST_DAY + 6)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter on a cell not being edited: next day too
    assert (page.table.currentIndex().row(), page.table.currentIndex().column()) == (1, FIRST_DAY + 2)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # F2 edits the value in place
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert days_of(db, world.sato_invoices.id, world.farm)[6] == 60
    assert not page.model.flags(page.model.index(1, FIRST_DAY)) & Qt.ItemFlag.ItemIsEditable


def test_25_hours_shows_a_message_keeps_editing_and_writes_nothing(
    page: HoursPage, world: World, db: Database, qtbot: QtBot
) -> None:
    focus_grid(page, qtbot)
    before = outbox_count(db)
    type_keys(qtbot, "25\n")
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert not page.message_label.isHidden()
    assert "24" in page.message_label.text()
    assert outbox_count(db) == before
    type_keys(qtbot, "x\t")  # the text was selected: typing replaces it; still not hours
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert "x" in page.message_label.text()
    type_keys(qtbot, "7\n")  # the right value is taken and the message goes away
    assert days_of(db, world.sato_invoices.id, world.farm)[0] == 420
    assert page.message_label.isHidden()


def test_more_than_24_hours_across_companies_is_refused_with_the_persons_name(
    page: HoursPage, world: World, db: Database, qtbot: QtBot
) -> None:
    set_day(db, world.sato_inn.id, MONDAY, 20 * 60)
    focus_grid(page, qtbot)
    before = outbox_count(db)
    type_keys(qtbot, "5\n")
    assert page.table.state() == QAbstractItemView.State.EditingState
    assert "佐藤 花子" in page.message_label.text()
    assert outbox_count(db) == before
    assert days_of(db, world.sato_invoices.id, world.farm)[0] is None


def test_undo_and_redo_of_a_typed_day(
    page: HoursPage, world: World, db: Database, ctx: AppContext, qtbot: QtBot
) -> None:
    focus_grid(page, qtbot)
    type_keys(qtbot, "3\n")
    page.select_day(world.sato_invoices.id, MONDAY)
    type_keys(qtbot, "5\n")
    assert day_state(db, world.sato_invoices.id, MONDAY).minutes == 300
    assert ctx.undo_stack.count() == 2
    ctx.undo_stack.undo()
    assert day_state(db, world.sato_invoices.id, MONDAY).minutes == 180
    assert page.model.data(page.model.index(0, FIRST_DAY)) == "3"
    ctx.undo_stack.undo()
    assert day_state(db, world.sato_invoices.id, MONDAY).minutes == 0  # a correction back to empty
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert day_state(db, world.sato_invoices.id, MONDAY).minutes == 300
    assert page.model.data(page.model.index(0, FIRST_DAY)) == "5"


def test_delete_clears_and_paste_writes_a_block_all_or_nothing(
    page: HoursPage, world: World, db: Database, ctx: AppContext, qtbot: QtBot
) -> None:
    focus_grid(page, qtbot)
    page.select_day(world.sato_invoices.id, MONDAY)
    QApplication.clipboard().setText("1\t2\t3\r\n4\t5\t6\r\n")  # as Excel copies a block
    qtbot.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert days_of(db, world.sato_invoices.id, world.farm)[:3] == (60, 120, 180)
    assert days_of(db, world.suzuki_invoices.id, world.farm)[:3] == (240, 300, 360)
    before = outbox_count(db)
    assert not page.paste("1\tabc\n")  # one bad cell: nothing of the block is written
    assert "abc" in page.message_label.text()
    assert outbox_count(db) == before
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert days_of(db, world.sato_invoices.id, world.farm)[0] == 0
    ctx.undo_stack.undo()  # the delete
    assert days_of(db, world.sato_invoices.id, world.farm)[0] == 60
    ctx.undo_stack.undo()  # the whole paste at once
    assert days_of(db, world.suzuki_invoices.id, world.farm)[:3] == (0, 0, 0)


def test_jump_by_code_switches_company_and_week(
    page: HoursPage, world: World, db: Database, ctx: AppContext, qtbot: QtBot
) -> None:
    focus_grid(page, qtbot)
    qtbot.keyClick(page, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert page.jump_edit.hasFocus()
    typed = workforce.display_code(world.sato_inn.code).lower()  # as read from the sheet
    type_keys(qtbot, typed + "\n")
    assert ctx.company_id == world.inn
    current = page.table.currentIndex()
    assert page.model.row_at(current.row()).assignment_id == world.sato_inn.id
    assert current.column() == FIRST_DAY
    assert page.table.hasFocus()
    type_keys(qtbot, "2\n")  # the cursor is ready for that row's Monday
    assert days_of(db, world.sato_inn.id, world.inn)[0] == 120
    # an assignment that starts next year: the week moves to its first week
    later = make_assignment(db, world.sato_invoices.task_id, ids.new_id(), "新人 さん", period="2027-01-06/")
    assert page.jump_to_code(later.code)
    assert page.monday == date(2027, 1, 4) and ctx.company_id == world.farm
    current = page.table.currentIndex()
    assert page.model.row_at(current.row()).assignment_id == later.id
    assert current.column() == FIRST_DAY + 2  # Wednesday: its first day in the period
    assert not page.jump_to_code("ZZZ-ZZZZ")
    assert "ZZZ-ZZZZ" in page.message_label.text()


def test_no_hours_alert_banner_and_marker(ctx: AppContext, qtbot: QtBot, world: World, db: Database) -> None:
    ctx.set_company(world.farm)
    set_day(db, world.suzuki_invoices.id, MONDAY, 60)
    page = HoursPage(ctx, today=lambda: SATURDAY + timedelta(days=7))
    qtbot.addWidget(page)
    page.go_to_week(MONDAY)
    assert not page.banner.isHidden()
    assert "1" in page.banner.text()
    assert "⚠" in page.model.data(page.model.index(0, TOTAL))
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    set_day(db, world.sato_invoices.id, MONDAY, 30)
    ctx.notify("time_entry")
    assert page.banner.isHidden()


def test_concurrent_day_is_marked_with_its_history(page: HoursPage, world: World, db: Database) -> None:
    root = EntryFacts(ids.new_id(), 180, None, 1_000)
    insert_entries(
        db,
        world.sato_invoices,
        MONDAY,
        [root, EntryFacts(ids.new_id(), 240, root.id, 2_000), EntryFacts(ids.new_id(), 300, root.id, 3_000)],
    )
    page.reload()
    cell = page.model.index(0, FIRST_DAY)
    assert page.model.data(cell) == "5 ※"
    tooltip = page.model.data(cell, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.count("\n") == 3  # the explanation and the three entries
    assert page.model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None


def test_week_buttons_and_shortcuts(page: HoursPage, qtbot: QtBot) -> None:
    focus_grid(page, qtbot)
    qtbot.keyClick(page.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.monday == MONDAY + timedelta(days=7)
    qtbot.keyClick(page.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.table, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.monday == MONDAY - timedelta(days=7)
    assert page.this_week_button.isEnabled()
    qtbot.mouseClick(page.this_week_button, Qt.MouseButton.LeftButton)
    assert page.monday == MONDAY and not page.this_week_button.isEnabled()


def test_import_dialog_previews_then_imports(
    page: HoursPage, world: World, db: Database, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    good = tmp_path / "hours.csv"
    good.write_text(
        f"短縮コード,日付,時間\n{world.sato_invoices.code},2026-11-23,3\n{world.suzuki_invoices.code},11/24,2\n",
        encoding="utf-8",
    )
    dialog = page.open_import()
    assert isinstance(dialog, HoursImportDialog)
    dialog.year_box.setValue(2026)
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        dialog.load_file(good)
    assert dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 2
    before = outbox_count(db)
    assert outbox_count(db) == before  # the preview wrote nothing
    with qtbot.waitSignal(dialog.sig_imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert days_of(db, world.sato_invoices.id, world.farm)[0] == 180
    assert page.model.data(page.model.index(0, FIRST_DAY)) == "3"  # the grid reloaded
    ctx.undo_stack.undo()  # the import is one undoable change
    assert days_of(db, world.sato_invoices.id, world.farm)[0] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text(f"短縮コード,日付,時間\n{world.sato_invoices.code},2026-11-23,30\nZZZZZZZ,2026-11-23,1\n")
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        dialog.load_file(bad)
    assert not dialog.import_button.isEnabled()
    problems = [dialog.model.data(dialog.model.index(r, 7)) for r in range(2)]
    assert "24" in problems[0] and "ZZZZZZZ" in problems[1]
    dialog.close()


def test_screenshots(page: HoursPage, world: World, db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    """Saved for a person to look at: /tmp/shots/hours_*.png (bundled font, Japanese UI)."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    for offset, minutes in enumerate((180, 210, 240, 150, 480)):
        set_day(db, world.sato_invoices.id, MONDAY + timedelta(days=offset), minutes)
    root = EntryFacts(ids.new_id(), 60, None, 1_000)
    insert_entries(
        db,
        world.suzuki_invoices,
        MONDAY + timedelta(days=1),
        [root, EntryFacts(ids.new_id(), 90, root.id, 2_000), EntryFacts(ids.new_id(), 120, root.id, 3_000)],
    )
    make_assignment(
        db, world.sato_invoices.task_id, ids.new_id(), "高橋 美咲", period="2026-11-25/2026-12-31"
    )
    page.today = lambda: SATURDAY
    page.all_companies_box.setChecked(True)
    page.resize(1280, 460)
    focus_grid(page, qtbot)
    page.select_day(world.sato_invoices.id, MONDAY + timedelta(days=5))
    type_keys(qtbot, "25\n")
    page.grab().save(str(SHOTS / "hours_page.png"))
    csv = tmp_path / "hours.csv"
    csv.write_text(
        "短縮コード,日付,時間,メモ\n"
        f"{world.sato_invoices.code},2026-11-28,3,土曜出勤\n"
        f"{world.sato_inn.code},11/23,5,\n"
        "ABC-DEFG,2026-11-24,2,\n"
        f"{world.sato_invoices.code},2026-11-28,2,\n",
        encoding="utf-8",
    )
    dialog = page.open_import()
    assert isinstance(dialog, HoursImportDialog)
    dialog.year_box.setValue(2026)
    with qtbot.waitSignal(dialog.sig_preview_ready, timeout=10_000):
        dialog.load_file(csv)
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(SHOTS / "hours_import.png"))
    dialog.close()
    assert (SHOTS / "hours_page.png").stat().st_size > 10_000
