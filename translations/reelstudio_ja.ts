<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DocumentText</name>
    <message>
        <source>score %1, errors: %2, warnings: %3</source>
        <extracomment>the validation line of an exported script: the score out of 100, then the counts</extracomment>
        <translation>スコア %1、エラー：%2、警告：%3</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>公開済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Strong hook</source>
        <translation>強いフック</translation>
    </message>
    <message>
        <source>On brand</source>
        <translation>ブランドに合っている</translation>
    </message>
    <message>
        <source>Clear call to action</source>
        <translation>明確な CTA</translation>
    </message>
    <message>
        <source>Right length</source>
        <translation>適切な長さ</translation>
    </message>
    <message>
        <source>Fresh idea</source>
        <translation>新鮮なアイデア</translation>
    </message>
    <message>
        <source>Weak hook</source>
        <translation>弱いフック</translation>
    </message>
    <message>
        <source>Off brand</source>
        <translation>ブランドに合っていない</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>長すぎる</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>短すぎる</translation>
    </message>
    <message>
        <source>Unclear call to action</source>
        <translation>CTA が不明確</translation>
    </message>
    <message>
        <source>Factual error</source>
        <translation>事実の誤り</translation>
    </message>
    <message>
        <source>Wrong tone</source>
        <translation>トーンが違う</translation>
    </message>
</context>
<context>
    <name>WorkspaceInUse</name>
    <message>
        <source>Each workspace is open in one window at a time, so that two windows never save over each other&apos;s work. Switch to that window, or open another workspace.</source>
        <translation>各ワークスペースは一度に 1 つのウィンドウでしか開けません。2 つのウィンドウが互いの作業を上書き保存しないようにするためです。そのウィンドウに切り替えるか、別のワークスペースを開いてください。</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>別のワークスペースを開く…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsCharts</name>
    <message>
        <source>Scripts per week</source>
        <translation>週ごとの台本数</translation>
    </message>
    <message>
        <source>Tokens and cost per month</source>
        <translation>月ごとのトークンとコスト</translation>
    </message>
    <message>
        <source>Offline composer and models</source>
        <translation>オフライン作成ツールとモデル</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Top sectors</source>
        <translation>上位の業種</translation>
    </message>
    <message>
        <source>Top hook types</source>
        <translation>上位のフックの種類</translation>
    </message>
    <message>
        <source>Cost per brand</source>
        <translation>ブランドごとのコスト</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <source>Average generation time (s)</source>
        <translation>平均生成時間（秒）</translation>
    </message>
    <message>
        <source>No scripts in this period.</source>
        <translation>この期間の台本はありません。</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>台本</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of the weekly chart&apos;s axis over a long period (Qt date format)</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>No model tokens were used in this period. The offline composer costs nothing.</source>
        <translation>この期間にモデルのトークンは使用されていません。オフライン作成ツールは無料です。</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>プロンプトトークン</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>補完トークン</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>コスト（USD）</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a slice of the provider chart: %1 the provider, %2 its scripts</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No script in this period has been rated yet.</source>
        <translation>この期間の台本はまだ評価されていません。</translation>
    </message>
    <message>
        <source>%1★</source>
        <extracomment>a bar of the ratings chart: ratings with %1 stars</extracomment>
        <translation>%1★</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>a bar of the ratings chart: thumbs up</extracomment>
        <translation>高評価</translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>a bar of the ratings chart: thumbs down</extracomment>
        <translation>低評価</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>星</translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation>高評価/低評価</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ブランド</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>（ブランドなし）</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>プロンプト %1 · 補完 %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>ブランド(&amp;B)：</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>First script</source>
        <extracomment>shown in the &quot;From&quot; date field when the period starts with the first script</extracomment>
        <translation>最初の台本</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of the period fields (Qt date format)
----------
date format of the period in the copied summary (Qt date format)</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>すべてのブランド</translation>
    </message>
    <message>
        <source>The period whose scripts are counted</source>
        <translation>台本を集計する期間</translation>
    </message>
    <message>
        <source>Count the scripts of one brand only</source>
        <translation>1 つのブランドの台本のみを集計</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>a period: %1 first day, %2 last day</extracomment>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the summary figures as text</source>
        <translation>集計値をテキストとしてコピー</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Write every figure of this period to a CSV file</source>
        <translation>この期間のすべての数値を CSV ファイルに書き出す</translation>
    </message>
    <message>
        <source>Analytics figures</source>
        <translation>分析の数値</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>数値を計算できませんでした。</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Counting the scripts…</source>
        <translation>台本を集計しています…</translation>
    </message>
    <message>
        <source>No scripts yet. Scripts you generate are counted here: how many, what they cost and how they were rated.</source>
        <translation>台本はまだありません。生成した台本はここで集計されます：件数、コスト、評価など。</translation>
    </message>
    <message>
        <source>No script was created in this period.</source>
        <translation>この期間に作成された台本はありません。</translation>
    </message>
    <message>
        <source>No script of %1 was created in this period.</source>
        <translation>この期間に作成された %1 の台本はありません。</translation>
    </message>
    <message>
        <source>Choose a longer period or another brand.</source>
        <translation>より長い期間か、別のブランドを選択してください。</translation>
    </message>
    <message>
        <source>Export Analytics</source>
        <translation>分析のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>ファイルは書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Exported the figures to %1.</source>
        <translation>数値を %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Copied the summary to the clipboard.</source>
        <translation>集計をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsText</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a generation time in milliseconds</extracomment>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a generation time in seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a generation time in minutes and seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage, e.g. &quot;25%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of a week on the chart&apos;s axis when the weeks span years (Qt date format)</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>date format of a week on the chart&apos;s axis (Qt date format: MMM = month name, d = day)</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of a month on the chart&apos;s axis (Qt date format: MMM = month name, yyyy = year)</extracomment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Reel Studio analytics: %1</source>
        <extracomment>heading of the copied summary; %1 the period and brand</extracomment>
        <translation>Reel Studio の分析：%1</translation>
    </message>
    <message>
        <source>Scripts: %1</source>
        <translation>台本：%1</translation>
    </message>
    <message>
        <source>Written by a model: %1</source>
        <translation>モデルが作成：%1</translation>
    </message>
    <message>
        <source>Written by the offline composer: %1</source>
        <translation>オフライン作成ツールが作成：%1</translation>
    </message>
    <message>
        <source>Average generation time: %1</source>
        <translation>平均生成時間：%1</translation>
    </message>
    <message>
        <source>Average generation time of model scripts: %1</source>
        <translation>モデルによる台本の平均生成時間：%1</translation>
    </message>
    <message>
        <source>Failed validation at the first attempt: %1 (%2)</source>
        <translation>初回の検証で失敗：%1（%2）</translation>
    </message>
    <message>
        <source>Still failing after repair: %1 (%2)</source>
        <translation>修正後も失敗：%1（%2）</translation>
    </message>
    <message>
        <source>Tokens: %1 (prompt %2, completion %3)</source>
        <translation>トークン：%1（プロンプト %2、補完 %3）</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>コスト：%1</translation>
    </message>
    <message>
        <source>Rated scripts: %1</source>
        <translation>評価済みの台本：%1</translation>
    </message>
    <message>
        <source>Average stars: %1</source>
        <translation>星の平均：%1</translation>
    </message>
    <message>
        <source>Thumbs up: %1, thumbs down: %2</source>
        <translation>高評価：%1、低評価：%2</translation>
    </message>
    <message>
        <source>Cost per brand:</source>
        <translation>ブランドごとのコスト：</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n script, %2 tokens, %3</source>
        <extracomment>one line of the cost per brand: %1 brand, %n scripts, %2 tokens, %3 cost</extracomment>
        <translation>
            <numerusform>%1：台本 %n 件、%2 トークン、%3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scripts, %2 tokens, %3</source>
        <translation>
            <numerusform>%1：台本 %n 件、%2 トークン、%3</numerusform>
        </translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>（ブランドなし）</translation>
    </message>
</context>
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
    <name>reel::ui::DocumentText</name>
    <message>
        <source>Brand</source>
        <translation>ブランド</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>作成元</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>パフォーマンス</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>ハッシュタグ</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>画面テキスト</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>ナレーション</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>サムネイルの文字</translation>
    </message>
</context>
<context>
    <name>reel::ui::DurationGauges</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;24.8 s&quot;</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Spoken length</source>
        <translation>読み上げ時間</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Total spoken length</source>
        <translation>合計の読み上げ時間</translation>
    </message>
    <message>
        <source>Hook length</source>
        <translation>フックの長さ</translation>
    </message>
    <message>
        <source>Body length</source>
        <translation>本文の長さ</translation>
    </message>
    <message>
        <source>CTA length</source>
        <translation>CTA の長さ</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length, e.g. &quot;24.8 s / 30 s&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>About %1 to say; the Reel is %2 long.</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length</extracomment>
        <translation>読み上げに約 %1 かかります。リールの長さは %2 です。</translation>
    </message>
    <message>
        <source>Fits between %1 and %2 (±%3 %)</source>
        <extracomment>%1 and %2 the range that fits the Reel, %3 the tolerance in percent</extracomment>
        <translation>%1～%2 に収まります（±%3 %）</translation>
    </message>
    <message>
        <source>The hook should land within %1.</source>
        <translation>フックは %1 以内に収めてください。</translation>
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
        <translation>ファイルが有効な JSON ではありません（%1 行目、%2 列目）：%3</translation>
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
        <translation>%1～%2 秒にしてください（現在 %3）。</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 (now %3).</source>
        <translation>%1～%2 にしてください（現在 %3）。</translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <extracomment>%1 the value found, %2 the allowed values separated by commas</extracomment>
        <translation>「%1」はここでは使用できません。次のいずれかを使用してください：%2。</translation>
    </message>
    <message>
        <source>Must come after %1 (%2), but is %3.</source>
        <extracomment>%1 the other field, %2 its value, %3 this field&apos;s value</extracomment>
        <translation>%1（%2）より後にしてください。現在は %3 です。</translation>
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
        <translation>
            <numerusform>…ほか %n 件の問題があります。</numerusform>
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
        <translation>%1 は形式バージョン %2 を使用していますが、このバージョンの Reel Studio が読み込めるのはバージョン %3 までです。開くには Reel Studio を更新してください。</translation>
    </message>
    <message>
        <source>The workspace folder “%1” cannot be used: %2</source>
        <translation>ワークスペースのフォルダー「%1」は使用できません：%2</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer Reel Studio (schema version %2; this version knows up to %3). It was left untouched. Update Reel Studio to open it.</source>
        <translation>ワークスペース「%1」は新しいバージョンの Reel Studio で作成されています（スキーマバージョン %2。このバージョンが対応しているのは %3 までです）。ワークスペースは変更されていません。開くには Reel Studio を更新してください。</translation>
    </message>
    <message>
        <source>The workspace database “%1” is damaged (%2). It was left untouched. Restore it from a backup or choose another workspace.</source>
        <translation>ワークスペースのデータベース「%1」が破損しています（%2）。データベースは変更されていません。バックアップから復元するか、別のワークスペースを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Reel Studio workspace. It was left untouched.</source>
        <translation>「%1」は SQLite データベースですが、Reel Studio のワークスペースではありません。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded to schema version %2 (%3). Nothing was changed.</source>
        <translation>ワークスペース「%1」をスキーマバージョン %2 にアップグレードできませんでした（%3）。何も変更されていません。</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <extracomment>%1 what the app was doing (English, from the database layer), %2 the database&apos;s message</extracomment>
        <translation>%1 の実行中にデータベースエラーが発生しました：%2</translation>
    </message>
    <message>
        <source>Could not find %1 “%2”. It may have been deleted.</source>
        <extracomment>%1 the kind of thing (English), %2 its name or number</extracomment>
        <translation>%1「%2」が見つかりません。削除された可能性があります。</translation>
    </message>
    <message>
        <source>A brand profile named “%1” already exists.</source>
        <translation>「%1」という名前のブランドプロファイルはすでに存在します。</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>この項目は空です。</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>日付（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>The example library already holds this script (example %1).</source>
        <extracomment>%1 the number of the example that already holds the same text</extracomment>
        <translation>この台本はすでにサンプルライブラリにあります（サンプル %1）。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The model server did not accept the connection in time. Check the base URL and that the server is running.</source>
        <translation>モデルサーバーが時間内に接続を受け付けませんでした。ベース URL とサーバーが起動していることを確認してください。</translation>
    </message>
    <message>
        <source>The model server stopped sending data. It may be overloaded; try again.</source>
        <translation>モデルサーバーからのデータ送信が止まりました。過負荷の可能性があります。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The model server took longer than the time allowed for a whole answer.</source>
        <translation>モデルサーバーの応答が、回答全体に許可された時間を超えました。</translation>
    </message>
    <message>
        <source>The model server cannot be reached. Check the base URL and your connection.</source>
        <translation>モデルサーバーに接続できません。ベース URL と接続を確認してください。</translation>
    </message>
    <message>
        <source>The model server failed several times in a row; requests are paused for a moment.</source>
        <translation>モデルサーバーで連続して失敗したため、リクエストを一時停止しています。</translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation>モデルがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s length limit.</source>
        <translation>モデルの長さの上限で回答が途切れました。</translation>
    </message>
    <message>
        <source>The answer was stopped by the provider&apos;s content filter.</source>
        <translation>プロバイダーのコンテンツフィルターにより回答が停止されました。</translation>
    </message>
    <message>
        <source>The model server sent an answer that cannot be read.</source>
        <translation>モデルサーバーから読み取れない回答が送られました。</translation>
    </message>
    <message>
        <source>The model server rejected the API key. Check your key in Settings.</source>
        <translation>モデルサーバーが API キーを拒否しました。設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>The API key is not allowed to use this model or endpoint.</source>
        <translation>この API キーでは、このモデルまたはエンドポイントを使用できません。</translation>
    </message>
    <message>
        <source>The model or endpoint does not exist on this server. Check the model name and base URL.</source>
        <translation>このサーバーにはモデルまたはエンドポイントが存在しません。モデル名とベース URL を確認してください。</translation>
    </message>
    <message>
        <source>The account has no quota left. Check your plan and billing.</source>
        <translation>アカウントのクォータが残っていません。プランと請求情報を確認してください。</translation>
    </message>
    <message>
        <source>The model server&apos;s rate limit was reached. Wait a moment and try again.</source>
        <translation>モデルサーバーのレート制限に達しました。しばらく待ってから再試行してください。</translation>
    </message>
    <message>
        <source>The model server had an internal error (HTTP %1).</source>
        <translation>モデルサーバーで内部エラーが発生しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The model server answered with an error (HTTP %1).</source>
        <translation>モデルサーバーがエラーを返しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <extracomment>%1 the sentence above, %2 the server&apos;s own message (usually English)</extracomment>
        <translation>%1 サーバーからのメッセージ：%2</translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation>（リクエスト ID：%1）</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <extracomment>%1 what was cancelled (English, e.g. &quot;index rebuild&quot;)</extracomment>
        <translation>キャンセルしました：%1。</translation>
    </message>
    <message>
        <source>A script that is “%1” cannot be moved to “%2”.</source>
        <extracomment>%1 the script&apos;s status, %2 the status asked for (both translated)</extracomment>
        <translation>「%1」の台本を「%2」に移すことはできません。</translation>
    </message>
    <message>
        <source>The file nests lists and objects more than %3 levels deep (line %1, column %2). Reel Studio reads files nested at most %3 levels deep.</source>
        <extracomment>%1 line, %2 column, %3 the most levels of nested lists and objects Reel Studio reads</extracomment>
        <translation>ファイル内のリストとオブジェクトの入れ子が %3 階層を超えています（%1 行目、%2 列目）。Reel Studio が読み込めるのは、入れ子が %3 階層までのファイルです。</translation>
    </message>
    <message>
        <source>This is larger than %1, the limit (found %2).</source>
        <extracomment>%1 the size limit (e.g. &quot;16 MiB&quot;), %2 the size found</extracomment>
        <translation>上限の %1 を超えています（実際のサイズ：%2）。</translation>
    </message>
    <message>
        <source>This name is not one Reel Studio knows. Known names: %1.</source>
        <extracomment>%1 the names this version knows, separated by commas</extracomment>
        <translation>この名前は Reel Studio では認識されません。認識される名前：%1。</translation>
    </message>
    <message>
        <source>The model server&apos;s answer was larger than Reel Studio accepts (32 MiB) and was dropped.</source>
        <translation>モデルサーバーの回答が Reel Studio で受け付けられるサイズ（32 MiB）を超えたため、破棄されました。</translation>
    </message>
    <message>
        <source>The model server redirected the request to another address. Reel Studio does not follow such redirects, so that your API key only goes to the server you chose. Set the new address as the base URL in Settings if you trust it.</source>
        <translation>モデルサーバーがリクエストを別のアドレスにリダイレクトしました。API キーが選択したサーバーにだけ送られるよう、Reel Studio はこのようなリダイレクトには従いません。新しいアドレスが信頼できる場合は、設定でベース URL として設定してください。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most Reel Studio reads for this kind of file (found %3). Nothing was changed.</source>
        <extracomment>%1 file name, %2 the size limit (e.g. &quot;128 MiB&quot;), %3 the size found (English, e.g. &quot;200 MiB&quot;)</extracomment>
        <translation>「%1」は、この種類のファイルで Reel Studio が読み込める上限の %2 を超えています（実際のサイズ：%3）。何も変更されていません。</translation>
    </message>
    <message>
        <source>“%1” is empty. Nothing was changed.</source>
        <translation>「%1」は空です。何も変更されていません。</translation>
    </message>
    <message>
        <source>“%1” is not a text file (binary data at byte %2). Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>「%1」はテキストファイルではありません（バイト位置 %2 にバイナリデータがあります）。何も変更されていません。</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (an invalid byte sequence at byte %2). Save it as UTF-8 and try again. Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>「%1」は UTF-8 のテキストではありません（バイト位置 %2 に無効なバイト列があります）。UTF-8 で保存してから、もう一度お試しください。何も変更されていません。</translation>
    </message>
    <message>
        <source>The workspace “%1” is already open in another Reel Studio window (process %2 on %3).</source>
        <extracomment>%1 workspace folder, %2 process id, %3 computer name</extracomment>
        <translation>ワークスペース「%1」は、別の Reel Studio ウィンドウですでに開かれています（%3 のプロセス %2）。</translation>
    </message>
    <message>
        <source>Nothing was written: these files already exist in “%1”: %2.</source>
        <extracomment>%1 a folder, %2 file names separated by commas</extracomment>
        <translation>何も書き込まれていません。次のファイルが「%1」にすでに存在します：%2。</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ after #, with no spaces.</source>
        <extracomment>%1 the value typed</extracomment>
        <translation>「%1」は1つのハッシュタグではありません。# の後には文字・数字・_ のみを使い、スペースは入れないでください。</translation>
    </message>
    <message>
        <source>“%1” is not an age range: write it like 25-40 or 55+, with ages from %2 to %3 and the first not above the second.</source>
        <extracomment>%1 the value typed, %2 the lowest age, %3 the highest age</extracomment>
        <translation>「%1」は年齢層ではありません。25-40 や 55+ のように、%2〜%3 歳の範囲で、最初の数が2番目より大きくならないように書いてください。</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleChecks</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a finding in the checks list: %1 the section (Hook, Body…), %2 what is wrong</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Checks against the platform&apos;s rules, as the Script Editor makes them. They help you judge the example; they do not stop you saving it.</source>
        <translation>台本エディターと同じく、プラットフォームのルールに照らしてチェックします。サンプルの判断に役立ちますが、保存を妨げることはありません。</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>注意 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>注意 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleDialog</name>
    <message>
        <source>The near-duplicate check took too long and was skipped.</source>
        <translation>類似チェックに時間がかかりすぎたため、スキップしました。</translation>
    </message>
    <message>
        <source>New Example</source>
        <translation>新しいサンプル</translation>
    </message>
    <message>
        <source>Edit Example %1</source>
        <translation>サンプル %1 の編集</translation>
    </message>
    <message>
        <source>&amp;Hook</source>
        <translation>フック(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>本文(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>CTA(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>キャプション(&amp;P)</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>ハッシュタグ(&amp;T)</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#brand #topic（スペース区切り）</translation>
    </message>
    <message>
        <source>The first words: what stops the scroll</source>
        <translation>最初の言葉：スクロールを止めるもの</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>業種(&amp;S)：</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>フックの種類(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>感情(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目的(&amp;G)：</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>CTA スタイル(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>長さ(&amp;N)：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>ソース：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How the Reel did (optional)</source>
        <translation>リールの成果（任意）</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>an engagement figure that is not known</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a form label, e.g. &quot;Views:&quot;</extracomment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>no CTA style chosen for the example</extracomment>
        <translation>未設定</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the example to the library</source>
        <translation>サンプルをライブラリに保存</translation>
    </message>
    <message>
        <source>Fill in the marked fields to save the example.</source>
        <translation>サンプルを保存するには、示された項目を入力してください。</translation>
    </message>
    <message>
        <source>Could Not Save the Example</source>
        <translation>サンプルを保存できませんでした</translation>
    </message>
    <message>
        <source>This script is already in the library as example %1: “%2”. Change the hook, body or CTA, or cancel.</source>
        <extracomment>%1 the number of the example holding the same script, %2 its hook</extracomment>
        <translation>この台本はすでにサンプル %1 としてライブラリにあります：「%2」。フック、本文、CTA を変更するか、キャンセルしてください。</translation>
    </message>
    <message>
        <source>The near-duplicate check was skipped: the search index is not ready (%1).</source>
        <translation>検索インデックスの準備ができていないため、類似チェックをスキップしました（%1）。</translation>
    </message>
    <message>
        <source>This script is nearly the same as example %1 (%2 % alike): “%3”.</source>
        <extracomment>%1 example number, %2 similarity in percent, %3 that example&apos;s hook</extracomment>
        <translation>この台本はサンプル %1 とほぼ同じです（類似度 %2 %）：「%3」。</translation>
    </message>
    <message numerus="yes">
        <source>%n more example is nearly the same too.</source>
        <translation>
            <numerusform>ほかに %n 件のサンプルもほぼ同じです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more examples are nearly the same too.</source>
        <translation>
            <numerusform>ほかに %n 件のサンプルもほぼ同じです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Near-identical examples make retrieval less varied. Save it anyway?</source>
        <translation>ほぼ同じサンプルがあると、検索結果の多様性が下がります。このまま保存しますか？</translation>
    </message>
    <message>
        <source>Nearly the Same Example</source>
        <translation>ほぼ同じサンプル</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>このまま保存</translation>
    </message>
    <message>
        <source>Added example %1.</source>
        <translation>サンプル %1 を追加しました。</translation>
    </message>
    <message>
        <source>Saved example %1.</source>
        <translation>サンプル %1 を保存しました。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <source>The new example has not been saved.</source>
        <translation>新しいサンプルはまだ保存されていません。</translation>
    </message>
    <message>
        <source>Example %1 has unsaved changes.</source>
        <translation>サンプル %1 に未保存の変更があります。</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n example</source>
        <extracomment>%1 examples shown, of %n in the library (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%1 / %n 件のサンプル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n examples</source>
        <translation>
            <numerusform>%1 / %n 件のサンプル</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example</source>
        <translation>
            <numerusform>サンプル %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples</source>
        <translation>
            <numerusform>サンプル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Search hooks, bodies, CTAs, captions and hashtags (Ctrl+F)</source>
        <translation>フック、本文、CTA、キャプション、ハッシュタグを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation>サンプルを検索</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>言語フィルター</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>業種フィルター</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>フックの種類フィルター</translation>
    </message>
    <message>
        <source>Emotion filter</source>
        <translation>感情フィルター</translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation>目的フィルター</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>ソースフィルター</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Show every example again</source>
        <translation>すべてのサンプルを再表示</translation>
    </message>
    <message>
        <source>Examples shown</source>
        <translation>表示中のサンプル</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>すべてのフックの種類</translation>
    </message>
    <message>
        <source>All emotions</source>
        <translation>すべての感情</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>すべての目的</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべてのソース</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplePicksModel</name>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>hook type</source>
        <translation>フックの種類</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Closest in wording</source>
        <translation>表現が最も近い</translation>
    </message>
    <message>
        <source>Matches on %1</source>
        <extracomment>%1 the request&apos;s filters the example matches, e.g. &quot;language, sector and hook type&quot;</extracomment>
        <translation>%1 が一致</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>similarity of an example to the request, as a percentage</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Pinned; not among the matches for this request</source>
        <translation>固定済み。このリクエストの一致候補には含まれていません</translation>
    </message>
    <message>
        <source>Pinned examples are always sent to the model</source>
        <translation>固定したサンプルは常にモデルに送信されます</translation>
    </message>
    <message>
        <source>Excluded examples are never sent to the model</source>
        <translation>除外したサンプルはモデルに送信されません</translation>
    </message>
    <message>
        <source>Excluded: not sent.</source>
        <translation>除外：送信されません。</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>送信されません。</translation>
    </message>
    <message>
        <source>How close the example&apos;s wording is to the request</source>
        <translation>サンプルの表現がリクエストにどれだけ近いか</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>固定済み</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>固定なし</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Not excluded</source>
        <translation>除外なし</translation>
    </message>
    <message>
        <source>Always send this example to the model</source>
        <translation>このサンプルを常にモデルに送信</translation>
    </message>
    <message>
        <source>Never send this example to the model</source>
        <translation>このサンプルをモデルに送信しない</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>column header: the example is always sent</extracomment>
        <translation>固定</translation>
    </message>
    <message>
        <source>Exclude</source>
        <extracomment>column header: the example is never sent</extracomment>
        <translation>除外</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Sector · hook type · emotion · language</source>
        <translation>業種 · フックの種類 · 感情 · 言語</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>類似度</translation>
    </message>
    <message>
        <source>Why chosen</source>
        <translation>選ばれた理由</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleTableModel</name>
    <message>
        <source>0–100: how complete the script is and, when known, how well the Reel did</source>
        <translation>0～100：台本の完成度と、わかる場合はリールの成果</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>クリックしてこの列で並べ替え</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>この列では並べ替えできません</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>フックの種類</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleText</name>
    <message>
        <source>Bundled</source>
        <extracomment>where an example came from: shipped with the app</extracomment>
        <translation>付属</translation>
    </message>
    <message>
        <source>Added by you</source>
        <extracomment>where an example came from: written by the user in the app</extracomment>
        <translation>自分で追加</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>where an example came from: read from a CSV/JSON file</extracomment>
        <translation>インポート</translation>
    </message>
    <message>
        <source>From your scripts</source>
        <extracomment>where an example came from: one of the user&apos;s own scripts, kept as an example</extracomment>
        <translation>自分の台本から</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>（行全体）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>フックの種類</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>CTA style</source>
        <translation>CTA スタイル</translation>
    </message>
    <message>
        <source>Length (seconds)</source>
        <translation>長さ（秒）</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>ハッシュタグ</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>再生数</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>シェア</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>保存数</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>未読み込み</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Out of date</source>
        <extracomment>the search index does not yet include the latest changes of the library</extracomment>
        <translation>最新ではありません</translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation>再構築しています…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Lexical (offline, %1 dimensions)</source>
        <extracomment>%1 the number of dimensions of the vectors, e.g. 512</extracomment>
        <translation>字句ベース（オフライン、%1 次元）</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1</source>
        <extracomment>%1 the embedding model&apos;s name (its vector size is not known yet)</extracomment>
        <translation>OpenAI 互換：%1</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1 (%2 dimensions)</source>
        <extracomment>%1 the embedding model&apos;s name, %2 the number of dimensions</extracomment>
        <translation>OpenAI 互換：%1（%2 次元）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time left in seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a time left in minutes and seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a time left in hours and minutes</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPage</name>
    <message>
        <source>Examples</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Example Library</source>
        <translation>サンプルライブラリ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Add an example (Ctrl+N)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;New Example…</source>
        <translation>新しいサンプル(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Add an example to the library</source>
        <translation>ライブラリにサンプルを追加</translation>
    </message>
    <message>
        <source>&amp;Edit Example…</source>
        <translation>サンプルを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit the selected example (Enter)</source>
        <translation>選択したサンプルを編集 (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete Examples</source>
        <translation>サンプルを削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected examples</source>
        <translation>選択したサンプルを削除</translation>
    </message>
    <message>
        <source>&amp;Import Examples…</source>
        <translation>サンプルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Import examples from a CSV, JSON or JSON Lines file</source>
        <translation>CSV、JSON、JSON Lines ファイルからサンプルをインポート</translation>
    </message>
    <message>
        <source>Export &amp;Selected Examples…</source>
        <translation>選択したサンプルをエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>選択項目をエクスポート…</translation>
    </message>
    <message>
        <source>Write the selected examples to a file</source>
        <translation>選択したサンプルをファイルに書き出す</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>表示中のすべてをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>表示中のすべてをエクスポート…</translation>
    </message>
    <message>
        <source>Write every example the search and filters show to a file</source>
        <translation>検索とフィルターで表示されているすべてのサンプルをファイルに書き出す</translation>
    </message>
    <message>
        <source>Search Examples</source>
        <translation>サンプルを検索</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Write examples to a JSON, JSON Lines or CSV file</source>
        <translation>サンプルを JSON、JSON Lines、CSV ファイルに書き出す</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>選択したサンプル</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>この列では表を並べ替えできません。</translation>
    </message>
    <message>
        <source>Could Not Open the Example</source>
        <translation>サンプルを開けませんでした</translation>
    </message>
    <message>
        <source>Added example %1. The search or filters hide it.</source>
        <translation>サンプル %1 を追加しました。検索またはフィルターにより非表示になっています。</translation>
    </message>
    <message>
        <source>Delete example %1, “%2”?</source>
        <extracomment>%1 the example&apos;s number, %2 its hook</extracomment>
        <translation>サンプル %1「%2」を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n examples?</source>
        <translation>
            <numerusform>%n 件のサンプルを削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted examples leave the library and the search index. This cannot be undone; export them first if you may want them back.</source>
        <translation>削除したサンプルはライブラリと検索インデックスから消えます。この操作は元に戻せません。後で必要になる可能性がある場合は、先にエクスポートしてください。</translation>
    </message>
    <message>
        <source>Delete Examples</source>
        <translation>サンプルの削除</translation>
    </message>
    <message>
        <source>Could Not Delete the Examples</source>
        <translation>サンプルを削除できませんでした</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除されませんでした。</translation>
    </message>
    <message>
        <source>Deleted example %1.</source>
        <translation>サンプル %1 を削除しました。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n examples.</source>
        <translation>
            <numerusform>%n 件のサンプルを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Examples</source>
        <translation>サンプルのインポート</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>サンプルファイル (*.csv *.tsv *.json *.jsonl *.ndjson);;すべてのファイル (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n 件のサンプルをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n 件のサンプルをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row was left out.</source>
        <translation>
            <numerusform>%n 行を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out.</source>
        <translation>
            <numerusform>%n 行を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no examples to export.</source>
        <translation>エクスポートするサンプルがありません。</translation>
    </message>
    <message>
        <source>Export Examples</source>
        <translation>サンプルのエクスポート</translation>
    </message>
    <message>
        <source>Reel Studio examples (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>Reel Studio サンプル (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n example…</source>
        <translation>
            <numerusform>%n 件のサンプルをエクスポートしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n examples…</source>
        <translation>
            <numerusform>%n 件のサンプルをエクスポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>ファイルは書き込まれませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n example to %1.</source>
        <translation>
            <numerusform>%n 件のサンプルを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n examples to %1.</source>
        <translation>
            <numerusform>%n 件のサンプルを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>サンプルを選択すると全体が表示されます。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the length of the Reel in seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Example %1</source>
        <extracomment>%1 the example&apos;s number</extracomment>
        <translation>サンプル %1</translation>
    </message>
    <message>
        <source>Quality %1 / 100</source>
        <translation>品質 %1 / 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an engagement figure, e.g. &quot;Views: 12,000&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新：%1</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Examples…</source>
        <translation>
            <numerusform>選択した %n 件のサンプルをエクスポート(&amp;S)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Example…</source>
        <translation>選択したサンプルをエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>The library is empty. Add an example or import a file of them.</source>
        <translation>ライブラリは空です。サンプルを追加するか、サンプルのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>No example matches the search and filters.</source>
        <translation>検索とフィルターに一致するサンプルはありません。</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPanel</name>
    <message>
        <source>Examples for the model</source>
        <translation>モデルに送るサンプル</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>固定(&amp;P)</translation>
    </message>
    <message>
        <source>Always send the selected example, whatever the request</source>
        <translation>リクエストに関係なく、選択したサンプルを常に送信</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>除外(&amp;X)</translation>
    </message>
    <message>
        <source>Never send the selected example</source>
        <translation>選択したサンプルを送信しない</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>サンプルを検索しています…</translation>
    </message>
    <message>
        <source>Examples could not be looked up: %1 The model writes without them.</source>
        <extracomment>%1 why the lookup failed</extracomment>
        <translation>サンプルを検索できませんでした：%1 モデルはサンプルなしで作成します。</translation>
    </message>
    <message>
        <source>No examples are sent; the model writes from the brand and the request alone.</source>
        <translation>サンプルは送信されません。モデルはブランドとリクエストだけをもとに作成します。</translation>
    </message>
    <message numerus="yes">
        <source>%n example is sent with the request.</source>
        <translation>
            <numerusform>リクエストと一緒に %n 件のサンプルが送信されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples are sent with the request.</source>
        <translation>
            <numerusform>リクエストと一緒に %n 件のサンプルが送信されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::FindingText</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a word from the script, e.g. “fat”</extracomment>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>ハッシュタグ</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>画面上のテキスト</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>サムネイルのテキスト</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>スペイン語</translation>
    </message>
    <message>
        <source>French</source>
        <translation>フランス語</translation>
    </message>
    <message>
        <source>German</source>
        <translation>ドイツ語</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>ヒンディー語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>金融</translation>
    </message>
    <message>
        <source>health and fitness</source>
        <translation>健康・フィットネス</translation>
    </message>
    <message>
        <source>beauty</source>
        <translation>美容</translation>
    </message>
    <message>
        <source>This section is empty.</source>
        <translation>このセクションは空です。</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 words.</source>
        <translation>短すぎます：%1 語（%2 語以上必要）。</translation>
    </message>
    <message>
        <source>Too long: %1 words; keep it to %2.</source>
        <translation>長すぎます：%1 語。%2 語以内にしてください。</translation>
    </message>
    <message>
        <source>%1 characters; Instagram cuts captions at %2.</source>
        <translation>%1 文字です。Instagram ではキャプションが %2 文字で切れます。</translation>
    </message>
    <message>
        <source>Short caption: %1 characters of the recommended %2–%3.</source>
        <translation>キャプションが短めです：%1 文字（推奨は %2～%3 文字）。</translation>
    </message>
    <message>
        <source>Long caption: %1 characters; %2–%3 work best.</source>
        <translation>キャプションが長めです：%1 文字（%2～%3 文字が最適）。</translation>
    </message>
    <message>
        <source>Only the first %1 characters show before “more”.</source>
        <translation>「続きを読む」の前に表示されるのは最初の %1 文字だけです。</translation>
    </message>
    <message>
        <source>%1 hashtags (caption included); Instagram allows %2.</source>
        <translation>ハッシュタグが %1 個あります（キャプション内を含む）。Instagram の上限は %2 個です。</translation>
    </message>
    <message>
        <source>No hashtags yet.</source>
        <translation>ハッシュタグはまだありません。</translation>
    </message>
    <message>
        <source>%1 does not start with #.</source>
        <translation>%1 が # で始まっていません。</translation>
    </message>
    <message>
        <source>%1 holds characters a hashtag cannot (only letters, digits and _).</source>
        <translation>%1 にハッシュタグで使えない文字が含まれています（使えるのは文字、数字、_ のみ）。</translation>
    </message>
    <message>
        <source>%1 is only digits; Instagram does not link it.</source>
        <translation>%1 は数字だけのため、Instagram ではリンクされません。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1 は %2 文字を超えています。</translation>
    </message>
    <message>
        <source>%1 is used twice.</source>
        <translation>%1 が 2 回使われています。</translation>
    </message>
    <message>
        <source>%1 is a restricted hashtag; posts using it lose reach.</source>
        <translation>%1 は制限付きのハッシュタグです。使用した投稿はリーチが下がります。</translation>
    </message>
    <message>
        <source>The brand hashtag %1 is missing.</source>
        <translation>ブランドのハッシュタグ %1 がありません。</translation>
    </message>
    <message>
        <source>About %1 s to say; the Reel is %2 s.</source>
        <translation>読み上げに約 %1 秒かかります。リールは %2 秒です。</translation>
    </message>
    <message>
        <source>Only about %1 s to say; the Reel is %2 s.</source>
        <translation>読み上げは約 %1 秒しかありません。リールは %2 秒です。</translation>
    </message>
    <message>
        <source>A %1 s Reel; up to %2 s is recommended for reach.</source>
        <translation>%1 秒のリールです。リーチを得るには %2 秒以内が推奨です。</translation>
    </message>
    <message>
        <source>The hook takes about %1 s to say; it should land within %2 s.</source>
        <translation>フックの読み上げに約 %1 秒かかります。%2 秒以内に収めてください。</translation>
    </message>
    <message>
        <source>The shot list runs to %1 s; the Reel is %2 s.</source>
        <translation>ショットリストは %1 秒です。リールは %2 秒です。</translation>
    </message>
    <message>
        <source>%1 is on the brand&apos;s do-not-use list.</source>
        <translation>%1 はブランドの使用禁止語リストに含まれています。</translation>
    </message>
    <message>
        <source>%1 is offensive.</source>
        <translation>%1 は不快な表現です。</translation>
    </message>
    <message>
        <source>%1 is a claim that invites trouble.</source>
        <translation>%1 はトラブルを招きかねない主張です。</translation>
    </message>
    <message>
        <source>%1 is a risky claim in %2.</source>
        <extracomment>%1 the claim, %2 the kind of business, e.g. &quot;health and fitness&quot;</extracomment>
        <translation>%1 は%2分野ではリスクのある主張です。</translation>
    </message>
    <message>
        <source>%1 names a competitor.</source>
        <translation>%1 は競合の名前です。</translation>
    </message>
    <message>
        <source>The call to action has no action verb.</source>
        <translation>CTA に行動を促す動詞がありません。</translation>
    </message>
    <message>
        <source>The call to action gives no reason to act now.</source>
        <translation>CTA に今すぐ行動する理由がありません。</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a question; this one does not end with “?”.</source>
        <translation>ブランドの CTA スタイルは質問ですが、この CTA は「?」で終わっていません。</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a command; start with an action verb.</source>
        <translation>ブランドの CTA スタイルは命令形です。行動を促す動詞で始めてください。</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is soft; %1 adds pressure.</source>
        <translation>ブランドの CTA スタイルはソフトですが、%1 は押し付けがましい印象を与えます。</translation>
    </message>
    <message>
        <source>A question hook should ask a question.</source>
        <translation>質問のフックは問いかけにしてください。</translation>
    </message>
    <message>
        <source>A statistic hook should hold a number.</source>
        <translation>統計のフックには数値を含めてください。</translation>
    </message>
    <message>
        <source>A bold claim states; this hook asks.</source>
        <translation>大胆な主張は言い切るものですが、このフックは問いかけています。</translation>
    </message>
    <message>
        <source>A story hook usually starts from someone (I, we) or a moment.</source>
        <translation>ストーリーのフックは通常、人物（私、私たち）や瞬間から始まります。</translation>
    </message>
    <message>
        <source>A curiosity hook should open a gap (a secret, a why, an unfinished thought).</source>
        <translation>好奇心のフックでは、ギャップ（秘密、理由、言いかけの考え）を作ってください。</translation>
    </message>
    <message>
        <source>A relatable hook usually speaks to the viewer (you, POV).</source>
        <translation>共感のフックは通常、視聴者に語りかけます（あなた、POV）。</translation>
    </message>
    <message>
        <source>A shocking hook needs a jolt: a number, a warning, a strong word.</source>
        <translation>衝撃のフックにはインパクトが必要です：数値、警告、強い言葉など。</translation>
    </message>
    <message>
        <source>Nothing here sounds %1.</source>
        <translation>%1 と感じられる表現がありません。</translation>
    </message>
    <message>
        <source>Reading ease %1; aim for %2 or more.</source>
        <translation>読みやすさは %1 です。%2 以上を目指してください。</translation>
    </message>
    <message>
        <source>Reading ease is not available for %1.</source>
        <translation>%1 では読みやすさを算出できません。</translation>
    </message>
    <message>
        <source>A sentence of %1 words; keep them under %2.</source>
        <translation>%1 語の文があります。%2 語未満にしてください。</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>ネガティブ</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>ポジティブ</translation>
    </message>
    <message>
        <source>The tone reads %1 (%2); the Reel should convey %3.</source>
        <extracomment>%1 negative or positive, %2 the tone score, %3 the requested emotion, e.g. “Excitement”</extracomment>
        <translation>トーンが%1に読めます（%2）。リールでは %3 を伝える必要があります。</translation>
    </message>
    <message>
        <source>Tone is checked for English only, not %1.</source>
        <translation>トーンのチェックは英語のみ対応しており、%1 はチェックされません。</translation>
    </message>
    <message>
        <source>%1 is not in the %2 dictionary.</source>
        <extracomment>%1 the word, %2 the language, e.g. &quot;English&quot;</extracomment>
        <translation>%1 は %2 の辞書にありません。</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: spelling is not checked.</source>
        <translation>%1 のスペル辞書がないため、スペルはチェックされません。</translation>
    </message>
    <message>
        <source>%1 is in capitals; it reads as shouting.</source>
        <translation>%1 はすべて大文字のため、叫んでいるように読めます。</translation>
    </message>
    <message>
        <source>%1: one mark is enough.</source>
        <translation>%1：記号は 1 つで十分です。</translation>
    </message>
    <message>
        <source>%1 emoji in a row; use at most %2.</source>
        <translation>絵文字が %1 個連続しています。%2 個以内にしてください。</translation>
    </message>
    <message>
        <source>%1 emoji in this section; use at most %2.</source>
        <translation>このセクションに絵文字が %1 個あります。%2 個以内にしてください。</translation>
    </message>
    <message>
        <source>%1 is repeated.</source>
        <translation>%1 が繰り返されています。</translation>
    </message>
    <message>
        <source>%1 is used %2 times.</source>
        <translation>%1 が %2 回使われています。</translation>
    </message>
    <message>
        <source>The brand profile overrides %1, which the rule pack does not know.</source>
        <translation>ブランドプロファイルが %1 を上書きしていますが、ルールパックにはこの項目がありません。</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>replace with %1</source>
        <translation>%1 に置き換え</translation>
    </message>
    <message>
        <source>add #</source>
        <translation># を追加</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>keep the first %1 hashtags</source>
        <translation>最初の %1 個のハッシュタグを残す</translation>
    </message>
    <message>
        <source>write in lower case</source>
        <translation>小文字で書く</translation>
    </message>
    <message>
        <source>end with “?”</source>
        <translation>「?」で終える</translation>
    </message>
    <message>
        <source>cut to %1 characters</source>
        <translation>%1 文字に切り詰める</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>%1 what the fix does, e.g. remove “fat”</extracomment>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>The script strays from its brief (relevance %1 of 100). Say what the topic and the offer are about, e.g. %2.</source>
        <extracomment>%1 a score out of 100, %2 words of the topic and offer, e.g. coffee, roast, beans</extracomment>
        <translation>台本がブリーフから外れています（関連度 %1/100）。テーマとオファーの内容に触れてください（例：%2）。</translation>
    </message>
    <message>
        <source>%1: these hashtags have nothing to do with the topic, the offer or the brand.</source>
        <translation>%1：これらのハッシュタグはテーマ、オファー、ブランドのどれとも関係がありません。</translation>
    </message>
    <message>
        <source>%1 is not in %2. Keep the script in one language (names are fine).</source>
        <extracomment>%1 the words, %2 the script&apos;s language, e.g. Japanese</extracomment>
        <translation>%1 は%2ではありません。台本は一つの言語で書いてください（名前は問題ありません）。</translation>
    </message>
</context>
<context>
    <name>reel::ui::GenerateForm</name>
    <message>
        <source>Brand &amp;profile:</source>
        <translation>ブランドプロファイル(&amp;P)：</translation>
    </message>
    <message>
        <source>No brand profile yet</source>
        <translation>ブランドプロファイルはまだありません</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>ブランドプロファイル</translation>
    </message>
    <message>
        <source>The brand the script is written for: its audience, offer, voice and banned words</source>
        <translation>台本の対象となるブランド：オーディエンス、オファー、ボイス、禁止語</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>編集(&amp;D)…</translation>
    </message>
    <message>
        <source>Open the brand profile on the Brand Profiles page</source>
        <translation>ブランドプロファイルページでブランドプロファイルを開く</translation>
    </message>
    <message>
        <source>Edit the brand profile</source>
        <translation>ブランドプロファイルを編集</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>目的(&amp;G)：</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>フックの種類(&amp;K)：</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>フックの種類</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with</source>
        <translation>台本の冒頭に使うフックの種類</translation>
    </message>
    <message>
        <source>E&amp;motion:</source>
        <translation>感情(&amp;M)：</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave</source>
        <translation>リールが残すべき感情</translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation>モデルに任せる</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>長さ(&amp;G)：</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>リールの長さ（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Up to 90 seconds is recommended for reach; Instagram allows up to 3 minutes</source>
        <translation>リーチを得るには 90 秒以内が推奨です。Instagram では最長 3 分まで可能です</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>言語(&amp;N)：</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>台本の言語</translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation>CTA(&amp;A)：</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Optional, e.g. Start your free trial</source>
        <translation>任意。例：無料トライアルを始めましょう</translation>
    </message>
    <message>
        <source>&amp;Topic or angle:</source>
        <translation>トピックまたは切り口(&amp;T)：</translation>
    </message>
    <message>
        <source>Topic or angle</source>
        <translation>トピックまたは切り口</translation>
    </message>
    <message>
        <source>What the Reel is about, the angle to take, facts to use (optional)</source>
        <translation>リールの内容、切り口、使う事実（任意）</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>バリエーション(&amp;V)：</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>バリエーションの数</translation>
    </message>
    <message>
        <source>How many different scripts to write side by side</source>
        <translation>並べて作成する台本の数</translation>
    </message>
</context>
<context>
    <name>reel::ui::GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Write the scripts (%1)</source>
        <extracomment>Tooltip with its keyboard shortcut</extracomment>
        <translation>台本を作成 (%1)</translation>
    </message>
    <message>
        <source>Stop writing; unfinished variants are not saved (%1)</source>
        <translation>作成を停止。未完成のバリエーションは保存されません (%1)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>エディターで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Edit the selected variant in the Script Editor</source>
        <translation>選択したバリエーションを台本エディターで編集</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>エディターで開く</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Choose the provider, model and key on the Settings page</source>
        <translation>設定ページでプロバイダー、モデル、キーを選択</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>バリエーション</translation>
    </message>
    <message>
        <source>Choose a brand profile and describe the Reel, then press Generate (%1). The scripts appear here as they are written.</source>
        <translation>ブランドプロファイルを選んでリールの内容を入力し、［生成］(%1) を押してください。作成中の台本がここに表示されます。</translation>
    </message>
    <message>
        <source>Written by the offline composer: no model, no network, no cost.</source>
        <translation>オフライン作成ツールで作成：モデルなし、ネットワークなし、コストなし。</translation>
    </message>
    <message>
        <source>Add an API key in Settings to write with a model.</source>
        <translation>モデルで作成するには、設定で API キーを追加してください。</translation>
    </message>
    <message>
        <source>(no model set)</source>
        <translation>（モデル未設定）</translation>
    </message>
    <message>
        <source>Written by %1 · %2</source>
        <extracomment>%1 the provider (e.g. OpenAI), %2 the model id</extracomment>
        <translation>作成：%1 · %2</translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <extracomment>%1 an amount in US dollars, e.g. $0.0031</extracomment>
        <translation>推定コスト %1</translation>
    </message>
    <message>
        <source>on this computer, no cost</source>
        <translation>このコンピューター上で作成、コストなし</translation>
    </message>
    <message>
        <source>no price listed for this model</source>
        <translation>このモデルの価格は登録されていません</translation>
    </message>
    <message>
        <source>No API key is set: add one in Settings or set OPENAI_API_KEY.</source>
        <translation>API キーが設定されていません。設定で追加するか、OPENAI_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>Choose a brand profile first: the script is written for its audience, offer and voice.</source>
        <translation>まずブランドプロファイルを選択してください。台本はそのオーディエンス、オファー、ボイスに合わせて作成されます。</translation>
    </message>
    <message>
        <source>Create a Profile…</source>
        <translation>プロファイルを作成…</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>サンプルを検索しています…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variant…</source>
        <translation>
            <numerusform>%n 件のバリエーションを作成しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variants…</source>
        <translation>
            <numerusform>%n 件のバリエーションを作成しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost %1.</source>
        <translation>推定コスト %1。</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>The time limits can be changed in Settings.</source>
        <translation>時間制限は設定で変更できます。</translation>
    </message>
    <message>
        <source>Rephrase the topic or angle, then try again.</source>
        <translation>トピックや切り口を言い換えてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Raise “Max tokens per answer” in Settings, or ask for a shorter Reel.</source>
        <translation>設定で「回答あたりの最大トークン数」を増やすか、より短いリールを指定してください。</translation>
    </message>
    <message>
        <source>Write with the Offline Composer</source>
        <translation>オフライン作成ツールで作成</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Stopped. Variants that were not finished were not saved.</source>
        <translation>停止しました。完成していないバリエーションは保存されていません。</translation>
    </message>
    <message>
        <source>Done: the script is saved in the workspace.</source>
        <translation>完了：台本はワークスペースに保存されました。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n scripts are saved in the workspace.</source>
        <translation>
            <numerusform>完了：%n 件の台本がワークスペースに保存されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 variants written.</source>
        <translation>%2 件中 %1 件のバリエーションを作成しました。</translation>
    </message>
    <message>
        <source>A script could not be saved in the workspace (%1). Nothing is lost: it was written to “%2”. Import it from the History page when the workspace is available again.</source>
        <extracomment>%1 the reason (a database message), %2 a file path</extracomment>
        <translation>台本をワークスペースに保存できませんでした（%1）。台本は失われていません。「%2」に書き出されています。ワークスペースが再び使用できるようになったら、履歴ページからインポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n script could not be saved in the workspace; it is kept in %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>完了しましたが、%n 件の台本をワークスペースに保存できませんでした。%1 に保管されています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n scripts could not be saved in the workspace; they are kept in %1.</source>
        <translation>
            <numerusform>完了しましたが、%n 件の台本をワークスペースに保存できませんでした。%1 に保管されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline composer wrote the script instead. %1</source>
        <extracomment>%1 what went wrong with the model server, e.g. &quot;The model server cannot be reached. Check …&quot;</extracomment>
        <translation>代わりにオフライン作成機能が台本を書きました。%1</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 scripts shown, of %n in the workspace (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%1 / %n 件の台本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%1 / %n 件の台本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script</source>
        <translation>
            <numerusform>台本 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scripts</source>
        <translation>
            <numerusform>台本 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, brands, hooks, bodies, CTAs and captions (Ctrl+F)</source>
        <translation>タイトル、ブランド、フック、本文、CTA、キャプションを検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scripts</source>
        <translation>台本を検索</translation>
    </message>
    <message>
        <source>Brand filter</source>
        <translation>ブランドフィルター</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>ステータスフィルター</translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation>評価フィルター</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>すべての日付</translation>
    </message>
    <message>
        <source>Untick to show only scripts created between two dates</source>
        <translation>チェックを外すと、2 つの日付の間に作成された台本のみを表示します</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>この日以降に作成</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>この日以前に作成</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>業種フィルター</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>フックの種類フィルター</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>言語フィルター</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>プロバイダーフィルター</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Show every script again</source>
        <translation>すべての台本を再表示</translation>
    </message>
    <message>
        <source>Scripts shown</source>
        <translation>表示中の台本</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>すべての評価</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>a rating filter: %1 stars, e.g. &quot;★★★☆☆ or more&quot;</extracomment>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>すべてのブランド</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>すべての業種</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>すべてのフックの種類</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>すべての言語</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>すべてのプロバイダー</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Script History</source>
        <translation>台本の履歴</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Delete the selected scripts (Del)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>エディターで開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Open the script in the editor (Enter)</source>
        <translation>台本をエディターで開く (Enter)</translation>
    </message>
    <message>
        <source>&amp;Promote to Examples</source>
        <translation>サンプルに追加(&amp;P)</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>サンプルに追加</translation>
    </message>
    <message>
        <source>Add the script to the example library the generator learns from</source>
        <translation>生成時に参考にするサンプルライブラリに台本を追加</translation>
    </message>
    <message>
        <source>Export &amp;Selected Scripts…</source>
        <translation>選択した台本をエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>選択項目をエクスポート…</translation>
    </message>
    <message>
        <source>Write the selected scripts to a file</source>
        <translation>選択した台本をファイルに書き出す</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>表示中のすべてをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>表示中のすべてをエクスポート…</translation>
    </message>
    <message>
        <source>Write every script the search and filters show to a file</source>
        <translation>検索とフィルターで表示されているすべての台本をファイルに書き出す</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>Markdown としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy the selected scripts as Markdown text</source>
        <translation>選択した台本を Markdown テキストとしてコピー</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>履歴をインポート(&amp;H)…</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>履歴をインポート…</translation>
    </message>
    <message>
        <source>Add the scripts of a Reel Studio history export (JSON)</source>
        <translation>Reel Studio の履歴エクスポート（JSON）の台本を追加</translation>
    </message>
    <message>
        <source>Import &amp;Performance…</source>
        <translation>成果をインポート(&amp;P)…</translation>
    </message>
    <message>
        <source>Import Performance…</source>
        <translation>成果をインポート…</translation>
    </message>
    <message>
        <source>Read views, likes, comments, shares and saves from a CSV file</source>
        <translation>CSV ファイルから再生数、いいね、コメント、シェア、保存数を読み込む</translation>
    </message>
    <message>
        <source>De&amp;lete Scripts</source>
        <translation>台本を削除(&amp;L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete the selected scripts</source>
        <translation>選択した台本を削除</translation>
    </message>
    <message>
        <source>Search Scripts</source>
        <translation>台本を検索</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Write scripts as Markdown, PDF, CSV, JSON, teleprompter text or captions</source>
        <translation>台本を Markdown、PDF、CSV、JSON、プロンプター用テキスト、字幕として書き出す</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Import a history export or performance figures</source>
        <translation>履歴エクスポートまたは成果の数値をインポート</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>台本</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>この列では表を並べ替えできません。</translation>
    </message>
    <message>
        <source>Example %1 in the library was brought up to date with this script.</source>
        <extracomment>%1 the number of the new example</extracomment>
        <translation>ライブラリのサンプル %1 をこの台本の内容に更新しました。</translation>
    </message>
    <message>
        <source>Added to the example library as example %1.</source>
        <translation>サンプル %1 としてサンプルライブラリに追加しました。</translation>
    </message>
    <message>
        <source>There are no scripts to export.</source>
        <translation>エクスポートする台本がありません。</translation>
    </message>
    <message>
        <source>Export Scripts</source>
        <translation>台本のエクスポート</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio history (*.json);;Teleprompter text (*.txt);;SubRip captions, one file per script (*.srt)</source>
        <translation>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio 履歴 (*.json);;プロンプター用テキスト (*.txt);;SubRip 字幕、台本ごとに 1 ファイル (*.srt)</translation>
    </message>
    <message>
        <source>Reel script</source>
        <translation>リール台本</translation>
    </message>
    <message>
        <source>Reel scripts</source>
        <translation>リール台本</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n scripts…</source>
        <translation>
            <numerusform>%n 件の台本をエクスポートしています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>エクスポートできませんでした</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>ファイルは書き込まれませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n caption files to %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>%n 件の字幕ファイルを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script to %1.</source>
        <extracomment>%1 a file</extracomment>
        <translation>
            <numerusform>%n 件の台本を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scripts to %1.</source>
        <translation>
            <numerusform>%n 件の台本を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Copy</source>
        <translation>コピーできませんでした</translation>
    </message>
    <message>
        <source>Copied the script as Markdown.</source>
        <translation>台本を Markdown としてコピーしました。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scripts as Markdown.</source>
        <translation>
            <numerusform>%n 件の台本を Markdown としてコピーしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>履歴のインポート</translation>
    </message>
    <message>
        <source>Reel Studio history (*.json);;All files (*)</source>
        <translation>Reel Studio 履歴 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing the history…</source>
        <translation>履歴をインポートしています…</translation>
    </message>
    <message>
        <source>Could Not Import the History</source>
        <extracomment>%1 the file&apos;s name</extracomment>
        <translation>履歴をインポートできませんでした</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>「%1」からは何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
    <message>
        <source>History imported: %1 added, %2 already there.</source>
        <extracomment>%1 scripts added, %2 scripts skipped because the workspace already had them</extracomment>
        <translation>履歴をインポートしました：%1 件を追加、%2 件は既存。</translation>
    </message>
    <message>
        <source>Import Performance</source>
        <translation>成果のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could Not Import the Figures</source>
        <translation>数値をインポートできませんでした</translation>
    </message>
    <message>
        <source>No figures were saved from “%1”.</source>
        <translation>「%1」から保存された数値はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n script.</source>
        <translation>
            <numerusform>%n 件の台本の数値を保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n scripts.</source>
        <translation>
            <numerusform>%n 件の台本の数値を保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the script “%1”?</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>台本「%1」を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scripts?</source>
        <translation>
            <numerusform>%n 件の台本を削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their versions, ratings, status history and figures go with them. This cannot be undone; export them first if you may want them back.</source>
        <translation>バージョン、評価、ステータスの履歴、数値も一緒に削除されます。この操作は元に戻せません。後で必要になる可能性がある場合は、先にエクスポートしてください。</translation>
    </message>
    <message>
        <source>Delete Scripts</source>
        <translation>台本の削除</translation>
    </message>
    <message>
        <source>Could Not Delete the Scripts</source>
        <translation>台本を削除できませんでした</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>何も削除されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n script.</source>
        <translation>
            <numerusform>%n 件の台本を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scripts.</source>
        <translation>
            <numerusform>%n 件の台本を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Scripts…</source>
        <translation>
            <numerusform>選択した %n 件の台本をエクスポート(&amp;S)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Script…</source>
        <translation>選択した台本をエクスポート(&amp;S)…</translation>
    </message>
    <message>
        <source>Scripts you generate appear here, with every version, rating and status change. Write one on the Generate page, or import a history export.</source>
        <translation>生成した台本は、すべてのバージョン、評価、ステータス変更とともにここに表示されます。生成ページで作成するか、履歴エクスポートをインポートしてください。</translation>
    </message>
    <message>
        <source>No script matches the search and filters.</source>
        <translation>検索とフィルターに一致する台本はありません。</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>置き換えますか？</translation>
    </message>
    <message>
        <source>Replace Caption Files</source>
        <translation>字幕ファイルの置き換え</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>何もエクスポートされませんでした。</translation>
    </message>
    <message>
        <source>A caption file with this name already exists in “%1”:</source>
        <extracomment>%1 a folder; the file names follow, one per line</extracomment>
        <translation>「%1」にはこの名前の字幕ファイルがすでにあります:</translation>
    </message>
    <message numerus="yes">
        <source>%n caption files with these names already exist in “%1”:</source>
        <translation>
            <numerusform>「%1」にはこれらの名前の字幕ファイルが %n 件すでにあります:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryTableModel</name>
    <message numerus="yes">
        <source>%n rating, %1 stars</source>
        <extracomment>%n ratings, %1 their average stars</extracomment>
        <translation>
            <numerusform>評価 %n 件、星 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, %1 stars on average</source>
        <translation>
            <numerusform>評価 %n 件、星の平均 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>0–100: how well the script did in the platform&apos;s checks</source>
        <translation>0～100：プラットフォームのチェックでの台本の結果</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>クリックしてこの列で並べ替え</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>この列では並べ替えできません</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ブランド</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryText</name>
    <message>
        <source>Generated</source>
        <extracomment>a version of a script: as the generator wrote it</extracomment>
        <translation>生成</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>a version of a script: saved from the editor</extracomment>
        <translation>編集</translation>
    </message>
    <message>
        <source>Restored</source>
        <extracomment>a version of a script: an older version made current again</extracomment>
        <translation>復元</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>a version of a script: read from a history export</extracomment>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Thumbs up</source>
        <translation>高評価</translation>
    </message>
    <message>
        <source>Thumbs down</source>
        <translation>低評価</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <extracomment>%1 the average stars (e.g. 4.5), %2 how many ratings</extracomment>
        <translation>★ %1（%2）</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>a cost in US dollars</extracomment>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds</extracomment>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>reel::ui::ImportWizard</name>
    <message>
        <source>Import Examples</source>
        <translation>サンプルのインポート</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <source>Reel Studio imports examples from CSV (a header line, then one example per line), JSON (a list of examples, or a Reel Studio example file) and JSON Lines (one example per line). Nothing is added until you confirm it at the end.</source>
        <translation>Reel Studio は、CSV（ヘッダー行の後に 1 行 1 サンプル）、JSON（サンプルのリスト、または Reel Studio のサンプルファイル）、JSON Lines（1 行 1 サンプル）からサンプルをインポートします。最後に確定するまで何も追加されません。</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>ファイルを選択(&amp;H)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O)：</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>ファイル形式</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Choose the example field each column of the file holds, or ignore it.</source>
        <translation>ファイルの各列に対応するサンプルの項目を選ぶか、無視してください。</translation>
    </message>
    <message>
        <source>&amp;First rows of the file:</source>
        <translation>ファイルの先頭行(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Example field</source>
        <translation>サンプルの項目</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>行の確認</translation>
    </message>
    <message>
        <source>Rows with problems are left out. Choose what to import.</source>
        <translation>問題のある行は除外されます。インポートする内容を選択してください。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Import &amp;nothing (the library stays as it is)</source>
        <translation>何もインポートしない（ライブラリは変更されません）(&amp;N)</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>行を確認しています</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>サンプルファイル (*.csv *.tsv *.json *.jsonl *.ndjson);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>ファイルはまだ選択されていません。</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>「%1」を読み込んでいます…</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>「%1」は空です。</translation>
    </message>
    <message>
        <source>“%1” is not a text file in UTF-8. Reel Studio imports CSV, JSON and JSON Lines files; save the file as one of them (UTF-8) and try again.</source>
        <translation>「%1」は UTF-8 のテキストファイルではありません。Reel Studio がインポートできるのは CSV、JSON、JSON Lines ファイルです。いずれかの形式（UTF-8）で保存してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>“%1” holds no list of examples: expected a JSON list of objects, or an object with an “examples” list.</source>
        <translation>「%1」にサンプルのリストがありません。オブジェクトの JSON リスト、または「examples」リストを持つオブジェクトが必要です。</translation>
    </message>
    <message>
        <source>“%1” cannot be read as %2: %3</source>
        <extracomment>%1 file name, %2 the format (CSV, JSON…), %3 what is wrong (e.g. not valid JSON at line 3, column 5)</extracomment>
        <translation>「%1」を %2 として読み込めません：%3</translation>
    </message>
    <message>
        <source>“%1” holds no rows to import.</source>
        <translation>「%1」にインポートする行がありません。</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n row.</source>
        <extracomment>%1 file name, %2 format (CSV, JSON…), %n the number of rows</extracomment>
        <translation>
            <numerusform>「%1」：%2、%n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n rows.</source>
        <translation>
            <numerusform>「%1」：%2、%n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>a column of the import file that is not imported</extracomment>
        <translation>無視</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <extracomment>%1 the column&apos;s name in the file</extracomment>
        <translation>列「%1」の項目</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2. Choose it for one only.</source>
        <extracomment>%1 an example field, %2 the columns, e.g. “Hook” is chosen for “title”, “hook”</extracomment>
        <translation>「%1」が複数の列に選ばれています：%2。1 つの列だけに選んでください。</translation>
    </message>
    <message>
        <source>None of the columns is matched to an example field, so there is nothing to import. Choose a field for at least the hook, body and CTA columns.</source>
        <translation>サンプルの項目に対応付けられた列がないため、インポートするものがありません。少なくともフック、本文、CTA の列には項目を選んでください。</translation>
    </message>
    <message>
        <source>No column holds: %1. Every row needs them, so rows will be refused unless you match a column to each.</source>
        <extracomment>%1 fields such as &quot;Sector, Goal&quot;</extracomment>
        <translation>%1 を含む列がありません。すべての行で必要なため、それぞれに列を対応付けない限り、行は拒否されます。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row…</source>
        <translation>
            <numerusform>%n 行を確認しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>%n 行を確認しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>有効な行をインポート</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>このファイルはインポートできません：%1</translation>
    </message>
    <message>
        <source>Rows in the file: %1. Valid: %2. With errors: %3. Duplicates: %4.</source>
        <translation>ファイル内の行：%1。有効：%2。エラーあり：%3。重複：%4。</translation>
    </message>
    <message>
        <source>The same script as row %1.</source>
        <translation>行 %1 と同じ台本です。</translation>
    </message>
    <message>
        <source>Already in the library as example %1: “%2”.</source>
        <extracomment>%1 the number of the library example, %2 its hook</extracomment>
        <translation>すでにサンプル %1 としてライブラリにあります：「%2」。</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>すでにライブラリにあります。</translation>
    </message>
    <message>
        <source>Hook, body and CTA</source>
        <translation>フック、本文、CTA</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <translation>
            <numerusform>…ほか %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>…ほか %n 件の問題があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n row</source>
        <translation>
            <numerusform>%n 行すべてをインポート(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n rows</source>
        <translation>
            <numerusform>%n 行すべてをインポート(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid row</source>
        <translation>
            <numerusform>有効な %n 行をインポート(&amp;V)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid rows</source>
        <translation>
            <numerusform>有効な %n 行をインポート(&amp;V)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n example…</source>
        <translation>
            <numerusform>%n 件のサンプルをインポートしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n examples…</source>
        <translation>
            <numerusform>%n 件のサンプルをインポートしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n 件のサンプルをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n 件のサンプルをインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした：%1</translation>
    </message>
    <message>
        <source>Nothing was imported. The library is unchanged.</source>
        <translation>何もインポートされませんでした。ライブラリは変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n row with problems was left out.</source>
        <translation>
            <numerusform>問題のある %n 行を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were left out.</source>
        <translation>
            <numerusform>問題のある %n 行を除外しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::IndexPanel</name>
    <message>
        <source>Search index:</source>
        <extracomment>label before the state of the search index of the example library</extracomment>
        <translation>検索インデックス：</translation>
    </message>
    <message>
        <source>&amp;Rebuild Index</source>
        <translation>インデックスを再構築(&amp;R)</translation>
    </message>
    <message>
        <source>Embed every example again and rebuild the search index</source>
        <translation>すべてのサンプルを再度埋め込み、検索インデックスを再構築</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the rebuild; the index stays as it was</source>
        <translation>再構築を停止。インデックスは元のままです</translation>
    </message>
    <message>
        <source>Index rebuild progress</source>
        <translation>インデックス再構築の進行状況</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>検索インデックスの状態</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>埋め込みモデル</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 &quot;Failed&quot;, %2 why</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Embedder: %1</source>
        <translation>埋め込みモデル：%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>examples embedded so far of all, e.g. &quot;1,024 / 3,238&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <extracomment>%1 the count above, %2 a time such as &quot;12 s&quot;</extracomment>
        <translation>%1、残り約 %2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Index rebuilt: 1 example in %1</source>
        <translation>インデックスを再構築しました: 1 件の例、%1</translation>
    </message>
    <message>
        <source>Index rebuilt: %1 examples in %2</source>
        <translation>インデックスを再構築しました: %1 件の例、%2</translation>
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
        <translation>Qt (LGPL)</translation>
    </message>
    <message>
        <source>nlohmann/json (MIT)</source>
        <translation>nlohmann/json (MIT)</translation>
    </message>
    <message>
        <source>FAISS (MIT)</source>
        <translation>FAISS (MIT)</translation>
    </message>
    <message>
        <source>VADER sentiment lexicon by C.J. Hutto (MIT)</source>
        <translation>VADER 感情辞書（C.J. Hutto 作、MIT）</translation>
    </message>
    <message>
        <source>LDNOOBW word lists (CC BY 4.0)</source>
        <translation>LDNOOBW 単語リスト (CC BY 4.0)</translation>
    </message>
    <message>
        <source>Snowball stemmers (BSD)</source>
        <translation>Snowball ステマー (BSD)</translation>
    </message>
    <message>
        <source>Hunspell (LGPL/MPL)</source>
        <translation>Hunspell (LGPL/MPL)</translation>
    </message>
    <message>
        <source>Hyphen (LGPL/MPL)</source>
        <translation>Hyphen (LGPL/MPL)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>Load &amp;Rule Pack…</source>
        <translation>ルールパックを読み込む(&amp;R)…</translation>
    </message>
    <message>
        <source>Use an updated platform rule pack (limits such as the hashtag cap)</source>
        <translation>更新されたプラットフォームのルールパックを使用（ハッシュタグの上限などの制限）</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Rule Pack</source>
        <translation>組み込みのルールパックを使用(&amp;B)</translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation>ルールパックの読み込み</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>ルールパック (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The rule pack was not loaded; the rules in use stay as they were.</source>
        <translation>ルールパックは読み込まれませんでした。使用中のルールは変わりません。</translation>
    </message>
    <message>
        <source>Rule pack %1 is in use.</source>
        <extracomment>%1 the version of the rule pack</extracomment>
        <translation>ルールパック %1 を使用しています。</translation>
    </message>
    <message>
        <source>Use Built-in Rule Pack</source>
        <translation>組み込みのルールパックを使用</translation>
    </message>
    <message>
        <source>The built-in rule pack is in use.</source>
        <translation>組み込みのルールパックを使用しています。</translation>
    </message>
    <message>
        <source>The saved scripts could not be checked against the new rules: %1</source>
        <translation>保存済みの台本を新しいルールで確認できませんでした：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved scripts checked against the new rules: %n changed.</source>
        <extracomment>%n how many saved scripts now have a different score</extracomment>
        <translation>
            <numerusform>de</numerusform>
            <numerusform>es</numerusform>
            <numerusform>fr</numerusform>
            <numerusform>hi</numerusform>
            <numerusform>ja</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the saved scripts against the new rules…</source>
        <translation>保存済みの台本を新しいルールで確認しています…</translation>
    </message>
</context>
<context>
    <name>reel::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>reel::ui::PerformancePanel</name>
    <message>
        <source>Last saved %1</source>
        <translation>最終保存：%1</translation>
    </message>
    <message>
        <source>How the Reel did on Instagram. Leave a figure blank when you do not know it.</source>
        <translation>Instagram でのリールの成果です。わからない数値は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Figures can be entered once the script is published. It is “%1” now.</source>
        <extracomment>%1 the script&apos;s status, e.g. &quot;Approved&quot;</extracomment>
        <translation>数値は台本の公開後に入力できます。現在のステータスは「%1」です。</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>再生数：</translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation>いいね：</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>コメント：</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>シェア：</translation>
    </message>
    <message>
        <source>Saves:</source>
        <translation>保存数：</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>投稿日：</translation>
    </message>
    <message>
        <source>Save Figures</source>
        <translation>数値を保存</translation>
    </message>
</context>
<context>
    <name>reel::ui::PriceTableModel</name>
    <message>
        <source>Also applies to dated versions of this model (e.g. %1-2024-07-18)</source>
        <translation>このモデルの日付付きバージョンにも適用されます（例：%1-2024-07-18）</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <extracomment>US dollars per million input (prompt) tokens</extracomment>
        <translation>入力 $ / 100 万トークン</translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <extracomment>US dollars per million output (answer) tokens</extracomment>
        <translation>出力 $ / 100 万トークン</translation>
    </message>
</context>
<context>
    <name>reel::ui::PricesPanel</name>
    <message>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>モデルごとの価格</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>モデルを追加(&amp;A)</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>モデルを削除</translation>
    </message>
    <message>
        <source>Reset to Built-in Prices</source>
        <translation>組み込みの価格にリセット</translation>
    </message>
    <message>
        <source>Replace your prices with the built-in list? Your changes to the table are lost.</source>
        <translation>価格を組み込みのリストに置き換えますか？表への変更は失われます。</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>The prices were not saved: %1</source>
        <translation>価格は保存されませんでした：%1</translation>
    </message>
    <message>
        <source>Built-in prices as of %1. Edit them when your provider&apos;s prices change; models not listed cost nothing (local servers).</source>
        <extracomment>%1 the date the built-in prices were checked</extracomment>
        <translation>%1 時点の組み込み価格です。プロバイダーの価格が変わったら編集してください。リストにないモデルのコストはゼロです（ローカルサーバー）。</translation>
    </message>
    <message>
        <source>Your own prices, kept in the workspace. Models not listed cost nothing (local servers).</source>
        <translation>独自の価格です（ワークスペースに保存）。リストにないモデルのコストはゼロです（ローカルサーバー）。</translation>
    </message>
    <message>
        <source>The saved prices could not be read, so the built-in ones apply: %1</source>
        <translation>保存された価格を読み込めなかったため、組み込みの価格を使用します：%1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsPanel</name>
    <message>
        <source>P&amp;roblems</source>
        <translation>問題(&amp;R)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>修正(&amp;F)</translation>
    </message>
    <message>
        <source>Fix the selected problem</source>
        <translation>選択した問題を修正</translation>
    </message>
    <message>
        <source>The selected problem has no automatic fix</source>
        <translation>選択した問題には自動修正がありません</translation>
    </message>
    <message>
        <source>Select a problem to see it in the script. F8 goes to the next one, Shift+F8 back.</source>
        <translation>問題を選択すると、台本内の該当箇所が表示されます。F8 で次へ、Shift+F8 で前へ移動します。</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <extracomment>Counts of problems by severity</extracomment>
        <translation>エラー：%1 · 警告：%2 · 注意：%3</translation>
    </message>
    <message>
        <source>&amp;Go to Problem</source>
        <translation>問題へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>メッセージをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Problems show up here while you write.</source>
        <translation>書いている間、問題がここに表示されます。</translation>
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
        <translation>その他</translation>
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
        <translation>例：FitLife Studio</translation>
    </message>
    <message>
        <source>Pick or type a sector</source>
        <translation>業種を選択または入力</translation>
    </message>
    <message>
        <source>e.g. 25-40</source>
        <translation>例：25-40</translation>
    </message>
    <message>
        <source>Pick or type</source>
        <translation>選択または入力</translation>
    </message>
    <message>
        <source>e.g. Mumbai, India</source>
        <translation>例：インド・ムンバイ</translation>
    </message>
    <message>
        <source>A problem your audience has; Enter adds it</source>
        <translation>オーディエンスの悩み。Enter で追加</translation>
    </message>
    <message>
        <source>What the brand offers, e.g. a free 7-day trial</source>
        <translation>ブランドのオファー。例：7 日間の無料トライアル</translation>
    </message>
    <message>
        <source>Pick or type a style</source>
        <translation>スタイルを選択または入力</translation>
    </message>
    <message>
        <source>A word or phrase scripts must avoid</source>
        <translation>台本で避けるべき単語やフレーズ</translation>
    </message>
    <message>
        <source>A competitor scripts must not name</source>
        <translation>台本で名前を出してはいけない競合</translation>
    </message>
    <message>
        <source>e.g. #FitLife</source>
        <translation>例：#FitLife</translation>
    </message>
    <message>
        <source>Notes for your team; never sent to the model</source>
        <translation>チーム用のメモ。モデルには送信されません</translation>
    </message>
    <message>
        <source>Pick a sector or type your own; a new sector is remembered when you save</source>
        <translation>業種を選ぶか入力してください。新しい業種は保存時に記憶されます</translation>
    </message>
    <message>
        <source>The platform scripts are written for</source>
        <translation>台本の対象となるプラットフォーム</translation>
    </message>
    <message>
        <source>How the call to action asks; type your own style if none fits</source>
        <translation>CTA の呼びかけ方。合うものがなければ独自のスタイルを入力</translation>
    </message>
    <message>
        <source>The language scripts for this brand are written in by default</source>
        <translation>このブランドの台本で既定で使う言語</translation>
    </message>
    <message>
        <source>Scripts are checked for these words</source>
        <translation>台本でこれらの単語がチェックされます</translation>
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
    <message>
        <source>Rule limits</source>
        <translation>ルールの制限</translation>
    </message>
    <message>
        <source>Brand&apos;s own &amp;limits:</source>
        <translation>ブランド独自の制限(&amp;L)：</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ with no spaces (e.g. #LumenCoffee).</source>
        <translation>「%1」は1つのハッシュタグではありません。スペースなしで文字・数字・_ を使ってください(例: #LumenCoffee)。</translation>
    </message>
    <message numerus="yes">
        <source>Required; at most %n characters.</source>
        <translation>
            <numerusform>必須。%n 文字まで。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required. Scripts use the sector&apos;s safety rules and phrases.</source>
        <translation>必須。スクリプトは業種の安全ルールと表現を使います。</translation>
    </message>
    <message>
        <source>Like 25-40 or 55+, ages %1 to %2.</source>
        <translation>25-40 や 55+ のように、%1〜%2 歳。</translation>
    </message>
    <message>
        <source>Each pain point is one short phrase in the language scripts are written in.</source>
        <translation>悩みはそれぞれ、スクリプトを書く言語で短いフレーズにしてください。</translation>
    </message>
    <message>
        <source>Scripts name the offer; write it as you would say it to a customer.</source>
        <translation>スクリプトはオファーに触れます。お客様に話すように書いてください。</translation>
    </message>
    <message>
        <source>Also catches plurals and comparatives: “cheap” finds “cheaper” and “cheapest”, never words that only begin alike.</source>
        <translation>複数形や比較級も検出します(例: “cheap” は “cheaper” も)。先頭が同じだけの単語は検出しません。</translation>
    </message>
    <message>
        <source>Names scripts must not mention, matched as written.</source>
        <translation>スクリプトで触れてはいけない名前。書かれたとおりに照合します。</translation>
    </message>
    <message>
        <source>One word each, no spaces; # is added for you.</source>
        <translation>それぞれ1語、スペースなし。# は自動で付きます。</translation>
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
        <translation>ブランド名または業種でリストを絞り込む (%1)</translation>
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
        <translation>ファイルが %1 MB を超えています</translation>
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
        <translation>プロファイルを開けませんでした</translation>
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
        <translation>プロファイルを複製できませんでした</translation>
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
        <translation>元に戻す／やり直しができませんでした</translation>
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
    <name>reel::ui::ProviderText</name>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp サーバー</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>その他の OpenAI 互換サーバー</translation>
    </message>
    <message>
        <source>Offline composer</source>
        <extracomment>the built-in writer that needs no model and no network</extracomment>
        <translation>オフライン作成ツール</translation>
    </message>
</context>
<context>
    <name>reel::ui::RatingPanel</name>
    <message>
        <source>Choose stars or a thumb, or write a comment.</source>
        <translation>星か高評価/低評価を選ぶか、コメントを入力してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a thumb and its reasons, e.g. &quot;Thumbs down: Weak hook, Too long&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who rated and when: %1 name, %2 date and time</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>評価はまだありません。</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>まだ評価されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n rating, without stars.</source>
        <translation>
            <numerusform>評価 %n 件（星なし）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, without stars.</source>
        <translation>
            <numerusform>評価 %n 件（星なし）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 from %n rating</source>
        <extracomment>%1 the average stars, e.g. &quot;★ 4.5&quot;; %n how many ratings gave stars</extracomment>
        <translation>
            <numerusform>★ %1（評価 %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 average of %n ratings</source>
        <translation>
            <numerusform>★ %1（評価 %n 件の平均）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>評価：</translation>
    </message>
    <message numerus="yes">
        <source>%n star</source>
        <translation>
            <numerusform>星 %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation>
            <numerusform>星 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Works as it is; pick what makes it good</source>
        <translation>このままで良い。良い点を選択してください</translation>
    </message>
    <message>
        <source>Needs work; pick what is wrong</source>
        <translation>改善が必要。問題点を選択してください</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Other reasons, separated by commas</source>
        <translation>その他の理由（カンマ区切り）</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>コメント：</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>良い点、変更すべき点</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>評価者：</translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation>評価を追加</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評価</translation>
    </message>
</context>
<context>
    <name>reel::ui::RequestBar</name>
    <message>
        <source>Brand &amp;profile</source>
        <translation>ブランドプロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>Hoo&amp;k type</source>
        <translation>フックの種類(&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;motion</source>
        <translation>感情(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>目的(&amp;G)</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>長さ(&amp;G)</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>言語(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>トピック(&amp;T)</translation>
    </message>
    <message>
        <source>No brand profile</source>
        <translation>ブランドプロファイルなし</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>ブランドプロファイル</translation>
    </message>
    <message>
        <source>The brand the script is checked against: its banned words, hashtags and voice</source>
        <translation>台本のチェックに使うブランド：禁止語、ハッシュタグ、ボイス</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>フックの種類</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>感情</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>リールの長さ（秒）</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>台本の言語</translation>
    </message>
    <message>
        <source>The language the script is written in: word counts, spelling and speaking rate follow it</source>
        <translation>台本の言語。単語数、スペル、話す速度はこの言語に従います</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with; the hook is checked against it</source>
        <translation>台本の冒頭に使うフックの種類。フックはこれに照らしてチェックされます</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave; the tone is checked against it (English)</source>
        <translation>リールが残すべき感情。トーンはこれに照らしてチェックされます（英語）</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>トピック</translation>
    </message>
    <message>
        <source>What the Reel is about (optional)</source>
        <translation>リールの内容（任意）</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleLimitsEditor</name>
    <message>
        <source>Limit</source>
        <translation>制限</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>This brand</source>
        <translation>このブランド</translation>
    </message>
    <message>
        <source>Tick a limit to give this brand its own value; the others follow the platform&apos;s rule pack.</source>
        <translation>チェックを入れた制限には、このブランド独自の値を設定できます。その他はプラットフォームのルールパックに従います。</translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation>ルールの制限</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleSettingText</name>
    <message>
        <source>Hook: fewest words</source>
        <translation>フック：最少語数</translation>
    </message>
    <message>
        <source>Hook: most words</source>
        <translation>フック：最多語数</translation>
    </message>
    <message>
        <source>Hook: seconds to say it</source>
        <translation>フック：読み上げ秒数</translation>
    </message>
    <message>
        <source>Body: fewest words</source>
        <translation>本文：最少語数</translation>
    </message>
    <message>
        <source>Body: most words</source>
        <translation>本文：最多語数</translation>
    </message>
    <message>
        <source>Call to action: fewest words</source>
        <translation>CTA：最少語数</translation>
    </message>
    <message>
        <source>Call to action: most words</source>
        <translation>CTA：最多語数</translation>
    </message>
    <message>
        <source>Caption: characters (hard limit)</source>
        <translation>キャプション：文字数（上限）</translation>
    </message>
    <message>
        <source>Caption: fewest characters recommended</source>
        <translation>キャプション：推奨最少文字数</translation>
    </message>
    <message>
        <source>Caption: most characters recommended</source>
        <translation>キャプション：推奨最多文字数</translation>
    </message>
    <message>
        <source>Caption: characters shown before “more”</source>
        <translation>キャプション：「続きを読む」の前に表示される文字数</translation>
    </message>
    <message>
        <source>Hashtags: most</source>
        <translation>ハッシュタグ：最多数</translation>
    </message>
    <message>
        <source>Hashtags: fewest</source>
        <translation>ハッシュタグ：最少数</translation>
    </message>
    <message>
        <source>Hashtag: most characters</source>
        <translation>ハッシュタグ：最多文字数</translation>
    </message>
    <message>
        <source>Duration: tolerance (0.15 = ±15 %)</source>
        <translation>長さ：許容範囲（0.15 = ±15 %）</translation>
    </message>
    <message>
        <source>Reel: most seconds</source>
        <translation>リール：最長秒数</translation>
    </message>
    <message>
        <source>Reel: seconds recommended for reach</source>
        <translation>リール：リーチのための推奨秒数</translation>
    </message>
    <message>
        <source>Sentence: most words</source>
        <translation>文：最多語数</translation>
    </message>
    <message>
        <source>Reading ease: lowest score</source>
        <translation>読みやすさ：最低スコア</translation>
    </message>
    <message>
        <source>Capitals: words in a row that read as shouting</source>
        <translation>大文字：叫んでいるように読める連続語数</translation>
    </message>
    <message>
        <source>Exclamation marks in a row: most</source>
        <translation>連続する感嘆符：最多数</translation>
    </message>
    <message>
        <source>Emoji in a row: most</source>
        <translation>連続する絵文字：最多数</translation>
    </message>
    <message>
        <source>Emoji per section: most</source>
        <translation>セクションあたりの絵文字：最多数</translation>
    </message>
    <message>
        <source>Same word per section: most uses</source>
        <translation>セクション内の同じ単語：最多使用回数</translation>
    </message>
    <message>
        <source>Repetition: shortest word counted</source>
        <translation>繰り返し：カウントする最短の単語</translation>
    </message>
    <message>
        <source>Tone: sentiment threshold</source>
        <translation>トーン：感情スコアのしきい値</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptDetailPanel</name>
    <message>
        <source>Moved to “%1”.</source>
        <extracomment>%1 the new status</extracomment>
        <translation>「%1」に移動しました。</translation>
    </message>
    <message>
        <source>Rating added.</source>
        <translation>評価を追加しました。</translation>
    </message>
    <message>
        <source>Figures saved.</source>
        <translation>数値を保存しました。</translation>
    </message>
    <message>
        <source>Restored as version %1.</source>
        <translation>バージョン %1 として復元しました。</translation>
    </message>
    <message>
        <source>Select a script to review it here.</source>
        <translation>台本を選択すると、ここでレビューできます。</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>無題の台本</translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>when the script was created</extracomment>
        <translation>作成：%1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>更新：%1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <extracomment>tokens sent and received</extracomment>
        <translation>%1 + %2 トークン</translation>
    </message>
    <message>
        <source>Score %1</source>
        <extracomment>the script&apos;s score in the platform checks, 0–100</extracomment>
        <translation>スコア %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>試行 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>ハッシュタグ</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>画面上のテキスト</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>サムネイルのテキスト</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>台本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>成果</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Current script</source>
        <translation>現在の台本</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptEditorPage</name>
    <message>
        <source>Script Editor</source>
        <translation>台本エディター</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Open a script file (Ctrl+O)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;New Script</source>
        <translation>新しい台本(&amp;N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Start a new, empty script</source>
        <translation>新しい空の台本を開始</translation>
    </message>
    <message>
        <source>&amp;Open Script…</source>
        <translation>台本を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open a script file</source>
        <translation>台本ファイルを開く</translation>
    </message>
    <message>
        <source>&amp;Save Script</source>
        <translation>台本を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>台本を保存</translation>
    </message>
    <message>
        <source>Save Script &amp;As…</source>
        <translation>名前を付けて台本を保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save the script to a new file</source>
        <translation>台本を新しいファイルに保存</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>次の問題</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>前の問題</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>No brand profile yet: the brand&apos;s banned words, competitors and hashtags are not checked. Create one on the Brand Profiles page.</source>
        <translation>ブランドプロファイルがまだないため、ブランドの禁止語、競合、ハッシュタグはチェックされません。ブランドプロファイルページで作成してください。</translation>
    </message>
    <message>
        <source>The new script has not been saved.</source>
        <translation>新しい台本はまだ保存されていません。</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>「%1」に未保存の変更があります。</translation>
    </message>
    <message>
        <source>New script. Start with the hook.</source>
        <translation>新しい台本です。フックから書き始めましょう。</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>台本を開く</translation>
    </message>
    <message>
        <source>Script files (*.json);;All files (*)</source>
        <translation>台本ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could Not Open the Script</source>
        <translation>台本を開けませんでした</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is not in this workspace.</source>
        <extracomment>%1 the brand named in the file</extracomment>
        <translation>この台本は「%1」向けに作成されていますが、このブランドはこのワークスペースにありません。</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 を開きました。</translation>
    </message>
    <message>
        <source>script</source>
        <extracomment>Suggested file name; %1 the brand&apos;s name</extracomment>
        <translation>台本</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>%1 台本</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>台本の保存</translation>
    </message>
    <message>
        <source>Saving as soon as the check of the latest changes is done…</source>
        <translation>最新の変更のチェックが終わり次第保存します…</translation>
    </message>
    <message>
        <source>Could Not Save the Script</source>
        <translation>台本を保存できませんでした</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <source>Applied: %1. Undo with %2.</source>
        <extracomment>%1 what the fix did, e.g. remove “fat”</extracomment>
        <translation>適用しました：%1。%2 で元に戻せます。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>無題の台本</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更があります</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is no longer in this workspace.</source>
        <extracomment>%1 the brand the script was generated for</extracomment>
        <translation>この台本は「%1」向けに作成されましたが、このブランドはもうこのワークスペースにありません。</translation>
    </message>
    <message>
        <source>Could not autosave: %1</source>
        <translation>自動保存できませんでした：%1</translation>
    </message>
    <message>
        <source>Could Not Save the Version</source>
        <translation>バージョンを保存できませんでした</translation>
    </message>
    <message>
        <source>Opened “%1” from the history. Edits are kept as versions automatically; %2 saves the version now.</source>
        <extracomment>%1 the script&apos;s title (its hook)</extracomment>
        <translation>履歴から「%1」を開きました。編集内容は自動的にバージョンとして保存されます。%2 で今すぐバージョンを保存できます。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>バージョン %1 として保存しました。</translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>バージョン %1 から変更はありません。</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <source>Version %1 (autosaved)</source>
        <translation>バージョン %1（自動保存）</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptFile</name>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>ファイルが 16 MiB を超えています</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptForm</name>
    <message>
        <source>&amp;Hook</source>
        <translation>フック(&amp;H)</translation>
    </message>
    <message>
        <source>The first words viewers hear: make them stop scrolling.</source>
        <translation>視聴者が最初に聞く言葉：スクロールを止めさせましょう。</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>本文(&amp;B)</translation>
    </message>
    <message>
        <source>The story, the tips, the proof: what the Reel says.</source>
        <translation>ストーリー、ヒント、根拠：リールで伝える内容。</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>CTA(&amp;C)</translation>
    </message>
    <message>
        <source>What viewers should do next, e.g. Book your free class today.</source>
        <translation>視聴者に次にしてほしいこと。例：今すぐ無料クラスを予約しましょう。</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>キャプション(&amp;P)</translation>
    </message>
    <message>
        <source>The post&apos;s caption. The first 125 characters show before “more”.</source>
        <translation>投稿のキャプション。「続きを読む」の前に表示されるのは最初の 125 文字です。</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>ハッシュタグ(&amp;T)</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#brand #topic（スペース区切り）</translation>
    </message>
    <message>
        <source>&amp;On-screen text</source>
        <translation>画面上のテキスト(&amp;O)</translation>
    </message>
    <message>
        <source>One line per text overlay</source>
        <translation>テキストオーバーレイごとに 1 行</translation>
    </message>
    <message>
        <source>&amp;Shots</source>
        <translation>ショット(&amp;S)</translation>
    </message>
    <message>
        <source>Th&amp;umbnail text</source>
        <translation>サムネイルのテキスト(&amp;U)</translation>
    </message>
    <message>
        <source>A few words on the cover image</source>
        <translation>カバー画像に入れる短い言葉</translation>
    </message>
    <message>
        <source>Add Shot</source>
        <translation>ショットを追加</translation>
    </message>
    <message>
        <source>Add a shot at the end of the list</source>
        <translation>リストの末尾にショットを追加</translation>
    </message>
    <message>
        <source>Add shot</source>
        <translation>ショットを追加</translation>
    </message>
    <message>
        <source>Remove Shot</source>
        <translation>ショットを削除</translation>
    </message>
    <message>
        <source>Remove the selected shot</source>
        <translation>選択したショットを削除</translation>
    </message>
    <message>
        <source>Remove shot</source>
        <translation>ショットを削除</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>キャプションの長さ</translation>
    </message>
    <message>
        <source>Hashtag count</source>
        <translation>ハッシュタグの数</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters used of the caption&apos;s limit, e.g. &quot;74 / 2,200&quot;
----------
Hashtags used of the platform&apos;s cap, e.g. &quot;3 / 5&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2 characters; the first %3 show before “more” (the mark).</source>
        <translation>%2 文字中 %1 文字。「続きを読む」の前に表示されるのは最初の %3 文字です（目印の位置）。</translation>
    </message>
    <message>
        <source>%1 hashtags of the %2 Instagram allows (hashtags in the caption count too).</source>
        <translation>ハッシュタグ %1 個（Instagram の上限は %2 個。キャプション内のハッシュタグも含みます）。</translation>
    </message>
</context>
<context>
    <name>reel::ui::SectionEditor</name>
    <message>
        <source>Spelling Suggestions</source>
        <translation>スペルの候補</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>検索しています…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>候補なし</translation>
    </message>
</context>
<context>
    <name>reel::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>モデルプロバイダー</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>プロバイダー(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Which model writes the scripts</source>
        <translation>台本を作成するモデル</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B)：</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible address, usually ending in /v1</source>
        <translation>サーバーの OpenAI 互換アドレス（通常は /v1 で終わります）</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>モデル(&amp;M)：</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>The model&apos;s id on the server; Refresh lists the models it offers</source>
        <translation>サーバー上のモデル ID。［更新］でサーバーが提供するモデルを一覧表示します</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>List the models the server offers</source>
        <translation>サーバーが提供するモデルを一覧表示</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K)：</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>キーを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>キーをシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <source>Remo&amp;ve Key</source>
        <translation>キーを削除(&amp;V)</translation>
    </message>
    <message>
        <source>Delete the saved key from the keychain</source>
        <translation>保存したキーをキーチェーンから削除</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Ask the server for its models with these settings</source>
        <translation>この設定でサーバーにモデルの一覧を要求</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>Temperature(&amp;T)：</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <source>Higher values give more varied scripts; lower, more predictable ones</source>
        <translation>値を高くすると台本のバリエーションが増え、低くすると予測しやすくなります</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens per answer:</source>
        <translation>回答あたりの最大トークン数(&amp;X)：</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>回答あたりの最大トークン数</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>サーバーの既定値</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>接続タイムアウト(&amp;C)：</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>接続タイムアウト（秒）</translation>
    </message>
    <message>
        <source>How long to wait for the server to accept the request</source>
        <translation>サーバーがリクエストを受け付けるまで待つ時間</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>無通信タイムアウト(&amp;I)：</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>無通信タイムアウト（秒）</translation>
    </message>
    <message>
        <source>The longest silence allowed while the answer streams in</source>
        <translation>回答のストリーミング中に許容される最長の無通信時間</translation>
    </message>
    <message>
        <source>&amp;Overall timeout:</source>
        <translation>全体のタイムアウト(&amp;O)：</translation>
    </message>
    <message>
        <source>Overall timeout in seconds</source>
        <translation>全体のタイムアウト（秒）</translation>
    </message>
    <message>
        <source>The longest a whole answer may take, retries included</source>
        <translation>回答全体にかけられる最長時間（再試行を含む）</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds, e.g. &quot;10 s&quot;</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>再試行(&amp;E)：</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>How often a request is sent again after a network error, a rate limit or a server error</source>
        <translation>ネットワークエラー、レート制限、サーバーエラーの後にリクエストを再送する回数</translation>
    </message>
    <message>
        <source>Re&amp;pairs:</source>
        <translation>修正(&amp;P)：</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>修正</translation>
    </message>
    <message>
        <source>How often a script with errors goes back to the model with the problems found</source>
        <translation>エラーのある台本を、見つかった問題とともにモデルに戻す回数</translation>
    </message>
    <message>
        <source>When the server cannot be reached, write with the &amp;offline composer</source>
        <translation>サーバーに接続できないときは、オフライン作成ツールで作成する(&amp;O)</translation>
    </message>
    <message>
        <source>Automatic: OpenAI with a key, else the offline composer</source>
        <translation>自動：キーがあれば OpenAI、なければオフライン作成ツール</translation>
    </message>
    <message>
        <source>Offline composer only</source>
        <translation>オフライン作成ツールのみ</translation>
    </message>
    <message>
        <source>e.g. https://models.example.com/v1</source>
        <translation>例：https://models.example.com/v1</translation>
    </message>
    <message>
        <source>The model&apos;s id, e.g. llama3.1</source>
        <translation>モデルの ID。例：llama3.1</translation>
    </message>
    <message>
        <source>OpenAI when an API key is known (saved here or in OPENAI_API_KEY), else the offline composer.</source>
        <translation>API キーがわかっている場合（ここに保存、または OPENAI_API_KEY）は OpenAI、それ以外はオフライン作成ツールを使います。</translation>
    </message>
    <message>
        <source>Scripts are written on this computer from templates, with no model and no network: free and private, but less varied.</source>
        <translation>台本はこのコンピューター上でテンプレートから作成されます。モデルもネットワークも使わないため、無料でプライベートですが、バリエーションは少なくなります。</translation>
    </message>
    <message>
        <source>OpenAI&apos;s API. It needs an API key and charges per token (see Prices).</source>
        <translation>OpenAI の API。API キーが必要で、トークン単位で課金されます（価格を参照）。</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API: enter its base URL and model.</source>
        <translation>OpenAI API に対応した任意のサーバー。ベース URL とモデルを入力してください。</translation>
    </message>
    <message>
        <source>A model server on this computer: start it first. A key is usually not needed.</source>
        <translation>このコンピューター上のモデルサーバー。先に起動してください。通常、キーは不要です。</translation>
    </message>
    <message>
        <source>The offline composer needs no key.</source>
        <translation>オフライン作成ツールにキーは不要です。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Saved key: %1</source>
        <extracomment>%1 the hidden key with its last four characters, e.g. •••• 3xYz</extracomment>
        <translation>保存済みのキー：%1</translation>
    </message>
    <message>
        <source>Using the key from the OPENAI_API_KEY environment variable. A key saved here is used instead.</source>
        <translation>環境変数 OPENAI_API_KEY のキーを使用しています。ここにキーを保存すると、そちらが使用されます。</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>キーチェーンを読み込んでいます…</translation>
    </message>
    <message>
        <source>No key saved; a server on this computer usually needs none.</source>
        <translation>キーは保存されていません。このコンピューター上のサーバーでは通常は不要です。</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>キーは保存されていません。</translation>
    </message>
    <message>
        <source>Enter a new key to replace it</source>
        <translation>置き換えるには新しいキーを入力</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API キーを貼り付け</translation>
    </message>
    <message>
        <source>The system keychain is not available. The key is kept for this session only and never written to disk.</source>
        <translation>システムのキーチェーンを利用できません。キーはこのセッションの間だけ保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key is kept for this session only and never written to disk.</source>
        <translation>システムのキーチェーンを利用できません（%1）。キーはこのセッションの間だけ保持され、ディスクには書き込まれません。</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>キーは保存されませんでした：%1</translation>
    </message>
    <message>
        <source>The key was saved in the system keychain.</source>
        <translation>キーをシステムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <extracomment>%1 the provider, e.g. OpenAI</extracomment>
        <translation>キーの削除</translation>
    </message>
    <message>
        <source>Remove the saved API key for %1 from the keychain?</source>
        <translation>%1 の保存済み API キーをキーチェーンから削除しますか？</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>キーは削除されませんでした：%1</translation>
    </message>
    <message>
        <source>No API key is known, so the offline composer writes; it needs no connection.</source>
        <translation>API キーがないため、オフライン作成ツールで作成します。接続は不要です。</translation>
    </message>
    <message>
        <source>The offline composer needs no connection.</source>
        <translation>オフライン作成ツールに接続は不要です。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, e.g. %1</source>
        <translation>サーバーのベース URL を入力してください。例：%1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models. Check the base URL (it usually ends in /v1).</source>
        <translation>サーバーは応答しましたが、モデルの一覧ではありませんでした。ベース URL を確認してください（通常は /v1 で終わります）。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model.</source>
        <translation>
            <numerusform>接続しました。サーバーは %n 個のモデルを提供しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n models.</source>
        <translation>
            <numerusform>接続しました。サーバーは %n 個のモデルを提供しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model listed.</source>
        <translation>
            <numerusform>%n 個のモデルが一覧にあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models listed.</source>
        <translation>
            <numerusform>%n 個のモデルが一覧にあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not among them.</source>
        <extracomment>%1 the model id set above</extracomment>
        <translation>「%1」はその中にありません。</translation>
    </message>
</context>
<context>
    <name>reel::ui::ShotsModel</name>
    <message>
        <source>The shot must end after it starts.</source>
        <translation>ショットの終了は開始より後にしてください。</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>開始（秒）</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>終了（秒）</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>映像</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>ナレーション</translation>
    </message>
</context>
<context>
    <name>reel::ui::StatusPanel</name>
    <message>
        <source>Say why the script is rejected: the writer reads this.</source>
        <translation>却下の理由を入力してください。作成者が読みます。</translation>
    </message>
    <message>
        <source>Say why the script goes back: the writer reads this.</source>
        <translation>差し戻しの理由を入力してください。作成者が読みます。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a status change: %1 from, %2 to</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who changed the status and when: %1 name, %2 date and time</extracomment>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>ステータスの変更はまだありません。</translation>
    </message>
    <message>
        <source>Required: why this move?</source>
        <translation>必須：この変更の理由</translation>
    </message>
    <message>
        <source>Optional note for the team</source>
        <translation>チームへのメモ（任意）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>コメント：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>ステータス：</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>移動先：</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>変更者：</translation>
    </message>
    <message>
        <source>Your name, kept with the change (remembered for next time)</source>
        <translation>変更とともに記録される名前（次回のために記憶されます）</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>ステータスを変更</translation>
    </message>
    <message>
        <source>Published scripts stay published.</source>
        <translation>公開済みの台本は公開済みのままです。</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>ステータスの履歴</translation>
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
        <translation>新しい項目</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>項目を追加</translation>
    </message>
    <message>
        <source>Remove selected entries</source>
        <translation>選択した項目を削除</translation>
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
        <translation>入力した項目を追加 (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>選択した項目を削除 (Delete)</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>項目をダブルクリックして編集</translation>
    </message>
    <message>
        <source>An entry cannot be empty; use Remove to delete it.</source>
        <translation>項目を空にはできません。削除するには［削除］を使ってください。</translation>
    </message>
</context>
<context>
    <name>reel::ui::SummaryTiles</name>
    <message>
        <source>Scripts</source>
        <translation>台本</translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation>
            <numerusform>%n 週間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n weeks</source>
        <translation>
            <numerusform>%n 週間</numerusform>
        </translation>
    </message>
    <message>
        <source>Model / offline composer</source>
        <extracomment>the number of scripts written by a model and by the offline composer, e.g. &quot;5 / 2&quot;</extracomment>
        <translation>モデル / オフライン作成ツール</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 written by a model</source>
        <translation>%1 件をモデルが作成</translation>
    </message>
    <message>
        <source>Average generation time</source>
        <translation>平均生成時間</translation>
    </message>
    <message>
        <source>Model scripts: %1</source>
        <translation>モデルによる台本：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 the scripts that failed, %n all scripts</extracomment>
        <translation>
            <numerusform>%n 件中 %1 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%n 件中 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed validation at first attempt</source>
        <translation>初回の検証で失敗</translation>
    </message>
    <message>
        <source>Still failing after repair</source>
        <translation>修正後も失敗</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>プロンプト %1 · 補完 %2</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>コスト（USD）</translation>
    </message>
    <message>
        <source>%1 per model script</source>
        <translation>モデルによる台本 1 件あたり %1</translation>
    </message>
    <message>
        <source>%1 up · %2 down</source>
        <translation>高評価 %1 · 低評価 %2</translation>
    </message>
    <message>
        <source>%1 ★ average · %2</source>
        <extracomment>%1 the average stars, %2 the thumbs</extracomment>
        <translation>平均 %1 ★ · %2</translation>
    </message>
    <message>
        <source>Rated scripts</source>
        <translation>評価済みの台本</translation>
    </message>
</context>
<context>
    <name>reel::ui::VariantView</name>
    <message>
        <source>Variant %1</source>
        <extracomment>title of a variant&apos;s tab; %1 its number</extracomment>
        <translation>バリエーション %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a variant&apos;s tab once written; %1 &quot;Variant 2&quot;, %2 its validation score (0–100)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — 失敗</translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation>%1 — 停止</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>最初の言葉を待っています…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>作成しています…</translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problem…</source>
        <extracomment>%1 the attempt&apos;s number (2 = the first repair), %n the problems sent back to the model</extracomment>
        <translation>
            <numerusform>試行 %1：%n 件の問題を修正しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problems…</source>
        <translation>
            <numerusform>試行 %1：%n 件の問題を修正しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>エラーなし</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>警告なし</translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1: %2, %3.</source>
        <extracomment>%1 the score (0–100), %2 &quot;no errors&quot; / &quot;2 errors&quot;, %3 &quot;1 warning&quot;</extracomment>
        <translation>スコア %1：%2、%3。</translation>
    </message>
    <message>
        <source>Repaired once.</source>
        <translation>1 回修正しました。</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n times.</source>
        <translation>
            <numerusform>%n 回修正しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in the workspace.</source>
        <translation>ワークスペースに保存しました。</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>作成されませんでした：%1</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>停止しました。何も保存されていません。</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 トークン</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>time a variant took, e.g. &quot;4.2 s&quot;</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1～%2 秒</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>ハッシュタグ</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>画面上のテキスト</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>ショット</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>サムネイルのテキスト</translation>
    </message>
    <message>
        <source>The script appears here, section by section, as it is written.</source>
        <translation>作成中の台本が、セクションごとにここに表示されます。</translation>
    </message>
    <message>
        <source>written instead of the model: %1</source>
        <extracomment>why the offline composer wrote a variant; %1 what went wrong with the model server</extracomment>
        <translation>モデルの代わりに作成：%1</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionDiffDialog</name>
    <message>
        <source>Version %1 · %2 · %3 · %4</source>
        <extracomment>a version in the compare list: %1 number, %2 kind, %3 author, %4 date and time</extracomment>
        <translation>バージョン %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1（変更なし）</translation>
    </message>
    <message>
        <source>The same version is chosen on both sides.</source>
        <translation>両側で同じバージョンが選択されています。</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>2 つのバージョンのテキストは同じです。</translation>
    </message>
    <message numerus="yes">
        <source>%n section differs.</source>
        <translation>
            <numerusform>%n 個のセクションが異なります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections differ.</source>
        <translation>
            <numerusform>%n 個のセクションが異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>フック</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>キャプション</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>ハッシュタグ</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>画面上のテキスト</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>サムネイルのテキスト</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>バージョンの比較</translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation>バージョンの比較 — %1</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>古いバージョン</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>新しいバージョン</translation>
    </message>
    <message>
        <source>%1, left version</source>
        <extracomment>%1 a section of the script, e.g. &quot;Hook&quot;</extracomment>
        <translation>%1、左側のバージョン</translation>
    </message>
    <message>
        <source>%1, right version</source>
        <translation>%1、右側のバージョン</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionsPanel</name>
    <message>
        <source>%1 (current)</source>
        <extracomment>the version now in use, e.g. &quot;3 (current)&quot;</extracomment>
        <translation>%1（現在）</translation>
    </message>
    <message>
        <source>%1, autosaved</source>
        <translation>%1、自動保存</translation>
    </message>
    <message>
        <source>Make version %1 current again? It is saved as a new version %2; the versions in between stay in the history.</source>
        <extracomment>%1 the version to restore, %2 the number it will get</extracomment>
        <translation>バージョン %1 を現在のバージョンに戻しますか？新しいバージョン %2 として保存され、その間のバージョンは履歴に残ります。</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>バージョンの復元</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Could Not Restore the Version</source>
        <translation>バージョンを復元できませんでした</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>By</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Show two versions side by side with the changes marked</source>
        <translation>2 つのバージョンを並べて、変更箇所を表示</translation>
    </message>
    <message>
        <source>Make the selected version current again (kept as a new version)</source>
        <translation>選択したバージョンを現在のバージョンに戻す（新しいバージョンとして保存）</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>エディターで開く</translation>
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
        <translation>ブランドに合うボイスをすべてチェック（Space で切り替え）</translation>
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
