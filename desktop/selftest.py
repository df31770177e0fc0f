"""``machishigoto --self-test``: prove that this installation (frozen bundle or source) really works.

Each check prints one line, ``OK`` or ``FAILED`` with a short detail, and the exit code is 0 only
when every check passed. Everything happens in a temporary folder that is removed afterwards: the
user's database, settings and credential store are never written.

Checks: the bundled resources are there; a temporary database opens, migrates, and a company and a
task written through the services read back; the Qt plugins the app needs are bundled; the
translations load; the main window shows (offscreen unless ``QT_QPA_PLATFORM`` says otherwise) with
the Japanese interface; the application icon renders; a one-page PDF with Japanese text in the
bundled BIZ UDGothic and a QR code is made with reportlab; TLS for sync is available; the OS
credential store is asked whether it is usable ("not available" is a finding, not a failure).

The report goes to standard output. A windowed Windows build has no standard output when started
from a console, so there the report goes to the parent console when there is one, and always also to
the file named by ``MACHISHIGOTO_SELFTEST_REPORT`` when that variable is set (used by CI).

The report is diagnostic output in English on purpose: nothing here is marked for translation.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from desktop.core.paths import resource_path

REPORT_ENV = "MACHISHIGOTO_SELFTEST_REPORT"
FONT_FILE = "BIZUDGothic-Regular.ttf"
ICON_FILE = "machishigoto.svg"
MIN_PDF_BYTES = 4_000  # an embedded font subset alone is bigger than this
NATIVE_PLATFORM = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
# (plugin folder, file name part) pairs the frozen app must have.
REQUIRED_PLUGINS = (
    ("platforms", "qoffscreen"),
    ("platforms", NATIVE_PLATFORM),
    ("imageformats", "qsvg"),
    ("imageformats", "qico"),
    ("iconengines", "qsvgicon"),
)


@dataclass
class _Run:
    """What the checks share: the temporary folder and what earlier checks opened."""

    work: Path
    db: Any = None
    app: Any = None
    settings: Any = None
    company_id: str = ""
    lines: list[str] = field(default_factory=list)


def check_resources(run: _Run) -> str:
    wanted = [
        ("fonts", FONT_FILE),
        ("fonts", "BIZUDGothic-Bold.ttf"),
        ("fonts", "OFL.txt"),
        ("i18n", "machishigoto_ja.qm"),
        ("icons", ICON_FILE),
        ("demo", "tea_farm.json"),
    ]
    missing = ["/".join(parts) for parts in wanted if not resource_path(*parts).is_file()]
    if missing:
        raise FileNotFoundError(f"missing under {resource_path()}: {', '.join(missing)}")
    frozen = "frozen bundle" if getattr(sys, "frozen", False) else "source tree"
    return f"{len(wanted)} files found in {resource_path()} ({frozen})"


def check_database(run: _Run) -> str:
    from desktop.core.db import HEAD_REVISION, current_revision, open_database
    from desktop.core.services.companies import CompanyData, create_company, list_companies
    from desktop.core.services.tasks import TaskFields, create_task, list_tasks

    run.db = open_database(run.work / "selftest.sqlite3")
    revision = current_revision(run.db)
    if revision != HEAD_REVISION:
        raise RuntimeError(f"schema at {revision}, expected {HEAD_REVISION}")
    company = create_company(run.db, CompanyData(name="セルフテスト茶園", municipality="静岡県"))
    task = create_task(run.db, company.id, TaskFields(name="請求書の発行", minutes_per_occurrence=45))
    companies = {c.id: c for c in list_companies(run.db)}
    if companies.get(company.id) is None or companies[company.id].task_count != 1:
        raise RuntimeError(f"company read back wrong: {companies}")
    tasks = list_tasks(run.db, company.id)
    if [(t.id, t.fields.name) for t in tasks] != [(task.id, "請求書の発行")]:
        raise RuntimeError(f"task read back wrong: {tasks}")
    run.company_id = company.id
    return f"migrated to {revision}; a company and a task written and read back"


def check_qt_plugins(run: _Run) -> str:
    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    roots = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))]
    roots += [Path(p) for p in QCoreApplication.libraryPaths()]  # QT_PLUGIN_PATH, the app folder
    missing = []
    for folder, part in REQUIRED_PLUGINS:
        names = [p.name for root in roots if (root / folder).is_dir() for p in (root / folder).iterdir()]
        if not any(part in name for name in names):
            missing.append(f"{folder}/{part}")
    if missing:
        searched = ", ".join(dict.fromkeys(str(r) for r in roots))
        raise FileNotFoundError(f"{', '.join(missing)} not in {searched}")
    return ", ".join(f"{folder}/{part}" for folder, part in REQUIRED_PLUGINS)


def check_translations(run: _Run) -> str:
    from PySide6.QtCore import QSettings

    from desktop.gui.app import build_application
    from desktop.gui.i18n import install_translators
    from desktop.gui.settings import Settings

    ini = run.work / "settings.ini"
    run.settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
    run.app = build_application([sys.argv[0] if sys.argv else "machishigoto"], run.settings, lang="ja")
    loaded = install_translators(run.app, "ja")
    if len(loaded) != 2:
        raise RuntimeError(f"{len(loaded)} of 2 Japanese catalogues loaded (ours and Qt's qtbase_ja)")
    return "machishigoto_ja and qtbase_ja loaded"


def check_main_window(run: _Run) -> str:
    from desktop.gui.main_window import MainWindow

    if run.db is None or run.app is None:
        raise RuntimeError("needs the database and the application (an earlier check failed)")
    window = MainWindow(run.db, run.settings)
    try:
        window.show()
        run.app.processEvents()
        if not window.isVisible():
            raise RuntimeError("the main window is not visible after show()")
        titles = window.page_titles()
        if not titles or all(ch.isascii() for ch in titles[0]):
            raise RuntimeError(f"navigation is not in Japanese: {titles}")
        if window.company_combo.findData(run.company_id) < 0:
            raise RuntimeError("the company written by the database check is not in the company list")
        size = window.size()
        platform = run.app.platformName()
        return f"visible on the '{platform}' platform, {size.width()}x{size.height()}, Japanese UI"
    finally:
        window.close()
        window.ctx.runner.shutdown()
        window.deleteLater()
        run.app.processEvents()


def check_icon(run: _Run) -> str:
    from PySide6.QtGui import QIcon

    if run.app is None:
        raise RuntimeError("needs the application (an earlier check failed)")
    icon = QIcon(str(resource_path("icons", ICON_FILE)))
    image = icon.pixmap(48, 48).toImage()
    if icon.isNull() or image.isNull() or image.width() < 48:
        raise RuntimeError("the SVG application icon does not render (QtSvg or its plugins missing?)")
    opaque = sum(1 for x in range(0, 48, 4) for y in range(0, 48, 4) if image.pixelColor(x, y).alpha() > 0)
    if opaque == 0:
        raise RuntimeError("the application icon renders empty")
    return f"{ICON_FILE} renders at 48x48"


def check_pdf(run: _Run) -> str:
    import pypdfium2 as pdfium

    from desktop.core.documents import connection_card

    out = run.work / "selftest.pdf"
    code = "SELF-TEST-0001"
    result = connection_card(
        out, server_url="https://selftest.invalid", code=code, company_name="セルフテスト茶園"
    )
    data = out.read_bytes()
    if not data.startswith(b"%PDF"):
        raise RuntimeError("the file written is not a PDF")
    if len(data) < MIN_PDF_BYTES:
        raise RuntimeError(f"the PDF is only {len(data)} bytes (font not embedded?)")
    if b"+BIZUDGothic" not in data or b"/FontFile2" not in data:
        raise RuntimeError("the bundled font is not embedded as a subset in the PDF")
    # pdfium (the print preview's renderer) reads the text back and renders the page.
    pdf = pdfium.PdfDocument(str(out))
    try:
        page = pdf[0]
        text = page.get_textpage().get_text_range()
        if code not in text or "接続カード" not in text:
            raise RuntimeError(f"the text read back from the PDF is wrong: {text[:80]!r}")
        bitmap = page.render(scale=0.5)
        width, height = bitmap.width, bitmap.height
    finally:
        pdf.close()
    version = str(pdfium.PDFIUM_INFO).split("@")[0]
    return (
        f"{result.pages} A4 page, Japanese text in the bundled BIZ UDGothic (subset) and a QR code,"
        f" {len(data):,} bytes; pdfium {version} read it back and rendered {width}x{height}"
    )


def check_tls(run: _Run) -> str:
    import ssl

    context = ssl.create_default_context()
    if context.verify_mode != ssl.CERT_REQUIRED or not context.check_hostname:
        raise RuntimeError("the default TLS context does not verify certificates")
    return f"{ssl.OPENSSL_VERSION}, certificate verification on"


def check_credentials(run: _Run) -> str:
    from desktop.core.sync.credentials import keyring_usable

    if keyring_usable():
        import keyring

        backend = keyring.get_keyring()
        return f"available ({type(backend).__module__}.{type(backend).__name__})"
    return "not available (session only): a device token would be kept for the session only"


CHECKS: tuple[tuple[str, Callable[[_Run], str]], ...] = (
    ("resources", check_resources),
    ("database", check_database),
    ("translations", check_translations),
    ("qt plugins", check_qt_plugins),
    ("main window", check_main_window),
    ("icon", check_icon),
    ("pdf", check_pdf),
    ("tls", check_tls),
    ("credential store", check_credentials),
)


def _console() -> IO[str] | None:
    """Standard output, or on a windowed Windows build the console of the parent process if any."""
    if sys.stdout is not None:
        return sys.stdout
    if sys.platform != "win32":
        return None
    try:
        import ctypes

        attach_parent_process = -1
        if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
            return None
        return open("CONOUT$", "w", encoding="utf-8", errors="replace")  # kept open: the process's console
    except Exception:
        return None


def _write(stream: IO[str] | None, line: str) -> None:
    if stream is None:
        return
    try:
        stream.write(line + "\n")
    except UnicodeEncodeError:  # a console in a legacy code page
        stream.write(line.encode("ascii", "backslashreplace").decode("ascii") + "\n")
    stream.flush()


def run_self_test() -> int:
    """Run every check, print the report, and return 0 only if every check passed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    stream = _console()
    began = time.perf_counter()
    failures = 0
    tracebacks: list[str] = []
    with tempfile.TemporaryDirectory(prefix="machishigoto-selftest-") as tmp:
        run = _Run(Path(tmp))
        try:
            for name, check in CHECKS:
                try:
                    detail = check(run)
                    verdict = "OK"
                except Exception as exc:
                    failures += 1
                    detail = f"{type(exc).__name__}: {exc}"
                    verdict = "FAILED"
                    tracebacks.append(f"--- {name}\n{traceback.format_exc().rstrip()}")
                line = f"{verdict:<7}{name:<18}{detail}"
                run.lines.append(line)
                _write(stream, line)
        finally:
            if run.db is not None:
                run.db.close()
    elapsed = time.perf_counter() - began
    if failures:
        summary = f"self-test FAILED: {failures} of {len(CHECKS)} checks failed ({elapsed:.1f} s)"
    else:
        summary = f"self-test passed: {len(CHECKS)} checks in {elapsed:.1f} s"
    run.lines.append(summary)
    _write(stream, summary)
    for text in tracebacks:  # for whoever reads a failed CI log
        run.lines.append(text)
        _write(stream, text)
    report = os.environ.get(REPORT_ENV)
    if report:
        Path(report).write_text("\n".join(run.lines) + "\n", encoding="utf-8")
    return 1 if failures else 0
