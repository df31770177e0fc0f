"""The main window: navigation between the product's areas, menus, and the status bar."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.core import demo
from desktop.core.backup import backup_database, timestamped_backup_path
from desktop.core.db import Database
from desktop.core.errors import DatabaseOpenError, NotFound
from desktop.core.services.companies import list_companies
from desktop.core.services.info import pending_changes
from desktop.core.services.tasks import get_task
from desktop.core.sync.credentials import TokenStore
from desktop.core.sync.service import TransportFactory
from desktop.gui import messages
from desktop.gui.bundle_actions import BundleActions
from desktop.gui.connect_dialog import ConnectDialog
from desktop.gui.context import AppContext
from desktop.gui.first_window import CarriedOver
from desktop.gui.fonts import apply_app_font
from desktop.gui.forms import ERROR_COLOR
from desktop.gui.import_dialog import export_tasks, open_import_dialog
from desktop.gui.navigation import LAZY_PAGES, NAV_STYLE, eager_titles, lazy_title
from desktop.gui.pages.conflicts_page import ConflictsPage
from desktop.gui.pages.task_page import TaskPage
from desktop.gui.print_actions import print_card, print_company_sheets, print_interview
from desktop.gui.restore_dialog import RestoreDialog
from desktop.gui.settings import FONT_SCALES, Settings
from desktop.gui.sync_controller import SyncController
from desktop.gui.taskrunner import JobContext

if TYPE_CHECKING:
    from desktop.gui.pages.company_page import CompanyPage
    from desktop.gui.wizard.page import InventoryWizardPage


class JobStatus(QWidget):
    """Progress and a cancel button for the running background job, in the status bar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: ctx.runner.cancel())
        for w in (self.label, self.bar, self.cancel_button):
            layout.addWidget(w)
        runner = ctx.runner
        runner.sig_started.connect(self._started)
        runner.sig_progress.connect(self._progress)
        runner.sig_idle.connect(self.hide)
        self.hide()

    def _started(self, job_id: int, label: str) -> None:
        self.label.setText(label)
        self.bar.setRange(0, 0)
        self.show()

    def _progress(self, job_id: int, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)


class MainWindow(QMainWindow):
    """One window on one open database."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        tokens: TokenStore | None = None,
        transport_factory: TransportFactory | None = None,
        carried: CarriedOver | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = AppContext(db, settings, self)
        if carried is not None:  # the first window's company: the pages start on it
            self.ctx.set_company(carried.company_id)
        self.sync = SyncController(self.ctx, tokens, transport_factory, parent=self)
        self.setWindowTitle(self.tr("Machishigoto — workflow inventory and local telework"))
        self.resize(1200, 760)

        self.company_combo = QComboBox()
        self.company_combo.setMinimumWidth(260)
        self.company_combo.setAccessibleName(self.tr("Company"))
        toolbar = QToolBar(self.tr("Company"))
        toolbar.setObjectName("company_toolbar")
        toolbar.setMovable(False)
        company_label = QLabel(self.tr("&Company:"))
        company_label.setBuddy(self.company_combo)
        toolbar.addWidget(company_label)
        toolbar.addWidget(self.company_combo)
        self.addToolBar(toolbar)

        self.pages = QStackedWidget()
        self.task_page = TaskPage(self.ctx)
        if carried is not None and carried.company_id:
            self.task_page.take_over(carried)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet(NAV_STYLE)
        self._lazy: dict[int, tuple[str, str]] = {}
        company_title, wizard_title, task_title = eager_titles()
        # The company profile and the guided inventory are built when first shown, like the pages
        # below (the guided inventory at once for a new user, whose window opens on it).
        self._company_page_index = self.pages.addWidget(QWidget())
        self._lazy[self._company_page_index] = ("desktop.gui.pages.company_page", "CompanyPage")
        self.nav.addItem(company_title)
        self._wizard_page_index = self.pages.addWidget(QWidget())
        self._lazy[self._wizard_page_index] = ("desktop.gui.wizard.page", "InventoryWizardPage")
        self.nav.addItem(wizard_title)
        self.pages.addWidget(self.task_page)
        self.nav.addItem(task_title)
        # The other pages (and their modules) are built the first time they are shown: the window
        # opens without them, and they load their rows only when someone looks.
        for attr, (module, cls) in LAZY_PAGES.items():
            index = self.pages.addWidget(QWidget())
            self._lazy[index] = (module, cls)
            self.nav.addItem(lazy_title(attr))
            setattr(self, f"_{attr}_index", index)
        # Not a navigation entry: reached from the status bar and the Sync menu when there are any.
        self.conflicts_page = ConflictsPage(self.ctx)
        self.pages.addWidget(self.conflicts_page)
        self.nav.currentRowChanged.connect(lambda row: self.pages.setCurrentWidget(self.page_at(row)))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self._counting = self._count_again = False
        self._build_menus()
        self._build_status_bar()

        self.company_combo.currentIndexChanged.connect(self._company_chosen)
        self.ctx.sig_data_changed.connect(self._data_changed)
        self.ctx.sig_company_changed.connect(self._sync_combo)
        self.sync.sig_state_changed.connect(self._show_sync_state)
        self._reload_companies()
        self._update_pending()
        self._show_sync_state()
        # A new user starts in the guided inventory; someone with data sees the task list.
        if carried is not None and carried.nav_row >= 0:  # where the first window was
            self.nav.setCurrentRow(carried.nav_row)
        else:
            self.nav.setCurrentRow(
                self.pages.indexOf(self.task_page) if self.ctx.company_id else self._wizard_page_index
            )
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self.sync.start()

    # --- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self.tr("&Import tasks from Excel or CSV…"), lambda: open_import_dialog(self.ctx, self)
        )
        file_menu.addAction(self.tr("E&xport tasks to Excel or CSV…"), lambda: export_tasks(self.ctx, self))
        file_menu.addSeparator()
        print_menu = file_menu.addMenu(self.tr("&Print"))
        self.print_company_action = print_menu.addAction(
            self.tr("&Task sheets of this company"),
            lambda: print_company_sheets(self.ctx, self.ctx.company_id, self),
        )
        self.print_interview_action = print_menu.addAction(
            self.tr("&Interview sheet (pre-filled)"),
            lambda: print_interview(self.ctx, self.ctx.company_id, True, self),
        )
        print_menu.addAction(
            self.tr("Interview sheet (&blank)"), lambda: print_interview(self.ctx, None, False, self)
        )
        print_menu.addSeparator()
        print_menu.addAction(self.tr("&Connection card…"), lambda: print_card(self.ctx, self))
        self.ctx.sig_company_changed.connect(self._update_print_actions)
        self._update_print_actions(self.ctx.company_id)
        file_menu.addSeparator()
        self.backup_action = file_menu.addAction(self.tr("&Back up database..."), self.backup)
        file_menu.addAction(self.tr("Backups and &restore…"), self.open_backups)
        demo_menu = file_menu.addMenu(self.tr("Add &demo data"))
        demo_menu.addAction(self.tr("Small: one tea farm"), lambda: self.add_demo_data("small"))
        demo_menu.addAction(self.tr("Large: 50 companies, 5,000 tasks"), lambda: self.add_demo_data("large"))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.ctx.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.ctx.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo

        sync_menu = self.menuBar().addMenu(self.tr("S&ync"))
        self.sync_action = sync_menu.addAction(self.tr("Sync &now"), self.sync.sync_now)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.connect_action = sync_menu.addAction(self.tr("&Connect to partner server…"), self.open_connect)
        sync_menu.addSeparator()
        self.bundles = BundleActions(self.ctx, self.sync.client, self)
        sync_menu.addAction(self.tr("&Write sync file for USB…"), self.bundles.export_to)
        sync_menu.addAction(self.tr("&Read sync file…"), self.bundles.import_from)
        sync_menu.addSeparator()
        sync_menu.addAction(self.conflicts_page.page_title(), self.show_conflicts)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        size_menu = view_menu.addMenu(self.tr("Text &size"))
        group = QActionGroup(self)
        for scale in FONT_SCALES:
            action = QAction(f"{int(scale * 100)}%", self, checkable=True)
            action.setChecked(scale == self.ctx.settings.font_scale)
            action.triggered.connect(lambda _=False, s=scale: self.set_font_scale(s))
            group.addAction(action)
            size_menu.addAction(action)
        lang_menu = view_menu.addMenu(self.tr("&Language"))
        lang_group = QActionGroup(self)
        for code, name in (("ja", "日本語"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.ctx.settings.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            lang_group.addAction(action)
            lang_menu.addAction(action)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.db_label = QLabel(self.tr("Database: {path}").format(path=self.ctx.db.path))
        self.db_label.setToolTip(str(self.ctx.db.path))
        self.pending_label = QLabel()
        self.connection_label = QLabel()
        self.conflicts_label = QLabel()
        self.conflicts_label.setToolTip(self.tr("Open the conflicts to review them"))
        self.conflicts_label.linkActivated.connect(lambda _link: self.show_conflicts())
        self.clock_label = QLabel()
        self.clock_label.setStyleSheet(f"color: {ERROR_COLOR};")
        for label in (self.conflicts_label, self.clock_label):
            label.setContentsMargins(6, 0, 6, 0)
        self.job_status = JobStatus(self.ctx)
        bar.addWidget(self.db_label, 1)
        bar.addPermanentWidget(self.job_status)
        bar.addPermanentWidget(self.clock_label)
        bar.addPermanentWidget(self.conflicts_label)
        for label in (self.pending_label, self.connection_label):
            separator = QFrame()
            separator.setFrameShape(QFrame.Shape.VLine)
            separator.setFrameShadow(QFrame.Shadow.Sunken)
            label.setContentsMargins(6, 0, 6, 0)
            bar.addPermanentWidget(separator)
            bar.addPermanentWidget(label)

    # --- companies -----------------------------------------------------------------------------

    def _reload_companies(self) -> None:
        companies = list_companies(self.ctx.db)
        current = self.ctx.company_id
        self.company_combo.blockSignals(True)
        self.company_combo.clear()
        for company in companies:
            self.company_combo.addItem(company.name, company.id)
        index = self.company_combo.findData(current)
        if index < 0 and companies:
            index = 0
        self.company_combo.setCurrentIndex(index)
        self.company_combo.blockSignals(False)
        self.ctx.set_company(str(self.company_combo.itemData(index)) if index >= 0 else "")

    def _company_chosen(self, index: int) -> None:
        self.ctx.set_company(str(self.company_combo.itemData(index)) if index >= 0 else "")

    def _sync_combo(self, company_id: str) -> None:
        index = self.company_combo.findData(company_id)
        if index != self.company_combo.currentIndex():
            if index < 0:
                self._reload_companies()
            else:
                self.company_combo.setCurrentIndex(index)

    def _update_print_actions(self, company_id: str) -> None:
        self.print_company_action.setEnabled(bool(company_id))
        self.print_interview_action.setEnabled(bool(company_id))

    def _data_changed(self, tables: frozenset[str]) -> None:
        if "company" in tables or "task" in tables:
            self._reload_companies()
        self._update_pending()

    def _update_pending(self) -> None:
        """Count the changes waiting on the task runner: with a long outbox (months offline) the
        count scans it, which must not hold up the window. Requests made meanwhile coalesce."""
        if self._counting:
            self._count_again = True
            return
        self._counting, self._count_again = True, False
        db = self.ctx.db
        self.ctx.runner.submit(
            self.tr("Counting changes waiting"), lambda job: pending_changes(db), self._pending_counted,
            lambda _exc: self._pending_counted(None),
        )  # fmt: skip

    def _pending_counted(self, count: int | None) -> None:
        self._counting = False
        if count is not None:
            self.pending_label.setText(self.tr("%n change(s) waiting to be sent", "", count))
        if self._count_again:
            self._update_pending()

    def _show_sync_state(self) -> None:
        sync = self.sync
        self.connection_label.setText(sync.connection_text())
        self.connection_label.setToolTip(sync.connection_tooltip())
        self.conflicts_label.setText(f'<a href="conflicts">{sync.conflicts_text()}</a>')
        self.conflicts_label.setVisible(sync.status.open_conflicts > 0)
        self.clock_label.setText(sync.clock_warning_text())
        self.clock_label.setVisible(bool(sync.clock_warning_text()))
        self.sync_action.setEnabled(sync.status.connected)

    # --- actions -------------------------------------------------------------------------------

    def add_demo_data(self, size: str) -> int:
        """Add demo data on the task runner; returns the job id."""
        loader = demo.load_large if size == "large" else demo.load_small
        db = self.ctx.db

        def job(context: JobContext) -> demo.DemoSummary:
            return loader(db, progress=context.progress, cancelled=context.cancelled)

        def done(summary: demo.DemoSummary) -> None:
            self.ctx.notify("partner", "company", "department", "task", "task_step")
            self.statusBar().showMessage(messages.demo_summary(summary), 10_000)

        return self.ctx.runner.submit(self.tr("Adding demo data"), job, done, self._job_failed)

    def open_backups(self) -> RestoreDialog:
        """The backups of this database, and restoring one (window-modal)."""
        dialog = RestoreDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def backup(self, dest: Path | None = None) -> int | None:
        """Back the database up to a new file chosen by the user, on the task runner."""
        if dest is None:
            suggestion = timestamped_backup_path(self.ctx.db.path, "manual")
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Back up database"), str(suggestion), self.tr("Database (*.sqlite3)")
            )
            if not chosen:
                return None
            dest = Path(chosen)
        source = self.ctx.db.path
        target = dest

        def job(context: JobContext) -> Path:
            return backup_database(source, target, context.progress, context.cancelled)

        def done(path: Path) -> None:
            self.statusBar().showMessage(messages.backup_done(path), 10_000)

        return self.ctx.runner.submit(self.tr("Backing up"), job, done, self._job_failed)

    def open_connect(self) -> ConnectDialog:
        """Open the connect dialog (window-modal); returns it."""
        dialog = ConnectDialog(self.sync, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_conflicts(self) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.pages.setCurrentWidget(self.conflicts_page)

    def _job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DatabaseOpenError):
            text = messages.open_error(exc)
        else:
            text = self.tr("The operation failed: {error}").format(error=exc)
        QMessageBox.warning(self, self.tr("Machishigoto"), text)

    def set_font_scale(self, scale: float) -> None:
        self.ctx.settings.font_scale = scale
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_app_font(app, app.font().family(), scale)

    def set_language(self, code: str) -> None:
        if code == self.ctx.settings.language:
            return
        self.ctx.settings.language = code
        QMessageBox.information(
            self,
            self.tr("Machishigoto"),
            QCoreApplication.translate("MainWindow", "The new language is used from the next start."),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        unbuilt = self._company_page_index in self._lazy  # so no unsaved edits either
        if not unbuilt and not self.company_page.confirm_leave():
            event.ignore()
            return
        self.ctx.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.sync.stop()
        self.ctx.runner.shutdown()
        super().closeEvent(event)

    def page_at(self, index: int) -> QWidget:
        """The page at ``index`` of the navigation, built now if it has not been shown yet."""
        if index in self._lazy:
            module, cls = self._lazy.pop(index)
            page = getattr(importlib.import_module(module), cls)(self.ctx)
            placeholder = self.pages.widget(index)
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            placeholder.deleteLater()
            if hasattr(page, "sig_open_row"):
                page.sig_open_row.connect(self.open_row)
            if hasattr(page, "sig_show_candidates_requested"):
                page.sig_show_candidates_requested.connect(
                    lambda: self.nav.setCurrentRow(self._candidates_page_index)
                )
        return self.pages.widget(index)

    def open_row(self, kind: str, row_id: str) -> None:
        """Go to the row behind a figure of the value dashboard."""
        if kind == "company":
            self.ctx.set_company(row_id)
            self.show_page(self._company_page_index)
        elif kind == "task":
            try:
                self.ctx.set_company(get_task(self.ctx.db, row_id).company_id)
            except NotFound:
                return
            self.show_page(self.pages.indexOf(self.task_page))
            self.task_page.select_task(row_id)
        elif kind == "assignment":
            self.show_page(self._assignments_page_index)
            self.assignments_page.select_assignment(row_id)
        elif kind == "worker":
            self.show_page(self._workers_page_index)
            self.workers_page.select_worker(row_id)

    @property
    def company_page(self) -> CompanyPage:
        from desktop.gui.pages.company_page import CompanyPage

        page = self.page_at(self._company_page_index)
        assert isinstance(page, CompanyPage)
        return page

    @property
    def wizard_page(self) -> InventoryWizardPage:
        from desktop.gui.wizard.page import InventoryWizardPage

        page = self.page_at(self._wizard_page_index)
        assert isinstance(page, InventoryWizardPage)
        return page

    @property
    def candidates_page(self) -> QWidget:
        return self.page_at(self._candidates_page_index)

    @property
    def workers_page(self) -> QWidget:
        return self.page_at(self._workers_page_index)

    @property
    def pipeline_page(self) -> QWidget:
        return self.page_at(self._pipeline_page_index)

    @property
    def assignments_page(self) -> QWidget:
        return self.page_at(self._assignments_page_index)

    @property
    def hours_page(self) -> QWidget:
        return self.page_at(self._hours_page_index)

    @property
    def dashboard_page(self) -> QWidget:
        return self.page_at(self._dashboard_page_index)

    def page_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
