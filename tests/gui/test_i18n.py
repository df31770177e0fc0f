"""Japanese is complete: every string the code marks for translation has a finished translation."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from desktop.gui.i18n import ts_path

ROOT = Path(__file__).resolve().parents[2]


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str]]:
    """(context, source) -> (translation type attribute, translation text)."""
    found: dict[tuple[str, str], tuple[str | None, str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                text = "".join(form.text or "" for form in translation.iter("numerusform"))
            else:
                text = translation.text or ""
            found[(name, message.findtext("source") or "")] = (translation.get("type"), text)
    return found


def test_every_string_in_the_code_has_a_finished_japanese_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, cwd=ROOT)
    in_code = set(messages(fresh))
    assert len(in_code) > 100  # the scan found the app's strings
    committed = messages(ts_path("ja"))
    missing = sorted(in_code - set(committed))
    assert missing == [], f"strings not in {ts_path('ja').name} (run make i18n-update): {missing[:10]}"
    unfinished = sorted(key for key in in_code if committed[key][0] is not None or not committed[key][1])
    assert unfinished == [], f"unfinished Japanese translations: {unfinished[:10]}"


def test_japanese_translations_are_japanese() -> None:
    texts = [text for kind, text in messages(ts_path("ja")).values() if kind is None]
    japanese = [t for t in texts if any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in t)]
    # A few strings are the same in both languages (percentages, "OK"); nearly all must be Japanese.
    assert len(japanese) >= 0.95 * len(texts)
