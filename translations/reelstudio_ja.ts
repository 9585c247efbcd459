<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>reel::ui::CatalogText</name>
    <message>
        <source>Fitness</source>
        <comment>sector</comment>
        <translation>フィットネス</translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>sector</comment>
        <translation>金融</translation>
    </message>
    <message>
        <source>Fashion</source>
        <comment>sector</comment>
        <translation>ファッション</translation>
    </message>
    <message>
        <source>Beauty</source>
        <comment>sector</comment>
        <translation>美容</translation>
    </message>
    <message>
        <source>Productivity</source>
        <comment>sector</comment>
        <translation>生産性</translation>
    </message>
    <message>
        <source>Pets</source>
        <comment>sector</comment>
        <translation>ペット</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>sector</comment>
        <translation>教育</translation>
    </message>
    <message>
        <source>Wellness</source>
        <comment>sector</comment>
        <translation>ウェルネス</translation>
    </message>
    <message>
        <source>Technology</source>
        <comment>sector</comment>
        <translation>テクノロジー</translation>
    </message>
    <message>
        <source>Food</source>
        <comment>sector</comment>
        <translation>食品</translation>
    </message>
    <message>
        <source>Travel</source>
        <comment>sector</comment>
        <translation>旅行</translation>
    </message>
    <message>
        <source>Real estate</source>
        <comment>sector</comment>
        <translation>不動産</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>hook type</comment>
        <translation>質問</translation>
    </message>
    <message>
        <source>Bold claim</source>
        <comment>hook type</comment>
        <translation>大胆な主張</translation>
    </message>
    <message>
        <source>Relatable</source>
        <comment>hook type</comment>
        <translation>共感</translation>
    </message>
    <message>
        <source>Shocking</source>
        <comment>hook type</comment>
        <translation>衝撃</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>hook type</comment>
        <translation>好奇心</translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>hook type</comment>
        <translation>統計</translation>
    </message>
    <message>
        <source>Story</source>
        <comment>hook type</comment>
        <translation>ストーリー</translation>
    </message>
    <message>
        <source>Excitement</source>
        <comment>emotion</comment>
        <translation>ワクワク</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>emotion</comment>
        <translation>好奇心</translation>
    </message>
    <message>
        <source>Urgency</source>
        <comment>emotion</comment>
        <translation>緊急性</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <comment>emotion</comment>
        <translation>インスピレーション</translation>
    </message>
    <message>
        <source>Fear</source>
        <comment>emotion</comment>
        <translation>恐れ</translation>
    </message>
    <message>
        <source>Joy</source>
        <comment>emotion</comment>
        <translation>喜び</translation>
    </message>
    <message>
        <source>Surprise</source>
        <comment>emotion</comment>
        <translation>驚き</translation>
    </message>
    <message>
        <source>Frustration</source>
        <comment>emotion</comment>
        <translation>不満</translation>
    </message>
    <message>
        <source>Awareness</source>
        <comment>goal</comment>
        <translation>認知度</translation>
    </message>
    <message>
        <source>Engagement</source>
        <comment>goal</comment>
        <translation>エンゲージメント</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>goal</comment>
        <translation>コンバージョン</translation>
    </message>
    <message>
        <source>Lead generation</source>
        <comment>goal</comment>
        <translation>リード獲得</translation>
    </message>
    <message>
        <source>Community</source>
        <comment>goal</comment>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>goal</comment>
        <translation>教育</translation>
    </message>
    <message>
        <source>Product launch</source>
        <comment>goal</comment>
        <translation>製品ローンチ</translation>
    </message>
    <message>
        <source>Direct</source>
        <comment>CTA style</comment>
        <translation>ダイレクト</translation>
    </message>
    <message>
        <source>Soft</source>
        <comment>CTA style</comment>
        <translation>ソフト</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>CTA style</comment>
        <translation>質問</translation>
    </message>
    <message>
        <source>Command</source>
        <comment>CTA style</comment>
        <translation>命令形</translation>
    </message>
    <message>
        <source>Professional</source>
        <comment>brand voice</comment>
        <translation>プロフェッショナル</translation>
    </message>
    <message>
        <source>Friendly</source>
        <comment>brand voice</comment>
        <translation>フレンドリー</translation>
    </message>
    <message>
        <source>Energetic</source>
        <comment>brand voice</comment>
        <translation>エネルギッシュ</translation>
    </message>
    <message>
        <source>Motivational</source>
        <comment>brand voice</comment>
        <translation>やる気を引き出す</translation>
    </message>
    <message>
        <source>Authentic</source>
        <comment>brand voice</comment>
        <translation>本物志向</translation>
    </message>
    <message>
        <source>Casual</source>
        <comment>brand voice</comment>
        <translation>カジュアル</translation>
    </message>
    <message>
        <source>Humorous</source>
        <comment>brand voice</comment>
        <translation>ユーモラス</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <comment>brand voice</comment>
        <translation>権威的</translation>
    </message>
    <message>
        <source>Instagram</source>
        <comment>platform (a brand name)</comment>
        <translation>Instagram</translation>
    </message>
</context>
<context>
    <name>reel::ui::DialogPrompter</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>変更を保存しますか？</translation>
    </message>
</context>
<context>
    <name>reel::ui::ErrorText</name>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>テキストのリスト</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>なし（null）</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3</source>
        <extracomment>%1 line, %2 column, %3 the JSON parser&apos;s own message (English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>この項目がありません。</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <extracomment>%1 expected kind of value, %2 the kind found, e.g. &quot;Expected a list, found text.&quot;</extracomment>
        <translation>%1 が必要ですが、%2 でした。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>この項目は必須です。</translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation>%1 文字以内にしてください（現在 %2 文字）。</translation>
    </message>
    <message>
        <source>Use at most %1 entries (now %2).</source>
        <translation>%1 件以内にしてください（現在 %2 件）。</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 seconds (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2 (now %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <extracomment>%1 the value found, %2 the allowed values separated by commas</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must come after %1 (%2), but is %3.</source>
        <extracomment>%1 the other field, %2 its value, %3 this field&apos;s value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the location in the file (e.g. brand_profile.sector), %2 what is wrong there</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>（ファイル全体）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <extracomment>%1 file path, %2 the reason given by the system</extracomment>
        <translation>「%1」を読み込めません：%2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>「%1」に書き込めません：%2</translation>
    </message>
    <message>
        <source>%1 uses format version %2, but this version of Reel Studio reads up to version %3. Update Reel Studio to open it.</source>
        <extracomment>%1 what was read (e.g. a file name), %2 its format version, %3 the newest version this build reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer Reel Studio (schema version %2; this version knows up to %3). It was left untouched. Update Reel Studio to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database “%1” is damaged (%2). It was left untouched. Restore it from a backup or choose another workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Reel Studio workspace. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded to schema version %2 (%3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <extracomment>%1 what the app was doing (English, from the database layer), %2 the database&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find %1 “%2”. It may have been deleted.</source>
        <extracomment>%1 the kind of thing (English), %2 its name or number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A brand profile named “%1” already exists.</source>
        <translation>「%1」という名前のブランドプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>この項目は空です。</translation>
    </message>
</context>
<context>
    <name>reel::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <extracomment>%1 is the application&apos;s name</extracomment>
        <translation>%1 について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>The workspace folder</source>
        <translation>ワークスペースのフォルダー</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 what would be undone, e.g. Delete “FitLife”</extracomment>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 をやり直す(&amp;R)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Writes, checks and keeps Instagram Reel scripts.</source>
        <translation>Instagram リールの台本を作成・チェック・保存します。</translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation>ワークスペースのフォルダー：</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用しているソフトウェア：</translation>
    </message>
    <message>
        <source>Qt (LGPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nlohmann/json (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAISS (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VADER sentiment lexicon by C.J. Hutto (MIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDNOOBW word lists (CC BY 4.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snowball stemmers (BSD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunspell (LGPL/MPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyphen (LGPL/MPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileEditor</name>
    <message>
        <source>Entry %1: %2</source>
        <extracomment>%1 the position of the entry in the list (1 = first), %2 what is wrong</extracomment>
        <translation>項目 %1：%2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ブランド</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>オーディエンス</translation>
    </message>
    <message>
        <source>Voice and offer</source>
        <translation>ボイスとオファー</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>ガードレール</translation>
    </message>
    <message>
        <source>Defaults and notes</source>
        <translation>既定値とメモ</translation>
    </message>
    <message>
        <source>Brand &amp;name:</source>
        <translation>ブランド名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>業種(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>プラットフォーム(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Age range:</source>
        <translation>年齢層(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性別(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>地域(&amp;L)：</translation>
    </message>
    <message>
        <source>Pain po&amp;ints:</source>
        <translation>悩み・課題(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Brand voice:</source>
        <translation>ブランドボイス(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>オファー(&amp;O)：</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>CTA スタイル(&amp;Y)：</translation>
    </message>
    <message>
        <source>Do-not-&amp;use words:</source>
        <translation>使用禁止語(&amp;U)：</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>競合(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Required hashtags:</source>
        <translation>必須ハッシュタグ(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>既定の言語(&amp;D)：</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>メモ(&amp;T)：</translation>
    </message>
    <message>
        <source>e.g. FitLife Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 25-40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mumbai, India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A problem your audience has; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the brand offers, e.g. a free 7-day trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick or type a style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word or phrase scripts must avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A competitor scripts must not name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. #FitLife</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for your team; never sent to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a sector or type your own; a new sector is remembered when you save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform scripts are written for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the call to action asks; type your own style if none fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language scripts for this brand are written in by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts are checked for these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>ノンバイナリー</translation>
    </message>
    <message>
        <source>Decided per request</source>
        <translation>リクエストごとに決定</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListModel</name>
    <message>
        <source>Sector: %1</source>
        <extracomment>Tooltip of a profile in the list; %1 the sector</extracomment>
        <translation>業種：%1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListPanel</name>
    <message>
        <source>Search by name or sector</source>
        <translation>名前または業種で検索</translation>
    </message>
    <message>
        <source>Search brand profiles</source>
        <translation>ブランドプロファイルを検索</translation>
    </message>
    <message>
        <source>Filter the list by brand name or sector (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand profiles</source>
        <translation>ブランドプロファイル</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>「%1」に一致するプロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileTransfer</name>
    <message>
        <source>Import Brand Profile</source>
        <translation>ブランドプロファイルのインポート</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>インポートできませんでした</translation>
    </message>
    <message>
        <source>“%1” does not hold a brand profile Reel Studio can import:</source>
        <translation>「%1」には Reel Studio でインポートできるブランドプロファイルが含まれていません：</translation>
    </message>
    <message>
        <source>Profile Renamed</source>
        <translation>プロファイル名を変更しました</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists, so the imported profile was named “%2”.</source>
        <translation>「%1」という名前のプロファイルがすでにあるため、インポートしたプロファイルの名前は「%2」になりました。</translation>
    </message>
    <message>
        <source>Export Brand Profile</source>
        <translation>ブランドプロファイルのエクスポート</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand profiles (*.json)</source>
        <translation>ブランドプロファイル (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfilesPage</name>
    <message>
        <source>Brand Profiles</source>
        <translation>ブランドプロファイル</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Create a new brand profile (Ctrl+N)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>新しいプロファイル(&amp;N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Create a new brand profile</source>
        <translation>新しいブランドプロファイルを作成</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>プロファイルを複製(&amp;D)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Make a copy of the selected profile</source>
        <translation>選択したプロファイルのコピーを作成</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>プロファイルを削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected profile (you can undo this)</source>
        <translation>選択したプロファイルを削除（元に戻せます）</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>プロファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Import a brand profile from a JSON file</source>
        <translation>JSON ファイルからブランドプロファイルをインポート</translation>
    </message>
    <message>
        <source>&amp;Export Profile…</source>
        <translation>プロファイルをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export the selected profile to a JSON file</source>
        <translation>選択したプロファイルを JSON ファイルにエクスポート</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>プロファイルを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>プロファイルを保存</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>変更を元に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>保存していない変更を破棄</translation>
    </message>
    <message>
        <source>Search Profiles</source>
        <translation>プロファイルを検索</translation>
    </message>
    <message>
        <source>No brand profiles yet</source>
        <translation>ブランドプロファイルはまだありません</translation>
    </message>
    <message>
        <source>A brand profile tells Reel Studio who you write for: the brand&apos;s sector, audience, voice, offer and the words to avoid. Every script starts from one.</source>
        <translation>ブランドプロファイルは、誰に向けて書くのかを Reel Studio に伝えます。ブランドの業種、オーディエンス、ボイス、オファー、避けるべき言葉など。すべての台本はプロファイルから始まります。</translation>
    </message>
    <message>
        <source>Create your first brand profile</source>
        <translation>最初のブランドプロファイルを作成</translation>
    </message>
    <message>
        <source>Import a profile…</source>
        <translation>プロファイルをインポート…</translation>
    </message>
    <message>
        <source>Select a brand profile on the left, or create a new one.</source>
        <translation>左側でブランドプロファイルを選択するか、新しく作成してください。</translation>
    </message>
    <message>
        <source>Could Not Open the Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new brand profile has not been saved.</source>
        <translation>新しいブランドプロファイルはまだ保存されていません。</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>「%1」に未保存の変更があります。</translation>
    </message>
    <message>
        <source>Fill in the new profile and save it with %1.</source>
        <translation>新しいプロファイルを入力し、%1 で保存してください。</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>保存するには、示された項目を修正してください。</translation>
    </message>
    <message>
        <source>Could Not Save the Profile</source>
        <translation>プロファイルを保存できませんでした</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>「%1」の作成</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Reverted the unsaved changes.</source>
        <translation>未保存の変更を元に戻しました。</translation>
    </message>
    <message>
        <source>Could Not Duplicate the Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>「%1」の複製</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>「%1」を作成しました。</translation>
    </message>
    <message>
        <source>Could Not Delete the Profile</source>
        <translation>プロファイルを削除できませんでした</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>「%1」の削除</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2</source>
        <translation>「%1」を削除しました。%2 で元に戻せます</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>「%1」のインポート</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>%2 から「%1」をインポートしました。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>「%1」を %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New brand profile</source>
        <translation>新しいブランドプロファイル</translation>
    </message>
    <message>
        <source>To save, fix: %1</source>
        <extracomment>%1 the names of the fields to fix, e.g. &quot;Brand name, Sector&quot;</extracomment>
        <translation>保存するには次を修正してください：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
</context>
<context>
    <name>reel::ui::StringListEditor</name>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>「%1」はすでにリストにあります。</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <extracomment>%1 the list, e.g. &quot;Pain points&quot;</extracomment>
        <translation>%1 の新しい項目</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation>選択した項目を %1 から削除</translation>
    </message>
    <message>
        <source>Add the typed entry (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry cannot be empty; use Remove to delete it.</source>
        <translation>項目を空にはできません。削除するには［削除］を使ってください。</translation>
    </message>
</context>
<context>
    <name>reel::ui::VoicePicker</name>
    <message>
        <source>Brand voice</source>
        <translation>ブランドボイス</translation>
    </message>
    <message>
        <source>Check every voice that fits the brand (Space toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another voice, e.g. witty</source>
        <translation>ほかのボイス（例：ウィットに富む）</translation>
    </message>
    <message>
        <source>Custom brand voice</source>
        <translation>カスタムのブランドボイス</translation>
    </message>
    <message>
        <source>Add voice</source>
        <translation>ボイスを追加</translation>
    </message>
    <message>
        <source>Add custom brand voice</source>
        <translation>カスタムのブランドボイスを追加</translation>
    </message>
</context>
</TS>
