<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>WorkflowText</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factual error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong tone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsCharts</name>
    <message>
        <source>Scripts per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and cost per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline composer and models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top hook types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average generation time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scripts in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of the weekly chart&apos;s axis over a long period (Qt date format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model tokens were used in this period. The offline composer costs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a slice of the provider chart: %1 the provider, %2 its scripts</extracomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>No script in this period has been rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1★</source>
        <extracomment>a bar of the ratings chart: ratings with %1 stars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <extracomment>a bar of the ratings chart: thumbs up</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <extracomment>a bar of the ratings chart: thumbs down</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished">ब्रांड</translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsFilterBar</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First script</source>
        <extracomment>shown in the &quot;From&quot; date field when the period starts with the first script</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of the period fields (Qt date format)
----------
date format of the period in the copied summary (Qt date format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period whose scripts are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the scripts of one brand only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>a period: %1 first day, %2 last day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsPage</name>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the summary figures as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every figure of this period to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the scripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scripts yet. Scripts you generate are counted here: how many, what they cost and how they were rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script was created in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script of %1 was created in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a longer period or another brand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished">निर्यात विफल</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the figures to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the summary to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::AnalyticsText</name>
    <message>
        <source>%1 ms</source>
        <extracomment>a generation time in milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a generation time in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a generation time in minutes and seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>a percentage, e.g. &quot;25%&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>date format of a week on the chart&apos;s axis when the weeks span years (Qt date format)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM d</source>
        <extracomment>date format of a week on the chart&apos;s axis (Qt date format: MMM = month name, d = day)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>date format of a month on the chart&apos;s axis (Qt date format: MMM = month name, yyyy = year)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel Studio analytics: %1</source>
        <extracomment>heading of the copied summary; %1 the period and brand</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by a model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the offline composer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average generation time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average generation time of model scripts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed validation at the first attempt: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still failing after repair: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens: %1 (prompt %2, completion %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated scripts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average stars: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs up: %1, thumbs down: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost per brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n script, %2 tokens, %3</source>
        <extracomment>one line of the cost per brand: %1 brand, %n scripts, %2 tokens, %3 cost</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n scripts, %2 tokens, %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no brand)</source>
        <translation type="unfinished"></translation>
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
    <name>reel::ui::DurationGauges</name>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds, e.g. &quot;24.8 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spoken length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTA length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length, e.g. &quot;24.8 s / 30 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 to say; the Reel is %2 long.</source>
        <extracomment>%1 the estimated duration, %2 the Reel&apos;s length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits between %1 and %2 (±%3 %)</source>
        <extracomment>%1 and %2 the range that fits the Reel, %3 the tolerance in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook should land within %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(पूरी फ़ाइल)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>“%1” नाम की ब्रांड प्रोफ़ाइल पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>This entry is empty.</source>
        <translation>यह प्रविष्टि खाली है।</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The example library already holds this script (example %1).</source>
        <extracomment>%1 the number of the example that already holds the same text</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server did not accept the connection in time. Check the base URL and that the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server stopped sending data. It may be overloaded; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server took longer than the time allowed for a whole answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server cannot be reached. Check the base URL and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server failed several times in a row; requests are paused for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was cut off at the model&apos;s length limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was stopped by the provider&apos;s content filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server sent an answer that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server rejected the API key. Check your key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is not allowed to use this model or endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model or endpoint does not exist on this server. Check the model name and base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no quota left. Check your plan and billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server&apos;s rate limit was reached. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said: %2</source>
        <extracomment>%1 the sentence above, %2 the server&apos;s own message (usually English)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Request id: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1.</source>
        <extracomment>%1 what was cancelled (English, e.g. &quot;index rebuild&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script that is “%1” cannot be moved to “%2”.</source>
        <extracomment>%1 the script&apos;s status, %2 the status asked for (both translated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleChecks</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a finding in the checks list: %1 the section (Hook, Body…), %2 what is wrong</extracomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Checks against the platform&apos;s rules, as the Script Editor makes them. They help you judge the example; they do not stop you saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleDialog</name>
    <message>
        <source>The near-duplicate check took too long and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first words: what stops the scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sector:</source>
        <translation type="unfinished">क्षेत्र (&amp;S):</translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emotion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTA st&amp;yle:</source>
        <translation type="unfinished">CTA शैली (&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le&amp;ngth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Reel did (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>an engagement figure that is not known</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>a form label, e.g. &quot;Views:&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <extracomment>no CTA style chosen for the example</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the example to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the marked fields to save the example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This script is already in the library as example %1: “%2”. Change the hook, body or CTA, or cancel.</source>
        <extracomment>%1 the number of the example holding the same script, %2 its hook</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The near-duplicate check was skipped: the search index is not ready (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This script is nearly the same as example %1 (%2 % alike): “%3”.</source>
        <extracomment>%1 example number, %2 similarity in percent, %3 that example&apos;s hook</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more example is nearly the same too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more examples are nearly the same too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Near-identical examples make retrieval less varied. Save it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly the Same Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new example has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example %1 has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n example</source>
        <extracomment>%1 examples shown, of %n in the library (the plural follows %n)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n examples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search hooks, bodies, CTAs, captions and hashtags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every example again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplePicksModel</name>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hook type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest in wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches on %1</source>
        <extracomment>%1 the request&apos;s filters the example matches, e.g. &quot;language, sector and hook type&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>similarity of an example to the request, as a percentage</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned; not among the matches for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned examples are always sent to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded examples are never sent to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How close the example&apos;s wording is to the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always send this example to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send this example to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <extracomment>column header: the example is always sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude</source>
        <extracomment>column header: the example is never sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector · hook type · emotion · language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleTableModel</name>
    <message>
        <source>0–100: how complete the script is and, when known, how well the Reel did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ExampleText</name>
    <message>
        <source>Bundled</source>
        <extracomment>where an example came from: shipped with the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by you</source>
        <extracomment>where an example came from: written by the user in the app</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>where an example came from: read from a CSV/JSON file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your scripts</source>
        <extracomment>where an example came from: one of the user&apos;s own scripts, kept as an example</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTA style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of date</source>
        <extracomment>the search index does not yet include the latest changes of the library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lexical (offline, %1 dimensions)</source>
        <extracomment>%1 the number of dimensions of the vectors, e.g. 512</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1</source>
        <extracomment>%1 the embedding model&apos;s name (its vector size is not known yet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible: %1 (%2 dimensions)</source>
        <extracomment>%1 the embedding model&apos;s name, %2 the number of dimensions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>a time left in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>a time left in minutes and seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>a time left in hours and minutes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPage</name>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Add an example (Ctrl+N)&quot;</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">नया</translation>
    </message>
    <message>
        <source>Add an example to the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected example (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">हटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished">आयात…</translation>
    </message>
    <message>
        <source>Import examples from a CSV, JSON or JSON Lines file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Selected Examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected examples to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every example the search and filters show to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write examples to a JSON, JSON Lines or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open the Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added example %1. The search or filters hide it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete example %1, “%2”?</source>
        <extracomment>%1 the example&apos;s number, %2 its hook</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n examples?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted examples leave the library and the search index. This cannot be undone; export them first if you may want them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Delete the Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n examples.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row was left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There are no examples to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel Studio examples (*.json);;JSON Lines (*.jsonl);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n example…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n examples…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished">निर्यात विफल</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n example to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n examples to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select an example to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>the length of the Reel in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example %1</source>
        <extracomment>%1 the example&apos;s number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality %1 / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>an engagement figure, e.g. &quot;Views: 12,000&quot;</extracomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Examples…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Example…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is empty. Add an example or import a file of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No example matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ExamplesPanel</name>
    <message>
        <source>Examples for the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always send the selected example, whatever the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never send the selected example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples could not be looked up: %1 The model writes without them.</source>
        <extracomment>%1 why the lookup failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No examples are sent; the model writes from the brand and the request alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n example is sent with the request.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n examples are sent with the request.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::FindingText</name>
    <message>
        <source>“%1”</source>
        <extracomment>Quotation marks around a word from the script, e.g. “fat”</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CTA</source>
        <extracomment>The call to action section of a script</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health and fitness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short: %1 of at least %2 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 words; keep it to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters; Instagram cuts captions at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short caption: %1 characters of the recommended %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long caption: %1 characters; %2–%3 work best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 characters show before “more”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hashtags (caption included); Instagram allows %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hashtags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not start with #.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds characters a hashtag cannot (only letters, digits and _).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only digits; Instagram does not link it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a restricted hashtag; posts using it lose reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand hashtag %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 s to say; the Reel is %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only about %1 s to say; the Reel is %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 s Reel; up to %2 s is recommended for reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook takes about %1 s to say; it should land within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shot list runs to %1 s; the Reel is %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the brand&apos;s do-not-use list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is offensive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a claim that invites trouble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a risky claim in %2.</source>
        <extracomment>%1 the claim, %2 the kind of business, e.g. &quot;health and fitness&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names a competitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to action has no action verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call to action gives no reason to act now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a question; this one does not end with “?”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is a command; start with an action verb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s CTA style is soft; %1 adds pressure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question hook should ask a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statistic hook should hold a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bold claim states; this hook asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story hook usually starts from someone (I, we) or a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curiosity hook should open a gap (a secret, a why, an unfinished thought).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relatable hook usually speaks to the viewer (you, POV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shocking hook needs a jolt: a number, a warning, a strong word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here sounds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ease %1; aim for %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ease is not available for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sentence of %1 words; keep them under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tone reads %1 (%2); the Reel should convey %3.</source>
        <extracomment>%1 negative or positive, %2 the tone score, %3 the requested emotion, e.g. “Excitement”</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone is checked for English only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the %2 dictionary.</source>
        <extracomment>%1 the word, %2 the language, e.g. &quot;English&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling dictionary for %1: spelling is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in capitals; it reads as shouting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one mark is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emoji in a row; use at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emoji in this section; use at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand profile overrides %1, which the rule pack does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add #</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep the first %1 hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end with “?”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <extracomment>%1 what the fix does, e.g. remove “fat”</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::GenerateForm</name>
    <message>
        <source>Brand &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand profile yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand the script is written for: its audience, offer, voice and banned words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the brand profile on the Brand Profiles page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoo&amp;k type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of hook the script opens with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;motion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeling the Reel should leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the model choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to 90 seconds is recommended for reach; Instagram allows up to 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to &amp;action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Start your free trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic or angle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic or angle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Reel is about, the angle to take, facts to use (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variants:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different scripts to write side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::GeneratePage</name>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the scripts (%1)</source>
        <extracomment>Tooltip with its keyboard shortcut</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop writing; unfinished variants are not saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected variant in the Script Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the provider, model and key on the Settings page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a brand profile and describe the Reel, then press Generate (%1). The scripts appear here as they are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the offline composer: no model, no network, no cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an API key in Settings to write with a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no model set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1 · %2</source>
        <extracomment>%1 the provider (e.g. OpenAI), %2 the model id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated cost %1</source>
        <extracomment>%1 an amount in US dollars, e.g. $0.0031</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this computer, no cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price listed for this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is set: add one in Settings or set OPENAI_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a brand profile first: the script is written for its audience, offer and voice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variant…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n variants…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Estimated cost %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model server could not be reached, so the offline composer wrote the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limits can be changed in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rephrase the topic or angle, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise “Max tokens per answer” in Settings, or ask for a shorter Reel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write with the Offline Composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Variants that were not finished were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the script is saved in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Done: %n scripts are saved in the workspace.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 variants written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryFilterBar</name>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 scripts shown, of %n in the workspace (the plural follows %n)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n script</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scripts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search titles, brands, hooks, bodies, CTAs and captions (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to show only scripts created between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every script again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <extracomment>a rating filter: %1 stars, e.g. &quot;★★★☆☆ or more&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All hook types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Delete the selected scripts (Del)&quot;</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open in Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the script in the editor (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Promote to Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the script to the example library the generator learns from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Selected Scripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected scripts to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;All Shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All Shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every script the search and filters show to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected scripts as Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the scripts of a Reel Studio history export (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Performance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Performance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read views, likes, comments, shares and saves from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished">हटाएँ</translation>
    </message>
    <message>
        <source>Delete the selected scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write scripts as Markdown, PDF, CSV, JSON, teleprompter text or captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a history export or performance figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table cannot be sorted by this column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example %1 in the library was brought up to date with this script.</source>
        <extracomment>%1 the number of the new example</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the example library as example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no scripts to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf);;CSV (*.csv);;Reel Studio history (*.json);;Teleprompter text (*.txt);;SubRip captions, one file per script (*.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n scripts…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished">निर्यात विफल</translation>
    </message>
    <message>
        <source>The file was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n caption files to %1.</source>
        <extracomment>%1 a folder</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n script to %1.</source>
        <extracomment>%1 a file</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scripts to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could Not Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the script as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n scripts as Markdown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel Studio history (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Import the History</source>
        <extracomment>%1 the file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History imported: %1 added, %2 already there.</source>
        <extracomment>%1 scripts added, %2 scripts skipped because the workspace already had them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Import the Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures were saved from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n script.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figures saved for %n scripts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the script “%1”?</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n scripts?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Their versions, ratings, status history and figures go with them. This cannot be undone; export them first if you may want them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Delete the Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n script.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n scripts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %n &amp;Selected Scripts…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Selected Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts you generate appear here, with every version, rating and status change. Write one on the Generate page, or import a history export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No script matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryTableModel</name>
    <message numerus="yes">
        <source>%n rating, %1 stars</source>
        <extracomment>%n ratings, %1 their average stars</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, %1 stars on average</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>0–100: how well the script did in the platform&apos;s checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished">ब्रांड</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::HistoryText</name>
    <message>
        <source>Generated</source>
        <extracomment>a version of a script: as the generator wrote it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <extracomment>a version of a script: saved from the editor</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <extracomment>a version of a script: an older version made current again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <extracomment>a version of a script: read from a history export</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbs down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1 (%2)</source>
        <extracomment>%1 the average stars (e.g. 4.5), %2 how many ratings</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <extracomment>a cost in US dollars</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>milliseconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ImportWizard</name>
    <message>
        <source>Import Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel Studio imports examples from CSV (a header line, then one example per line), JSON (a list of examples, or a Reel Studio example file) and JSON Lines (one example per line). Nothing is added until you confirm it at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the example field each column of the file holds, or ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems are left out. Choose what to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing (the library stays as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example files (*.csv *.tsv *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a text file in UTF-8. Reel Studio imports CSV, JSON and JSON Lines files; save the file as one of them (UTF-8) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no list of examples: expected a JSON list of objects, or an object with an “examples” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read as %2: %3</source>
        <extracomment>%1 file name, %2 the format (CSV, JSON…), %3 what is wrong (e.g. not valid JSON at line 3, column 5)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n row.</source>
        <extracomment>%1 file name, %2 format (CSV, JSON…), %n the number of rows</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %2, %n rows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ignore</source>
        <extracomment>a column of the import file that is not imported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column “%1”</source>
        <extracomment>%1 the column&apos;s name in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is chosen for more than one column: %2. Choose it for one only.</source>
        <extracomment>%1 an example field, %2 the columns, e.g. “Hook” is chosen for “title”, “hook”</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the columns is matched to an example field, so there is nothing to import. Choose a field for at least the hook, body and CTA columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds: %1. Every row needs them, so rows will be refused unless you match a column to each.</source>
        <extracomment>%1 fields such as &quot;Sector, Goal&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished">, </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n row…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %n rows…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in the file: %1. Valid: %2. With errors: %3. Duplicates: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same script as row %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library as example %1: “%2”.</source>
        <extracomment>%1 the number of the library example, %2 its hook</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook, body and CTA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import &amp;all %n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import the %n &amp;valid rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n example…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing %n examples…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n example.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n examples.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. The library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row with problems was left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reel::ui::IndexPanel</name>
    <message>
        <source>Search index:</source>
        <extracomment>label before the state of the search index of the example library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed every example again and rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the rebuild; the index stays as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index rebuild progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 &quot;Failed&quot;, %2 why</extracomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>Embedder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>examples embedded so far of all, e.g. &quot;1,024 / 3,238&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, about %2 left</source>
        <extracomment>%1 the count above, %2 a time such as &quot;12 s&quot;</extracomment>
        <translation type="unfinished"></translation>
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
        <translation>%1 के बारे में</translation>
    </message>
    <message>
        <source>Load &amp;Rule Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an updated platform rule pack (limits such as the hashtag cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Built-in Rule Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Rule Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule packs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule pack was not loaded; the rules in use stay as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule pack %1 is in use.</source>
        <extracomment>%1 the version of the rule pack</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Built-in Rule Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in rule pack is in use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::PerformancePanel</name>
    <message>
        <source>Last saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the Reel did on Instagram. Leave a figure blank when you do not know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures can be entered once the script is published. It is “%1” now.</source>
        <extracomment>%1 the script&apos;s status, e.g. &quot;Approved&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::PriceTableModel</name>
    <message>
        <source>Also applies to dated versions of this model (e.g. %1-2024-07-18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input $ / 1M tokens</source>
        <extracomment>US dollars per million input (prompt) tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output $ / 1M tokens</source>
        <extracomment>US dollars per million output (answer) tokens</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::PricesPanel</name>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices per model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to Built-in Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your prices with the built-in list? Your changes to the table are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prices were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in prices as of %1. Edit them when your provider&apos;s prices change; models not listed cost nothing (local servers).</source>
        <extracomment>%1 the date the built-in prices were checked</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own prices, kept in the workspace. Models not listed cost nothing (local servers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved prices could not be read, so the built-in ones apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsModel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ProblemsPanel</name>
    <message>
        <source>P&amp;roblems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the selected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected problem has no automatic fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a problem to see it in the script. F8 goes to the next one, Shift+F8 back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1 · Warnings: %2 · Notes: %3</source>
        <extracomment>Counts of problems by severity</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems show up here while you write.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand&apos;s own &amp;limits:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other OpenAI-compatible server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline composer</source>
        <extracomment>the built-in writer that needs no model and no network</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::RatingPanel</name>
    <message>
        <source>Choose stars or a thumb, or write a comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>a thumb and its reasons, e.g. &quot;Thumbs down: Weak hook, Too long&quot;</extracomment>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who rated and when: %1 name, %2 date and time</extracomment>
        <translation type="unfinished">%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>No ratings yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rating, without stars.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ratings, without stars.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 from %n rating</source>
        <extracomment>%1 the average stars, e.g. &quot;★ 4.5&quot;; %n how many ratings gave stars</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>★ %1 average of %n ratings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n star</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stars</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Works as it is; pick what makes it good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs work; pick what is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reasons, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What works, what to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::RequestBar</name>
    <message>
        <source>Brand &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoo&amp;k type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Len&amp;gth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand the script is checked against: its banned words, hashtags and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel length in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the Reel length, e.g. &quot;30 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language the script is written in: word counts, spelling and speaking rate follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of hook the script opens with; the hook is checked against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeling the Reel should leave; the tone is checked against it (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Reel is about (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleLimitsEditor</name>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a limit to give this brand its own value; the others follow the platform&apos;s rule pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule limits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::RuleSettingText</name>
    <message>
        <source>Hook: fewest words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook: most words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook: seconds to say it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: fewest words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body: most words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action: fewest words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action: most words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption: characters (hard limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption: fewest characters recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption: most characters recommended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption: characters shown before “more”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags: most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags: fewest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag: most characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: tolerance (0.15 = ±15 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel: most seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reel: seconds recommended for reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence: most words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ease: lowest score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capitals: words in a row that read as shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclamation marks in a row: most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji in a row: most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emoji per section: most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same word per section: most uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition: shortest word counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone: sentiment threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptDetailPanel</name>
    <message>
        <source>Moved to “%1”.</source>
        <extracomment>%1 the new status</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a script to review it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>when the script was created</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished">%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <extracomment>tokens sent and received</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <extracomment>the script&apos;s score in the platform checks, 0–100</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptEditorPage</name>
    <message>
        <source>Script Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Tooltip with its keyboard shortcut, e.g. &quot;Open a script file (Ctrl+O)&quot;</extracomment>
        <translation type="unfinished">%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished">नया</translation>
    </message>
    <message>
        <source>Start a new, empty script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a script file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished">सहेजें</translation>
    </message>
    <message>
        <source>Save the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Script &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the script to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand profile yet: the brand&apos;s banned words, competitors and hashtags are not checked. Create one on the Brand Profiles page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new script has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has unsaved changes.</source>
        <translation type="unfinished">“%1” में बिना सहेजे बदलाव हैं।</translation>
    </message>
    <message>
        <source>New script. Start with the hook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Open the Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is not in this workspace.</source>
        <extracomment>%1 the brand named in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>script</source>
        <extracomment>Suggested file name; %1 the brand&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving as soon as the check of the latest changes is done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied: %1. Undo with %2.</source>
        <extracomment>%1 what the fix did, e.g. remove “fat”</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished">बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>The script was written for “%1”, which is no longer in this workspace.</source>
        <extracomment>%1 the brand the script was generated for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not autosave: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Save the Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1” from the history. Edits are kept as versions automatically; %2 saves the version now.</source>
        <extracomment>%1 the script&apos;s title (its hook)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 (autosaved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished">संस्करण %1</translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptFile</name>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ScriptForm</name>
    <message>
        <source>&amp;Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first words viewers hear: make them stop scrolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story, the tips, the proof: what the Reel says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What viewers should do next, e.g. Book your free class today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post&apos;s caption. The first 125 characters show before “more”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash&amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#brand #topic, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On-screen text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line per text overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Th&amp;umbnail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words on the cover image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a shot at the end of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtag count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Characters used of the caption&apos;s limit, e.g. &quot;74 / 2,200&quot;
----------
Hashtags used of the platform&apos;s cap, e.g. &quot;3 / 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters; the first %3 show before “more” (the mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hashtags of the %2 Instagram allows (hashtags in the caption count too).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::SectionEditor</name>
    <message>
        <source>Spelling Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which model writes the scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s OpenAI-compatible address, usually ending in /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s id on the server; Refresh lists the models it offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the models the server offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved key from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for its models with these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher values give more varied scripts; lower, more predictable ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;x tokens per answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum tokens per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the server to accept the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactivity timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivity timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest silence allowed while the answer streams in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overall timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The longest a whole answer may take, retries included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after a number of seconds, e.g. &quot;10 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;etries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a request is sent again after a network error, a rate limit or a server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a script with errors goes back to the model with the problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server cannot be reached, write with the &amp;offline composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic: OpenAI with a key, else the offline composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline composer only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. https://models.example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s id, e.g. llama3.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI when an API key is known (saved here or in OPENAI_API_KEY), else the offline composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts are written on this computer from templates, with no model and no network: free and private, but less varied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI&apos;s API. It needs an API key and charges per token (see Prices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any server that speaks the OpenAI API: enter its base URL and model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model server on this computer: start it first. A key is usually not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline composer needs no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved key: %1</source>
        <extracomment>%1 the hidden key with its last four characters, e.g. •••• 3xYz</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the key from the OPENAI_API_KEY environment variable. A key saved here is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key saved; a server on this computer usually needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new key to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available. The key is kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). The key is kept for this session only and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Key</source>
        <extracomment>%1 the provider, e.g. OpenAI</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved API key for %1 from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is known, so the offline composer writes; it needs no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline composer needs no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s base URL, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 the server&apos;s address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered, but not with a list of models. Check the base URL (it usually ends in /v1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n models.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n models listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not among them.</source>
        <extracomment>%1 the model id set above</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::ShotsModel</name>
    <message>
        <source>The shot must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice-over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::StatusPanel</name>
    <message>
        <source>Say why the script is rejected: the writer reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the script goes back: the writer reads this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>a status change: %1 from, %2 to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>who changed the status and when: %1 name, %2 date and time</extracomment>
        <translation type="unfinished">%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status changes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why this move?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, kept with the change (remembered for next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published scripts stay published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
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
        <translation>प्रविष्टि खाली नहीं हो सकती; हटाने के लिए “हटाएँ” का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>reel::ui::SummaryTiles</name>
    <message>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over %n weeks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Model / offline composer</source>
        <extracomment>the number of scripts written by a model and by the offline composer, e.g. &quot;5 / 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written by a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average generation time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model scripts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n script</source>
        <extracomment>%1 the scripts that failed, %n all scripts</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n scripts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Failed validation at first attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still failing after repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt %1 · completion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per model script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 up · %2 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ★ average · %2</source>
        <extracomment>%1 the average stars, %2 the thumbs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::VariantView</name>
    <message>
        <source>Variant %1</source>
        <extracomment>title of a variant&apos;s tab; %1 its number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a variant&apos;s tab once written; %1 &quot;Variant 2&quot;, %2 its validation score (0–100)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problem…</source>
        <extracomment>%1 the attempt&apos;s number (2 = the first repair), %n the problems sent back to the model</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1: repairing %n problems…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1: %2, %3.</source>
        <extracomment>%1 the score (0–100), %2 &quot;no errors&quot; / &quot;2 errors&quot;, %3 &quot;1 warning&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repaired once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model server could not be reached: %1</source>
        <extracomment>why the offline composer wrote a variant; %1 what went wrong with the server</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>time a variant took, e.g. &quot;4.2 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script appears here, section by section, as it is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionDiffDialog</name>
    <message>
        <source>Version %1 · %2 · %3 · %4</source>
        <extracomment>a version in the compare list: %1 number, %2 kind, %3 author, %4 date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same version is chosen on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n section differs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-screen text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <extracomment>%1 the script&apos;s title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, left version</source>
        <extracomment>%1 a section of the script, e.g. &quot;Hook&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, right version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reel::ui::VersionsPanel</name>
    <message>
        <source>%1 (current)</source>
        <extracomment>the version now in use, e.g. &quot;3 (current)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make version %1 current again? It is saved as a new version %2; the versions in between stay in the history.</source>
        <extracomment>%1 the version to restore, %2 the number it will get</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could Not Restore the Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show two versions side by side with the changes marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected version current again (kept as a new version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Editor</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
