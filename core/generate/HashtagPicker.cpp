#include "generate/HashtagPicker.h"

#include "generate/ComposerTemplates.h"
#include "validate/Validator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace reel::detail {

QStringList pickHashtags(const HashtagSources& in)
{
    static const QRegularExpression valid(
            QStringLiteral("^#[\\p{L}\\p{M}\\p{N}_]*[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{N}_]*$"));
    static const QRegularExpression invalidChars(QStringLiteral("[^\\p{L}\\p{M}\\p{N}_]"));
    QSet<QString> banned;
    for (const QString& b : in.bannedTags)
        banned.insert(b.toCaseFolded());
    QStringList bannedWords; // as a tag would spell them: "cheat meal" → "cheatmeal"
    for (const QString& w : in.bannedWords) {
        QString folded = w.toCaseFolded();
        folded.remove(invalidChars);
        if (!folded.isEmpty())
            bannedWords.append(folded);
    }

    QStringList out;
    QSet<QString> seen;
    const auto add = [&](const QString& raw, bool required) {
        if (out.size() >= in.cap)
            return false;
        QString tag = raw.trimmed();
        tag.remove(invalidChars);
        tag.prepend(u'#');
        const QString folded = tag.toCaseFolded();
        const QString bare = folded.mid(1);
        if (!valid.match(tag).hasMatch() || tag.size() - 1 > in.maxChars || banned.contains(folded)
            || seen.contains(folded))
            return false;
        for (const QString& word : std::as_const(bannedWords)) {
            // A required tag is the brand's own choice: refused only when it *is* a banned word
            // (what the Validator flags); any other tag also when it merely contains one.
            if (bare == word || (!required && word.size() >= 3 && bare.contains(word)))
                return false;
        }
        seen.insert(folded);
        out.append(tag);
        return true;
    };
    for (const QString& tag : in.required)
        add(tag, true);
    if (!in.terms.isEmpty()) {
        const auto aboutBrief = [&](const QString& tag) {
            QString folded = tag.toCaseFolded();
            folded.remove(u'#');
            return std::any_of(in.terms.cbegin(), in.terms.cend(),
                               [&](const QString& term) { return Validator::hashtagNames(folded, term); });
        };
        if (in.required.isEmpty()) {
            QString own;
            for (const QString& word : in.brand.split(u' ', Qt::SkipEmptyParts))
                own += capitalised(word);
            add(own, false);
        }
        int lent = 0;
        QStringList seenTags;
        for (const Example& e : in.examples) {
            if (e.language != in.language)
                continue;
            for (const QString& tag : e.script.hashtags) {
                if (lent < in.fromExamples && aboutBrief(tag) && !seenTags.contains(tag, Qt::CaseInsensitive)
                    && add(tag, false))
                    ++lent;
                seenTags.append(tag);
            }
        }
        add(in.terms.constFirst(), false); // the brief's most telling word: #coffee
        for (const QString& tag : in.sectorTags) {
            if (aboutBrief(tag))
                add(tag, false);
        }
        return out;
    }
    if (!in.sectorTags.isEmpty())
        add(in.sectorTags.constFirst(), false);

    QStringList borrowed;
    QHash<QString, int> uses;
    for (const Example& e : in.examples) {
        if (e.language != in.language || e.sector.compare(in.sector, Qt::CaseInsensitive) != 0)
            continue;
        for (const QString& tag : e.script.hashtags) {
            const QString key = tag.toCaseFolded();
            if (!uses.contains(key))
                borrowed.append(tag);
            ++uses[key];
        }
    }
    std::stable_sort(borrowed.begin(), borrowed.end(), [&](const QString& a, const QString& b) {
        return uses.value(a.toCaseFolded()) > uses.value(b.toCaseFolded());
    });
    int lent = 0;
    for (const QString& tag : std::as_const(borrowed)) {
        if (lent == in.fromExamples)
            break;
        if (add(tag, false))
            ++lent;
    }
    for (const QString& tag : in.sectorTags)
        add(tag, false);
    return out;
}

} // namespace reel::detail
