"""The words people write in inventory sheets (週3回, 30分, 紙と電子, ○) ⇄ the codes core stores.

Files are Japanese whatever the app's language, so the words live here as data (not as translated
UI text). Parsers return ``Parsed(value, warning)``; what cannot be understood raises
:class:`WordError` with a message code.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from fractions import Fraction
from typing import Generic, NamedTuple, TypeVar

from desktop.core import inventory
from desktop.core.inventory import Frequency
from desktop.core.io.common import CellValue, cell_text, normalise

T = TypeVar("T")

# code -> the word written in exported files and offered in the template's drop-down lists.
CHOICE_WORDS: dict[str, dict[str, str]] = {
    "medium": {"paper": "紙", "digital": "電子", "mixed": "紙と電子"},
    "onsite": {"none": "不要", "sometimes": "時々", "required": "必要"},
    "confidentiality": {"public": "公開", "internal": "社内", "confidential": "機密"},
    "documented": {"none": "なし", "partial": "一部", "full": "あり"},
    "seasonality": {"none": "通年", "month_end": "月末", "seasonal": "季節", "irregular": "不定期"},
    "deadline": {"flexible": "柔軟", "days": "数日以内", "same_day": "当日中", "realtime": "即時"},
    "ecrs_decision": {
        "undecided": "未検討",
        "eliminate": "排除",
        "combine": "結合",
        "rearrange": "交換",
        "simplify": "簡素化",
        "keep": "現状維持",
    },
    "status": {
        "active": "実施中",
        "under_review": "検討中",
        "outsourced": "外注済み",
        "discontinued": "廃止",
    },
}
CHOICE_CODES: dict[str, tuple[str, ...]] = {
    "medium": inventory.MEDIUMS,
    "onsite": inventory.ONSITE,
    "confidentiality": inventory.CONFIDENTIALITY,
    "documented": inventory.DOCUMENTED,
    "seasonality": inventory.SEASONALITY,
    "deadline": inventory.DEADLINES,
    "ecrs_decision": inventory.ECRS,
    "status": inventory.STATUSES,
}
# Other words people use for the same code (matched after :func:`normalise`).
_SYNONYMS: dict[str, dict[str, str]] = {
    "medium": {
        "paper": "紙のみ 紙媒体 書類 手書き 紙ベース",
        "digital": "データ デジタル 電子データ 電子のみ pc パソコン システム excel エクセル メール",
        "mixed": "紙・電子 紙/電子 紙とデータ 紙・データ 紙/データ 両方 併用 混在 紙+電子 紙、電子 both",
    },
    "onsite": {
        "none": "なし 無 いいえ × 在宅可 リモート可 no",
        "sometimes": "ときどき たまに 一部 一部必要 場合による △",
        "required": "必須 常に あり 有 はい ○ 〇 現地のみ yes",
    },
    "confidentiality": {
        "public": "公開可 低 一般",
        "internal": "社内限り 社内のみ 中 普通",
        "confidential": "高 秘 極秘 社外秘 厳秘",
    },
    "documented": {
        "none": "無 ない 未作成 × no",
        "partial": "一部あり 途中 作成中 △",
        "full": "有 有り ある 完備 整備済み 作成済み ○ 〇 yes",
    },
    "seasonality": {
        "none": "なし 一定 平準 年中",
        "month_end": "月末月初 月初 月末に集中 月末集中",
        "seasonal": "季節性 繁忙期あり 繁忙期 季節変動",
        "irregular": "不規則 随時",
    },
    "deadline": {
        "flexible": "余裕あり いつでも なし 特になし",
        "days": "数日 数日中 週内 今週中",
        "same_day": "当日 即日 同日",
        "realtime": "すぐ リアルタイム 即座 至急",
    },
    "ecrs_decision": {
        "undecided": "未定 未 -",
        "eliminate": "e やめる 廃止する 削除",
        "combine": "c 統合 まとめる",
        "rearrange": "r 入れ替え 入替 順序変更 置換",
        "simplify": "s 簡略化 単純化",
        "keep": "維持 そのまま 継続",
    },
    "status": {
        "active": "稼働中 継続 現行 実施 稼働",
        "under_review": "見直し中",
        "outsourced": "外注 委託 外部委託 委託済み",
        "discontinued": "終了 中止 廃止済み",
    },
}
CHOICE_LOOKUP: dict[str, dict[str, str]] = {
    kind: {
        normalise(word): code
        for code in CHOICE_CODES[kind]
        for word in (code, words[code], *_SYNONYMS[kind].get(code, "").split())
    }
    for kind, words in CHOICE_WORDS.items()
}

BOOL_WORDS = {True: "あり", False: "なし"}
_TRUE = "はい ○ 〇 ◯ ● ✓ ✔ ☑ レ 有 有り あり ある 要 必要 該当 該当あり yes y true 1"
_FALSE = "いいえ × ✕ ✗ ☓ 無 無し なし ない 不要 非該当 該当なし no n false 0 - ー ―"
BOOL_LOOKUP = {normalise(w): True for w in _TRUE.split()} | {normalise(w): False for w in _FALSE.split()}

# Excel shows these for a formula that failed; data_only reading returns them as text.
EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


class WordError(ValueError):
    """A cell's words could not be understood; ``code`` names the problem."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Parsed(NamedTuple, Generic[T]):
    value: T
    warning: str | None = None


# --- numbers ----------------------------------------------------------------------------------

_KANJI_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_KANJI_RUN = re.compile(r"[〇零一二三四五六七八九十百]+")
_HEDGES = re.compile(
    r"^(約|およそ|大体|だいたい|概ね|おおよそ)|(ほど|程度|くらい|ぐらい|前後|位|以内|弱|強)$"
)


def _kanji_number(run: str) -> str:
    total, digit = 0, 0
    for ch in run:
        if ch == "十":
            total, digit = total + (digit or 1) * 10, 0
        elif ch == "百":
            total, digit = total + (digit or 1) * 100, 0
        else:
            digit = digit * 10 + _KANJI_DIGITS[ch]
    return str(total + digit)


def _numeric_words(text: str) -> str:
    """Normalised, kanji numerals as digits, hedges (約, 程度) dropped."""
    text = _KANJI_RUN.sub(lambda m: _kanji_number(m.group()), normalise(text))
    for _ in range(2):
        text = _HEDGES.sub("", text)
    return text


# --- frequency --------------------------------------------------------------------------------

_UNIT_WORDS = {"日": "day", "営業日": "day", "週": "week", "週間": "week", "月": "month", "年": "year"}
_UNIT_WORDS |= {f"{k}月": "month" for k in ("か", "ヶ", "ケ", "カ", "ヵ", "箇", "ケ")}
_UNIT = "(" + "|".join(sorted(map(re.escape, _UNIT_WORDS), key=len, reverse=True)) + ")"
_PER_YEAR = {"day": 240, "week": 52, "month": 12, "year": 1}  # as inventory.PER_MONTH x 12
_NUM = r"(\d+(?:\.\d+)?)"
_TIMES = r"(?:回|件|度)"
_FREQ_WORDS = {
    "毎日": (1, 1, "day"), "毎営業日": (1, 1, "day"), "日次": (1, 1, "day"), "デイリー": (1, 1, "day"),
    "daily": (1, 1, "day"), "毎週": (1, 1, "week"), "週次": (1, 1, "week"), "weekly": (1, 1, "week"),
    "毎月": (1, 1, "month"), "月次": (1, 1, "month"), "monthly": (1, 1, "month"), "毎年": (1, 1, "year"),
    "年次": (1, 1, "year"), "yearly": (1, 1, "year"), "隔日": (1, 2, "day"), "隔週": (1, 2, "week"),
    "隔月": (1, 2, "month"), "四半期": (1, 3, "month"), "四半期ごと": (1, 3, "month"),
    "四半期毎": (1, 3, "month"), "半期": (1, 6, "month"), "半年": (1, 6, "month"),
    "半年ごと": (1, 6, "month"),
}  # fmt: skip
_IRREGULAR = frozenset(
    [
        "随時",
        "不定期",
        "必要に応じて",
        "必要時",
        "都度",
        "その都度",
        "適宜",
        "臨時",
        "発生時",
        "たまに",
        "時々",
        "ときどき",
        "irregular",
    ]
)
_FREQ_PATTERNS = (
    # 週3回, 週に3回, 1日2回, 毎日2回, 月1
    (re.compile(rf"^(?:毎|1)?{_UNIT}(?:に|あたり|当たり|で)?{_NUM}{_TIMES}?$"), ("unit", "count")),
    # 3回/週, 3回per週
    (re.compile(rf"^{_NUM}{_TIMES}(?:/|per)?{_UNIT}$"), ("count", "unit")),
    # 2週に1回, 3ヶ月ごとに1回, 2週間ごと
    (
        re.compile(rf"^{_NUM}{_UNIT}(?:に|毎に|ごとに|毎|ごと)(?:{_NUM}{_TIMES})?$"),
        ("per", "unit", "count"),
    ),
)


def _frequency_from_rate(count: Fraction, per: Fraction, unit: str) -> Parsed[str]:
    """``count`` times every ``per`` ``unit``s as the nearest "N/unit" (exact when one fits)."""
    if per == 1 and count.denominator == 1:
        return Parsed(f"{count}/{unit}")
    per_year = count * _PER_YEAR[unit] / per
    for candidate in ("day", "week", "month", "year"):
        value = per_year / _PER_YEAR[candidate]
        if value >= 1 and value.denominator == 1:
            return Parsed(f"{value}/{candidate}")
    return Parsed(f"{max(1, round(per_year))}/year", "rounded")


def parse_frequency(value: CellValue, unit_hint: str | None = None) -> Parsed[str]:
    """A frequency cell (週3回, 毎日, 月1回, 年4回, 随時, "3/week") as a "COUNT/UNIT" code.

    A bare number needs ``unit_hint``, which a header such as 月間回数 gives.
    """
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise WordError("unknown_frequency")
    if isinstance(value, int | float):
        if unit_hint is None:
            raise WordError("frequency_unit_missing")
        return _frequency_from_rate(Fraction(str(value)), Fraction(1), unit_hint)
    words = _HEDGES.sub("", normalise(cell_text(value)))  # 四半期 before 四 becomes 4
    text = _numeric_words(words)
    if re.fullmatch(r"\d+/(day|week|month|year)", text):
        return Parsed(text)
    for candidate in (words, text):
        if candidate in _FREQ_WORDS:
            count, per, unit = _FREQ_WORDS[candidate]
            return _frequency_from_rate(Fraction(count), Fraction(per), unit)
        if candidate in _IRREGULAR:
            return Parsed("1/month", "frequency_irregular")
    for pattern, names in _FREQ_PATTERNS:
        match = pattern.match(text)
        if match:
            parts = dict(zip(names, match.groups(), strict=True))
            return _frequency_from_rate(
                Fraction(parts.get("count") or "1"),
                Fraction(parts.get("per") or "1"),
                _UNIT_WORDS[parts["unit"]],
            )
    bare = re.fullmatch(rf"{_NUM}{_TIMES}?", text)
    if bare:
        if unit_hint is None:
            raise WordError("frequency_unit_missing")
        return _frequency_from_rate(Fraction(bare.group(1)), Fraction(1), unit_hint)
    raise WordError("unknown_frequency")


def format_frequency(code: str) -> str:
    """ "3/week" -> "週3回", "1/day" -> "毎日"; parse_frequency reads every result back."""
    try:
        freq = Frequency.parse(code)
    except ValueError:
        return code
    if freq.unit == "day":
        return "毎日" if freq.count == 1 else f"1日{freq.count}回"
    return {"week": "週", "month": "月", "year": "年"}[freq.unit] + f"{freq.count}回"


# --- minutes ----------------------------------------------------------------------------------

_MINUTE_UNITS: dict[str, Fraction] = {w: Fraction(1) for w in ("分", "min", "mins", "minute", "minutes", "m")}
_MINUTE_UNITS["秒"] = Fraction(1, 60)
_HOUR_UNITS = ("時間", "h", "hr", "hrs", "hour", "hours")
_DAY_WORDS = {"半日": 240, "1日": 480, "終日": 480, "丸1日": 480}
_RANGE = re.compile(r"^(.+?)[~〜\-–—―ー](.+)$")


def _minutes_of_text(text: str, per_unit: int) -> tuple[Fraction, int]:
    """Minutes in ``text`` and the unit (1 or 60) its number was in."""
    if re.fullmatch(_NUM, text):
        return Fraction(text) * per_unit, per_unit
    match = re.fullmatch(rf"{_NUM}([a-z分秒]+)", text)
    if match and match.group(2) in _MINUTE_UNITS:
        return Fraction(match.group(1)) * _MINUTE_UNITS[match.group(2)], 1
    match = re.fullmatch(rf"{_NUM}({'|'.join(_HOUR_UNITS)})", text)
    if match:
        return Fraction(match.group(1)) * 60, 60
    match = re.fullmatch(r"(\d+)時間(半|(\d+)分)", text)
    if match:
        return Fraction(int(match.group(1)) * 60 + (30 if match.group(2) == "半" else int(match.group(3)))), 1
    match = re.fullmatch(r"(\d+):(\d{1,2})", text)
    if match:
        return Fraction(int(match.group(1)) * 60 + int(match.group(2))), 1
    raise WordError("unknown_minutes")


def _whole_minutes(minutes: Fraction, warning: str | None = None) -> Parsed[int]:
    if minutes.denominator == 1:
        return Parsed(int(minutes), warning)
    return Parsed(max(1, math.floor(minutes + Fraction(1, 2))) if minutes > 0 else 0, warning or "rounded")


def parse_minutes(value: CellValue, hours: bool = False) -> Parsed[int]:
    """Minutes per occurrence from 30, "30分", "0.5時間", "1時間半", 0:30, "30〜60分" (midpoint).

    ``hours``: a bare number is in hours (the column says 時間 / h).
    """
    per_unit = 60 if hours else 1
    if isinstance(value, bool):
        raise WordError("unknown_minutes")
    if isinstance(value, int | float):
        return _whole_minutes(Fraction(str(value)) * per_unit)
    if isinstance(value, dt.timedelta):
        return _whole_minutes(Fraction(int(value.total_seconds()), 60))
    if isinstance(value, dt.datetime):
        # A time typed into a cell formatted as date+time sits on Excel's day zero.
        if value.date() not in (dt.date(1899, 12, 30), dt.date(1899, 12, 31), dt.date(1900, 1, 1)):
            raise WordError("unknown_minutes")
        value = value.time()
    if isinstance(value, dt.time):
        return _whole_minutes(Fraction(value.hour * 3600 + value.minute * 60 + value.second, 60))
    if isinstance(value, dt.date):
        raise WordError("unknown_minutes")
    text = _numeric_words(cell_text(value))
    if text in _DAY_WORDS:
        return Parsed(_DAY_WORDS[text], "minutes_assumed")
    try:
        return _whole_minutes(_minutes_of_text(text, per_unit)[0])
    except WordError:
        match = _RANGE.match(text)
        if not match:
            raise
    high, unit = _minutes_of_text(match.group(2), per_unit)
    low_text = match.group(1)
    low = Fraction(low_text) * unit if re.fullmatch(_NUM, low_text) else _minutes_of_text(low_text, 1)[0]
    return _whole_minutes((low + high) / 2, "range_midpoint")


# --- choices and yes/no -----------------------------------------------------------------------


def parse_choice(kind: str, value: CellValue, default: str) -> Parsed[str]:
    """A coded field from its word (or code); unknown words give ``default`` with a warning."""
    text = cell_text(value)
    if not text:
        return Parsed(default)
    code = CHOICE_LOOKUP[kind].get(normalise(text))
    return Parsed(code) if code is not None else Parsed(default, "unknown_choice")


def format_choice(kind: str, code: str) -> str:
    return CHOICE_WORDS[kind].get(code, code)


def parse_bool(value: CellValue) -> Parsed[bool]:
    """はい/○/✓/有/あり -> True, いいえ/×/なし/blank -> False; other text counts as yes, with a warning
    (a 個人情報 cell that says 氏名・住所 means yes)."""
    if isinstance(value, bool):
        return Parsed(value)
    if isinstance(value, int | float) and value in (0, 1):
        return Parsed(bool(value))
    text = cell_text(value)
    if not text:
        return Parsed(False)
    found = BOOL_LOOKUP.get(normalise(text))
    return Parsed(found) if found is not None else Parsed(True, "assumed_yes")


def format_bool(value: bool) -> str:
    return BOOL_WORDS[value]
