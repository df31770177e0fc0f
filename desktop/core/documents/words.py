"""The words printed ON the documents, as data: Japanese first, English as a variant (``lang="en"``).

A printed sheet is a document in the company's language, not interface text, so these words live in
core (which never imports Qt) and are chosen by the ``lang`` parameter of the document functions.
Templates use ``str.format`` fields in braces.
"""

from __future__ import annotations

from datetime import date

LANGS = ("ja", "en")

WORDS: dict[str, dict[str, str]] = {
    "ja": {
        # --- every document
        "page": "{n} / {total}",
        "printed_on": "印刷日 {date}",
        "app_name": "まちしごと",
        "replaced_title": "【注意】印刷できない文字があります",
        "replaced_body": (
            "この用紙の文字のうち {count} 種類は印刷用フォントにないため「〓」で表しています：{chars}。"
            "正しい文字はアプリの画面で確認してください。"
        ),
        "replaced_more": "ほか {n} 種類",
        "char_kanji": "漢字",
        "char_symbol": "絵文字・記号",
        "char_other": "文字",
        "list_sep": "、",
        "none": "なし",
        "not_registered": "（未登録）",
        "not_decided": "未定",
        # --- the task sheet (作業指示書)
        "task_sheet": "作業指示書",
        "sheet_name": "{task} – {worker} ({code})",
        "company": "会社",
        "task": "作業",
        "area": "業務領域",
        "worker": "担当者",
        "role_operator": "作業者",
        "role_supervisor": "指導役",
        "supervisor": "指導役",
        "operators": "作業者",
        "contact_of": "連絡先：{contact}",
        "more_people": "ほか {n} 名（連絡先の欄を参照）",
        "period": "期間",
        "period_text": "{start} 〜 {end}",
        "open_end": "（終了日未定）",
        "frequency": "頻度",
        "time_each": "1回の目安時間",
        "minutes_text": "約{minutes}分",
        "time_month": "月の目安時間",
        "hours_text": "約{hours}時間",
        "planned_text": "（予定 {hours}時間／月）",
        "deadline": "締め切り",
        "purpose": "目的・作業の内容",
        "no_purpose": "（説明はまだ登録されていません。指導役または会社の担当者に確認してください。）",
        "steps": "手順（チェックリスト）",
        "steps_hint": "終わった手順の □ に ✓ を付けてください。",
        "no_steps": (
            "手順はまだ登録されていません。作業を始める前に、指導役または会社の担当者に進め方を確認してください。"
        ),
        "tools": "使う道具・システム",
        "rules": "守秘・個人情報の取り扱い",
        "contacts": "連絡先",
        "company_contact": "会社の窓口",
        "contact_person_phone": "{person}　電話 {phone}",
        "email_text": "メール {email}",
        "code_title": "作業コード",
        "code_hint": "作業時間の入力時にこのコードを入力またはスキャン",
        "hours_table": "作業時間の記録（手書き用）",
        "hours_month": "<b>＿＿＿＿年＿＿＿月分</b>",
        "hours_hint": "作業した日ごとに記入し、月末にアプリへ入力するか、会社の担当者に渡してください。",
        "col_week": "週",
        "col_date": "日付",
        "col_start": "開始",
        "col_end": "終了",
        "col_hours": "時間",
        "col_note": "メモ",
        "week_n": "第{n}週",
        "date_blank": "　　月　　日",
        "time_blank": "：",
        "total": "合計",
        "failed_title": "この作業指示書は作成できませんでした",
        "failed_body": "「{name}」の作業指示書を作る途中で問題が起きました。",
        "failed_detail": "内容：{detail}",
        "failed_hint": "アプリで作業と担当の内容を確認してから、もう一度印刷してください。",
        "not_found": "担当が見つかりません（削除された可能性があります）",
        # problem details
        "missing_worker_contact": "作業者の連絡先",
        "missing_company_contact": "会社の連絡先",
        # --- the interview sheet (業務棚卸し ヒアリングシート)
        "interview": "業務棚卸し ヒアリングシート",
        "interview_company": "会社名",
        "interview_date": "日付",
        "date_blank_full": "＿＿＿＿年＿＿＿月＿＿＿日",
        "interview_interviewer": "聞き手",
        "interview_interviewee": "話し手（お答えいただく方）",
        "interview_hint": (
            "1行に1つの作業を書きます。あてはまるものを○で囲み、□ には ✓ を付けてください。"
            "記入した内容は、アプリの「業務棚卸し」の入力と同じ順番です。"
        ),
        "interview_areas": "業務領域（あてはまるものに ✓）",
        "interview_other_area": "その他：",
        "area_heading": "業務領域：{name}",
        "area_blank": "業務領域：",
        "col_done": "実施",
        "col_no": "No.",
        "col_task": "作業",
        "col_who": "誰が",
        "col_often": "頻度（○で囲む）",
        "often_units": "日・週・月・年",
        "col_count": "回数",
        "often_count": "回",
        "col_minutes": "所要時間",
        "minutes_unit": "分",
        "col_medium": "紙／電子",
        "medium_choices": "紙・電子・両方",
        "col_onsite": "現場",
        "onsite_choices": "不要・時々・必要",
        "col_confidentiality": "機密",
        "confidentiality_choices": "公開・社外秘・機密",
        "col_personal": "個人情報",
        "col_single": "一人だけ",
        "col_memo": "メモ",
        "own_task": "（登録済み）",
        # --- the connection card
        "card_title": "まちしごと 接続カード",
        "card_page_title": "接続カード",
        "card_cut": "切り取り線",
        "card_server": "サーバーのURL",
        "card_code": "接続コード",
        "card_qr": "QRコード（URLと接続コード）",
        "card_step1": (
            "パソコンで「まちしごと」を開き、メニュー「同期」→「パートナーサーバーに接続…」を選びます。"
        ),
        "card_step2": "「サーバーのURL」と「接続コード」に、このカードのとおり入力して「接続」を押します。",
        "card_step3": "接続できたら、このカードは破棄してください（コードは一度しか使えません）。",
        "card_page_hint": (
            "点線で切り取り、接続するパソコンの担当者に渡してください。"
            "接続コードは一度しか使えず、使うとすぐに無効になります。他の人に見られないように扱ってください。"
        ),
    },
    "en": {
        "page": "{n} / {total}",
        "printed_on": "Printed {date}",
        "app_name": "Machishigoto",
        "replaced_title": "Note: some characters cannot be printed",
        "replaced_body": (
            "{count} kind(s) of character on this sheet are not in the printing font and are shown as"
            " “〓”: {chars}. Check the right characters in the app."
        ),
        "replaced_more": "{n} more",
        "char_kanji": "kanji",
        "char_symbol": "emoji or symbol",
        "char_other": "character",
        "list_sep": ", ",
        "none": "none",
        "not_registered": "(not registered)",
        "not_decided": "not decided",
        "task_sheet": "Task sheet",
        "sheet_name": "{task} – {worker} ({code})",
        "company": "Company",
        "task": "Task",
        "area": "Area of work",
        "worker": "Assigned to",
        "role_operator": "operator",
        "role_supervisor": "supervisor",
        "supervisor": "Supervisor",
        "operators": "Operators",
        "contact_of": "contact: {contact}",
        "more_people": "and {n} more (see Contacts)",
        "period": "Period",
        "period_text": "{start} to {end}",
        "open_end": "(no end date yet)",
        "frequency": "Frequency",
        "time_each": "Time each time",
        "minutes_text": "about {minutes} min",
        "time_month": "Time a month",
        "hours_text": "about {hours} hours",
        "planned_text": " (planned {hours} hours a month)",
        "deadline": "Deadline",
        "purpose": "Purpose and work",
        "no_purpose": "(No description yet. Ask your supervisor or the company's contact person.)",
        "steps": "Procedure (checklist)",
        "steps_hint": "Tick the □ of each step when it is done.",
        "no_steps": (
            "No procedure has been written yet. Before you start, ask your supervisor or the company's"
            " contact person how to do the work."
        ),
        "tools": "Tools and systems",
        "rules": "Confidentiality and personal data",
        "contacts": "Contacts",
        "company_contact": "Company contact",
        "contact_person_phone": "{person}, phone {phone}",
        "email_text": "email {email}",
        "code_title": "Work code",
        "code_hint": "Type or scan this code when you enter your hours",
        "hours_table": "Hours worked (write by hand)",
        "hours_month": "<b>Month: ________</b>",
        "hours_hint": (
            "Write one line per day worked; at the month's end enter them in the app or hand this in."
        ),
        "col_week": "Week",
        "col_date": "Date",
        "col_start": "Start",
        "col_end": "End",
        "col_hours": "Hours",
        "col_note": "Note",
        "week_n": "Week {n}",
        "date_blank": "　/　",
        "time_blank": ":",
        "total": "Total",
        "failed_title": "This task sheet could not be made",
        "failed_body": "Something went wrong while making the task sheet “{name}”.",
        "failed_detail": "Detail: {detail}",
        "failed_hint": "Check the task and the assignment in the app, then print again.",
        "not_found": "assignment not found (it may have been deleted)",
        "missing_worker_contact": "the worker's contact",
        "missing_company_contact": "the company's contact",
        "interview": "Workflow inventory interview sheet",
        "interview_company": "Company",
        "interview_date": "Date",
        "date_blank_full": "____ / ____ / ____",
        "interview_interviewer": "Interviewer",
        "interview_interviewee": "Interviewee",
        "interview_hint": (
            "One task per line. Circle what applies and tick the boxes. The columns follow the order of"
            " the inventory input in the app."
        ),
        "interview_areas": "Areas of work (tick those that apply)",
        "interview_other_area": "Other:",
        "area_heading": "Area of work: {name}",
        "area_blank": "Area of work:",
        "col_done": "Done",
        "col_no": "No.",
        "col_task": "Task",
        "col_who": "Who",
        "col_often": "How often (circle)",
        "often_units": "day・week・month・year",
        "col_count": "Times",
        "often_count": "times",
        "col_minutes": "Minutes",
        "minutes_unit": "min",
        "col_medium": "Paper/digital",
        "medium_choices": "paper・digital・both",
        "col_onsite": "On site",
        "onsite_choices": "no・sometimes・always",
        "col_confidentiality": "Confidential",
        "confidentiality_choices": "public・internal・confidential",
        "col_personal": "Personal data",
        "col_single": "Only one knows",
        "col_memo": "Note",
        "own_task": "(registered)",
        "card_title": "Machishigoto connection card",
        "card_page_title": "Connection card",
        "card_cut": "cut here",
        "card_server": "Server URL",
        "card_code": "Connection code",
        "card_qr": "QR code (URL and connection code)",
        "card_step1": "Open Machishigoto on the PC and choose Sync > Connect to partner server….",
        "card_step2": "Type the server URL and the connection code from this card, then press Connect.",
        "card_step3": "Once connected, destroy this card (the code works only once).",
        "card_page_hint": (
            "Cut along the dotted line and hand the card to the person connecting the PC. The code works"
            " only once and expires when used. Keep it out of sight of others."
        ),
    },
}

# "3/week" -> 週3回; "day" is a working day.
FREQUENCY: dict[str, dict[str, str]] = {
    "ja": {"day": "毎営業日{n}回", "week": "週{n}回", "month": "月{n}回", "year": "年{n}回"},
    "en": {
        "day": "{n}x per working day",
        "week": "{n}x per week",
        "month": "{n}x per month",
        "year": "{n}x per year",
    },
}

DEADLINE: dict[str, dict[str, str]] = {
    "ja": {
        "flexible": "ゆるやか（期限にゆとりがあります）",
        "days": "数日以内（依頼から数日のうちに仕上げます）",
        "same_day": "当日中（依頼のあった日のうちに仕上げます）",
        "realtime": "即時（届いたらすぐに対応します）",
    },
    "en": {
        "flexible": "Flexible (there is time to spare)",
        "days": "Within days (finish within a few days of the request)",
        "same_day": "Same day (finish on the day of the request)",
        "realtime": "Immediately (handle it as soon as it arrives)",
    },
}

CONFIDENTIALITY_LEVEL: dict[str, dict[str, str]] = {
    "ja": {"public": "公開可", "internal": "社外秘", "confidential": "機密"},
    "en": {"public": "Public", "internal": "Internal", "confidential": "Confidential"},
}

# One paragraph per confidentiality level: what the worker must do with what the task shows them.
CONFIDENTIALITY_RULES: dict[str, dict[str, str]] = {
    "ja": {
        "public": (
            "この作業の情報は「公開可」です。それでも、作業で受け取った資料やデータは作業以外の目的に使わず、"
            "作業が終わったら会社の指示どおりに返却・削除してください。"
        ),
        "internal": (
            "この作業の情報は「社外秘」です。資料・データ・画面の内容を、家族を含め会社の外の人に見せたり"
            "話したりしないでください。作業は会社が認めた機器と場所で行い、終わったら資料を返却し、"
            "手元のデータは削除してください。"
        ),
        "confidential": (
            "この作業の情報は「機密」です。社外秘のきまりに加えて、会社の指示がない限り、資料を印刷・複製・"
            "持ち出ししないでください。人のいる場所で画面を開かず、席を離れるときはパソコンを必ずロックして"
            "ください。紛失や誤送信に気づいたら、すぐに下の連絡先に知らせてください。"
        ),
    },
    "en": {
        "public": (
            "The information of this task is public. Still, use the material and data you receive only for"
            " this work, and return or delete them as the company says when the work is done."
        ),
        "internal": (
            "The information of this task is internal to the company. Do not show or tell it to anyone"
            " outside the company, family included. Work only on devices and in places the company has"
            " approved; return the material and delete your copies when the work is done."
        ),
        "confidential": (
            "The information of this task is confidential. On top of the internal rules, do not print,"
            " copy or take material away unless the company says so. Do not open it where others can see"
            " the screen, and always lock the PC when you leave it. If something is lost or sent to the"
            " wrong person, tell the contacts below at once."
        ),
    },
}

PERSONAL_DATA_RULES: dict[str, dict[bool, str]] = {
    "ja": {
        True: (
            "この作業は個人情報（氏名・住所・電話番号・メールアドレスなど）を扱います。作業に必要な範囲だけで使い、"
            "写真に撮る・メモに書き写す・会社が認めていないサービスに入力することはしないでください。"
            "作業が終わったら、手元のメモや一時ファイルは削除・廃棄してください。"
        ),
        False: (
            "この作業では個人情報を扱いません。もし個人情報が含まれていたら、使わずに下の連絡先に知らせてください。"
        ),
    },
    "en": {
        True: (
            "This task handles personal data (names, addresses, phone numbers, email addresses and the"
            " like). Use it only as far as the work needs; do not photograph it, copy it into notes or"
            " type it into services the company has not approved. Delete or destroy your notes and"
            " temporary files when the work is done."
        ),
        False: (
            "This task does not handle personal data. If you find some, do not use it and tell the"
            " contacts below."
        ),
    },
}


def lang_of(lang: str) -> str:
    """``lang`` when the documents know it, else Japanese."""
    return lang if lang in WORDS else "ja"


def word(lang: str, key: str, **params: object) -> str:
    text = WORDS[lang_of(lang)][key]
    return text.format(**params) if params else text


def frequency_text(lang: str, frequency: str) -> str:
    """ "3/week" -> "週3回"; an unreadable cell is printed as it is."""
    count, _sep, unit = frequency.partition("/")
    template = FREQUENCY[lang_of(lang)].get(unit)
    return template.format(n=count) if template and count.isdigit() else frequency


def deadline_text(lang: str, deadline: str) -> str:
    return DEADLINE[lang_of(lang)].get(deadline, deadline)


def confidentiality_rules(lang: str, level: str, personal_data: bool) -> list[str]:
    """The paragraphs of the confidentiality section: the level's rules, then personal data."""
    rules = CONFIDENTIALITY_RULES[lang_of(lang)]
    return [rules.get(level, rules["confidential"]), PERSONAL_DATA_RULES[lang_of(lang)][personal_data]]


def date_text(lang: str, day: date) -> str:
    """2026年4月1日 / 2026-04-01."""
    if lang_of(lang) == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    return day.isoformat()


def number_text(value: float) -> str:
    """9.75 -> "9.8"; 12.0 -> "12"."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text
