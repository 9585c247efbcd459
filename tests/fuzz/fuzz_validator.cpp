// The validator on arbitrary Unicode: emoji and ZWJ sequences, right-to-left text, Devanagari,
// Japanese, combining marks and lone surrogates, in every section and every language.
// Byte 0 picks the language and how the rest is read (UTF-8, or UTF-16 code units so that lone
// surrogates reach the checks); 0x1f separates the sections.
#include "FuzzSupport.h"
#include "validate/Validator.h"

#include <QDate>

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    reel::fuzz::ensureApplication();
    if (size < 1)
        return 0;
    static const QStringList languages = {QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                                          QStringLiteral("de"), QStringLiteral("hi"), QStringLiteral("ja")};
    const QString language = languages.at(data[0] % languages.size());
    QString text;
    if (data[0] & 0x80) {
        const std::size_t units = (size - 1) / 2;
        text = QString(reinterpret_cast<const QChar*>(data + 1), static_cast<qsizetype>(units));
    } else {
        text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    }
    const QStringList parts = text.split(QChar(0x1f));
    reel::ReelScript script;
    script.hook = parts.value(0);
    script.body = parts.value(1);
    script.cta = parts.value(2);
    script.caption = parts.value(3);
    script.hashtags = parts.value(4).split(u' ', Qt::SkipEmptyParts);
    script.onScreenText = parts.value(5).split(u'\n', Qt::SkipEmptyParts);
    script.thumbnailText = parts.value(6);

    reel::BrandProfile profile;
    profile.brandName = QStringLiteral("Lumen Coffee");
    profile.sector = QStringLiteral("food");
    profile.brandVoice = {QStringLiteral("friendly")};
    profile.ctaStyle = QStringLiteral("direct");
    profile.doNotUse = {QStringLiteral("cheap"), parts.value(7).left(40)};
    profile.competitors = {QStringLiteral("Bean Brothers")};
    reel::ScriptRequest request;
    request.goal = QStringLiteral("awareness");
    request.hookType = QStringLiteral("question");
    request.emotion = QStringLiteral("curiosity");
    request.scriptLength = 30;
    request.language = language;
    const reel::ValidationContext context{profile, request, language, QDate(2026, 12, 1), std::nullopt, nullptr};
    const reel::Validator validator(context);
    const reel::ValidationReport report = validator.validate(script);
    const int errors = report.count(reel::Severity::Error);
    int fixesTried = 0;
    for (const reel::Finding& f : report.findings) {
        // Every span points into its section's text.
        const QString field = reel::Validator::fieldText(script, f.field);
        for (const auto& span : f.spans)
            reel::fuzz::require(span.start >= 0 && span.length >= 0 && span.end() <= field.size(),
                                "a finding's span is inside its section");
        if (!f.fix || fixesTried++ >= 4)
            continue;
        // A quick fix removes its finding and never brings an error that was not there.
        reel::ReelScript fixed = script;
        reel::Validator::apply(fixed, *f.fix);
        const reel::ValidationReport after = validator.validate(fixed);
        const auto same = [&](const reel::Finding& g) {
            return g.ruleId == f.ruleId && g.field == f.field && g.code == f.code && g.args == f.args;
        };
        const auto before = std::count_if(report.findings.cbegin(), report.findings.cend(), same);
        const auto left = std::count_if(after.findings.cbegin(), after.findings.cend(), same);
        if (left >= before || after.count(reel::Severity::Error) > errors) {
            std::fprintf(stderr, "fix of %s (%s) in %s:\n", qPrintable(f.ruleId), qPrintable(f.toEnglish()),
                         qPrintable(reel::fieldKey(f.field)));
            for (const reel::Finding& g : after.findings) {
                if (g.severity == reel::Severity::Error)
                    std::fprintf(stderr, "  then: %s %s\n", qPrintable(g.ruleId), qPrintable(g.toEnglish()));
            }
        }
        reel::fuzz::require(left < before, "a quick fix removes its finding");
        reel::fuzz::require(after.count(reel::Severity::Error) <= errors, "a quick fix brings no new error");
    }
    return 0;
}
