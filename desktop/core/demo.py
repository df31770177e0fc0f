"""Demo data: the small tea-farm dataset (from a bundled JSON file) and the large benchmark shape.

``load_small`` reads ``resources/demo/tea_farm.json``, which has this structure::

    {
      "format": "machishigoto-demo",         # fixed marker
      "version": 1,                          # structure version
      "partner": {"name": str, "contact": str},
      "company": {
        "name": str, "name_kana": str, "prefecture": str, "municipality": str, "industry": str,
        "employees": int, "contact_person": str, "phone": str, "email": str,
        "hourly_cost_yen": int, "outsource_rate_yen": int, "note": str
      },
      "departments": [                       # in display order (becomes Department.position)
        {
          "name": str,
          "tasks": [
            {
              "name": str, "description": str,
              "frequency": "COUNT/UNIT",     # UNIT in day|week|month|year, e.g. "2/week"
              "minutes_per_occurrence": int, # 1..6000, COUNT * minutes <= minutes of the unit
              "performer": str, "skills": str, "tools": str,
              "medium": "paper|digital|mixed",
              "onsite": "none|sometimes|required",
              "confidentiality": "public|internal|confidential",
              "personal_data": bool, "single_person": bool,
              "documented": "none|partial|full",
              "seasonality": "none|month_end|seasonal|irregular",
              "deadline": "flexible|days|same_day|realtime",
              "ecrs_decision": "undecided|eliminate|combine|rearrange|simplify|keep",
              "ecrs_note": str,
              "status": "active|under_review|outsourced|discontinued",
              "note": str,
              "steps": [{"text": str, "internal_only": bool}, ...]   # in order, may be empty
            }
          ]
        }
      ]
    }

Every task key except ``name`` may be left out; a missing key takes the model's default. Values
are checked against the codes above while loading, so a broken file fails before anything is
written (the whole small dataset is one transaction).

``load_large`` builds the benchmark shape (1 partner, 50 fictional companies, 6-10 departments
each, 100 tasks per company, 0-4 steps per task) deterministically from ``random.Random(seed)``,
one company per transaction so progress can be reported and a cancel honoured between companies.
All data is fictional.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from sqlalchemy.orm import Session

from desktop.core import ids, inventory
from desktop.core.db import Database
from desktop.core.errors import Cancelled
from desktop.core.models import Company, Department, Partner, Task, TaskStep
from desktop.core.paths import resource_path

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

DEMO_FORMAT = "machishigoto-demo"
DEMO_VERSION = 1

# --- value codes of task fields --------------------------------------------------------------------

MEDIUMS = inventory.MEDIUMS
ONSITE = inventory.ONSITE
CONFIDENTIALITY = inventory.CONFIDENTIALITY
DOCUMENTED = inventory.DOCUMENTED
SEASONALITY = inventory.SEASONALITY
DEADLINES = inventory.DEADLINES
ECRS_DECISIONS = inventory.ECRS
STATUSES = inventory.STATUSES

TASK_ENUMS: dict[str, tuple[str, ...]] = {
    "medium": MEDIUMS,
    "onsite": ONSITE,
    "confidentiality": CONFIDENTIALITY,
    "documented": DOCUMENTED,
    "seasonality": SEASONALITY,
    "deadline": DEADLINES,
    "ecrs_decision": ECRS_DECISIONS,
    "status": STATUSES,
}
TASK_TEXTS = ("description", "performer", "skills", "tools", "ecrs_note", "note")
TASK_FLAGS = ("personal_data", "single_person")


@dataclass(frozen=True)
class DemoSummary:
    """How many rows a demo load inserted."""

    companies: int
    departments: int
    tasks: int
    steps: int


def frequency_ok(frequency: str, minutes: int) -> bool:
    """Whether ``frequency`` ("COUNT/UNIT") is well formed and fits ``minutes`` per occurrence."""
    try:
        parsed = inventory.Frequency.parse(frequency)
    except ValueError:
        return False
    return 1 <= minutes <= inventory.MAX_MINUTES and parsed.error(minutes) is None


# --- small dataset ----------------------------------------------------------------------------------


class DemoDataError(ValueError):
    """The bundled demo file does not have the documented structure."""


def load_small(
    db: Database,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> DemoSummary:
    """Insert the small tea-farm demo (1 partner, 1 company) in one transaction."""
    path = resource_path("demo", "tea_farm.json")
    with path.open(encoding="utf-8") as fh:
        raw: object = json.load(fh)
    if progress is not None:
        progress(0, 1)
    if cancelled is not None and cancelled():
        raise Cancelled()
    root = _obj(raw, "root")
    if root.get("format") != DEMO_FORMAT or root.get("version") != DEMO_VERSION:
        raise DemoDataError(f"{path}: not a {DEMO_FORMAT} v{DEMO_VERSION} file")

    partner_data = _obj(root.get("partner"), "partner")
    partner_id = ids.new_id()
    partner = Partner(
        id=partner_id,
        scope_id=partner_id,
        name=_text(partner_data, "name", "partner", required=True),
        contact=_text(partner_data, "contact", "partner"),
    )
    company_data = _obj(root.get("company"), "company")
    company_id = ids.new_id()
    company = Company(
        id=company_id,
        scope_id=company_id,
        partner_id=partner_id,
        name=_text(company_data, "name", "company", required=True),
        name_kana=_text(company_data, "name_kana", "company"),
        prefecture=_text(company_data, "prefecture", "company"),
        municipality=_text(company_data, "municipality", "company"),
        industry=_text(company_data, "industry", "company"),
        employees=_opt_int(company_data, "employees", "company"),
        contact_person=_text(company_data, "contact_person", "company"),
        phone=_text(company_data, "phone", "company"),
        email=_text(company_data, "email", "company"),
        hourly_cost_yen=_opt_int(company_data, "hourly_cost_yen", "company"),
        outsource_rate_yen=_opt_int(company_data, "outsource_rate_yen", "company"),
        note=_text(company_data, "note", "company"),
    )

    departments: list[Department] = []
    tasks: list[Task] = []
    steps: list[TaskStep] = []
    for d_pos, d_raw in enumerate(_list(root.get("departments"), "departments")):
        d_where = f"departments[{d_pos}]"
        d_data = _obj(d_raw, d_where)
        department = Department(
            id=ids.new_id(),
            scope_id=company_id,
            company_id=company_id,
            name=_text(d_data, "name", d_where, required=True),
            position=d_pos,
        )
        departments.append(department)
        for t_pos, t_raw in enumerate(_list(d_data.get("tasks", []), f"{d_where}.tasks")):
            t_where = f"{d_where}.tasks[{t_pos}]"
            t_data = _obj(t_raw, t_where)
            task = Task(
                id=ids.new_id(),
                scope_id=company_id,
                company_id=company_id,
                department_id=department.id,
                name=_text(t_data, "name", t_where, required=True),
                **_task_fields(t_data, t_where),
            )
            tasks.append(task)
            for s_pos, s_raw in enumerate(_list(t_data.get("steps", []), f"{t_where}.steps")):
                s_where = f"{t_where}.steps[{s_pos}]"
                s_data = _obj(s_raw, s_where)
                steps.append(
                    TaskStep(
                        id=ids.new_id(),
                        scope_id=company_id,
                        task_id=task.id,
                        position=s_pos,
                        text=_text(s_data, "text", s_where, required=True),
                        internal_only=_flag(s_data, "internal_only", s_where),
                    )
                )

    with db.write() as session:
        _insert_levels(session, [[partner], [company], departments, tasks, steps])
    if progress is not None:
        progress(1, 1)
    return DemoSummary(companies=1, departments=len(departments), tasks=len(tasks), steps=len(steps))


def _task_fields(data: dict[str, object], where: str) -> dict[str, Any]:
    """The checked task cells present in ``data`` (absent ones keep the model defaults)."""
    fields: dict[str, Any] = {}
    for key in TASK_TEXTS:
        if key in data:
            fields[key] = _text(data, key, where)
    for key in TASK_FLAGS:
        if key in data:
            fields[key] = _flag(data, key, where)
    for key, codes in TASK_ENUMS.items():
        if key in data:
            value = _text(data, key, where)
            if value not in codes:
                raise DemoDataError(f"{where}.{key}: {value!r} is not one of {codes}")
            fields[key] = value
    frequency = _text(data, "frequency", where) if "frequency" in data else "1/month"
    minutes = _opt_int(data, "minutes_per_occurrence", where)
    minutes = 30 if minutes is None else minutes
    if not frequency_ok(frequency, minutes):
        raise DemoDataError(f"{where}: frequency {frequency!r} with {minutes} min is not allowed")
    fields["frequency"] = frequency
    fields["minutes_per_occurrence"] = minutes
    return fields


def _obj(value: object, where: str) -> dict[str, object]:
    if not isinstance(value, dict):
        raise DemoDataError(f"{where}: expected an object")
    return cast(dict[str, object], value)


def _list(value: object, where: str) -> list[object]:
    if not isinstance(value, list):
        raise DemoDataError(f"{where}: expected a list")
    return cast(list[object], value)


def _text(data: dict[str, object], key: str, where: str, required: bool = False) -> str:
    value = data.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise DemoDataError(f"{where}.{key}: expected {'a non-empty' if required else 'a'} string")
    return value


def _flag(data: dict[str, object], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise DemoDataError(f"{where}.{key}: expected true or false")
    return value


def _opt_int(data: dict[str, object], key: str, where: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise DemoDataError(f"{where}.{key}: expected an integer")
    return value


def _insert_levels(session: Session, levels: Sequence[Sequence[object]]) -> None:
    """Add rows parents first, flushing each level so foreign keys always point at existing rows."""
    for level in levels:
        session.add_all(level)
        session.flush()


# --- large (benchmark) dataset -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Area:
    """One area of work with the task names and the field tendencies typical for it."""

    name: str
    tasks: tuple[str, ...]
    performers: tuple[str, ...]
    tools: tuple[str, ...]
    skills: tuple[str, ...]
    medium: tuple[int, int, int]  # weights of paper, digital, mixed
    onsite: tuple[int, int, int]  # weights of none, sometimes, required
    personal_rate: float
    month_end_rate: float


_AREAS: tuple[_Area, ...] = (
    _Area(
        "経理・会計",
        (
            "売上伝票の記帳",
            "仕入伝票の記帳",
            "月末の請求書発行",
            "売掛金の入金確認・消込",
            "買掛金の支払(振込)",
            "小口現金の管理",
            "経費精算",
            "領収書・インボイスの保存",
            "月次試算表の確認",
            "決算資料の準備(税理士提出)",
            "消費税申告の資料作成",
            "給与の振込",
            "固定資産台帳の更新",
            "借入金返済の管理",
        ),
        ("奥さん(専務)", "社長", "経理担当 高橋", "事務パート 佐藤"),
        ("freee会計", "弥生会計", "Excel", "ネットバンキング", "電卓, 紙の伝票", "Misoca"),
        ("簿記3級程度", "会計ソフトの操作", "ネットバンキングの操作", ""),
        (3, 4, 5),
        (6, 3, 1),
        0.1,
        0.45,
    ),
    _Area(
        "総務・人事",
        (
            "勤怠(タイムカード)の集計",
            "給与計算",
            "社会保険の手続き",
            "年末調整",
            "季節アルバイトの募集・採用",
            "雇用契約書の作成",
            "健康診断の手配",
            "備品・消耗品の購入",
            "車両の車検・保険の管理",
            "安全衛生委員会の記録",
            "従業員名簿の更新",
            "来客・電話の取次ぎ",
        ),
        ("奥さん(専務)", "社長", "総務担当 山口", "事務パート 佐藤"),
        ("Excel", "タイムレコーダー", "e-Gov", "紙の届出書", "年調ソフト", "アスクル"),
        ("社会保険の知識", "Excel", "年末調整の知識", ""),
        (5, 3, 4),
        (4, 4, 2),
        0.6,
        0.3,
    ),
    _Area(
        "営業・顧客対応",
        (
            "電話・FAXでの注文受付",
            "見積書の作成",
            "得意先への定期訪問",
            "お客様からの問い合わせ対応",
            "顧客名簿の更新",
            "DM・案内状の発送",
            "クレーム対応の記録",
            "新規取引先の開拓",
            "ギフト注文の取りまとめ",
            "展示会・商談会への出展準備",
            "通販サイトの受注処理",
            "売上実績の集計",
        ),
        ("社長", "営業 田中", "奥さん(専務)", "通販担当パート 増田"),
        ("電話, FAX", "Excel", "Gmail", "カラーミーショップ", "紙の注文票", "名刺管理アプリ"),
        ("商品知識", "電話応対", "長年の取引関係", "Excel"),
        (4, 4, 4),
        (4, 4, 3),
        0.5,
        0.15,
    ),
    _Area(
        "広報・SNS・Web",
        (
            "Instagramの投稿",
            "ホームページのお知らせ更新",
            "商品写真の撮影",
            "チラシ・ポスターの作成",
            "Googleの口コミへの返信",
            "LINE公式アカウントの配信",
            "通販サイトの商品ページ更新",
            "地元紙・観光協会への情報提供",
            "ブログ記事の作成",
            "イベント告知の作成",
        ),
        ("息子(後継者)", "広報担当 中村", "事務パート 佐藤", "社長"),
        ("Instagram", "WordPress", "Canva", "LINE公式アカウント", "スマートフォン", "ミラーレスカメラ"),
        ("写真撮影", "文章作成", "デザイン", "SNSの運用"),
        (1, 8, 2),
        (7, 3, 1),
        0.05,
        0.05,
    ),
    _Area(
        "受発注・在庫",
        (
            "在庫数の確認(棚卸し)",
            "資材の発注",
            "仕入先への発注書作成",
            "入荷品の検品",
            "在庫表の更新",
            "賞味期限・ロットの管理",
            "出荷指示書の作成",
            "返品の処理",
            "発注点の見直し",
            "仕入価格の比較",
        ),
        ("工場長", "倉庫担当 伊藤", "事務パート 佐藤", "奥さん(専務)"),
        ("Excel", "FAX", "在庫表(紙)", "ハンディターミナル", "発注システム"),
        ("商品知識", "Excel", ""),
        (5, 3, 4),
        (2, 4, 5),
        0.05,
        0.35,
    ),
    _Area(
        "製造・現場",
        (
            "現場作業の段取り",
            "作業日報の記入",
            "機械の点検・清掃",
            "原材料の受入れ",
            "品質のばらつきの確認",
            "安全点検の記録",
            "作業手順書の更新",
            "新人への作業指導",
            "設備の修理手配",
            "現場写真の整理",
            "製造計画の作成",
            "廃棄物の処理記録",
        ),
        ("工場長", "現場リーダー 渡辺", "社長", "パート 鈴木"),
        ("紙の日報", "点検表(紙)", "工具", "Excel", "タブレット"),
        ("現場経験", "機械の扱い", "資格(フォークリフト等)", ""),
        (7, 2, 3),
        (1, 2, 8),
        0.05,
        0.1,
    ),
    _Area(
        "配送・物流",
        (
            "配送ルートの作成",
            "送り状の作成",
            "商品の梱包・発送",
            "配達の実施",
            "運送会社への集荷依頼",
            "配送料金の確認",
            "車両の日常点検",
            "不在・再配達の対応",
        ),
        ("配送担当 小松", "パート 鈴木", "社長", "通販担当パート 増田"),
        ("軽トラ", "B2クラウド", "ゆうパックプリントR", "地図アプリ", "紙の配送表"),
        ("運転免許", "地理に詳しい", ""),
        (5, 3, 4),
        (2, 3, 7),
        0.6,
        0.1,
    ),
    _Area(
        "観光・体験",
        (
            "体験の予約受付",
            "宿泊予約の管理",
            "体験当日の受付・案内",
            "団体予約の調整",
            "参加者へのお礼メール",
            "アンケートの集計",
            "旅行サイトの在庫・料金更新",
            "体験用保険の加入手続き",
            "外国人客への案内文作成",
        ),
        ("女将", "体験担当 小林", "奥さん(専務)", "フロント 井上"),
        ("電話", "予約台帳(紙)", "Googleフォーム", "じゃらんnet管理画面", "楽天トラベル管理画面"),
        ("接客", "英語少し", "電話応対"),
        (4, 4, 4),
        (3, 4, 5),
        0.7,
        0.05,
    ),
    _Area(
        "店舗・接客",
        (
            "開店準備・閉店作業",
            "レジ締め",
            "売場の陳列替え",
            "POPの作成",
            "ポイントカードの管理",
            "店頭での注文受付",
            "売上日報の作成",
            "釣銭の準備",
        ),
        ("店長 森", "パート 杉山", "奥さん(専務)", "アルバイト 村松"),
        ("POSレジ", "手書きPOP", "Excel", "ポイントカード"),
        ("接客", "商品知識", ""),
        (6, 3, 3),
        (1, 2, 9),
        0.3,
        0.1,
    ),
    _Area(
        "品質管理・衛生",
        (
            "温度管理記録の記入",
            "HACCPの記録の確認",
            "衛生点検の実施",
            "検査機関への検体送付",
            "成分表示ラベルの確認",
            "異物混入の記録",
            "保健所への届出書類の作成",
            "害虫防除の手配",
        ),
        ("品質担当 加藤", "工場長", "奥さん(専務)"),
        ("記録表(紙)", "温度計", "Excel", "ラベルプリンター"),
        ("食品衛生責任者", "HACCPの知識", ""),
        (6, 2, 4),
        (2, 3, 6),
        0.05,
        0.25,
    ),
    _Area(
        "情報システム",
        (
            "パソコン・プリンターの不具合対応",
            "データのバックアップ",
            "パスワード・アカウントの管理",
            "ソフトの更新",
            "複合機のリース管理",
            "ホームページのサーバー契約管理",
        ),
        ("息子(後継者)", "社長", "事務パート 佐藤"),
        ("Windows", "NAS", "Microsoft 365", "Google Workspace"),
        ("パソコンに詳しい", ""),
        (1, 8, 2),
        (5, 4, 2),
        0.1,
        0.1,
    ),
)

_SITE_AREA = "製造・現場"  # named after the business type, e.g. 「客室・調理」 for a 旅館
_BASE_AREAS = ("経理・会計", "総務・人事", "営業・顧客対応", _SITE_AREA)

# (kanji, kana, romaji) of fictional place-name parts of company names
_PLACES: tuple[tuple[str, str, str], ...] = (
    ("山里", "ヤマザト", "yamazato"),
    ("奥沢", "オクサワ", "okusawa"),
    ("峰岡", "ミネオカ", "mineoka"),
    ("杉ノ原", "スギノハラ", "suginohara"),
    ("北浦", "キタウラ", "kitaura"),
    ("栃尾谷", "トチオダニ", "tochiodani"),
    ("大滝", "オオタキ", "ootaki"),
    ("白石川", "シロイシガワ", "shiroishigawa"),
    ("青葉台", "アオバダイ", "aobadai"),
    ("梅ヶ谷", "ウメガヤ", "umegaya"),
    ("柿ノ木", "カキノキ", "kakinoki"),
    ("桜川", "サクラガワ", "sakuragawa"),
    ("竹ノ内", "タケノウチ", "takenouchi"),
    ("松尾", "マツオ", "matsuo"),
    ("高森", "タカモリ", "takamori"),
    ("水窪沢", "ミサクボザワ", "misakubozawa"),
    ("小川原", "オガワラ", "ogawara"),
    ("朝日", "アサヒ", "asahi"),
    ("宮ノ下", "ミヤノシタ", "miyanoshita"),
    ("岩見", "イワミ", "iwami"),
    ("鹿ノ湯", "カノユ", "kanoyu"),
    ("霧島台", "キリシマダイ", "kirishimadai"),
    ("若葉", "ワカバ", "wakaba"),
    ("石楠花", "シャクナゲ", "shakunage"),
    ("千草", "チグサ", "chigusa"),
    ("滝見", "タキミ", "takimi"),
    ("星野沢", "ホシノザワ", "hoshinozawa"),
    ("雲井", "クモイ", "kumoi"),
    ("深山", "ミヤマ", "miyama"),
    ("紅葉谷", "モミジダニ", "momijidani"),
)

# (kanji, kana, industry, romaji, name of the on-site department) of business types
_KINDS: tuple[tuple[str, str, str, str, str], ...] = (
    ("製材所", "セイザイショ", "林業・製材業", "seizai", "製材・現場"),
    ("旅館", "リョカン", "宿泊業", "ryokan", "客室・調理"),
    ("農園", "ノウエン", "農業", "farm", "農作業・現場"),
    ("酒造", "シュゾウ", "酒類製造業", "shuzo", "醸造・蔵"),
    ("建設", "ケンセツ", "建設業", "kensetsu", "工事・現場"),
    ("運送", "ウンソウ", "運送業", "unso", "運行管理・現場"),
    ("商店", "ショウテン", "小売業", "shoten", "仕入れ・売場"),
    ("工務店", "コウムテン", "建設業(住宅)", "komuten", "工事・現場"),
    ("醤油醸造", "ショウユジョウゾウ", "食品製造業", "shoyu", "醸造・製造"),
    ("観光農園", "カンコウノウエン", "農業・観光業", "kanko", "農作業・現場"),
    ("牧場", "ボクジョウ", "畜産業", "ranch", "飼育・現場"),
    ("味噌店", "ミソテン", "食品製造小売業", "miso", "仕込み・製造"),
    ("印刷所", "インサツジョ", "印刷業", "print", "印刷・製本"),
    ("自動車整備", "ジドウシャセイビ", "自動車整備業", "auto", "整備工場"),
    ("ケアサービス", "ケアサービス", "介護事業", "care", "介護・訪問"),
    ("茶園", "チャエン", "農業(茶)", "tea", "茶園・製茶"),
    ("水産加工", "スイサンカコウ", "水産食料品製造業", "suisan", "加工場"),
    ("民宿", "ミンシュク", "宿泊業", "minshuku", "客室・調理"),
    ("菓子舗", "カシホ", "菓子製造小売業", "kashi", "製菓・製造"),
    ("木工所", "モッコウショ", "家具・木工品製造業", "mokko", "木工・製造"),
)

# (legal form, kana) — "" is a sole proprietorship (屋号のみ)
_FORMS: tuple[tuple[str, str], ...] = (
    ("株式会社", "カブシキガイシャ"),
    ("有限会社", "ユウゲンガイシャ"),
    ("合同会社", "ゴウドウガイシャ"),
    ("", ""),
)

# (prefecture, fictional municipality, phone area code)
_TOWNS: tuple[tuple[str, str, str], ...] = (
    ("北海道", "白樺町", "01658"),
    ("岩手県", "奥杉村", "0193"),
    ("秋田県", "雪見町", "0186"),
    ("山形県", "月岡町", "0237"),
    ("福島県", "峰川村", "0241"),
    ("新潟県", "雪里町", "0257"),
    ("長野県", "木曽野町", "0264"),
    ("長野県", "星ヶ原村", "0265"),
    ("岐阜県", "飛騨川町", "0577"),
    ("静岡県", "茶ノ木町", "0547"),
    ("三重県", "熊野台町", "0597"),
    ("奈良県", "吉野沢村", "0746"),
    ("和歌山県", "紀の山町", "0735"),
    ("鳥取県", "大山里町", "0859"),
    ("島根県", "出雲谷町", "0854"),
    ("岡山県", "美作原町", "0868"),
    ("広島県", "備北町", "0824"),
    ("徳島県", "祖谷川村", "0883"),
    ("高知県", "四万川町", "0880"),
    ("愛媛県", "久万野町", "0892"),
    ("大分県", "九重原町", "0973"),
    ("熊本県", "阿蘇野村", "0967"),
    ("宮崎県", "椎葉谷村", "0982"),
    ("鹿児島県", "霧島野町", "0995"),
)

_SURNAMES = ("山本", "鈴木", "佐藤", "田中", "渡辺", "望月", "小林", "中村", "伊藤", "加藤", "大石", "石川")
_CONTACT_ROLES = ("社長", "専務", "事務長", "総務担当")

_STEP_TEXTS = (
    "前回の記録と関係書類を用意する",
    "内容を確認し、分からない点を担当者に聞く",
    "Excelまたは業務システムに入力する",
    "結果を印刷して所定のファイルに綴じる",
    "社長に報告して確認をもらう",
    "関係先に電話またはメールで連絡する",
    "控えをスキャンして共有フォルダに保存する",
    "次回の予定をカレンダーに書き込む",
)
_INTERNAL_STEP_TEXTS = (
    "ネットバンキングにログインする(パスワードは金庫のメモ)",
    "顧客の住所・電話番号を台帳から写す",
    "共用アカウントでログインする(パスワードは事務所のノート)",
    "従業員のマイナンバーと口座番号を確認する",
)
_ECRS_NOTES: dict[str, tuple[str, ...]] = {
    "eliminate": ("誰も見ていない資料なので作成をやめる。", "二重に記録しているので片方をやめる。"),
    "combine": ("似た作業と同じ日にまとめる。", "書式を一つに統一する。"),
    "rearrange": ("担当者を替え、社長は確認だけにする。", "外部パートナーに任せる候補。"),
    "simplify": ("テンプレートを作って手順を減らす。", "CSV取込で手入力をなくす。"),
    "keep": ("会社の中心となる仕事なので残す。",),
}
_UNIT_WEIGHTS = (("day", 25), ("week", 30), ("month", 30), ("year", 15))
_COUNTS: dict[str, tuple[int, ...]] = {
    "day": (1, 1, 1, 2, 3),
    "week": (1, 1, 2, 3, 5),
    "month": (1, 1, 2, 4),
    "year": (1, 2, 4, 12),
}
_MINUTES = (5, 10, 15, 20, 30, 30, 45, 60, 60, 90, 120, 180, 240, 480)
_DUPLICATE_QUALIFIERS = ("(本店分)", "(支店分)", "(繁忙期)", "(臨時)", "(取引先別)", "(パート分)")

_T = TypeVar("_T")


def _weighted(rng: random.Random, values: Sequence[_T], weights: Sequence[int]) -> _T:
    return rng.choices(values, weights=weights)[0]


def load_large(
    db: Database,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    companies: int = 50,
    tasks_per_company: int = 100,
    seed: int = 7,
) -> DemoSummary:
    """Insert the benchmark shape: 1 partner and ``companies`` companies, one transaction each.

    ``progress(done, total)`` is called with the number of committed companies; ``cancelled()`` is
    checked before each company and raises :class:`Cancelled` (committed companies stay).
    """
    if companies < 0 or tasks_per_company < 0:
        raise ValueError("companies and tasks_per_company must not be negative")
    rng = random.Random(seed)
    partner_id = ids.new_id()
    partner = Partner(
        id=partner_id,
        scope_id=partner_id,
        name="一般社団法人 さとやまテレワークセンター",
        contact="事務局 / 0120-00-0000 / center@example.jp",
    )
    names = _company_names(rng, companies)
    totals = [0, 0, 0, 0]
    if progress is not None:
        progress(0, companies)
    for index in range(companies):
        if cancelled is not None and cancelled():
            raise Cancelled()
        rows = _make_company(rng, index, names[index], partner_id, tasks_per_company)
        with db.write() as session:
            levels: list[Sequence[object]] = [[partner]] if index == 0 else []
            levels += [[rows.company], rows.departments, rows.tasks, rows.steps]
            _insert_levels(session, levels)
        totals[0] += 1
        totals[1] += len(rows.departments)
        totals[2] += len(rows.tasks)
        totals[3] += len(rows.steps)
        if progress is not None:
            progress(index + 1, companies)
    return DemoSummary(companies=totals[0], departments=totals[1], tasks=totals[2], steps=totals[3])


@dataclass(frozen=True)
class _CompanyRows:
    company: Company
    departments: list[Department]
    tasks: list[Task]
    steps: list[TaskStep]


@dataclass(frozen=True)
class _CompanyName:
    name: str
    kana: str
    industry: str
    romaji: str
    site_department: str


def _company_names(rng: random.Random, count: int) -> list[_CompanyName]:
    """``count`` distinct fictional company names (place part + business type + legal form)."""
    combos = [(place, kind) for place in _PLACES for kind in _KINDS]
    picked = rng.sample(combos, min(count, len(combos)))
    names: list[_CompanyName] = []
    for index in range(count):
        place, kind = picked[index % len(picked)]
        round_no = index // len(picked)
        form, form_kana = _weighted(rng, _FORMS, (4, 4, 1, 2))
        base = f"{place[0]}{kind[0]}" + (f"{round_no + 1}号" if round_no else "")
        name = f"{form} {base}" if form else base
        kana = " ".join(part for part in (form_kana, f"{place[1]}{kind[1]}") if part)
        names.append(_CompanyName(name, kana, kind[2], f"{place[2]}-{kind[3]}", kind[4]))
    return names


def _make_company(
    rng: random.Random, index: int, cname: _CompanyName, partner_id: str, task_count: int
) -> _CompanyRows:
    prefecture, municipality, area_code = rng.choice(_TOWNS)
    company_id = ids.new_id()
    company = Company(
        id=company_id,
        scope_id=company_id,
        partner_id=partner_id,
        name=cname.name,
        name_kana=cname.kana,
        prefecture=prefecture,
        municipality=municipality,
        industry=cname.industry,
        employees=rng.randint(3, 40),
        contact_person=f"{rng.choice(_SURNAMES)}({rng.choice(_CONTACT_ROLES)})",
        phone=f"{area_code}-00-{rng.randint(0, 9999):04d}",
        email=f"info@{cname.romaji}.example.jp",
        hourly_cost_yen=rng.choice((1500, 1600, 1800, 2000, 2200, 2500)),
        outsource_rate_yen=rng.choice((1300, 1400, 1500, 1600)),
        note=f"架空の会社です(ベンチマーク用デモデータ No.{index + 1})。",
    )

    extra = [area.name for area in _AREAS if area.name not in _BASE_AREAS]
    chosen = set(_BASE_AREAS) | set(rng.sample(extra, rng.randint(6, 10) - len(_BASE_AREAS)))
    areas = [area for area in _AREAS if area.name in chosen]
    departments = [
        Department(
            id=ids.new_id(),
            scope_id=company_id,
            company_id=company_id,
            name=cname.site_department if area.name == _SITE_AREA else area.name,
            position=pos,
        )
        for pos, area in enumerate(areas)
    ]

    # Each department draws its task names from a shuffled pool, reusing them with a qualifier
    # only once the pool is used up, so a company rarely lists the same task twice.
    pools: list[list[str]] = []
    for area in areas:
        pool = list(area.tasks)
        rng.shuffle(pool)
        pools.append(pool)
    used = [0] * len(areas)

    tasks: list[Task] = []
    steps: list[TaskStep] = []
    for _ in range(task_count):
        slot = rng.randrange(len(areas))
        area = areas[slot]
        pool = pools[slot]
        name = pool[used[slot] % len(pool)]
        if used[slot] >= len(pool):
            name += _DUPLICATE_QUALIFIERS[(used[slot] // len(pool) - 1) % len(_DUPLICATE_QUALIFIERS)]
        used[slot] += 1
        task = _make_task(rng, area, name, company_id, departments[slot].id)
        tasks.append(task)
        internal_ok = task.personal_data or task.confidentiality == "confidential"
        texts = rng.sample(_STEP_TEXTS, rng.randint(0, 4))
        for pos, text in enumerate(texts):
            internal = internal_ok and rng.random() < 0.25
            steps.append(
                TaskStep(
                    id=ids.new_id(),
                    scope_id=company_id,
                    task_id=task.id,
                    position=pos,
                    text=rng.choice(_INTERNAL_STEP_TEXTS) if internal else text,
                    internal_only=internal,
                )
            )
    return _CompanyRows(company, departments, tasks, steps)


def _make_task(rng: random.Random, area: _Area, name: str, company_id: str, department_id: str) -> Task:
    unit = _weighted(rng, [u for u, _ in _UNIT_WEIGHTS], [w for _, w in _UNIT_WEIGHTS])
    count = rng.choice(_COUNTS[unit])
    minutes = rng.choice(_MINUTES)
    while count * minutes > inventory.UNIT_MINUTES[unit] and minutes > 1:
        minutes //= 2
    personal = rng.random() < area.personal_rate
    confidentiality = (
        _weighted(rng, CONFIDENTIALITY, (0, 3, 7)) if personal else _weighted(rng, CONFIDENTIALITY, (2, 6, 2))
    )
    single = rng.random() < 0.25
    documented = _weighted(rng, DOCUMENTED, (8, 2, 0) if single else (4, 4, 2))
    if rng.random() < area.month_end_rate:
        seasonality = "month_end"
    else:
        seasonality = _weighted(rng, SEASONALITY, (65, 0, 20, 15))
    ecrs = _weighted(rng, ECRS_DECISIONS, (70, 5, 6, 7, 8, 4))
    ecrs_note = "" if ecrs == "undecided" else rng.choice(_ECRS_NOTES[ecrs])
    return Task(
        id=ids.new_id(),
        scope_id=company_id,
        company_id=company_id,
        department_id=department_id,
        name=name,
        description=rng.choice(("", "", f"{area.name}の定型業務。", "手順は担当者の頭の中にある。")),
        frequency=f"{count}/{unit}",
        minutes_per_occurrence=minutes,
        performer=rng.choice(area.performers),
        skills=rng.choice(area.skills),
        tools=", ".join(rng.sample(area.tools, rng.randint(1, min(2, len(area.tools))))),
        medium=_weighted(rng, MEDIUMS, area.medium),
        onsite=_weighted(rng, ONSITE, area.onsite),
        confidentiality=confidentiality,
        personal_data=personal,
        single_person=single,
        documented=documented,
        seasonality=seasonality,
        deadline=_weighted(rng, DEADLINES, (20, 55, 18, 7)),
        ecrs_decision=ecrs,
        ecrs_note=ecrs_note,
        status=_weighted(rng, STATUSES, (85, 8, 4, 3)),
        note="",
    )
