"""The navigation's pages and their titles, known without building the pages (or importing their
modules): the first window lists them while the database layer is still loading."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Pages built on first show: attribute -> (module, class).
LAZY_PAGES = {
    "candidates_page": ("desktop.gui.pages.candidates_page", "CandidatesPage"),
    "workers_page": ("desktop.gui.pages.workers_page", "WorkersPage"),
    "pipeline_page": ("desktop.gui.pages.pipeline_page", "PipelinePage"),
    "assignments_page": ("desktop.gui.pages.assignments_page", "AssignmentsPage"),
    "hours_page": ("desktop.gui.pages.hours_page", "HoursPage"),
    "dashboard_page": ("desktop.gui.pages.dashboard_page", "DashboardPage"),
}


def lazy_title(attr: str) -> str:
    """The navigation title of a page not built yet: the page's own ``page_title()`` text, in
    the page's translation context."""
    titles = {
        "candidates_page": QCoreApplication.translate("CandidatesPage", "Outsourcing candidates"),
        "workers_page": QCoreApplication.translate("WorkersPage", "Workers"),
        "pipeline_page": QCoreApplication.translate("PipelinePage", "Training pipeline"),
        "assignments_page": QCoreApplication.translate("AssignmentsPage", "Assignments"),
        "hours_page": QCoreApplication.translate("HoursPage", "Hours"),
        "dashboard_page": QCoreApplication.translate("DashboardPage", "Value"),
    }
    return titles[attr]


NAV_STYLE = """
QListWidget#navigation { border: none; background: palette(window); }
QListWidget#navigation::item { padding: 10px 12px; border-radius: 4px; margin: 2px 4px; }
QListWidget#navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }
"""


def eager_titles() -> list[str]:
    """Titles of the pages built with the window, in navigation order (company profile, guided
    inventory, task inventory), each in its page's translation context."""
    return [
        QCoreApplication.translate("CompanyPage", "Company profile"),
        QCoreApplication.translate("InventoryWizardPage", "Guided inventory"),
        QCoreApplication.translate("TaskPage", "Task inventory"),
    ]


TASK_PAGE_ROW = 2  # the task inventory's row in the navigation
