<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
  <context>
    <name>App</name>
    <message>
      <location filename="../../desktop/gui/app.py" line="39" />
      <source>Machishigoto</source>
      <translation>まちしごと</translation>
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
    <name>JobStatus</name>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="65" />
      <source>Cancel</source>
      <translation>中止</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="100" />
      <source>Machishigoto — workflow inventory and local telework</source>
      <translation>まちしごと — 業務棚卸しと地域のテレワーク</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="105" />
      <location filename="../../desktop/gui/main_window.py" line="106" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="109" />
      <source>&amp;Company:</source>
      <translation>会社(&amp;C):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="120" />
      <source>Navigation</source>
      <translation>ナビゲーション</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="157" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="158" />
      <source>&amp;Back up database...</source>
      <translation>データベースのバックアップ(&amp;B)...</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="159" />
      <source>Add &amp;demo data</source>
      <translation>デモデータを追加(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="160" />
      <source>Small: one tea farm</source>
      <translation>小：茶園 1 社</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="161" />
      <source>Large: 50 companies, 5,000 tasks</source>
      <translation>大：50 社・5,000 業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="163" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="166" />
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="167" />
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="169" />
      <source>&amp;Redo</source>
      <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="175" />
      <source>S&amp;ync</source>
      <translation>同期(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="176" />
      <source>Sync &amp;now</source>
      <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="178" />
      <source>&amp;Connect to partner server…</source>
      <translation>パートナーサーバーに接続…(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="181" />
      <source>&amp;Write sync file for USB…</source>
      <translation>USB用の同期ファイルを書き出す(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="182" />
      <source>&amp;Read sync file…</source>
      <translation>同期ファイルを取り込む(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="186" />
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="187" />
      <source>Text &amp;size</source>
      <translation>文字の大きさ(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="195" />
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="206" />
      <source>Database: {path}</source>
      <translation>データベース: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="211" />
      <source>Open the conflicts to review them</source>
      <translation>クリックすると競合の確認を開きます</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/main_window.py" line="264" />
      <source>%n change(s) waiting to be sent</source>
      <translation>
        <numerusform>送信待ちの変更 %n 件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="290" />
      <source>Adding demo data</source>
      <translation>デモデータを追加しています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="297" />
      <source>Back up database</source>
      <translation>データベースのバックアップ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="297" />
      <source>Database (*.sqlite3)</source>
      <translation>データベース (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="311" />
      <source>Backing up</source>
      <translation>バックアップしています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="330" />
      <source>The operation failed: {error}</source>
      <translation>処理を完了できませんでした: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="331" />
      <location filename="../../desktop/gui/main_window.py" line="345" />
      <source>Machishigoto</source>
      <translation>まちしごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="346" />
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
      <location filename="../../desktop/gui/messages.py" line="429" />
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
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="80" />
      <source>Area of work</source>
      <translation>部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="81" />
      <source>Description</source>
      <translation>業務の内容</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="82" />
      <source>Frequency</source>
      <translation>頻度</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="83" />
      <source>Minutes each time</source>
      <translation>1回の所要時間（分）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="84" />
      <source>Done by</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="85" />
      <source>Skills needed</source>
      <translation>必要なスキル</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="86" />
      <source>Tools and systems</source>
      <translation>使う道具・システム</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="87" />
      <source>Paper or digital</source>
      <translation>紙・電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="88" />
      <source>On-site need</source>
      <translation>現地での作業</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="89" />
      <source>Confidentiality</source>
      <translation>機密性</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="90" />
      <source>Handles personal data</source>
      <translation>個人情報を扱う</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="91" />
      <source>Only one person knows it</source>
      <translation>一人しかやり方を知らない（属人化）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="92" />
      <source>Written procedure</source>
      <translation>手順書</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="93" />
      <source>Seasonality</source>
      <translation>繁閑の波</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="94" />
      <source>Deadline pressure</source>
      <translation>締切の厳しさ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="95" />
      <source>ECRS decision</source>
      <translation>ECRSの判断</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="96" />
      <source>ECRS note</source>
      <translation>ECRSのメモ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="97" />
      <source>Suitability override</source>
      <translation>外部化の判定の上書き</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="98" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="99" />
      <source>Step</source>
      <translation>手順</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="108" />
      <source>{label} is required.</source>
      <translation>「{label}」を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="109" />
      <source>{label} is too long (at most {limit} characters).</source>
      <translation>「{label}」が長すぎます（{limit} 文字まで）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="110" />
      <source>{label} is out of range (at most {limit}).</source>
      <translation>「{label}」の値が範囲外です（上限 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="111" />
      <source>{label} is not valid.</source>
      <translation>「{label}」の値が正しくありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="112" />
      <source>{label}: this frequency takes more time than the period has.</source>
      <translation>「{label}」: この頻度と所要時間では、期間内に収まりません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="113" />
      <source>{label}: please give a reason.</source>
      <translation>「{label}」: 理由を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="122" />
      <source>per working day</source>
      <translation>営業日ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="123" />
      <source>per week</source>
      <translation>週ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="124" />
      <source>per month</source>
      <translation>月ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="125" />
      <source>per year</source>
      <translation>年ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="128" />
      <source>Paper</source>
      <translation>紙</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="129" />
      <source>Digital</source>
      <translation>電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="130" />
      <source>Paper and digital</source>
      <translation>紙と電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="133" />
      <source>Not needed</source>
      <translation>不要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="134" />
      <source>Sometimes</source>
      <translation>ときどき必要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="135" />
      <source>Always</source>
      <translation>常に必要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="138" />
      <source>Public</source>
      <translation>公開可</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="139" />
      <source>Internal</source>
      <translation>社外秘</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="140" />
      <source>Confidential</source>
      <translation>機密</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="143" />
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="144" />
      <source>Partly</source>
      <translation>一部あり</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="145" />
      <source>Complete</source>
      <translation>あり</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="148" />
      <source>Even through the year</source>
      <translation>年間を通して一定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="149" />
      <source>Month-end peak</source>
      <translation>月末に集中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="150" />
      <source>Seasonal peak</source>
      <translation>季節で繁忙</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="151" />
      <source>Irregular</source>
      <translation>不定期</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="154" />
      <source>Flexible</source>
      <translation>ゆるやか</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="155" />
      <source>Within days</source>
      <translation>数日以内</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="156" />
      <source>Same day</source>
      <translation>当日中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="157" />
      <source>Immediately</source>
      <translation>即時</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="160" />
      <source>Not reviewed</source>
      <translation>未検討</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="161" />
      <source>Eliminate</source>
      <translation>排除（E）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="162" />
      <source>Combine</source>
      <translation>結合（C）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="163" />
      <source>Rearrange</source>
      <translation>入替え（R）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="164" />
      <source>Simplify</source>
      <translation>簡素化（S）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="165" />
      <source>Keep as is</source>
      <translation>現状維持</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="168" />
      <source>In use</source>
      <translation>実施中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="169" />
      <source>Under review</source>
      <translation>検討中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="170" />
      <source>Outsourced</source>
      <translation>外部化済み</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="171" />
      <source>Discontinued</source>
      <translation>廃止</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="185" />
      <source>{n}x per working day</source>
      <translation>毎営業日 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="186" />
      <source>{n}x per week</source>
      <translation>週 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="187" />
      <source>{n}x per month</source>
      <translation>月 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="188" />
      <source>{n}x per year</source>
      <translation>年 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="194" />
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="194" />
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="199" />
      <source>Database: {path}</source>
      <translation>データベース: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="200" />
      <source>Schema: revision {rev}, sync version {ver}</source>
      <translation>スキーマ: リビジョン {rev}、同期バージョン {ver}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="203" />
      <source>Device: {device}</source>
      <translation>端末ID: {device}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="204" />
      <source>Companies: {n}</source>
      <translation>会社: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="205" />
      <source>Areas of work: {n}</source>
      <translation>部署・業務領域: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="206" />
      <source>Tasks: {n}</source>
      <translation>業務: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="207" />
      <source>Procedure steps: {n}</source>
      <translation>手順: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="208" />
      <source>Changes waiting to be sent: {n}</source>
      <translation>送信待ちの変更: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="214" />
      <source>Demo data added: {c} companies, {d} areas of work, {t} tasks, {s} steps.</source>
      <translation>デモデータを追加しました：会社 {c} 社、部署・業務領域 {d}、業務 {t} 件、手順 {s} 件。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="220" />
      <source>Backup written to {path}</source>
      <translation>バックアップを保存しました: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="241" />
      <source>Enter the partner server's address (it begins with https://).</source>
      <translation>パートナーサーバーのURL（https:// で始まるもの）を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="252" />
      <source>http:// is not encrypted and is only allowed for a server on this PC (localhost). Use the https:// address of the partner server.</source>
      <translation>http:// は暗号化されないため、このパソコン上のサーバー（localhost）にしか使えません。パートナーサーバーの https:// で始まるURLを入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="257" />
      <source>The address must begin with https:// (for example https://partner.example.jp).</source>
      <translation>URLは https:// で始めてください（例: https://partner.example.jp）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="265" />
      <source>This database is not connected to a partner server yet.</source>
      <translation>このデータベースはまだパートナーサーバーに接続されていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="266" />
      <source>The connection details of this PC are not stored any more. Connect to the partner server again with a new connection code.</source>
      <translation>このパソコンの接続情報が残っていません。新しい接続コードでもう一度パートナーサーバーに接続してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="271" />
      <source>The partner server no longer accepts this PC (the connection may have been removed). Connect again with a new connection code.</source>
      <translation>パートナーサーバーがこのパソコンからの接続を受け付けていません（接続が解除された可能性があります）。新しい接続コードでもう一度接続してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="276" />
      <source>The partner server needs a newer version of Machishigoto. Please update the app; your changes are kept and are sent after the update.</source>
      <translation>パートナーサーバーを使うには、新しいバージョンのまちしごとが必要です。アプリを更新してください。変更はこのパソコンに残り、更新後に送信されます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="281" />
      <source>Some changes belong to a company this PC is not connected for, so nothing was sent. Ask your partner to check the connection.</source>
      <translation>このパソコンが接続していない会社への変更が含まれているため、何も送信しませんでした。パートナーに接続の設定を確認してもらってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="286" />
      <source>This PC's clock is far off. Set the clock right and sync again.</source>
      <translation>このパソコンの時計が大きくずれています。時計を合わせてから、もう一度同期してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="289" />
      <source>This database looks like a copy of one on another PC. Ask your partner for a new connection code.</source>
      <translation>このデータベースは別のパソコンのデータベースのコピーのようです。パートナーに新しい接続コードを発行してもらってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="294" />
      <source>This connection code has already been used.</source>
      <translation>この接続コードはすでに使われています。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="295" />
      <source>This connection code has expired. Ask your partner for a new one.</source>
      <translation>この接続コードは有効期限が切れています。パートナーに新しいコードを発行してもらってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="298" />
      <source>Too many connection attempts. Wait a few minutes and try again.</source>
      <translation>接続の試行回数が多すぎます。数分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="301" />
      <source>The changes to send are too large for the partner server.</source>
      <translation>送信する変更が大きすぎて、パートナーサーバーが受け取れません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="302" />
      <source>The partner server did not know this address or code. Check the URL and the code.</source>
      <translation>パートナーサーバーでこのURLまたは接続コードが見つかりませんでした。URLと接続コードを確認してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="305" />
      <location filename="../../desktop/gui/messages.py" line="306" />
      <source>The partner server did not accept the data ({detail}).</source>
      <translation>パートナーサーバーがデータを受け付けませんでした（{detail}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="307" />
      <source>The partner server had an error. Try again later; nothing on this PC was lost.</source>
      <translation>パートナーサーバーでエラーが発生しました。しばらくしてからもう一度お試しください。このパソコンのデータは失われていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="311" />
      <source>Sync did not work ({code}).</source>
      <translation>同期できませんでした（{code}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="318" />
      <source>connect again</source>
      <translation>もう一度接続してください</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="319" />
      <source>connection no longer valid</source>
      <translation>接続が無効になりました</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="320" />
      <source>app update needed</source>
      <translation>アプリの更新が必要です</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="321" />
      <source>change for a company not connected</source>
      <translation>接続していない会社への変更があります</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="322" />
      <source>PC clock far off</source>
      <translation>パソコンの時計が大きくずれています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="323" />
      <source>copied database</source>
      <translation>コピーされたデータベースです</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="324" />
      <source>server error</source>
      <translation>サーバーのエラー</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="326" />
      <source>error ({code})</source>
      <translation>エラー（{code}）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="343" />
      <source>The partner server's certificate could not be verified, so no connection was made. Check the URL, or ask your partner about the server's certificate.</source>
      <translation>パートナーサーバーの証明書を確認できなかったため、接続しませんでした。URLを確認するか、サーバーの証明書についてパートナーに問い合わせてください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="348" />
      <source>Cannot reach the server. Check the network and the URL.</source>
      <translation>サーバーに接続できません。ネットワークとURLを確認してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="352" />
      <source>This PC has no place to store credentials, so the connection details are kept only until the app is closed.</source>
      <translation>このパソコンには資格情報の保存場所がないため、接続情報はアプリを閉じるまでだけ保持されます。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="360" />
      <source>This PC has no place to store credentials, so the connection details are kept only while this command runs. Use “connect URL CODE --then-sync” to sync right away.</source>
      <translation>このパソコンには資格情報の保存場所がないため、接続情報はこのコマンドの実行中だけ保持されます。すぐに同期するには「connect URL CODE --then-sync」を使ってください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="368" />
      <source>No connection details are stored for this database (this PC has no credential store, or the connection was removed). Run “machishigoto connect URL CODE --then-sync” again with a new connection code.</source>
      <translation>このデータベースの接続情報が保存されていません（このパソコンに資格情報の保存場所がないか、接続が解除されました）。新しい接続コードで「machishigoto connect URL CODE --then-sync」をもう一度実行してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="377" />
      <source>Connected to {url} ({scopes}).</source>
      <translation>{url} に接続しました（{scopes}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="384" />
      <source>Synced: {pushed} sent, {pulled} received, {conflicts} open conflicts, {waiting} waiting.</source>
      <translation>同期しました: 送信 {pushed} 件、受信 {pulled} 件、競合 {conflicts} 件、送信待ち {waiting} 件</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="390" />
      <source>Give the sync bundle file, for example E:\machishigoto.mshg</source>
      <translation>同期ファイルを指定してください（例：E:\machishigoto.mshg）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="394" />
      <source>Sync bundle written to {path} ({n} items). Carry it to the other PC and import it there.</source>
      <translation>同期ファイルを {path} に書き出しました（{n} 件）。もう一方のパソコンに運んで取り込んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="400" />
      <source>Sync bundle {path} imported: {cells} values updated, {conflicts} new conflicts.</source>
      <translation>同期ファイル {path} を取り込みました：更新 {cells} 件、新しい競合 {conflicts} 件。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="408" />
      <source>{path} is not a Machishigoto sync bundle. Nothing was changed.</source>
      <translation>{path} は、まちしごとの同期ファイルではありません。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="411" />
      <source>{path} is damaged or incomplete (copy it again). Nothing was changed.</source>
      <translation>{path} は壊れているか、途中までしかありません（もう一度コピーしてください）。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="414" />
      <source>{path} was changed after it was made, or comes from another partner. Nothing was changed.</source>
      <translation>{path} は作成後に書き換えられたか、別のパートナーのファイルです。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="418" />
      <source>{path} belongs to a company this PC is not connected to. Nothing was changed.</source>
      <translation>{path} は、このパソコンが接続していない会社のファイルです。何も変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="421" />
      <source>{path} was made by a newer version of Machishigoto. Please update the app.</source>
      <translation>{path} は新しいバージョンのまちしごとで作られています。アプリを更新してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="424" />
      <source>This PC has no bundle key yet: connect it to the partner server once (or choose the company).</source>
      <translation>このパソコンには同期ファイル用の鍵がまだありません。一度パートナーサーバーに接続してください（または会社を指定してください）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="428" />
      <source>The file {path} does not exist.</source>
      <translation>ファイル {path} が見つかりません。</translation>
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
      <source> min</source>
      <translation> 分</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="75" />
      <source>Hours a month</source>
      <translation>月あたりの時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="90" />
      <source>Basics</source>
      <translation>基本</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="104" />
      <source>Frequency and time</source>
      <translation>頻度と時間</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="110" />
      <source>How it is done</source>
      <translation>進め方</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="120" />
      <source>Assessment</source>
      <translation>判断</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="152" />
      <source>Save (Ctrl+Enter)</source>
      <translation>保存 (Ctrl+Enter)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/task_dialog.py" line="260" />
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
</TS>