"""Columns of an inventory sheet: our headers, the header words people use, and column mapping."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.io.common import normalise

# Import targets, in the order the mapping step offers them. ``hours_per_occurrence`` is the time
# column when it is in hours; ``monthly_hours`` is computed on export and never imported.
TARGETS = (
    "name",
    "department",
    "description",
    "frequency",
    "minutes_per_occurrence",
    "hours_per_occurrence",
    "performer",
    "skills",
    "tools",
    "medium",
    "onsite",
    "confidentiality",
    "personal_data",
    "single_person",
    "documented",
    "seasonality",
    "deadline",
    "ecrs_decision",
    "ecrs_note",
    "status",
    "note",
)
COMPUTED = "monthly_hours"

# (column key, header) of exported files and of the template, in order.
EXPORT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", "業務名"),
    ("department", "部署"),
    ("description", "業務の内容"),
    ("frequency", "頻度"),
    ("minutes_per_occurrence", "1回の所要時間（分）"),
    (COMPUTED, "月間時間"),
    ("performer", "担当者"),
    ("skills", "必要なスキル"),
    ("tools", "使う道具・システム"),
    ("medium", "紙／データ"),
    ("onsite", "現地作業"),
    ("confidentiality", "機密性"),
    ("personal_data", "個人情報"),
    ("single_person", "属人化"),
    ("documented", "手順書"),
    ("seasonality", "繁閑"),
    ("deadline", "締切"),
    ("ecrs_decision", "ECRS"),
    ("ecrs_note", "ECRSメモ"),
    ("status", "状態"),
    ("note", "メモ"),
)
HEADERS = tuple(header for _, header in EXPORT_COLUMNS)

# Header words people write (総務省 業務説明表・業務要件定義表, 業務量調査, owners' own sheets).
_ALIASES: dict[str, str] = {
    "name": "業務名 作業名 業務 タスク 業務項目 仕事 仕事内容名 小分類 業務名称 作業項目 task",
    "department": "部署 部門 業務領域 所管部署 担当部署 課 部 係 所属 大分類 領域 department",
    "description": "業務の内容 業務内容 作業内容 内容 業務の目的・概要 概要 詳細 説明 description",
    "frequency": "頻度 回数 実施頻度 発生頻度 周期 frequency",
    "minutes_per_occurrence": (
        "1回の所要時間(分) 1回あたりの時間 1回あたりの所要時間 所要時間(分) 時間(分) 分 所要時間 "
        "作業時間 1回の所要時間 処理時間 所要分 minutes"
    ),
    "hours_per_occurrence": (
        "所要時間(時間) 所要時間(h) 時間(h) 作業時間(時間) 作業時間(h) 1回の時間(h) hours"
    ),
    "performer": "担当者 担当 作業者 実施者 担当者名 担当職員 performer",
    "skills": "必要なスキル スキル 必要な人材・スキル 必要スキル 必要な知識 資格 skills",
    "tools": (
        "使う道具・システム 道具 ツール 使用システム システム 使用ツール 使用するツール 道具・システム tools"
    ),
    "medium": "紙/データ 紙or電子 媒体 書類(紙/電子) 紙・電子 紙/電子 書類 データ形式 medium",
    "onsite": "現地作業 現地 出社 出社の必要 現場作業 在宅可否 onsite",
    "confidentiality": "機密性 機密 機密度 秘密度 重要度 confidentiality",
    "personal_data": "個人情報 個人情報の有無 個人情報有無 personal data",
    "single_person": "属人化 属人性 属人 担当者のみ 一人だけ single person",
    "documented": "手順書 マニュアル 手順書の有無 マニュアルの有無 マニュアル有無 手順",
    "seasonality": "繁閑 繁忙期 繁閑差 季節性 繁忙 seasonality",
    "deadline": "締切 期限 納期 締め切り 緊急度 deadline",
    "ecrs_decision": "ecrs ecrs判定 改善方針 改善区分 イクルス",
    "ecrs_note": "ecrsメモ 改善メモ 改善案 改善内容",
    "status": "状態 ステータス 状況 status",
    "note": "メモ 備考 コメント 特記事項 注記 note",
    COMPUTED: "月間時間 月間時間(h) 月の時間 月間作業時間 月間合計 月合計時間 総労働時間",
}
ALIASES: dict[str, str] = {
    normalise(word): target for target, words in _ALIASES.items() for word in words.split()
}
ALIASES.update({normalise(header): key for key, header in EXPORT_COLUMNS})
RANKS = {word: rank for words in _ALIASES.values() for rank, word in enumerate(map(normalise, words.split()))}
RANKS.update({normalise(header): 0 for _, header in EXPORT_COLUMNS})
_BY_LENGTH = sorted(ALIASES, key=len, reverse=True)
_TOTAL_HOURS = re.compile(r"(月間|年間|月の|年の|合計|総).*時間")
_DECORATION = re.compile(r"^[※*＊■□●◆・\d.]+|[※*＊]+.*$|[:：]$")


def match_header(header: str) -> tuple[str | None, int]:
    """The target a header names and how sure: 2 an exact header word, 1 one contained in it, 0 none.

    ``monthly_hours`` is recognised (so it counts for finding the header row) but never imported.
    """
    target, strength, _ = _match(header)
    return target, strength


def _match(header: str) -> tuple[str | None, int, int]:
    """(target, strength, rank of the word among its target's words: 0 is the most usual)."""
    text = normalise(header)
    if not text:
        return None, 0, 0
    stripped = _DECORATION.sub("", text) or text
    for candidate in (text, stripped):
        if candidate in ALIASES:
            return ALIASES[candidate], 2, RANKS[candidate]
    if _TOTAL_HOURS.search(stripped):
        return COMPUTED, 1, 0
    for word in _BY_LENGTH:
        if len(word) >= 2 and word in stripped:
            return ALIASES[word], 1, RANKS[word]
    return None, 0, 0


def frequency_unit_hint(header: str) -> str | None:
    """The unit a bare number in a frequency column counts per: 月間回数 -> month, 年間回数 -> year."""
    text = normalise(header)
    for word, unit in (("日", "day"), ("週", "week"), ("月", "month"), ("年", "year")):
        if word in text:
            return unit
    return None


@dataclass(frozen=True)
class ColumnMapping:
    """Which task field each source column fills: ``targets[i]`` for column ``i`` (None: not imported)."""

    targets: tuple[str | None, ...]

    def column_of(self, target: str) -> int | None:
        """The first column mapped to ``target``."""
        for index, found in enumerate(self.targets):
            if found == target:
                return index
        return None

    def duplicates(self) -> dict[str, list[int]]:
        """Targets mapped from more than one column."""
        seen: dict[str, list[int]] = {}
        for index, target in enumerate(self.targets):
            if target is not None:
                seen.setdefault(target, []).append(index)
        return {target: cols for target, cols in seen.items() if len(cols) > 1}


def header_signature(headers: Sequence[str]) -> str:
    """A short stable key for a header row, to remember the mapping chosen for files like it."""
    joined = "\x1f".join(normalise(h) for h in headers)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]


def map_columns(headers: Sequence[str], remembered: Sequence[str | None] | None = None) -> ColumnMapping:
    """Map source columns to targets from their header words; each target goes to the best column.

    ``remembered``: the targets chosen before for this header signature; used as they are when
    they fit (same number of columns, known targets).
    """
    fits = remembered is not None and len(remembered) == len(headers)
    if remembered is not None and fits and all(t is None or t in TARGETS for t in remembered):
        return ColumnMapping(tuple(remembered))
    best: dict[str, tuple[int, tuple[int, int]]] = {}
    for index, header in enumerate(headers):
        target, strength, rank = _match(header)
        if target is None or target == COMPUTED:
            continue
        if target not in best or (strength, -rank) > best[target][1]:
            best[target] = (index, (strength, -rank))
    if "minutes_per_occurrence" in best and "hours_per_occurrence" in best:
        minutes, hours = best["minutes_per_occurrence"][1], best["hours_per_occurrence"][1]
        del best["hours_per_occurrence" if minutes >= hours else "minutes_per_occurrence"]
    targets: list[str | None] = [None] * len(headers)
    for target, (index, _) in best.items():
        targets[index] = target
    return ColumnMapping(tuple(targets))
