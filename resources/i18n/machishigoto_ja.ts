<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/gui/app.py" line="54"/>
        <location filename="../../desktop/gui/app.py" line="63"/>
        <location filename="../../desktop/gui/app.py" line="76"/>
        <location filename="../../desktop/gui/app.py" line="177"/>
        <source>Machishigoto</source>
        <translation>まちしごと</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/app.py" line="107"/>
        <source>Daily backup</source>
        <translation>毎日のバックアップ</translation>
    </message>
</context>
<context>
    <name>AreasStep</name>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="59"/>
        <source>Typical areas</source>
        <translation>よくある部署・業務領域</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="63"/>
        <source>None yet.</source>
        <translation>まだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="66"/>
        <source>e.g. 直売所, 茶工場</source>
        <translation>例：直売所、茶工場</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="67"/>
        <source>Name of another area</source>
        <translation>ほかの部署・業務領域の名前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="69"/>
        <source>&amp;Add area</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="71"/>
        <source>&amp;Other area:</source>
        <translation>ほかの部署・業務領域(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="77"/>
        <source>The company&apos;s own areas</source>
        <translation>この会社独自の部署・業務領域</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="100"/>
        <source>Areas of work</source>
        <translation>部署・業務領域</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="104"/>
        <source>Tick every area of work the company has. If one is missing, type its name under “The company&apos;s own areas”. You can change this later.</source>
        <translation>会社にある部署・業務領域をすべてチェックしてください。一覧にないものは、「この会社独自の部署・業務領域」に名前を入力してください。あとから変更できます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/areas_step.py" line="139"/>
        <source>%n task(s) in this area</source>
        <translation>
            <numerusform>この領域の業務：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="151"/>
        <source>Pick area &quot;{name}&quot;</source>
        <translation>部署・業務領域「{name}」の選択</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="153"/>
        <source>“{name}” added.</source>
        <translation>「{name}」を追加しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/areas_step.py" line="161"/>
        <source>“{name}” still has %n task(s). Untick them in the next step first, then this area can be removed.</source>
        <translation>
            <numerusform>「{name}」にはまだ業務が %n 件あります。この領域を外すには、先に次のステップでその業務のチェックを外してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="171"/>
        <source>Remove area of work &quot;{name}&quot;</source>
        <translation>部署・業務領域「{name}」の削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="174"/>
        <source>“{name}” removed. Undo: {keys}</source>
        <translation>「{name}」を外しました。元に戻す: {keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="183"/>
        <source>Type the name of the area first.</source>
        <translation>先に領域の名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="187"/>
        <source>“{name}” is already there.</source>
        <translation>「{name}」はすでにあります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/areas_step.py" line="199"/>
        <source>Please tick at least one area to go on.</source>
        <translation>先に進むには、部署・業務領域を一つ以上チェックしてください。</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="45"/>
        <source>Edit assignment {code}</source>
        <translation>割り当て {code} の編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="48"/>
        <source>{task} — {worker} ({role})</source>
        <translation>{task} — {worker}（{role}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="56"/>
        <source>&amp;No end date</source>
        <translation>終了日なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="67"/>
        <source> yen/h</source>
        <translation> 円/時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="73"/>
        <source> h/month</source>
        <translation> 時間/月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="93"/>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="94"/>
        <source>End</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="116"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_dialog.py" line="146"/>
        <source>This assignment no longer exists.</source>
        <translation>この割り当てはもうありません。</translation>
    </message>
</context>
<context>
    <name>AssignmentTableModel</name>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="50"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="51"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="52"/>
        <source>Task</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="53"/>
        <source>Worker</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="54"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="55"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="56"/>
        <source>Rate (yen/h)</source>
        <translation>単価（円/時）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="57"/>
        <source>Hours/month</source>
        <translation>時間/月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assignment_table.py" line="58"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>AssignmentsPage</name>
    <message>
        <location filename="../../desktop/gui/assign_commands.py" line="166"/>
        <source>Edit assignment {code}</source>
        <translation>割り当て {code} の編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_commands.py" line="188"/>
        <source>End assignment {code}</source>
        <translation>割り当て {code} の終了</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_commands.py" line="191"/>
        <source>End {n} assignments</source>
        <translation>{n}件の割り当ての終了</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_commands.py" line="210"/>
        <source>Delete assignment {code}</source>
        <translation>割り当て {code} の削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_commands.py" line="213"/>
        <source>Delete {n} assignments</source>
        <translation>{n}件の割り当ての削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="72"/>
        <source>Task, worker or short code…</source>
        <translation>業務・担当者・コードで絞り込み…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="74"/>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="76"/>
        <source>A&amp;ll companies</source>
        <translation>全社を表示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="77"/>
        <source>Show the assignments of every company, not only the current one</source>
        <translation>選択中の会社だけでなく、すべての会社の割当を表示します</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="26"/>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="82"/>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="158"/>
        <source>Assignments</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="93"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="93"/>
        <source>Edit the assignment (Enter)</source>
        <translation>割り当てを編集（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="99"/>
        <source>E&amp;nd</source>
        <translation>終了(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="99"/>
        <source>End the assignment today (Ctrl+E)</source>
        <translation>今日付けで割り当てを終了（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="103"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="104"/>
        <source>Delete the assignment (Del); Ctrl+Z brings it back</source>
        <translation>割り当てを削除（Del）。Ctrl+Zで元に戻せます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="108"/>
        <source>&amp;Print task sheets…</source>
        <translation>作業指示書を印刷…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="111"/>
        <source>Print the task sheets of the selected assignments, or of all current ones shown (Ctrl+P)</source>
        <translation>選んだ割り当ての作業指示書を印刷します。選んでいないときは、表示中の終了していない割り当てすべてを印刷します（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="65"/>
        <source>Loading assignments</source>
        <translation>割り当てを読み込み中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="197"/>
        <source>Choose a company, or tick “All companies”.</source>
        <translation>会社を選ぶか、「全社を表示」にチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="200"/>
        <source>No assignments yet. Use “Find workers…” on a task to assign someone.</source>
        <translation>まだ割り当てはありません。業務の「担当者を探す…」から割り当ててください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="253"/>
        <source>{shown} of {total} assignments shown — {hours} planned hours a month (not ended)</source>
        <translation>全{total}件中{shown}件を表示 — 月間予定 {hours}時間（終了分を除く）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="325"/>
        <source>Deleted {code}. Undo: {keys}</source>
        <translation>{code}を削除しました。元に戻す：{keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="327"/>
        <source>Deleted {n} assignments. Undo: {keys}</source>
        <translation>{n}件の割り当てを削除しました。元に戻す：{keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="341"/>
        <source>The assignment or its task no longer exists. The list was reloaded.</source>
        <translation>割り当てまたは業務がもうありません。一覧を読み込み直しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/assignments_page.py" line="344"/>
        <source>The operation failed: {error}</source>
        <translation>操作に失敗しました: {error}</translation>
    </message>
</context>
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../desktop/gui/bundle_actions.py" line="32"/>
        <source>Write sync file</source>
        <translation>同期ファイルの書き出し</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_actions.py" line="32"/>
        <location filename="../../desktop/gui/bundle_actions.py" line="53"/>
        <source>Sync file (*.mshg)</source>
        <translation>同期ファイル (*.mshg)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_actions.py" line="43"/>
        <source>Writing sync file</source>
        <translation>同期ファイルを書き出しています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_actions.py" line="53"/>
        <source>Read sync file</source>
        <translation>同期ファイルの取り込み</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_actions.py" line="68"/>
        <source>Reading sync file</source>
        <translation>同期ファイルを取り込んでいます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/bundle_actions.py" line="72"/>
        <location filename="../../desktop/gui/bundle_actions.py" line="83"/>
        <source>Sync file</source>
        <translation>同期ファイル</translation>
    </message>
</context>
<context>
    <name>CandidateTableModel</name>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="38"/>
        <source>Task</source>
        <translation>業務名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="39"/>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="40"/>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="41"/>
        <source>Main reasons</source>
        <translation>主な理由</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="42"/>
        <source>Hours/month</source>
        <translation>月間時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="43"/>
        <source>In-house ¥/month</source>
        <translation>社内コスト（円／月）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="44"/>
        <source>Outsourced ¥/month</source>
        <translation>外部化コスト（円／月）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="47"/>
        <source>“(owner)”: your own judgement, which counts instead of the computed one</source>
        <translation>「（自社の判断）」：自分で決めた判定です。計算した判定の代わりに使われます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="48"/>
        <source>Points out of 100. “41 → 86”: now, and once the preparation is done</source>
        <translation>100点満点の点数です。「41 → 86」は、現在の点数と、準備が済んだ後の点数です</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="49"/>
        <source>Hours a month: times a month × minutes each (a month has 20 working days)</source>
        <translation>月間時間 = 月あたりの回数 × 1回の所要時間（1か月 = 20 営業日で計算）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="50"/>
        <source>Hours a month × the company&apos;s internal hourly cost</source>
        <translation>月間時間 × 社内の時間単価</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="51"/>
        <source>Hours a month × the hourly rate of outsourced work</source>
        <translation>月間時間 × 外部委託の時間単価</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/candidate_table.py" line="117"/>
        <source>{label} (owner)</source>
        <translation>{label}（自社の判断）</translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="68"/>
        <source>Remove the decision on “{name}”</source>
        <translation>「{name}」の判定の取り消し</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="70"/>
        <source>Decide “{name}”</source>
        <translation>「{name}」の判定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="103"/>
        <source>Filter tasks…</source>
        <translation>業務を絞り込む…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="105"/>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="108"/>
        <source>All judgements</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="111"/>
        <source>&amp;Judgement:</source>
        <translation>判定(&amp;J):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="23"/>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="122"/>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="175"/>
        <source>Outsourcing candidates</source>
        <translation>外部化の候補</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="132"/>
        <source>First register a company on the “Company profile” page.</source>
        <translation>まず「会社情報」のページで会社を登録してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="138"/>
        <source>Totals a month</source>
        <translation>月あたりの合計</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="180"/>
        <source>Why this judgement</source>
        <translation>この判定の理由</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="187"/>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="325"/>
        <source>Choose a task in the list to see why.</source>
        <translation>一覧で業務を選ぶと、理由が表示されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="190"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="190"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="198"/>
        <source>Points and reasons</source>
        <translation>点数と理由</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="204"/>
        <source>Reason (required)</source>
        <translation>理由（必須）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="205"/>
        <source>&amp;Decide</source>
        <translation>決定(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="206"/>
        <source>Use your own judgement instead of the computed one</source>
        <translation>計算した判定の代わりに、自分の判定を使います</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="207"/>
        <source>&amp;Use computed</source>
        <translation>計算した判定に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="208"/>
        <source>Remove your judgement (Ctrl+Z undoes)</source>
        <translation>自分の判定を取り消します（Ctrl+Z で元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="209"/>
        <source>Find &amp;workers…</source>
        <translation>人材を探す(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="210"/>
        <source>Rank workers for this task and assign them</source>
        <translation>この業務に合う人材を順位付けして割り当てます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="212"/>
        <source>Your judgement</source>
        <translation>自分の判定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="231"/>
        <source>What must happen first</source>
        <translation>先に必要な準備</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="96"/>
        <source>Scoring tasks</source>
        <translation>業務の点数を計算しています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="331"/>
        <source>Starting points</source>
        <translation>基本点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="335"/>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="364"/>
        <source>Judgement</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="364"/>
        <source>Tasks</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="364"/>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="364"/>
        <source>In-house</source>
        <translation>社内</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="365"/>
        <source>Outsourced</source>
        <translation>外部化</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="384"/>
        <source>Click to show this task in the list</source>
        <translation>クリックすると、この業務を一覧で表示します</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="390"/>
        <source>The candidate tasks need no preparation.</source>
        <translation>候補の業務には、準備の必要はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="438"/>
        <source>The task or its company no longer exists. The list was reloaded.</source>
        <translation>この業務またはその会社はすでに削除されています。一覧を読み込み直しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/candidates_page.py" line="441"/>
        <source>The operation failed: {error}</source>
        <translation>処理を完了できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="40"/>
        <source>Connection card</source>
        <translation>接続カード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="46"/>
        <source>Print the connection code of a new PC as a card with a QR code. On that PC, “Connect to partner server…” in the Sync menu accepts the code typed or scanned.</source>
        <translation>新しいPCの接続コードを、QRコード付きのカードとして印刷します。そのPCでは「同期」メニューの「パートナーサーバーに接続…」で、コードを入力するか読み取ってください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="55"/>
        <source>The one-time code the partner server gave for the new PC</source>
        <translation>パートナーサーバーが新しいPCのために発行した、1回限りのコード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="65"/>
        <source>Server URL</source>
        <translation>サーバーのURL</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="66"/>
        <source>Connection code</source>
        <translation>接続コード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="67"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="74"/>
        <source>C&amp;reate</source>
        <translation>作成(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="75"/>
        <source>Make the card and show its preview</source>
        <translation>カードを作成してプレビューを表示します</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/card_dialog.py" line="117"/>
        <source>The connection code has 12 letters and digits: XXXX-XXXX-XXXX.</source>
        <translation>接続コードは英数字12文字です（XXXX-XXXX-XXXX）。</translation>
    </message>
</context>
<context>
    <name>CardTexts</name>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="55"/>
        <source>{days} days since the course</source>
        <translation>講座終了から{days}日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="57"/>
        <source>In the course until {date}</source>
        <translation>{date}まで受講</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="59"/>
        <source>In the course</source>
        <translation>受講中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="60"/>
        <source>No course recorded</source>
        <translation>講座の記録なし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="65"/>
        <source>Paid work since {date}</source>
        <translation>{date}から有償業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="68"/>
        <source>Goal met: paid work on day {day}</source>
        <translation>目標達成: {day}日目に有償業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="69"/>
        <source>Paid work from day {day}, after the goal</source>
        <translation>{day}日目から有償業務（目標後）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="71"/>
        <source>Goal counts after the course</source>
        <translation>目標日数は講座終了後から</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="73"/>
        <source>{days} days left to the goal</source>
        <translation>目標まであと{days}日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="74"/>
        <source>{days} days past the goal</source>
        <translation>目標を{days}日超過</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="77"/>
        <source>In this stage since {date}</source>
        <translation>{date}からこの段階</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="81"/>
        <source>No OJT yet</source>
        <translation>OJT未開始</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="82"/>
        <source>No paid work yet</source>
        <translation>有償業務なし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="83"/>
        <source>Goal missed</source>
        <translation>目標超過</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="91"/>
        <source>No OJT {days} days after the course (target: by day {limit})</source>
        <translation>講座終了から{days}日、OJT未開始（目安: {limit}日以内）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="95"/>
        <source>No paid work {days} days after the course (target: by day {limit})</source>
        <translation>講座終了から{days}日、有償業務なし（目安: {limit}日以内）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_board.py" line="99"/>
        <source>The {goal}-day goal passed {over} days ago without paid work</source>
        <translation>有償業務のないまま{goal}日目標を{over}日超過</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/gui/charts.py" line="123"/>
        <source>Not yet</source>
        <translation>まだ先の月です</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="129"/>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="137"/>
        <source>{title}: no data for this period.</source>
        <translation>{title}：この期間のデータはありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="139"/>
        <source>{title}, {first} to {last}.</source>
        <translation>{title}（{first}〜{last}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="152"/>
        <source>{name}: total {total}; {values}.</source>
        <translation>{name}：合計 {total}。{values}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="290"/>
        <source>No data for this period</source>
        <translation>この期間のデータはありません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/charts.py" line="336"/>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
</context>
<context>
    <name>CompanyFiguresModel</name>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="313"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="314"/>
        <source>Inventoried (h/month)</source>
        <translation>棚卸し時間（時間/月）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="315"/>
        <source>Outsourced (h/month)</source>
        <translation>外注時間（時間/月）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="316"/>
        <source>Saving (yen/month)</source>
        <translation>削減額（円/月）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="317"/>
        <source>Local workers</source>
        <translation>地域の担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="337"/>
        <source>Not enough data</source>
        <translation>データ不足</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="343"/>
        <source>Not enough data: open the company&apos;s own view to see what is missing.</source>
        <translation>データ不足：何が足りないかは、その会社の表示で確認できます。</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="44"/>
        <location filename="../../desktop/gui/pages/company_page.py" line="101"/>
        <source>Company profile</source>
        <translation>会社情報</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="125"/>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="130"/>
        <source>* Required</source>
        <translation>* は必須項目です</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="137"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="138"/>
        <source>Save the company profile (Ctrl+S)</source>
        <translation>会社情報を保存します (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="139"/>
        <source>&amp;Revert changes</source>
        <translation>変更を取り消す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="140"/>
        <source>Ne&amp;w company</source>
        <translation>新しい会社(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="141"/>
        <source>Register another company (Ctrl+Shift+N)</source>
        <translation>別の会社を登録します (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="196"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="259"/>
        <source>Editing &quot;{name}&quot;</source>
        <translation>「{name}」を編集中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="261"/>
        <location filename="../../desktop/gui/pages/company_page.py" line="264"/>
        <source>New company</source>
        <translation>新しい会社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="262"/>
        <source>Fill in the new company&apos;s details and press Save.</source>
        <translation>新しい会社の情報を入力して「保存」を押してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="267"/>
        <source>Start by registering the company whose work you will inventory. Only the name is required; the rest can be filled in later.</source>
        <translation>まず、業務を棚卸しする会社を登録しましょう。必須は会社名だけで、ほかは後から入力できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="326"/>
        <source>Unsaved changes</source>
        <translation>保存されていない変更</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="327"/>
        <source>The company profile has unsaved changes. Do you want to save them?</source>
        <translation>会社情報に保存されていない変更があります。保存しますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="379"/>
        <source>Edit company &quot;{name}&quot;</source>
        <translation>会社情報「{name}」の変更</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="388"/>
        <location filename="../../desktop/gui/pages/company_page.py" line="401"/>
        <source>This company no longer exists; nothing was saved.</source>
        <translation>この会社はすでに削除されています。保存は行われませんでした。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/company_page.py" line="391"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="78"/>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="80"/>
        <source>Kept value</source>
        <translation>残った値</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="81"/>
        <source>Kept: by, when</source>
        <translation>残った値の編集者・日時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="82"/>
        <source>Lost value</source>
        <translation>失われた値</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="83"/>
        <source>Lost: by, when</source>
        <translation>失われた値の編集者・日時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="79"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="84"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="135"/>
        <source>Edited a deleted row</source>
        <translation>削除された行への編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="136"/>
        <source>Edited at the same time</source>
        <translation>同時に編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="137"/>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="137"/>
        <source>Open</source>
        <translation>未解決</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="145"/>
        <source>Kept value: {value} — {who_when}</source>
        <translation>残った値: {value} — {who_when}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="148"/>
        <source>Lost value: {value} — {who_when}</source>
        <translation>失われた値: {value} — {who_when}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="157"/>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="158"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="159"/>
        <source>Area of work</source>
        <translation>部署・業務領域</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="160"/>
        <source>Task</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="161"/>
        <source>Procedure step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="164"/>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="171"/>
        <source>Deleted</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="166"/>
        <source>{table} “{name}”: {field}</source>
        <translation>{table}「{name}」の{field}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="167"/>
        <source>{table}: {field}</source>
        <translation>{table}の{field}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="171"/>
        <source>Not deleted</source>
        <translation>削除なし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="173"/>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="186"/>
        <source>this PC</source>
        <translation>このパソコン</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="186"/>
        <source>PC {id}</source>
        <translation>パソコン {id}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="188"/>
        <source>{when} ({who})</source>
        <translation>{when}（{who}）</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="223"/>
        <source>When two people changed the same thing before syncing, one value was kept and the other is listed here. Keep the kept value, or put the lost value back.</source>
        <translation>同期する前に二人が同じ項目を変更したときは、一方の値が残り、もう一方の値がここに表示されます。残った値のままにするか、失われた値に戻してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="229"/>
        <source>There are no conflicts to review.</source>
        <translation>確認が必要な競合はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="234"/>
        <source>&amp;Keep the kept value</source>
        <translation>残った値のままにする(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="228"/>
        <source>S&amp;how resolved conflicts too</source>
        <translation>解決済みも表示(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="235"/>
        <source>&amp;Restore the lost value</source>
        <translation>失われた値に戻す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="257"/>
        <source>Review conflicts</source>
        <translation>競合の確認</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="205"/>
        <source>Loading conflicts</source>
        <translation>競合を読み込み中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="321"/>
        <source>Resolving the conflict</source>
        <translation>競合を解決中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/conflicts_page.py" line="334"/>
        <source>The operation failed: {error}</source>
        <translation>処理を完了できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="81"/>
        <source>Connect to partner server</source>
        <translation>パートナーサーバーに接続</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="86"/>
        <source>Enter the server address and the connection code you received from your partner.</source>
        <translation>パートナーから受け取ったサーバーのURLと接続コードを入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="95"/>
        <source>How this PC is listed on the partner server</source>
        <translation>パートナーサーバーでこのパソコンを見分けるための名前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="98"/>
        <source>Server URL</source>
        <translation>サーバーのURL</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="99"/>
        <source>Connection code</source>
        <translation>接続コード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="100"/>
        <source>Name of this PC</source>
        <translation>このパソコンの名前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="113"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="162"/>
        <source>The connection code has 12 letters and digits: XXXX-XXXX-XXXX.</source>
        <translation>接続コードは英数字12文字です（XXXX-XXXX-XXXX）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="166"/>
        <source>Enter a name for this PC.</source>
        <translation>このパソコンの名前を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="196"/>
        <source>Connected.</source>
        <translation>接続しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/connect_dialog.py" line="212"/>
        <source>Connecting failed: {error}</source>
        <translation>接続できませんでした: {error}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="149"/>
        <source>Change the programme costs</source>
        <translation>プログラム費用の変更</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="28"/>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="403"/>
        <source>Value</source>
        <translation>価値の見える化</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="408"/>
        <source>&amp;This company</source>
        <translation>この会社(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="409"/>
        <source>The figures of the company chosen on the company page</source>
        <translation>会社情報のページで選んだ会社の数値</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="410"/>
        <source>&amp;All companies (partner)</source>
        <translation>全社・パートナー(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="411"/>
        <source>The figures of every company of this partner, added up</source>
        <translation>このパートナーの全社の数値を合計したもの</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="422"/>
        <source>Chosen months</source>
        <translation>月を指定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="424"/>
        <source>A fiscal year runs from April to March</source>
        <translation>年度は4月から翌年3月までです</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="425"/>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="428"/>
        <source>yyyy-MM</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="436"/>
        <source>First month of the period</source>
        <translation>期間の最初の月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="437"/>
        <source>Last month of the period</source>
        <translation>期間の最後の月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="438"/>
        <source>Fro&amp;m</source>
        <translation>開始(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="440"/>
        <source>t&amp;o</source>
        <translation>〜終了(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="442"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="506"/>
        <source>Hours outsourced per month</source>
        <translation>月別の外注時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="507"/>
        <source>Pay per month</source>
        <translation>月別の支払額</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="508"/>
        <source>Local workers working per month</source>
        <translation>月別の稼働した地域の担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="509"/>
        <source>Trend by month</source>
        <translation>月別の推移</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="519"/>
        <source>Figures per company</source>
        <translation>会社別の数値</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="536"/>
        <source>Per company</source>
        <translation>会社別</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="539"/>
        <source>Double-click or Enter: show that company&apos;s own view</source>
        <translation>ダブルクリックまたはEnter：その会社の表示に切り替え</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="556"/>
        <source>Programme costs (for the ROI)</source>
        <translation>プログラム費用（ROIの計算用）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="560"/>
        <source>Trai&amp;ning, per trainee (yen):</source>
        <translation>研修費・1人あたり（円）(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="561"/>
        <source>Set&amp;up, per company (yen):</source>
        <translation>導入費・1社あたり（円）(&amp;U):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="562"/>
        <source>Othe&amp;r costs in the period (yen):</source>
        <translation>その他の費用・期間内（円）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="566"/>
        <source>What training one person costs (courses, materials, trainer)</source>
        <translation>1人の研修にかかる費用（講座・教材・講師）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="569"/>
        <source>What starting with one company costs (inventory, PCs, contracts)</source>
        <translation>1社との取り組み開始にかかる費用（業務棚卸し・PC・契約）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="571"/>
        <source>Any other cost of the programme in the period (office, staff)</source>
        <translation>期間内のその他のプログラム費用（事務所・職員など）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="575"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="584"/>
        <source>Save cost&amp;s</source>
        <translation>費用を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="585"/>
        <source>Save the costs; Ctrl+Z undoes</source>
        <translation>費用を保存します（Ctrl+Zで元に戻せます）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="591"/>
        <source>Leave a cost empty when it is not known: the ROI then says what is missing instead of showing a wrong number.</source>
        <translation>分からない費用は空欄のままにしてください。ROIは誤った数値を出さず、足りない情報を表示します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="652"/>
        <source>The last month is before the first month. Choose the months again.</source>
        <translation>終了月が開始月より前です。月を選び直してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="653"/>
        <source>A period can be at most {n} months. Choose the months again.</source>
        <translation>期間は最大{n}か月です。月を選び直してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="700"/>
        <source>Computing the value figures</source>
        <translation>価値の数値を計算中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="725"/>
        <source>The company no longer exists. Choose another one.</source>
        <translation>この会社はもう存在しません。別の会社を選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="727"/>
        <source>The figures could not be computed: {error}</source>
        <translation>数値を計算できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="802"/>
        <source>{first} – {last}</source>
        <translation>{first}〜{last}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="807"/>
        <source>All companies ({n})</source>
        <translation>全社（{n}社）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="812"/>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="818"/>
        <source>{who} · {months}</source>
        <translation>{who}・{months}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="824"/>
        <source>(so far: up to {date})</source>
        <translation>（{date}時点までの実績）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="839"/>
        <source>Choose a company on the “Company profile” page, or look at all companies.</source>
        <translation>「会社情報」のページで会社を選ぶか、全社の表示に切り替えてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="841"/>
        <source>First register a company on the “Company profile” page.</source>
        <translation>まず「会社情報」のページで会社を登録してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="898"/>
        <source>Hours outsourced</source>
        <translation>外注した時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="904"/>
        <source>Paid in total</source>
        <translation>支払総額</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="905"/>
        <source>Paid to local workers</source>
        <translation>地域の担当者への支払（地域内還流）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="913"/>
        <source>Local workers working</source>
        <translation>稼働した地域の担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="980"/>
        <source>The costs of the whole programme, for all companies together.</source>
        <translation>プログラム全体（全社分）の費用です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="983"/>
        <source>This company&apos;s own costs. When none is set, the partner&apos;s training and setup costs are used.</source>
        <translation>この会社独自の費用です。未設定の場合は、パートナーの研修費・導入費を使います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="986"/>
        <source>The costs of this company&apos;s programme.</source>
        <translation>この会社のプログラム費用です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="1010"/>
        <source>Training cost per trainee</source>
        <translation>研修費（1人あたり）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="1011"/>
        <source>Setup cost per company</source>
        <translation>導入費（1社あたり）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="1012"/>
        <source>Other costs</source>
        <translation>その他の費用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="1037"/>
        <source>No change.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="1053"/>
        <source>Saved. Undo: Ctrl+Z</source>
        <translation>保存しました。元に戻す：Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="1061"/>
        <source>The operation failed: {error}</source>
        <translation>操作に失敗しました: {error}</translation>
    </message>
</context>
<context>
    <name>DepartmentsBox</name>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="57"/>
        <location filename="../../desktop/gui/pages/departments.py" line="61"/>
        <source>Areas of work</source>
        <translation>部署・業務領域</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="67"/>
        <source>A&amp;dd...</source>
        <translation>追加(&amp;D)...</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="68"/>
        <source>Ren&amp;ame</source>
        <translation>名前の変更(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="69"/>
        <source>Remo&amp;ve</source>
        <translation>削除(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="75"/>
        <source>Rename</source>
        <translation>名前の変更</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="76"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="106"/>
        <source>Group the company&apos;s tasks by area, for example accounting or shipping.</source>
        <translation>会社の業務を、経理・出荷などの領域ごとにまとめます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="109"/>
        <source>Save the company first, then add its areas of work.</source>
        <translation>先に会社情報を保存してから、部署・業務領域を追加してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="135"/>
        <source>Add area of work</source>
        <translation>部署・業務領域の追加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="135"/>
        <source>Name of the area of work (for example Shipping):</source>
        <translation>部署・業務領域の名前（例：出荷）:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="161"/>
        <source>Remove area of work &quot;{name}&quot;</source>
        <translation>部署・業務領域「{name}」の削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="186"/>
        <source>The area of work was not saved: {reasons}</source>
        <translation>部署・業務領域は保存されませんでした：{reasons}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/departments.py" line="192"/>
        <source>This area of work no longer exists.</source>
        <translation>この部署・業務領域はすでに削除されています。</translation>
    </message>
</context>
<context>
    <name>DetailsModel</name>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="58"/>
        <source>Area</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="59"/>
        <source>Task</source>
        <translation>業務名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="60"/>
        <source>Who does it</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="61"/>
        <source>Times</source>
        <translation>回数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="62"/>
        <source>Per</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="63"/>
        <source>Minutes each</source>
        <translation>1回(分)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="64"/>
        <source>Hours a month</source>
        <translation>月間時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="65"/>
        <source>Missing</source>
        <translation>未入力</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_model.py" line="134"/>
        <source>(who?)</source>
        <translation>（だれ？）</translation>
    </message>
</context>
<context>
    <name>DetailsStep</name>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="44"/>
        <source>Tasks and their details</source>
        <translation>業務とその詳細</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="60"/>
        <source>Edit every field</source>
        <translation>すべての項目を編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="69"/>
        <source>&amp;Show only tasks with something missing</source>
        <translation>未入力がある業務だけ表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="71"/>
        <source>&amp;Open the full form…</source>
        <translation>詳しい入力画面を開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="72"/>
        <source>Open the full form of the task (Enter or double-click)</source>
        <translation>業務の詳しい入力画面を開きます（Enter またはダブルクリック）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="100"/>
        <source>Who, how often, how long</source>
        <translation>担当者・頻度・時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="104"/>
        <source>For each task, check who does it, how often and how many minutes each time: click a cell to change it. Below the table, write down how the selected task is done, step by step.</source>
        <translation>業務ごとに、担当者、頻度、1回の所要時間（分）を確認してください。変えるときはセルをクリックします。表の下には、選んだ業務の進め方を手順ごとに書いてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="131"/>
        <source>No tasks yet: pick them in the previous step.</source>
        <translation>業務がまだありません。前のステップで選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/details_step.py" line="134"/>
        <source>%n task(s) still have something missing (marked ⚠).</source>
        <translation>
            <numerusform>まだ未入力のある業務が %n 件あります（⚠ の印）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="137"/>
        <source>✓ Every task has its details.</source>
        <translation>✓ すべての業務の詳細が入力されています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/details_step.py" line="175"/>
        <source>Saved: “{name}”.</source>
        <translation>「{name}」を保存しました。</translation>
    </message>
</context>
<context>
    <name>DrilldownDialog</name>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="124"/>
        <source>Behind the figure: {name}</source>
        <translation>数値の内訳：{name}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="132"/>
        <source>Not enough data</source>
        <translation>データ不足</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="148"/>
        <source>Not enough data. What is missing:</source>
        <translation>データ不足です。足りないもの：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="150"/>
        <source>Computed from part of the data. What is missing:</source>
        <translation>一部のデータから計算しています。足りないもの：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="160"/>
        <source>Rows behind the figure</source>
        <translation>数値の内訳</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="174"/>
        <source>{n} rows</source>
        <translation>{n}件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="175"/>
        <source>No rows: nothing was counted for this figure in the period.</source>
        <translation>内訳はありません。この期間、この数値に数えたものはありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="177"/>
        <source>Double-click or Enter: open the row · Ctrl+C: copy for a spreadsheet</source>
        <translation>ダブルクリックまたはEnter：その行を開く・Ctrl+C：表計算ソフト用にコピー</translation>
    </message>
</context>
<context>
    <name>EcrsModel</name>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="72"/>
        <source>Task</source>
        <translation>業務名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="72"/>
        <source>Hours a month</source>
        <translation>月間時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="72"/>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="72"/>
        <source>Saves</source>
        <translation>削減時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="106"/>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
</context>
<context>
    <name>EcrsStep</name>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="126"/>
        <source>Tasks to review</source>
        <translation>見直す業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="136"/>
        <source>&amp;1  E: Stop doing it (eliminate)</source>
        <translation>E: やめる（排除）(&amp;1)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="137"/>
        <source>Nobody would miss it: a report nobody reads, a meeting without a clear purpose, a double approval.</source>
        <translation>なくても誰も困らないもの。例：だれも読まない報告書、目的のはっきりしない会議、二重の承認。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="139"/>
        <source>&amp;2  C: Combine it with other work</source>
        <translation>C: ほかの作業とまとめる（結合）(&amp;2)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="140"/>
        <source>One common form instead of several, e.g. travel request and expense claim on one sheet.</source>
        <translation>いくつもの書類を一つの様式にまとめる。例：出張申請と経費精算を1枚で済ませる。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="141"/>
        <source>&amp;3  R: Change the order, the place or the person</source>
        <translation>R: 順番・場所・担当を変える（入替え）(&amp;3)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="142"/>
        <source>Approve in another order, do it somewhere else, or let someone else do it.</source>
        <translation>承認の順番を変える、別の場所で行う、別の人に任せる。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="143"/>
        <source>&amp;4  S: Make it simpler</source>
        <translation>S: やり方を簡単にする（簡素化）(&amp;4)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="144"/>
        <source>No copying by hand, no typing the same thing twice, less waiting.</source>
        <translation>手書きで書き写さない、同じことを二度入力しない、待ち時間を減らす。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="145"/>
        <source>&amp;5  Keep it as it is</source>
        <translation>今のままにする(&amp;5)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="145"/>
        <source>It is needed and already simple.</source>
        <translation>必要な作業で、すでに簡単になっている。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="146"/>
        <source>&amp;6  Decide later</source>
        <translation>あとで決める(&amp;6)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="171"/>
        <source>e.g. read the shop&apos;s sales file instead of typing it</source>
        <translation>例：店の売上ファイルを手入力せずに読み込む</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="174"/>
        <source> min a month</source>
        <translation> 分／月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="178"/>
        <source>N&amp;ote:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="180"/>
        <source>&amp;Minutes saved:</source>
        <translation>減らせる時間(&amp;M):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="188"/>
        <source>Nex&amp;t undecided task</source>
        <translation>次の未決定の業務(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="208"/>
        <source>Improve first</source>
        <translation>まず改善</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="212"/>
        <source>Before handing work to someone else, see whether it can be done with less effort. For each task ask, in this order: can we stop it? combine it? change who or where? make it simpler? Then estimate the minutes a month it saves.</source>
        <translation>仕事をほかの人に任せる前に、もっと少ない手間でできないかを考えます。業務ごとに、次の順番で考えてください。やめられないか？まとめられないか？担当や場所を変えられないか？簡単にできないか？そのうえで、月に何分減らせるかを見積もります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="238"/>
        <source>Improvements save {hours} hours a month (before anything is handed over). Decided: {done} of {total} tasks.</source>
        <translation>外部に任せる前に、改善だけで月 {hours} 時間減らせます。判断済み：{total} 件中 {done} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="267"/>
        <source>Choose a task on the left.</source>
        <translation>左の一覧で業務を選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="271"/>
        <source>What to do with “{name}”?</source>
        <translation>「{name}」をどうしますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="273"/>
        <source>It takes about {hours} hours ({minutes} minutes) a month.</source>
        <translation>月に約 {hours} 時間（{minutes} 分）かかっています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="294"/>
        <source>at most {n} (all of its time)</source>
        <translation>最大 {n} 分（この業務の時間すべて）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="296"/>
        <source>only when the task is improved</source>
        <translation>改善する場合だけ入力できます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="336"/>
        <source>ECRS for “{name}”</source>
        <translation>「{name}」のECRS</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/ecrs_step.py" line="338"/>
        <source>Saved: “{name}”.</source>
        <translation>「{name}」を保存しました。</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="80"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="80"/>
        <source>What</source>
        <translation>項目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="80"/>
        <source>Amount</source>
        <translation>数値</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_drilldown.py" line="80"/>
        <source>Detail</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>FigureTile</name>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="185"/>
        <source>※ partial</source>
        <translation>※一部のみ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="187"/>
        <source>Computed from part of the data: see what is missing below.</source>
        <translation>一部のデータから計算しています。足りないものは下に表示しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="228"/>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="231"/>
        <source>Not enough data</source>
        <translation>データ不足</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="242"/>
        <source>Not counted: {what}</source>
        <translation>未反映：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="242"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/dashboard_page.py" line="247"/>
        <source>Click or press Enter to see the rows behind this figure.</source>
        <translation>クリックまたはEnterで、この数値の内訳を表示します。</translation>
    </message>
</context>
<context>
    <name>FirstWindow</name>
    <message>
        <location filename="../../desktop/gui/first_window.py" line="117"/>
        <location filename="../../desktop/gui/first_window.py" line="132"/>
        <source>Opening the database…</source>
        <translation>データベースを開いています…</translation>
    </message>
</context>
<context>
    <name>HoursDelegate</name>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="432"/>
        <source>Hours of the day</source>
        <translation>その日の作業時間</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="102"/>
        <source>Hours cannot be negative: “{text}”.</source>
        <translation>作業時間はマイナスにできません：「{text}」</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="106"/>
        <source>“{text}” is more than a day: a day has at most {limit} hours.</source>
        <translation>「{text}」は1日を超えています。1日は最大{limit}時間です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="109"/>
        <source>“{text}” is not a number of hours. Type it like 3, 3.5, 3:30 or 90m.</source>
        <translation>「{text}」は時間として読めません。3、3.5、3:30、90m のように入力してください。</translation>
    </message>
</context>
<context>
    <name>HoursGridModel</name>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="236"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="237"/>
        <source>Task</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="238"/>
        <source>Worker</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="239"/>
        <source>Week</source>
        <translation>週合計</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="240"/>
        <source>Planned
/month</source>
        <translation>予定
/月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="249"/>
        <source>Hours entered this week</source>
        <translation>この週に入力された作業時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="250"/>
        <source>Planned hours a month of the assignment</source>
        <translation>割当の月間予定時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="251"/>
        <source>Short code printed on the task sheet</source>
        <translation>作業指示書に印刷された短縮コード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="341"/>
        <source>Status: {status} · Period: {period}</source>
        <translation>状態：{status}・期間：{period}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="355"/>
        <source>Outside the assignment&apos;s period ({period}): no hours can be entered.</source>
        <translation>割当期間（{period}）の外のため、作業時間は入力できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="364"/>
        <source>{mark} Corrected on two devices at the same time: the newest correction counts. Type the right hours to settle it.</source>
        <translation>{mark} 2台の端末で同時に修正されました。最新の修正を集計しています。正しい時間を入力すると確定します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="371"/>
        <source>{mark} Entered separately on two devices: the entries are added up. Type the right hours to settle it.</source>
        <translation>{mark} 2台の端末で別々に入力されたため、合算しています。正しい時間を入力すると確定します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="380"/>
        <source>{mark} No hours</source>
        <translation>{mark} 未入力</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="383"/>
        <source>{mark} Active, but no hours were entered for this week.</source>
        <translation>{mark} 稼働中ですが、この週の作業時間が入力されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="390"/>
        <source>app</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="391"/>
        <source>weekly grid</source>
        <translation>週間入力表</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="392"/>
        <source>file import</source>
        <translation>ファイル取込</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="393"/>
        <source>paper sheet</source>
        <translation>紙の作業票</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="395"/>
        <source>this PC</source>
        <translation>このPC</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="395"/>
        <source>another device</source>
        <translation>別の端末</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="397"/>
        <source>counted</source>
        <translation>集計対象</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="399"/>
        <source>not counted (older concurrent correction)</source>
        <translation>集計外（同時に行われた古い修正）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="401"/>
        <source>replaced</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_grid.py" line="402"/>
        <source>{when} · {who} · {source}: {hours} h ({part})</source>
        <translation>{when}・{who}・{source}：{hours}時間（{part}）</translation>
    </message>
</context>
<context>
    <name>HoursImport</name>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="70"/>
        <source>No column for {label}: name its header “{value}” (or a word like it).</source>
        <translation>{label}の列がありません。見出しを「{value}」（または同様の語）にしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="73"/>
        <source>There are no rows under the header row.</source>
        <translation>見出し行の下にデータ行がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="74"/>
        <source>{value} empty rows are left out.</source>
        <translation>空の行{value}行は取り込みません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="75"/>
        <source>The short code is empty.</source>
        <translation>短縮コードが空欄です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="76"/>
        <source>No assignment has the code “{text}”.</source>
        <translation>コード「{text}」の割当はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="77"/>
        <source>The date is empty.</source>
        <translation>日付が空欄です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="78"/>
        <source>“{text}” is not a date. Write it like 2026-04-01 or 2026/4/1.</source>
        <translation>「{text}」は日付として読めません。2026-04-01 や 2026/4/1 のように書いてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="81"/>
        <source>“{text}” has no year: choose the year of the dates below the table.</source>
        <translation>「{text}」には年がありません。日付の年を選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="84"/>
        <source>“{text}” is not a number of hours. Write it like 3, 3.5 or 3:30.</source>
        <translation>「{text}」は時間として読めません。3、3.5、3:30 のように書いてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="87"/>
        <source>Hours cannot be negative.</source>
        <translation>作業時間はマイナスにできません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="88"/>
        <source>More than 24 hours for this person on this day, counting the hours already entered for all their assignments.</source>
        <translation>この人のこの日の作業時間が、すでに入力済みの全割当分と合わせて24時間を超えます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="93"/>
        <source>The date is outside the assignment&apos;s period.</source>
        <translation>日付が割当期間の外です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="94"/>
        <source>Same code and date as row {value}: keep only one of them.</source>
        <translation>{value}行目と同じコード・日付です。どちらか一方だけにしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="97"/>
        <source>No hours: the row is left out.</source>
        <translation>作業時間がないため、この行は取り込みません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="98"/>
        <source>The cell shows an Excel error ({text}); fix the formula in the file.</source>
        <translation>セルがExcelのエラー（{text}）になっています。ファイルの数式を直してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="101"/>
        <source>The note is long and is cut to 1,000 characters.</source>
        <translation>メモが長いため、1,000文字までにします。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="351"/>
        <source>Import hours ({n} days)</source>
        <translation>作業時間の取込（{n}日分）</translation>
    </message>
</context>
<context>
    <name>HoursImportDialog</name>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="228"/>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="297"/>
        <source>Import hours</source>
        <translation>作業時間の取込</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="233"/>
        <source>Choose an Excel (.xlsx) or CSV file with one row per assignment and day: columns {code}, {date} and {hours} (and {note} if you like). The hours set the day (they are not added), so importing a file twice changes nothing. Nothing is saved before you press Import.</source>
        <translation>割当と日付ごとに1行のExcel（.xlsx）またはCSVファイルを選んでください。列は「{code}」「{date}」「{hours}」（必要なら「{note}」）です。ファイルの時間でその日の時間を置き換えます（加算しません）。同じファイルを2回取り込んでも変わりません。「取り込む」を押すまで何も保存されません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="239"/>
        <source>&amp;Choose file…</source>
        <translation>ファイルを選ぶ(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="244"/>
        <source>Used for dates written without a year, such as 4/1</source>
        <translation>4/1 のように年のない日付に使います</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="245"/>
        <source>&amp;Year of dates like 4/1:</source>
        <translation>4/1 などの日付の年(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="264"/>
        <source>Preview of the hours</source>
        <translation>作業時間のプレビュー</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="270"/>
        <source>Show only rows with problems</source>
        <translation>問題のある行だけ表示</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="273"/>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="275"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="312"/>
        <source>Checking {name}</source>
        <translation>{name} を確認中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="326"/>
        <source>Checking rows</source>
        <translation>行を確認中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="355"/>
        <source>Importing hours</source>
        <translation>作業時間を取込中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="372"/>
        <source>{rows} rows: {errors} with errors, {changing} days to set, {unchanged} already as in the file, {skipped} left out.</source>
        <translation>{rows}行：エラー{errors}行、設定する日{changing}件、ファイルと同じ{unchanged}件、取り込まない行{skipped}行。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="382"/>
        <source>Fix the errors in the file, then choose it again.</source>
        <translation>ファイルのエラーを直してから、もう一度選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="394"/>
        <source>Imported: {changed} days set, {unchanged} were already as in the file.</source>
        <translation>取り込みました：{changed}日分を設定、{unchanged}件はファイルと同じでした。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="398"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="416"/>
        <source>The hours changed since the preview; nothing was imported. Check the file again.</source>
        <translation>プレビューの後に作業時間が変わったため、何も取り込んでいません。もう一度確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="421"/>
        <source>This did not work: {error}. Nothing was changed.</source>
        <translation>うまくいきませんでした：{error}。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="84"/>
        <source>◀ &amp;Previous week</source>
        <translation>◀ 前の週(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="85"/>
        <source>The week before (Alt+Left)</source>
        <translation>前の週へ（Alt+←）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="86"/>
        <source>T&amp;his week</source>
        <translation>今週(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="87"/>
        <source>&amp;Next week ▶</source>
        <translation>次の週(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="88"/>
        <source>The week after (Alt+Right)</source>
        <translation>次の週へ（Alt+→）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="94"/>
        <source>&amp;All companies</source>
        <translation>すべての会社(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="96"/>
        <source>Show the assignments of every company, not only the current one</source>
        <translation>選択中の会社だけでなく、すべての会社の割当を表示します</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="99"/>
        <source>e.g. ABC-DEFG</source>
        <translation>例：ABC-DEFG</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="100"/>
        <source>Type or scan the short code of a task sheet, then Enter (Ctrl+J)</source>
        <translation>作業指示書の短縮コードを入力または読み取り、Enterを押します（Ctrl+J）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="103"/>
        <source>&amp;Jump to code:</source>
        <translation>コードで移動(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="105"/>
        <source>&amp;Import hours…</source>
        <translation>作業時間の取込(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="106"/>
        <source>Read hours from an Excel or CSV file (code, date, hours)</source>
        <translation>ExcelまたはCSVファイル（コード・日付・時間）から作業時間を読み込みます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="124"/>
        <source>Hours of the week</source>
        <translation>週の作業時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="134"/>
        <source>Type hours (3, 3.5, 3:30, 90m) · Enter or Tab: next day · Shift+Tab: back · Del: clear · Ctrl+V: paste from a spreadsheet · Ctrl+Z: undo · ※: entered on two devices, see the tooltip</source>
        <translation>時間を入力（3、3.5、3:30、90m）・Enter/Tab：次の日・Shift+Tab：前の日・Del：消去・Ctrl+V：表計算から貼り付け・Ctrl+Z：元に戻す・※：2台の端末で入力（ツールチップ参照）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="27"/>
        <location filename="../../desktop/gui/pages/hours_page.py" line="185"/>
        <source>Hours</source>
        <translation>作業時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="245"/>
        <source>{month}/{day}/{year} – {end_month}/{end_day}/{end_year}</source>
        <translation>{year}年{month}月{day}日〜{end_year}年{end_month}月{end_day}日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="247"/>
        <source>{month}/{day} – {end_month}/{end_day}, {year}</source>
        <translation>{year}年{month}月{day}日〜{end_month}月{end_day}日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="249"/>
        <source>{month}/{day}–{end_day}, {year}</source>
        <translation>{year}年{month}月{day}日〜{end_day}日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="268"/>
        <source>⚠ {n} assignments have no hours this week (marked “No hours” below).</source>
        <translation>⚠ この週の作業時間が未入力の割当が{n}件あります（下の「未入力」）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="272"/>
        <source>Choose a company first, or tick “All companies”.</source>
        <translation>先に会社を選ぶか、「すべての会社」にチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="276"/>
        <source>No assignment is planned, active or paused in this week. Assign workers to tasks first.</source>
        <translation>この週に予定・稼働中・休止中の割当はありません。先に業務へ担当者を割り当ててください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="344"/>
        <source>Hours of {code} on {month}/{day}</source>
        <translation>{code} の{month}/{day}の作業時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="373"/>
        <source>{name} would have more than 24 hours on {month}/{day}, counting all their assignments that day. Nothing was saved.</source>
        <translation>{name}さんの{month}/{day}の作業時間が、その日の全割当と合わせて24時間を超えます。保存していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="378"/>
        <location filename="../../desktop/gui/pages/hours_page.py" line="549"/>
        <source>This assignment no longer exists. Nothing was saved.</source>
        <translation>この割当はもうありません。保存していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="380"/>
        <source>Nothing was saved.</source>
        <translation>保存していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="402"/>
        <source>Clear hours</source>
        <translation>作業時間の消去</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="411"/>
        <source>Put the cursor on a day first, then paste.</source>
        <translation>先に日付のセルを選んでから貼り付けてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="422"/>
        <source>The pasted block reaches past the last day of the grid.</source>
        <translation>貼り付ける範囲が表の最後の日を超えています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="430"/>
        <source>{where}: outside the assignment&apos;s period.</source>
        <translation>{where}：割当期間の外です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="442"/>
        <source>Nothing was pasted.</source>
        <translation>何も貼り付けていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="445"/>
        <source>Paste hours</source>
        <translation>作業時間の貼り付け</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="481"/>
        <source>No assignment has the code “{code}”.</source>
        <translation>コード「{code}」の割当はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="486"/>
        <source>The assignment {code} has ended, so it is not in the weekly grid.</source>
        <translation>割当 {code} は終了しているため、週間入力表にはありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="505"/>
        <source>The assignment {code} cannot be shown: its task or company was deleted.</source>
        <translation>割当 {code} は、業務または会社が削除されているため表示できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/hours_page.py" line="551"/>
        <source>The operation failed: {error}</source>
        <translation>操作に失敗しました: {error}</translation>
    </message>
</context>
<context>
    <name>HoursPreviewModel</name>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="144"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="145"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="150"/>
        <source>Assignment</source>
        <translation>割当</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="151"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="205"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="207"/>
        <source>Left out</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="209"/>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="210"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/hours_import_dialog.py" line="210"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="29"/>
        <source>The file {path} does not exist.</source>
        <translation>ファイル {path} が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="30"/>
        <source>The file {path} could not be read ({detail}).</source>
        <translation>ファイル {path} を読み込めませんでした（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="31"/>
        <source>The file {path} is empty: there is no table in it.</source>
        <translation>ファイル {path} は空です。表が入っていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="32"/>
        <source>The file {path} is larger than {limit_mb} MB. Split it into smaller files.</source>
        <translation>ファイル {path} が {limit_mb} MB を超えています。小さいファイルに分けてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="35"/>
        <source>The file {path} unpacks to too much data to be an inventory sheet. Save it again from Excel.</source>
        <translation>ファイル {path} は展開後のデータが大きすぎて、棚卸し表として読み込めません。Excel で保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="39"/>
        <source>The file {path} is not an Excel (.xlsx) or CSV file.</source>
        <translation>ファイル {path} は Excel（.xlsx）または CSV のファイルではありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="40"/>
        <source>The file {path} is not an Excel workbook (.xlsx). Save it from its program as .xlsx or CSV.</source>
        <translation>ファイル {path} は Excel ブック（.xlsx）ではありません。作成したソフトで .xlsx か CSV として保存してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="44"/>
        <source>The file {path} is in the old Excel format (.xls). Open it in Excel and save it as .xlsx.</source>
        <translation>ファイル {path} は古い Excel 形式（.xls）です。Excel で開いて .xlsx として保存してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="48"/>
        <source>The file {path} is protected by a password. Remove the password in Excel, then import it.</source>
        <translation>ファイル {path} はパスワードで保護されています。Excel でパスワードを解除してから取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="52"/>
        <source>The file {path} is damaged or not a valid spreadsheet. Open and save it again.</source>
        <translation>ファイル {path} は壊れているか、正しい表計算ファイルではありません。開いて保存し直してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="55"/>
        <source>The characters of {path} could not be read (not UTF-8 or Shift_JIS). Save it as CSV UTF-8.</source>
        <translation>{path} の文字を読み取れませんでした（UTF-8 でも Shift_JIS でもありません）。「CSV UTF-8」形式で保存してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="59"/>
        <source>The file {path} has more than {limit} rows. Split it into smaller files.</source>
        <translation>ファイル {path} の行数が {limit} 行を超えています。小さいファイルに分けてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="62"/>
        <source>A cell of {path} is longer than {limit} characters.</source>
        <translation>{path} に {limit} 文字を超えるセルがあります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="63"/>
        <source>The preview still has errors, so nothing was imported.</source>
        <translation>プレビューにまだエラーがあるため、何も取り込みませんでした。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="71"/>
        <source>(not imported)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="75"/>
        <source>Hours each time</source>
        <translation>1回の所要時間（時間）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="87"/>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="104"/>
        <source>column {letter}</source>
        <translation>{letter} 列</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="110"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="112"/>
        <source>Row {row}</source>
        <translation>{row} 行目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="113"/>
        <source>Row {row}, {column}</source>
        <translation>{row} 行目、{column}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="128"/>
        <source>The cell is longer than {limit} characters.</source>
        <translation>セルが {limit} 文字を超えています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="129"/>
        <source>Columns after the first {limit} were not read.</source>
        <translation>{limit} 列目より後ろの列は読み込みませんでした。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="130"/>
        <source>Merged cell: the value is taken only in its first cell ({first}); this cell is empty.</source>
        <translation>結合されたセルです。値は最初のセル（{first}）のものだけを使うため、このセルは空欄になります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="133"/>
        <source>Many more merged cells: their values are taken only in their first cells.</source>
        <translation>ほかにも結合されたセルが多くあります。値はそれぞれの最初のセルのものだけを使います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="136"/>
        <source>{label} is chosen for {columns} columns; choose it for one column only.</source>
        <translation>「{label}」が {columns} 個の列で選ばれています。1つの列だけで選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="139"/>
        <source>Choose the column that holds the task names.</source>
        <translation>業務名が入っている列を選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="140"/>
        <source>No column for {label}: every task gets {shown}.</source>
        <translation>「{label}」の列がないため、すべての業務を {shown} とします。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="141"/>
        <source>There are no rows under the header row.</source>
        <translation>見出しの行の下に、データの行がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="142"/>
        <source>The cell shows an Excel error ({text}); fix the formula in the file.</source>
        <translation>セルに Excel のエラー（{text}）が表示されています。ファイルの数式を直してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="145"/>
        <source>“{text}” is not a frequency. Write it like 毎日, 週3回, 月1回 or 年4回.</source>
        <translation>「{text}」は頻度として読み取れません。毎日、週3回、月1回、年4回のように書いてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="148"/>
        <source>“{text}”: per day, week, month or year? Write it like 週3回 or 月1回.</source>
        <translation>「{text}」：1日・1週・1か月・1年のどれあたりですか？週3回、月1回のように書いてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="151"/>
        <source>“{text}” is not a duration. Write minutes (30) or like 1時間半.</source>
        <translation>「{text}」は時間として読み取れません。分の数字（30）か、1時間半のように書いてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="154"/>
        <source>“{text}” was rounded to {shown}.</source>
        <translation>「{text}」を {shown} に丸めました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="155"/>
        <source>“{text}” is a range: the middle, {shown}, is used.</source>
        <translation>「{text}」は幅のある値のため、中間の {shown} を使います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="156"/>
        <source>“{text}” is taken as {shown}.</source>
        <translation>「{text}」を {shown} として扱います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="157"/>
        <source>“{text}” has no fixed frequency: {shown} is assumed; please check.</source>
        <translation>「{text}」は頻度が決まっていないため、{shown} とみなします。確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="160"/>
        <source>“{text}” is not one of the choices of {label}: {shown} is used, the words go to the note.</source>
        <translation>「{text}」は「{label}」の選択肢にありません。{shown} を使い、書かれた言葉はメモに入れます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="164"/>
        <source>“{text}” is taken as yes; the words go to the note.</source>
        <translation>「{text}」を「はい」として扱い、書かれた言葉はメモに入れます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="165"/>
        <source>{label} is empty: {shown} is used.</source>
        <translation>「{label}」が空欄のため、{shown} を使います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="166"/>
        <source>The area of work “{value}” does not exist yet and will be created.</source>
        <translation>部署・業務領域「{value}」はまだないため、新しく作ります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="169"/>
        <source>A task with this name and area of work already exists: the row is skipped.</source>
        <translation>同じ名前・同じ部署・業務領域の業務がすでにあるため、この行は取り込みません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="172"/>
        <source>{value} rows have nothing in the imported columns and are left out.</source>
        <translation>{value} 行は取り込む列に何も入っていないため、除外します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="175"/>
        <source>Same name and area of work as row {value}: the row is skipped.</source>
        <translation>{value} 行目と名前・部署・業務領域が同じため、この行は取り込みません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="179"/>
        <source>Problem: {code}</source>
        <translation>問題: {code}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="191"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="192"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="192"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="198"/>
        <source>{rows} rows: {ok} OK, {warnings} with warnings, {errors} with errors.</source>
        <translation>{rows} 行：問題なし {ok} 行、注意あり {warnings} 行、エラーあり {errors} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="202"/>
        <source>Fix the errors in the file (or the columns) to import it.</source>
        <translation>取り込むには、ファイル（または列の選び方）のエラーを直してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="203"/>
        <source>{n} tasks will be imported.</source>
        <translation>{n} 件の業務を取り込みます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="206"/>
        <source>{n} duplicate rows are included.</source>
        <translation>重複する {n} 行も取り込みます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="208"/>
        <source>{n} duplicate rows are skipped.</source>
        <translation>重複する {n} 行は取り込みません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="213"/>
        <source>New areas of work: {names}.</source>
        <translation>新しい部署・業務領域：{names}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="218"/>
        <source>Imported {tasks} tasks ({departments} new areas of work, {skipped} rows skipped).</source>
        <translation>業務を {tasks} 件取り込みました（新しい部署・業務領域 {departments} 件、取り込まなかった行 {skipped} 行）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="224"/>
        <source>{n} tasks written to {path}</source>
        <translation>{n} 件の業務を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="228"/>
        <source>Blank inventory template written to {path}</source>
        <translation>空の棚卸し表のひな形を {path} に書き出しました</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="232"/>
        <source>The file {path} already exists. Choose a new file name; nothing was overwritten.</source>
        <translation>ファイル {path} はすでにあります。別のファイル名を指定してください。上書きはしていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="238"/>
        <source>The file {path} could not be written: {error}</source>
        <translation>ファイル {path} に書き込めませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="242"/>
        <source>There is no company yet. Create the company first, then import its tasks.</source>
        <translation>まだ会社がありません。先に会社を作成してから、業務を取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="247"/>
        <source>This database has several companies; choose one with --company ID:</source>
        <translation>このデータベースには複数の会社があります。--company ID で会社を指定してください:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="253"/>
        <source>There is no company “{value}”.</source>
        <translation>会社「{value}」はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="257"/>
        <source>Import these tasks? [y/N] </source>
        <translation>これらの業務を取り込みますか？ [y/N] </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="261"/>
        <source>Nothing was imported.</source>
        <translation>何も取り込みませんでした。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="265"/>
        <source>There is nothing to import.</source>
        <translation>取り込むものがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="269"/>
        <source>Import tasks</source>
        <translation>業務の取り込み</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="273"/>
        <source>Export tasks</source>
        <translation>業務の書き出し</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="277"/>
        <source>Exporting tasks</source>
        <translation>業務を書き出しています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_messages.py" line="281"/>
        <source>Give a file name ending in .xlsx or .csv (not {path}).</source>
        <translation>ファイル名は .xlsx か .csv で終わるようにしてください（{path} は使えません）。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="88"/>
        <source>Import tasks into {company}</source>
        <translation>{company} に業務を取り込む</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="95"/>
        <source>Choose an Excel (.xlsx) or CSV file with one task per row. The columns are matched to the inventory in the next step; nothing is saved before you confirm the preview.</source>
        <translation>1行に1件の業務が書かれた Excel（.xlsx）または CSV ファイルを選んでください。次の画面で、列を棚卸しの項目に対応づけます。プレビューを確認するまでは何も保存されません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="100"/>
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="102"/>
        <source>Save blank template…</source>
        <translation>空のひな形を保存…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="142"/>
        <source>Also import rows that duplicate existing tasks</source>
        <translation>既存の業務と重複する行も取り込む</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="144"/>
        <source>Show only rows with warnings or errors</source>
        <translation>注意またはエラーのある行だけ表示</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="159"/>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="161"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="163"/>
        <source>Import</source>
        <translation>取り込む</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="165"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="193"/>
        <source>Reading {name}</source>
        <translation>{name} を読み込んでいます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="218"/>
        <source>Checking rows</source>
        <translation>行を確認しています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="233"/>
        <source>Importing tasks</source>
        <translation>業務を取り込んでいます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="239"/>
        <source>Save blank template</source>
        <translation>空のひな形の保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="250"/>
        <source>Saving template</source>
        <translation>ひな形を保存しています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="271"/>
        <source>Examples: {values}</source>
        <translation>例: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="277"/>
        <source>{name} ({where}): header in row {row}, {count} rows. Choose which field each column fills.</source>
        <translation>{name}（{where}）：見出しは {row} 行目、データは {count} 行です。各列をどの項目に入れるか選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="322"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_dialog.py" line="340"/>
        <source>This did not work: {error}. Nothing was changed.</source>
        <translation>うまくいきませんでした: {error}。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>InventoryWizardPage</name>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="75"/>
        <source>Steps of the inventory</source>
        <translation>棚卸しのステップ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="93"/>
        <source>Progress</source>
        <translation>進み具合</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="94"/>
        <source>◀ &amp;Back</source>
        <translation>◀ 戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="95"/>
        <source>&amp;Next ▶</source>
        <translation>次へ(&amp;N) ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="96"/>
        <source>The previous step (Alt+B)</source>
        <translation>前のステップへ (Alt+B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="97"/>
        <source>Save and go to the next step (Alt+N)</source>
        <translation>保存して次のステップへ (Alt+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="45"/>
        <location filename="../../desktop/gui/wizard/page.py" line="127"/>
        <source>Guided inventory</source>
        <translation>かんたん業務棚卸し</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="152"/>
        <source>Step {n}: {title}</source>
        <translation>ステップ {n}：{title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="154"/>
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="178"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/page.py" line="205"/>
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n 領域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/page.py" line="206"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>業務 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/page.py" line="207"/>
        <source>%n still missing</source>
        <translation>
            <numerusform>未入力 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/page.py" line="208"/>
        <source>{done} of {total} decided</source>
        <translation>判断済み {done} / {total} 件</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="70"/>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
</context>
<context>
    <name>KpiText</name>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="27"/>
        <source>Inventoried work</source>
        <translation>棚卸しした業務時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="28"/>
        <source>Hours saved by ECRS</source>
        <translation>ECRSで削減した時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="29"/>
        <source>Work that could be outsourced</source>
        <translation>外注・テレワークできる時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="30"/>
        <source>Hours outsourced</source>
        <translation>外注した時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="31"/>
        <source>Cost if done in-house</source>
        <translation>社内で行った場合の費用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="32"/>
        <source>Cost of outsourcing</source>
        <translation>外注費</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="33"/>
        <source>Saving a month</source>
        <translation>月あたりの削減額</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="34"/>
        <source>Return on investment (ROI)</source>
        <translation>投資対効果（ROI）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="35"/>
        <source>Paid to local workers</source>
        <translation>地域の担当者への支払（地域内還流）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="36"/>
        <source>Earned from companies outside the area</source>
        <translation>地域外の会社から得た収入</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="37"/>
        <source>Local people with regular work</source>
        <translation>定常的な仕事がある地域の人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="38"/>
        <source>Workers by kind</source>
        <translation>稼働した担当者（区分別）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="39"/>
        <source>Trainees paid within 90 days</source>
        <translation>90日以内に有償業務に就いた研修生</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="40"/>
        <source>Days from training to paid work</source>
        <translation>研修修了から有償業務までの日数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="41"/>
        <source>Still working after 90 days</source>
        <translation>90日定着率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="42"/>
        <source>Still working after 180 days</source>
        <translation>180日定着率</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="43"/>
        <source>Tasks no longer tied to one person</source>
        <translation>属人化を解消した業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="44"/>
        <source>Companies taking part</source>
        <translation>参加企業数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="52"/>
        <source>Hours a month of all tasks in the inventory</source>
        <translation>棚卸しした全業務の月あたり時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="53"/>
        <source>Hours a month removed by improving the work (ECRS)</source>
        <translation>業務改善（ECRS）でなくした月あたり時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="54"/>
        <source>Hours a month of tasks suitable for telework</source>
        <translation>テレワーク向きの業務の月あたり時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="55"/>
        <source>Hours a month done by outside workers</source>
        <translation>外部の担当者が行った月あたり時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="56"/>
        <source>Those hours × the company&apos;s hourly cost, a month</source>
        <translation>その時間×会社の時給（月あたり）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="57"/>
        <source>What outside workers were paid, a month</source>
        <translation>外部の担当者への支払額（月あたり）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="58"/>
        <source>In-house cost minus outsourcing cost, a month</source>
        <translation>社内費用から外注費を引いた額（月あたり）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="59"/>
        <source>Saving in the period against training and setup costs</source>
        <translation>期間内の削減額と研修費・導入費の比較</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="60"/>
        <source>Paid in the period to workers living in the area</source>
        <translation>期間内に地域在住の担当者へ支払った額</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="61"/>
        <source>Earned in the period by local workers from companies elsewhere</source>
        <translation>期間内に地域の担当者が他地域の会社から得た額</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="64"/>
        <source>Local workers with regular work at the end of the period</source>
        <translation>期間末に定常的な仕事がある地域の担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="65"/>
        <source>Workers who recorded hours, by kind</source>
        <translation>作業時間を記録した担当者（区分別）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="66"/>
        <source>Share of trainees with paid work within 90 days of the course</source>
        <translation>研修修了後90日以内に有償業務に就いた割合</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="69"/>
        <source>Median days from the end of the course to paid work</source>
        <translation>研修修了から有償業務までの日数（中央値）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="72"/>
        <source>Share of workers still working 90 days after starting</source>
        <translation>仕事を始めて90日後も続けている人の割合</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="73"/>
        <source>Share of workers still working 180 days after starting</source>
        <translation>仕事を始めて180日後も続けている人の割合</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="74"/>
        <source>One-person tasks that now have a written procedure</source>
        <translation>手順書ができた、一人しか知らなかった業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="75"/>
        <source>Companies with work in the period</source>
        <translation>期間内に仕事があった会社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="83"/>
        <source>The hours a month that all tasks of the work inventory take (minutes each time × how often), discontinued tasks left out. Tasks without minutes or frequency are not counted.</source>
        <translation>業務棚卸しの全業務にかかる月あたりの時間（1回の分数×頻度）。廃止した業務は除きます。分数や頻度が未入力の業務は数えません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="88"/>
        <source>The hours a month saved by ECRS decisions that change the work (eliminate, combine, rearrange, simplify): the minutes saved recorded on each task, at most the task&apos;s own hours.</source>
        <translation>業務を変えるECRSの判断（排除・結合・入替・簡素化）で削減した月あたりの時間。各業務に記録した削減分数で、その業務自体の時間が上限です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="93"/>
        <source>The hours a month of tasks judged suitable, or suitable once prepared, for telework or BPO (the owner&apos;s own judgement first), minus what ECRS already saves on them.</source>
        <translation>テレワーク・BPO向き、または準備すれば向きと判定した業務の月あたり時間（経営者自身の判断を優先）から、ECRSで削減した分を引いたもの。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="98"/>
        <source>The hours outside workers (local and urban, not the company&apos;s own staff) recorded on their assignments, for an average month of the period so far.</source>
        <translation>外部の担当者（地域・都市部。自社の社員は除く）が割当に記録した作業時間の、これまでの期間の月平均。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="103"/>
        <source>What the outsourced hours would have cost with the company&apos;s own staff: hours × the company&apos;s hourly cost (set on the company profile), for an average month.</source>
        <translation>外注した時間を自社の社員で行った場合の費用：時間×会社の時給（会社情報で設定）の月平均。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="108"/>
        <source>What outside workers were paid: their hours × the agreed rate of each assignment, for an average month.</source>
        <translation>外部の担当者への支払額：作業時間×各割当の単価の月平均。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="113"/>
        <source>What the outside workers&apos; hours would have cost in-house minus what they cost, for an average month of the period so far.</source>
        <translation>外部の担当者の作業時間を社内で行った場合の費用から、実際の外注費を引いた額の、これまでの期間の月平均。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="118"/>
        <source>(Saving over the period − programme costs) ÷ programme costs. The costs are training per trainee who started a course in the period, setup per company taking part, and other costs. 0% means the saving just pays the costs back.</source>
        <translation>（期間内の削減額−プログラム費用）÷プログラム費用。費用は、期間内に研修を始めた人数分の研修費、参加企業数分の導入費、その他の費用です。0%は削減額で費用をちょうど回収できたことを表します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="124"/>
        <source>What workers living in the area (local workers) were paid for their hours in the period: money that stays in the region.</source>
        <translation>地域に住む担当者（地域人材）に期間内の作業時間分として支払った額。地域内にとどまるお金（地域内還流）です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="129"/>
        <source>What local workers were paid in the period by companies outside their own municipality: money that comes into the region.</source>
        <translation>地域の担当者が期間内に、自分の市区町村以外の会社から受け取った額。地域に入ってくるお金です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="134"/>
        <source>Local workers with regular work on the last day of the period (or today): running assignments of at least {hours} hours a month planned in total, or in the “regular” training stage.</source>
        <translation>期間の最終日（または今日）に定常的な仕事がある地域の担当者：進行中の割当の予定時間が合計で月{hours}時間以上、または育成段階が「定常業務」の人。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="139"/>
        <source>Every worker who recorded hours in the period, counted by kind (local, urban, staff).</source>
        <translation>期間内に作業時間を記録した担当者全員を、区分（地域・都市部・社員）ごとに数えた人数です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="143"/>
        <source>Of the trainees whose result became known in the period, the share who began paid work within {days} days of the end of their course.</source>
        <translation>期間内に結果が確定した研修生のうち、研修修了から{days}日以内に有償業務を始めた人の割合。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="148"/>
        <source>The median number of days from the end of the course to the first paid work, for the trainees whose result became known in the period and who reached paid work.</source>
        <translation>期間内に結果が確定し、有償業務に就いた研修生の、研修修了から最初の有償業務までの日数の中央値。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="153"/>
        <source>Of the outside workers whose first paid work began at least 90 days ago, the share still working 90 days after it began: an assignment running that day, or hours in the {window} days up to it.</source>
        <translation>最初の有償業務を始めて90日以上たった外部の担当者のうち、90日後も仕事を続けている人の割合（その日に進行中の割当があるか、その日までの{window}日間に作業時間がある）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="159"/>
        <source>Of the outside workers whose first paid work began at least 180 days ago, the share still working 180 days after it began: an assignment running that day, or hours in the {window} days up to it.</source>
        <translation>最初の有償業務を始めて180日以上たった外部の担当者のうち、180日後も仕事を続けている人の割合（その日に進行中の割当があるか、その日までの{window}日間に作業時間がある）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="165"/>
        <source>Tasks only one person knows (属人化) whose procedure is now written: documented in full, or at least {steps} steps a worker may see. Others can then take them over.</source>
        <translation>一人しか知らない（属人化した）業務のうち、手順が書き出されたもの：手順書が完備、または担当者が見られる手順が{steps}つ以上。ほかの人が引き継げるようになります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="170"/>
        <source>Companies with an assignment running in the period, or hours recorded in it.</source>
        <translation>期間内に進行中の割当があった、または作業時間の記録があった会社。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="187"/>
        <source>Economic value</source>
        <translation>経済的価値</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="188"/>
        <source>Social value</source>
        <translation>社会的価値</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="196"/>
        <source>The company&apos;s hourly cost (in-house) is not set</source>
        <translation>会社の時給（社内コスト）が未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="197"/>
        <source>Some assignments have no agreed hourly rate</source>
        <translation>単価が未設定の割当があります</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="198"/>
        <source>No hours were recorded in this period</source>
        <translation>この期間の作業時間の記録がありません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="199"/>
        <source>No worker is assigned yet</source>
        <translation>まだ担当者が割り当てられていません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="200"/>
        <source>No trainee&apos;s result is known in this period</source>
        <translation>この期間に結果が確定した研修生がいません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="201"/>
        <source>No trainee has reached paid work yet</source>
        <translation>有償業務に就いた研修生がまだいません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="202"/>
        <source>The training records are kept on the partner&apos;s PC</source>
        <translation>研修の記録はパートナーのPCにあります</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="203"/>
        <source>The programme costs (training, setup) are not set</source>
        <translation>プログラム費用（研修費・導入費）が未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="204"/>
        <source>Where some workers live (municipality) is not known</source>
        <translation>住まい（市区町村）が不明な担当者がいます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="205"/>
        <source>The company&apos;s municipality is not set</source>
        <translation>会社の市区町村が未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="206"/>
        <source>No task has been inventoried yet</source>
        <translation>まだ業務を棚卸ししていません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="207"/>
        <source>Some tasks have no minutes or frequency</source>
        <translation>分数または頻度が未入力の業務があります</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="208"/>
        <source>Nobody has worked long enough yet</source>
        <translation>まだ十分な期間働いた人がいません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="209"/>
        <source>No task is marked as known by only one person</source>
        <translation>「一人しか知らない」業務がありません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="210"/>
        <source>No company is registered</source>
        <translation>会社が登録されていません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="214"/>
        <source>Data missing ({code})</source>
        <translation>データ不足（{code}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="221"/>
        <source>Task</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="222"/>
        <source>Assignment</source>
        <translation>割当</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="223"/>
        <source>Worker</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="224"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="225"/>
        <source>Kind of worker</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="226"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="241"/>
        <source>Kind not known</source>
        <translation>区分不明</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="245"/>
        <source>Training costs</source>
        <translation>研修費</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="246"/>
        <source>Setup costs</source>
        <translation>導入費</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="247"/>
        <source>Other costs</source>
        <translation>その他の費用</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="248"/>
        <source>Saving in the period</source>
        <translation>期間内の削減額</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="262"/>
        <source>{hours} h a month planned</source>
        <translation>予定 月{hours}時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="265"/>
        <source>Documented in full</source>
        <translation>手順書完備</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="266"/>
        <source>{done} shareable steps (written from {least})</source>
        <translation>共有できる手順 {done}（{least}以上で作成済み）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="310"/>
        <source>h</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="311"/>
        <source>h/month</source>
        <translation>時間/月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="312"/>
        <source>yen</source>
        <translation>円</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="313"/>
        <source>yen/month</source>
        <translation>円/月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="315"/>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="316"/>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="317"/>
        <source>tasks</source>
        <translation>件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="318"/>
        <source>companies</source>
        <translation>社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="330"/>
        <source>{number} {unit}</source>
        <translation>{number}{unit}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="359"/>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/kpi_text.py" line="364"/>
        <source>FY{year}</source>
        <translation>{year}年度</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/gui/first_window.py" line="42"/>
        <location filename="../../desktop/gui/main_window.py" line="108"/>
        <source>Machishigoto — workflow inventory and local telework</source>
        <translation>まちしごと — 業務棚卸しと地域のテレワーク</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_window.py" line="73"/>
        <location filename="../../desktop/gui/first_window.py" line="74"/>
        <location filename="../../desktop/gui/main_window.py" line="113"/>
        <location filename="../../desktop/gui/main_window.py" line="114"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_window.py" line="77"/>
        <location filename="../../desktop/gui/main_window.py" line="117"/>
        <source>&amp;Company:</source>
        <translation>会社(&amp;C):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_window.py" line="85"/>
        <location filename="../../desktop/gui/main_window.py" line="129"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="189"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="191"/>
        <source>&amp;Import tasks from Excel or CSV…</source>
        <translation>Excel・CSVから業務を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="193"/>
        <source>E&amp;xport tasks to Excel or CSV…</source>
        <translation>業務をExcel・CSVに書き出す(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="195"/>
        <source>&amp;Print</source>
        <translation>印刷(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="197"/>
        <source>&amp;Task sheets of this company</source>
        <translation>この会社の作業指示書(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="201"/>
        <source>&amp;Interview sheet (pre-filled)</source>
        <translation>ヒアリングシート（この会社の業務を印字）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="205"/>
        <source>Interview sheet (&amp;blank)</source>
        <translation>ヒアリングシート（白紙）(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="208"/>
        <source>&amp;Connection card…</source>
        <translation>接続カード…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="212"/>
        <source>&amp;Back up database...</source>
        <translation>データベースのバックアップ(&amp;B)...</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="213"/>
        <source>Backups and &amp;restore…</source>
        <translation>バックアップと復元(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="214"/>
        <source>Add &amp;demo data</source>
        <translation>デモデータを追加(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="215"/>
        <source>Small: one tea farm</source>
        <translation>小：茶園 1 社</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="216"/>
        <source>Large: 50 companies, 5,000 tasks</source>
        <translation>大：50 社・5,000 業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="218"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="221"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="222"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="224"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="230"/>
        <source>S&amp;ync</source>
        <translation>同期(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="231"/>
        <source>Sync &amp;now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="233"/>
        <source>&amp;Connect to partner server…</source>
        <translation>パートナーサーバーに接続…(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="236"/>
        <source>&amp;Write sync file for USB…</source>
        <translation>USB用の同期ファイルを書き出す(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="237"/>
        <source>&amp;Read sync file…</source>
        <translation>同期ファイルを取り込む(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="241"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="242"/>
        <source>Text &amp;size</source>
        <translation>文字の大きさ(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="250"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="261"/>
        <source>Database: {path}</source>
        <translation>データベース: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="266"/>
        <source>Open the conflicts to review them</source>
        <translation>クリックすると競合の確認を開きます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="330"/>
        <source>Counting changes waiting</source>
        <translation>送信待ちの変更を数えています</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/main_window.py" line="337"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>送信待ちの変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="365"/>
        <source>Adding demo data</source>
        <translation>デモデータを追加しています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="379"/>
        <source>Back up database</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="379"/>
        <source>Database (*.sqlite3)</source>
        <translation>データベース (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="393"/>
        <source>Backing up</source>
        <translation>バックアップしています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="412"/>
        <source>The operation failed: {error}</source>
        <translation>処理を完了できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="413"/>
        <location filename="../../desktop/gui/main_window.py" line="427"/>
        <source>Machishigoto</source>
        <translation>まちしごと</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/main_window.py" line="428"/>
        <source>The new language is used from the next start.</source>
        <translation>新しい言語は次回の起動から使われます。</translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message>
        <location filename="../../desktop/gui/assign_commands.py" line="90"/>
        <source>Assign a team to “{task}”</source>
        <translation>「{task}」にチームを割り当て</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_commands.py" line="92"/>
        <source>Assign to “{task}”</source>
        <translation>「{task}」に割り当て</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="159"/>
        <source>Find workers</source>
        <translation>担当者を探す</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="168"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="223"/>
        <source>Workers, best first</source>
        <translation>担当者候補（適合度順）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="232"/>
        <source>&amp;Workers, best first:</source>
        <translation>担当者候補・適合度順(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="236"/>
        <source>Assign</source>
        <translation>割り当て</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="249"/>
        <source>Why this score</source>
        <translation>この点数の理由</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="255"/>
        <location filename="../../desktop/gui/match_dialog.py" line="492"/>
        <source>Choose a worker in the list to see why.</source>
        <translation>一覧から担当者を選ぶと理由が表示されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="258"/>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="258"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="272"/>
        <source>Points and reasons</source>
        <translation>点数と理由</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="280"/>
        <source>Assign the selected worker</source>
        <translation>選んだ担当者を割り当て</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="291"/>
        <source>&amp;No end date</source>
        <translation>終了日なし(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="298"/>
        <location filename="../../desktop/gui/match_dialog.py" line="338"/>
        <location filename="../../desktop/gui/match_dialog.py" line="340"/>
        <source> yen/h</source>
        <translation> 円/時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="299"/>
        <location filename="../../desktop/gui/match_dialog.py" line="339"/>
        <location filename="../../desktop/gui/match_dialog.py" line="341"/>
        <source> h/month</source>
        <translation> 時間/月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="302"/>
        <source>&amp;Assign</source>
        <translation>割り当てる(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="304"/>
        <location filename="../../desktop/gui/match_dialog.py" line="559"/>
        <source>Assign the selected worker (Enter in the list)</source>
        <translation>選んだ担当者を割り当てます（一覧でEnter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="309"/>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="310"/>
        <source>End</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="332"/>
        <source>Proposed team</source>
        <translation>チーム案</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="347"/>
        <source>Operator&apos;s rate</source>
        <translation>作業担当の単価</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="348"/>
        <source>Operator&apos;s planned hours a month</source>
        <translation>作業担当の月間予定時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="349"/>
        <source>Supervisor&apos;s rate</source>
        <translation>指導役の単価</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="350"/>
        <source>Supervisor&apos;s planned hours a month</source>
        <translation>指導役の月間予定時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="367"/>
        <source>Assign this &amp;team</source>
        <translation>このチームで割り当てる(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="369"/>
        <source>Assign the operator and the supervisor for the period on the left</source>
        <translation>左の期間で、作業担当と指導役の両方を割り当てます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="388"/>
        <source>Matching workers</source>
        <translation>担当者を照合中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="408"/>
        <source>This task no longer exists.</source>
        <translation>この業務はもうありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="410"/>
        <source>The workers could not be matched: {error}</source>
        <translation>担当者を照合できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="422"/>
        <source>Find workers — {task}</source>
        <translation>担当者を探す — {task}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="436"/>
        <source>{n} workers ({k} excluded by clearance); {p} paused or left are not listed.</source>
        <translation>{n}人（うち機密区分で対象外 {k}人）。休止中・退会済みの{p}人は表示していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="495"/>
        <source>{name} — {kind}</source>
        <translation>{name} — {kind}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="500"/>
        <source>Excluded: this person may not see the task&apos;s information. Never recommended.</source>
        <translation>対象外：この方はこの業務の情報を扱えません。推薦されません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="502"/>
        <source>Recommended.</source>
        <translation>おすすめです。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="504"/>
        <source>Still in the skills course: give small, supervised work first.</source>
        <translation>まだ講座受講中です。まずは指導付きの小さな仕事から任せてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="506"/>
        <source>Possible, with the drawbacks listed below.</source>
        <translation>割り当ては可能です（下記の注意点があります）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="508"/>
        <source>Starting points</source>
        <translation>基本点</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="511"/>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="557"/>
        <source>This person is excluded (clearance) and cannot be assigned.</source>
        <translation>この方は機密区分の許可がないため割り当てできません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="627"/>
        <source>The task or the worker no longer exists. The list was reloaded.</source>
        <translation>業務または担当者がもうありません。一覧を読み込み直しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="636"/>
        <source>{name} as {role} (code {code})</source>
        <translation>{name}（{role}、コード {code}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="643"/>
        <source>Assigned: {list}.</source>
        <translation>割り当てました：{list}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="666"/>
        <source>{role}: {message}</source>
        <translation>{role}：{message}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="697"/>
        <source>The change could not be made: {error}</source>
        <translation>変更できませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>MatchResultsModel</name>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="79"/>
        <source>Score</source>
        <translation>点数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="80"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="81"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/match_dialog.py" line="82"/>
        <source>Main reasons</source>
        <translation>主な理由</translation>
    </message>
</context>
<context>
    <name>Matching</name>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="24"/>
        <location filename="../../desktop/gui/assign_text.py" line="198"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="29"/>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="30"/>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="31"/>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="32"/>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="33"/>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="34"/>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="35"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="47"/>
        <source>Covers {skills}.</source>
        <translation>{skills}に対応できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="50"/>
        <source>Can do {skills} but not alone (expert skill: a supervisor is needed).</source>
        <translation>{skills}は実務可ですが、専門スキルのため一人では任せられません（指導役が必要）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="56"/>
        <source>Still learning {skills}.</source>
        <translation>{skills}は学習中です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="59"/>
        <source>Lacks {skills}.</source>
        <translation>{skills}がありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="73"/>
        <source>The task names no skill of the skills catalogue.</source>
        <translation>この業務には、スキル一覧にある必要スキルが書かれていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="74"/>
        <source>{available} h a month free ({capacity} h available, {booked} h already planned); the task needs {needed} h.</source>
        <translation>月{available}時間の空きあり（稼働可能 {capacity}時間、予定済み {booked}時間）。業務に必要なのは月{needed}時間です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="79"/>
        <source>Only {available} h a month free ({capacity} h available, {booked} h already planned); the task needs {needed} h.</source>
        <translation>空きは月{available}時間のみ（稼働可能 {capacity}時間、予定済み {booked}時間）。業務には月{needed}時間必要です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="84"/>
        <source>No free hours ({capacity} h available, {booked} h already planned); the task needs {needed} h.</source>
        <translation>空き時間がありません（稼働可能 {capacity}時間、予定済み {booked}時間）。業務には月{needed}時間必要です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="88"/>
        <source>The task&apos;s hours a month are not known yet; {available} h a month free.</source>
        <translation>業務の月間時間がまだ分かりません。空きは月{available}時間です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="91"/>
        <source>The deadline is flexible: any working hours fit.</source>
        <translation>納期に余裕があるため、どの時間帯でも対応できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="92"/>
        <source>The task allows a few days: the time windows fit.</source>
        <translation>数日の余裕がある業務なので、稼働時間帯で対応できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="93"/>
        <source>No time windows given; the task allows a few days.</source>
        <translation>稼働時間帯の登録がありません（業務は数日の余裕あり）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="94"/>
        <source>No time windows given, but the deadline is “{deadline}”.</source>
        <translation>稼働時間帯の登録がありませんが、納期は「{deadline}」です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="97"/>
        <source>Available on every weekday, as the deadline “{deadline}” needs.</source>
        <translation>平日は毎日稼働でき、納期「{deadline}」に対応できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="100"/>
        <source>Not available on {days}, but the deadline is “{deadline}”.</source>
        <translation>{days}は稼働できませんが、納期は「{deadline}」です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="103"/>
        <source>No on-site work.</source>
        <translation>現地での作業はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="104"/>
        <source>Can come on site ({days} days a month) and lives in the same town.</source>
        <translation>同じ市町村に住んでいて、現地に来られます（月{days}日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="107"/>
        <source>Can come on site ({days} days a month) from elsewhere in the prefecture.</source>
        <translation>県内の別の市町村から現地に来られます（月{days}日）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="110"/>
        <source>Can come on site ({days} days a month) but lives far away.</source>
        <translation>現地に来られますが（月{days}日）、遠方に住んでいます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="111"/>
        <source>The task needs on-site work ({onsite}), but this person cannot come on site.</source>
        <translation>現地作業が必要（{onsite}）ですが、この方は現地に来られません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="114"/>
        <source>Local resident of the company&apos;s town.</source>
        <translation>会社と同じ市町村に住む地域在住者です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="115"/>
        <source>Local resident in the same prefecture.</source>
        <translation>同じ都道府県に住む地域在住者です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="116"/>
        <source>Local resident of another area.</source>
        <translation>別の地域に住む地域在住者です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="117"/>
        <source>Local resident (place not given).</source>
        <translation>地域在住者です（住所地の登録なし）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="118"/>
        <source>{kind}; lives in the company&apos;s town.</source>
        <translation>{kind}。会社と同じ市町村に住んでいます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="119"/>
        <source>{kind}; lives in the same prefecture.</source>
        <translation>{kind}。同じ都道府県に住んでいます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="120"/>
        <source>{kind}; lives in another area.</source>
        <translation>{kind}。別の地域に住んでいます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="121"/>
        <source>{kind}; place not given.</source>
        <translation>{kind}。住所地の登録なし。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="122"/>
        <source>Already in regular work.</source>
        <translation>すでに定期案件を担当しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="123"/>
        <source>Doing small paid jobs.</source>
        <translation>小規模案件を担当しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="124"/>
        <source>In on-the-job training (OJT).</source>
        <translation>OJT中です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="125"/>
        <source>Still in the skills course (trainee).</source>
        <translation>まだ講座受講中です（研修生）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="126"/>
        <source>Not in the training pipeline.</source>
        <translation>育成プログラムの対象外です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="127"/>
        <source>Cleared for this confidentiality ({needed}); clearance: {clearance}.</source>
        <translation>この機密区分（{needed}）を扱えます。許可区分：{clearance}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="130"/>
        <source>Not cleared for this confidentiality ({needed}); clearance: {clearance}. Cannot be assigned.</source>
        <translation>この機密区分（{needed}）を扱えません。許可区分：{clearance}。割り当てできません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="134"/>
        <source>The score stops at 100 (the sum was {raw}).</source>
        <translation>点数の上限は100点です（合計は{raw}点）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="135"/>
        <source>The score stops at 0 (the sum was {raw}).</source>
        <translation>点数の下限は0点です（合計は{raw}点）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="160"/>
        <source>all skills</source>
        <translation>スキル充足</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="161"/>
        <source>skills OK with a supervisor</source>
        <translation>指導役付きでスキル充足</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="162"/>
        <source>skills {count}/{total}</source>
        <translation>スキル{count}/{total}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="163"/>
        <source>lacks the skills</source>
        <translation>スキル不足</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="164"/>
        <source>has the hours</source>
        <translation>時間あり</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="165"/>
        <source>short of hours</source>
        <translation>時間不足</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="166"/>
        <source>no free hours</source>
        <translation>空き時間なし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="167"/>
        <source>every weekday</source>
        <translation>平日毎日可</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="168"/>
        <source>not every weekday</source>
        <translation>稼働しない平日あり</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="169"/>
        <source>time windows unknown</source>
        <translation>時間帯未登録</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="170"/>
        <source>can come on site</source>
        <translation>現地対応可</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="171"/>
        <source>on site from nearby</source>
        <translation>近隣から現地対応</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="172"/>
        <source>far for on-site work</source>
        <translation>現地まで遠い</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="173"/>
        <source>cannot come on site</source>
        <translation>現地対応不可</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="174"/>
        <location filename="../../desktop/gui/assign_text.py" line="178"/>
        <source>lives in town</source>
        <translation>同じ市町村</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="175"/>
        <source>same prefecture</source>
        <translation>同じ都道府県</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="176"/>
        <location filename="../../desktop/gui/assign_text.py" line="177"/>
        <source>local resident</source>
        <translation>地域在住</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="179"/>
        <source>regular work</source>
        <translation>定期案件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="180"/>
        <source>small jobs</source>
        <translation>小規模案件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="181"/>
        <source>in OJT</source>
        <translation>OJT中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="182"/>
        <source>in the course</source>
        <translation>講座受講中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="195"/>
        <source>Excluded: not cleared for “{level}” work</source>
        <translation>対象外：「{level}」の業務を扱う許可なし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="205"/>
        <source>{name} (trainee)</source>
        <translation>{name}（研修生）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="208"/>
        <source>{name} (assigned: {roles})</source>
        <translation>{name}（割当済：{roles}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="215"/>
        <source>{hours} h a month</source>
        <translation>月{hours}時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="217"/>
        <source>hours a month not known</source>
        <translation>月間時間は未入力</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="219"/>
        <source>{company} · {hours} · deadline: {deadline} · on-site: {onsite} · {confidentiality}</source>
        <translation>{company}・{hours}・納期：{deadline}・現地作業：{onsite}・{confidentiality}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="234"/>
        <source>{skill} (expert)</source>
        <translation>{skill}（専門）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="237"/>
        <source>Skills needed: {skills}</source>
        <translation>必要スキル：{skills}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="239"/>
        <source>Skills needed: none of the skills catalogue</source>
        <translation>必要スキル：スキル一覧にあるものはありません</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="241"/>
        <source>Not in the skills catalogue (not scored): {words}</source>
        <translation>スキル一覧にない語（評価対象外）：{words}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="250"/>
        <source>This PC holds no worker pool (a company&apos;s PC): matching is done on the partner&apos;s PC.</source>
        <translation>このパソコンには担当者名簿がありません（会社用のパソコンです）。担当者の照合はパートナーのパソコンで行います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="257"/>
        <source>{operator} covers every skill of the task: no supervisor is needed.</source>
        <translation>{operator}さんが業務の必要スキルをすべて満たしているため、指導役は不要です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="260"/>
        <source>Operator: {operator} (local). Supervisor: {supervisor}, who masters {covered} — what {operator} does not cover alone.</source>
        <translation>作業担当：{operator}さん（地域在住）。指導役：{supervisor}さん。{operator}さんが一人では担えない{covered}を、{supervisor}さんが指導できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="265"/>
        <source>Operator: {operator} (local). Supervisor: {supervisor}, who masters {covered}. Nobody in the pool masters {uncovered}.</source>
        <translation>作業担当：{operator}さん（地域在住）。指導役：{supervisor}さん（{covered}を指導可）。{uncovered}を指導できる人は名簿にいません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="270"/>
        <source>{operator} lacks {gaps}, and nobody in the pool masters it (level 3) with the clearance. Train someone or look for a specialist.</source>
        <translation>{operator}さんには{gaps}が足りず、機密区分の許可を持ち指導できる（レベル3の）人も名簿にいません。研修を行うか、専門人材を探してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/assign_text.py" line="275"/>
        <source>No local worker can take this task (none in the pool, or none with the clearance).</source>
        <translation>この業務を担当できる地域在住者がいません（名簿にいない、または機密区分の許可がない）。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/gui/messages.py" line="40"/>
        <source>The database could not be opened: {error}</source>
        <translation>データベースを開けませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="46"/>
        <source>The file {path} is not a Machishigoto database (or it is damaged). It was not changed.</source>
        <translation>ファイル {path} は、まちしごとのデータベースではないか、壊れています。ファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="50"/>
        <source>The file {path} is a database of another program. Machishigoto does not write to it.</source>
        <translation>ファイル {path} は別のソフトのデータベースです。まちしごとはこのファイルに書き込みません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="53"/>
        <source>The database {path} was made by a newer version of Machishigoto. Please update the app; the file was not changed.</source>
        <translation>データベース {path} は、新しいバージョンのまちしごとで作られています。アプリを更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="58"/>
        <source>The database {path} is in use by another program or another Machishigoto window. Close it and try again.</source>
        <translation>データベース {path} は、別のソフトか別のまちしごとの画面で使用中です。そちらを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="63"/>
        <source>The database {path} cannot be written (read-only file or folder). Choose a folder you can write to.</source>
        <translation>データベース {path} に書き込めません（読み取り専用のファイルかフォルダーです）。書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="68"/>
        <location filename="../../desktop/gui/messages.py" line="580"/>
        <source>The file {path} already exists. Choose a new file name; nothing was overwritten.</source>
        <translation>ファイル {path} はすでにあります。別のファイル名を指定してください。上書きはしていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="71"/>
        <source>The database {path} could not be read or written: {detail}</source>
        <translation>データベース {path} を読み書きできませんでした: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="72"/>
        <location filename="../../desktop/gui/messages.py" line="557"/>
        <source>The disk holding {path} is full, so the last change could not be saved (everything saved before is safe). Free some space, for example by emptying the recycle bin, then try again.</source>
        <translation>{path} のあるディスクがいっぱいのため、最後の変更を保存できませんでした（それまでに保存した内容は無事です）。ごみ箱を空にするなどして空き容量を作ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="77"/>
        <source>The file {path} is damaged ({detail}). It was not used and nothing was changed.</source>
        <translation>ファイル {path} は壊れています（{detail}）。使用せず、何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="86"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="87"/>
        <source>Name (kana)</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="88"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="89"/>
        <source>Municipality</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="90"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="91"/>
        <source>Employees</source>
        <translation>従業員数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="92"/>
        <source>Contact person</source>
        <translation>ご担当者（連絡先）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="93"/>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="94"/>
        <source>Email</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="95"/>
        <source>Internal hourly cost (yen)</source>
        <translation>社内の時間単価（円）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="96"/>
        <source>Expected outsourcing rate (yen/hour)</source>
        <translation>外部化の想定単価（円／時間）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="97"/>
        <source>Minutes saved a month by the improvement</source>
        <translation>改善で減らせる時間（分／月）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="98"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="99"/>
        <source>Area of work</source>
        <translation>部署・業務領域</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="100"/>
        <source>Description</source>
        <translation>業務の内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="101"/>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="102"/>
        <source>Minutes each time</source>
        <translation>1回の所要時間（分）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="103"/>
        <source>Done by</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="104"/>
        <source>Skills needed</source>
        <translation>必要なスキル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="105"/>
        <source>Tools and systems</source>
        <translation>使う道具・システム</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="106"/>
        <source>Paper or digital</source>
        <translation>紙・電子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="107"/>
        <source>On-site need</source>
        <translation>現地での作業</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="108"/>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="109"/>
        <source>Handles personal data</source>
        <translation>個人情報を扱う</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="110"/>
        <source>Only one person knows it</source>
        <translation>一人しかやり方を知らない（属人化）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="111"/>
        <source>Written procedure</source>
        <translation>手順書</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="112"/>
        <source>Seasonality</source>
        <translation>繁閑の波</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="113"/>
        <source>Deadline pressure</source>
        <translation>締切の厳しさ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="114"/>
        <source>ECRS decision</source>
        <translation>ECRSの判断</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="115"/>
        <source>ECRS note</source>
        <translation>ECRSのメモ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="116"/>
        <source>Suitability override</source>
        <translation>外部化の判定の上書き</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="117"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="118"/>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="120"/>
        <source>Kind of worker</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="121"/>
        <source>Hours available a week</source>
        <translation>週の稼働可能時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="122"/>
        <source>Time windows</source>
        <translation>稼働できる時間帯</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="123"/>
        <source>Days on site possible a month</source>
        <translation>月の出社可能日数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="124"/>
        <source>Hourly rate (yen)</source>
        <translation>時給（円）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="125"/>
        <source>Confidentiality clearance</source>
        <translation>取扱可能な機密度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="126"/>
        <source>Consent to hold personal data (date)</source>
        <translation>個人情報保管の同意日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="127"/>
        <source>Private constraints</source>
        <translation>個人的な事情</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="128"/>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="129"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="130"/>
        <source>Training stage</source>
        <translation>育成段階</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="131"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="132"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="133"/>
        <source>Agreed rate (yen/hour)</source>
        <translation>合意した単価（円/時）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="134"/>
        <source>Planned hours a month</source>
        <translation>月の予定時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="135"/>
        <source>Worker</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="136"/>
        <source>Task</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="137"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="138"/>
        <source>Hours</source>
        <translation>作業時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="139"/>
        <source>Short code</source>
        <translation>短縮コード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="140"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="149"/>
        <source>{label} is required.</source>
        <translation>「{label}」を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="150"/>
        <source>{label} is too long (at most {limit} characters).</source>
        <translation>「{label}」が長すぎます（{limit} 文字まで）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="151"/>
        <source>{label} is out of range (at most {limit}).</source>
        <translation>「{label}」の値が範囲外です（上限 {limit}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="152"/>
        <source>{label} is not valid.</source>
        <translation>「{label}」の値が正しくありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="153"/>
        <source>{label}: this frequency takes more time than the period has.</source>
        <translation>「{label}」: この頻度と所要時間では、期間内に収まりません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="154"/>
        <source>{label}: please give a reason.</source>
        <translation>「{label}」: 理由を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="155"/>
        <source>{label} must be more than 0.</source>
        <translation>{label}は0より大きい値にしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="156"/>
        <source>{label} cannot be negative.</source>
        <translation>{label}にマイナスは入力できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="157"/>
        <source>{label}: a day has at most 24 hours.</source>
        <translation>{label}：1日は最大24時間です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="158"/>
        <source>{label}: please write a date like 2026-04-01.</source>
        <translation>{label}：2026-04-01のように日付を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="159"/>
        <source>{label} cannot be a date in the future.</source>
        <translation>{label}に未来の日付は指定できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="160"/>
        <source>{label}: the end is before the start.</source>
        <translation>{label}：終了日が開始日より前です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="161"/>
        <source>{label} overlaps an assignment that already exists for this person.</source>
        <translation>{label}が、この人の既存の割り当てと重なっています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="164"/>
        <source>{label} is outside the assignment&apos;s period.</source>
        <translation>{label}が割り当ての期間外です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="165"/>
        <source>{label} can only be kept with the person&apos;s consent: enter the date of consent first.</source>
        <translation>{label}は本人の同意がある場合のみ保管できます。先に同意日を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="168"/>
        <source>{label}: no assignment has this code.</source>
        <translation>{label}：このコードの割り当てはありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="169"/>
        <source>{label}: not found.</source>
        <translation>{label}が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="170"/>
        <source>{label} is already there.</source>
        <translation>{label}はすでに登録されています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="171"/>
        <source>{label} may not handle information this confidential (their clearance is lower).</source>
        <translation>{label}は、この機密区分の情報を扱う許可がありません（取扱可能な機密区分が低いため）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="182"/>
        <source>per working day</source>
        <translation>営業日ごと</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="183"/>
        <source>per week</source>
        <translation>週ごと</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="184"/>
        <source>per month</source>
        <translation>月ごと</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="185"/>
        <source>per year</source>
        <translation>年ごと</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="188"/>
        <source>Paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="189"/>
        <source>Digital</source>
        <translation>電子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="190"/>
        <source>Paper and digital</source>
        <translation>紙と電子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="193"/>
        <source>Not needed</source>
        <translation>不要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="194"/>
        <source>Sometimes</source>
        <translation>ときどき必要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="195"/>
        <source>Always</source>
        <translation>常に必要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="198"/>
        <source>Public</source>
        <translation>公開可</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="199"/>
        <source>Internal</source>
        <translation>社外秘</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="200"/>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="203"/>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="204"/>
        <source>Partly</source>
        <translation>一部あり</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="205"/>
        <source>Complete</source>
        <translation>あり</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="208"/>
        <source>Even through the year</source>
        <translation>年間を通して一定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="209"/>
        <source>Month-end peak</source>
        <translation>月末に集中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="210"/>
        <source>Seasonal peak</source>
        <translation>季節で繁忙</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="211"/>
        <source>Irregular</source>
        <translation>不定期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="214"/>
        <source>Flexible</source>
        <translation>ゆるやか</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="215"/>
        <source>Within days</source>
        <translation>数日以内</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="216"/>
        <source>Same day</source>
        <translation>当日中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="217"/>
        <source>Immediately</source>
        <translation>即時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="220"/>
        <source>Not reviewed</source>
        <translation>未検討</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="221"/>
        <source>Eliminate</source>
        <translation>排除（E）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="222"/>
        <source>Combine</source>
        <translation>結合（C）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="223"/>
        <source>Rearrange</source>
        <translation>入替え（R）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="224"/>
        <source>Simplify</source>
        <translation>簡素化（S）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="225"/>
        <source>Keep as is</source>
        <translation>現状維持</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="228"/>
        <source>In use</source>
        <translation>実施中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="229"/>
        <source>Under review</source>
        <translation>検討中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="230"/>
        <source>Outsourced</source>
        <translation>外部化済み</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="231"/>
        <source>Discontinued</source>
        <translation>廃止</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="234"/>
        <source>Local resident</source>
        <translation>地域在住</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="235"/>
        <source>Urban side-job (kankei jinko)</source>
        <translation>関係人口・都市部の副業</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="236"/>
        <source>Company staff</source>
        <translation>社内</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="239"/>
        <location filename="../../desktop/gui/messages.py" line="255"/>
        <source>Active</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="240"/>
        <location filename="../../desktop/gui/messages.py" line="256"/>
        <source>Paused</source>
        <translation>休止中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="241"/>
        <source>Left</source>
        <translation>退会</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="244"/>
        <source>Course</source>
        <translation>講座</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="245"/>
        <source>OJT</source>
        <translation>OJT</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="246"/>
        <source>Small jobs</source>
        <translation>小規模案件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="247"/>
        <source>Regular work</source>
        <translation>定期案件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="250"/>
        <source>Operator</source>
        <translation>作業担当</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="251"/>
        <source>Supervisor</source>
        <translation>指導役</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="254"/>
        <source>Planned</source>
        <translation>予定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="257"/>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="260"/>
        <source>Learning</source>
        <translation>学習中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="261"/>
        <source>Can do the work</source>
        <translation>実務可</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="262"/>
        <source>Can teach and supervise</source>
        <translation>指導可</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="276"/>
        <source>{n}x per working day</source>
        <translation>毎営業日 {n} 回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="277"/>
        <source>{n}x per week</source>
        <translation>週 {n} 回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="278"/>
        <source>{n}x per month</source>
        <translation>月 {n} 回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="279"/>
        <source>{n}x per year</source>
        <translation>年 {n} 回</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="285"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="285"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="290"/>
        <source>Database: {path}</source>
        <translation>データベース: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="291"/>
        <source>Schema: revision {rev}, sync version {ver}</source>
        <translation>スキーマ: リビジョン {rev}、同期バージョン {ver}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="294"/>
        <source>Device: {device}</source>
        <translation>端末ID: {device}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="295"/>
        <source>Companies: {n}</source>
        <translation>会社: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="296"/>
        <source>Areas of work: {n}</source>
        <translation>部署・業務領域: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="297"/>
        <source>Tasks: {n}</source>
        <translation>業務: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="298"/>
        <source>Procedure steps: {n}</source>
        <translation>手順: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="299"/>
        <source>Changes waiting to be sent: {n}</source>
        <translation>送信待ちの変更: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="305"/>
        <source>Demo data added: {c} companies, {d} areas of work, {t} tasks, {s} steps.</source>
        <translation>デモデータを追加しました：会社 {c} 社、部署・業務領域 {d}、業務 {t} 件、手順 {s} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="309"/>
        <source>Worker pool: {w} people, {a} assignments, {h} time entries.</source>
        <translation>人材：{w}人、割り当て{a}件、作業時間の記録{h}件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="316"/>
        <source>The database {path} is damaged (the PC may have lost power while it was being written), and there is no good backup of it. Nothing was changed. Please contact your partner before doing anything else with the file.</source>
        <translation>データベース {path} が壊れています（書き込み中に電源が切れた可能性があります）。正常なバックアップがありません。ファイルは何も変更していません。このファイルを操作する前に、パートナーにご相談ください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="325"/>
        <source>The database {path} is damaged (the PC may have lost power while it was being written).

Go back to the newest good backup, made {when}? Work done after that backup is not in it. The damaged file is kept beside it under another name.</source>
        <translation>データベース {path} が壊れています（書き込み中に電源が切れた可能性があります）。

{when} に作成した最新の正常なバックアップに戻しますか？ バックアップ以降の作業は含まれません。壊れたファイルは別名で同じフォルダーに残します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="334"/>
        <source>The backup of {when} is back in place.</source>
        <translation>{when} のバックアップに戻しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="338"/>
        <source>The previous file was kept as {path}.</source>
        <translation>それまでのファイルは {path} として残しています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="343"/>
        <source>There are no backups yet.</source>
        <translation>まだバックアップはありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="347"/>
        <source>There is no backup that is not damaged. Nothing was changed.</source>
        <translation>壊れていないバックアップがありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="352"/>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="353"/>
        <source>before an upgrade</source>
        <translation>更新の前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="354"/>
        <source>before an import</source>
        <translation>取り込みの前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="355"/>
        <source>before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="356"/>
        <source>made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="362"/>
        <source>The automatic backup could not be made: {error}</source>
        <translation>自動バックアップを作成できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="366"/>
        <source>Backup written to {path}</source>
        <translation>バックアップを保存しました: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="385"/>
        <source>Enter the partner server&apos;s address (it begins with https://).</source>
        <translation>パートナーサーバーのURL（https:// で始まるもの）を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="398"/>
        <source>http:// is not encrypted and is only allowed for a server on this PC (localhost). Use the https:// address of the partner server.</source>
        <translation>http:// は暗号化されないため、このパソコン上のサーバー（localhost）にしか使えません。パートナーサーバーの https:// で始まるURLを入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="403"/>
        <source>The address must begin with https:// (for example https://partner.example.jp).</source>
        <translation>URLは https:// で始めてください（例: https://partner.example.jp）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="411"/>
        <source>This database is not connected to a partner server yet.</source>
        <translation>このデータベースはまだパートナーサーバーに接続されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="412"/>
        <source>The connection details of this PC are not stored any more. Connect to the partner server again with a new connection code.</source>
        <translation>このパソコンの接続情報が残っていません。新しい接続コードでもう一度パートナーサーバーに接続してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="417"/>
        <source>The partner server no longer accepts this PC (the connection may have been removed). Connect again with a new connection code.</source>
        <translation>パートナーサーバーがこのパソコンからの接続を受け付けていません（接続が解除された可能性があります）。新しい接続コードでもう一度接続してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="422"/>
        <source>The partner server needs a newer version of Machishigoto. Please update the app; your changes are kept and are sent after the update.</source>
        <translation>パートナーサーバーを使うには、新しいバージョンのまちしごとが必要です。アプリを更新してください。変更はこのパソコンに残り、更新後に送信されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="427"/>
        <source>Some changes belong to a company this PC is not connected for, so nothing was sent. Ask your partner to check the connection.</source>
        <translation>このパソコンが接続していない会社への変更が含まれているため、何も送信しませんでした。パートナーに接続の設定を確認してもらってください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="432"/>
        <source>This PC&apos;s clock is far off. Set the clock right and sync again.</source>
        <translation>このパソコンの時計が大きくずれています。時計を合わせてから、もう一度同期してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="435"/>
        <source>This database looks like a copy of one on another PC. Ask your partner for a new connection code.</source>
        <translation>このデータベースは別のパソコンのデータベースのコピーのようです。パートナーに新しい接続コードを発行してもらってください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="440"/>
        <source>This connection code has already been used.</source>
        <translation>この接続コードはすでに使われています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="441"/>
        <source>This connection code has expired. Ask your partner for a new one.</source>
        <translation>この接続コードは有効期限が切れています。パートナーに新しいコードを発行してもらってください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="444"/>
        <source>Too many connection attempts. Wait a few minutes and try again.</source>
        <translation>接続の試行回数が多すぎます。数分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="447"/>
        <source>The changes to send are too large for the partner server.</source>
        <translation>送信する変更が大きすぎて、パートナーサーバーが受け取れません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="448"/>
        <source>The partner server did not know this address or code. Check the URL and the code.</source>
        <translation>パートナーサーバーでこのURLまたは接続コードが見つかりませんでした。URLと接続コードを確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="451"/>
        <location filename="../../desktop/gui/messages.py" line="452"/>
        <source>The partner server did not accept the data ({detail}).</source>
        <translation>パートナーサーバーがデータを受け付けませんでした（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="453"/>
        <source>The partner server had an error. Try again later; nothing on this PC was lost.</source>
        <translation>パートナーサーバーでエラーが発生しました。しばらくしてからもう一度お試しください。このパソコンのデータは失われていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="457"/>
        <source>Sync did not work ({code}).</source>
        <translation>同期できませんでした（{code}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="464"/>
        <source>connect again</source>
        <translation>もう一度接続してください</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="465"/>
        <source>connection no longer valid</source>
        <translation>接続が無効になりました</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="466"/>
        <source>app update needed</source>
        <translation>アプリの更新が必要です</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="467"/>
        <source>change for a company not connected</source>
        <translation>接続していない会社への変更があります</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="468"/>
        <source>PC clock far off</source>
        <translation>パソコンの時計が大きくずれています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="469"/>
        <source>copied database</source>
        <translation>コピーされたデータベースです</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="470"/>
        <source>server error</source>
        <translation>サーバーのエラー</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="472"/>
        <source>error ({code})</source>
        <translation>エラー（{code}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="489"/>
        <source>The partner server&apos;s certificate could not be verified, so no connection was made. Check the URL, or ask your partner about the server&apos;s certificate.</source>
        <translation>パートナーサーバーの証明書を確認できなかったため、接続しませんでした。URLを確認するか、サーバーの証明書についてパートナーに問い合わせてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="494"/>
        <source>Cannot reach the server. Check the network and the URL.</source>
        <translation>サーバーに接続できません。ネットワークとURLを確認してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="498"/>
        <source>This PC has no place to store credentials, so the connection details are kept only until the app is closed.</source>
        <translation>このパソコンには資格情報の保存場所がないため、接続情報はアプリを閉じるまでだけ保持されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="506"/>
        <source>This PC has no place to store credentials, so the connection details are kept only while this command runs. Use “connect URL CODE --then-sync” to sync right away.</source>
        <translation>このパソコンには資格情報の保存場所がないため、接続情報はこのコマンドの実行中だけ保持されます。すぐに同期するには「connect URL CODE --then-sync」を使ってください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="514"/>
        <source>No connection details are stored for this database (this PC has no credential store, or the connection was removed). Run “machishigoto connect URL CODE --then-sync” again with a new connection code.</source>
        <translation>このデータベースの接続情報が保存されていません（このパソコンに資格情報の保存場所がないか、接続が解除されました）。新しい接続コードで「machishigoto connect URL CODE --then-sync」をもう一度実行してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="523"/>
        <source>Connected to {url} ({scopes}).</source>
        <translation>{url} に接続しました（{scopes}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="530"/>
        <source>Synced: {pushed} sent, {pulled} received, {conflicts} open conflicts, {waiting} waiting.</source>
        <translation>同期しました: 送信 {pushed} 件、受信 {pulled} 件、競合 {conflicts} 件、送信待ち {waiting} 件</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="536"/>
        <source>Give the sync bundle file, for example E:\machishigoto.mshg</source>
        <translation>同期ファイルを指定してください（例：E:\machishigoto.mshg）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="540"/>
        <source>Sync bundle written to {path} ({n} items). Carry it to the other PC and import it there.</source>
        <translation>同期ファイルを {path} に書き出しました（{n} 件）。もう一方のパソコンに運んで取り込んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="546"/>
        <source>Sync bundle {path} imported: {cells} values updated, {conflicts} new conflicts.</source>
        <translation>同期ファイル {path} を取り込みました：更新 {cells} 件、新しい競合 {conflicts} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="554"/>
        <source>{path} is not a Machishigoto sync bundle. Nothing was changed.</source>
        <translation>{path} は、まちしごとの同期ファイルではありません。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="562"/>
        <source>{path} is damaged or incomplete (copy it again). Nothing was changed.</source>
        <translation>{path} は壊れているか、途中までしかありません（もう一度コピーしてください）。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="565"/>
        <source>{path} was changed after it was made, or comes from another partner. Nothing was changed.</source>
        <translation>{path} は作成後に書き換えられたか、別のパートナーのファイルです。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="569"/>
        <source>{path} belongs to a company this PC is not connected to. Nothing was changed.</source>
        <translation>{path} は、このパソコンが接続していない会社のファイルです。何も変更していません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="572"/>
        <source>{path} was made by a newer version of Machishigoto. Please update the app.</source>
        <translation>{path} は新しいバージョンのまちしごとで作られています。アプリを更新してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="575"/>
        <source>This PC has no bundle key yet: connect it to the partner server once (or choose the company).</source>
        <translation>このパソコンには同期ファイル用の鍵がまだありません。一度パートナーサーバーに接続してください（または会社を指定してください）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/messages.py" line="579"/>
        <source>The file {path} does not exist.</source>
        <translation>ファイル {path} が見つかりません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="18"/>
        <source>Characters missing from the printing font were printed as 〓 (a warning on the sheet names them): {detail}</source>
        <translation>印刷用フォントにない文字を「〓」で印刷しました（用紙の注意書きに文字の一覧があります）：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="23"/>
        <source>The task has no procedure steps a worker may see; the sheet says to ask how to do it.</source>
        <translation>作業者に見せられる手順が登録されていません。用紙には進め方を確認するよう書いてあります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="27"/>
        <source>No contact is registered for: {detail}</source>
        <translation>次の連絡先が登録されていません：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="28"/>
        <source>The sheet could not be made; a page saying so is in its place. Reason: {detail}</source>
        <translation>この用紙は作成できませんでした。代わりにその旨を書いたページを入れています。理由：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="38"/>
        <source>{name}: {problem}</source>
        <translation>{name}：{problem}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="44"/>
        <source>{sheets} task sheet(s), {pages} page(s), written to {path}</source>
        <translation>作業指示書 {sheets} 枚（{pages} ページ）を {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="45"/>
        <source>Interview sheet, {pages} page(s), written to {path}</source>
        <translation>ヒアリングシート（{pages} ページ）を {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="46"/>
        <source>Connection card written to {path}</source>
        <translation>接続カードを {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="47"/>
        <source>KPI report, {pages} page(s), written to {path}</source>
        <translation>KPI報告書（{pages} ページ）を {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="53"/>
        <source>Problems on {n} sheet(s):</source>
        <translation>{n} 枚の用紙に確認が必要な点があります：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="57"/>
        <source>{n} sheet(s) could not be made (see above).</source>
        <translation>{n} 枚の用紙を作成できませんでした（上の一覧を参照）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="61"/>
        <source>Making {n} task sheet(s)…</source>
        <translation>作業指示書を {n} 枚作成しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="65"/>
        <source>There is nothing to print: no current assignment matches.</source>
        <translation>印刷するものがありません。条件に合う現在の担当はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="69"/>
        <source>No assignment has the code “{code}”.</source>
        <translation>コード「{code}」の割当はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="73"/>
        <source>No assignment is held by the worker “{value}”.</source>
        <translation>「{value}」が担当している作業はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="78"/>
        <source>Several workers have this name; choose one with --worker ID:</source>
        <translation>この名前の担当者が複数います。--worker ID で1人を選んでください：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="84"/>
        <source>The output file must end in .pdf: {path}</source>
        <translation>出力ファイル名は .pdf で終わる必要があります：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="88"/>
        <source>The PDF {path} could not be written: {error}</source>
        <translation>PDF {path} を書き込めませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="94"/>
        <source>A pre-filled interview sheet needs a company (--company NAME or ID); use --blank for an empty one.</source>
        <translation>記入済みのヒアリングシートには会社の指定が必要です（--company 会社名またはID）。白紙のシートは --blank で作れます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="101"/>
        <source>A connection card needs the server&apos;s address (--server) and the code (--code).</source>
        <translation>接続カードには、サーバーのアドレス（--server）と接続コード（--code）が必要です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="107"/>
        <source>KPI table (.xlsx) written to {path}</source>
        <translation>KPIの表（.xlsx）を {path} に書き出しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="111"/>
        <source>The period must be whole months, e.g. 2026-04..2027-03 or 2026-04 (at most 120 months): {value}</source>
        <translation>期間は月単位で指定してください（例：2026-04..2027-03 または 2026-04、最長120か月）：{value}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="118"/>
        <source>The table file must end in .xlsx: {path}</source>
        <translation>表のファイル名は .xlsx で終わる必要があります：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_messages.py" line="122"/>
        <source>The file {path} could not be written: {error}</source>
        <translation>ファイル {path} を書き出せませんでした：{error}</translation>
    </message>
</context>
<context>
    <name>MoveDateDialog</name>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="153"/>
        <source>Move on</source>
        <translation>次の段階へ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="155"/>
        <source>{name} moves on to {stage} on:</source>
        <translation>{name}さんが{stage}に進む日:</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="83"/>
        <source>&amp;Start course…</source>
        <translation>講座を開始(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="83"/>
        <source>Put a worker in the course (Ctrl+N)</source>
        <translation>人材の講座受講を開始します（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="87"/>
        <source>Move &amp;on</source>
        <translation>次へ進める(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="88"/>
        <source>Move the trainee to the next stage, dated today (Ctrl+Right)</source>
        <translation>研修生を今日の日付で次の段階へ進めます（Ctrl+→）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="93"/>
        <source>Move on &amp;dated…</source>
        <translation>日付を指定して進める(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="94"/>
        <source>Move the trainee to the next stage on a date you choose (Ctrl+Shift+Right)</source>
        <translation>指定した日付で研修生を次の段階へ進めます（Ctrl+Shift+→）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="99"/>
        <source>Move &amp;back</source>
        <translation>前の段階へ戻す(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="100"/>
        <source>Move the trainee back to the previous stage (Ctrl+Left)</source>
        <translation>研修生を前の段階に戻します（Ctrl+←）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="139"/>
        <source>Trainees at risk</source>
        <translation>要フォローの研修生</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="143"/>
        <source>&amp;At risk:</source>
        <translation>要フォロー(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="149"/>
        <source>Alert thresholds (days after the course ended)</source>
        <translation>アラートの基準（講座終了からの日数）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="152"/>
        <source>OJT b&amp;y day:</source>
        <translation>OJT開始の目安(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="153"/>
        <source>&amp;Paid work by day:</source>
        <translation>有償業務の目安(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="154"/>
        <source>&amp;Goal (days):</source>
        <translation>目標日数(&amp;G):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="167"/>
        <source>Drag a card to another column, or select it and press Ctrl+Right to move on (today) or Ctrl+Left to move back. Left/Right switch columns; Alt+1…4 jump to a column.</source>
        <translation>カードを別の列へドラッグするか、選択してCtrl+→で次の段階へ（今日の日付）、Ctrl+←で前の段階へ戻せます。←/→で列を移動、Alt+1〜4で各列へ移動します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="194"/>
        <source>This PC has no worker pool: workers and their training are managed on the partner&apos;s PC.</source>
        <translation>このPCには人材の登録はありません。人材とその育成はパートナーのPCで管理します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="25"/>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="216"/>
        <source>Training pipeline</source>
        <translation>育成パイプライン</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="226"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="234"/>
        <source>{number}. {stage} ({n})</source>
        <translation>{number}. {stage}（{n}名）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="75"/>
        <source>Loading the training pipeline</source>
        <translation>育成パイプラインを読み込み中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="267"/>
        <source>The board could not be loaded: {error}</source>
        <translation>ボードを読み込めませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="282"/>
        <source>{n} trainees, {risk} at risk — goal: paid work within {goal} days after the course</source>
        <translation>研修生{n}名、要フォロー{risk}名 — 目標: 講座終了から{goal}日以内に有償業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="299"/>
        <source>No trainee is at risk.</source>
        <translation>要フォローの研修生はいません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="376"/>
        <source>{name} is already in regular work.</source>
        <translation>{name}さんはすでに定期案件の段階です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="398"/>
        <source>{name} is in the course, the first stage.</source>
        <translation>{name}さんは最初の段階（講座）です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="429"/>
        <source>The worker no longer exists. The board was reloaded.</source>
        <translation>この人材はもう存在しません。ボードを再読み込みしました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="433"/>
        <source>Move “{name}” to {stage}</source>
        <translation>「{name}」を{stage}へ移動</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="435"/>
        <source>{name} moved to {stage}. Undo: Ctrl+Z</source>
        <translation>{name}さんを{stage}へ移動しました。元に戻す: Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="442"/>
        <source>{name} began the current stage on {date}: choose a later day.</source>
        <translation>{name}さんは{date}に現在の段階を始めています。それ以降の日付を選んでください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="447"/>
        <source>{name} never was in {stage}: they can only move back to a stage they went through.</source>
        <translation>{name}さんは{stage}を経ていません。戻せるのは経験した段階だけです。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="472"/>
        <source>Start the course for “{name}”</source>
        <translation>「{name}」の講座を開始</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="474"/>
        <source>{name} started the course. Undo: Ctrl+Z</source>
        <translation>{name}さんの講座を開始しました。元に戻す: Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="493"/>
        <source>The trainee or the stage no longer exists. The board was reloaded.</source>
        <translation>研修生または育成段階がもう存在しません。ボードを再読み込みしました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="546"/>
        <source>OJT must be due no later than paid work.</source>
        <translation>OJTの目安は有償業務の目安以前にしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="548"/>
        <source>Paid work must be due no later than the goal.</source>
        <translation>有償業務の目安は目標日数以前にしてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/pipeline_page.py" line="549"/>
        <source>Each threshold is between 1 and {limit} days.</source>
        <translation>基準日数は1〜{limit}日で指定してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_commands.py" line="126"/>
        <source>Change the alert thresholds</source>
        <translation>アラートの基準日数を変更</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="77"/>
        <source>Characters the font lacks were replaced: {chars}</source>
        <translation>フォントにない文字を置き換えました：{chars}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="81"/>
        <source>The task has no procedure steps to share: the checklist is empty.</source>
        <translation>作業者に渡せる手順がないため、チェックリストが空です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="83"/>
        <source>Contact details are missing: {what}</source>
        <translation>連絡先がありません：{what}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="85"/>
        <source>Contact details are missing: the contact line is blank.</source>
        <translation>連絡先がないため、連絡先の欄が空白です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="87"/>
        <source>This sheet could not be made ({error}); a notice page stands in its place.</source>
        <translation>このシートは作成できませんでした（{error}）。代わりにお知らせのページを入れています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="181"/>
        <source>Preview — {title}</source>
        <translation>印刷プレビュー — {title}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="198"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="206"/>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/print_preview.py" line="212"/>
        <source>%n sheet(s) with problems — printed anyway:</source>
        <translation>
            <numerusform>問題のあるシート %n 枚（そのまま印刷されます）：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="233"/>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="233"/>
        <source>Previous page (PgUp)</source>
        <translation>前のページ（PgUp）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="235"/>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="235"/>
        <source>Next page (PgDn)</source>
        <translation>次のページ（PgDn）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="241"/>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="241"/>
        <source>Zoom in (Ctrl+=)</source>
        <translation>拡大（Ctrl+=）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="249"/>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="249"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>縮小（Ctrl+-）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="254"/>
        <source>&amp;Fit width</source>
        <translation>幅に合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="254"/>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>ページを画面の幅に合わせます（Ctrl+0）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="262"/>
        <source>Page number</source>
        <translation>ページ番号</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="265"/>
        <source>P&amp;age:</source>
        <translation>ページ(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="271"/>
        <source>{pages} pages, {sheets} sheets</source>
        <translation>{pages} ページ、{sheets} 枚</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="288"/>
        <source>&amp;Save as PDF…</source>
        <translation>PDFとして保存…(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="289"/>
        <source>Save a copy of this PDF (Ctrl+S)</source>
        <translation>このPDFのコピーを保存します（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="292"/>
        <source>&amp;Print…</source>
        <translation>印刷…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="293"/>
        <source>Print through the printer dialog (Ctrl+P)</source>
        <translation>プリンターの画面を開いて印刷します（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="437"/>
        <source>Page {n} of {total}</source>
        <translation>{total} ページ中 {n} ページ目</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="527"/>
        <location filename="../../desktop/gui/print_preview.py" line="544"/>
        <location filename="../../desktop/gui/print_preview.py" line="557"/>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="527"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="545"/>
        <source>The PDF could not be saved to {path}: {error}</source>
        <translation>PDFを {path} に保存できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="551"/>
        <source>Saved: {path}</source>
        <translation>保存しました：{path}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="558"/>
        <source>{name} already exists. Replace it?</source>
        <translation>{name} はすでにあります。置き換えますか？</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="582"/>
        <location filename="../../desktop/gui/print_preview.py" line="620"/>
        <location filename="../../desktop/gui/print_preview.py" line="625"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="619"/>
        <source>Printing…</source>
        <translation>印刷中…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="619"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="625"/>
        <source>The printer could not be started.</source>
        <translation>プリンターを使い始められませんでした。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_preview.py" line="633"/>
        <source>Printing page {n} of {total}…</source>
        <translation>印刷中：{total} ページ中 {n} ページ目…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/print_preview.py" line="647"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n ページをプリンターに送りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../desktop/gui/import_preview_model.py" line="55"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_preview_model.py" line="57"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_preview_model.py" line="96"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_preview_model.py" line="98"/>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_preview_model.py" line="99"/>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/import_preview_model.py" line="99"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="70"/>
        <source>Something to print no longer exists (deleted on another PC?). Reload the list and try again.</source>
        <translation>印刷するものがもうありません（別のPCで削除された可能性があります）。一覧を読み込み直してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="75"/>
        <source>The PDF could not be written: {error}</source>
        <translation>PDFを書き込めませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="78"/>
        <source>The document could not be made: {error}</source>
        <translation>書類を作成できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="97"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="98"/>
        <source>Printing</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="132"/>
        <location filename="../../desktop/gui/print_actions.py" line="141"/>
        <location filename="../../desktop/gui/print_actions.py" line="145"/>
        <source>Print</source>
        <translation>印刷</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="184"/>
        <source>%n task sheet(s)</source>
        <translation>作業指示書 %n 枚</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="204"/>
        <location filename="../../desktop/gui/print_actions.py" line="262"/>
        <source>Task sheets</source>
        <translation>作業指示書</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="210"/>
        <location filename="../../desktop/gui/print_actions.py" line="265"/>
        <source>Making task sheets</source>
        <translation>作業指示書を作成中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="212"/>
        <source>There are no assignments to print.</source>
        <translation>印刷する割り当てがありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="224"/>
        <source>This company has no current assignments, so there are no task sheets to print.</source>
        <translation>この会社には現在の割り当てがないため、印刷する作業指示書はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="238"/>
        <source>This worker has no current assignments, so there are no task sheets to print.</source>
        <translation>この人材には現在の割り当てがないため、印刷する作業指示書はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="279"/>
        <source>Interview sheet (pre-filled)</source>
        <translation>ヒアリングシート（業務を印字）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="281"/>
        <source>Interview sheet (blank)</source>
        <translation>ヒアリングシート（白紙）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="284"/>
        <source>Interview sheet</source>
        <translation>ヒアリングシート</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="286"/>
        <source>Making the interview sheet</source>
        <translation>ヒアリングシートを作成中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="298"/>
        <location filename="../../desktop/gui/print_actions.py" line="299"/>
        <source>Connection card</source>
        <translation>接続カード</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/print_actions.py" line="302"/>
        <source>Making the connection card</source>
        <translation>接続カードを作成中</translation>
    </message>
</context>
<context>
    <name>ProcedureEditor</name>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="113"/>
        <source>Procedure steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="127"/>
        <source>Remove step</source>
        <translation>手順を削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="134"/>
        <source>Next step, e.g. 請求書を印刷して封筒に入れる</source>
        <translation>次の手順（例：請求書を印刷して封筒に入れる）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="135"/>
        <source>New step</source>
        <translation>新しい手順</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="137"/>
        <source>&amp;Internal only</source>
        <translation>社内のみ(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="138"/>
        <source>Passwords, bank details and the like: kept in the company</source>
        <translation>パスワードや口座情報など、社外に出さない手順</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="139"/>
        <source>Add ste&amp;p</source>
        <translation>手順を追加(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="141"/>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="142"/>
        <source>Move do&amp;wn</source>
        <translation>下へ移動(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="143"/>
        <source>&amp;Remove step</source>
        <translation>手順を削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="147"/>
        <source>Procedure</source>
        <translation>進め方</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="176"/>
        <source>How “{name}” is done, step by step:</source>
        <translation>「{name}」の進め方（手順ごと）：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="190"/>
        <source>Choose a task in the table above to write down its steps.</source>
        <translation>上の表で業務を選ぶと、その手順を書き込めます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="194"/>
        <source>No steps yet. Write the first step below and press Enter; tick “Internal only” for passwords or bank details.</source>
        <translation>まだ手順がありません。下に最初の手順を書いて Enter キーを押してください。パスワードや口座情報は「社内のみ」にチェックを入れてください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="229"/>
        <source>Type the step first.</source>
        <translation>先に手順を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="231"/>
        <source>Add step “{text}”</source>
        <translation>手順「{text}」の追加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="239"/>
        <source>Step added.</source>
        <translation>手順を追加しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="245"/>
        <source>A step cannot be empty; use “Remove step” instead.</source>
        <translation>手順を空にはできません。「手順を削除」を使ってください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="248"/>
        <source>Edit step</source>
        <translation>手順の編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="251"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="261"/>
        <source>Move step</source>
        <translation>手順の移動</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="270"/>
        <source>Remove step “{text}”</source>
        <translation>手順「{text}」の削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="272"/>
        <source>Step removed. Undo: {keys}</source>
        <translation>手順を削除しました。元に戻す: {keys}</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="51"/>
        <source>Required. As it is written on invoices, e.g. 有限会社 山里茶園.</source>
        <translation>必須です。請求書に書いているとおりに入力してください。例：有限会社 山里茶園</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="52"/>
        <source>In your own words, e.g. tea growing and a farm shop.</source>
        <translation>ふだんの言葉で構いません。例：お茶の栽培と直売所</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="53"/>
        <source>Everyone who works here, part-timers included.</source>
        <translation>ここで働く全員の人数です（パート・アルバイトも含みます）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="55"/>
        <source>What an hour of staff time costs the company, roughly (wage plus extras). Used to show savings in yen; leave empty if unsure.</source>
        <translation>社員が1時間働くと会社にかかる、おおよその費用です（給与と諸経費）。削減額を円で示すのに使います。わからなければ空欄のままで構いません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="61"/>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="71"/>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="73"/>
        <source>yen an hour</source>
        <translation>円／時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="82"/>
        <source>&amp;Register another company…</source>
        <translation>別の会社を登録(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="84"/>
        <source>Clear the form to register another company and inventory its work</source>
        <translation>入力欄を空にして、別の会社を登録し、その業務を棚卸しします</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="95"/>
        <source>The current company&apos;s inventory stays as it is.</source>
        <translation>今の会社の棚卸しはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="102"/>
        <source>The company</source>
        <translation>会社について</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="106"/>
        <source>First a few words about the company. Only the name is required. Everything you type is saved as soon as you move to the next box.</source>
        <translation>まず会社について少し教えてください。必須は会社名だけです。入力した内容は、次の欄に移るとすぐに保存されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="188"/>
        <source>Please enter the company&apos;s name first.</source>
        <translation>先に会社名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="208"/>
        <source>Company registered and saved.</source>
        <translation>会社を登録して保存しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="213"/>
        <source>Edit company &quot;{name}&quot;</source>
        <translation>会社情報「{name}」の変更</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="216"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="221"/>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="227"/>
        <source>This company no longer exists; nothing was saved.</source>
        <translation>この会社はすでに削除されています。保存は行われませんでした。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="243"/>
        <source>Please enter the company&apos;s name.</source>
        <translation>会社名を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="245"/>
        <source>The company name is too long (at most {limit} characters).</source>
        <translation>会社名が長すぎます（{limit} 文字まで）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="249"/>
        <source>{label}: please write a number, for example 12.</source>
        <translation>「{label}」：数字で入力してください（例：12）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/profile_step.py" line="268"/>
        <source>Enter the new company&apos;s name to start its inventory.</source>
        <translation>棚卸しを始めるには、新しい会社の名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="58"/>
        <source>Backups and restore</source>
        <translation>バックアップと復元</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="62"/>
        <source>Backups are made every day at the first start, and before every upgrade, import and restore. Restoring keeps the current data as a backup too, so nothing is lost.</source>
        <translation>バックアップは毎日最初の起動時と、更新・取り込み・復元の前に自動で作成されます。復元するときも現在のデータをバックアップとして残すので、何も失われません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="68"/>
        <source>Made</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="68"/>
        <source>Why</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="68"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="74"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="77"/>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="78"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>選んだバックアップに戻す(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="98"/>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="99"/>
        <source>Before an upgrade</source>
        <translation>更新の前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="100"/>
        <source>Before an import</source>
        <translation>取り込みの前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="101"/>
        <source>Before a restore</source>
        <translation>復元の前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="102"/>
        <source>Made by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="108"/>
        <source>{mb:.1f} MB</source>
        <translation>{mb:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="117"/>
        <source>No backups yet.</source>
        <translation>まだバックアップはありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="132"/>
        <location filename="../../desktop/gui/restore_dialog.py" line="152"/>
        <source>Wait until the running job has finished, then try again.</source>
        <translation>実行中の処理が終わってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="143"/>
        <source>Backing up</source>
        <translation>バックアップしています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="176"/>
        <source>Restoring…</source>
        <translation>復元しています…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="178"/>
        <source>Restoring a backup</source>
        <translation>バックアップを復元しています</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="186"/>
        <source>This backup is damaged and cannot be restored: {detail}</source>
        <translation>このバックアップは壊れているため復元できません：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="160"/>
        <source>Go back to the backup of {when}? Work done after it will not be in the data; the current data is kept as a backup first.</source>
        <translation>{when} のバックアップに戻しますか？ それ以降の作業はデータに含まれません。現在のデータは先にバックアップとして残します。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="190"/>
        <source>The backup could not be restored: {error}</source>
        <translation>バックアップを復元できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/restore_dialog.py" line="172"/>
        <source>The backup of {when} is back in place.</source>
        <translation>{when} のバックアップに戻しました。</translation>
    </message>
</context>
<context>
    <name>ResultsStep</name>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="92"/>
        <source>Tasks listed</source>
        <translation>洗い出した業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="93"/>
        <source>Working time they take</source>
        <translation>かかっている時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="94"/>
        <source>Saved by improving (ECRS)</source>
        <translation>改善（ECRS）で減らせる時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="95"/>
        <source>Details still missing</source>
        <translation>まだ未入力の詳細</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="103"/>
        <source>Area</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="103"/>
        <location filename="../../desktop/gui/wizard/results_step.py" line="112"/>
        <source>Tasks</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="103"/>
        <location filename="../../desktop/gui/wizard/results_step.py" line="112"/>
        <source>Hours a month</source>
        <translation>月間時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="105"/>
        <source>Hours by area</source>
        <translation>部署ごとの時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="106"/>
        <source>By area of work</source>
        <translation>部署・業務領域ごと</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="112"/>
        <source>Could it be handed over?</source>
        <translation>外部に任せられるか</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="114"/>
        <source>Tasks by suitability</source>
        <translation>判定ごとの業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="116"/>
        <source>Show the &amp;candidates for telework/BPO</source>
        <translation>テレワーク・BPOの候補を表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="119"/>
        <source>What could be handed to local remote workers</source>
        <translation>地域のテレワーカーに任せられそうな業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="138"/>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="142"/>
        <source>This is what the inventory found. Nothing more to enter here: everything is saved. Go back to any step to correct something.</source>
        <translation>棚卸しの結果です。ここで入力することはありません。すべて保存されています。直したいときは、そのステップに戻ってください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/results_step.py" line="160"/>
        <location filename="../../desktop/gui/wizard/results_step.py" line="177"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>業務 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/results_step.py" line="160"/>
        <source>in %n area(s) of work</source>
        <translation>
            <numerusform>部署・業務領域 %n か所</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="163"/>
        <location filename="../../desktop/gui/wizard/results_step.py" line="169"/>
        <source>about ¥{amount} a month</source>
        <translation>月 約 {amount} 円</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="167"/>
        <location filename="../../desktop/gui/wizard/results_step.py" line="173"/>
        <source>{hours} h a month</source>
        <translation>月 {hours} 時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="174"/>
        <source>before anything is handed over</source>
        <translation>外部に任せる前の段階で</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="178"/>
        <source>Fill them in at step 4.</source>
        <translation>ステップ4で入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="180"/>
        <source>Everything filled in.</source>
        <translation>すべて入力済みです。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/results_step.py" line="189"/>
        <source>(no area)</source>
        <translation>（部署なし）</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/results_step.py" line="211"/>
        <source>%n task(s) could go to local remote workers now or after some preparation: {hours} hours a month.</source>
        <translation>
            <numerusform>%n 件の業務は、今すぐ、または準備をすれば地域のテレワーカーに任せられそうです：月 {hours} 時間。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunnerDialog</name>
    <message>
        <location filename="../../desktop/gui/runner_dialog.py" line="61"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>取り消しました。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>SkillsEditor</name>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="66"/>
        <source>Type a skill, e.g. Excel</source>
        <translation>スキル名を入力（例: Excel）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="76"/>
        <source>Add skil&amp;l</source>
        <translation>スキルを追加(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="77"/>
        <source>Add the typed skill (Enter)</source>
        <translation>入力したスキルを追加します（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="86"/>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="86"/>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="86"/>
        <location filename="../../desktop/gui/worker_skills.py" line="207"/>
        <source>Expert skill</source>
        <translation>専門スキル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="91"/>
        <source>Needs a supervisor (指導役) when the operator does not master it; applies to every worker</source>
        <translation>担当者が習熟していない場合は指導役が必要なスキルです（全員に共通の設定）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="94"/>
        <source>Skills of this worker</source>
        <translation>この人材のスキル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="106"/>
        <source>&amp;Remove skill</source>
        <translation>スキルを削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="107"/>
        <source>Remove the selected skill (Del)</source>
        <translation>選択したスキルを削除します（Del）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="114"/>
        <source>S&amp;kill to add:</source>
        <translation>追加するスキル(&amp;K):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="119"/>
        <source>Level:</source>
        <translation>レベル:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="203"/>
        <source>Level of {skill}</source>
        <translation>{skill}のレベル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_skills.py" line="208"/>
        <source>Expert skill: needs a supervisor when the operator does not master it</source>
        <translation>専門スキル: 担当者が習熟していない場合は指導役が必要です</translation>
    </message>
</context>
<context>
    <name>StartCourseDialog</name>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="52"/>
        <source>Start a course</source>
        <translation>講座を開始</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="54"/>
        <source>Filter by name or municipality</source>
        <translation>氏名・市町村で絞り込み</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="57"/>
        <source>Workers not in the pipeline yet</source>
        <translation>育成をまだ始めていない人材</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="71"/>
        <source>Planned &amp;last day:</source>
        <translation>終了予定日(&amp;L):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="74"/>
        <source>Planned last day</source>
        <translation>終了予定日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="77"/>
        <source>Every worker is already in the pipeline. Add workers on the “Workers” page.</source>
        <translation>すべての人材が育成中です。人材は「人材登録」ページで追加できます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="86"/>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="89"/>
        <source>&amp;Worker:</source>
        <translation>人材(&amp;W):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="92"/>
        <source>First &amp;day:</source>
        <translation>開始日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_course_dialog.py" line="137"/>
        <source>Choose a worker.</source>
        <translation>人材を選んでください。</translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="64"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="64"/>
        <source>Step</source>
        <translation>手順</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="64"/>
        <source>Internal only</source>
        <translation>社内のみ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/procedure.py" line="78"/>
        <source>Internal only: never printed on a worker&apos;s task sheet nor shown to a worker</source>
        <translation>社内のみ：作業者向けの作業シートに印刷せず、作業者にも表示しません</translation>
    </message>
</context>
<context>
    <name>Suitability</name>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="18"/>
        <source>Suitable for telework/BPO</source>
        <translation>テレワーク・BPO向き</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="19"/>
        <source>Conditional</source>
        <translation>条件付き</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="20"/>
        <source>Keep in-house</source>
        <translation>社内で継続</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="21"/>
        <source>Not filled in</source>
        <translation>未入力</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="22"/>
        <source>To be eliminated</source>
        <translation>廃止予定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="23"/>
        <source>Discontinued</source>
        <translation>廃止済み</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="31"/>
        <source>Can be handed to a local remote worker as it is.</source>
        <translation>このまま地域のテレワーカーに任せられます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="32"/>
        <source>Can be handed over once the preparation listed is done.</source>
        <translation>下の準備が済めば任せられます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="33"/>
        <source>Best kept in the company for now.</source>
        <translation>今は社内で続けるのがよい業務です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="34"/>
        <source>Minutes or frequency are missing, so it cannot be judged yet.</source>
        <translation>時間か頻度が未入力のため、まだ判定できません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="37"/>
        <source>Marked to be eliminated (ECRS), so it is not handed over.</source>
        <translation>改善（ECRS）で廃止予定のため、外部には出しません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="38"/>
        <source>No longer done.</source>
        <translation>今は行っていない業務です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="46"/>
        <source>On-site</source>
        <translation>現地作業</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="47"/>
        <source>Confidentiality</source>
        <translation>機密性</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="48"/>
        <source>Paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="49"/>
        <source>Personal data</source>
        <translation>個人情報</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="50"/>
        <source>Only one person</source>
        <translation>属人化</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="51"/>
        <source>Amount of work</source>
        <translation>仕事の量</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="52"/>
        <source>How often</source>
        <translation>頻度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="53"/>
        <source>Written procedure</source>
        <translation>手順書</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="54"/>
        <source>Deadline</source>
        <translation>締切</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="55"/>
        <source>Busy season</source>
        <translation>繁忙期</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="56"/>
        <source>Limit 0-100</source>
        <translation>0〜100 の範囲</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="69"/>
        <source>No on-site work: it can be done from home.</source>
        <translation>現地での作業がないので、在宅でできます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="70"/>
        <source>Sometimes needs someone at the farm or office.</source>
        <translation>ときどき現場や事務所に人が必要です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="71"/>
        <source>Must always be done on site.</source>
        <translation>いつも現地で行う必要があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="72"/>
        <source>Uses only public information.</source>
        <translation>公開してよい情報だけを使います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="73"/>
        <source>Uses internal information of the company.</source>
        <translation>社内の情報を使います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="74"/>
        <source>Uses confidential information (money, contracts).</source>
        <translation>お金や契約などの機密情報を使います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="77"/>
        <source>The documents are on the computer.</source>
        <translation>書類はパソコンの中にあります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="78"/>
        <source>Partly on paper.</source>
        <translation>一部が紙です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="79"/>
        <source>Only on paper: someone outside cannot see it.</source>
        <translation>紙だけなので、外の人には見えません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="80"/>
        <source>Handles personal data (names, addresses of customers or staff).</source>
        <translation>個人情報（お客様や従業員の名前・住所など）を扱います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="83"/>
        <source>No personal data.</source>
        <translation>個人情報は扱いません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="84"/>
        <source>More than one person can do it.</source>
        <translation>複数の人ができます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="85"/>
        <source>Only one person knows how, and nothing is written down.</source>
        <translation>やり方を知っているのは一人だけで、何も書き残されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="88"/>
        <source>Only one person knows how; the procedure is only partly written.</source>
        <translation>やり方を知っているのは一人だけで、手順は一部しか書かれていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="91"/>
        <source>Only one person does it, but the procedure is written down.</source>
        <translation>担当は一人ですが、手順は書き残されています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="94"/>
        <source>{hours} hours a month: the more work, the more it is worth handing over.</source>
        <translation>月 {hours} 時間：量が多いほど任せる価値があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="97"/>
        <source>Done often (about {per_month} times a month): easy to make a routine.</source>
        <translation>よく行う（月に約 {per_month} 回）ので、決まった手順にしやすい業務です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="100"/>
        <source>Done about {per_month} times a month.</source>
        <translation>月に約 {per_month} 回行います。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="101"/>
        <source>Done less than once a month: it must be relearned each time.</source>
        <translation>月 1 回より少ないので、毎回やり方を思い出す必要があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="104"/>
        <source>No written procedure yet.</source>
        <translation>手順書はまだありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="105"/>
        <source>The procedure is partly written.</source>
        <translation>手順は一部だけ書かれています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="106"/>
        <source>Written procedure: it is clear what to deliver.</source>
        <translation>手順書があるので、何を仕上げればよいかがはっきりしています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="107"/>
        <source>No tight deadline.</source>
        <translation>厳しい締切はありません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="108"/>
        <source>Has a few days&apos; time.</source>
        <translation>数日の余裕があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="109"/>
        <source>Must be finished the same day.</source>
        <translation>その日のうちに終える必要があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="110"/>
        <source>Must be handled at once.</source>
        <translation>すぐに対応する必要があります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="111"/>
        <source>The same amount all year.</source>
        <translation>一年を通して同じくらいの量です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="112"/>
        <source>Busy at month end: outside help evens out the peak.</source>
        <translation>月末に集中するので、外部の手を借りると山をならせます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="115"/>
        <source>Busy in one season: outside help is most useful then.</source>
        <translation>ある季節に忙しくなるので、その時期に外部の手が役立ちます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="118"/>
        <source>Busy at irregular times.</source>
        <translation>忙しくなる時期が不定期です。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="119"/>
        <source>The score stops at 100 (the sum was {raw}).</source>
        <translation>点数は 100 が上限です（合計は {raw}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="120"/>
        <source>The score stops at 0 (the sum was {raw}).</source>
        <translation>点数は 0 が下限です（合計は {raw}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="129"/>
        <source>Put the paper on the computer (scan or type it in)</source>
        <translation>紙をパソコンに取り込む（スキャンまたは入力）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="130"/>
        <source>Write down the procedure</source>
        <translation>手順書を作る</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="131"/>
        <source>Separate the part that must be done on site</source>
        <translation>現地でしかできない部分を切り分ける</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="132"/>
        <source>Teach a second person what only one person knows</source>
        <translation>一人しか知らないやり方を、もう一人に伝える</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="133"/>
        <source>Agree how personal data is handled (hide names, contract)</source>
        <translation>個人情報の扱いを決める（名前を伏せる・契約を結ぶ）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="141"/>
        <source>must always be done on site</source>
        <translation>いつも現地での作業が必要</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="142"/>
        <source>must be handled at once</source>
        <translation>すぐに対応しなければならない</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="143"/>
        <source>confidential and with personal data</source>
        <translation>機密情報と個人情報の両方を扱う</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="164"/>
        <source>¥{amount}</source>
        <translation>{amount} 円</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="191"/>
        <source>{category}: {help}</source>
        <translation>{category}：{help}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="197"/>
        <source>This is your judgement (reason: {reason}). Computed: {computed}.</source>
        <translation>これは自社の判断です（理由：{reason}）。計算による判定：{computed}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="203"/>
        <source>Fill in first: {fields}.</source>
        <translation>先に入力してください：{fields}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="206"/>
        <source>Kept in-house because it {reasons}.</source>
        <translation>{reasons}ため、社内で続けます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="209"/>
        <source>First: {steps}.</source>
        <translation>まず：{steps}。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="212"/>
        <source>After that the score would be {n}.</source>
        <translation>そうすれば点数は {n} 点になります。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="225"/>
        <source>Candidates together</source>
        <translation>候補の合計</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="241"/>
        <source>the company&apos;s internal hourly cost</source>
        <translation>社内の時間単価</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="242"/>
        <source>the hourly rate of outsourced work</source>
        <translation>外部化したときの時間単価</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="244"/>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="246"/>
        <source>Not enough data for yen: set {what} on the “Company profile” page.</source>
        <translation>金額を出すためのデータが足りません：「会社情報」のページで{what}を入力してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="251"/>
        <source>ECRS: no time savings entered yet.</source>
        <translation>ECRS：削減できる時間はまだ入力されていません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="254"/>
        <source>ECRS improvements save {hours} hours a month before anything is handed over.</source>
        <translation>ECRS の改善で、外部に任せる前に月 {hours} 時間減らせます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="260"/>
        <source>ECRS improvements save {hours} hours ({yen}) a month before anything is handed over.</source>
        <translation>ECRS の改善で、外部に任せる前に月 {hours} 時間（{yen}）減らせます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="279"/>
        <source>{step} — {n} tasks, {hours} h a month</source>
        <translation>{step} — 業務 {n} 件、月 {hours} 時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/suitability_text.py" line="285"/>
        <source>{name} ({hours} h a month)</source>
        <translation>{name}（月 {hours} 時間）</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="114"/>
        <source>Syncing</source>
        <translation>同期中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="184"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="194"/>
        <source>Checking sync status</source>
        <translation>同期の状態を確認中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="228"/>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="230"/>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="232"/>
        <source>Sync stopped: {reason}</source>
        <translation>同期停止: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="234"/>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="236"/>
        <source>Last sync {time}</source>
        <translation>最終同期 {time}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="237"/>
        <source>Connected, not synced yet</source>
        <translation>接続済み（未同期）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="241"/>
        <source>No partner server is set up yet; everything is kept on this PC.</source>
        <translation>パートナーサーバーはまだ設定されていません。データはすべてこのパソコンに保存されています。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="242"/>
        <source>Partner server: {url}</source>
        <translation>パートナーサーバー: {url}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="246"/>
        <source>The server cannot be reached; changes are kept and sent later.</source>
        <translation>サーバーに接続できません。変更はこのパソコンに残り、あとで送信されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="248"/>
        <source>Last sync: {time}</source>
        <translation>最終同期: {time}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/sync_controller.py" line="254"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>競合 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/sync_controller.py" line="261"/>
        <source>Your PC&apos;s clock is off (about %n minute(s))</source>
        <translation>
            <numerusform>パソコンの時計がずれています（約%n分）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="265"/>
        <source>unexpected error</source>
        <translation>予期しないエラー</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/sync_controller.py" line="270"/>
        <source>Sync failed unexpectedly; it is tried again later.</source>
        <translation>予期しないエラーで同期できませんでした。あとで自動的にもう一度試します。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="52"/>
        <source>Add task</source>
        <translation>業務の追加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="52"/>
        <source>Edit task</source>
        <translation>業務の編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="58"/>
        <source>e.g. Monthly invoicing</source>
        <translation>例：月末の請求書発行</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="60"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="67"/>
        <source>Times</source>
        <translation>回数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="69"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="72"/>
        <source>Not known yet</source>
        <translation>未入力（あとで）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="73"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="76"/>
        <source>Hours a month</source>
        <translation>月あたりの時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="91"/>
        <source>Basics</source>
        <translation>基本</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="105"/>
        <source>Frequency and time</source>
        <translation>頻度と時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="111"/>
        <source>How it is done</source>
        <translation>進め方</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="121"/>
        <source>Assessment</source>
        <translation>判断</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="153"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_dialog.py" line="261"/>
        <source>{hours} hours a month</source>
        <translation>月あたり {hours} 時間</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <location filename="../../desktop/gui/first_window.py" line="92"/>
        <location filename="../../desktop/gui/pages/task_page.py" line="72"/>
        <source>Filter tasks…</source>
        <translation>業務を絞り込む…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="75"/>
        <source>Words in name, description, performer, tools, skills or note (Ctrl+F)</source>
        <translation>業務名・内容・担当者・道具・スキル・メモに含まれる言葉 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_window.py" line="94"/>
        <location filename="../../desktop/gui/pages/task_page.py" line="77"/>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="81"/>
        <source>&amp;Area:</source>
        <translation>部署(&amp;A):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/first_window.py" line="99"/>
        <location filename="../../desktop/gui/pages/task_page.py" line="87"/>
        <source>Tasks</source>
        <translation>業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="98"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="98"/>
        <source>Add a task (Ctrl+N)</source>
        <translation>業務を追加します (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="100"/>
        <source>Edit the task (Enter)</source>
        <translation>業務を編集します (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="105"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="105"/>
        <source>Delete the task (Del)</source>
        <translation>業務を削除します (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="109"/>
        <source>Find &amp;workers…</source>
        <translation>人材を探す(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="110"/>
        <source>Rank workers for the task and assign them (Ctrl+M)</source>
        <translation>この業務に合う人材を順位付けして割り当てます（Ctrl+M）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="131"/>
        <source>First register a company on the “Company profile” page.</source>
        <translation>まず「会社情報」のページで会社を登録してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="46"/>
        <location filename="../../desktop/gui/pages/task_page.py" line="156"/>
        <source>Task inventory</source>
        <translation>業務一覧</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="172"/>
        <source>All areas of work</source>
        <translation>すべての部署・業務領域</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="67"/>
        <source>Loading tasks</source>
        <translation>業務を読み込んでいます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="263"/>
        <source>{shown} of {total} tasks shown — {hours} hours a month</source>
        <translation>{total} 件中 {shown} 件を表示 — 月あたり {hours} 時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="330"/>
        <source>Deleted “{name}”. Undo: {keys}</source>
        <translation>「{name}」を削除しました。元に戻す: {keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="332"/>
        <source>Deleted {n} tasks. Undo: {keys}</source>
        <translation>{n} 件の業務を削除しました。元に戻す: {keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="346"/>
        <source>The task, its company or its area of work no longer exists. The list was reloaded.</source>
        <translation>この業務、その会社、または部署・業務領域はすでに削除されています。一覧を読み込み直しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/task_page.py" line="350"/>
        <source>The operation failed: {error}</source>
        <translation>処理を完了できませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_commands.py" line="26"/>
        <source>Add task “{name}”</source>
        <translation>業務「{name}」の追加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_commands.py" line="53"/>
        <source>Edit task “{name}”</source>
        <translation>業務「{name}」の編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_commands.py" line="70"/>
        <source>Delete task “{name}”</source>
        <translation>業務「{name}」の削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_commands.py" line="73"/>
        <source>Delete {n} tasks</source>
        <translation>{n} 件の業務の削除</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="107"/>
        <source>Task</source>
        <translation>業務名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="108"/>
        <source>Area</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="109"/>
        <source>Done by</source>
        <translation>担当</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="110"/>
        <source>Frequency</source>
        <translation>頻度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="111"/>
        <source>Min.</source>
        <translation>1回(分)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="113"/>
        <source>Hours/month</source>
        <translation>月間時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="114"/>
        <source>Hours a month: times a month × minutes each (a month has 20 working days)</source>
        <translation>月間時間 = 月あたりの回数 × 1回の所要時間（1か月 = 20 営業日で計算）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="116"/>
        <source>Medium</source>
        <translation>紙/電子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="117"/>
        <source>On-site</source>
        <translation>現地</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="118"/>
        <source>Confidential</source>
        <translation>機密</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="119"/>
        <source>One person</source>
        <translation>属人化</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="120"/>
        <source>Procedure</source>
        <translation>手順書</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="121"/>
        <source>ECRS</source>
        <translation>ECRS</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/task_table.py" line="122"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>TasksStep</name>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="74"/>
        <source>Areas of work</source>
        <translation>部署・業務領域</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="77"/>
        <source>A&amp;rea:</source>
        <translation>部署(&amp;R):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="82"/>
        <source>Search all typical tasks, e.g. 請求書</source>
        <translation>よくある業務をまとめて検索（例：請求書）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="84"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="87"/>
        <source>Tasks to tick</source>
        <translation>チェックする業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="92"/>
        <source>Task</source>
        <translation>業務名</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="92"/>
        <source>Usually</source>
        <translation>ふだんの頻度</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="92"/>
        <source>Each time</source>
        <translation>1回の時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="92"/>
        <source>What it is</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="101"/>
        <source>Tick &amp;all in this list</source>
        <translation>この一覧をすべてチェック(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="105"/>
        <source>e.g. 直売所の棚の補充と値札付け</source>
        <translation>例：直売所の棚の補充と値札付け</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="106"/>
        <source>Name of your own task</source>
        <translation>自社の業務の名前</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="110"/>
        <source>Times</source>
        <translation>回数</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="115"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="119"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="121"/>
        <source>A&amp;dd task</source>
        <translation>業務を追加(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="123"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="125"/>
        <source>How often:</source>
        <translation>頻度:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="127"/>
        <source>Each time:</source>
        <translation>1回の時間:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="142"/>
        <source>A task that is not in the list</source>
        <translation>一覧にない業務</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="170"/>
        <source>Pick the tasks</source>
        <translation>業務を選ぶ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="174"/>
        <source>Choose an area on the left, then tick the tasks the company does. Each tick is saved at once. Times are usual values; you can correct them in the next step.</source>
        <translation>左で部署・業務領域を選び、会社で行っている業務にチェックを入れてください。チェックはその都度保存されます。時間は一般的な目安です。次のステップで直せます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="194"/>
        <source>{name} ({n})</source>
        <translation>{name}（{n}）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="208"/>
        <source>Tasks picked: {n} in all, {hours} hours a month</source>
        <translation>選んだ業務：全部で {n} 件、月 {hours} 時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="226"/>
        <source>Pick the areas of work in the previous step first.</source>
        <translation>先に前のステップで部署・業務領域を選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="233"/>
        <source>%n task(s) found. A ticked task goes into “{area}”.</source>
        <translation>
            <numerusform>%n 件の業務が見つかりました。チェックした業務は「{area}」に入ります。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="243"/>
        <source>Typical tasks of “{area}”:</source>
        <translation>「{area}」のよくある業務：</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="247"/>
        <source>There are no typical tasks for “{area}”. Search above, or add your own below.</source>
        <translation>「{area}」には、よくある業務の一覧がありません。上で検索するか、下で自社の業務を追加してください。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="256"/>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="269"/>
        <source>{n} min</source>
        <translation>{n} 分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="257"/>
        <source>(your own task) </source>
        <translation>（自社の業務）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="266"/>
        <source>(in “{area}”) </source>
        <translation>（「{area}」に登録済み）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="266"/>
        <source>no area</source>
        <translation>部署なし</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="348"/>
        <source>Add task “{name}”</source>
        <translation>業務「{name}」の追加</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="351"/>
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>業務 %n 件の追加</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="355"/>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="392"/>
        <source>“{name}” added.</source>
        <translation>「{name}」を追加しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="357"/>
        <source>%n task(s) added.</source>
        <translation>
            <numerusform>業務を %n 件追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="363"/>
        <source>“{name}” removed. Undo: {keys}</source>
        <translation>「{name}」を外しました。元に戻す: {keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/tasks_step.py" line="403"/>
        <source>Please tick at least one task to go on.</source>
        <translation>先に進むには、業務を一つ以上チェックしてください。</translation>
    </message>
</context>
<context>
    <name>TimeWindowEditor</name>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="114"/>
        <source>No fixed hours: any time by arrangement.</source>
        <translation>時間帯の指定なし（都度相談）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="115"/>
        <source>Add time &amp;window</source>
        <translation>時間帯を追加(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="116"/>
        <source>Add a weekly time window (days and hours)</source>
        <translation>毎週の時間帯（曜日と時刻）を追加します</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="118"/>
        <source>Pre&amp;sets</source>
        <translation>よくある時間帯(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="119"/>
        <source>Add a common pattern</source>
        <translation>よくあるパターンを追加します</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="123"/>
        <source>Weekdays 10:00–15:00 (school hours)</source>
        <translation>平日10-15時（子どもの登校中）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="124"/>
        <source>Weekdays 9:00–17:00</source>
        <translation>平日9-17時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="125"/>
        <source>Weekday mornings 9:00–12:00</source>
        <translation>平日午前9-12時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="126"/>
        <source>Weekday evenings 19:00–22:00</source>
        <translation>平日夜19-22時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="127"/>
        <source>Weekends 9:00–17:00</source>
        <translation>土日9-17時</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="182"/>
        <source>{hours} hours a week in these windows</source>
        <translation>時間帯の合計: 週{hours}時間</translation>
    </message>
</context>
<context>
    <name>WindowRow</name>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="43"/>
        <source>Mon</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="44"/>
        <source>Tue</source>
        <translation>火</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="45"/>
        <source>Wed</source>
        <translation>水</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="46"/>
        <source>Thu</source>
        <translation>木</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="47"/>
        <source>Fri</source>
        <translation>金</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="48"/>
        <source>Sat</source>
        <translation>土</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="49"/>
        <source>Sun</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="52"/>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="53"/>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="54"/>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="55"/>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="56"/>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="57"/>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="58"/>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="73"/>
        <source>From</source>
        <translation>開始時刻</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="73"/>
        <source>Until</source>
        <translation>終了時刻</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="81"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_windows.py" line="82"/>
        <source>Remove this time window</source>
        <translation>この時間帯を削除</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/gui/wizard/common.py" line="87"/>
        <source>This was removed meanwhile (perhaps on another PC). The screen was refreshed.</source>
        <translation>この項目はすでに削除されていました（別のパソコンで削除された可能性があります）。画面を更新しました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/common.py" line="90"/>
        <source>That did not work: {error}</source>
        <translation>うまくいきませんでした: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/common.py" line="97"/>
        <source>Minutes saved can only be given when the task is improved (E, C, R or S).</source>
        <translation>削減できる時間を入力できるのは、改善する業務（E・C・R・S）の場合だけです。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/wizard/common.py" line="100"/>
        <source>Minutes saved a month can be at most {limit}, the time the task takes.</source>
        <translation>月あたりの削減時間は、この業務にかかる時間の {limit} 分までです。</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="63"/>
        <source>Add worker</source>
        <translation>人材を追加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="63"/>
        <source>Edit worker</source>
        <translation>人材を編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="70"/>
        <source>e.g. 山田 花子</source>
        <translation>例: 山田 花子</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="73"/>
        <source>e.g. やまだ はなこ (used for sorting)</source>
        <translation>例: やまだ はなこ（並べ替えに使います）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="82"/>
        <source> h/week</source>
        <translation> 時間/週</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="85"/>
        <source> days/month</source>
        <translation> 日/月</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="86"/>
        <source>Remote only</source>
        <translation>在宅のみ</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="91"/>
        <source> yen</source>
        <translation> 円</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="92"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="94"/>
        <source>The most confidential work this person may be given</source>
        <translation>この人に任せられる業務の機密度の上限</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="99"/>
        <source>The person a&amp;greed that we keep their personal data</source>
        <translation>本人から個人情報の保管に同意を得た(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="110"/>
        <source>e.g. 子育て中: 15時まで / 介護: 火曜は不可</source>
        <translation>例: 子育て中: 15時まで / 介護: 火曜は不可</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="113"/>
        <source>Private constraints stay on this partner PC: they are never sent to a company, printed on a sheet, or shown on a worker card.</source>
        <translation>個人的な事情はこのパートナーのPCにのみ保管され、企業への送信、作業票への印刷、人材カードへの表示は一切されません。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="121"/>
        <source>Phone, email and private constraints can only be kept with the person&apos;s consent (Act on the Protection of Personal Information).</source>
        <translation>電話番号・メールアドレス・個人的な事情は、本人の同意がある場合のみ保管できます（個人情報保護法）。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="129"/>
        <source>Person</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="140"/>
        <source>Availability and pay</source>
        <translation>稼働条件と報酬</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="152"/>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="158"/>
        <source>Contact and consent</source>
        <translation>連絡先と同意</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="162"/>
        <source>Date of consent:</source>
        <translation>同意日:</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="201"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_dialog.py" line="348"/>
        <source>Please correct the fields marked in red.</source>
        <translation>赤枠の項目を修正してください。</translation>
    </message>
</context>
<context>
    <name>WorkerTableModel</name>
    <message>
        <location filename="../../desktop/gui/worker_table.py" line="48"/>
        <source>Name (sorted by kana)</source>
        <translation>氏名（ふりがな順）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_table.py" line="49"/>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_table.py" line="52"/>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_table.py" line="53"/>
        <source>Skills and levels (1 learning, 2 can do the work, 3 can teach)</source>
        <translation>スキルとレベル（1 学習中、2 実務可、3 指導可）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_table.py" line="55"/>
        <source>Hours/week</source>
        <translation>週時間</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_table.py" line="56"/>
        <source>Rate (yen)</source>
        <translation>時給（円）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_table.py" line="57"/>
        <source>Training</source>
        <translation>育成段階</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_table.py" line="121"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="75"/>
        <source>Filter workers…</source>
        <translation>人材を絞り込み…</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="78"/>
        <source>Words in name, kana, municipality, skills, kind, stage or note (Ctrl+F)</source>
        <translation>氏名・ふりがな・市町村・スキル・区分・育成段階・メモの語句（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="80"/>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/navigation.py" line="24"/>
        <location filename="../../desktop/gui/pages/workers_page.py" line="86"/>
        <location filename="../../desktop/gui/pages/workers_page.py" line="170"/>
        <source>Workers</source>
        <translation>人材</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="99"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="99"/>
        <source>Add a worker (Ctrl+N)</source>
        <translation>人材を追加します（Ctrl+N）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="103"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="103"/>
        <source>Edit the worker (Enter)</source>
        <translation>人材を編集します（Enter）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="109"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="110"/>
        <source>Delete the worker (Del); Ctrl+Z brings them back</source>
        <translation>人材を削除します（Del）。Ctrl+Zで元に戻せます</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="115"/>
        <source>&amp;Print this worker&apos;s sheets…</source>
        <translation>この人材の作業指示書を印刷…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="116"/>
        <source>Print the task sheets of every current assignment of the selected worker (Ctrl+P)</source>
        <translation>選んだ人材の、現在のすべての割り当ての作業指示書を印刷します（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="138"/>
        <source>This PC has no worker pool: workers are managed on the partner&apos;s PC. A company sees only the workers assigned to its tasks.</source>
        <translation>このPCには人材の登録はありません。人材はパートナーのPCで管理します。企業には、その企業の業務に割り当てられた人材だけが表示されます。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="68"/>
        <source>Loading workers</source>
        <translation>人材を読み込み中</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="245"/>
        <source>{shown} of {total} workers shown</source>
        <translation>{total}名中{shown}名を表示</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="308"/>
        <source>Deleted “{name}”. Undo: {keys}</source>
        <translation>「{name}」を削除しました。元に戻す: {keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="310"/>
        <source>Deleted {n} workers. Undo: {keys}</source>
        <translation>{n}名を削除しました。元に戻す: {keys}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="327"/>
        <source>The worker no longer exists (deleted on another device?). The list was reloaded.</source>
        <translation>この人材はもう存在しません（別の端末で削除された可能性があります）。一覧を再読み込みしました。</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/pages/workers_page.py" line="330"/>
        <source>The operation failed: {error}</source>
        <translation>操作に失敗しました: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_commands.py" line="38"/>
        <source>Add worker “{name}”</source>
        <translation>人材「{name}」を追加</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_commands.py" line="66"/>
        <source>Edit worker “{name}”</source>
        <translation>人材「{name}」を編集</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_commands.py" line="86"/>
        <source>Delete worker “{name}”</source>
        <translation>人材「{name}」を削除</translation>
    </message>
    <message>
        <location filename="../../desktop/gui/worker_commands.py" line="90"/>
        <source>Delete {n} workers</source>
        <translation>人材{n}名を削除</translation>
    </message>
</context>
</TS>
