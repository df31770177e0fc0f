<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>App</name>
    <message>
      <location filename="../../desktop/gui/app.py" line="42" />
      <source>Machishigoto</source>
      <translation>まちしごと</translation>
    </message>
  </context>
  <context>
    <name>AreasStep</name>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="59" />
      <source>Typical areas</source>
      <translation>よくある部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="63" />
      <source>None yet.</source>
      <translation>まだありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="66" />
      <source>e.g. 直売所, 茶工場</source>
      <translation>例：直売所、茶工場</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="67" />
      <source>Name of another area</source>
      <translation>ほかの部署・業務領域の名前</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="69" />
      <source>&amp;Add area</source>
      <translation>追加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="71" />
      <source>&amp;Other area:</source>
      <translation>ほかの部署・業務領域(&amp;O):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="77" />
      <source>The company's own areas</source>
      <translation>この会社独自の部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="100" />
      <source>Areas of work</source>
      <translation>部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="104" />
      <source>Tick every area of work the company has. If one is missing, type its name under “The company's own areas”. You can change this later.</source>
      <translation>会社にある部署・業務領域をすべてチェックしてください。一覧にないものは、「この会社独自の部署・業務領域」に名前を入力してください。あとから変更できます。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/areas_step.py" line="139" />
      <source>%n task(s) in this area</source>
      <translation>
        <numerusform>この領域の業務：%n 件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="151" />
      <source>Pick area "{name}"</source>
      <translation>部署・業務領域「{name}」の選択</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="153" />
      <source>“{name}” added.</source>
      <translation>「{name}」を追加しました。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/areas_step.py" line="161" />
      <source>“{name}” still has %n task(s). Untick them in the next step first, then this area can be removed.</source>
      <translation>
        <numerusform>「{name}」にはまだ業務が %n 件あります。この領域を外すには、先に次のステップでその業務のチェックを外してください。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="171" />
      <source>Remove area of work "{name}"</source>
      <translation>部署・業務領域「{name}」の削除</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="174" />
      <source>“{name}” removed. Undo: {keys}</source>
      <translation>「{name}」を外しました。元に戻す: {keys}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="183" />
      <source>Type the name of the area first.</source>
      <translation>先に領域の名前を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="187" />
      <source>“{name}” is already there.</source>
      <translation>「{name}」はすでにあります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/areas_step.py" line="199" />
      <source>Please tick at least one area to go on.</source>
      <translation>先に進むには、部署・業務領域を一つ以上チェックしてください。</translation>
    </message>
  </context>
  <context>
    <name>BundleActions</name>
    <message>
      <location filename="../../desktop/gui/bundle_actions.py" line="32" />
      <source>Write sync file</source>
      <translation>同期ファイルの書き出し</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/bundle_actions.py" line="32" />
      <location filename="../../desktop/gui/bundle_actions.py" line="53" />
      <source>Sync file (*.mshg)</source>
      <translation>同期ファイル (*.mshg)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/bundle_actions.py" line="43" />
      <source>Writing sync file</source>
      <translation>同期ファイルを書き出しています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/bundle_actions.py" line="53" />
      <source>Read sync file</source>
      <translation>同期ファイルの取り込み</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/bundle_actions.py" line="68" />
      <source>Reading sync file</source>
      <translation>同期ファイルを取り込んでいます</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/bundle_actions.py" line="72" />
      <location filename="../../desktop/gui/bundle_actions.py" line="83" />
      <source>Sync file</source>
      <translation>同期ファイル</translation>
    </message>
  </context>
  <context>
    <name>CandidateTableModel</name>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="38" />
      <source>Task</source>
      <translation>業務名</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="39" />
      <source>Judgement</source>
      <translation>判定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="40" />
      <source>Score</source>
      <translation>点数</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="41" />
      <source>Main reasons</source>
      <translation>主な理由</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="42" />
      <source>Hours/month</source>
      <translation>月間時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="43" />
      <source>In-house ¥/month</source>
      <translation>社内コスト（円／月）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="44" />
      <source>Outsourced ¥/month</source>
      <translation>外部化コスト（円／月）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="47" />
      <source>“(owner)”: your own judgement, which counts instead of the computed one</source>
      <translation>「（自社の判断）」：自分で決めた判定です。計算した判定の代わりに使われます</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="48" />
      <source>Points out of 100. “41 → 86”: now, and once the preparation is done</source>
      <translation>100点満点の点数です。「41 → 86」は、現在の点数と、準備が済んだ後の点数です</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="49" />
      <source>Hours a month: times a month × minutes each (a month has 20 working days)</source>
      <translation>月間時間 = 月あたりの回数 × 1回の所要時間（1か月 = 20 営業日で計算）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="50" />
      <source>Hours a month × the company's internal hourly cost</source>
      <translation>月間時間 × 社内の時間単価</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="51" />
      <source>Hours a month × the hourly rate of outsourced work</source>
      <translation>月間時間 × 外部委託の時間単価</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/candidate_table.py" line="117" />
      <source>{label} (owner)</source>
      <translation>{label}（自社の判断）</translation>
    </message>
  </context>
  <context>
    <name>CandidatesPage</name>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="67" />
      <source>Remove the decision on “{name}”</source>
      <translation>「{name}」の判定の取り消し</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="69" />
      <source>Decide “{name}”</source>
      <translation>「{name}」の判定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="99" />
      <source>Filter tasks…</source>
      <translation>業務を絞り込む…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="101" />
      <source>&amp;Filter:</source>
      <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="104" />
      <source>All judgements</source>
      <translation>すべての判定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="107" />
      <source>&amp;Judgement:</source>
      <translation>判定(&amp;J):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="118" />
      <location filename="../../desktop/gui/pages/candidates_page.py" line="171" />
      <source>Outsourcing candidates</source>
      <translation>外部化の候補</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="128" />
      <source>First register a company on the “Company profile” page.</source>
      <translation>まず「会社情報」のページで会社を登録してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="134" />
      <source>Totals a month</source>
      <translation>月あたりの合計</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="176" />
      <source>Why this judgement</source>
      <translation>この判定の理由</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="183" />
      <location filename="../../desktop/gui/pages/candidates_page.py" line="329" />
      <source>Choose a task in the list to see why.</source>
      <translation>一覧で業務を選ぶと、理由が表示されます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="186" />
      <source>Points</source>
      <translation>点数</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="186" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="194" />
      <source>Points and reasons</source>
      <translation>点数と理由</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="200" />
      <source>Reason (required)</source>
      <translation>理由（必須）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="201" />
      <source>&amp;Decide</source>
      <translation>決定(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="202" />
      <source>Use your own judgement instead of the computed one</source>
      <translation>計算した判定の代わりに、自分の判定を使います</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="203" />
      <source>&amp;Use computed</source>
      <translation>計算した判定に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="204" />
      <source>Remove your judgement (Ctrl+Z undoes)</source>
      <translation>自分の判定を取り消します（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="205" />
      <source>Your judgement</source>
      <translation>自分の判定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="220" />
      <source>What must happen first</source>
      <translation>先に必要な準備</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="249" />
      <source>Scoring tasks</source>
      <translation>業務の点数を計算しています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="335" />
      <source>Starting points</source>
      <translation>基本点</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="339" />
      <source>Score</source>
      <translation>点数</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="368" />
      <source>Judgement</source>
      <translation>判定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="368" />
      <source>Tasks</source>
      <translation>業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="368" />
      <source>Hours</source>
      <translation>時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="368" />
      <source>In-house</source>
      <translation>社内</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="369" />
      <source>Outsourced</source>
      <translation>外部化</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="388" />
      <source>Click to show this task in the list</source>
      <translation>クリックすると、この業務を一覧で表示します</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="394" />
      <source>The candidate tasks need no preparation.</source>
      <translation>候補の業務には、準備の必要はありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="435" />
      <source>The task or its company no longer exists. The list was reloaded.</source>
      <translation>この業務またはその会社はすでに削除されています。一覧を読み込み直しました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/candidates_page.py" line="438" />
      <source>The operation failed: {error}</source>
      <translation>処理を完了できませんでした: {error}</translation>
    </message>
  </context>
  <context>
    <name>CompanyPage</name>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="101" />
      <source>Company profile</source>
      <translation>会社情報</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="125" />
      <source>yen</source>
      <translation>円</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="130" />
      <source>* Required</source>
      <translation>* は必須項目です</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="137" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="138" />
      <source>Save the company profile (Ctrl+S)</source>
      <translation>会社情報を保存します (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="139" />
      <source>&amp;Revert changes</source>
      <translation>変更を取り消す(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="140" />
      <source>Ne&amp;w company</source>
      <translation>新しい会社(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="141" />
      <source>Register another company (Ctrl+Shift+N)</source>
      <translation>別の会社を登録します (Ctrl+Shift+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="196" />
      <source>Not set</source>
      <translation>未設定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="271" />
      <source>Editing "{name}"</source>
      <translation>「{name}」を編集中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="273" />
      <location filename="../../desktop/gui/pages/company_page.py" line="276" />
      <source>New company</source>
      <translation>新しい会社</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="274" />
      <source>Fill in the new company's details and press Save.</source>
      <translation>新しい会社の情報を入力して「保存」を押してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="279" />
      <source>Start by registering the company whose work you will inventory. Only the name is required; the rest can be filled in later.</source>
      <translation>まず、業務を棚卸しする会社を登録しましょう。必須は会社名だけで、ほかは後から入力できます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="338" />
      <source>Unsaved changes</source>
      <translation>保存されていない変更</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="339" />
      <source>The company profile has unsaved changes. Do you want to save them?</source>
      <translation>会社情報に保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="391" />
      <source>Edit company "{name}"</source>
      <translation>会社情報「{name}」の変更</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="400" />
      <location filename="../../desktop/gui/pages/company_page.py" line="413" />
      <source>This company no longer exists; nothing was saved.</source>
      <translation>この会社はすでに削除されています。保存は行われませんでした。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/company_page.py" line="403" />
      <source>Saved.</source>
      <translation>保存しました。</translation>
    </message>
  </context>
  <context>
    <name>ConflictTableModel</name>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="94" />
      <source>What</source>
      <translation>項目</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="96" />
      <source>Kept value</source>
      <translation>残った値</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="97" />
      <source>Kept: by, when</source>
      <translation>残った値の編集者・日時</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="98" />
      <source>Lost value</source>
      <translation>失われた値</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="99" />
      <source>Lost: by, when</source>
      <translation>失われた値の編集者・日時</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="95" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="100" />
      <source>State</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="151" />
      <source>Edited a deleted row</source>
      <translation>削除された行への編集</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="152" />
      <source>Edited at the same time</source>
      <translation>同時に編集</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="153" />
      <source>Resolved</source>
      <translation>解決済み</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="153" />
      <source>Open</source>
      <translation>未解決</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="161" />
      <source>Kept value: {value} — {who_when}</source>
      <translation>残った値: {value} — {who_when}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="164" />
      <source>Lost value: {value} — {who_when}</source>
      <translation>失われた値: {value} — {who_when}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="173" />
      <source>Partner</source>
      <translation>パートナー</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="174" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="175" />
      <source>Area of work</source>
      <translation>部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="176" />
      <source>Task</source>
      <translation>業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="177" />
      <source>Procedure step</source>
      <translation>手順</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="180" />
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="187" />
      <source>Deleted</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="182" />
      <source>{table} “{name}”: {field}</source>
      <translation>{table}「{name}」の{field}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="183" />
      <source>{table}: {field}</source>
      <translation>{table}の{field}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="187" />
      <source>Not deleted</source>
      <translation>削除なし</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="189" />
      <source>(empty)</source>
      <translation>（空欄）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="202" />
      <source>this PC</source>
      <translation>このパソコン</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="202" />
      <source>PC {id}</source>
      <translation>パソコン {id}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="204" />
      <source>{when} ({who})</source>
      <translation>{when}（{who}）</translation>
    </message>
  </context>
  <context>
    <name>ConflictsPage</name>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="237" />
      <source>When two people changed the same thing before syncing, one value was kept and the other is listed here. Keep the kept value, or put the lost value back.</source>
      <translation>同期する前に二人が同じ項目を変更したときは、一方の値が残り、もう一方の値がここに表示されます。残った値のままにするか、失われた値に戻してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="243" />
      <source>There are no conflicts to review.</source>
      <translation>確認が必要な競合はありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="248" />
      <source>&amp;Keep the kept value</source>
      <translation>残った値のままにする(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="242" />
      <source>S&amp;how resolved conflicts too</source>
      <translation>解決済みも表示(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="249" />
      <source>&amp;Restore the lost value</source>
      <translation>失われた値に戻す(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="271" />
      <source>Review conflicts</source>
      <translation>競合の確認</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="281" />
      <source>Loading conflicts</source>
      <translation>競合を読み込み中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="348" />
      <source>Resolving the conflict</source>
      <translation>競合を解決中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/conflicts_page.py" line="366" />
      <source>The operation failed: {error}</source>
      <translation>処理を完了できませんでした: {error}</translation>
    </message>
  </context>
  <context>
    <name>ConnectDialog</name>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="58" />
      <source>Connect to partner server</source>
      <translation>パートナーサーバーに接続</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="63" />
      <source>Enter the server address and the connection code you received from your partner.</source>
      <translation>パートナーから受け取ったサーバーのURLと接続コードを入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="72" />
      <source>How this PC is listed on the partner server</source>
      <translation>パートナーサーバーでこのパソコンを見分けるための名前</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="75" />
      <source>Server URL</source>
      <translation>サーバーのURL</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="76" />
      <source>Connection code</source>
      <translation>接続コード</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="77" />
      <source>Name of this PC</source>
      <translation>このパソコンの名前</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="90" />
      <source>Connect</source>
      <translation>接続</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="115" />
      <source>The connection code has 12 letters and digits: XXXX-XXXX-XXXX.</source>
      <translation>接続コードは英数字12文字です（XXXX-XXXX-XXXX）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="119" />
      <source>Enter a name for this PC.</source>
      <translation>このパソコンの名前を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="149" />
      <source>Connected.</source>
      <translation>接続しました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/connect_dialog.py" line="165" />
      <source>Connecting failed: {error}</source>
      <translation>接続できませんでした: {error}</translation>
    </message>
  </context>
  <context>
    <name>DepartmentsBox</name>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="57" />
      <location filename="../../desktop/gui/pages/departments.py" line="61" />
      <source>Areas of work</source>
      <translation>部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="67" />
      <source>A&amp;dd...</source>
      <translation>追加(&amp;D)...</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="68" />
      <source>Ren&amp;ame</source>
      <translation>名前の変更(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="69" />
      <source>Remo&amp;ve</source>
      <translation>削除(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="75" />
      <source>Rename</source>
      <translation>名前の変更</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="76" />
      <source>Remove</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="106" />
      <source>Group the company's tasks by area, for example accounting or shipping.</source>
      <translation>会社の業務を、経理・出荷などの領域ごとにまとめます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="109" />
      <source>Save the company first, then add its areas of work.</source>
      <translation>先に会社情報を保存してから、部署・業務領域を追加してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="135" />
      <source>Add area of work</source>
      <translation>部署・業務領域の追加</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="135" />
      <source>Name of the area of work (for example Shipping):</source>
      <translation>部署・業務領域の名前（例：出荷）:</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="161" />
      <source>Remove area of work "{name}"</source>
      <translation>部署・業務領域「{name}」の削除</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="186" />
      <source>The area of work was not saved: {reasons}</source>
      <translation>部署・業務領域は保存されませんでした：{reasons}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/departments.py" line="192" />
      <source>This area of work no longer exists.</source>
      <translation>この部署・業務領域はすでに削除されています。</translation>
    </message>
  </context>
  <context>
    <name>DetailsModel</name>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="58" />
      <source>Area</source>
      <translation>部署</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="59" />
      <source>Task</source>
      <translation>業務名</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="60" />
      <source>Who does it</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="61" />
      <source>Times</source>
      <translation>回数</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="62" />
      <source>Per</source>
      <translation>期間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="63" />
      <source>Minutes each</source>
      <translation>1回(分)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="64" />
      <source>Hours a month</source>
      <translation>月間時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="65" />
      <source>Missing</source>
      <translation>未入力</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_model.py" line="134" />
      <source>(who?)</source>
      <translation>（だれ？）</translation>
    </message>
  </context>
  <context>
    <name>DetailsStep</name>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="44" />
      <source>Tasks and their details</source>
      <translation>業務とその詳細</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="60" />
      <source>Edit every field</source>
      <translation>すべての項目を編集</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="69" />
      <source>&amp;Show only tasks with something missing</source>
      <translation>未入力がある業務だけ表示(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="71" />
      <source>&amp;Open the full form…</source>
      <translation>詳しい入力画面を開く(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="72" />
      <source>Open the full form of the task (Enter or double-click)</source>
      <translation>業務の詳しい入力画面を開きます（Enter またはダブルクリック）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="100" />
      <source>Who, how often, how long</source>
      <translation>担当者・頻度・時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="104" />
      <source>For each task, check who does it, how often and how many minutes each time: click a cell to change it. Below the table, write down how the selected task is done, step by step.</source>
      <translation>業務ごとに、担当者、頻度、1回の所要時間（分）を確認してください。変えるときはセルをクリックします。表の下には、選んだ業務の進め方を手順ごとに書いてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="131" />
      <source>No tasks yet: pick them in the previous step.</source>
      <translation>業務がまだありません。前のステップで選んでください。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/details_step.py" line="134" />
      <source>%n task(s) still have something missing (marked ⚠).</source>
      <translation>
        <numerusform>まだ未入力のある業務が %n 件あります（⚠ の印）。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="137" />
      <source>✓ Every task has its details.</source>
      <translation>✓ すべての業務の詳細が入力されています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/details_step.py" line="175" />
      <source>Saved: “{name}”.</source>
      <translation>「{name}」を保存しました。</translation>
    </message>
  </context>
  <context>
    <name>EcrsModel</name>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="72" />
      <source>Task</source>
      <translation>業務名</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="72" />
      <source>Hours a month</source>
      <translation>月間時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="72" />
      <source>Decision</source>
      <translation>判断</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="72" />
      <source>Saves</source>
      <translation>削減時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="106" />
      <source>{n} min</source>
      <translation>{n} 分</translation>
    </message>
  </context>
  <context>
    <name>EcrsStep</name>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="126" />
      <source>Tasks to review</source>
      <translation>見直す業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="136" />
      <source>&amp;1  E: Stop doing it (eliminate)</source>
      <translation>E: やめる（排除）(&amp;1)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="137" />
      <source>Nobody would miss it: a report nobody reads, a meeting without a clear purpose, a double approval.</source>
      <translation>なくても誰も困らないもの。例：だれも読まない報告書、目的のはっきりしない会議、二重の承認。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="139" />
      <source>&amp;2  C: Combine it with other work</source>
      <translation>C: ほかの作業とまとめる（結合）(&amp;2)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="140" />
      <source>One common form instead of several, e.g. travel request and expense claim on one sheet.</source>
      <translation>いくつもの書類を一つの様式にまとめる。例：出張申請と経費精算を1枚で済ませる。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="141" />
      <source>&amp;3  R: Change the order, the place or the person</source>
      <translation>R: 順番・場所・担当を変える（入替え）(&amp;3)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="142" />
      <source>Approve in another order, do it somewhere else, or let someone else do it.</source>
      <translation>承認の順番を変える、別の場所で行う、別の人に任せる。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="143" />
      <source>&amp;4  S: Make it simpler</source>
      <translation>S: やり方を簡単にする（簡素化）(&amp;4)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="144" />
      <source>No copying by hand, no typing the same thing twice, less waiting.</source>
      <translation>手書きで書き写さない、同じことを二度入力しない、待ち時間を減らす。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="145" />
      <source>&amp;5  Keep it as it is</source>
      <translation>今のままにする(&amp;5)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="145" />
      <source>It is needed and already simple.</source>
      <translation>必要な作業で、すでに簡単になっている。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="146" />
      <source>&amp;6  Decide later</source>
      <translation>あとで決める(&amp;6)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="171" />
      <source>e.g. read the shop's sales file instead of typing it</source>
      <translation>例：店の売上ファイルを手入力せずに読み込む</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="174" />
      <source> min a month</source>
      <translation> 分／月</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="178" />
      <source>N&amp;ote:</source>
      <translation>メモ(&amp;O):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="180" />
      <source>&amp;Minutes saved:</source>
      <translation>減らせる時間(&amp;M):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="188" />
      <source>Nex&amp;t undecided task</source>
      <translation>次の未決定の業務(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="208" />
      <source>Improve first</source>
      <translation>まず改善</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="212" />
      <source>Before handing work to someone else, see whether it can be done with less effort. For each task ask, in this order: can we stop it? combine it? change who or where? make it simpler? Then estimate the minutes a month it saves.</source>
      <translation>仕事をほかの人に任せる前に、もっと少ない手間でできないかを考えます。業務ごとに、次の順番で考えてください。やめられないか？まとめられないか？担当や場所を変えられないか？簡単にできないか？そのうえで、月に何分減らせるかを見積もります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="238" />
      <source>Improvements save {hours} hours a month (before anything is handed over). Decided: {done} of {total} tasks.</source>
      <translation>外部に任せる前に、改善だけで月 {hours} 時間減らせます。判断済み：{total} 件中 {done} 件。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="267" />
      <source>Choose a task on the left.</source>
      <translation>左の一覧で業務を選んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="271" />
      <source>What to do with “{name}”?</source>
      <translation>「{name}」をどうしますか？</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="273" />
      <source>It takes about {hours} hours ({minutes} minutes) a month.</source>
      <translation>月に約 {hours} 時間（{minutes} 分）かかっています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="294" />
      <source>at most {n} (all of its time)</source>
      <translation>最大 {n} 分（この業務の時間すべて）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="296" />
      <source>only when the task is improved</source>
      <translation>改善する場合だけ入力できます</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="336" />
      <source>ECRS for “{name}”</source>
      <translation>「{name}」のECRS</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/ecrs_step.py" line="338" />
      <source>Saved: “{name}”.</source>
      <translation>「{name}」を保存しました。</translation>
    </message>
  </context>
  <context>
    <name>Import</name>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="29" />
      <source>The file {path} does not exist.</source>
      <translation>ファイル {path} が見つかりません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="30" />
      <source>The file {path} could not be read ({detail}).</source>
      <translation>ファイル {path} を読み込めませんでした（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="31" />
      <source>The file {path} is empty: there is no table in it.</source>
      <translation>ファイル {path} は空です。表が入っていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="32" />
      <source>The file {path} is larger than {limit_mb} MB. Split it into smaller files.</source>
      <translation>ファイル {path} が {limit_mb} MB を超えています。小さいファイルに分けてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="35" />
      <source>The file {path} unpacks to too much data to be an inventory sheet. Save it again from Excel.</source>
      <translation>ファイル {path} は展開後のデータが大きすぎて、棚卸し表として読み込めません。Excel で保存し直してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="39" />
      <source>The file {path} is not an Excel (.xlsx) or CSV file.</source>
      <translation>ファイル {path} は Excel（.xlsx）または CSV のファイルではありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="40" />
      <source>The file {path} is not an Excel workbook (.xlsx). Save it from its program as .xlsx or CSV.</source>
      <translation>ファイル {path} は Excel ブック（.xlsx）ではありません。作成したソフトで .xlsx か CSV として保存してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="44" />
      <source>The file {path} is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.</source>
      <translation>ファイル {path} は古い Excel 形式（.xls）です。Excel で開いて .xlsx として保存してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="48" />
      <source>The file {path} is protected by a password. Remove the password in Excel, then import it.</source>
      <translation>ファイル {path} はパスワードで保護されています。Excel でパスワードを解除してから取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="52" />
      <source>The file {path} is damaged or not a valid spreadsheet. Open and save it again.</source>
      <translation>ファイル {path} は壊れているか、正しい表計算ファイルではありません。開いて保存し直してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="55" />
      <source>The characters of {path} could not be read (not UTF-8 or Shift_JIS). Save it as CSV UTF-8.</source>
      <translation>{path} の文字を読み取れませんでした（UTF-8 でも Shift_JIS でもありません）。「CSV UTF-8」形式で保存してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="59" />
      <source>The file {path} has more than {limit} rows. Split it into smaller files.</source>
      <translation>ファイル {path} の行数が {limit} 行を超えています。小さいファイルに分けてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="62" />
      <source>A cell of {path} is longer than {limit} characters.</source>
      <translation>{path} に {limit} 文字を超えるセルがあります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="63" />
      <source>The preview still has errors, so nothing was imported.</source>
      <translation>プレビューにまだエラーがあるため、何も取り込みませんでした。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="71" />
      <source>(not imported)</source>
      <translation>（取り込まない）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="75" />
      <source>Hours each time</source>
      <translation>1回の所要時間（時間）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="87" />
      <source>{n} min</source>
      <translation>{n} 分</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="104" />
      <source>column {letter}</source>
      <translation>{letter} 列</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="110" />
      <source>File</source>
      <translation>ファイル</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="112" />
      <source>Row {row}</source>
      <translation>{row} 行目</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="113" />
      <source>Row {row}, {column}</source>
      <translation>{row} 行目、{column}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="128" />
      <source>The cell is longer than {limit} characters.</source>
      <translation>セルが {limit} 文字を超えています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="129" />
      <source>Columns after the first {limit} were not read.</source>
      <translation>{limit} 列目より後ろの列は読み込みませんでした。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="130" />
      <source>Merged cell: the value is taken only in its first cell ({first}); this cell is empty.</source>
      <translation>結合されたセルです。値は最初のセル（{first}）のものだけを使うため、このセルは空欄になります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="133" />
      <source>Many more merged cells: their values are taken only in their first cells.</source>
      <translation>ほかにも結合されたセルが多くあります。値はそれぞれの最初のセルのものだけを使います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="136" />
      <source>{label} is chosen for {columns} columns; choose it for one column only.</source>
      <translation>「{label}」が {columns} 個の列で選ばれています。1つの列だけで選んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="139" />
      <source>Choose the column that holds the task names.</source>
      <translation>業務名が入っている列を選んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="140" />
      <source>No column for {label}: every task gets {shown}.</source>
      <translation>「{label}」の列がないため、すべての業務を {shown} とします。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="141" />
      <source>There are no rows under the header row.</source>
      <translation>見出しの行の下に、データの行がありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="142" />
      <source>The cell shows an Excel error ({text}); fix the formula in the file.</source>
      <translation>セルに Excel のエラー（{text}）が表示されています。ファイルの数式を直してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="145" />
      <source>“{text}” is not a frequency. Write it like 毎日, 週3回, 月1回 or 年4回.</source>
      <translation>「{text}」は頻度として読み取れません。毎日、週3回、月1回、年4回のように書いてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="148" />
      <source>“{text}”: per day, week, month or year? Write it like 週3回 or 月1回.</source>
      <translation>「{text}」：1日・1週・1か月・1年のどれあたりですか？週3回、月1回のように書いてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="151" />
      <source>“{text}” is not a duration. Write minutes (30) or like 1時間半.</source>
      <translation>「{text}」は時間として読み取れません。分の数字（30）か、1時間半のように書いてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="154" />
      <source>“{text}” was rounded to {shown}.</source>
      <translation>「{text}」を {shown} に丸めました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="155" />
      <source>“{text}” is a range: the middle, {shown}, is used.</source>
      <translation>「{text}」は幅のある値のため、中間の {shown} を使います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="156" />
      <source>“{text}” is taken as {shown}.</source>
      <translation>「{text}」を {shown} として扱います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="157" />
      <source>“{text}” has no fixed frequency: {shown} is assumed; please check.</source>
      <translation>「{text}」は頻度が決まっていないため、{shown} とみなします。確認してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="160" />
      <source>“{text}” is not one of the choices of {label}: {shown} is used, the words go to the note.</source>
      <translation>「{text}」は「{label}」の選択肢にありません。{shown} を使い、書かれた言葉はメモに入れます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="164" />
      <source>“{text}” is taken as yes; the words go to the note.</source>
      <translation>「{text}」を「はい」として扱い、書かれた言葉はメモに入れます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="165" />
      <source>{label} is empty: {shown} is used.</source>
      <translation>「{label}」が空欄のため、{shown} を使います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="166" />
      <source>The area of work “{value}” does not exist yet and will be created.</source>
      <translation>部署・業務領域「{value}」はまだないため、新しく作ります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="169" />
      <source>A task with this name and area of work already exists: the row is skipped.</source>
      <translation>同じ名前・同じ部署・業務領域の業務がすでにあるため、この行は取り込みません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="172" />
      <source>{value} rows have nothing in the imported columns and are left out.</source>
      <translation>{value} 行は取り込む列に何も入っていないため、除外します。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="175" />
      <source>Same name and area of work as row {value}: the row is skipped.</source>
      <translation>{value} 行目と名前・部署・業務領域が同じため、この行は取り込みません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="179" />
      <source>Problem: {code}</source>
      <translation>問題: {code}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="191" />
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="192" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="192" />
      <source>Warning</source>
      <translation>注意</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="198" />
      <source>{rows} rows: {ok} OK, {warnings} with warnings, {errors} with errors.</source>
      <translation>{rows} 行：問題なし {ok} 行、注意あり {warnings} 行、エラーあり {errors} 行。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="202" />
      <source>Fix the errors in the file (or the columns) to import it.</source>
      <translation>取り込むには、ファイル（または列の選び方）のエラーを直してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="203" />
      <source>{n} tasks will be imported.</source>
      <translation>{n} 件の業務を取り込みます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="206" />
      <source>{n} duplicate rows are included.</source>
      <translation>重複する {n} 行も取り込みます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="208" />
      <source>{n} duplicate rows are skipped.</source>
      <translation>重複する {n} 行は取り込みません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="213" />
      <source>New areas of work: {names}.</source>
      <translation>新しい部署・業務領域：{names}。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="218" />
      <source>Imported {tasks} tasks ({departments} new areas of work, {skipped} rows skipped).</source>
      <translation>業務を {tasks} 件取り込みました（新しい部署・業務領域 {departments} 件、取り込まなかった行 {skipped} 行）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="224" />
      <source>{n} tasks written to {path}</source>
      <translation>{n} 件の業務を {path} に書き出しました</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="228" />
      <source>Blank inventory template written to {path}</source>
      <translation>空の棚卸し表のひな形を {path} に書き出しました</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="232" />
      <source>The file {path} already exists. Choose a new file name; nothing was overwritten.</source>
      <translation>ファイル {path} はすでにあります。別のファイル名を指定してください。上書きはしていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="238" />
      <source>The file {path} could not be written: {error}</source>
      <translation>ファイル {path} に書き込めませんでした: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="242" />
      <source>There is no company yet. Create the company first, then import its tasks.</source>
      <translation>まだ会社がありません。先に会社を作成してから、業務を取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="247" />
      <source>This database has several companies; choose one with --company ID:</source>
      <translation>このデータベースには複数の会社があります。--company ID で会社を指定してください:</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="253" />
      <source>There is no company “{value}”.</source>
      <translation>会社「{value}」はありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="257" />
      <source>Import these tasks? [y/N] </source>
      <translation>これらの業務を取り込みますか？ [y/N] </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="261" />
      <source>Nothing was imported.</source>
      <translation>何も取り込みませんでした。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="265" />
      <source>There is nothing to import.</source>
      <translation>取り込むものがありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="269" />
      <source>Import tasks</source>
      <translation>業務の取り込み</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="273" />
      <source>Export tasks</source>
      <translation>業務の書き出し</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="277" />
      <source>Exporting tasks</source>
      <translation>業務を書き出しています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_messages.py" line="281" />
      <source>Give a file name ending in .xlsx or .csv (not {path}).</source>
      <translation>ファイル名は .xlsx か .csv で終わるようにしてください（{path} は使えません）。</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="92" />
      <source>Import tasks into {company}</source>
      <translation>{company} に業務を取り込む</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="99" />
      <source>Choose an Excel (.xlsx) or CSV file with one task per row. The columns are matched to the inventory in the next step; nothing is saved before you confirm the preview.</source>
      <translation>1行に1件の業務が書かれた Excel（.xlsx）または CSV ファイルを選んでください。次の画面で、列を棚卸しの項目に対応づけます。プレビューを確認するまでは何も保存されません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="104" />
      <source>Choose file…</source>
      <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="106" />
      <source>Save blank template…</source>
      <translation>空のひな形を保存…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="146" />
      <source>Also import rows that duplicate existing tasks</source>
      <translation>既存の業務と重複する行も取り込む</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="148" />
      <source>Show only rows with warnings or errors</source>
      <translation>注意またはエラーのある行だけ表示</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="167" />
      <source>Back</source>
      <translation>戻る</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="169" />
      <source>Next</source>
      <translation>次へ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="171" />
      <source>Import</source>
      <translation>取り込む</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="173" />
      <source>Cancel</source>
      <translation>キャンセル</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="203" />
      <source>Reading {name}</source>
      <translation>{name} を読み込んでいます</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="228" />
      <source>Checking rows</source>
      <translation>行を確認しています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="243" />
      <source>Importing tasks</source>
      <translation>業務を取り込んでいます</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="249" />
      <source>Save blank template</source>
      <translation>空のひな形の保存</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="260" />
      <source>Saving template</source>
      <translation>ひな形を保存しています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="281" />
      <source>Examples: {values}</source>
      <translation>例: {values}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="287" />
      <source>{name} ({where}): header in row {row}, {count} rows. Choose which field each column fills.</source>
      <translation>{name}（{where}）：見出しは {row} 行目、データは {count} 行です。各列をどの項目に入れるか選んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="332" />
      <source>Close</source>
      <translation>閉じる</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="368" />
      <source>This did not work: {error}. Nothing was changed.</source>
      <translation>うまくいきませんでした: {error}。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_dialog.py" line="377" />
      <source>Cancelled. Nothing was changed.</source>
      <translation>中止しました。何も変更していません。</translation>
    </message>
  </context>
  <context>
    <name>InventoryWizardPage</name>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="75" />
      <source>Steps of the inventory</source>
      <translation>棚卸しのステップ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="93" />
      <source>Progress</source>
      <translation>進み具合</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="94" />
      <source>◀ &amp;Back</source>
      <translation>◀ 戻る(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="95" />
      <source>&amp;Next ▶</source>
      <translation>次へ(&amp;N) ▶</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="96" />
      <source>The previous step (Alt+B)</source>
      <translation>前のステップへ (Alt+B)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="97" />
      <source>Save and go to the next step (Alt+N)</source>
      <translation>保存して次のステップへ (Alt+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="127" />
      <source>Guided inventory</source>
      <translation>かんたん業務棚卸し</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="152" />
      <source>Step {n}: {title}</source>
      <translation>ステップ {n}：{title}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="154" />
      <source>{n} / {total}</source>
      <translation>{n} / {total}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="178" />
      <source>Done</source>
      <translation>完了</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/page.py" line="205" />
      <source>%n area(s)</source>
      <translation>
        <numerusform>%n 領域</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/page.py" line="206" />
      <source>%n task(s)</source>
      <translation>
        <numerusform>業務 %n 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/page.py" line="207" />
      <source>%n still missing</source>
      <translation>
        <numerusform>未入力 %n 件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/page.py" line="208" />
      <source>{done} of {total} decided</source>
      <translation>判断済み {done} / {total} 件</translation>
    </message>
  </context>
  <context>
    <name>JobStatus</name>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="68" />
      <source>Cancel</source>
      <translation>中止</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="103" />
      <source>Machishigoto — workflow inventory and local telework</source>
      <translation>まちしごと — 業務棚卸しと地域のテレワーク</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="108" />
      <location filename="../../desktop/gui/main_window.py" line="109" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="112" />
      <source>&amp;Company:</source>
      <translation>会社(&amp;C):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="128" />
      <source>Navigation</source>
      <translation>ナビゲーション</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="168" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="170" />
      <source>&amp;Import tasks from Excel or CSV…</source>
      <translation>Excel・CSVから業務を取り込む(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="172" />
      <source>E&amp;xport tasks to Excel or CSV…</source>
      <translation>業務をExcel・CSVに書き出す(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="174" />
      <source>&amp;Back up database...</source>
      <translation>データベースのバックアップ(&amp;B)...</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="175" />
      <source>Add &amp;demo data</source>
      <translation>デモデータを追加(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="176" />
      <source>Small: one tea farm</source>
      <translation>小：茶園 1 社</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="177" />
      <source>Large: 50 companies, 5,000 tasks</source>
      <translation>大：50 社・5,000 業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="179" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="182" />
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="183" />
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="185" />
      <source>&amp;Redo</source>
      <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="191" />
      <source>S&amp;ync</source>
      <translation>同期(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="192" />
      <source>Sync &amp;now</source>
      <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="194" />
      <source>&amp;Connect to partner server…</source>
      <translation>パートナーサーバーに接続…(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="197" />
      <source>&amp;Write sync file for USB…</source>
      <translation>USB用の同期ファイルを書き出す(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="198" />
      <source>&amp;Read sync file…</source>
      <translation>同期ファイルを取り込む(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="202" />
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="203" />
      <source>Text &amp;size</source>
      <translation>文字の大きさ(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="211" />
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="222" />
      <source>Database: {path}</source>
      <translation>データベース: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="227" />
      <source>Open the conflicts to review them</source>
      <translation>クリックすると競合の確認を開きます</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/main_window.py" line="280" />
      <source>%n change(s) waiting to be sent</source>
      <translation>
        <numerusform>送信待ちの変更 %n 件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="306" />
      <source>Adding demo data</source>
      <translation>デモデータを追加しています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="313" />
      <source>Back up database</source>
      <translation>データベースのバックアップ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="313" />
      <source>Database (*.sqlite3)</source>
      <translation>データベース (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="327" />
      <source>Backing up</source>
      <translation>バックアップしています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="346" />
      <source>The operation failed: {error}</source>
      <translation>処理を完了できませんでした: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="347" />
      <location filename="../../desktop/gui/main_window.py" line="361" />
      <source>Machishigoto</source>
      <translation>まちしごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="362" />
      <source>The new language is used from the next start.</source>
      <translation>新しい言語は次回の起動から使われます。</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../desktop/gui/messages.py" line="37" />
      <source>The file {path} is not a Machishigoto database (or it is damaged). It was not changed.</source>
      <translation>ファイル {path} は、まちしごとのデータベースではないか、壊れています。ファイルは変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="41" />
      <source>The file {path} is a database of another program. Machishigoto does not write to it.</source>
      <translation>ファイル {path} は別のソフトのデータベースです。まちしごとはこのファイルに書き込みません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="44" />
      <source>The database {path} was made by a newer version of Machishigoto. Please update the app; the file was not changed.</source>
      <translation>データベース {path} は、新しいバージョンのまちしごとで作られています。アプリを更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="49" />
      <source>The database {path} is in use by another program or another Machishigoto window. Close it and try again.</source>
      <translation>データベース {path} は、別のソフトか別のまちしごとの画面で使用中です。そちらを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="54" />
      <source>The database {path} cannot be written (read-only file or folder). Choose a folder you can write to.</source>
      <translation>データベース {path} に書き込めません（読み取り専用のファイルかフォルダーです）。書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="59" />
      <location filename="../../desktop/gui/messages.py" line="431" />
      <source>The file {path} already exists. Choose a new file name; nothing was overwritten.</source>
      <translation>ファイル {path} はすでにあります。別のファイル名を指定してください。上書きはしていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="62" />
      <source>The database {path} could not be read or written: {detail}</source>
      <translation>データベース {path} を読み書きできませんでした: {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="69" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="70" />
      <source>Name (kana)</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="71" />
      <source>Prefecture</source>
      <translation>都道府県</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="72" />
      <source>Municipality</source>
      <translation>市区町村</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="73" />
      <source>Industry</source>
      <translation>業種</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="74" />
      <source>Employees</source>
      <translation>従業員数</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="75" />
      <source>Contact person</source>
      <translation>ご担当者（連絡先）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="76" />
      <source>Phone</source>
      <translation>電話番号</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="77" />
      <source>Email</source>
      <translation>メールアドレス</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="78" />
      <source>Internal hourly cost (yen)</source>
      <translation>社内の時間単価（円）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="79" />
      <source>Expected outsourcing rate (yen/hour)</source>
      <translation>外部化の想定単価（円／時間）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="80" />
      <source>Minutes saved a month by the improvement</source>
      <translation>改善で減らせる時間（分／月）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="81" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="82" />
      <source>Area of work</source>
      <translation>部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="83" />
      <source>Description</source>
      <translation>業務の内容</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="84" />
      <source>Frequency</source>
      <translation>頻度</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="85" />
      <source>Minutes each time</source>
      <translation>1回の所要時間（分）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="86" />
      <source>Done by</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="87" />
      <source>Skills needed</source>
      <translation>必要なスキル</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="88" />
      <source>Tools and systems</source>
      <translation>使う道具・システム</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="89" />
      <source>Paper or digital</source>
      <translation>紙・電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="90" />
      <source>On-site need</source>
      <translation>現地での作業</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="91" />
      <source>Confidentiality</source>
      <translation>機密性</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="92" />
      <source>Handles personal data</source>
      <translation>個人情報を扱う</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="93" />
      <source>Only one person knows it</source>
      <translation>一人しかやり方を知らない（属人化）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="94" />
      <source>Written procedure</source>
      <translation>手順書</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="95" />
      <source>Seasonality</source>
      <translation>繁閑の波</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="96" />
      <source>Deadline pressure</source>
      <translation>締切の厳しさ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="97" />
      <source>ECRS decision</source>
      <translation>ECRSの判断</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="98" />
      <source>ECRS note</source>
      <translation>ECRSのメモ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="99" />
      <source>Suitability override</source>
      <translation>外部化の判定の上書き</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="100" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="101" />
      <source>Step</source>
      <translation>手順</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="110" />
      <source>{label} is required.</source>
      <translation>「{label}」を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="111" />
      <source>{label} is too long (at most {limit} characters).</source>
      <translation>「{label}」が長すぎます（{limit} 文字まで）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="112" />
      <source>{label} is out of range (at most {limit}).</source>
      <translation>「{label}」の値が範囲外です（上限 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="113" />
      <source>{label} is not valid.</source>
      <translation>「{label}」の値が正しくありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="114" />
      <source>{label}: this frequency takes more time than the period has.</source>
      <translation>「{label}」: この頻度と所要時間では、期間内に収まりません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="115" />
      <source>{label}: please give a reason.</source>
      <translation>「{label}」: 理由を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="124" />
      <source>per working day</source>
      <translation>営業日ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="125" />
      <source>per week</source>
      <translation>週ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="126" />
      <source>per month</source>
      <translation>月ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="127" />
      <source>per year</source>
      <translation>年ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="130" />
      <source>Paper</source>
      <translation>紙</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="131" />
      <source>Digital</source>
      <translation>電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="132" />
      <source>Paper and digital</source>
      <translation>紙と電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="135" />
      <source>Not needed</source>
      <translation>不要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="136" />
      <source>Sometimes</source>
      <translation>ときどき必要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="137" />
      <source>Always</source>
      <translation>常に必要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="140" />
      <source>Public</source>
      <translation>公開可</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="141" />
      <source>Internal</source>
      <translation>社外秘</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="142" />
      <source>Confidential</source>
      <translation>機密</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="145" />
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="146" />
      <source>Partly</source>
      <translation>一部あり</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="147" />
      <source>Complete</source>
      <translation>あり</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="150" />
      <source>Even through the year</source>
      <translation>年間を通して一定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="151" />
      <source>Month-end peak</source>
      <translation>月末に集中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="152" />
      <source>Seasonal peak</source>
      <translation>季節で繁忙</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="153" />
      <source>Irregular</source>
      <translation>不定期</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="156" />
      <source>Flexible</source>
      <translation>ゆるやか</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="157" />
      <source>Within days</source>
      <translation>数日以内</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="158" />
      <source>Same day</source>
      <translation>当日中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="159" />
      <source>Immediately</source>
      <translation>即時</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="162" />
      <source>Not reviewed</source>
      <translation>未検討</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="163" />
      <source>Eliminate</source>
      <translation>排除（E）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="164" />
      <source>Combine</source>
      <translation>結合（C）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="165" />
      <source>Rearrange</source>
      <translation>入替え（R）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="166" />
      <source>Simplify</source>
      <translation>簡素化（S）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="167" />
      <source>Keep as is</source>
      <translation>現状維持</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="170" />
      <source>In use</source>
      <translation>実施中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="171" />
      <source>Under review</source>
      <translation>検討中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="172" />
      <source>Outsourced</source>
      <translation>外部化済み</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="173" />
      <source>Discontinued</source>
      <translation>廃止</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="187" />
      <source>{n}x per working day</source>
      <translation>毎営業日 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="188" />
      <source>{n}x per week</source>
      <translation>週 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="189" />
      <source>{n}x per month</source>
      <translation>月 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="190" />
      <source>{n}x per year</source>
      <translation>年 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="196" />
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="196" />
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="201" />
      <source>Database: {path}</source>
      <translation>データベース: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="202" />
      <source>Schema: revision {rev}, sync version {ver}</source>
      <translation>スキーマ: リビジョン {rev}、同期バージョン {ver}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="205" />
      <source>Device: {device}</source>
      <translation>端末ID: {device}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="206" />
      <source>Companies: {n}</source>
      <translation>会社: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="207" />
      <source>Areas of work: {n}</source>
      <translation>部署・業務領域: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="208" />
      <source>Tasks: {n}</source>
      <translation>業務: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="209" />
      <source>Procedure steps: {n}</source>
      <translation>手順: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="210" />
      <source>Changes waiting to be sent: {n}</source>
      <translation>送信待ちの変更: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="216" />
      <source>Demo data added: {c} companies, {d} areas of work, {t} tasks, {s} steps.</source>
      <translation>デモデータを追加しました：会社 {c} 社、部署・業務領域 {d}、業務 {t} 件、手順 {s} 件。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="222" />
      <source>Backup written to {path}</source>
      <translation>バックアップを保存しました: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="243" />
      <source>Enter the partner server's address (it begins with https://).</source>
      <translation>パートナーサーバーのURL（https:// で始まるもの）を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="254" />
      <source>http:// is not encrypted and is only allowed for a server on this PC (localhost). Use the https:// address of the partner server.</source>
      <translation>http:// は暗号化されないため、このパソコン上のサーバー（localhost）にしか使えません。パートナーサーバーの https:// で始まるURLを入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="259" />
      <source>The address must begin with https:// (for example https://partner.example.jp).</source>
      <translation>URLは https:// で始めてください（例: https://partner.example.jp）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="267" />
      <source>This database is not connected to a partner server yet.</source>
      <translation>このデータベースはまだパートナーサーバーに接続されていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="268" />
      <source>The connection details of this PC are not stored any more. Connect to the partner server again with a new connection code.</source>
      <translation>このパソコンの接続情報が残っていません。新しい接続コードでもう一度パートナーサーバーに接続してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="273" />
      <source>The partner server no longer accepts this PC (the connection may have been removed). Connect again with a new connection code.</source>
      <translation>パートナーサーバーがこのパソコンからの接続を受け付けていません（接続が解除された可能性があります）。新しい接続コードでもう一度接続してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="278" />
      <source>The partner server needs a newer version of Machishigoto. Please update the app; your changes are kept and are sent after the update.</source>
      <translation>パートナーサーバーを使うには、新しいバージョンのまちしごとが必要です。アプリを更新してください。変更はこのパソコンに残り、更新後に送信されます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="283" />
      <source>Some changes belong to a company this PC is not connected for, so nothing was sent. Ask your partner to check the connection.</source>
      <translation>このパソコンが接続していない会社への変更が含まれているため、何も送信しませんでした。パートナーに接続の設定を確認してもらってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="288" />
      <source>This PC's clock is far off. Set the clock right and sync again.</source>
      <translation>このパソコンの時計が大きくずれています。時計を合わせてから、もう一度同期してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="291" />
      <source>This database looks like a copy of one on another PC. Ask your partner for a new connection code.</source>
      <translation>このデータベースは別のパソコンのデータベースのコピーのようです。パートナーに新しい接続コードを発行してもらってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="296" />
      <source>This connection code has already been used.</source>
      <translation>この接続コードはすでに使われています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="297" />
      <source>This connection code has expired. Ask your partner for a new one.</source>
      <translation>この接続コードは有効期限が切れています。パートナーに新しいコードを発行してもらってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="300" />
      <source>Too many connection attempts. Wait a few minutes and try again.</source>
      <translation>接続の試行回数が多すぎます。数分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="303" />
      <source>The changes to send are too large for the partner server.</source>
      <translation>送信する変更が大きすぎて、パートナーサーバーが受け取れません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="304" />
      <source>The partner server did not know this address or code. Check the URL and the code.</source>
      <translation>パートナーサーバーでこのURLまたは接続コードが見つかりませんでした。URLと接続コードを確認してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="307" />
      <location filename="../../desktop/gui/messages.py" line="308" />
      <source>The partner server did not accept the data ({detail}).</source>
      <translation>パートナーサーバーがデータを受け付けませんでした（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="309" />
      <source>The partner server had an error. Try again later; nothing on this PC was lost.</source>
      <translation>パートナーサーバーでエラーが発生しました。しばらくしてからもう一度お試しください。このパソコンのデータは失われていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="313" />
      <source>Sync did not work ({code}).</source>
      <translation>同期できませんでした（{code}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="320" />
      <source>connect again</source>
      <translation>もう一度接続してください</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="321" />
      <source>connection no longer valid</source>
      <translation>接続が無効になりました</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="322" />
      <source>app update needed</source>
      <translation>アプリの更新が必要です</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="323" />
      <source>change for a company not connected</source>
      <translation>接続していない会社への変更があります</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="324" />
      <source>PC clock far off</source>
      <translation>パソコンの時計が大きくずれています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="325" />
      <source>copied database</source>
      <translation>コピーされたデータベースです</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="326" />
      <source>server error</source>
      <translation>サーバーのエラー</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="328" />
      <source>error ({code})</source>
      <translation>エラー（{code}）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="345" />
      <source>The partner server's certificate could not be verified, so no connection was made. Check the URL, or ask your partner about the server's certificate.</source>
      <translation>パートナーサーバーの証明書を確認できなかったため、接続しませんでした。URLを確認するか、サーバーの証明書についてパートナーに問い合わせてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="350" />
      <source>Cannot reach the server. Check the network and the URL.</source>
      <translation>サーバーに接続できません。ネットワークとURLを確認してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="354" />
      <source>This PC has no place to store credentials, so the connection details are kept only until the app is closed.</source>
      <translation>このパソコンには資格情報の保存場所がないため、接続情報はアプリを閉じるまでだけ保持されます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="362" />
      <source>This PC has no place to store credentials, so the connection details are kept only while this command runs. Use “connect URL CODE --then-sync” to sync right away.</source>
      <translation>このパソコンには資格情報の保存場所がないため、接続情報はこのコマンドの実行中だけ保持されます。すぐに同期するには「connect URL CODE --then-sync」を使ってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="370" />
      <source>No connection details are stored for this database (this PC has no credential store, or the connection was removed). Run “machishigoto connect URL CODE --then-sync” again with a new connection code.</source>
      <translation>このデータベースの接続情報が保存されていません（このパソコンに資格情報の保存場所がないか、接続が解除されました）。新しい接続コードで「machishigoto connect URL CODE --then-sync」をもう一度実行してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="379" />
      <source>Connected to {url} ({scopes}).</source>
      <translation>{url} に接続しました（{scopes}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="386" />
      <source>Synced: {pushed} sent, {pulled} received, {conflicts} open conflicts, {waiting} waiting.</source>
      <translation>同期しました: 送信 {pushed} 件、受信 {pulled} 件、競合 {conflicts} 件、送信待ち {waiting} 件</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="392" />
      <source>Give the sync bundle file, for example E:\machishigoto.mshg</source>
      <translation>同期ファイルを指定してください（例：E:\machishigoto.mshg）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="396" />
      <source>Sync bundle written to {path} ({n} items). Carry it to the other PC and import it there.</source>
      <translation>同期ファイルを {path} に書き出しました（{n} 件）。もう一方のパソコンに運んで取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="402" />
      <source>Sync bundle {path} imported: {cells} values updated, {conflicts} new conflicts.</source>
      <translation>同期ファイル {path} を取り込みました：更新 {cells} 件、新しい競合 {conflicts} 件。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="410" />
      <source>{path} is not a Machishigoto sync bundle. Nothing was changed.</source>
      <translation>{path} は、まちしごとの同期ファイルではありません。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="413" />
      <source>{path} is damaged or incomplete (copy it again). Nothing was changed.</source>
      <translation>{path} は壊れているか、途中までしかありません（もう一度コピーしてください）。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="416" />
      <source>{path} was changed after it was made, or comes from another partner. Nothing was changed.</source>
      <translation>{path} は作成後に書き換えられたか、別のパートナーのファイルです。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="420" />
      <source>{path} belongs to a company this PC is not connected to. Nothing was changed.</source>
      <translation>{path} は、このパソコンが接続していない会社のファイルです。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="423" />
      <source>{path} was made by a newer version of Machishigoto. Please update the app.</source>
      <translation>{path} は新しいバージョンのまちしごとで作られています。アプリを更新してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="426" />
      <source>This PC has no bundle key yet: connect it to the partner server once (or choose the company).</source>
      <translation>このパソコンには同期ファイル用の鍵がまだありません。一度パートナーサーバーに接続してください（または会社を指定してください）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="430" />
      <source>The file {path} does not exist.</source>
      <translation>ファイル {path} が見つかりません。</translation>
    </message>
  </context>
  <context>
    <name>PreviewModel</name>
    <message>
      <location filename="../../desktop/gui/import_preview_model.py" line="55" />
      <source>Row</source>
      <translation>行</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_preview_model.py" line="57" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_preview_model.py" line="96" />
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_preview_model.py" line="98" />
      <source>Duplicate</source>
      <translation>重複</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_preview_model.py" line="99" />
      <source>Warning</source>
      <translation>注意</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/import_preview_model.py" line="99" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>ProcedureEditor</name>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="113" />
      <source>Procedure steps</source>
      <translation>手順</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="127" />
      <source>Remove step</source>
      <translation>手順を削除</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="134" />
      <source>Next step, e.g. 請求書を印刷して封筒に入れる</source>
      <translation>次の手順（例：請求書を印刷して封筒に入れる）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="135" />
      <source>New step</source>
      <translation>新しい手順</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="137" />
      <source>&amp;Internal only</source>
      <translation>社内のみ(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="138" />
      <source>Passwords, bank details and the like: kept in the company</source>
      <translation>パスワードや口座情報など、社外に出さない手順</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="139" />
      <source>Add ste&amp;p</source>
      <translation>手順を追加(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="141" />
      <source>Move &amp;up</source>
      <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="142" />
      <source>Move do&amp;wn</source>
      <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="143" />
      <source>&amp;Remove step</source>
      <translation>手順を削除(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="147" />
      <source>Procedure</source>
      <translation>進め方</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="176" />
      <source>How “{name}” is done, step by step:</source>
      <translation>「{name}」の進め方（手順ごと）：</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="190" />
      <source>Choose a task in the table above to write down its steps.</source>
      <translation>上の表で業務を選ぶと、その手順を書き込めます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="194" />
      <source>No steps yet. Write the first step below and press Enter; tick “Internal only” for passwords or bank details.</source>
      <translation>まだ手順がありません。下に最初の手順を書いて Enter キーを押してください。パスワードや口座情報は「社内のみ」にチェックを入れてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="229" />
      <source>Type the step first.</source>
      <translation>先に手順を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="231" />
      <source>Add step “{text}”</source>
      <translation>手順「{text}」の追加</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="239" />
      <source>Step added.</source>
      <translation>手順を追加しました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="245" />
      <source>A step cannot be empty; use “Remove step” instead.</source>
      <translation>手順を空にはできません。「手順を削除」を使ってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="248" />
      <source>Edit step</source>
      <translation>手順の編集</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="251" />
      <source>Saved.</source>
      <translation>保存しました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="261" />
      <source>Move step</source>
      <translation>手順の移動</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="270" />
      <source>Remove step “{text}”</source>
      <translation>手順「{text}」の削除</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="272" />
      <source>Step removed. Undo: {keys}</source>
      <translation>手順を削除しました。元に戻す: {keys}</translation>
    </message>
  </context>
  <context>
    <name>ProfileStep</name>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="52" />
      <source>Required. As it is written on invoices, e.g. 有限会社 山里茶園.</source>
      <translation>必須です。請求書に書いているとおりに入力してください。例：有限会社 山里茶園</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="53" />
      <source>In your own words, e.g. tea growing and a farm shop.</source>
      <translation>ふだんの言葉で構いません。例：お茶の栽培と直売所</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="54" />
      <source>Everyone who works here, part-timers included.</source>
      <translation>ここで働く全員の人数です（パート・アルバイトも含みます）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="56" />
      <source>What an hour of staff time costs the company, roughly (wage plus extras). Used to show savings in yen; leave empty if unsure.</source>
      <translation>社員が1時間働くと会社にかかる、おおよその費用です（給与と諸経費）。削減額を円で示すのに使います。わからなければ空欄のままで構いません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="62" />
      <source>Company name</source>
      <translation>会社名</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="72" />
      <source>people</source>
      <translation>人</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="74" />
      <source>yen an hour</source>
      <translation>円／時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="83" />
      <source>&amp;Register another company…</source>
      <translation>別の会社を登録(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="85" />
      <source>Clear the form to register another company and inventory its work</source>
      <translation>入力欄を空にして、別の会社を登録し、その業務を棚卸しします</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="96" />
      <source>The current company's inventory stays as it is.</source>
      <translation>今の会社の棚卸しはそのまま残ります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="103" />
      <source>The company</source>
      <translation>会社について</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="107" />
      <source>First a few words about the company. Only the name is required. Everything you type is saved as soon as you move to the next box.</source>
      <translation>まず会社について少し教えてください。必須は会社名だけです。入力した内容は、次の欄に移るとすぐに保存されます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="199" />
      <source>Please enter the company's name first.</source>
      <translation>先に会社名を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="219" />
      <source>Company registered and saved.</source>
      <translation>会社を登録して保存しました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="224" />
      <source>Edit company "{name}"</source>
      <translation>会社情報「{name}」の変更</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="227" />
      <source>Saved.</source>
      <translation>保存しました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="232" />
      <location filename="../../desktop/gui/wizard/profile_step.py" line="238" />
      <source>This company no longer exists; nothing was saved.</source>
      <translation>この会社はすでに削除されています。保存は行われませんでした。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="254" />
      <source>Please enter the company's name.</source>
      <translation>会社名を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="256" />
      <source>The company name is too long (at most {limit} characters).</source>
      <translation>会社名が長すぎます（{limit} 文字まで）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="260" />
      <source>{label}: please write a number, for example 12.</source>
      <translation>「{label}」：数字で入力してください（例：12）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/profile_step.py" line="279" />
      <source>Enter the new company's name to start its inventory.</source>
      <translation>棚卸しを始めるには、新しい会社の名前を入力してください。</translation>
    </message>
  </context>
  <context>
    <name>ResultsStep</name>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="92" />
      <source>Tasks listed</source>
      <translation>洗い出した業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="93" />
      <source>Working time they take</source>
      <translation>かかっている時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="94" />
      <source>Saved by improving (ECRS)</source>
      <translation>改善（ECRS）で減らせる時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="95" />
      <source>Details still missing</source>
      <translation>まだ未入力の詳細</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="103" />
      <source>Area</source>
      <translation>部署</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="103" />
      <location filename="../../desktop/gui/wizard/results_step.py" line="112" />
      <source>Tasks</source>
      <translation>業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="103" />
      <location filename="../../desktop/gui/wizard/results_step.py" line="112" />
      <source>Hours a month</source>
      <translation>月間時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="105" />
      <source>Hours by area</source>
      <translation>部署ごとの時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="106" />
      <source>By area of work</source>
      <translation>部署・業務領域ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="112" />
      <source>Could it be handed over?</source>
      <translation>外部に任せられるか</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="114" />
      <source>Tasks by suitability</source>
      <translation>判定ごとの業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="116" />
      <source>Show the &amp;candidates for telework/BPO</source>
      <translation>テレワーク・BPOの候補を表示(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="119" />
      <source>What could be handed to local remote workers</source>
      <translation>地域のテレワーカーに任せられそうな業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="138" />
      <source>Results</source>
      <translation>結果</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="142" />
      <source>This is what the inventory found. Nothing more to enter here: everything is saved. Go back to any step to correct something.</source>
      <translation>棚卸しの結果です。ここで入力することはありません。すべて保存されています。直したいときは、そのステップに戻ってください。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/results_step.py" line="160" />
      <location filename="../../desktop/gui/wizard/results_step.py" line="177" />
      <source>%n task(s)</source>
      <translation>
        <numerusform>業務 %n 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/results_step.py" line="160" />
      <source>in %n area(s) of work</source>
      <translation>
        <numerusform>部署・業務領域 %n か所</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="163" />
      <location filename="../../desktop/gui/wizard/results_step.py" line="169" />
      <source>about ¥{amount} a month</source>
      <translation>月 約 {amount} 円</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="167" />
      <location filename="../../desktop/gui/wizard/results_step.py" line="173" />
      <source>{hours} h a month</source>
      <translation>月 {hours} 時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="174" />
      <source>before anything is handed over</source>
      <translation>外部に任せる前の段階で</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="178" />
      <source>Fill them in at step 4.</source>
      <translation>ステップ4で入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="180" />
      <source>Everything filled in.</source>
      <translation>すべて入力済みです。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/results_step.py" line="189" />
      <source>(no area)</source>
      <translation>（部署なし）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/results_step.py" line="211" />
      <source>%n task(s) could go to local remote workers now or after some preparation: {hours} hours a month.</source>
      <translation>
        <numerusform>%n 件の業務は、今すぐ、または準備をすれば地域のテレワーカーに任せられそうです：月 {hours} 時間。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>StepsModel</name>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="64" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="64" />
      <source>Step</source>
      <translation>手順</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="64" />
      <source>Internal only</source>
      <translation>社内のみ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/procedure.py" line="78" />
      <source>Internal only: never printed on a worker's task sheet nor shown to a worker</source>
      <translation>社内のみ：作業者向けの作業シートに印刷せず、作業者にも表示しません</translation>
    </message>
  </context>
  <context>
    <name>Suitability</name>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="18" />
      <source>Suitable for telework/BPO</source>
      <translation>テレワーク・BPO向き</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="19" />
      <source>Conditional</source>
      <translation>条件付き</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="20" />
      <source>Keep in-house</source>
      <translation>社内で継続</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="21" />
      <source>Not filled in</source>
      <translation>未入力</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="22" />
      <source>To be eliminated</source>
      <translation>廃止予定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="23" />
      <source>Discontinued</source>
      <translation>廃止済み</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="31" />
      <source>Can be handed to a local remote worker as it is.</source>
      <translation>このまま地域のテレワーカーに任せられます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="32" />
      <source>Can be handed over once the preparation listed is done.</source>
      <translation>下の準備が済めば任せられます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="33" />
      <source>Best kept in the company for now.</source>
      <translation>今は社内で続けるのがよい業務です。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="34" />
      <source>Minutes or frequency are missing, so it cannot be judged yet.</source>
      <translation>時間か頻度が未入力のため、まだ判定できません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="37" />
      <source>Marked to be eliminated (ECRS), so it is not handed over.</source>
      <translation>改善（ECRS）で廃止予定のため、外部には出しません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="38" />
      <source>No longer done.</source>
      <translation>今は行っていない業務です。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="46" />
      <source>On-site</source>
      <translation>現地作業</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="47" />
      <source>Confidentiality</source>
      <translation>機密性</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="48" />
      <source>Paper</source>
      <translation>紙</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="49" />
      <source>Personal data</source>
      <translation>個人情報</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="50" />
      <source>Only one person</source>
      <translation>属人化</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="51" />
      <source>Amount of work</source>
      <translation>仕事の量</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="52" />
      <source>How often</source>
      <translation>頻度</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="53" />
      <source>Written procedure</source>
      <translation>手順書</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="54" />
      <source>Deadline</source>
      <translation>締切</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="55" />
      <source>Busy season</source>
      <translation>繁忙期</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="56" />
      <source>Limit 0-100</source>
      <translation>0〜100 の範囲</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="69" />
      <source>No on-site work: it can be done from home.</source>
      <translation>現地での作業がないので、在宅でできます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="70" />
      <source>Sometimes needs someone at the farm or office.</source>
      <translation>ときどき現場や事務所に人が必要です。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="71" />
      <source>Must always be done on site.</source>
      <translation>いつも現地で行う必要があります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="72" />
      <source>Uses only public information.</source>
      <translation>公開してよい情報だけを使います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="73" />
      <source>Uses internal information of the company.</source>
      <translation>社内の情報を使います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="74" />
      <source>Uses confidential information (money, contracts).</source>
      <translation>お金や契約などの機密情報を使います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="77" />
      <source>The documents are on the computer.</source>
      <translation>書類はパソコンの中にあります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="78" />
      <source>Partly on paper.</source>
      <translation>一部が紙です。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="79" />
      <source>Only on paper: someone outside cannot see it.</source>
      <translation>紙だけなので、外の人には見えません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="80" />
      <source>Handles personal data (names, addresses of customers or staff).</source>
      <translation>個人情報（お客様や従業員の名前・住所など）を扱います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="83" />
      <source>No personal data.</source>
      <translation>個人情報は扱いません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="84" />
      <source>More than one person can do it.</source>
      <translation>複数の人ができます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="85" />
      <source>Only one person knows how, and nothing is written down.</source>
      <translation>やり方を知っているのは一人だけで、何も書き残されていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="88" />
      <source>Only one person knows how; the procedure is only partly written.</source>
      <translation>やり方を知っているのは一人だけで、手順は一部しか書かれていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="91" />
      <source>Only one person does it, but the procedure is written down.</source>
      <translation>担当は一人ですが、手順は書き残されています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="94" />
      <source>{hours} hours a month: the more work, the more it is worth handing over.</source>
      <translation>月 {hours} 時間：量が多いほど任せる価値があります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="97" />
      <source>Done often (about {per_month} times a month): easy to make a routine.</source>
      <translation>よく行う（月に約 {per_month} 回）ので、決まった手順にしやすい業務です。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="100" />
      <source>Done about {per_month} times a month.</source>
      <translation>月に約 {per_month} 回行います。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="101" />
      <source>Done less than once a month: it must be relearned each time.</source>
      <translation>月 1 回より少ないので、毎回やり方を思い出す必要があります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="104" />
      <source>No written procedure yet.</source>
      <translation>手順書はまだありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="105" />
      <source>The procedure is partly written.</source>
      <translation>手順は一部だけ書かれています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="106" />
      <source>Written procedure: it is clear what to deliver.</source>
      <translation>手順書があるので、何を仕上げればよいかがはっきりしています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="107" />
      <source>No tight deadline.</source>
      <translation>厳しい締切はありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="108" />
      <source>Has a few days' time.</source>
      <translation>数日の余裕があります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="109" />
      <source>Must be finished the same day.</source>
      <translation>その日のうちに終える必要があります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="110" />
      <source>Must be handled at once.</source>
      <translation>すぐに対応する必要があります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="111" />
      <source>The same amount all year.</source>
      <translation>一年を通して同じくらいの量です。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="112" />
      <source>Busy at month end: outside help evens out the peak.</source>
      <translation>月末に集中するので、外部の手を借りると山をならせます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="115" />
      <source>Busy in one season: outside help is most useful then.</source>
      <translation>ある季節に忙しくなるので、その時期に外部の手が役立ちます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="118" />
      <source>Busy at irregular times.</source>
      <translation>忙しくなる時期が不定期です。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="119" />
      <source>The score stops at 100 (the sum was {raw}).</source>
      <translation>点数は 100 が上限です（合計は {raw}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="120" />
      <source>The score stops at 0 (the sum was {raw}).</source>
      <translation>点数は 0 が下限です（合計は {raw}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="129" />
      <source>Put the paper on the computer (scan or type it in)</source>
      <translation>紙をパソコンに取り込む（スキャンまたは入力）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="130" />
      <source>Write down the procedure</source>
      <translation>手順書を作る</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="131" />
      <source>Separate the part that must be done on site</source>
      <translation>現地でしかできない部分を切り分ける</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="132" />
      <source>Teach a second person what only one person knows</source>
      <translation>一人しか知らないやり方を、もう一人に伝える</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="133" />
      <source>Agree how personal data is handled (hide names, contract)</source>
      <translation>個人情報の扱いを決める（名前を伏せる・契約を結ぶ）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="141" />
      <source>must always be done on site</source>
      <translation>いつも現地での作業が必要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="142" />
      <source>must be handled at once</source>
      <translation>すぐに対応しなければならない</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="143" />
      <source>confidential and with personal data</source>
      <translation>機密情報と個人情報の両方を扱う</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="164" />
      <source>¥{amount}</source>
      <translation>{amount} 円</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="191" />
      <source>{category}: {help}</source>
      <translation>{category}：{help}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="197" />
      <source>This is your judgement (reason: {reason}). Computed: {computed}.</source>
      <translation>これは自社の判断です（理由：{reason}）。計算による判定：{computed}。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="203" />
      <source>Fill in first: {fields}.</source>
      <translation>先に入力してください：{fields}。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="206" />
      <source>Kept in-house because it {reasons}.</source>
      <translation>{reasons}ため、社内で続けます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="209" />
      <source>First: {steps}.</source>
      <translation>まず：{steps}。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="212" />
      <source>After that the score would be {n}.</source>
      <translation>そうすれば点数は {n} 点になります。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="225" />
      <source>Candidates together</source>
      <translation>候補の合計</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="241" />
      <source>the company's internal hourly cost</source>
      <translation>社内の時間単価</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="242" />
      <source>the hourly rate of outsourced work</source>
      <translation>外部化したときの時間単価</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="244" />
      <source> and </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="246" />
      <source>Not enough data for yen: set {what} on the “Company profile” page.</source>
      <translation>金額を出すためのデータが足りません：「会社情報」のページで{what}を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="251" />
      <source>ECRS: no time savings entered yet.</source>
      <translation>ECRS：削減できる時間はまだ入力されていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="254" />
      <source>ECRS improvements save {hours} hours a month before anything is handed over.</source>
      <translation>ECRS の改善で、外部に任せる前に月 {hours} 時間減らせます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="260" />
      <source>ECRS improvements save {hours} hours ({yen}) a month before anything is handed over.</source>
      <translation>ECRS の改善で、外部に任せる前に月 {hours} 時間（{yen}）減らせます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="279" />
      <source>{step} — {n} tasks, {hours} h a month</source>
      <translation>{step} — 業務 {n} 件、月 {hours} 時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/suitability_text.py" line="285" />
      <source>{name} ({hours} h a month)</source>
      <translation>{name}（月 {hours} 時間）</translation>
    </message>
  </context>
  <context>
    <name>SyncController</name>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="114" />
      <source>Syncing</source>
      <translation>同期中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="184" />
      <source>Connecting</source>
      <translation>接続中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="194" />
      <source>Checking sync status</source>
      <translation>同期の状態を確認中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="228" />
      <source>Syncing…</source>
      <translation>同期中…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="230" />
      <source>Not connected</source>
      <translation>未接続</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="232" />
      <source>Sync stopped: {reason}</source>
      <translation>同期停止: {reason}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="234" />
      <source>Offline</source>
      <translation>オフライン</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="236" />
      <source>Last sync {time}</source>
      <translation>最終同期 {time}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="237" />
      <source>Connected, not synced yet</source>
      <translation>接続済み（未同期）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="241" />
      <source>No partner server is set up yet; everything is kept on this PC.</source>
      <translation>パートナーサーバーはまだ設定されていません。データはすべてこのパソコンに保存されています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="242" />
      <source>Partner server: {url}</source>
      <translation>パートナーサーバー: {url}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="246" />
      <source>The server cannot be reached; changes are kept and sent later.</source>
      <translation>サーバーに接続できません。変更はこのパソコンに残り、あとで送信されます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="248" />
      <source>Last sync: {time}</source>
      <translation>最終同期: {time}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/sync_controller.py" line="254" />
      <source>%n conflict(s)</source>
      <translation>
        <numerusform>競合 %n 件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/sync_controller.py" line="261" />
      <source>Your PC's clock is off (about %n minute(s))</source>
      <translation>
        <numerusform>パソコンの時計がずれています（約%n分）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="265" />
      <source>unexpected error</source>
      <translation>予期しないエラー</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/sync_controller.py" line="270" />
      <source>Sync failed unexpectedly; it is tried again later.</source>
      <translation>予期しないエラーで同期できませんでした。あとで自動的にもう一度試します。</translation>
    </message>
  </context>
  <context>
    <name>TaskDialog</name>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="52" />
      <source>Add task</source>
      <translation>業務の追加</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="52" />
      <source>Edit task</source>
      <translation>業務の編集</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="58" />
      <source>e.g. Monthly invoicing</source>
      <translation>例：月末の請求書発行</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="60" />
      <source>(none)</source>
      <translation>（なし）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="67" />
      <source>Times</source>
      <translation>回数</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="69" />
      <source>Period</source>
      <translation>期間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="72" />
      <source>Not known yet</source>
      <translation>未入力（あとで）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="73" />
      <source> min</source>
      <translation> 分</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="76" />
      <source>Hours a month</source>
      <translation>月あたりの時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="91" />
      <source>Basics</source>
      <translation>基本</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="105" />
      <source>Frequency and time</source>
      <translation>頻度と時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="111" />
      <source>How it is done</source>
      <translation>進め方</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="121" />
      <source>Assessment</source>
      <translation>判断</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="153" />
      <source>Save (Ctrl+Enter)</source>
      <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="261" />
      <source>{hours} hours a month</source>
      <translation>月あたり {hours} 時間</translation>
    </message>
  </context>
  <context>
    <name>TaskPage</name>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="68" />
      <source>Filter tasks…</source>
      <translation>業務を絞り込む…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="71" />
      <source>Words in name, description, performer, tools, skills or note (Ctrl+F)</source>
      <translation>業務名・内容・担当者・道具・スキル・メモに含まれる言葉 (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="73" />
      <source>&amp;Filter:</source>
      <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="77" />
      <source>&amp;Area:</source>
      <translation>部署(&amp;A):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="83" />
      <source>Tasks</source>
      <translation>業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="94" />
      <source>&amp;Add</source>
      <translation>追加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="94" />
      <source>Add a task (Ctrl+N)</source>
      <translation>業務を追加します (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="96" />
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="96" />
      <source>Edit the task (Enter)</source>
      <translation>業務を編集します (Enter)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="101" />
      <source>&amp;Delete</source>
      <translation>削除(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="101" />
      <source>Delete the task (Del)</source>
      <translation>業務を削除します (Del)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="121" />
      <source>First register a company on the “Company profile” page.</source>
      <translation>まず「会社情報」のページで会社を登録してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="146" />
      <source>Task inventory</source>
      <translation>業務一覧</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="169" />
      <source>All areas of work</source>
      <translation>すべての部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="193" />
      <source>Loading tasks</source>
      <translation>業務を読み込んでいます</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="268" />
      <source>{shown} of {total} tasks shown — {hours} hours a month</source>
      <translation>{total} 件中 {shown} 件を表示 — 月あたり {hours} 時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="329" />
      <source>Deleted “{name}”. Undo: {keys}</source>
      <translation>「{name}」を削除しました。元に戻す: {keys}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="331" />
      <source>Deleted {n} tasks. Undo: {keys}</source>
      <translation>{n} 件の業務を削除しました。元に戻す: {keys}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="345" />
      <source>The task, its company or its area of work no longer exists. The list was reloaded.</source>
      <translation>この業務、その会社、または部署・業務領域はすでに削除されています。一覧を読み込み直しました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/pages/task_page.py" line="349" />
      <source>The operation failed: {error}</source>
      <translation>処理を完了できませんでした: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_commands.py" line="26" />
      <source>Add task “{name}”</source>
      <translation>業務「{name}」の追加</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_commands.py" line="53" />
      <source>Edit task “{name}”</source>
      <translation>業務「{name}」の編集</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_commands.py" line="70" />
      <source>Delete task “{name}”</source>
      <translation>業務「{name}」の削除</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_commands.py" line="73" />
      <source>Delete {n} tasks</source>
      <translation>{n} 件の業務の削除</translation>
    </message>
  </context>
  <context>
    <name>TaskTableModel</name>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="106" />
      <source>Task</source>
      <translation>業務名</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="107" />
      <source>Area</source>
      <translation>部署</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="108" />
      <source>Done by</source>
      <translation>担当</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="109" />
      <source>Frequency</source>
      <translation>頻度</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="110" />
      <source>Min.</source>
      <translation>1回(分)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="112" />
      <source>Hours/month</source>
      <translation>月間時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="113" />
      <source>Hours a month: times a month × minutes each (a month has 20 working days)</source>
      <translation>月間時間 = 月あたりの回数 × 1回の所要時間（1か月 = 20 営業日で計算）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="115" />
      <source>Medium</source>
      <translation>紙/電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="116" />
      <source>On-site</source>
      <translation>現地</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="117" />
      <source>Confidential</source>
      <translation>機密</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="118" />
      <source>One person</source>
      <translation>属人化</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="119" />
      <source>Procedure</source>
      <translation>手順書</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="120" />
      <source>ECRS</source>
      <translation>ECRS</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_table.py" line="121" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
  </context>
  <context>
    <name>TasksStep</name>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="74" />
      <source>Areas of work</source>
      <translation>部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="77" />
      <source>A&amp;rea:</source>
      <translation>部署(&amp;R):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="82" />
      <source>Search all typical tasks, e.g. 請求書</source>
      <translation>よくある業務をまとめて検索（例：請求書）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="84" />
      <source>&amp;Search:</source>
      <translation>検索(&amp;S):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="87" />
      <source>Tasks to tick</source>
      <translation>チェックする業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="92" />
      <source>Task</source>
      <translation>業務名</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="92" />
      <source>Usually</source>
      <translation>ふだんの頻度</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="92" />
      <source>Each time</source>
      <translation>1回の時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="92" />
      <source>What it is</source>
      <translation>内容</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="101" />
      <source>Tick &amp;all in this list</source>
      <translation>この一覧をすべてチェック(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="105" />
      <source>e.g. 直売所の棚の補充と値札付け</source>
      <translation>例：直売所の棚の補充と値札付け</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="106" />
      <source>Name of your own task</source>
      <translation>自社の業務の名前</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="110" />
      <source>Times</source>
      <translation>回数</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="115" />
      <source>Period</source>
      <translation>期間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="119" />
      <source> min</source>
      <translation> 分</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="121" />
      <source>A&amp;dd task</source>
      <translation>業務を追加(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="123" />
      <source>&amp;Name:</source>
      <translation>名前(&amp;N):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="125" />
      <source>How often:</source>
      <translation>頻度:</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="127" />
      <source>Each time:</source>
      <translation>1回の時間:</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="142" />
      <source>A task that is not in the list</source>
      <translation>一覧にない業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="170" />
      <source>Pick the tasks</source>
      <translation>業務を選ぶ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="174" />
      <source>Choose an area on the left, then tick the tasks the company does. Each tick is saved at once. Times are usual values; you can correct them in the next step.</source>
      <translation>左で部署・業務領域を選び、会社で行っている業務にチェックを入れてください。チェックはその都度保存されます。時間は一般的な目安です。次のステップで直せます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="194" />
      <source>{name} ({n})</source>
      <translation>{name}（{n}）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="208" />
      <source>Tasks picked: {n} in all, {hours} hours a month</source>
      <translation>選んだ業務：全部で {n} 件、月 {hours} 時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="226" />
      <source>Pick the areas of work in the previous step first.</source>
      <translation>先に前のステップで部署・業務領域を選んでください。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="233" />
      <source>%n task(s) found. A ticked task goes into “{area}”.</source>
      <translation>
        <numerusform>%n 件の業務が見つかりました。チェックした業務は「{area}」に入ります。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="243" />
      <source>Typical tasks of “{area}”:</source>
      <translation>「{area}」のよくある業務：</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="247" />
      <source>There are no typical tasks for “{area}”. Search above, or add your own below.</source>
      <translation>「{area}」には、よくある業務の一覧がありません。上で検索するか、下で自社の業務を追加してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="256" />
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="269" />
      <source>{n} min</source>
      <translation>{n} 分</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="257" />
      <source>(your own task) </source>
      <translation>（自社の業務）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="266" />
      <source>(in “{area}”) </source>
      <translation>（「{area}」に登録済み）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="266" />
      <source>no area</source>
      <translation>部署なし</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="348" />
      <source>Add task “{name}”</source>
      <translation>業務「{name}」の追加</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="351" />
      <source>Add %n task(s)</source>
      <translation>
        <numerusform>業務 %n 件の追加</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="355" />
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="392" />
      <source>“{name}” added.</source>
      <translation>「{name}」を追加しました。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="357" />
      <source>%n task(s) added.</source>
      <translation>
        <numerusform>業務を %n 件追加しました。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="363" />
      <source>“{name}” removed. Undo: {keys}</source>
      <translation>「{name}」を外しました。元に戻す: {keys}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/tasks_step.py" line="403" />
      <source>Please tick at least one task to go on.</source>
      <translation>先に進むには、業務を一つ以上チェックしてください。</translation>
    </message>
  </context>
  <context>
    <name>Wizard</name>
    <message>
      <location filename="../../desktop/gui/wizard/common.py" line="87" />
      <source>This was removed meanwhile (perhaps on another PC). The screen was refreshed.</source>
      <translation>この項目はすでに削除されていました（別のパソコンで削除された可能性があります）。画面を更新しました。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/common.py" line="90" />
      <source>That did not work: {error}</source>
      <translation>うまくいきませんでした: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/common.py" line="97" />
      <source>Minutes saved can only be given when the task is improved (E, C, R or S).</source>
      <translation>削減できる時間を入力できるのは、改善する業務（E・C・R・S）の場合だけです。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/wizard/common.py" line="100" />
      <source>Minutes saved a month can be at most {limit}, the time the task takes.</source>
      <translation>月あたりの削減時間は、この業務にかかる時間の {limit} 分までです。</translation>
    </message>
  </context>
</TS>