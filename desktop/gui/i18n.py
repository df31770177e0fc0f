"""Translations: our Japanese catalogue and Qt's own (qtbase_ja), Japanese by default."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core.paths import resource_path

LANGUAGES = ("ja", "en")
DEFAULT_LANGUAGE = "ja"
CATALOGUE = "machishigoto"


def ts_path(lang: str) -> Path:
    return resource_path("i18n", f"{CATALOGUE}_{lang}.ts")


def qm_path(lang: str) -> Path:
    return resource_path("i18n", f"{CATALOGUE}_{lang}.qm")


def lrelease() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")


def compile_catalogue(lang: str) -> Path:
    """Build the .qm from its .ts source when it is missing or stale (running from source)."""
    ts, qm = ts_path(lang), qm_path(lang)
    frozen = getattr(sys, "frozen", False)
    if not frozen and ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        subprocess.run([str(lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, lang: str | None) -> list[QTranslator]:
    """Load the catalogues for ``lang`` into ``app`` (replacing any loaded before) and return them."""
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    while _installed:
        app.removeTranslator(_installed.pop())
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English))
    loaded: list[QTranslator] = []
    if lang == "en":
        return loaded  # source strings are English
    ours = QTranslator(app)
    if ours.load(str(compile_catalogue(lang))):
        app.installTranslator(ours)
        loaded.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        loaded.append(qt)
    _installed.extend(loaded)
    return loaded
