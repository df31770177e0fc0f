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
      <location filename="../../desktop/gui/main_window.py" line="58" />
      <source>Cancel</source>
      <translation>中止</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="84" />
      <source>Machishigoto — workflow inventory and local telework</source>
      <translation>まちしごと — 業務棚卸しと地域のテレワーク</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="89" />
      <location filename="../../desktop/gui/main_window.py" line="90" />
      <source>Company</source>
      <translation>会社</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="93" />
      <source>&amp;Company:</source>
      <translation>会社(&amp;C):</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="104" />
      <source>Navigation</source>
      <translation>ナビゲーション</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="135" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="136" />
      <source>&amp;Back up database...</source>
      <translation>データベースのバックアップ(&amp;B)...</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="137" />
      <source>Add &amp;demo data</source>
      <translation>デモデータを追加(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="138" />
      <source>Small: one tea farm</source>
      <translation>小：茶園 1 社</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="139" />
      <source>Large: 50 companies, 5,000 tasks</source>
      <translation>大：50 社・5,000 業務</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="141" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="144" />
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="145" />
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="147" />
      <source>&amp;Redo</source>
      <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="153" />
      <source>&amp;View</source>
      <translation>表示(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="154" />
      <source>Text &amp;size</source>
      <translation>文字の大きさ(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="162" />
      <source>&amp;Language</source>
      <translation>言語(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="173" />
      <source>Database: {path}</source>
      <translation>データベース: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="176" />
      <source>Not connected</source>
      <translation>未接続</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="178" />
      <source>No partner server is set up yet; everything is kept on this PC.</source>
      <translation>パートナーサーバーはまだ設定されていません。データはすべてこのパソコンに保存されています。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../desktop/gui/main_window.py" line="225" />
      <source>%n change(s) waiting to be sent</source>
      <translation>
        <numerusform>送信待ちの変更 %n 件</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="241" />
      <source>Adding demo data</source>
      <translation>デモデータを追加しています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="248" />
      <source>Back up database</source>
      <translation>データベースのバックアップ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="248" />
      <source>Database (*.sqlite3)</source>
      <translation>データベース (*.sqlite3)</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="262" />
      <source>Backing up</source>
      <translation>バックアップしています</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="268" />
      <source>The operation failed: {error}</source>
      <translation>処理を完了できませんでした: {error}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="269" />
      <location filename="../../desktop/gui/main_window.py" line="283" />
      <source>Machishigoto</source>
      <translation>まちしごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/main_window.py" line="284" />
      <source>The new language is used from the next start.</source>
      <translation>新しい言語は次回の起動から使われます。</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../desktop/gui/messages.py" line="34" />
      <source>The file {path} is not a Machishigoto database (or it is damaged). It was not changed.</source>
      <translation>ファイル {path} は、まちしごとのデータベースではないか、壊れています。ファイルは変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="38" />
      <source>The file {path} is a database of another program. Machishigoto does not write to it.</source>
      <translation>ファイル {path} は別のソフトのデータベースです。まちしごとはこのファイルに書き込みません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="41" />
      <source>The database {path} was made by a newer version of Machishigoto. Please update the app; the file was not changed.</source>
      <translation>データベース {path} は、新しいバージョンのまちしごとで作られています。アプリを更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="46" />
      <source>The database {path} is in use by another program or another Machishigoto window. Close it and try again.</source>
      <translation>データベース {path} は、別のソフトか別のまちしごとの画面で使用中です。そちらを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="51" />
      <source>The database {path} cannot be written (read-only file or folder). Choose a folder you can write to.</source>
      <translation>データベース {path} に書き込めません（読み取り専用のファイルかフォルダーです）。書き込めるフォルダーを選んでください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="56" />
      <source>The file {path} already exists. Choose a new file name; nothing was overwritten.</source>
      <translation>ファイル {path} はすでにあります。別のファイル名を指定してください。上書きはしていません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="59" />
      <source>The database {path} could not be read or written: {detail}</source>
      <translation>データベース {path} を読み書きできませんでした: {detail}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="66" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="67" />
      <source>Name (kana)</source>
      <translation>フリガナ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="68" />
      <source>Prefecture</source>
      <translation>都道府県</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="69" />
      <source>Municipality</source>
      <translation>市区町村</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="70" />
      <source>Industry</source>
      <translation>業種</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="71" />
      <source>Employees</source>
      <translation>従業員数</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="72" />
      <source>Contact person</source>
      <translation>ご担当者（連絡先）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="73" />
      <source>Phone</source>
      <translation>電話番号</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="74" />
      <source>Email</source>
      <translation>メールアドレス</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="75" />
      <source>Internal hourly cost (yen)</source>
      <translation>社内の時間単価（円）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="76" />
      <source>Note</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="77" />
      <source>Area of work</source>
      <translation>部署・業務領域</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="78" />
      <source>Description</source>
      <translation>業務の内容</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="79" />
      <source>Frequency</source>
      <translation>頻度</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="80" />
      <source>Minutes each time</source>
      <translation>1回の所要時間（分）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="81" />
      <source>Done by</source>
      <translation>担当者</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="82" />
      <source>Skills needed</source>
      <translation>必要なスキル</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="83" />
      <source>Tools and systems</source>
      <translation>使う道具・システム</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="84" />
      <source>Paper or digital</source>
      <translation>紙・電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="85" />
      <source>On-site need</source>
      <translation>現地での作業</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="86" />
      <source>Confidentiality</source>
      <translation>機密性</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="87" />
      <source>Handles personal data</source>
      <translation>個人情報を扱う</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="88" />
      <source>Only one person knows it</source>
      <translation>一人しかやり方を知らない（属人化）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="89" />
      <source>Written procedure</source>
      <translation>手順書</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="90" />
      <source>Seasonality</source>
      <translation>繁閑の波</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="91" />
      <source>Deadline pressure</source>
      <translation>締切の厳しさ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="92" />
      <source>ECRS decision</source>
      <translation>ECRSの判断</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="93" />
      <source>ECRS note</source>
      <translation>ECRSのメモ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="94" />
      <source>Suitability override</source>
      <translation>外部化の判定の上書き</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="95" />
      <source>Status</source>
      <translation>状態</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="96" />
      <source>Step</source>
      <translation>手順</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="105" />
      <source>{label} is required.</source>
      <translation>「{label}」を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="106" />
      <source>{label} is too long (at most {limit} characters).</source>
      <translation>「{label}」が長すぎます（{limit} 文字まで）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="107" />
      <source>{label} is out of range (at most {limit}).</source>
      <translation>「{label}」の値が範囲外です（上限 {limit}）。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="108" />
      <source>{label} is not valid.</source>
      <translation>「{label}」の値が正しくありません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="109" />
      <source>{label}: this frequency takes more time than the period has.</source>
      <translation>「{label}」: この頻度と所要時間では、期間内に収まりません。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="110" />
      <source>{label}: please give a reason.</source>
      <translation>「{label}」: 理由を入力してください。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="119" />
      <source>per working day</source>
      <translation>営業日ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="120" />
      <source>per week</source>
      <translation>週ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="121" />
      <source>per month</source>
      <translation>月ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="122" />
      <source>per year</source>
      <translation>年ごと</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="125" />
      <source>Paper</source>
      <translation>紙</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="126" />
      <source>Digital</source>
      <translation>電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="127" />
      <source>Paper and digital</source>
      <translation>紙と電子</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="130" />
      <source>Not needed</source>
      <translation>不要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="131" />
      <source>Sometimes</source>
      <translation>ときどき必要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="132" />
      <source>Always</source>
      <translation>常に必要</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="135" />
      <source>Public</source>
      <translation>公開可</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="136" />
      <source>Internal</source>
      <translation>社外秘</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="137" />
      <source>Confidential</source>
      <translation>機密</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="140" />
      <source>None</source>
      <translation>なし</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="141" />
      <source>Partly</source>
      <translation>一部あり</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="142" />
      <source>Complete</source>
      <translation>あり</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="145" />
      <source>Even through the year</source>
      <translation>年間を通して一定</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="146" />
      <source>Month-end peak</source>
      <translation>月末に集中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="147" />
      <source>Seasonal peak</source>
      <translation>季節で繁忙</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="148" />
      <source>Irregular</source>
      <translation>不定期</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="151" />
      <source>Flexible</source>
      <translation>ゆるやか</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="152" />
      <source>Within days</source>
      <translation>数日以内</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="153" />
      <source>Same day</source>
      <translation>当日中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="154" />
      <source>Immediately</source>
      <translation>即時</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="157" />
      <source>Not reviewed</source>
      <translation>未検討</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="158" />
      <source>Eliminate</source>
      <translation>排除（E）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="159" />
      <source>Combine</source>
      <translation>結合（C）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="160" />
      <source>Rearrange</source>
      <translation>入替え（R）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="161" />
      <source>Simplify</source>
      <translation>簡素化（S）</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="162" />
      <source>Keep as is</source>
      <translation>現状維持</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="165" />
      <source>In use</source>
      <translation>実施中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="166" />
      <source>Under review</source>
      <translation>検討中</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="167" />
      <source>Outsourced</source>
      <translation>外部化済み</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="168" />
      <source>Discontinued</source>
      <translation>廃止</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="182" />
      <source>{n}x per working day</source>
      <translation>毎営業日 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="183" />
      <source>{n}x per week</source>
      <translation>週 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="184" />
      <source>{n}x per month</source>
      <translation>月 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="185" />
      <source>{n}x per year</source>
      <translation>年 {n} 回</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="191" />
      <source>Yes</source>
      <translation>はい</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="191" />
      <source>No</source>
      <translation>いいえ</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="196" />
      <source>Database: {path}</source>
      <translation>データベース: {path}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="197" />
      <source>Schema: revision {rev}, sync version {ver}</source>
      <translation>スキーマ: リビジョン {rev}、同期バージョン {ver}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="200" />
      <source>Device: {device}</source>
      <translation>端末ID: {device}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="201" />
      <source>Companies: {n}</source>
      <translation>会社: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="202" />
      <source>Areas of work: {n}</source>
      <translation>部署・業務領域: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="203" />
      <source>Tasks: {n}</source>
      <translation>業務: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="204" />
      <source>Procedure steps: {n}</source>
      <translation>手順: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="205" />
      <source>Changes waiting to be sent: {n}</source>
      <translation>送信待ちの変更: {n}</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="211" />
      <source>Demo data added: {c} companies, {d} areas of work, {t} tasks, {s} steps.</source>
      <translation>デモデータを追加しました：会社 {c} 社、部署・業務領域 {d}、業務 {t} 件、手順 {s} 件。</translation>
    </message>
    <message>
      <location filename="../../desktop/gui/messages.py" line="217" />
      <source>Backup written to {path}</source>
      <translation>バックアップを保存しました: {path}</translation>
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