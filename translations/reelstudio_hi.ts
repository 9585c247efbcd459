<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>DocumentText</name>
    <message>
        <source>score %1, errors: %2, warnings: %3</source>
        <extracomment>the validation line of an exported script: the score out of 100, then the counts</extracomment>
        <translation>स्कोर %1, त्रुटियाँ: %2, चेतावनियाँ: %3</translation>
    </message>
</context>
<context>
    <name>WorkflowText</name>
    <message>
        <source>Draft</source>
        <translation>ड्राफ़्ट</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>समीक्षा में</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>प्रकाशित</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <source>Strong hook</source>
        <translation>दमदार हुक</translation>
    </message>
    <message>
        <source>On brand</source>
        <translation>ब्रांड के अनुरूप</translation>
    </message>
    <message>
        <source>Clear call to action</source>
        <translation>स्पष्ट कॉल टू ऐक्शन</translation>
    </message>
    <message>
        <source>Right length</source>
        <translation>सही लंबाई</translation>
    </message>
    <message>
        <source>Fresh idea</source>
        <translation>नया विचार</translation>
    </message>
    <message>
        <source>Weak hook</source>
        <translation>कमज़ोर हुक</translation>
    </message>
    <message>
        <source>Off brand</source>
        <translation>ब्रांड के अनुरूप नहीं</translation>
    </message>
    <message>
        <source>Too long</source>
        <translation>बहुत लंबा</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>बहुत छोटा</translation>
    </message>
    <message>
        <source>Unclear call to action</source>
        <translation>अस्पष्ट कॉल टू ऐक्शन</translation>
    </message>
    <message>
        <source>Factual error</source>
        <translation>तथ्यात्मक गलती</translation>
    </message>
    <message>
        <source>Wrong tone</source>
        <translation>गलत टोन</translation>
    </message>
</context>
<context>
    <name>WorkspaceInUse</name>
    <message>
        <source>Each workspace is open in one window at a time, so that two windows never save over each other&apos;s work. Switch to that window, or open another workspace.</source>
        <translation>हर वर्कस्पेस एक समय में केवल एक विंडो में खुला रहता है, ताकि दो विंडो कभी एक-दूसरे के काम के ऊपर न सहेजें। उस विंडो पर जाएँ, या कोई दूसरा वर्कस्पेस खोलें।</translation>
    </message>
    <message>
        <source>Open Another Workspace…</source>
        <translation>दूसरा वर्कस्पेस खोलें…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>वर्कस्पेस खोलें</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsCharts</name>
    <message>
        <source>Scripts per week</source>
        <translation>प्रति सप्ताह स्क्रिप्ट</translation>
    </message>
    <message>
        <source>Tokens and cost per month</source>
        <translation>प्रति माह टोकन और लागत</translation>
    </message>
    <message>
        <source>Offline composer and models</source>
        <translation>ऑफ़लाइन कंपोज़र और मॉडल</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <source>Top sectors</source>
        <translation>शीर्ष क्षेत्र</translation>
    </message>
    <message>
        <source>Top hook types</source>
        <translation>शीर्ष हुक प्रकार</translation>
    </message>
    <message>
        <source>Cost per brand</source>
        <translation>प्रति ब्रांड लागत</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Average generation time (s)</source>
        <translation>औसत जनरेशन समय (से.)</translation>
    </message>
    <message>
        <source>No scripts in this period.</source>
        <translation>इस अवधि में कोई स्क्रिप्ट नहीं।</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>स्क्रिप्ट</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of the weekly chart&apos;s axis over a long period (Qt date format)</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>No model tokens were used in this period. The offline composer costs nothing.</source>
        <translation>इस अवधि में किसी मॉडल टोकन का उपयोग नहीं हुआ। ऑफ़लाइन कंपोज़र की कोई लागत नहीं है।</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>प्रॉम्प्ट टोकन</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>कम्प्लीशन टोकन</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>लागत (USD)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(अज्ञात)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a slice of the provider chart: %1 the provider, %2 its scripts</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No script in this period has been rated yet.</source>
        <translation>इस अवधि की किसी स्क्रिप्ट को अभी तक रेटिंग नहीं मिली है।</translation>
    </message>
    <message>
        <source>%1★</source>
        <extracomment>a bar of the ratings chart: ratings with %1 stars</extracomment>
        <translation>%1★</translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>a bar of the ratings chart: thumbs up</extracomment>
        <translation>पसंद</translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>a bar of the ratings chart: thumbs down</extracomment>
        <translation>नापसंद</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>स्टार</translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation>थम्स</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ब्रांड</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(कोई ब्रांड नहीं)</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>प्रॉम्प्ट %1 · कम्प्लीशन %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation>अवधि (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>से (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>तक (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation>ब्रांड (&amp;B):</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>पिछले 30 दिन</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>पिछले 90 दिन</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>यह वर्ष</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>पूरा समय</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>कस्टम अवधि</translation>
    </message>
    <message>
        <source>First script</source>
        <extracomment>shown in the &quot;From&quot; date field when the period starts with the first script</extracomment>
        <translation>पहली स्क्रिप्ट</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of the period fields (Qt date format)
----------
date format of the period in the copied summary (Qt date format)</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>सभी ब्रांड</translation>
    </message>
    <message>
        <source>The period whose scripts are counted</source>
        <translation>वह अवधि जिसकी स्क्रिप्ट गिनी जाती हैं</translation>
    </message>
    <message>
        <source>Count the scripts of one brand only</source>
        <translation>केवल एक ब्रांड की स्क्रिप्ट गिनें</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>a period: %1 first day, %2 last day</extracomment>
        <translation>%1 तक</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation>एनालिटिक्स</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the summary figures as text</source>
        <translation>सारांश आँकड़े टेक्स्ट के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Write every figure of this period to a CSV file</source>
        <translation>इस अवधि का हर आँकड़ा CSV फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Analytics figures</source>
        <translation>एनालिटिक्स आँकड़े</translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation>आँकड़ों की गणना नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>अपडेट हो रहा है…</translation>
    </message>
    <message>
        <source>Counting the scripts…</source>
        <translation>स्क्रिप्ट गिनी जा रही हैं…</translation>
    </message>
    <message>
        <source>No scripts yet. Scripts you generate are counted here: how many, what they cost and how they were rated.</source>
        <translation>अभी कोई स्क्रिप्ट नहीं। आपकी जनरेट की गई स्क्रिप्ट यहाँ गिनी जाती हैं: कितनी हैं, उनकी लागत क्या रही और उन्हें कैसी रेटिंग मिली।</translation>
    </message>
    <message>
        <source>No script was created in this period.</source>
        <translation>इस अवधि में कोई स्क्रिप्ट नहीं बनाई गई।</translation>
    </message>
    <message>
        <source>No script of %1 was created in this period.</source>
        <translation>इस अवधि में %1 की कोई स्क्रिप्ट नहीं बनाई गई।</translation>
    </message>
    <message>
        <source>Choose a longer period or another brand.</source>
        <translation>लंबी अवधि या कोई दूसरा ब्रांड चुनें।</translation>
    </message>
    <message>
        <source>Export Analytics</source>
        <translation>एनालिटिक्स निर्यात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>निर्यात विफल</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message>
        <source>Exported the figures to %1.</source>
        <translation>आँकड़े %1 में निर्यात किए गए।</translation>
    </message>
    <message>
        <source>Copied the summary to the clipboard.</source>
        <translation>सारांश क्लिपबोर्ड पर कॉपी किया गया।</translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsText</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a generation time in milliseconds</extracomment>
        <translation>%1 मि.से.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a generation time in seconds</extracomment>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a generation time in minutes and seconds</extracomment>
        <translation>%1 मि. %2 से.</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage, e.g. &quot;25%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of a week on the chart&apos;s axis when the weeks span years (Qt date format)</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>date format of a week on the chart&apos;s axis (Qt date format: MMM = month name, d = day)</extracomment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of a month on the chart&apos;s axis (Qt date format: MMM = month name, yyyy = year)</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Reel Studio analytics: %1</source>
        <extracomment>heading of the copied summary; %1 the period and brand</extracomment>
        <translation>Reel Studio एनालिटिक्स: %1</translation>
    </message>
    <message>
        <source>Scripts: %1</source>
        <translation>स्क्रिप्ट: %1</translation>
    </message>
    <message>
        <source>Written by a model: %1</source>
        <translation>मॉडल द्वारा लिखी गईं: %1</translation>
    </message>
    <message>
        <source>Written by the offline composer: %1</source>
        <translation>ऑफ़लाइन कंपोज़र द्वारा लिखी गईं: %1</translation>
    </message>
    <message>
        <source>Average generation time: %1</source>
        <translation>औसत जनरेशन समय: %1</translation>
    </message>
    <message>
        <source>Average generation time of model scripts: %1</source>
        <translation>मॉडल स्क्रिप्ट का औसत जनरेशन समय: %1</translation>
    </message>
    <message>
        <source>Failed validation at the first attempt: %1 (%2)</source>
        <translation>पहले प्रयास में सत्यापन विफल: %1 (%2)</translation>
    </message>
    <message>
        <source>Still failing after repair: %1 (%2)</source>
        <translation>सुधार के बाद भी विफल: %1 (%2)</translation>
    </message>
    <message>
        <source>Tokens: %1 (prompt %2, completion %3)</source>
        <translation>टोकन: %1 (प्रॉम्प्ट %2, कम्प्लीशन %3)</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>लागत: %1</translation>
    </message>
    <message>
        <source>Rated scripts: %1</source>
        <translation>रेटिंग वाली स्क्रिप्ट: %1</translation>
    </message>
    <message>
        <source>Average stars: %1</source>
        <translation>औसत स्टार: %1</translation>
    </message>
    <message>
        <source>Thumbs up: %1, thumbs down: %2</source>
        <translation>पसंद: %1, नापसंद: %2</translation>
    </message>
    <message>
        <source>Cost per brand:</source>
        <translation>प्रति ब्रांड लागत:</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n script, %2 tokens, %3</source>
        <extracomment>one line of the cost per brand: %1 brand, %n scripts, %2 tokens, %3 cost</extracomment>
        <translation>
            <numerusform>%1: %n स्क्रिप्ट, %2 टोकन, %3</numerusform>
            <numerusform>%1: %n स्क्रिप्ट, %2 टोकन, %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scripts, %2 tokens, %3</source>
        <translation>
            <numerusform>%1: %n स्क्रिप्ट, %2 टोकन, %3</numerusform>
            <numerusform>%1: %n स्क्रिप्ट, %2 टोकन, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation>(कोई ब्रांड नहीं)</translation>
    </message>
</context>
<context>
    <name>reel::ui::CatalogText</name>
    <message>
        <source>Fitness</source>
        <comment>sector</comment>
        <translation>फ़िटनेस</translation>
    </message>
    <message>
        <source>Finance</source>
        <comment>sector</comment>
        <translation>वित्त</translation>
    </message>
    <message>
        <source>Fashion</source>
        <comment>sector</comment>
        <translation>फ़ैशन</translation>
    </message>
    <message>
        <source>Beauty</source>
        <comment>sector</comment>
        <translation>सौंदर्य</translation>
    </message>
    <message>
        <source>Productivity</source>
        <comment>sector</comment>
        <translation>उत्पादकता</translation>
    </message>
    <message>
        <source>Pets</source>
        <comment>sector</comment>
        <translation>पालतू जानवर</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>sector</comment>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>Wellness</source>
        <comment>sector</comment>
        <translation>वेलनेस</translation>
    </message>
    <message>
        <source>Technology</source>
        <comment>sector</comment>
        <translation>प्रौद्योगिकी</translation>
    </message>
    <message>
        <source>Food</source>
        <comment>sector</comment>
        <translation>भोजन</translation>
    </message>
    <message>
        <source>Travel</source>
        <comment>sector</comment>
        <translation>यात्रा</translation>
    </message>
    <message>
        <source>Real estate</source>
        <comment>sector</comment>
        <translation>रियल एस्टेट</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>hook type</comment>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Bold claim</source>
        <comment>hook type</comment>
        <translation>साहसिक दावा</translation>
    </message>
    <message>
        <source>Relatable</source>
        <comment>hook type</comment>
        <translation>अपनापन भरा</translation>
    </message>
    <message>
        <source>Shocking</source>
        <comment>hook type</comment>
        <translation>चौंकाने वाला</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>hook type</comment>
        <translation>जिज्ञासा</translation>
    </message>
    <message>
        <source>Statistic</source>
        <comment>hook type</comment>
        <translation>आँकड़ा</translation>
    </message>
    <message>
        <source>Story</source>
        <comment>hook type</comment>
        <translation>कहानी</translation>
    </message>
    <message>
        <source>Excitement</source>
        <comment>emotion</comment>
        <translation>उत्साह</translation>
    </message>
    <message>
        <source>Curiosity</source>
        <comment>emotion</comment>
        <translation>जिज्ञासा</translation>
    </message>
    <message>
        <source>Urgency</source>
        <comment>emotion</comment>
        <translation>तात्कालिकता</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <comment>emotion</comment>
        <translation>प्रेरणा</translation>
    </message>
    <message>
        <source>Fear</source>
        <comment>emotion</comment>
        <translation>डर</translation>
    </message>
    <message>
        <source>Joy</source>
        <comment>emotion</comment>
        <translation>आनंद</translation>
    </message>
    <message>
        <source>Surprise</source>
        <comment>emotion</comment>
        <translation>आश्चर्य</translation>
    </message>
    <message>
        <source>Frustration</source>
        <comment>emotion</comment>
        <translation>निराशा</translation>
    </message>
    <message>
        <source>Awareness</source>
        <comment>goal</comment>
        <translation>जागरूकता</translation>
    </message>
    <message>
        <source>Engagement</source>
        <comment>goal</comment>
        <translation>सहभागिता</translation>
    </message>
    <message>
        <source>Conversion</source>
        <comment>goal</comment>
        <translation>रूपांतरण</translation>
    </message>
    <message>
        <source>Lead generation</source>
        <comment>goal</comment>
        <translation>लीड जनरेशन</translation>
    </message>
    <message>
        <source>Community</source>
        <comment>goal</comment>
        <translation>समुदाय</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>goal</comment>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>Product launch</source>
        <comment>goal</comment>
        <translation>उत्पाद लॉन्च</translation>
    </message>
    <message>
        <source>Direct</source>
        <comment>CTA style</comment>
        <translation>सीधा</translation>
    </message>
    <message>
        <source>Soft</source>
        <comment>CTA style</comment>
        <translation>सौम्य</translation>
    </message>
    <message>
        <source>Question</source>
        <comment>CTA style</comment>
        <translation>प्रश्न</translation>
    </message>
    <message>
        <source>Command</source>
        <comment>CTA style</comment>
        <translation>आदेशात्मक</translation>
    </message>
    <message>
        <source>Professional</source>
        <comment>brand voice</comment>
        <translation>पेशेवर</translation>
    </message>
    <message>
        <source>Friendly</source>
        <comment>brand voice</comment>
        <translation>दोस्ताना</translation>
    </message>
    <message>
        <source>Energetic</source>
        <comment>brand voice</comment>
        <translation>ऊर्जावान</translation>
    </message>
    <message>
        <source>Motivational</source>
        <comment>brand voice</comment>
        <translation>प्रेरक</translation>
    </message>
    <message>
        <source>Authentic</source>
        <comment>brand voice</comment>
        <translation>प्रामाणिक</translation>
    </message>
    <message>
        <source>Casual</source>
        <comment>brand voice</comment>
        <translation>सहज</translation>
    </message>
    <message>
        <source>Humorous</source>
        <comment>brand voice</comment>
        <translation>विनोदी</translation>
    </message>
    <message>
        <source>Authoritative</source>
        <comment>brand voice</comment>
        <translation>आधिकारिक</translation>
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
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>Do you want to save your changes?</source>
        <translation>क्या आप अपने बदलाव सहेजना चाहते हैं?</translation>
    </message>
</context>
<context>
    <name>reel::ui::DocumentText</name>
    <message>
        <source>Brand</source>
        <translation>ब्रांड</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>किसने बनाया</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>प्रदर्शन</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>मुख्य भाग</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>कॉल टू एक्शन</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>हैशटैग</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>स्क्रीन पर टेक्स्ट</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>शॉट</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>वॉइस-ओवर</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>थंबनेल टेक्स्ट</translation>
    </message>
</context>
<context>
    <name>reel::ui::DurationGauges</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;24.8 s&quot;</extracomment>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>Spoken length</source>
        <translation>बोलने की अवधि</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>मुख्य भाग</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Total spoken length</source>
        <translation>बोलने की कुल अवधि</translation>
    </message>
    <message>
        <source>Hook length</source>
        <translation>हुक की अवधि</translation>
    </message>
    <message>
        <source>Body length</source>
        <translation>मुख्य भाग की अवधि</translation>
    </message>
    <message>
        <source>CTA length</source>
        <translation>CTA की अवधि</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length, e.g. &quot;24.8 s / 30 s&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>About %1 to say; the Reel is %2 long.</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length</extracomment>
        <translation>बोलने में लगभग %1; रील %2 लंबी है।</translation>
    </message>
    <message>
        <source>Fits between %1 and %2 (±%3 %)</source>
        <extracomment>%1 and %2 the range that fits the Reel, %3 the tolerance in percent</extracomment>
        <translation>%1 और %2 के बीच फ़िट होता है (±%3 %)</translation>
    </message>
    <message>
        <source>The hook should land within %1.</source>
        <translation>हुक %1 के भीतर पूरा होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>reel::ui::ErrorText</name>
    <message>
        <source>text</source>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>पूर्ण संख्या</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>संख्या</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>सही या गलत</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>सूची</translation>
    </message>
    <message>
        <source>a list of texts</source>
        <translation>टेक्स्ट की सूची</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ऑब्जेक्ट</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>कुछ नहीं (null)</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2): %3</source>
        <extracomment>%1 line, %2 column, %3 the JSON parser&apos;s own message (English)</extracomment>
        <translation>फ़ाइल मान्य JSON नहीं है (पंक्ति %1, कॉलम %2): %3</translation>
    </message>
    <message>
        <source>This field is missing.</source>
        <translation>यह फ़ील्ड मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <extracomment>%1 expected kind of value, %2 the kind found, e.g. &quot;Expected a list, found text.&quot;</extracomment>
        <translation>%1 अपेक्षित था, %2 मिला।</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>यह फ़ील्ड आवश्यक है।</translation>
    </message>
    <message>
        <source>Use at most %1 characters (now %2).</source>
        <translation>अधिकतम %1 अक्षर रखें (अभी %2)।</translation>
    </message>
    <message>
        <source>Use at most %1 entries (now %2).</source>
        <translation>अधिकतम %1 प्रविष्टियाँ रखें (अभी %2)।</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 seconds (now %3).</source>
        <translation>%1 और %2 सेकंड के बीच होना चाहिए (अभी %3)।</translation>
    </message>
    <message>
        <source>Must be between %1 and %2 (now %3).</source>
        <translation>%1 और %2 के बीच होना चाहिए (अभी %3)।</translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of: %2.</source>
        <extracomment>%1 the value found, %2 the allowed values separated by commas</extracomment>
        <translation>“%1” की यहाँ अनुमति नहीं है; इनमें से एक का उपयोग करें: %2।</translation>
    </message>
    <message>
        <source>Must come after %1 (%2), but is %3.</source>
        <extracomment>%1 the other field, %2 its value, %3 this field&apos;s value</extracomment>
        <translation>%1 (%2) के बाद होना चाहिए, लेकिन %3 है।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the location in the file (e.g. brand_profile.sector), %2 what is wrong there</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(पूरी फ़ाइल)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… और %n समस्या।</numerusform>
            <numerusform>… और %n समस्याएँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <extracomment>%1 file path, %2 the reason given by the system</extracomment>
        <translation>“%1” पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” में लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 uses format version %2, but this version of Reel Studio reads up to version %3. Update Reel Studio to open it.</source>
        <extracomment>%1 what was read (e.g. a file name), %2 its format version, %3 the newest version this build reads</extracomment>
        <translation>%1 फ़ॉर्मैट संस्करण %2 का उपयोग करता है, लेकिन Reel Studio का यह संस्करण केवल संस्करण %3 तक पढ़ सकता है। इसे खोलने के लिए Reel Studio अपडेट करें।</translation>
    </message>
    <message>
        <source>The workspace folder “%1” cannot be used: %2</source>
        <translation>वर्कस्पेस फ़ोल्डर “%1” का उपयोग नहीं किया जा सकता: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer Reel Studio (schema version %2; this version knows up to %3). It was left untouched. Update Reel Studio to open it.</source>
        <translation>वर्कस्पेस “%1” को Reel Studio के नए संस्करण ने लिखा है (स्कीमा संस्करण %2; यह संस्करण %3 तक जानता है)। इसे बदला नहीं गया। इसे खोलने के लिए Reel Studio अपडेट करें।</translation>
    </message>
    <message>
        <source>The workspace database “%1” is damaged (%2). It was left untouched. Restore it from a backup or choose another workspace.</source>
        <translation>वर्कस्पेस डेटाबेस “%1” क्षतिग्रस्त है (%2)। इसे बदला नहीं गया। इसे बैकअप से पुनर्स्थापित करें या कोई दूसरा वर्कस्पेस चुनें।</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database, but not a Reel Studio workspace. It was left untouched.</source>
        <translation>“%1” एक SQLite डेटाबेस है, लेकिन Reel Studio वर्कस्पेस नहीं है। इसे बदला नहीं गया।</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded to schema version %2 (%3). Nothing was changed.</source>
        <translation>वर्कस्पेस “%1” को स्कीमा संस्करण %2 में अपग्रेड नहीं किया जा सका (%3)। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>A database error occurred while %1: %2</source>
        <extracomment>%1 what the app was doing (English, from the database layer), %2 the database&apos;s message</extracomment>
        <translation>%1 के दौरान डेटाबेस त्रुटि हुई: %2</translation>
    </message>
    <message>
        <source>Could not find %1 “%2”. It may have been deleted.</source>
        <extracomment>%1 the kind of thing (English), %2 its name or number</extracomment>
        <translation>%1 “%2” नहीं मिला। हो सकता है इसे हटा दिया गया हो।</translation>
    </message>
    <message>
        <source>A brand profile named “%1” already exists.</source>
        <translation>“%1” नाम की ब्रांड प्रोफ़ाइल पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>यह प्रविष्टि खाली है।</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>तारीख (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>The example library already holds this script (example %1).</source>
        <extracomment>%1 the number of the example that already holds the same text</extracomment>
        <translation>उदाहरण लाइब्रेरी में यह स्क्रिप्ट पहले से है (उदाहरण %1)।</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>अनुरोध रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>The model server did not accept the connection in time. Check the base URL and that the server is running.</source>
        <translation>मॉडल सर्वर ने समय पर कनेक्शन स्वीकार नहीं किया। बेस URL जाँचें और देखें कि सर्वर चल रहा है।</translation>
    </message>
    <message>
        <source>The model server stopped sending data. It may be overloaded; try again.</source>
        <translation>मॉडल सर्वर ने डेटा भेजना बंद कर दिया। हो सकता है उस पर अधिक लोड हो; फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The model server took longer than the time allowed for a whole answer.</source>
        <translation>मॉडल सर्वर ने पूरे उत्तर के लिए तय समय से अधिक समय लिया।</translation>
    </message>
    <message>
        <source>The model server cannot be reached. Check the base URL and your connection.</source>
        <translation>मॉडल सर्वर तक नहीं पहुँचा जा सकता। बेस URL और अपना कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>The model server failed several times in a row; requests are paused for a moment.</source>
        <translation>मॉडल सर्वर लगातार कई बार विफल रहा; अनुरोध कुछ देर के लिए रोके गए हैं।</translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation>मॉडल ने अनुरोध अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s length limit.</source>
        <translation>उत्तर मॉडल की लंबाई सीमा पर कट गया।</translation>
    </message>
    <message>
        <source>The answer was stopped by the provider&apos;s content filter.</source>
        <translation>उत्तर को प्रदाता के कंटेंट फ़िल्टर ने रोक दिया।</translation>
    </message>
    <message>
        <source>The model server sent an answer that cannot be read.</source>
        <translation>मॉडल सर्वर ने ऐसा उत्तर भेजा जिसे पढ़ा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The model server rejected the API key. Check your key in Settings.</source>
        <translation>मॉडल सर्वर ने API कुंजी अस्वीकार कर दी। सेटिंग्स में अपनी कुंजी जाँचें।</translation>
    </message>
    <message>
        <source>The API key is not allowed to use this model or endpoint.</source>
        <translation>इस API कुंजी को इस मॉडल या एंडपॉइंट के उपयोग की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The model or endpoint does not exist on this server. Check the model name and base URL.</source>
        <translation>इस सर्वर पर यह मॉडल या एंडपॉइंट मौजूद नहीं है। मॉडल का नाम और बेस URL जाँचें।</translation>
    </message>
    <message>
        <source>The account has no quota left. Check your plan and billing.</source>
        <translation>खाते में कोई कोटा शेष नहीं है। अपना प्लान और बिलिंग जाँचें।</translation>
    </message>
    <message>
        <source>The model server&apos;s rate limit was reached. Wait a moment and try again.</source>
        <translation>मॉडल सर्वर की रेट सीमा पूरी हो गई। थोड़ी देर रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The model server had an internal error (HTTP %1).</source>
        <translation>मॉडल सर्वर में आंतरिक त्रुटि हुई (HTTP %1)।</translation>
    </message>
    <message>
        <source>The model server answered with an error (HTTP %1).</source>
        <translation>मॉडल सर्वर ने त्रुटि के साथ उत्तर दिया (HTTP %1)।</translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <extracomment>%1 the sentence above, %2 the server&apos;s own message (usually English)</extracomment>
        <translation>%1 सर्वर का संदेश: %2</translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation>(अनुरोध id: %1)</translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <extracomment>%1 what was cancelled (English, e.g. &quot;index rebuild&quot;)</extracomment>
        <translation>रद्द किया गया: %1।</translation>
    </message>
    <message>
        <source>A script that is “%1” cannot be moved to “%2”.</source>
        <extracomment>%1 the script&apos;s status, %2 the status asked for (both translated)</extracomment>
        <translation>“%1” स्थिति वाली स्क्रिप्ट को “%2” में नहीं ले जाया जा सकता।</translation>
    </message>
    <message>
        <source>The file nests lists and objects more than %3 levels deep (line %1, column %2). Reel Studio reads files nested at most %3 levels deep.</source>
        <extracomment>%1 line, %2 column, %3 the most levels of nested lists and objects Reel Studio reads</extracomment>
        <translation>फ़ाइल में सूचियाँ और ऑब्जेक्ट %3 स्तरों से अधिक गहराई तक नेस्ट किए गए हैं (पंक्ति %1, कॉलम %2)। Reel Studio अधिकतम %3 स्तरों तक नेस्ट की गई फ़ाइलें ही पढ़ता है।</translation>
    </message>
    <message>
        <source>This is larger than %1, the limit (found %2).</source>
        <extracomment>%1 the size limit (e.g. &quot;16 MiB&quot;), %2 the size found</extracomment>
        <translation>यह %1 की सीमा से बड़ा है (%2 मिला)।</translation>
    </message>
    <message>
        <source>This name is not one Reel Studio knows. Known names: %1.</source>
        <extracomment>%1 the names this version knows, separated by commas</extracomment>
        <translation>यह नाम Reel Studio नहीं जानता। ज्ञात नाम: %1।</translation>
    </message>
    <message>
        <source>The model server&apos;s answer was larger than Reel Studio accepts (32 MiB) and was dropped.</source>
        <translation>मॉडल सर्वर का उत्तर Reel Studio की स्वीकार्य सीमा (32 MiB) से बड़ा था, इसलिए उसे छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>The model server redirected the request to another address. Reel Studio does not follow such redirects, so that your API key only goes to the server you chose. Set the new address as the base URL in Settings if you trust it.</source>
        <translation>मॉडल सर्वर ने अनुरोध को किसी दूसरे पते पर रीडायरेक्ट किया। Reel Studio ऐसे रीडायरेक्ट का पालन नहीं करता, ताकि आपकी API कुंजी केवल आपके चुने हुए सर्वर तक ही जाए। अगर आपको नए पते पर भरोसा है, तो उसे सेटिंग्स में बेस URL के रूप में सेट करें।</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most Reel Studio reads for this kind of file (found %3). Nothing was changed.</source>
        <extracomment>%1 file name, %2 the size limit (e.g. &quot;128 MiB&quot;), %3 the size found (English, e.g. &quot;200 MiB&quot;)</extracomment>
        <translation>“%1” %2 से बड़ी है, जो इस तरह की फ़ाइल के लिए Reel Studio द्वारा पढ़ा जाने वाला अधिकतम आकार है (%3 मिला)। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>“%1” is empty. Nothing was changed.</source>
        <translation>“%1” खाली है। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>“%1” is not a text file (binary data at byte %2). Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>“%1” टेक्स्ट फ़ाइल नहीं है (बाइट %2 पर बाइनरी डेटा)। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 text (an invalid byte sequence at byte %2). Save it as UTF-8 and try again. Nothing was changed.</source>
        <extracomment>%1 file name, %2 byte offset</extracomment>
        <translation>“%1” UTF-8 टेक्स्ट नहीं है (बाइट %2 पर अमान्य बाइट क्रम)। इसे UTF-8 के रूप में सहेजें और फिर से कोशिश करें। कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The workspace “%1” is already open in another Reel Studio window (process %2 on %3).</source>
        <extracomment>%1 workspace folder, %2 process id, %3 computer name</extracomment>
        <translation>वर्कस्पेस “%1” पहले से Reel Studio की किसी दूसरी विंडो में खुला है (%3 पर प्रोसेस %2)।</translation>
    </message>
    <message>
        <source>Nothing was written: these files already exist in “%1”: %2.</source>
        <extracomment>%1 a folder, %2 file names separated by commas</extracomment>
        <translation>कुछ भी नहीं लिखा गया: ये फ़ाइलें “%1” में पहले से मौजूद हैं: %2।</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ after #, with no spaces.</source>
        <extracomment>%1 the value typed</extracomment>
        <translation>“%1” एक हैशटैग नहीं है: # के बाद केवल अक्षर, अंक और _ लिखें, बिना स्पेस के।</translation>
    </message>
    <message>
        <source>“%1” is not an age range: write it like 25-40 or 55+, with ages from %2 to %3 and the first not above the second.</source>
        <extracomment>%1 the value typed, %2 the lowest age, %3 the highest age</extracomment>
        <translation>“%1” आयु सीमा नहीं है: इसे 25-40 या 55+ की तरह लिखें, आयु %2 से %3 के बीच हो और पहली संख्या दूसरी से बड़ी न हो।</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleChecks</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a finding in the checks list: %1 the section (Hook, Body…), %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checks against the platform&apos;s rules, as the Script Editor makes them. They help you judge the example; they do not stop you saving it.</source>
        <translation>प्लेटफ़ॉर्म के नियमों के अनुसार जाँच, जैसे स्क्रिप्ट एडिटर करता है। ये उदाहरण को परखने में मदद करती हैं; इन्हें सहेजने से नहीं रोकतीं।</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>कोई समस्या नहीं मिली।</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n त्रुटि</numerusform>
            <numerusform>%n त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n त्रुटि</numerusform>
            <numerusform>%n त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n चेतावनी</numerusform>
            <numerusform>%n चेतावनियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n चेतावनी</numerusform>
            <numerusform>%n चेतावनियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation>
            <numerusform>%n नोट</numerusform>
            <numerusform>%n नोट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation>
            <numerusform>%n नोट</numerusform>
            <numerusform>%n नोट</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleDialog</name>
    <message>
        <source>The near-duplicate check took too long and was skipped.</source>
        <translation>लगभग-डुप्लिकेट जाँच में बहुत समय लगा, इसलिए उसे छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>New Example</source>
        <translation>नया उदाहरण</translation>
    </message>
    <message>
        <source>Edit Example %1</source>
        <translation>उदाहरण %1 संपादित करें</translation>
    </message>
    <message>
        <source>&amp;Hook</source>
        <translation>हुक (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>मुख्य भाग (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>कॉल टू ऐक्शन (&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>कैप्शन (&amp;P)</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>हैशटैग (&amp;T)</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#brand #topic, स्पेस से अलग करें</translation>
    </message>
    <message>
        <source>The first words: what stops the scroll</source>
        <translation>पहले शब्द: जो स्क्रॉल रोक दें</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>क्षेत्र (&amp;S):</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>हुक प्रकार (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation>भावना (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>लक्ष्य (&amp;G):</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>CTA शैली (&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation>लंबाई (&amp;N):</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>स्रोत:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> से.</translation>
    </message>
    <message>
        <source>How the Reel did (optional)</source>
        <translation>रील का प्रदर्शन (वैकल्पिक)</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>an engagement figure that is not known</extracomment>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a form label, e.g. &quot;Views:&quot;</extracomment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>no CTA style chosen for the example</extracomment>
        <translation>सेट नहीं</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save the example to the library</source>
        <translation>उदाहरण को लाइब्रेरी में सहेजें</translation>
    </message>
    <message>
        <source>Fill in the marked fields to save the example.</source>
        <translation>उदाहरण सहेजने के लिए चिह्नित फ़ील्ड भरें।</translation>
    </message>
    <message>
        <source>Could Not Save the Example</source>
        <translation>उदाहरण सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>This script is already in the library as example %1: “%2”. Change the hook, body or CTA, or cancel.</source>
        <extracomment>%1 the number of the example holding the same script, %2 its hook</extracomment>
        <translation>यह स्क्रिप्ट लाइब्रेरी में पहले से उदाहरण %1 के रूप में है: “%2”। हुक, मुख्य भाग या CTA बदलें, या रद्द करें।</translation>
    </message>
    <message>
        <source>The near-duplicate check was skipped: the search index is not ready (%1).</source>
        <translation>लगभग-डुप्लिकेट जाँच छोड़ दी गई: सर्च इंडेक्स तैयार नहीं है (%1)।</translation>
    </message>
    <message>
        <source>This script is nearly the same as example %1 (%2 % alike): “%3”.</source>
        <extracomment>%1 example number, %2 similarity in percent, %3 that example&apos;s hook</extracomment>
        <translation>यह स्क्रिप्ट उदाहरण %1 से लगभग मिलती-जुलती है (%2 % समान): “%3”।</translation>
    </message>
    <message numerus="yes">
        <source>%n more example is nearly the same too.</source>
        <translation>
            <numerusform>%n और उदाहरण भी लगभग समान है।</numerusform>
            <numerusform>%n और उदाहरण भी लगभग समान हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more examples are nearly the same too.</source>
        <translation>
            <numerusform>%n और उदाहरण भी लगभग समान है।</numerusform>
            <numerusform>%n और उदाहरण भी लगभग समान हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Near-identical examples make retrieval less varied. Save it anyway?</source>
        <translation>लगभग एक जैसे उदाहरणों से खोज परिणामों में विविधता कम हो जाती है। फिर भी सहेजें?</translation>
    </message>
    <message>
        <source>Nearly the Same Example</source>
        <translation>लगभग समान उदाहरण</translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation>फिर भी सहेजें</translation>
    </message>
    <message>
        <source>Added example %1.</source>
        <translation>उदाहरण %1 जोड़ा गया।</translation>
    </message>
    <message>
        <source>Saved example %1.</source>
        <translation>उदाहरण %1 सहेजा गया।</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>The new example has not been saved.</source>
        <translation>नया उदाहरण सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>Example %1 has unsaved changes.</source>
        <translation>उदाहरण %1 में बिना सहेजे बदलाव हैं।</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n example</source>
        <extracomment>%1 examples shown, of %n in the library (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%n में से %1 उदाहरण</numerusform>
            <numerusform>%n में से %1 उदाहरण</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n examples</source>
        <translation>
            <numerusform>%n में से %1 उदाहरण</numerusform>
            <numerusform>%n में से %1 उदाहरण</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example</source>
        <translation>
            <numerusform>%n उदाहरण</numerusform>
            <numerusform>%n उदाहरण</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples</source>
        <translation>
            <numerusform>%n उदाहरण</numerusform>
            <numerusform>%n उदाहरण</numerusform>
        </translation>
    </message>
    <message>
        <source>Search hooks, bodies, CTAs, captions and hashtags (Ctrl+F)</source>
        <translation>हुक, मुख्य भाग, CTA, कैप्शन और हैशटैग में खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation>उदाहरण खोजें</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>भाषा फ़िल्टर</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>क्षेत्र फ़िल्टर</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>हुक प्रकार फ़िल्टर</translation>
    </message>
    <message>
        <source>Emotion filter</source>
        <translation>भावना फ़िल्टर</translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation>लक्ष्य फ़िल्टर</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>स्रोत फ़िल्टर</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Show every example again</source>
        <translation>सभी उदाहरण फिर से दिखाएँ</translation>
    </message>
    <message>
        <source>Examples shown</source>
        <translation>दिखाए गए उदाहरण</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>सभी भाषाएँ</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>सभी क्षेत्र</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>सभी हुक प्रकार</translation>
    </message>
    <message>
        <source>All emotions</source>
        <translation>सभी भावनाएँ</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>सभी लक्ष्य</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>सभी स्रोत</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplePicksModel</name>
    <message>
        <source>language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>hook type</source>
        <translation>हुक प्रकार</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>भावना</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Closest in wording</source>
        <translation>शब्दों में सबसे निकट</translation>
    </message>
    <message>
        <source>Matches on %1</source>
        <extracomment>%1 the request&apos;s filters the example matches, e.g. &quot;language, sector and hook type&quot;</extracomment>
        <translation>%1 पर मेल खाता है</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>similarity of an example to the request, as a percentage</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Pinned; not among the matches for this request</source>
        <translation>पिन किया गया; इस अनुरोध के मेल में शामिल नहीं</translation>
    </message>
    <message>
        <source>Pinned examples are always sent to the model</source>
        <translation>पिन किए गए उदाहरण हमेशा मॉडल को भेजे जाते हैं</translation>
    </message>
    <message>
        <source>Excluded examples are never sent to the model</source>
        <translation>बाहर रखे गए उदाहरण कभी मॉडल को नहीं भेजे जाते</translation>
    </message>
    <message>
        <source>Excluded: not sent.</source>
        <translation>बाहर रखा गया: नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>How close the example&apos;s wording is to the request</source>
        <translation>उदाहरण के शब्द अनुरोध से कितने मिलते हैं</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>पिन किया गया</translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation>पिन नहीं किया गया</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>बाहर रखा गया</translation>
    </message>
    <message>
        <source>Not excluded</source>
        <translation>बाहर नहीं रखा गया</translation>
    </message>
    <message>
        <source>Always send this example to the model</source>
        <translation>यह उदाहरण हमेशा मॉडल को भेजें</translation>
    </message>
    <message>
        <source>Never send this example to the model</source>
        <translation>यह उदाहरण कभी मॉडल को न भेजें</translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>column header: the example is always sent</extracomment>
        <translation>पिन</translation>
    </message>
    <message>
        <source>Exclude</source>
        <extracomment>column header: the example is never sent</extracomment>
        <translation>बाहर रखें</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Sector · hook type · emotion · language</source>
        <translation>क्षेत्र · हुक प्रकार · भावना · भाषा</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>समानता</translation>
    </message>
    <message>
        <source>Why chosen</source>
        <translation>चुनने का कारण</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleTableModel</name>
    <message>
        <source>0–100: how complete the script is and, when known, how well the Reel did</source>
        <translation>0–100: स्क्रिप्ट कितनी पूरी है और, पता होने पर, रील ने कैसा प्रदर्शन किया</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>इस कॉलम के अनुसार क्रमबद्ध करने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>इस कॉलम को क्रमबद्ध नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>हुक प्रकार</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>भावना</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>गुणवत्ता</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>अपडेट किया गया</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleText</name>
    <message>
        <source>Bundled</source>
        <extracomment>where an example came from: shipped with the app</extracomment>
        <translation>बिल्ट-इन</translation>
    </message>
    <message>
        <source>Added by you</source>
        <extracomment>where an example came from: written by the user in the app</extracomment>
        <translation>आपके द्वारा जोड़ा गया</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>where an example came from: read from a CSV/JSON file</extracomment>
        <translation>आयातित</translation>
    </message>
    <message>
        <source>From your scripts</source>
        <extracomment>where an example came from: one of the user&apos;s own scripts, kept as an example</extracomment>
        <translation>आपकी स्क्रिप्ट से</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(पूरी पंक्ति)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>हुक प्रकार</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>भावना</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>CTA style</source>
        <translation>CTA शैली</translation>
    </message>
    <message>
        <source>Length (seconds)</source>
        <translation>लंबाई (सेकंड)</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>मुख्य भाग</translation>
    </message>
    <message>
        <source>CTA</source>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>हैशटैग</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>व्यूज़</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>लाइक्स</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>कमेंट्स</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>शेयर</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>सेव</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>अभी लोड नहीं हुआ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>अद्यतन</translation>
    </message>
    <message>
        <source>Out of date</source>
        <extracomment>the search index does not yet include the latest changes of the library</extracomment>
        <translation>पुराना</translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation>फिर से बन रहा है…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Lexical (offline, %1 dimensions)</source>
        <extracomment>%1 the number of dimensions of the vectors, e.g. 512</extracomment>
        <translation>लेक्सिकल (ऑफ़लाइन, %1 आयाम)</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1</source>
        <extracomment>%1 the embedding model&apos;s name (its vector size is not known yet)</extracomment>
        <translation>OpenAI-संगत: %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1 (%2 dimensions)</source>
        <extracomment>%1 the embedding model&apos;s name, %2 the number of dimensions</extracomment>
        <translation>OpenAI-संगत: %1 (%2 आयाम)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time left in seconds</extracomment>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a time left in minutes and seconds</extracomment>
        <translation>%1 मि. %2 से.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a time left in hours and minutes</extracomment>
        <translation>%1 घं. %2 मि.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPage</name>
    <message>
        <source>Examples</source>
        <translation>उदाहरण</translation>
    </message>
    <message>
        <source>Example Library</source>
        <translation>उदाहरण लाइब्रेरी</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Add an example (Ctrl+N)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Example…</source>
        <translation>नया उदाहरण (&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Add an example to the library</source>
        <translation>लाइब्रेरी में उदाहरण जोड़ें</translation>
    </message>
    <message>
        <source>&amp;Edit Example…</source>
        <translation>उदाहरण संपादित करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>संपादित करें</translation>
    </message>
    <message>
        <source>Edit the selected example (Enter)</source>
        <translation>चुना गया उदाहरण संपादित करें (Enter)</translation>
    </message>
    <message>
        <source>De&amp;lete Examples</source>
        <translation>उदाहरण हटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected examples</source>
        <translation>चुने गए उदाहरण हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Import Examples…</source>
        <translation>उदाहरण आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>आयात…</translation>
    </message>
    <message>
        <source>Import examples from a CSV, JSON or JSON Lines file</source>
        <translation>CSV, JSON या JSON Lines फ़ाइल से उदाहरण आयात करें</translation>
    </message>
    <message>
        <source>Export &amp;Selected Examples…</source>
        <translation>चुने गए उदाहरण निर्यात करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>चुने गए निर्यात करें…</translation>
    </message>
    <message>
        <source>Write the selected examples to a file</source>
        <translation>चुने गए उदाहरण फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>दिखाए गए सभी निर्यात करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>दिखाए गए सभी निर्यात करें…</translation>
    </message>
    <message>
        <source>Write every example the search and filters show to a file</source>
        <translation>खोज और फ़िल्टर में दिखने वाले सभी उदाहरण फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Search Examples</source>
        <translation>उदाहरण खोजें</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Write examples to a JSON, JSON Lines or CSV file</source>
        <translation>उदाहरण JSON, JSON Lines या CSV फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation>चुना गया उदाहरण</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>तालिका को इस कॉलम के अनुसार क्रमबद्ध नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Could Not Open the Example</source>
        <translation>उदाहरण खोला नहीं जा सका</translation>
    </message>
    <message>
        <source>Added example %1. The search or filters hide it.</source>
        <translation>उदाहरण %1 जोड़ा गया। खोज या फ़िल्टर इसे छिपा रहे हैं।</translation>
    </message>
    <message>
        <source>Delete example %1, “%2”?</source>
        <extracomment>%1 the example&apos;s number, %2 its hook</extracomment>
        <translation>उदाहरण %1, “%2” हटाएँ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n examples?</source>
        <translation>
            <numerusform>%n उदाहरण हटाएँ?</numerusform>
            <numerusform>%n उदाहरण हटाएँ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted examples leave the library and the search index. This cannot be undone; export them first if you may want them back.</source>
        <translation>हटाए गए उदाहरण लाइब्रेरी और सर्च इंडेक्स से निकल जाते हैं। इसे पूर्ववत नहीं किया जा सकता; अगर बाद में ज़रूरत पड़ सकती है तो पहले इन्हें निर्यात कर लें।</translation>
    </message>
    <message>
        <source>Delete Examples</source>
        <translation>उदाहरण हटाएँ</translation>
    </message>
    <message>
        <source>Could Not Delete the Examples</source>
        <translation>उदाहरण हटाए नहीं जा सके</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>कुछ भी नहीं हटाया गया।</translation>
    </message>
    <message>
        <source>Deleted example %1.</source>
        <translation>उदाहरण %1 हटाया गया।</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n examples.</source>
        <translation>
            <numerusform>%n उदाहरण हटाया गया।</numerusform>
            <numerusform>%n उदाहरण हटाए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Examples</source>
        <translation>उदाहरण आयात करें</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>उदाहरण फ़ाइलें (*.csv *.tsv *.json *.jsonl *.ndjson);;सभी फ़ाइलें (*)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n उदाहरण आयात किया गया।</numerusform>
            <numerusform>%n उदाहरण आयात किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n उदाहरण आयात किया गया।</numerusform>
            <numerusform>%n उदाहरण आयात किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row was left out.</source>
        <translation>
            <numerusform>%n पंक्ति छोड़ दी गई।</numerusform>
            <numerusform>%n पंक्तियाँ छोड़ दी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out.</source>
        <translation>
            <numerusform>%n पंक्ति छोड़ दी गई।</numerusform>
            <numerusform>%n पंक्तियाँ छोड़ दी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no examples to export.</source>
        <translation>निर्यात करने के लिए कोई उदाहरण नहीं है।</translation>
    </message>
    <message>
        <source>Export Examples</source>
        <translation>उदाहरण निर्यात करें</translation>
    </message>
    <message>
        <source>Reel Studio examples (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation>Reel Studio उदाहरण (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n example…</source>
        <translation>
            <numerusform>%n उदाहरण निर्यात हो रहा है…</numerusform>
            <numerusform>%n उदाहरण निर्यात हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n examples…</source>
        <translation>
            <numerusform>%n उदाहरण निर्यात हो रहा है…</numerusform>
            <numerusform>%n उदाहरण निर्यात हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>निर्यात विफल</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n example to %1.</source>
        <translation>
            <numerusform>%n उदाहरण %1 में निर्यात किया गया।</numerusform>
            <numerusform>%n उदाहरण %1 में निर्यात किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n examples to %1.</source>
        <translation>
            <numerusform>%n उदाहरण %1 में निर्यात किया गया।</numerusform>
            <numerusform>%n उदाहरण %1 में निर्यात किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation>पूरा देखने के लिए कोई उदाहरण चुनें।</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the length of the Reel in seconds</extracomment>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>Example %1</source>
        <extracomment>%1 the example&apos;s number</extracomment>
        <translation>उदाहरण %1</translation>
    </message>
    <message>
        <source>Quality %1 / 100</source>
        <translation>गुणवत्ता %1 / 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an engagement figure, e.g. &quot;Views: 12,000&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>अपडेट किया गया %1</translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Examples…</source>
        <translation>
            <numerusform>चुने गए %n उदाहरण निर्यात करें (&amp;S)…</numerusform>
            <numerusform>चुने गए %n उदाहरण निर्यात करें (&amp;S)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Example…</source>
        <translation>चुना गया उदाहरण निर्यात करें (&amp;S)…</translation>
    </message>
    <message>
        <source>The library is empty. Add an example or import a file of them.</source>
        <translation>लाइब्रेरी खाली है। कोई उदाहरण जोड़ें या उदाहरणों की फ़ाइल आयात करें।</translation>
    </message>
    <message>
        <source>No example matches the search and filters.</source>
        <translation>कोई उदाहरण खोज और फ़िल्टर से मेल नहीं खाता।</translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPanel</name>
    <message>
        <source>Examples for the model</source>
        <translation>मॉडल के लिए उदाहरण</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>पिन करें (&amp;P)</translation>
    </message>
    <message>
        <source>Always send the selected example, whatever the request</source>
        <translation>अनुरोध कुछ भी हो, चुना गया उदाहरण हमेशा भेजें</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>बाहर रखें (&amp;X)</translation>
    </message>
    <message>
        <source>Never send the selected example</source>
        <translation>चुना गया उदाहरण कभी न भेजें</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>उदाहरण खोजे जा रहे हैं…</translation>
    </message>
    <message>
        <source>Examples could not be looked up: %1 The model writes without them.</source>
        <extracomment>%1 why the lookup failed</extracomment>
        <translation>उदाहरण नहीं खोजे जा सके: %1 मॉडल उनके बिना लिखेगा।</translation>
    </message>
    <message>
        <source>No examples are sent; the model writes from the brand and the request alone.</source>
        <translation>कोई उदाहरण नहीं भेजा जाता; मॉडल केवल ब्रांड और अनुरोध के आधार पर लिखता है।</translation>
    </message>
    <message numerus="yes">
        <source>%n example is sent with the request.</source>
        <translation>
            <numerusform>अनुरोध के साथ %n उदाहरण भेजा जाता है।</numerusform>
            <numerusform>अनुरोध के साथ %n उदाहरण भेजे जाते हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples are sent with the request.</source>
        <translation>
            <numerusform>अनुरोध के साथ %n उदाहरण भेजा जाता है।</numerusform>
            <numerusform>अनुरोध के साथ %n उदाहरण भेजे जाते हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::FindingText</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a word from the script, e.g. “fat”</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>मुख्य भाग</translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation>CTA</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>हैशटैग</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>स्क्रीन पर टेक्स्ट</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>शॉट</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>थंबनेल टेक्स्ट</translation>
    </message>
    <message>
        <source>English</source>
        <translation>अंग्रेज़ी</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>स्पेनिश</translation>
    </message>
    <message>
        <source>French</source>
        <translation>फ़्रेंच</translation>
    </message>
    <message>
        <source>German</source>
        <translation>जर्मन</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>हिन्दी</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>जापानी</translation>
    </message>
    <message>
        <source>finance</source>
        <translation>वित्त</translation>
    </message>
    <message>
        <source>health and fitness</source>
        <translation>स्वास्थ्य और फ़िटनेस</translation>
    </message>
    <message>
        <source>beauty</source>
        <translation>सौंदर्य</translation>
    </message>
    <message>
        <source>This section is empty.</source>
        <translation>यह भाग खाली है।</translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 words.</source>
        <translation>बहुत छोटा: %1 शब्द, कम से कम %2 चाहिए।</translation>
    </message>
    <message>
        <source>Too long: %1 words; keep it to %2.</source>
        <translation>बहुत लंबा: %1 शब्द; इसे %2 तक रखें।</translation>
    </message>
    <message>
        <source>%1 characters; Instagram cuts captions at %2.</source>
        <translation>%1 अक्षर; Instagram कैप्शन को %2 पर काट देता है।</translation>
    </message>
    <message>
        <source>Short caption: %1 characters of the recommended %2–%3.</source>
        <translation>छोटा कैप्शन: %1 अक्षर, अनुशंसित %2–%3 है।</translation>
    </message>
    <message>
        <source>Long caption: %1 characters; %2–%3 work best.</source>
        <translation>लंबा कैप्शन: %1 अक्षर; %2–%3 सबसे अच्छा रहता है।</translation>
    </message>
    <message>
        <source>Only the first %1 characters show before “more”.</source>
        <translation>“more” से पहले केवल पहले %1 अक्षर दिखते हैं।</translation>
    </message>
    <message>
        <source>%1 hashtags (caption included); Instagram allows %2.</source>
        <translation>%1 हैशटैग (कैप्शन सहित); Instagram %2 की अनुमति देता है।</translation>
    </message>
    <message>
        <source>No hashtags yet.</source>
        <translation>अभी कोई हैशटैग नहीं।</translation>
    </message>
    <message>
        <source>%1 does not start with #.</source>
        <translation>%1 # से शुरू नहीं होता।</translation>
    </message>
    <message>
        <source>%1 holds characters a hashtag cannot (only letters, digits and _).</source>
        <translation>%1 में ऐसे अक्षर हैं जो हैशटैग में नहीं हो सकते (केवल अक्षर, अंक और _)।</translation>
    </message>
    <message>
        <source>%1 is only digits; Instagram does not link it.</source>
        <translation>%1 में केवल अंक हैं; Instagram इसे लिंक नहीं करता।</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1, %2 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>%1 is used twice.</source>
        <translation>%1 दो बार इस्तेमाल हुआ है।</translation>
    </message>
    <message>
        <source>%1 is a restricted hashtag; posts using it lose reach.</source>
        <translation>%1 प्रतिबंधित हैशटैग है; इसका उपयोग करने वाली पोस्ट की पहुँच घटती है।</translation>
    </message>
    <message>
        <source>The brand hashtag %1 is missing.</source>
        <translation>ब्रांड हैशटैग %1 मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>About %1 s to say; the Reel is %2 s.</source>
        <translation>बोलने में लगभग %1 से.; रील %2 से. की है।</translation>
    </message>
    <message>
        <source>Only about %1 s to say; the Reel is %2 s.</source>
        <translation>बोलने में केवल लगभग %1 से.; रील %2 से. की है।</translation>
    </message>
    <message>
        <source>A %1 s Reel; up to %2 s is recommended for reach.</source>
        <translation>%1 से. की रील; बेहतर पहुँच के लिए %2 से. तक की सलाह दी जाती है।</translation>
    </message>
    <message>
        <source>The hook takes about %1 s to say; it should land within %2 s.</source>
        <translation>हुक बोलने में लगभग %1 से. लगते हैं; इसे %2 से. के भीतर पूरा होना चाहिए।</translation>
    </message>
    <message>
        <source>The shot list runs to %1 s; the Reel is %2 s.</source>
        <translation>शॉट सूची %1 से. तक जाती है; रील %2 से. की है।</translation>
    </message>
    <message>
        <source>%1 is on the brand&apos;s do-not-use list.</source>
        <translation>%1 ब्रांड की वर्जित शब्द सूची में है।</translation>
    </message>
    <message>
        <source>%1 is offensive.</source>
        <translation>%1 आपत्तिजनक है।</translation>
    </message>
    <message>
        <source>%1 is a claim that invites trouble.</source>
        <translation>%1 ऐसा दावा है जो मुसीबत खड़ी कर सकता है।</translation>
    </message>
    <message>
        <source>%1 is a risky claim in %2.</source>
        <extracomment>%1 the claim, %2 the kind of business, e.g. &quot;health and fitness&quot;</extracomment>
        <translation>%2 में %1 एक जोखिम भरा दावा है।</translation>
    </message>
    <message>
        <source>%1 names a competitor.</source>
        <translation>%1 में किसी प्रतिस्पर्धी का नाम है।</translation>
    </message>
    <message>
        <source>The call to action has no action verb.</source>
        <translation>कॉल टू ऐक्शन में कोई क्रिया शब्द नहीं है।</translation>
    </message>
    <message>
        <source>The call to action gives no reason to act now.</source>
        <translation>कॉल टू ऐक्शन अभी कार्रवाई करने का कोई कारण नहीं देता।</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a question; this one does not end with “?”.</source>
        <translation>ब्रांड की CTA शैली प्रश्न है; यह CTA “?” पर समाप्त नहीं होता।</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a command; start with an action verb.</source>
        <translation>ब्रांड की CTA शैली आदेशात्मक है; किसी क्रिया शब्द से शुरू करें।</translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is soft; %1 adds pressure.</source>
        <translation>ब्रांड की CTA शैली सौम्य है; %1 दबाव बढ़ाता है।</translation>
    </message>
    <message>
        <source>A question hook should ask a question.</source>
        <translation>प्रश्न वाले हुक में प्रश्न पूछा जाना चाहिए।</translation>
    </message>
    <message>
        <source>A statistic hook should hold a number.</source>
        <translation>आँकड़े वाले हुक में कोई संख्या होनी चाहिए।</translation>
    </message>
    <message>
        <source>A bold claim states; this hook asks.</source>
        <translation>साहसिक दावा कथन होता है; यह हुक प्रश्न पूछता है।</translation>
    </message>
    <message>
        <source>A story hook usually starts from someone (I, we) or a moment.</source>
        <translation>कहानी वाला हुक आमतौर पर किसी व्यक्ति (मैं, हम) या किसी पल से शुरू होता है।</translation>
    </message>
    <message>
        <source>A curiosity hook should open a gap (a secret, a why, an unfinished thought).</source>
        <translation>जिज्ञासा वाले हुक को एक खालीपन छोड़ना चाहिए (कोई राज़, कोई “क्यों”, कोई अधूरी बात)।</translation>
    </message>
    <message>
        <source>A relatable hook usually speaks to the viewer (you, POV).</source>
        <translation>अपनापन भरा हुक आमतौर पर दर्शक से सीधे बात करता है (आप, POV)।</translation>
    </message>
    <message>
        <source>A shocking hook needs a jolt: a number, a warning, a strong word.</source>
        <translation>चौंकाने वाले हुक में झटका चाहिए: कोई संख्या, कोई चेतावनी, कोई कड़ा शब्द।</translation>
    </message>
    <message>
        <source>Nothing here sounds %1.</source>
        <translation>यहाँ कुछ भी %1 नहीं लगता।</translation>
    </message>
    <message>
        <source>Reading ease %1; aim for %2 or more.</source>
        <translation>पठनीयता %1; %2 या अधिक का लक्ष्य रखें।</translation>
    </message>
    <message>
        <source>Reading ease is not available for %1.</source>
        <translation>%1 के लिए पठनीयता उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>A sentence of %1 words; keep them under %2.</source>
        <translation>%1 शब्दों का वाक्य; वाक्य %2 शब्दों से छोटे रखें।</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>नकारात्मक</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>सकारात्मक</translation>
    </message>
    <message>
        <source>The tone reads %1 (%2); the Reel should convey %3.</source>
        <extracomment>%1 negative or positive, %2 the tone score, %3 the requested emotion, e.g. “Excitement”</extracomment>
        <translation>टोन %1 (%2) लगता है; रील को %3 व्यक्त करना चाहिए।</translation>
    </message>
    <message>
        <source>Tone is checked for English only, not %1.</source>
        <translation>टोन की जाँच केवल अंग्रेज़ी के लिए होती है, %1 के लिए नहीं।</translation>
    </message>
    <message>
        <source>%1 is not in the %2 dictionary.</source>
        <extracomment>%1 the word, %2 the language, e.g. &quot;English&quot;</extracomment>
        <translation>%1, %2 शब्दकोश में नहीं है।</translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: spelling is not checked.</source>
        <translation>%1 के लिए कोई वर्तनी शब्दकोश नहीं: वर्तनी नहीं जाँची जाती।</translation>
    </message>
    <message>
        <source>%1 is in capitals; it reads as shouting.</source>
        <translation>%1 बड़े अक्षरों में है; यह चिल्लाने जैसा लगता है।</translation>
    </message>
    <message>
        <source>%1: one mark is enough.</source>
        <translation>%1: एक चिह्न काफ़ी है।</translation>
    </message>
    <message>
        <source>%1 emoji in a row; use at most %2.</source>
        <translation>लगातार %1 इमोजी; अधिकतम %2 का उपयोग करें।</translation>
    </message>
    <message>
        <source>%1 emoji in this section; use at most %2.</source>
        <translation>इस भाग में %1 इमोजी; अधिकतम %2 का उपयोग करें।</translation>
    </message>
    <message>
        <source>%1 is repeated.</source>
        <translation>%1 दोहराया गया है।</translation>
    </message>
    <message>
        <source>%1 is used %2 times.</source>
        <translation>%1 का उपयोग %2 बार हुआ है।</translation>
    </message>
    <message>
        <source>The brand profile overrides %1, which the rule pack does not know.</source>
        <translation>ब्रांड प्रोफ़ाइल %1 को ओवरराइड करती है, जिसे नियम पैक नहीं जानता।</translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>replace with %1</source>
        <translation>%1 से बदलें</translation>
    </message>
    <message>
        <source>add #</source>
        <translation># जोड़ें</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>%1 जोड़ें</translation>
    </message>
    <message>
        <source>keep the first %1 hashtags</source>
        <translation>पहले %1 हैशटैग रखें</translation>
    </message>
    <message>
        <source>write in lower case</source>
        <translation>छोटे अक्षरों में लिखें</translation>
    </message>
    <message>
        <source>end with “?”</source>
        <translation>“?” पर समाप्त करें</translation>
    </message>
    <message>
        <source>cut to %1 characters</source>
        <translation>%1 अक्षरों तक छोटा करें</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>%1 what the fix does, e.g. remove “fat”</extracomment>
        <translation>सुधार: %1</translation>
    </message>
    <message>
        <source>The script strays from its brief (relevance %1 of 100). Say what the topic and the offer are about, e.g. %2.</source>
        <extracomment>%1 a score out of 100, %2 words of the topic and offer, e.g. coffee, roast, beans</extracomment>
        <translation>स्क्रिप्ट अपने ब्रीफ़ से भटक गई है (प्रासंगिकता 100 में से %1)। विषय और ऑफ़र किस बारे में हैं, यह कहें, जैसे %2।</translation>
    </message>
    <message>
        <source>%1: these hashtags have nothing to do with the topic, the offer or the brand.</source>
        <translation>%1: इन हैशटैग का विषय, ऑफ़र या ब्रांड से कोई संबंध नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not in %2. Keep the script in one language (names are fine).</source>
        <extracomment>%1 the words, %2 the script&apos;s language, e.g. Japanese</extracomment>
        <translation>%1 %2 में नहीं है। स्क्रिप्ट एक ही भाषा में रखें (नाम चल सकते हैं)।</translation>
    </message>
</context>
<context>
    <name>reel::ui::GenerateForm</name>
    <message>
        <source>Brand &amp;profile:</source>
        <translation>ब्रांड प्रोफ़ाइल (&amp;P):</translation>
    </message>
    <message>
        <source>No brand profile yet</source>
        <translation>अभी कोई ब्रांड प्रोफ़ाइल नहीं</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>ब्रांड प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>The brand the script is written for: its audience, offer, voice and banned words</source>
        <translation>वह ब्रांड जिसके लिए स्क्रिप्ट लिखी जाती है: उसके दर्शक, ऑफ़र, आवाज़ और वर्जित शब्द</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>संपादित करें (&amp;D)…</translation>
    </message>
    <message>
        <source>Open the brand profile on the Brand Profiles page</source>
        <translation>ब्रांड प्रोफ़ाइल पृष्ठ पर ब्रांड प्रोफ़ाइल खोलें</translation>
    </message>
    <message>
        <source>Edit the brand profile</source>
        <translation>ब्रांड प्रोफ़ाइल संपादित करें</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>लक्ष्य (&amp;G):</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation>हुक प्रकार (&amp;K):</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>हुक प्रकार</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with</source>
        <translation>स्क्रिप्ट किस प्रकार के हुक से शुरू होती है</translation>
    </message>
    <message>
        <source>E&amp;motion:</source>
        <translation>भावना (&amp;M):</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>भावना</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave</source>
        <translation>रील देखने के बाद कैसा महसूस होना चाहिए</translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation>मॉडल को चुनने दें</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>लंबाई (&amp;G):</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>रील की लंबाई सेकंड में</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> से.</translation>
    </message>
    <message>
        <source>Up to 90 seconds is recommended for reach; Instagram allows up to 3 minutes</source>
        <translation>बेहतर पहुँच के लिए 90 सेकंड तक की सलाह दी जाती है; Instagram 3 मिनट तक की अनुमति देता है</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>भाषा (&amp;N):</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>स्क्रिप्ट की भाषा</translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation>कॉल टू ऐक्शन (&amp;A):</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>कॉल टू ऐक्शन</translation>
    </message>
    <message>
        <source>Optional, e.g. Start your free trial</source>
        <translation>वैकल्पिक, जैसे अपना फ़्री ट्रायल शुरू करें</translation>
    </message>
    <message>
        <source>&amp;Topic or angle:</source>
        <translation>विषय या दृष्टिकोण (&amp;T):</translation>
    </message>
    <message>
        <source>Topic or angle</source>
        <translation>विषय या दृष्टिकोण</translation>
    </message>
    <message>
        <source>What the Reel is about, the angle to take, facts to use (optional)</source>
        <translation>रील किस बारे में है, कौन-सा दृष्टिकोण अपनाना है, किन तथ्यों का उपयोग करना है (वैकल्पिक)</translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation>वेरिएंट (&amp;V):</translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation>वेरिएंट की संख्या</translation>
    </message>
    <message>
        <source>How many different scripts to write side by side</source>
        <translation>साथ-साथ कितनी अलग-अलग स्क्रिप्ट लिखनी हैं</translation>
    </message>
</context>
<context>
    <name>reel::ui::GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation>जनरेट</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>जनरेट करें (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>रोकें (&amp;S)</translation>
    </message>
    <message>
        <source>Write the scripts (%1)</source>
        <extracomment>Tooltip with its keyboard shortcut</extracomment>
        <translation>स्क्रिप्ट लिखें (%1)</translation>
    </message>
    <message>
        <source>Stop writing; unfinished variants are not saved (%1)</source>
        <translation>लिखना रोकें; अधूरे वेरिएंट सहेजे नहीं जाते (%1)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>एडिटर में खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Edit the selected variant in the Script Editor</source>
        <translation>चुने गए वेरिएंट को स्क्रिप्ट एडिटर में संपादित करें</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>एडिटर में खोलें</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>सेटिंग्स (&amp;T)…</translation>
    </message>
    <message>
        <source>Choose the provider, model and key on the Settings page</source>
        <translation>सेटिंग्स पृष्ठ पर प्रदाता, मॉडल और कुंजी चुनें</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>वेरिएंट</translation>
    </message>
    <message>
        <source>Choose a brand profile and describe the Reel, then press Generate (%1). The scripts appear here as they are written.</source>
        <translation>कोई ब्रांड प्रोफ़ाइल चुनें और रील का वर्णन करें, फिर जनरेट (%1) दबाएँ। स्क्रिप्ट लिखे जाते समय यहाँ दिखाई देती हैं।</translation>
    </message>
    <message>
        <source>Written by the offline composer: no model, no network, no cost.</source>
        <translation>ऑफ़लाइन कंपोज़र द्वारा लिखी गई: न मॉडल, न नेटवर्क, न लागत।</translation>
    </message>
    <message>
        <source>Add an API key in Settings to write with a model.</source>
        <translation>मॉडल से लिखने के लिए सेटिंग्स में API कुंजी जोड़ें।</translation>
    </message>
    <message>
        <source>(no model set)</source>
        <translation>(कोई मॉडल सेट नहीं)</translation>
    </message>
    <message>
        <source>Written by %1 · %2</source>
        <extracomment>%1 the provider (e.g. OpenAI), %2 the model id</extracomment>
        <translation>%1 · %2 द्वारा लिखी गई</translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <extracomment>%1 an amount in US dollars, e.g. $0.0031</extracomment>
        <translation>अनुमानित लागत %1</translation>
    </message>
    <message>
        <source>on this computer, no cost</source>
        <translation>इसी कंप्यूटर पर, कोई लागत नहीं</translation>
    </message>
    <message>
        <source>no price listed for this model</source>
        <translation>इस मॉडल की कोई कीमत सूचीबद्ध नहीं</translation>
    </message>
    <message>
        <source>No API key is set: add one in Settings or set OPENAI_API_KEY.</source>
        <translation>कोई API कुंजी सेट नहीं है: सेटिंग्स में जोड़ें या OPENAI_API_KEY सेट करें।</translation>
    </message>
    <message>
        <source>Choose a brand profile first: the script is written for its audience, offer and voice.</source>
        <translation>पहले कोई ब्रांड प्रोफ़ाइल चुनें: स्क्रिप्ट उसके दर्शकों, ऑफ़र और आवाज़ के लिए लिखी जाती है।</translation>
    </message>
    <message>
        <source>Create a Profile…</source>
        <translation>प्रोफ़ाइल बनाएँ…</translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation>उदाहरण खोजे जा रहे हैं…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variant…</source>
        <translation>
            <numerusform>%n वेरिएंट लिखा जा रहा है…</numerusform>
            <numerusform>%n वेरिएंट लिखे जा रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variants…</source>
        <translation>
            <numerusform>%n वेरिएंट लिखा जा रहा है…</numerusform>
            <numerusform>%n वेरिएंट लिखे जा रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost %1.</source>
        <translation>अनुमानित लागत %1।</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>सेटिंग्स खोलें</translation>
    </message>
    <message>
        <source>The time limits can be changed in Settings.</source>
        <translation>समय सीमाएँ सेटिंग्स में बदली जा सकती हैं।</translation>
    </message>
    <message>
        <source>Rephrase the topic or angle, then try again.</source>
        <translation>विषय या दृष्टिकोण को दूसरे शब्दों में लिखें, फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Raise “Max tokens per answer” in Settings, or ask for a shorter Reel.</source>
        <translation>सेटिंग्स में “प्रति उत्तर अधिकतम टोकन” बढ़ाएँ, या छोटी रील माँगें।</translation>
    </message>
    <message>
        <source>Write with the Offline Composer</source>
        <translation>ऑफ़लाइन कंपोज़र से लिखें</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Stopped. Variants that were not finished were not saved.</source>
        <translation>रोक दिया गया। जो वेरिएंट पूरे नहीं हुए थे, वे सहेजे नहीं गए।</translation>
    </message>
    <message>
        <source>Done: the script is saved in the workspace.</source>
        <translation>हो गया: स्क्रिप्ट वर्कस्पेस में सहेज दी गई है।</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n scripts are saved in the workspace.</source>
        <translation>
            <numerusform>हो गया: %n स्क्रिप्ट वर्कस्पेस में सहेज दी गई है।</numerusform>
            <numerusform>हो गया: %n स्क्रिप्ट वर्कस्पेस में सहेज दी गई हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 variants written.</source>
        <translation>%2 में से %1 वेरिएंट लिखे गए।</translation>
    </message>
    <message>
        <source>A script could not be saved in the workspace (%1). Nothing is lost: it was written to “%2”. Import it from the History page when the workspace is available again.</source>
        <extracomment>%1 the reason (a database message), %2 a file path</extracomment>
        <translation>एक स्क्रिप्ट वर्कस्पेस में सहेजी नहीं जा सकी (%1)। कुछ भी खोया नहीं है: उसे “%2” में लिख दिया गया है। वर्कस्पेस फिर से उपलब्ध होने पर उसे इतिहास पृष्ठ से आयात करें।</translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n script could not be saved in the workspace; it is kept in %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>हो गया, पर %n स्क्रिप्ट वर्कस्पेस में सहेजी नहीं जा सकी; वह %1 में रखी गई है।</numerusform>
            <numerusform>हो गया, पर %n स्क्रिप्ट वर्कस्पेस में सहेजी नहीं जा सकीं; वे %1 में रखी गई हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done, but %n scripts could not be saved in the workspace; they are kept in %1.</source>
        <translation>
            <numerusform>हो गया, पर %n स्क्रिप्ट वर्कस्पेस में सहेजी नहीं जा सकी; वह %1 में रखी गई है।</numerusform>
            <numerusform>हो गया, पर %n स्क्रिप्ट वर्कस्पेस में सहेजी नहीं जा सकीं; वे %1 में रखी गई हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline composer wrote the script instead. %1</source>
        <extracomment>%1 what went wrong with the model server, e.g. &quot;The model server cannot be reached. Check …&quot;</extracomment>
        <translation>इसके बजाय ऑफ़लाइन कंपोज़र ने स्क्रिप्ट लिखी। %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 scripts shown, of %n in the workspace (the plural follows %n)</extracomment>
        <translation>
            <numerusform>%n में से %1 स्क्रिप्ट</numerusform>
            <numerusform>%n में से %1 स्क्रिप्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%n में से %1 स्क्रिप्ट</numerusform>
            <numerusform>%n में से %1 स्क्रिप्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script</source>
        <translation>
            <numerusform>%n स्क्रिप्ट</numerusform>
            <numerusform>%n स्क्रिप्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scripts</source>
        <translation>
            <numerusform>%n स्क्रिप्ट</numerusform>
            <numerusform>%n स्क्रिप्ट</numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, brands, hooks, bodies, CTAs and captions (Ctrl+F)</source>
        <translation>शीर्षक, ब्रांड, हुक, मुख्य भाग, CTA और कैप्शन में खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search scripts</source>
        <translation>स्क्रिप्ट खोजें</translation>
    </message>
    <message>
        <source>Brand filter</source>
        <translation>ब्रांड फ़िल्टर</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation>रेटिंग फ़िल्टर</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>कोई भी तारीख</translation>
    </message>
    <message>
        <source>Untick to show only scripts created between two dates</source>
        <translation>केवल दो तारीखों के बीच बनी स्क्रिप्ट दिखाने के लिए अनचेक करें</translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation>इस तारीख को या इसके बाद बनी</translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation>इस तारीख को या इससे पहले बनी</translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation>क्षेत्र फ़िल्टर</translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation>हुक प्रकार फ़िल्टर</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>भाषा फ़िल्टर</translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation>प्रदाता फ़िल्टर</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Show every script again</source>
        <translation>सभी स्क्रिप्ट फिर से दिखाएँ</translation>
    </message>
    <message>
        <source>Scripts shown</source>
        <translation>दिखाई गई स्क्रिप्ट</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>कोई भी रेटिंग</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>बिना रेटिंग</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>a rating filter: %1 stars, e.g. &quot;★★★☆☆ or more&quot;</extracomment>
        <translation>%1 या अधिक</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>सभी ब्रांड</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>सभी क्षेत्र</translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation>सभी हुक प्रकार</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>सभी भाषाएँ</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>सभी प्रदाता</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>इतिहास</translation>
    </message>
    <message>
        <source>Script History</source>
        <translation>स्क्रिप्ट इतिहास</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Delete the selected scripts (Del)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation>एडिटर में खोलें (&amp;O)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Open the script in the editor (Enter)</source>
        <translation>स्क्रिप्ट को एडिटर में खोलें (Enter)</translation>
    </message>
    <message>
        <source>&amp;Promote to Examples</source>
        <translation>उदाहरणों में शामिल करें (&amp;P)</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>शामिल करें</translation>
    </message>
    <message>
        <source>Add the script to the example library the generator learns from</source>
        <translation>स्क्रिप्ट को उस उदाहरण लाइब्रेरी में जोड़ें जिससे जनरेटर सीखता है</translation>
    </message>
    <message>
        <source>Export &amp;Selected Scripts…</source>
        <translation>चुनी गई स्क्रिप्ट निर्यात करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation>चुनी गई निर्यात करें…</translation>
    </message>
    <message>
        <source>Write the selected scripts to a file</source>
        <translation>चुनी गई स्क्रिप्ट फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation>दिखाई गई सभी निर्यात करें (&amp;A)…</translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation>दिखाई गई सभी निर्यात करें…</translation>
    </message>
    <message>
        <source>Write every script the search and filters show to a file</source>
        <translation>खोज और फ़िल्टर में दिखने वाली सभी स्क्रिप्ट फ़ाइल में लिखें</translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation>Markdown के रूप में कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the selected scripts as Markdown text</source>
        <translation>चुनी गई स्क्रिप्ट Markdown टेक्स्ट के रूप में कॉपी करें</translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation>इतिहास आयात करें (&amp;H)…</translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation>इतिहास आयात करें…</translation>
    </message>
    <message>
        <source>Add the scripts of a Reel Studio history export (JSON)</source>
        <translation>Reel Studio इतिहास निर्यात (JSON) की स्क्रिप्ट जोड़ें</translation>
    </message>
    <message>
        <source>Import &amp;Performance…</source>
        <translation>प्रदर्शन आयात करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Import Performance…</source>
        <translation>प्रदर्शन आयात करें…</translation>
    </message>
    <message>
        <source>Read views, likes, comments, shares and saves from a CSV file</source>
        <translation>CSV फ़ाइल से व्यूज़, लाइक्स, कमेंट्स, शेयर और सेव पढ़ें</translation>
    </message>
    <message>
        <source>De&amp;lete Scripts</source>
        <translation>स्क्रिप्ट हटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected scripts</source>
        <translation>चुनी गई स्क्रिप्ट हटाएँ</translation>
    </message>
    <message>
        <source>Search Scripts</source>
        <translation>स्क्रिप्ट खोजें</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <source>Write scripts as Markdown, PDF, CSV, JSON, teleprompter text or captions</source>
        <translation>स्क्रिप्ट को Markdown, PDF, CSV, JSON, टेलीप्रॉम्प्टर टेक्स्ट या कैप्शन के रूप में लिखें</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>आयात</translation>
    </message>
    <message>
        <source>Import a history export or performance figures</source>
        <translation>इतिहास निर्यात या प्रदर्शन आँकड़े आयात करें</translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation>स्क्रिप्ट</translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation>तालिका को इस कॉलम के अनुसार क्रमबद्ध नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>Example %1 in the library was brought up to date with this script.</source>
        <extracomment>%1 the number of the new example</extracomment>
        <translation>लाइब्रेरी में उदाहरण %1 को इस स्क्रिप्ट से अपडेट किया गया।</translation>
    </message>
    <message>
        <source>Added to the example library as example %1.</source>
        <translation>उदाहरण लाइब्रेरी में उदाहरण %1 के रूप में जोड़ा गया।</translation>
    </message>
    <message>
        <source>There are no scripts to export.</source>
        <translation>निर्यात करने के लिए कोई स्क्रिप्ट नहीं है।</translation>
    </message>
    <message>
        <source>Export Scripts</source>
        <translation>स्क्रिप्ट निर्यात करें</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio history (*.json);;Teleprompter text (*.txt);;SubRip captions, one file per script (*.srt)</source>
        <translation>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio इतिहास (*.json);;टेलीप्रॉम्प्टर टेक्स्ट (*.txt);;SubRip कैप्शन, हर स्क्रिप्ट के लिए एक फ़ाइल (*.srt)</translation>
    </message>
    <message>
        <source>Reel script</source>
        <translation>रील स्क्रिप्ट</translation>
    </message>
    <message>
        <source>Reel scripts</source>
        <translation>रील स्क्रिप्ट</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n scripts…</source>
        <translation>
            <numerusform>%n स्क्रिप्ट निर्यात हो रही है…</numerusform>
            <numerusform>%n स्क्रिप्ट निर्यात हो रही हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>निर्यात विफल</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation>फ़ाइल नहीं लिखी गई।</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n caption files to %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation>
            <numerusform>%n कैप्शन फ़ाइल %1 में लिखी गई।</numerusform>
            <numerusform>%n कैप्शन फ़ाइलें %1 में लिखी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script to %1.</source>
        <extracomment>%1 a file</extracomment>
        <translation>
            <numerusform>%n स्क्रिप्ट %1 में निर्यात की गई।</numerusform>
            <numerusform>%n स्क्रिप्ट %1 में निर्यात की गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scripts to %1.</source>
        <translation>
            <numerusform>%n स्क्रिप्ट %1 में निर्यात की गई।</numerusform>
            <numerusform>%n स्क्रिप्ट %1 में निर्यात की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Copy</source>
        <translation>कॉपी नहीं किया जा सका</translation>
    </message>
    <message>
        <source>Copied the script as Markdown.</source>
        <translation>स्क्रिप्ट Markdown के रूप में कॉपी की गई।</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scripts as Markdown.</source>
        <translation>
            <numerusform>%n स्क्रिप्ट Markdown के रूप में कॉपी की गई।</numerusform>
            <numerusform>%n स्क्रिप्ट Markdown के रूप में कॉपी की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import History</source>
        <translation>इतिहास आयात करें</translation>
    </message>
    <message>
        <source>Reel Studio history (*.json);;All files (*)</source>
        <translation>Reel Studio इतिहास (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Importing the history…</source>
        <translation>इतिहास आयात हो रहा है…</translation>
    </message>
    <message>
        <source>Could Not Import the History</source>
        <extracomment>%1 the file&apos;s name</extracomment>
        <translation>इतिहास आयात नहीं किया जा सका</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>“%1” से कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>कुछ भी आयात नहीं किया गया।</translation>
    </message>
    <message>
        <source>History imported: %1 added, %2 already there.</source>
        <extracomment>%1 scripts added, %2 scripts skipped because the workspace already had them</extracomment>
        <translation>इतिहास आयात हुआ: %1 जोड़ी गईं, %2 पहले से मौजूद थीं।</translation>
    </message>
    <message>
        <source>Import Performance</source>
        <translation>प्रदर्शन आयात करें</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV फ़ाइलें (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Could Not Import the Figures</source>
        <translation>आँकड़े आयात नहीं किए जा सके</translation>
    </message>
    <message>
        <source>No figures were saved from “%1”.</source>
        <translation>“%1” से कोई आँकड़ा सहेजा नहीं गया।</translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n script.</source>
        <translation>
            <numerusform>%n स्क्रिप्ट के आँकड़े सहेजे गए।</numerusform>
            <numerusform>%n स्क्रिप्ट के आँकड़े सहेजे गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n scripts.</source>
        <translation>
            <numerusform>%n स्क्रिप्ट के आँकड़े सहेजे गए।</numerusform>
            <numerusform>%n स्क्रिप्ट के आँकड़े सहेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the script “%1”?</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>स्क्रिप्ट “%1” हटाएँ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scripts?</source>
        <translation>
            <numerusform>%n स्क्रिप्ट हटाएँ?</numerusform>
            <numerusform>%n स्क्रिप्ट हटाएँ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their versions, ratings, status history and figures go with them. This cannot be undone; export them first if you may want them back.</source>
        <translation>उनके संस्करण, रेटिंग, स्थिति इतिहास और आँकड़े भी साथ में हट जाते हैं। इसे पूर्ववत नहीं किया जा सकता; अगर बाद में ज़रूरत पड़ सकती है तो पहले इन्हें निर्यात कर लें।</translation>
    </message>
    <message>
        <source>Delete Scripts</source>
        <translation>स्क्रिप्ट हटाएँ</translation>
    </message>
    <message>
        <source>Could Not Delete the Scripts</source>
        <translation>स्क्रिप्ट हटाई नहीं जा सकीं</translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>कुछ भी नहीं हटाया गया।</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n script.</source>
        <translation>
            <numerusform>%n स्क्रिप्ट हटाई गई।</numerusform>
            <numerusform>%n स्क्रिप्ट हटाई गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scripts.</source>
        <translation>
            <numerusform>%n स्क्रिप्ट हटाई गई।</numerusform>
            <numerusform>%n स्क्रिप्ट हटाई गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Scripts…</source>
        <translation>
            <numerusform>चुनी गई %n स्क्रिप्ट निर्यात करें (&amp;S)…</numerusform>
            <numerusform>चुनी गई %n स्क्रिप्ट निर्यात करें (&amp;S)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Script…</source>
        <translation>चुनी गई स्क्रिप्ट निर्यात करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Scripts you generate appear here, with every version, rating and status change. Write one on the Generate page, or import a history export.</source>
        <translation>आपकी जनरेट की गई स्क्रिप्ट यहाँ हर संस्करण, रेटिंग और स्थिति बदलाव के साथ दिखाई देती हैं। जनरेट पृष्ठ पर एक स्क्रिप्ट लिखें, या इतिहास निर्यात आयात करें।</translation>
    </message>
    <message>
        <source>No script matches the search and filters.</source>
        <translation>कोई स्क्रिप्ट खोज और फ़िल्टर से मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>Replace them?</source>
        <translation>उन्हें बदलें?</translation>
    </message>
    <message>
        <source>Replace Caption Files</source>
        <translation>कैप्शन फ़ाइलें बदलें</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>कुछ भी निर्यात नहीं किया गया।</translation>
    </message>
    <message>
        <source>A caption file with this name already exists in “%1”:</source>
        <extracomment>%1 a folder; the file names follow, one per line</extracomment>
        <translation>“%1” में इस नाम की एक कैप्शन फ़ाइल पहले से मौजूद है:</translation>
    </message>
    <message numerus="yes">
        <source>%n caption files with these names already exist in “%1”:</source>
        <translation>
            <numerusform>“%1” में इस नाम की %n कैप्शन फ़ाइल पहले से मौजूद है:</numerusform>
            <numerusform>“%1” में इन नामों की %n कैप्शन फ़ाइलें पहले से मौजूद हैं:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryTableModel</name>
    <message numerus="yes">
        <source>%n rating, %1 stars</source>
        <extracomment>%n ratings, %1 their average stars</extracomment>
        <translation>
            <numerusform>%n रेटिंग, %1 स्टार</numerusform>
            <numerusform>%n रेटिंग, औसतन %1 स्टार</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, %1 stars on average</source>
        <translation>
            <numerusform>%n रेटिंग, औसतन %1 स्टार</numerusform>
            <numerusform>%n रेटिंग, औसतन %1 स्टार</numerusform>
        </translation>
    </message>
    <message>
        <source>0–100: how well the script did in the platform&apos;s checks</source>
        <translation>0–100: प्लेटफ़ॉर्म की जाँच में स्क्रिप्ट का प्रदर्शन</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>इस कॉलम के अनुसार क्रमबद्ध करने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>इस कॉलम को क्रमबद्ध नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाई गई</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>शीर्षक</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ब्रांड</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>स्कोर</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryText</name>
    <message>
        <source>Generated</source>
        <extracomment>a version of a script: as the generator wrote it</extracomment>
        <translation>जनरेट की गई</translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>a version of a script: saved from the editor</extracomment>
        <translation>संपादन</translation>
    </message>
    <message>
        <source>Restored</source>
        <extracomment>a version of a script: an older version made current again</extracomment>
        <translation>पुनर्स्थापित</translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>a version of a script: read from a history export</extracomment>
        <translation>आयातित</translation>
    </message>
    <message>
        <source>Thumbs up</source>
        <translation>पसंद</translation>
    </message>
    <message>
        <source>Thumbs down</source>
        <translation>नापसंद</translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <extracomment>%1 the average stars (e.g. 4.5), %2 how many ratings</extracomment>
        <translation>★ %1 (%2)</translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>a cost in US dollars</extracomment>
        <translation>$%1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation>%1 मि.से.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds</extracomment>
        <translation>%1 से.</translation>
    </message>
</context>
<context>
    <name>reel::ui::ImportWizard</name>
    <message>
        <source>Import Examples</source>
        <translation>उदाहरण आयात करें</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Reel Studio imports examples from CSV (a header line, then one example per line), JSON (a list of examples, or a Reel Studio example file) and JSON Lines (one example per line). Nothing is added until you confirm it at the end.</source>
        <translation>Reel Studio उदाहरण इनसे आयात करता है: CSV (एक हेडर पंक्ति, फिर हर पंक्ति में एक उदाहरण), JSON (उदाहरणों की सूची, या Reel Studio उदाहरण फ़ाइल) और JSON Lines (हर पंक्ति में एक उदाहरण)। जब तक आप अंत में पुष्टि नहीं करते, कुछ भी नहीं जोड़ा जाता।</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>फ़ाइल चुनें (&amp;H)…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>फ़ॉर्मैट (&amp;O):</translation>
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
        <translation>फ़ाइल फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>कॉलम मिलाएँ</translation>
    </message>
    <message>
        <source>Choose the example field each column of the file holds, or ignore it.</source>
        <translation>फ़ाइल का हर कॉलम किस उदाहरण फ़ील्ड का है, यह चुनें, या उसे अनदेखा करें।</translation>
    </message>
    <message>
        <source>&amp;First rows of the file:</source>
        <translation>फ़ाइल की पहली पंक्तियाँ (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>कॉलम (&amp;C):</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>फ़ाइल में कॉलम</translation>
    </message>
    <message>
        <source>Example field</source>
        <translation>उदाहरण फ़ील्ड</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>पंक्तियाँ जाँचें</translation>
    </message>
    <message>
        <source>Rows with problems are left out. Choose what to import.</source>
        <translation>समस्या वाली पंक्तियाँ छोड़ दी जाती हैं। चुनें कि क्या आयात करना है।</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <source>Import &amp;nothing (the library stays as it is)</source>
        <translation>कुछ भी आयात न करें (&amp;N) (लाइब्रेरी जैसी है वैसी रहेगी)</translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation>पंक्तियों की जाँच</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>आयात पूरा हुआ</translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>उदाहरण फ़ाइलें (*.csv *.tsv *.json *.jsonl *.ndjson);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>अभी कोई फ़ाइल नहीं चुनी गई।</translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation>“%1” पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” खाली है।</translation>
    </message>
    <message>
        <source>“%1” is not a text file in UTF-8. Reel Studio imports CSV, JSON and JSON Lines files; save the file as one of them (UTF-8) and try again.</source>
        <translation>“%1” UTF-8 में टेक्स्ट फ़ाइल नहीं है। Reel Studio CSV, JSON और JSON Lines फ़ाइलें आयात करता है; फ़ाइल को इनमें से किसी एक रूप में (UTF-8) सहेजें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>“%1” holds no list of examples: expected a JSON list of objects, or an object with an “examples” list.</source>
        <translation>“%1” में उदाहरणों की कोई सूची नहीं है: ऑब्जेक्ट की JSON सूची, या “examples” सूची वाला ऑब्जेक्ट अपेक्षित था।</translation>
    </message>
    <message>
        <source>“%1” cannot be read as %2: %3</source>
        <extracomment>%1 file name, %2 the format (CSV, JSON…), %3 what is wrong (e.g. not valid JSON at line 3, column 5)</extracomment>
        <translation>“%1” को %2 के रूप में नहीं पढ़ा जा सकता: %3</translation>
    </message>
    <message>
        <source>“%1” holds no rows to import.</source>
        <translation>“%1” में आयात करने के लिए कोई पंक्ति नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n row.</source>
        <extracomment>%1 file name, %2 format (CSV, JSON…), %n the number of rows</extracomment>
        <translation>
            <numerusform>“%1”: %2, %n पंक्ति।</numerusform>
            <numerusform>“%1”: %2, %n पंक्तियाँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n rows.</source>
        <translation>
            <numerusform>“%1”: %2, %n पंक्ति।</numerusform>
            <numerusform>“%1”: %2, %n पंक्तियाँ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>a column of the import file that is not imported</extracomment>
        <translation>अनदेखा करें</translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <extracomment>%1 the column&apos;s name in the file</extracomment>
        <translation>कॉलम “%1” के लिए फ़ील्ड</translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2. Choose it for one only.</source>
        <extracomment>%1 an example field, %2 the columns, e.g. “Hook” is chosen for “title”, “hook”</extracomment>
        <translation>“%1” एक से अधिक कॉलम के लिए चुना गया है: %2। इसे केवल एक के लिए चुनें।</translation>
    </message>
    <message>
        <source>None of the columns is matched to an example field, so there is nothing to import. Choose a field for at least the hook, body and CTA columns.</source>
        <translation>कोई भी कॉलम किसी उदाहरण फ़ील्ड से नहीं मिलाया गया है, इसलिए आयात करने के लिए कुछ नहीं है। कम से कम हुक, मुख्य भाग और CTA कॉलम के लिए फ़ील्ड चुनें।</translation>
    </message>
    <message>
        <source>No column holds: %1. Every row needs them, so rows will be refused unless you match a column to each.</source>
        <extracomment>%1 fields such as &quot;Sector, Goal&quot;</extracomment>
        <translation>किसी कॉलम में ये नहीं हैं: %1। हर पंक्ति को इनकी ज़रूरत है, इसलिए जब तक आप हर एक से कोई कॉलम नहीं मिलाते, पंक्तियाँ अस्वीकार की जाएँगी।</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row…</source>
        <translation>
            <numerusform>%n पंक्ति जाँची जा रही है…</numerusform>
            <numerusform>%n पंक्तियाँ जाँची जा रही हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation>
            <numerusform>%n पंक्ति जाँची जा रही है…</numerusform>
            <numerusform>%n पंक्तियाँ जाँची जा रही हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>मान्य पंक्तियाँ आयात करें</translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>फ़ाइल आयात नहीं की जा सकती: %1</translation>
    </message>
    <message>
        <source>Rows in the file: %1. Valid: %2. With errors: %3. Duplicates: %4.</source>
        <translation>फ़ाइल में पंक्तियाँ: %1। मान्य: %2। त्रुटियों वाली: %3। डुप्लिकेट: %4।</translation>
    </message>
    <message>
        <source>The same script as row %1.</source>
        <translation>पंक्ति %1 वाली ही स्क्रिप्ट।</translation>
    </message>
    <message>
        <source>Already in the library as example %1: “%2”.</source>
        <extracomment>%1 the number of the library example, %2 its hook</extracomment>
        <translation>लाइब्रेरी में पहले से उदाहरण %1 के रूप में: “%2”।</translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation>लाइब्रेरी में पहले से है।</translation>
    </message>
    <message>
        <source>Hook, body and CTA</source>
        <translation>हुक, मुख्य भाग और CTA</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <translation>
            <numerusform>… और %n समस्या।</numerusform>
            <numerusform>… और %n समस्याएँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… और %n समस्या।</numerusform>
            <numerusform>… और %n समस्याएँ।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n row</source>
        <translation>
            <numerusform>सभी %n पंक्ति आयात करें (&amp;A)</numerusform>
            <numerusform>सभी %n पंक्तियाँ आयात करें (&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n rows</source>
        <translation>
            <numerusform>सभी %n पंक्ति आयात करें (&amp;A)</numerusform>
            <numerusform>सभी %n पंक्तियाँ आयात करें (&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid row</source>
        <translation>
            <numerusform>%n मान्य पंक्ति आयात करें (&amp;V)</numerusform>
            <numerusform>%n मान्य पंक्तियाँ आयात करें (&amp;V)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid rows</source>
        <translation>
            <numerusform>%n मान्य पंक्ति आयात करें (&amp;V)</numerusform>
            <numerusform>%n मान्य पंक्तियाँ आयात करें (&amp;V)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>जारी रखें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>आयात करें (&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n example…</source>
        <translation>
            <numerusform>%n उदाहरण आयात हो रहा है…</numerusform>
            <numerusform>%n उदाहरण आयात हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n examples…</source>
        <translation>
            <numerusform>%n उदाहरण आयात हो रहा है…</numerusform>
            <numerusform>%n उदाहरण आयात हो रहे हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation>
            <numerusform>%n उदाहरण आयात किया गया।</numerusform>
            <numerusform>%n उदाहरण आयात किए गए।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation>
            <numerusform>%n उदाहरण आयात किया गया।</numerusform>
            <numerusform>%n उदाहरण आयात किए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>कुछ भी आयात नहीं किया गया: %1</translation>
    </message>
    <message>
        <source>Nothing was imported. The library is unchanged.</source>
        <translation>कुछ भी आयात नहीं किया गया। लाइब्रेरी में कोई बदलाव नहीं हुआ।</translation>
    </message>
    <message numerus="yes">
        <source>%n row with problems was left out.</source>
        <translation>
            <numerusform>समस्या वाली %n पंक्ति छोड़ दी गई।</numerusform>
            <numerusform>समस्या वाली %n पंक्तियाँ छोड़ दी गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were left out.</source>
        <translation>
            <numerusform>समस्या वाली %n पंक्ति छोड़ दी गई।</numerusform>
            <numerusform>समस्या वाली %n पंक्तियाँ छोड़ दी गईं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::IndexPanel</name>
    <message>
        <source>Search index:</source>
        <extracomment>label before the state of the search index of the example library</extracomment>
        <translation>सर्च इंडेक्स:</translation>
    </message>
    <message>
        <source>&amp;Rebuild Index</source>
        <translation>इंडेक्स फिर से बनाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Embed every example again and rebuild the search index</source>
        <translation>हर उदाहरण को फिर से एम्बेड करें और सर्च इंडेक्स फिर से बनाएँ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Stop the rebuild; the index stays as it was</source>
        <translation>दोबारा बनाना रोकें; इंडेक्स पहले जैसा रहेगा</translation>
    </message>
    <message>
        <source>Index rebuild progress</source>
        <translation>इंडेक्स दोबारा बनने की प्रगति</translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation>सर्च इंडेक्स की स्थिति</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>एम्बेडर</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 &quot;Failed&quot;, %2 why</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Embedder: %1</source>
        <translation>एम्बेडर: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>examples embedded so far of all, e.g. &quot;1,024 / 3,238&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <extracomment>%1 the count above, %2 a time such as &quot;12 s&quot;</extracomment>
        <translation>%1, लगभग %2 शेष</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>Index rebuilt: 1 example in %1</source>
        <translation>इंडेक्स फिर से बना: %1 में 1 उदाहरण</translation>
    </message>
    <message>
        <source>Index rebuilt: %1 examples in %2</source>
        <translation>इंडेक्स फिर से बना: %2 में %1 उदाहरण</translation>
    </message>
</context>
<context>
    <name>reel::ui::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>संपादन (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <extracomment>%1 is the application&apos;s name</extracomment>
        <translation>%1 के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt के बारे में (&amp;Q)</translation>
    </message>
    <message>
        <source>The workspace folder</source>
        <translation>वर्कस्पेस फ़ोल्डर</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <extracomment>%1 what would be undone, e.g. Delete “FitLife”</extracomment>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>पूर्ववत करें: %1 (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>फिर से करें: %1 (&amp;R)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>संस्करण %1</translation>
    </message>
    <message>
        <source>Writes, checks and keeps Instagram Reel scripts.</source>
        <translation>Instagram रील की स्क्रिप्ट लिखता है, जाँचता है और सहेजता है।</translation>
    </message>
    <message>
        <source>Workspace folder:</source>
        <translation>वर्कस्पेस फ़ोल्डर:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>इनसे बना है:</translation>
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
        <translation>C.J. Hutto का VADER सेंटिमेंट लेक्सिकॉन (MIT)</translation>
    </message>
    <message>
        <source>LDNOOBW word lists (CC BY 4.0)</source>
        <translation>LDNOOBW शब्द सूचियाँ (CC BY 4.0)</translation>
    </message>
    <message>
        <source>Snowball stemmers (BSD)</source>
        <translation>Snowball स्टेमर (BSD)</translation>
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
        <translation>%1 के बारे में</translation>
    </message>
    <message>
        <source>Load &amp;Rule Pack…</source>
        <translation>नियम पैक लोड करें (&amp;R)…</translation>
    </message>
    <message>
        <source>Use an updated platform rule pack (limits such as the hashtag cap)</source>
        <translation>प्लेटफ़ॉर्म का अपडेट किया गया नियम पैक इस्तेमाल करें (जैसे हैशटैग की सीमा)</translation>
    </message>
    <message>
        <source>Use &amp;Built-in Rule Pack</source>
        <translation>बिल्ट-इन नियम पैक इस्तेमाल करें (&amp;B)</translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation>नियम पैक लोड करें</translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation>नियम पैक (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>The rule pack was not loaded; the rules in use stay as they were.</source>
        <translation>नियम पैक लोड नहीं हुआ; उपयोग में चल रहे नियम पहले जैसे रहेंगे।</translation>
    </message>
    <message>
        <source>Rule pack %1 is in use.</source>
        <extracomment>%1 the version of the rule pack</extracomment>
        <translation>नियम पैक %1 उपयोग में है।</translation>
    </message>
    <message>
        <source>Use Built-in Rule Pack</source>
        <translation>बिल्ट-इन नियम पैक इस्तेमाल करें</translation>
    </message>
    <message>
        <source>The built-in rule pack is in use.</source>
        <translation>बिल्ट-इन नियम पैक उपयोग में है।</translation>
    </message>
    <message>
        <source>The saved scripts could not be checked against the new rules: %1</source>
        <translation>सहेजी गई स्क्रिप्ट नए नियमों से जाँची नहीं जा सकीं: %1</translation>
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
        <translation>सहेजी गई स्क्रिप्ट नए नियमों से जाँची जा रही हैं…</translation>
    </message>
</context>
<context>
    <name>reel::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>संदेश बंद करें</translation>
    </message>
</context>
<context>
    <name>reel::ui::PerformancePanel</name>
    <message>
        <source>Last saved %1</source>
        <translation>अंतिम बार सहेजा गया %1</translation>
    </message>
    <message>
        <source>How the Reel did on Instagram. Leave a figure blank when you do not know it.</source>
        <translation>Instagram पर रील का प्रदर्शन। जो आँकड़ा आपको पता न हो, उसे खाली छोड़ दें।</translation>
    </message>
    <message>
        <source>Figures can be entered once the script is published. It is “%1” now.</source>
        <extracomment>%1 the script&apos;s status, e.g. &quot;Approved&quot;</extracomment>
        <translation>स्क्रिप्ट प्रकाशित होने के बाद आँकड़े दर्ज किए जा सकते हैं। अभी इसकी स्थिति “%1” है।</translation>
    </message>
    <message>
        <source>Views:</source>
        <translation>व्यूज़:</translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation>लाइक्स:</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>कमेंट्स:</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>शेयर:</translation>
    </message>
    <message>
        <source>Saves:</source>
        <translation>सेव:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation>पोस्ट करने की तारीख:</translation>
    </message>
    <message>
        <source>Save Figures</source>
        <translation>आँकड़े सहेजें</translation>
    </message>
</context>
<context>
    <name>reel::ui::PriceTableModel</name>
    <message>
        <source>Also applies to dated versions of this model (e.g. %1-2024-07-18)</source>
        <translation>इस मॉडल के तारीख वाले संस्करणों पर भी लागू होता है (जैसे %1-2024-07-18)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <extracomment>US dollars per million input (prompt) tokens</extracomment>
        <translation>इनपुट $ / 10 लाख टोकन</translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <extracomment>US dollars per million output (answer) tokens</extracomment>
        <translation>आउटपुट $ / 10 लाख टोकन</translation>
    </message>
</context>
<context>
    <name>reel::ui::PricesPanel</name>
    <message>
        <source>Prices</source>
        <translation>कीमतें</translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation>प्रति मॉडल कीमतें</translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation>मॉडल जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation>मॉडल हटाएँ</translation>
    </message>
    <message>
        <source>Reset to Built-in Prices</source>
        <translation>बिल्ट-इन कीमतों पर रीसेट करें</translation>
    </message>
    <message>
        <source>Replace your prices with the built-in list? Your changes to the table are lost.</source>
        <translation>अपनी कीमतों को बिल्ट-इन सूची से बदलें? तालिका में किए गए आपके बदलाव खो जाएँगे।</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>रीसेट करें</translation>
    </message>
    <message>
        <source>The prices were not saved: %1</source>
        <translation>कीमतें सहेजी नहीं गईं: %1</translation>
    </message>
    <message>
        <source>Built-in prices as of %1. Edit them when your provider&apos;s prices change; models not listed cost nothing (local servers).</source>
        <extracomment>%1 the date the built-in prices were checked</extracomment>
        <translation>%1 तक की बिल्ट-इन कीमतें। जब आपके प्रदाता की कीमतें बदलें, इन्हें संपादित करें; जो मॉडल सूची में नहीं हैं उनकी कोई लागत नहीं (लोकल सर्वर)।</translation>
    </message>
    <message>
        <source>Your own prices, kept in the workspace. Models not listed cost nothing (local servers).</source>
        <translation>आपकी अपनी कीमतें, वर्कस्पेस में रखी गई। जो मॉडल सूची में नहीं हैं उनकी कोई लागत नहीं (लोकल सर्वर)।</translation>
    </message>
    <message>
        <source>The saved prices could not be read, so the built-in ones apply: %1</source>
        <translation>सहेजी गई कीमतें पढ़ी नहीं जा सकीं, इसलिए बिल्ट-इन कीमतें लागू हैं: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>भाग</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsPanel</name>
    <message>
        <source>P&amp;roblems</source>
        <translation>समस्याएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>समस्याएँ</translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation>ठीक करें (&amp;F)</translation>
    </message>
    <message>
        <source>Fix the selected problem</source>
        <translation>चुनी गई समस्या ठीक करें</translation>
    </message>
    <message>
        <source>The selected problem has no automatic fix</source>
        <translation>चुनी गई समस्या का कोई स्वचालित सुधार नहीं है</translation>
    </message>
    <message>
        <source>Select a problem to see it in the script. F8 goes to the next one, Shift+F8 back.</source>
        <translation>स्क्रिप्ट में देखने के लिए कोई समस्या चुनें। F8 अगली समस्या पर जाता है, Shift+F8 पिछली पर।</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>कोई समस्या नहीं</translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <extracomment>Counts of problems by severity</extracomment>
        <translation>त्रुटियाँ: %1 · चेतावनियाँ: %2 · नोट: %3</translation>
    </message>
    <message>
        <source>&amp;Go to Problem</source>
        <translation>समस्या पर जाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation>संदेश कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Problems show up here while you write.</source>
        <translation>लिखते समय समस्याएँ यहाँ दिखाई देती हैं।</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileEditor</name>
    <message>
        <source>Entry %1: %2</source>
        <extracomment>%1 the position of the entry in the list (1 = first), %2 what is wrong</extracomment>
        <translation>प्रविष्टि %1: %2</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>ब्रांड</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>दर्शक</translation>
    </message>
    <message>
        <source>Voice and offer</source>
        <translation>आवाज़ और ऑफ़र</translation>
    </message>
    <message>
        <source>Guardrails</source>
        <translation>सीमाएँ</translation>
    </message>
    <message>
        <source>Defaults and notes</source>
        <translation>डिफ़ॉल्ट और नोट्स</translation>
    </message>
    <message>
        <source>Brand &amp;name:</source>
        <translation>ब्रांड का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation>क्षेत्र (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>प्लेटफ़ॉर्म (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Age range:</source>
        <translation>आयु वर्ग (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>लिंग (&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>स्थान (&amp;L):</translation>
    </message>
    <message>
        <source>Pain po&amp;ints:</source>
        <translation>समस्याएँ (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Brand voice:</source>
        <translation>ब्रांड की आवाज़ (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Offer:</source>
        <translation>ऑफ़र (&amp;O):</translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation>CTA शैली (&amp;Y):</translation>
    </message>
    <message>
        <source>Do-not-&amp;use words:</source>
        <translation>वर्जित शब्द (&amp;U):</translation>
    </message>
    <message>
        <source>Co&amp;mpetitors:</source>
        <translation>प्रतिस्पर्धी (&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Required hashtags:</source>
        <translation>आवश्यक हैशटैग (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Default language:</source>
        <translation>डिफ़ॉल्ट भाषा (&amp;D):</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>नोट्स (&amp;T):</translation>
    </message>
    <message>
        <source>e.g. FitLife Studio</source>
        <translation>जैसे FitLife Studio</translation>
    </message>
    <message>
        <source>Pick or type a sector</source>
        <translation>कोई क्षेत्र चुनें या लिखें</translation>
    </message>
    <message>
        <source>e.g. 25-40</source>
        <translation>जैसे 25-40</translation>
    </message>
    <message>
        <source>Pick or type</source>
        <translation>चुनें या लिखें</translation>
    </message>
    <message>
        <source>e.g. Mumbai, India</source>
        <translation>जैसे मुंबई, भारत</translation>
    </message>
    <message>
        <source>A problem your audience has; Enter adds it</source>
        <translation>आपके दर्शकों की कोई समस्या; Enter से जुड़ती है</translation>
    </message>
    <message>
        <source>What the brand offers, e.g. a free 7-day trial</source>
        <translation>ब्रांड क्या ऑफ़र करता है, जैसे 7 दिन का फ़्री ट्रायल</translation>
    </message>
    <message>
        <source>Pick or type a style</source>
        <translation>कोई शैली चुनें या लिखें</translation>
    </message>
    <message>
        <source>A word or phrase scripts must avoid</source>
        <translation>कोई शब्द या वाक्यांश जिससे स्क्रिप्ट को बचना है</translation>
    </message>
    <message>
        <source>A competitor scripts must not name</source>
        <translation>कोई प्रतिस्पर्धी जिसका नाम स्क्रिप्ट में नहीं आना चाहिए</translation>
    </message>
    <message>
        <source>e.g. #FitLife</source>
        <translation>जैसे #FitLife</translation>
    </message>
    <message>
        <source>Notes for your team; never sent to the model</source>
        <translation>आपकी टीम के लिए नोट्स; कभी मॉडल को नहीं भेजे जाते</translation>
    </message>
    <message>
        <source>Pick a sector or type your own; a new sector is remembered when you save</source>
        <translation>कोई क्षेत्र चुनें या अपना लिखें; सहेजने पर नया क्षेत्र याद रखा जाता है</translation>
    </message>
    <message>
        <source>The platform scripts are written for</source>
        <translation>वह प्लेटफ़ॉर्म जिसके लिए स्क्रिप्ट लिखी जाती हैं</translation>
    </message>
    <message>
        <source>How the call to action asks; type your own style if none fits</source>
        <translation>कॉल टू ऐक्शन कैसे कहता है; कोई शैली न जँचे तो अपनी लिखें</translation>
    </message>
    <message>
        <source>The language scripts for this brand are written in by default</source>
        <translation>वह भाषा जिसमें इस ब्रांड की स्क्रिप्ट डिफ़ॉल्ट रूप से लिखी जाती हैं</translation>
    </message>
    <message>
        <source>Scripts are checked for these words</source>
        <translation>स्क्रिप्ट में इन शब्दों की जाँच होती है</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>महिला</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>पुरुष</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>नॉन-बाइनरी</translation>
    </message>
    <message>
        <source>Decided per request</source>
        <translation>हर अनुरोध पर तय</translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation>नियम सीमाएँ</translation>
    </message>
    <message>
        <source>Brand&apos;s own &amp;limits:</source>
        <translation>ब्रांड की अपनी सीमाएँ (&amp;L):</translation>
    </message>
    <message>
        <source>“%1” is not one hashtag: use letters, digits and _ with no spaces (e.g. #LumenCoffee).</source>
        <translation>“%1” एक हैशटैग नहीं है: बिना स्पेस के अक्षर, अंक और _ लिखें (जैसे #LumenCoffee)।</translation>
    </message>
    <message numerus="yes">
        <source>Required; at most %n characters.</source>
        <translation>
            <numerusform>आवश्यक; अधिकतम %n अक्षर।</numerusform>
            <numerusform>आवश्यक; अधिकतम %n अक्षर।</numerusform>
        </translation>
    </message>
    <message>
        <source>Required. Scripts use the sector&apos;s safety rules and phrases.</source>
        <translation>आवश्यक। स्क्रिप्ट इस क्षेत्र के सुरक्षा नियमों और वाक्यांशों का उपयोग करती हैं।</translation>
    </message>
    <message>
        <source>Like 25-40 or 55+, ages %1 to %2.</source>
        <translation>जैसे 25-40 या 55+, आयु %1 से %2।</translation>
    </message>
    <message>
        <source>Each pain point is one short phrase in the language scripts are written in.</source>
        <translation>हर समस्या उसी भाषा में एक छोटा वाक्यांश हो जिसमें स्क्रिप्ट लिखी जाती हैं।</translation>
    </message>
    <message>
        <source>Scripts name the offer; write it as you would say it to a customer.</source>
        <translation>स्क्रिप्ट ऑफ़र का नाम लेती हैं; इसे वैसे लिखें जैसे आप ग्राहक से कहेंगे।</translation>
    </message>
    <message>
        <source>Also catches plurals and comparatives: “cheap” finds “cheaper” and “cheapest”, never words that only begin alike.</source>
        <translation>बहुवचन और तुलनात्मक रूप भी पकड़ता है (जैसे “cheap” से “cheaper”), पर केवल एक जैसे शुरू होने वाले शब्द कभी नहीं।</translation>
    </message>
    <message>
        <source>Names scripts must not mention, matched as written.</source>
        <translation>वे नाम जिनका स्क्रिप्ट में ज़िक्र नहीं होना चाहिए, ठीक लिखे अनुसार मिलाए जाते हैं।</translation>
    </message>
    <message>
        <source>One word each, no spaces; # is added for you.</source>
        <translation>हर एक में एक शब्द, बिना स्पेस; # अपने-आप जुड़ जाता है।</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListModel</name>
    <message>
        <source>Sector: %1</source>
        <extracomment>Tooltip of a profile in the list; %1 the sector</extracomment>
        <translation>क्षेत्र: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileListPanel</name>
    <message>
        <source>Search by name or sector</source>
        <translation>नाम या क्षेत्र से खोजें</translation>
    </message>
    <message>
        <source>Search brand profiles</source>
        <translation>ब्रांड प्रोफ़ाइल खोजें</translation>
    </message>
    <message>
        <source>Filter the list by brand name or sector (%1)</source>
        <translation>ब्रांड नाम या क्षेत्र से सूची फ़िल्टर करें (%1)</translation>
    </message>
    <message>
        <source>Brand profiles</source>
        <translation>ब्रांड प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>No profile matches “%1”.</source>
        <translation>“%1” से कोई प्रोफ़ाइल मेल नहीं खाती।</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfileTransfer</name>
    <message>
        <source>Import Brand Profile</source>
        <translation>ब्रांड प्रोफ़ाइल आयात करें</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>आयात विफल</translation>
    </message>
    <message>
        <source>“%1” does not hold a brand profile Reel Studio can import:</source>
        <translation>“%1” में ऐसी ब्रांड प्रोफ़ाइल नहीं है जिसे Reel Studio आयात कर सके:</translation>
    </message>
    <message>
        <source>Profile Renamed</source>
        <translation>प्रोफ़ाइल का नाम बदला गया</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists, so the imported profile was named “%2”.</source>
        <translation>“%1” नाम की प्रोफ़ाइल पहले से मौजूद है, इसलिए आयात की गई प्रोफ़ाइल का नाम “%2” रखा गया।</translation>
    </message>
    <message>
        <source>Export Brand Profile</source>
        <translation>ब्रांड प्रोफ़ाइल निर्यात करें</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>निर्यात विफल</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>फ़ाइल %1 MB से बड़ी है</translation>
    </message>
    <message>
        <source>Brand profiles (*.json)</source>
        <translation>ब्रांड प्रोफ़ाइल (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProfilesPage</name>
    <message>
        <source>Brand Profiles</source>
        <translation>ब्रांड प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Create a new brand profile (Ctrl+N)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Profile</source>
        <translation>नई प्रोफ़ाइल (&amp;N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नया</translation>
    </message>
    <message>
        <source>Create a new brand profile</source>
        <translation>नई ब्रांड प्रोफ़ाइल बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Duplicate Profile</source>
        <translation>प्रोफ़ाइल की प्रतिलिपि बनाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>प्रतिलिपि</translation>
    </message>
    <message>
        <source>Make a copy of the selected profile</source>
        <translation>चुनी गई प्रोफ़ाइल की प्रतिलिपि बनाएँ</translation>
    </message>
    <message>
        <source>De&amp;lete Profile</source>
        <translation>प्रोफ़ाइल हटाएँ (&amp;L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected profile (you can undo this)</source>
        <translation>चुनी गई प्रोफ़ाइल हटाएँ (इसे पूर्ववत किया जा सकता है)</translation>
    </message>
    <message>
        <source>&amp;Import Profile…</source>
        <translation>प्रोफ़ाइल आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>आयात…</translation>
    </message>
    <message>
        <source>Import a brand profile from a JSON file</source>
        <translation>JSON फ़ाइल से ब्रांड प्रोफ़ाइल आयात करें</translation>
    </message>
    <message>
        <source>&amp;Export Profile…</source>
        <translation>प्रोफ़ाइल निर्यात करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>निर्यात…</translation>
    </message>
    <message>
        <source>Export the selected profile to a JSON file</source>
        <translation>चुनी गई प्रोफ़ाइल को JSON फ़ाइल में निर्यात करें</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>प्रोफ़ाइल सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save the profile</source>
        <translation>प्रोफ़ाइल सहेजें</translation>
    </message>
    <message>
        <source>&amp;Revert Changes</source>
        <translation>बदलाव वापस लें (&amp;R)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>वापस लें</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>बिना सहेजे बदलाव छोड़ें</translation>
    </message>
    <message>
        <source>Search Profiles</source>
        <translation>प्रोफ़ाइल खोजें</translation>
    </message>
    <message>
        <source>No brand profiles yet</source>
        <translation>अभी कोई ब्रांड प्रोफ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>A brand profile tells Reel Studio who you write for: the brand&apos;s sector, audience, voice, offer and the words to avoid. Every script starts from one.</source>
        <translation>ब्रांड प्रोफ़ाइल Reel Studio को बताती है कि आप किसके लिए लिख रहे हैं: ब्रांड का क्षेत्र, दर्शक, आवाज़, ऑफ़र और किन शब्दों से बचना है। हर स्क्रिप्ट एक प्रोफ़ाइल से शुरू होती है।</translation>
    </message>
    <message>
        <source>Create your first brand profile</source>
        <translation>अपनी पहली ब्रांड प्रोफ़ाइल बनाएँ</translation>
    </message>
    <message>
        <source>Import a profile…</source>
        <translation>प्रोफ़ाइल आयात करें…</translation>
    </message>
    <message>
        <source>Select a brand profile on the left, or create a new one.</source>
        <translation>बाईं ओर से कोई ब्रांड प्रोफ़ाइल चुनें, या नई बनाएँ।</translation>
    </message>
    <message>
        <source>Could Not Open the Profile</source>
        <translation>प्रोफ़ाइल खोली नहीं जा सकी</translation>
    </message>
    <message>
        <source>The new brand profile has not been saved.</source>
        <translation>नई ब्रांड प्रोफ़ाइल सहेजी नहीं गई है।</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>“%1” में बिना सहेजे बदलाव हैं।</translation>
    </message>
    <message>
        <source>Fill in the new profile and save it with %1.</source>
        <translation>नई प्रोफ़ाइल भरें और %1 से सहेजें।</translation>
    </message>
    <message>
        <source>Fix the marked fields to save.</source>
        <translation>सहेजने के लिए चिह्नित फ़ील्ड ठीक करें।</translation>
    </message>
    <message>
        <source>Could Not Save the Profile</source>
        <translation>प्रोफ़ाइल सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>“%1” बनाना</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>“%1” सहेजी गई।</translation>
    </message>
    <message>
        <source>Reverted the unsaved changes.</source>
        <translation>बिना सहेजे बदलाव वापस ले लिए गए।</translation>
    </message>
    <message>
        <source>Could Not Duplicate the Profile</source>
        <translation>प्रोफ़ाइल की प्रतिलिपि नहीं बनाई जा सकी</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>“%1” की प्रतिलिपि</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>“%1” बनाई गई।</translation>
    </message>
    <message>
        <source>Could Not Delete the Profile</source>
        <translation>प्रोफ़ाइल हटाई नहीं जा सकी</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>“%1” हटाना</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with %2</source>
        <translation>“%1” हटाई गई। %2 से पूर्ववत करें</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>“%1” आयात</translation>
    </message>
    <message>
        <source>Imported “%1” from %2.</source>
        <translation>“%1” को %2 से आयात किया गया।</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>निर्यात विफल</translation>
    </message>
    <message>
        <source>Exported “%1” to %2.</source>
        <translation>“%1” को %2 में निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Could Not Undo or Redo</source>
        <translation>पूर्ववत या फिर से नहीं किया जा सका</translation>
    </message>
    <message>
        <source>New brand profile</source>
        <translation>नई ब्रांड प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>To save, fix: %1</source>
        <extracomment>%1 the names of the fields to fix, e.g. &quot;Brand name, Sector&quot;</extracomment>
        <translation>सहेजने के लिए ठीक करें: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
</context>
<context>
    <name>reel::ui::ProviderText</name>
    <message>
        <source>llama.cpp server</source>
        <translation>llama.cpp सर्वर</translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation>अन्य OpenAI-संगत सर्वर</translation>
    </message>
    <message>
        <source>Offline composer</source>
        <extracomment>the built-in writer that needs no model and no network</extracomment>
        <translation>ऑफ़लाइन कंपोज़र</translation>
    </message>
</context>
<context>
    <name>reel::ui::RatingPanel</name>
    <message>
        <source>Choose stars or a thumb, or write a comment.</source>
        <translation>स्टार या थम्स चुनें, या कोई टिप्पणी लिखें।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a thumb and its reasons, e.g. &quot;Thumbs down: Weak hook, Too long&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who rated and when: %1 name, %2 date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation>अभी कोई रेटिंग नहीं।</translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation>अभी रेटिंग नहीं दी गई।</translation>
    </message>
    <message numerus="yes">
        <source>%n rating, without stars.</source>
        <translation>
            <numerusform>%n रेटिंग, बिना स्टार के।</numerusform>
            <numerusform>%n रेटिंग, बिना स्टार के।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, without stars.</source>
        <translation>
            <numerusform>%n रेटिंग, बिना स्टार के।</numerusform>
            <numerusform>%n रेटिंग, बिना स्टार के।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 from %n rating</source>
        <extracomment>%1 the average stars, e.g. &quot;★ 4.5&quot;; %n how many ratings gave stars</extracomment>
        <translation>
            <numerusform>★ %1, %n रेटिंग से</numerusform>
            <numerusform>★ %1, %n रेटिंग का औसत</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 average of %n ratings</source>
        <translation>
            <numerusform>★ %1, %n रेटिंग का औसत</numerusform>
            <numerusform>★ %1, %n रेटिंग का औसत</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>रेटिंग:</translation>
    </message>
    <message numerus="yes">
        <source>%n star</source>
        <translation>
            <numerusform>%n स्टार</numerusform>
            <numerusform>%n स्टार</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation>
            <numerusform>%n स्टार</numerusform>
            <numerusform>%n स्टार</numerusform>
        </translation>
    </message>
    <message>
        <source>Works as it is; pick what makes it good</source>
        <translation>जैसी है वैसी ठीक है; चुनें कि इसमें क्या अच्छा है</translation>
    </message>
    <message>
        <source>Needs work; pick what is wrong</source>
        <translation>सुधार चाहिए; चुनें कि क्या गलत है</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>क्यों:</translation>
    </message>
    <message>
        <source>Other reasons, separated by commas</source>
        <translation>अन्य कारण, कॉमा से अलग करें</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>टिप्पणी:</translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation>क्या अच्छा है, क्या बदलना है</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>द्वारा:</translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation>रेटिंग जोड़ें</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>रेटिंग</translation>
    </message>
</context>
<context>
    <name>reel::ui::RequestBar</name>
    <message>
        <source>Brand &amp;profile</source>
        <translation>ब्रांड प्रोफ़ाइल (&amp;P)</translation>
    </message>
    <message>
        <source>Hoo&amp;k type</source>
        <translation>हुक प्रकार (&amp;K)</translation>
    </message>
    <message>
        <source>E&amp;motion</source>
        <translation>भावना (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>लक्ष्य (&amp;G)</translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation>लंबाई (&amp;G)</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>भाषा (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>विषय (&amp;T)</translation>
    </message>
    <message>
        <source>No brand profile</source>
        <translation>कोई ब्रांड प्रोफ़ाइल नहीं</translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation>ब्रांड प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>The brand the script is checked against: its banned words, hashtags and voice</source>
        <translation>वह ब्रांड जिसके आधार पर स्क्रिप्ट जाँची जाती है: उसके वर्जित शब्द, हैशटैग और आवाज़</translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation>हुक प्रकार</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>भावना</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>लक्ष्य</translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation>रील की लंबाई सेकंड में</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation> से.</translation>
    </message>
    <message>
        <source>Script language</source>
        <translation>स्क्रिप्ट की भाषा</translation>
    </message>
    <message>
        <source>The language the script is written in: word counts, spelling and speaking rate follow it</source>
        <translation>वह भाषा जिसमें स्क्रिप्ट लिखी गई है: शब्द गिनती, वर्तनी और बोलने की गति इसी के अनुसार होती है</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>सेट नहीं</translation>
    </message>
    <message>
        <source>The kind of hook the script opens with; the hook is checked against it</source>
        <translation>स्क्रिप्ट किस प्रकार के हुक से शुरू होती है; हुक की जाँच इसी के आधार पर होती है</translation>
    </message>
    <message>
        <source>The feeling the Reel should leave; the tone is checked against it (English)</source>
        <translation>रील देखने के बाद कैसा महसूस होना चाहिए; टोन की जाँच इसी के आधार पर होती है (अंग्रेज़ी)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>विषय</translation>
    </message>
    <message>
        <source>What the Reel is about (optional)</source>
        <translation>रील किस बारे में है (वैकल्पिक)</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleLimitsEditor</name>
    <message>
        <source>Limit</source>
        <translation>सीमा</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>प्लेटफ़ॉर्म</translation>
    </message>
    <message>
        <source>This brand</source>
        <translation>यह ब्रांड</translation>
    </message>
    <message>
        <source>Tick a limit to give this brand its own value; the others follow the platform&apos;s rule pack.</source>
        <translation>इस ब्रांड को अपना मान देने के लिए किसी सीमा को चेक करें; बाकी प्लेटफ़ॉर्म के नियम पैक के अनुसार रहती हैं।</translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation>नियम सीमाएँ</translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleSettingText</name>
    <message>
        <source>Hook: fewest words</source>
        <translation>हुक: न्यूनतम शब्द</translation>
    </message>
    <message>
        <source>Hook: most words</source>
        <translation>हुक: अधिकतम शब्द</translation>
    </message>
    <message>
        <source>Hook: seconds to say it</source>
        <translation>हुक: बोलने में सेकंड</translation>
    </message>
    <message>
        <source>Body: fewest words</source>
        <translation>मुख्य भाग: न्यूनतम शब्द</translation>
    </message>
    <message>
        <source>Body: most words</source>
        <translation>मुख्य भाग: अधिकतम शब्द</translation>
    </message>
    <message>
        <source>Call to action: fewest words</source>
        <translation>कॉल टू ऐक्शन: न्यूनतम शब्द</translation>
    </message>
    <message>
        <source>Call to action: most words</source>
        <translation>कॉल टू ऐक्शन: अधिकतम शब्द</translation>
    </message>
    <message>
        <source>Caption: characters (hard limit)</source>
        <translation>कैप्शन: अक्षर (सख़्त सीमा)</translation>
    </message>
    <message>
        <source>Caption: fewest characters recommended</source>
        <translation>कैप्शन: अनुशंसित न्यूनतम अक्षर</translation>
    </message>
    <message>
        <source>Caption: most characters recommended</source>
        <translation>कैप्शन: अनुशंसित अधिकतम अक्षर</translation>
    </message>
    <message>
        <source>Caption: characters shown before “more”</source>
        <translation>कैप्शन: “more” से पहले दिखने वाले अक्षर</translation>
    </message>
    <message>
        <source>Hashtags: most</source>
        <translation>हैशटैग: अधिकतम</translation>
    </message>
    <message>
        <source>Hashtags: fewest</source>
        <translation>हैशटैग: न्यूनतम</translation>
    </message>
    <message>
        <source>Hashtag: most characters</source>
        <translation>हैशटैग: अधिकतम अक्षर</translation>
    </message>
    <message>
        <source>Duration: tolerance (0.15 = ±15 %)</source>
        <translation>अवधि: सहनशीलता (0.15 = ±15 %)</translation>
    </message>
    <message>
        <source>Reel: most seconds</source>
        <translation>रील: अधिकतम सेकंड</translation>
    </message>
    <message>
        <source>Reel: seconds recommended for reach</source>
        <translation>रील: पहुँच के लिए अनुशंसित सेकंड</translation>
    </message>
    <message>
        <source>Sentence: most words</source>
        <translation>वाक्य: अधिकतम शब्द</translation>
    </message>
    <message>
        <source>Reading ease: lowest score</source>
        <translation>पठनीयता: न्यूनतम स्कोर</translation>
    </message>
    <message>
        <source>Capitals: words in a row that read as shouting</source>
        <translation>बड़े अक्षर: लगातार कितने शब्द चिल्लाने जैसे लगते हैं</translation>
    </message>
    <message>
        <source>Exclamation marks in a row: most</source>
        <translation>लगातार विस्मयादिबोधक चिह्न: अधिकतम</translation>
    </message>
    <message>
        <source>Emoji in a row: most</source>
        <translation>लगातार इमोजी: अधिकतम</translation>
    </message>
    <message>
        <source>Emoji per section: most</source>
        <translation>प्रति भाग इमोजी: अधिकतम</translation>
    </message>
    <message>
        <source>Same word per section: most uses</source>
        <translation>प्रति भाग एक ही शब्द: अधिकतम उपयोग</translation>
    </message>
    <message>
        <source>Repetition: shortest word counted</source>
        <translation>दोहराव: गिना जाने वाला सबसे छोटा शब्द</translation>
    </message>
    <message>
        <source>Tone: sentiment threshold</source>
        <translation>टोन: सेंटिमेंट सीमा</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptDetailPanel</name>
    <message>
        <source>Moved to “%1”.</source>
        <extracomment>%1 the new status</extracomment>
        <translation>“%1” में ले जाया गया।</translation>
    </message>
    <message>
        <source>Rating added.</source>
        <translation>रेटिंग जोड़ी गई।</translation>
    </message>
    <message>
        <source>Figures saved.</source>
        <translation>आँकड़े सहेजे गए।</translation>
    </message>
    <message>
        <source>Restored as version %1.</source>
        <translation>संस्करण %1 के रूप में पुनर्स्थापित किया गया।</translation>
    </message>
    <message>
        <source>Select a script to review it here.</source>
        <translation>यहाँ समीक्षा करने के लिए कोई स्क्रिप्ट चुनें।</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>बिना शीर्षक की स्क्रिप्ट</translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>when the script was created</extracomment>
        <translation>बनाई गई %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>अपडेट की गई %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <extracomment>tokens sent and received</extracomment>
        <translation>%1 + %2 टोकन</translation>
    </message>
    <message>
        <source>Score %1</source>
        <extracomment>the script&apos;s score in the platform checks, 0–100</extracomment>
        <translation>स्कोर %1</translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n प्रयास</numerusform>
            <numerusform>%n प्रयास</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>मुख्य भाग</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>कॉल टू ऐक्शन</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>हैशटैग</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>स्क्रीन पर टेक्स्ट</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>थंबनेल टेक्स्ट</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>स्क्रिप्ट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>प्रदर्शन</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Current script</source>
        <translation>वर्तमान स्क्रिप्ट</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptEditorPage</name>
    <message>
        <source>Script Editor</source>
        <translation>स्क्रिप्ट एडिटर</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Open a script file (Ctrl+O)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Script</source>
        <translation>नई स्क्रिप्ट (&amp;N)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>नई</translation>
    </message>
    <message>
        <source>Start a new, empty script</source>
        <translation>एक नई, खाली स्क्रिप्ट शुरू करें</translation>
    </message>
    <message>
        <source>&amp;Open Script…</source>
        <translation>स्क्रिप्ट खोलें (&amp;O)…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>खोलें…</translation>
    </message>
    <message>
        <source>Open a script file</source>
        <translation>स्क्रिप्ट फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>&amp;Save Script</source>
        <translation>स्क्रिप्ट सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation>स्क्रिप्ट सहेजें</translation>
    </message>
    <message>
        <source>Save Script &amp;As…</source>
        <translation>स्क्रिप्ट इस रूप में सहेजें (&amp;A)…</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>इस रूप में सहेजें…</translation>
    </message>
    <message>
        <source>Save the script to a new file</source>
        <translation>स्क्रिप्ट को नई फ़ाइल में सहेजें</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>अगली समस्या</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>पिछली समस्या</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>No brand profile yet: the brand&apos;s banned words, competitors and hashtags are not checked. Create one on the Brand Profiles page.</source>
        <translation>अभी कोई ब्रांड प्रोफ़ाइल नहीं: ब्रांड के वर्जित शब्द, प्रतिस्पर्धी और हैशटैग नहीं जाँचे जाते। ब्रांड प्रोफ़ाइल पृष्ठ पर एक प्रोफ़ाइल बनाएँ।</translation>
    </message>
    <message>
        <source>The new script has not been saved.</source>
        <translation>नई स्क्रिप्ट सहेजी नहीं गई है।</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation>“%1” में बिना सहेजे बदलाव हैं।</translation>
    </message>
    <message>
        <source>New script. Start with the hook.</source>
        <translation>नई स्क्रिप्ट। हुक से शुरू करें।</translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation>स्क्रिप्ट खोलें</translation>
    </message>
    <message>
        <source>Script files (*.json);;All files (*)</source>
        <translation>स्क्रिप्ट फ़ाइलें (*.json);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Could Not Open the Script</source>
        <translation>स्क्रिप्ट खोली नहीं जा सकी</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is not in this workspace.</source>
        <extracomment>%1 the brand named in the file</extracomment>
        <translation>यह स्क्रिप्ट “%1” के लिए लिखी गई थी, जो इस वर्कस्पेस में नहीं है।</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 खोली गई।</translation>
    </message>
    <message>
        <source>script</source>
        <extracomment>Suggested file name; %1 the brand&apos;s name</extracomment>
        <translation>स्क्रिप्ट</translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation>%1 स्क्रिप्ट</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>स्क्रिप्ट सहेजें</translation>
    </message>
    <message>
        <source>Saving as soon as the check of the latest changes is done…</source>
        <translation>नवीनतम बदलावों की जाँच पूरी होते ही सहेजा जाएगा…</translation>
    </message>
    <message>
        <source>Could Not Save the Script</source>
        <translation>स्क्रिप्ट सहेजी नहीं जा सकी</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 सहेजी गई।</translation>
    </message>
    <message>
        <source>Applied: %1. Undo with %2.</source>
        <extracomment>%1 what the fix did, e.g. remove “fat”</extracomment>
        <translation>लागू किया गया: %1। %2 से पूर्ववत करें।</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>कोई समस्या नहीं मिली।</translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation>बिना शीर्षक की स्क्रिप्ट</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is no longer in this workspace.</source>
        <extracomment>%1 the brand the script was generated for</extracomment>
        <translation>यह स्क्रिप्ट “%1” के लिए लिखी गई थी, जो अब इस वर्कस्पेस में नहीं है।</translation>
    </message>
    <message>
        <source>Could not autosave: %1</source>
        <translation>ऑटोसेव नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Could Not Save the Version</source>
        <translation>संस्करण सहेजा नहीं जा सका</translation>
    </message>
    <message>
        <source>Opened “%1” from the history. Edits are kept as versions automatically; %2 saves the version now.</source>
        <extracomment>%1 the script&apos;s title (its hook)</extracomment>
        <translation>इतिहास से “%1” खोली गई। बदलाव अपने-आप संस्करणों के रूप में रखे जाते हैं; %2 से संस्करण अभी सहेजें।</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>संस्करण %1 के रूप में सहेजा गया।</translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation>संस्करण %1 के बाद कोई बदलाव नहीं।</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>संपादन हो रहा है…</translation>
    </message>
    <message>
        <source>Version %1 (autosaved)</source>
        <translation>संस्करण %1 (ऑटोसेव)</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>संस्करण %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptFile</name>
    <message>
        <source>it is a folder</source>
        <translation>यह एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>फ़ाइल 16 MiB से बड़ी है</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptForm</name>
    <message>
        <source>&amp;Hook</source>
        <translation>हुक (&amp;H)</translation>
    </message>
    <message>
        <source>The first words viewers hear: make them stop scrolling.</source>
        <translation>दर्शकों को सुनाई देने वाले पहले शब्द: उन्हें स्क्रॉल करने से रोकें।</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>मुख्य भाग (&amp;B)</translation>
    </message>
    <message>
        <source>The story, the tips, the proof: what the Reel says.</source>
        <translation>कहानी, टिप्स, प्रमाण: रील क्या कहती है।</translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation>कॉल टू ऐक्शन (&amp;C)</translation>
    </message>
    <message>
        <source>What viewers should do next, e.g. Book your free class today.</source>
        <translation>दर्शकों को आगे क्या करना चाहिए, जैसे आज ही अपनी फ़्री क्लास बुक करें।</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>कैप्शन (&amp;P)</translation>
    </message>
    <message>
        <source>The post&apos;s caption. The first 125 characters show before “more”.</source>
        <translation>पोस्ट का कैप्शन। पहले 125 अक्षर “more” से पहले दिखते हैं।</translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation>हैशटैग (&amp;T)</translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation>#brand #topic, स्पेस से अलग करें</translation>
    </message>
    <message>
        <source>&amp;On-screen text</source>
        <translation>स्क्रीन पर टेक्स्ट (&amp;O)</translation>
    </message>
    <message>
        <source>One line per text overlay</source>
        <translation>हर टेक्स्ट ओवरले के लिए एक पंक्ति</translation>
    </message>
    <message>
        <source>&amp;Shots</source>
        <translation>शॉट (&amp;S)</translation>
    </message>
    <message>
        <source>Th&amp;umbnail text</source>
        <translation>थंबनेल टेक्स्ट (&amp;U)</translation>
    </message>
    <message>
        <source>A few words on the cover image</source>
        <translation>कवर इमेज पर कुछ शब्द</translation>
    </message>
    <message>
        <source>Add Shot</source>
        <translation>शॉट जोड़ें</translation>
    </message>
    <message>
        <source>Add a shot at the end of the list</source>
        <translation>सूची के अंत में एक शॉट जोड़ें</translation>
    </message>
    <message>
        <source>Add shot</source>
        <translation>शॉट जोड़ें</translation>
    </message>
    <message>
        <source>Remove Shot</source>
        <translation>शॉट हटाएँ</translation>
    </message>
    <message>
        <source>Remove the selected shot</source>
        <translation>चुना गया शॉट हटाएँ</translation>
    </message>
    <message>
        <source>Remove shot</source>
        <translation>शॉट हटाएँ</translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation>कैप्शन की लंबाई</translation>
    </message>
    <message>
        <source>Hashtag count</source>
        <translation>हैशटैग की संख्या</translation>
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
        <translation>%2 में से %1 अक्षर; पहले %3 “more” (चिह्न) से पहले दिखते हैं।</translation>
    </message>
    <message>
        <source>%1 hashtags of the %2 Instagram allows (hashtags in the caption count too).</source>
        <translation>Instagram की अनुमति वाले %2 में से %1 हैशटैग (कैप्शन के हैशटैग भी गिने जाते हैं)।</translation>
    </message>
</context>
<context>
    <name>reel::ui::SectionEditor</name>
    <message>
        <source>Spelling Suggestions</source>
        <translation>वर्तनी सुझाव</translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation>खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>कोई सुझाव नहीं</translation>
    </message>
</context>
<context>
    <name>reel::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation>मॉडल प्रदाता</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>जनरेशन</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>प्रदाता (&amp;P):</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>प्रदाता</translation>
    </message>
    <message>
        <source>Which model writes the scripts</source>
        <translation>कौन-सा मॉडल स्क्रिप्ट लिखता है</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>बेस URL (&amp;B):</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>बेस URL</translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible address, usually ending in /v1</source>
        <translation>सर्वर का OpenAI-संगत पता, आमतौर पर /v1 पर समाप्त होता है</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>मॉडल (&amp;M):</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>The model&apos;s id on the server; Refresh lists the models it offers</source>
        <translation>सर्वर पर मॉडल की id; “रीफ़्रेश” सर्वर के उपलब्ध मॉडल की सूची दिखाता है</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>रीफ़्रेश करें (&amp;R)</translation>
    </message>
    <message>
        <source>List the models the server offers</source>
        <translation>सर्वर के उपलब्ध मॉडल की सूची दिखाएँ</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation>कुंजी सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation>कुंजी को सिस्टम कीचेन में रखें</translation>
    </message>
    <message>
        <source>Remo&amp;ve Key</source>
        <translation>कुंजी हटाएँ (&amp;V)</translation>
    </message>
    <message>
        <source>Delete the saved key from the keychain</source>
        <translation>सहेजी गई कुंजी को कीचेन से हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>कनेक्शन जाँचें (&amp;T)</translation>
    </message>
    <message>
        <source>Ask the server for its models with these settings</source>
        <translation>इन सेटिंग्स के साथ सर्वर से उसके मॉडल की सूची माँगें</translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation>टेम्परेचर (&amp;T):</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>टेम्परेचर</translation>
    </message>
    <message>
        <source>Higher values give more varied scripts; lower, more predictable ones</source>
        <translation>ऊँचे मान अधिक विविध स्क्रिप्ट देते हैं; कम मान अधिक अनुमानित</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens per answer:</source>
        <translation>प्रति उत्तर अधिकतम टोकन (&amp;X):</translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation>प्रति उत्तर अधिकतम टोकन</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>सर्वर डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>कनेक्ट टाइमआउट (&amp;C):</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>कनेक्ट टाइमआउट सेकंड में</translation>
    </message>
    <message>
        <source>How long to wait for the server to accept the request</source>
        <translation>सर्वर के अनुरोध स्वीकार करने का कितनी देर इंतज़ार करना है</translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation>निष्क्रियता टाइमआउट (&amp;I):</translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation>निष्क्रियता टाइमआउट सेकंड में</translation>
    </message>
    <message>
        <source>The longest silence allowed while the answer streams in</source>
        <translation>उत्तर स्ट्रीम होते समय अनुमत सबसे लंबी चुप्पी</translation>
    </message>
    <message>
        <source>&amp;Overall timeout:</source>
        <translation>कुल टाइमआउट (&amp;O):</translation>
    </message>
    <message>
        <source>Overall timeout in seconds</source>
        <translation>कुल टाइमआउट सेकंड में</translation>
    </message>
    <message>
        <source>The longest a whole answer may take, retries included</source>
        <translation>पूरे उत्तर में लगने वाला अधिकतम समय, दोबारा प्रयासों सहित</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds, e.g. &quot;10 s&quot;</extracomment>
        <translation> से.</translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation>दोबारा प्रयास (&amp;E):</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>दोबारा प्रयास</translation>
    </message>
    <message>
        <source>How often a request is sent again after a network error, a rate limit or a server error</source>
        <translation>नेटवर्क त्रुटि, रेट सीमा या सर्वर त्रुटि के बाद अनुरोध कितनी बार फिर से भेजा जाए</translation>
    </message>
    <message>
        <source>Re&amp;pairs:</source>
        <translation>सुधार (&amp;P):</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <source>How often a script with errors goes back to the model with the problems found</source>
        <translation>त्रुटियों वाली स्क्रिप्ट मिली समस्याओं के साथ कितनी बार मॉडल को वापस भेजी जाए</translation>
    </message>
    <message>
        <source>When the server cannot be reached, write with the &amp;offline composer</source>
        <translation>सर्वर तक न पहुँच पाने पर ऑफ़लाइन कंपोज़र से लिखें (&amp;O)</translation>
    </message>
    <message>
        <source>Automatic: OpenAI with a key, else the offline composer</source>
        <translation>स्वचालित: कुंजी होने पर OpenAI, वरना ऑफ़लाइन कंपोज़र</translation>
    </message>
    <message>
        <source>Offline composer only</source>
        <translation>केवल ऑफ़लाइन कंपोज़र</translation>
    </message>
    <message>
        <source>e.g. https://models.example.com/v1</source>
        <translation>जैसे https://models.example.com/v1</translation>
    </message>
    <message>
        <source>The model&apos;s id, e.g. llama3.1</source>
        <translation>मॉडल की id, जैसे llama3.1</translation>
    </message>
    <message>
        <source>OpenAI when an API key is known (saved here or in OPENAI_API_KEY), else the offline composer.</source>
        <translation>API कुंजी ज्ञात होने पर (यहाँ सहेजी गई या OPENAI_API_KEY में) OpenAI, वरना ऑफ़लाइन कंपोज़र।</translation>
    </message>
    <message>
        <source>Scripts are written on this computer from templates, with no model and no network: free and private, but less varied.</source>
        <translation>स्क्रिप्ट इसी कंप्यूटर पर टेम्पलेट से लिखी जाती हैं, बिना मॉडल और बिना नेटवर्क के: मुफ़्त और निजी, लेकिन कम विविध।</translation>
    </message>
    <message>
        <source>OpenAI&apos;s API. It needs an API key and charges per token (see Prices).</source>
        <translation>OpenAI का API। इसके लिए API कुंजी चाहिए और प्रति टोकन शुल्क लगता है (कीमतें देखें)।</translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API: enter its base URL and model.</source>
        <translation>OpenAI API समझने वाला कोई भी सर्वर: उसका बेस URL और मॉडल दर्ज करें।</translation>
    </message>
    <message>
        <source>A model server on this computer: start it first. A key is usually not needed.</source>
        <translation>इसी कंप्यूटर पर चलने वाला मॉडल सर्वर: पहले उसे शुरू करें। आमतौर पर कुंजी की ज़रूरत नहीं होती।</translation>
    </message>
    <message>
        <source>The offline composer needs no key.</source>
        <translation>ऑफ़लाइन कंपोज़र को कुंजी की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>कीचेन पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Saved key: %1</source>
        <extracomment>%1 the hidden key with its last four characters, e.g. •••• 3xYz</extracomment>
        <translation>सहेजी गई कुंजी: %1</translation>
    </message>
    <message>
        <source>Using the key from the OPENAI_API_KEY environment variable. A key saved here is used instead.</source>
        <translation>OPENAI_API_KEY एनवायरनमेंट वेरिएबल की कुंजी इस्तेमाल हो रही है। यहाँ सहेजी गई कुंजी होने पर उसका उपयोग होगा।</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>कीचेन पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>No key saved; a server on this computer usually needs none.</source>
        <translation>कोई कुंजी सहेजी नहीं गई; इसी कंप्यूटर के सर्वर को आमतौर पर इसकी ज़रूरत नहीं होती।</translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation>कोई कुंजी सहेजी नहीं गई।</translation>
    </message>
    <message>
        <source>Enter a new key to replace it</source>
        <translation>इसे बदलने के लिए नई कुंजी दर्ज करें</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API कुंजी पेस्ट करें</translation>
    </message>
    <message>
        <source>The system keychain is not available. The key is kept for this session only and never written to disk.</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं है। कुंजी केवल इस सत्र के लिए रखी जाती है और कभी डिस्क पर नहीं लिखी जाती।</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key is kept for this session only and never written to disk.</source>
        <translation>सिस्टम कीचेन उपलब्ध नहीं है (%1)। कुंजी केवल इस सत्र के लिए रखी जाती है और कभी डिस्क पर नहीं लिखी जाती।</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>कुंजी सहेजी नहीं गई: %1</translation>
    </message>
    <message>
        <source>The key was saved in the system keychain.</source>
        <translation>कुंजी सिस्टम कीचेन में सहेज दी गई।</translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation>कुंजी केवल इस सत्र के लिए रखी गई है।</translation>
    </message>
    <message>
        <source>Remove Key</source>
        <extracomment>%1 the provider, e.g. OpenAI</extracomment>
        <translation>कुंजी हटाएँ</translation>
    </message>
    <message>
        <source>Remove the saved API key for %1 from the keychain?</source>
        <translation>%1 की सहेजी गई API कुंजी कीचेन से हटाएँ?</translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation>कुंजी हटाई नहीं गई: %1</translation>
    </message>
    <message>
        <source>No API key is known, so the offline composer writes; it needs no connection.</source>
        <translation>कोई API कुंजी ज्ञात नहीं है, इसलिए ऑफ़लाइन कंपोज़र लिखता है; इसे किसी कनेक्शन की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <source>The offline composer needs no connection.</source>
        <translation>ऑफ़लाइन कंपोज़र को किसी कनेक्शन की ज़रूरत नहीं है।</translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, e.g. %1</source>
        <translation>सर्वर का बेस URL दर्ज करें, जैसे %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation>%1 से कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models. Check the base URL (it usually ends in /v1).</source>
        <translation>सर्वर ने उत्तर दिया, लेकिन मॉडल की सूची के साथ नहीं। बेस URL जाँचें (यह आमतौर पर /v1 पर समाप्त होता है)।</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model.</source>
        <translation>
            <numerusform>कनेक्ट हो गया। सर्वर %n मॉडल उपलब्ध कराता है।</numerusform>
            <numerusform>कनेक्ट हो गया। सर्वर %n मॉडल उपलब्ध कराता है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n models.</source>
        <translation>
            <numerusform>कनेक्ट हो गया। सर्वर %n मॉडल उपलब्ध कराता है।</numerusform>
            <numerusform>कनेक्ट हो गया। सर्वर %n मॉडल उपलब्ध कराता है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model listed.</source>
        <translation>
            <numerusform>%n मॉडल सूचीबद्ध।</numerusform>
            <numerusform>%n मॉडल सूचीबद्ध।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models listed.</source>
        <translation>
            <numerusform>%n मॉडल सूचीबद्ध।</numerusform>
            <numerusform>%n मॉडल सूचीबद्ध।</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not among them.</source>
        <extracomment>%1 the model id set above</extracomment>
        <translation>“%1” उनमें शामिल नहीं है।</translation>
    </message>
</context>
<context>
    <name>reel::ui::ShotsModel</name>
    <message>
        <source>The shot must end after it starts.</source>
        <translation>शॉट को शुरू होने के बाद समाप्त होना चाहिए।</translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation>शुरुआत (से.)</translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation>अंत (से.)</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>दृश्य</translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation>वॉइस-ओवर</translation>
    </message>
</context>
<context>
    <name>reel::ui::StatusPanel</name>
    <message>
        <source>Say why the script is rejected: the writer reads this.</source>
        <translation>बताएँ कि स्क्रिप्ट क्यों अस्वीकृत की जा रही है: लेखक इसे पढ़ेगा।</translation>
    </message>
    <message>
        <source>Say why the script goes back: the writer reads this.</source>
        <translation>बताएँ कि स्क्रिप्ट वापस क्यों भेजी जा रही है: लेखक इसे पढ़ेगा।</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a status change: %1 from, %2 to</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who changed the status and when: %1 name, %2 date and time</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation>अभी तक स्थिति में कोई बदलाव नहीं।</translation>
    </message>
    <message>
        <source>Required: why this move?</source>
        <translation>आवश्यक: यह बदलाव क्यों?</translation>
    </message>
    <message>
        <source>Optional note for the team</source>
        <translation>टीम के लिए वैकल्पिक नोट</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>कारण:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>टिप्पणी:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>स्थिति:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>इसमें ले जाएँ:</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>द्वारा:</translation>
    </message>
    <message>
        <source>Your name, kept with the change (remembered for next time)</source>
        <translation>आपका नाम, बदलाव के साथ रखा जाता है (अगली बार के लिए याद रखा जाता है)</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>स्थिति बदलें</translation>
    </message>
    <message>
        <source>Published scripts stay published.</source>
        <translation>प्रकाशित स्क्रिप्ट प्रकाशित ही रहती हैं।</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>स्थिति इतिहास</translation>
    </message>
</context>
<context>
    <name>reel::ui::StringListEditor</name>
    <message>
        <source>“%1” is already in the list.</source>
        <translation>“%1” पहले से सूची में है।</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>नई प्रविष्टि</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>प्रविष्टियाँ</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>प्रविष्टि जोड़ें</translation>
    </message>
    <message>
        <source>Remove selected entries</source>
        <translation>चुनी गई प्रविष्टियाँ हटाएँ</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <extracomment>%1 the list, e.g. &quot;Pain points&quot;</extracomment>
        <translation>%1 के लिए नई प्रविष्टि</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>%1 में जोड़ें</translation>
    </message>
    <message>
        <source>Remove selected from %1</source>
        <translation>%1 से चुनी गई प्रविष्टियाँ हटाएँ</translation>
    </message>
    <message>
        <source>Add the typed entry (Enter)</source>
        <translation>लिखी गई प्रविष्टि जोड़ें (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected entries (Delete)</source>
        <translation>चुनी गई प्रविष्टियाँ हटाएँ (Delete)</translation>
    </message>
    <message>
        <source>Double-click an entry to edit it</source>
        <translation>किसी प्रविष्टि को संपादित करने के लिए उस पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>An entry cannot be empty; use Remove to delete it.</source>
        <translation>प्रविष्टि खाली नहीं हो सकती; हटाने के लिए “हटाएँ” का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>reel::ui::SummaryTiles</name>
    <message>
        <source>Scripts</source>
        <translation>स्क्रिप्ट</translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation>
            <numerusform>%n सप्ताह में</numerusform>
            <numerusform>%n सप्ताह में</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n weeks</source>
        <translation>
            <numerusform>%n सप्ताह में</numerusform>
            <numerusform>%n सप्ताह में</numerusform>
        </translation>
    </message>
    <message>
        <source>Model / offline composer</source>
        <extracomment>the number of scripts written by a model and by the offline composer, e.g. &quot;5 / 2&quot;</extracomment>
        <translation>मॉडल / ऑफ़लाइन कंपोज़र</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 written by a model</source>
        <translation>%1 मॉडल द्वारा लिखी गईं</translation>
    </message>
    <message>
        <source>Average generation time</source>
        <translation>औसत जनरेशन समय</translation>
    </message>
    <message>
        <source>Model scripts: %1</source>
        <translation>मॉडल स्क्रिप्ट: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 the scripts that failed, %n all scripts</extracomment>
        <translation>
            <numerusform>%n में से %1 स्क्रिप्ट</numerusform>
            <numerusform>%n में से %1 स्क्रिप्ट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation>
            <numerusform>%n में से %1 स्क्रिप्ट</numerusform>
            <numerusform>%n में से %1 स्क्रिप्ट</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed validation at first attempt</source>
        <translation>पहले प्रयास में सत्यापन विफल</translation>
    </message>
    <message>
        <source>Still failing after repair</source>
        <translation>सुधार के बाद भी विफल</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation>प्रॉम्प्ट %1 · कम्प्लीशन %2</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>लागत (USD)</translation>
    </message>
    <message>
        <source>%1 per model script</source>
        <translation>प्रति मॉडल स्क्रिप्ट %1</translation>
    </message>
    <message>
        <source>%1 up · %2 down</source>
        <translation>%1 पसंद · %2 नापसंद</translation>
    </message>
    <message>
        <source>%1 ★ average · %2</source>
        <extracomment>%1 the average stars, %2 the thumbs</extracomment>
        <translation>%1 ★ औसत · %2</translation>
    </message>
    <message>
        <source>Rated scripts</source>
        <translation>रेटिंग वाली स्क्रिप्ट</translation>
    </message>
</context>
<context>
    <name>reel::ui::VariantView</name>
    <message>
        <source>Variant %1</source>
        <extracomment>title of a variant&apos;s tab; %1 its number</extracomment>
        <translation>वेरिएंट %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a variant&apos;s tab once written; %1 &quot;Variant 2&quot;, %2 its validation score (0–100)</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation>%1 — विफल</translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation>%1 — रोका गया</translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation>पहले शब्दों की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>लिखा जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problem…</source>
        <extracomment>%1 the attempt&apos;s number (2 = the first repair), %n the problems sent back to the model</extracomment>
        <translation>
            <numerusform>प्रयास %1: %n समस्या ठीक की जा रही है…</numerusform>
            <numerusform>प्रयास %1: %n समस्याएँ ठीक की जा रही हैं…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problems…</source>
        <translation>
            <numerusform>प्रयास %1: %n समस्या ठीक की जा रही है…</numerusform>
            <numerusform>प्रयास %1: %n समस्याएँ ठीक की जा रही हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>no errors</source>
        <translation>कोई त्रुटि नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation>
            <numerusform>%n त्रुटि</numerusform>
            <numerusform>%n त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n त्रुटि</numerusform>
            <numerusform>%n त्रुटियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation>कोई चेतावनी नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n चेतावनी</numerusform>
            <numerusform>%n चेतावनियाँ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n चेतावनी</numerusform>
            <numerusform>%n चेतावनियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1: %2, %3.</source>
        <extracomment>%1 the score (0–100), %2 &quot;no errors&quot; / &quot;2 errors&quot;, %3 &quot;1 warning&quot;</extracomment>
        <translation>स्कोर %1: %2, %3।</translation>
    </message>
    <message>
        <source>Repaired once.</source>
        <translation>एक बार सुधारा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n times.</source>
        <translation>
            <numerusform>%n बार सुधारा गया।</numerusform>
            <numerusform>%n बार सुधारा गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in the workspace.</source>
        <translation>वर्कस्पेस में सहेजा गया।</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>नहीं लिखा गया: %1</translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation>रोक दिया गया; कुछ भी सहेजा नहीं गया।</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 टोकन</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>time a variant took, e.g. &quot;4.2 s&quot;</extracomment>
        <translation>%1 से.</translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation>%1–%2 से.</translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>मुख्य भाग</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>कॉल टू ऐक्शन</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>हैशटैग</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>स्क्रीन पर टेक्स्ट</translation>
    </message>
    <message>
        <source>Shots</source>
        <translation>शॉट</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>थंबनेल टेक्स्ट</translation>
    </message>
    <message>
        <source>The script appears here, section by section, as it is written.</source>
        <translation>स्क्रिप्ट लिखे जाते समय भाग-दर-भाग यहाँ दिखाई देती है।</translation>
    </message>
    <message>
        <source>written instead of the model: %1</source>
        <extracomment>why the offline composer wrote a variant; %1 what went wrong with the model server</extracomment>
        <translation>मॉडल के बजाय लिखा गया: %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionDiffDialog</name>
    <message>
        <source>Version %1 · %2 · %3 · %4</source>
        <extracomment>a version in the compare list: %1 number, %2 kind, %3 author, %4 date and time</extracomment>
        <translation>संस्करण %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation>%1 (अपरिवर्तित)</translation>
    </message>
    <message>
        <source>The same version is chosen on both sides.</source>
        <translation>दोनों ओर एक ही संस्करण चुना गया है।</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>दोनों संस्करणों का टेक्स्ट एक जैसा है।</translation>
    </message>
    <message numerus="yes">
        <source>%n section differs.</source>
        <translation>
            <numerusform>%n भाग अलग है।</numerusform>
            <numerusform>%n भाग अलग हैं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections differ.</source>
        <translation>
            <numerusform>%n भाग अलग है।</numerusform>
            <numerusform>%n भाग अलग हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation>हुक</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>मुख्य भाग</translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation>कॉल टू ऐक्शन</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>कैप्शन</translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation>हैशटैग</translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation>स्क्रीन पर टेक्स्ट</translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation>थंबनेल टेक्स्ट</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation>संस्करणों की तुलना करें</translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation>संस्करणों की तुलना करें — %1</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>पुराना संस्करण</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>नया संस्करण</translation>
    </message>
    <message>
        <source>%1, left version</source>
        <extracomment>%1 a section of the script, e.g. &quot;Hook&quot;</extracomment>
        <translation>%1, बायाँ संस्करण</translation>
    </message>
    <message>
        <source>%1, right version</source>
        <translation>%1, दायाँ संस्करण</translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionsPanel</name>
    <message>
        <source>%1 (current)</source>
        <extracomment>the version now in use, e.g. &quot;3 (current)&quot;</extracomment>
        <translation>%1 (वर्तमान)</translation>
    </message>
    <message>
        <source>%1, autosaved</source>
        <translation>%1, ऑटोसेव</translation>
    </message>
    <message>
        <source>Make version %1 current again? It is saved as a new version %2; the versions in between stay in the history.</source>
        <extracomment>%1 the version to restore, %2 the number it will get</extracomment>
        <translation>संस्करण %1 को फिर से वर्तमान बनाएँ? इसे नए संस्करण %2 के रूप में सहेजा जाएगा; बीच के संस्करण इतिहास में बने रहेंगे।</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>संस्करण पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>पुनर्स्थापित करें</translation>
    </message>
    <message>
        <source>Could Not Restore the Version</source>
        <translation>संस्करण पुनर्स्थापित नहीं किया जा सका</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>By</source>
        <translation>द्वारा</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>सहेजा गया</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>तुलना करें…</translation>
    </message>
    <message>
        <source>Show two versions side by side with the changes marked</source>
        <translation>दो संस्करण साथ-साथ दिखाएँ, बदलाव चिह्नित करके</translation>
    </message>
    <message>
        <source>Make the selected version current again (kept as a new version)</source>
        <translation>चुने गए संस्करण को फिर से वर्तमान बनाएँ (नए संस्करण के रूप में रखा जाता है)</translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation>एडिटर में खोलें</translation>
    </message>
</context>
<context>
    <name>reel::ui::VoicePicker</name>
    <message>
        <source>Brand voice</source>
        <translation>ब्रांड की आवाज़</translation>
    </message>
    <message>
        <source>Check every voice that fits the brand (Space toggles)</source>
        <translation>ब्रांड से मेल खाने वाली हर आवाज़ चेक करें (Space से टॉगल करें)</translation>
    </message>
    <message>
        <source>Another voice, e.g. witty</source>
        <translation>कोई और आवाज़, जैसे हाज़िरजवाब</translation>
    </message>
    <message>
        <source>Custom brand voice</source>
        <translation>अपनी ब्रांड आवाज़</translation>
    </message>
    <message>
        <source>Add voice</source>
        <translation>आवाज़ जोड़ें</translation>
    </message>
    <message>
        <source>Add custom brand voice</source>
        <translation>अपनी ब्रांड आवाज़ जोड़ें</translation>
    </message>
</context>
</TS>
