"""The bundled BIZ UDGothic, registered once, and the one function every printed string goes through.

reportlab embeds a TrueType font as subsets of the glyphs used (its default), so a PDF carries only
what it prints and reads the same in any viewer and on any printer. A character the font lacks
(a rare kanji such as 𠮷, an emoji) would print as an empty box or nothing at all; :meth:`Glyphs.clean`
replaces it with 〓 (the Japanese "geta" mark for a missing character) and records it, so the sheet
can say which characters it could not print.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core.paths import resource_path

REGULAR = "BIZUDGothic"
BOLD = "BIZUDGothic-Bold"
FONT_FILES = {REGULAR: "BIZUDGothic-Regular.ttf", BOLD: "BIZUDGothic-Bold.ttf"}
REPLACEMENT = "〓"
# Invisible characters that only modify their neighbour (variation selectors, joiners): dropped
# when the font lacks them; after a replaced character they belong to it (one emoji, one 〓).
_MODIFIER_RANGES = ((0xFE00, 0xFE0F), (0xE0100, 0xE01EF), (0x1F3FB, 0x1F3FF), (0xE0020, 0xE007F))
_SPACES = {"\t": " ", "\u00a0": " "}


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    covered: frozenset[str]  # characters both faces have a glyph for


_lock = threading.Lock()
_fonts: FontSet | None = None


def fonts() -> FontSet:
    """Register the bundled fonts with reportlab (once per process) and return their names."""
    global _fonts
    with _lock:
        if _fonts is None:
            covered: set[int] | None = None
            for name, file_name in FONT_FILES.items():
                font = TTFont(name, str(resource_path("fonts", file_name)))
                pdfmetrics.registerFont(font)
                codes = set(font.face.charToGlyph)
                covered = codes if covered is None else covered & codes
            assert covered is not None
            # <b> in paragraphs picks the bold face; there is no italic face, so italic stays upright.
            for bold, italic, name in ((0, 0, REGULAR), (1, 0, BOLD), (0, 1, REGULAR), (1, 1, BOLD)):
                addMapping(REGULAR, bold, italic, name)
            _fonts = FontSet(REGULAR, BOLD, frozenset(chr(c) for c in covered if c > 0x1F))
        return _fonts


def _is_modifier(ch: str) -> bool:
    code = ord(ch)
    if ch in "\u200d\u200c\u20e3":
        return True
    return any(low <= code <= high for low, high in _MODIFIER_RANGES)


def describe(ch: str) -> str:
    """ "U+20BB7" and what kind of character it is (for the sheet's warning)."""
    return f"U+{ord(ch):04X}"


def char_kind(ch: str) -> str:
    """ "kanji", "symbol" or "other": how the warning names a replaced character."""
    name = unicodedata.name(ch, "")
    if name.startswith("CJK"):
        return "kanji"
    if unicodedata.category(ch) in ("So", "Sk", "Sm"):
        return "symbol"
    return "other"


class Glyphs:
    """Cleans every string drawn on one sheet and remembers what it had to replace."""

    def __init__(self, font_set: FontSet | None = None) -> None:
        self.fonts = font_set or fonts()
        self._covered = self.fonts.covered
        self.replaced: dict[str, None] = {}  # in order of first appearance

    def clean(self, text: str) -> str:
        """``text`` with every character the font lacks replaced by 〓 (and recorded), modifiers of
        a replaced character folded into it, tabs as spaces, other control characters dropped.
        Line breaks are kept (callers decide what a line break means)."""
        if self._covered.issuperset(text):
            return text
        out: list[str] = []
        previous_replaced = False  # the last character written was a 〓
        joining = False  # ... and a zero-width joiner followed it: the next one is part of it
        for ch in text:
            if joining and not _is_modifier(ch) and ch not in "\n\u200d":
                # Joined to the 〓 before it (👩‍💻, 🙇‍♀️): one character, even if this part has a glyph.
                if ch not in self._covered:
                    self.replaced.setdefault(ch, None)
                joining = False
            elif ch in self._covered or ch == "\n":
                out.append(ch)
                previous_replaced = joining = False
            elif ch in _SPACES:
                out.append(_SPACES[ch])
                previous_replaced = joining = False
            elif ch in "\u2028\u2029":
                out.append("\n")
                previous_replaced = joining = False
            elif _is_modifier(ch) or unicodedata.category(ch) in ("Cc", "Cf", "Cs"):
                # Dropped; after a 〓 it belongs to it (a joiner also draws in what follows it).
                joining = previous_replaced and ch == "\u200d"
            elif previous_replaced and unicodedata.category(ch) == "Mn":
                self.replaced.setdefault(ch, None)  # a combining mark of the character shown as 〓
            else:
                out.append(REPLACEMENT)
                self.replaced.setdefault(ch, None)
                previous_replaced, joining = True, False
        return "".join(out)

    def markup(self, text: str) -> str:
        """``text`` cleaned and escaped for a reportlab Paragraph; line breaks become <br/>."""
        cleaned = self.clean(text.replace("\r\n", "\n").replace("\r", "\n"))
        escaped = cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return escaped.replace("\n", "<br/>")

    @property
    def replaced_text(self) -> str:
        """The replaced characters with their code points, e.g. "𠮷 (U+20BB7) 😀 (U+1F600)"."""
        return " ".join(f"{ch} ({describe(ch)})" for ch in self.replaced)
