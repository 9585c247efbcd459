#include "text/SpellChecker.h"

#include "text/DictionaryPaths.h"
#include "text/Language.h"
#include "text/Segmenter.h"
#include "text/Unicode.h"

#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

#include <hunspell/hunspell.hxx>

#include <optional>
#include <string>

namespace reel::text {

using namespace detail;

struct SpellChecker::Impl
{
    std::unique_ptr<Hunspell> hunspell;
    QByteArray charset;
    bool utf8 = true;

    std::optional<std::string> toDictionary(const QString& word) const
    {
        if (utf8)
            return word.toStdString();
        QStringEncoder encoder(charset.constData());
        const QByteArray bytes = encoder.encode(word);
        if (encoder.hasError())
            return std::nullopt; // a character the dictionary cannot even hold
        return bytes.toStdString();
    }

    QString fromDictionary(const std::string& bytes) const
    {
        if (utf8)
            return QString::fromStdString(bytes);
        QStringDecoder decoder(charset.constData());
        return decoder.decode(QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    }
};

namespace {

// The whitespace-delimited token around a word, without the punctuation that wraps it. The scan
// stops after kReach characters either side, so that a pasted text without spaces stays linear.
QStringView tokenAround(QStringView text, const Span& span)
{
    constexpr qsizetype kReach = 2048;
    qsizetype start = span.start;
    while (start > 0 && span.start - start < kReach && !text[start - 1].isSpace())
        --start;
    qsizetype end = span.end();
    while (end < text.size() && end - span.end() < kReach && !text[end].isSpace())
        ++end;
    QStringView token = text.sliced(start, end - start);
    while (!token.isEmpty() && !token.front().isLetterOrNumber() && token.front() != u'#' && token.front() != u'@')
        token = token.sliced(1);
    while (!token.isEmpty() && !token.back().isLetterOrNumber() && token.back() != u'/')
        token.chop(1);
    return token;
}

bool isUrlOrAddress(QStringView token)
{
    if (token.contains(u"://") || token.startsWith(u"www.", Qt::CaseInsensitive) || token.contains(u'@'))
        return true;
    // A bare domain such as "withsocio.com" or "shop.example.co/offer".
    static const QRegularExpression domain(QStringLiteral("^[\\w-]+(\\.[\\w-]+)*\\.\\p{L}{2,24}(/\\S*)?$"),
                                           QRegularExpression::UseUnicodePropertiesOption);
    return domain.match(token).hasMatch();
}

bool isAcronym(const QString& word)
{
    return word.size() >= 2 && word.size() <= 4 && isUpperCaseLetters(word);
}

} // namespace

SpellChecker::SpellChecker(const LanguageCode& language)
    : d(std::make_unique<Impl>())
    , m_language(language)
{
    const QString affix = DictionaryPaths::spellingAffix(language);
    if (affix.isEmpty())
        return;
    const QString words = affix.chopped(4) + QStringLiteral(".dic");
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(affix).constData(),
                                               QFile::encodeName(words).constData());
    const QByteArray charset = QByteArray::fromStdString(hunspell->get_dict_encoding());
    const QByteArray normalized = charset.toUpper().replace('-', "").replace('_', "");
    if (normalized != "UTF8") {
        if (!QStringEncoder(charset.constData()).isValid() || !QStringDecoder(charset.constData()).isValid())
            return; // an encoding Qt cannot convert: report the checker as unavailable
        d->utf8 = false;
        d->charset = charset;
    }
    d->hunspell = std::move(hunspell);
}

SpellChecker::~SpellChecker() = default;

bool SpellChecker::isAvailable() const
{
    return d->hunspell != nullptr;
}

QList<Word> SpellChecker::misspelled(const QString& text) const
{
    QList<Word> wrong;
    if (!isAvailable())
        return wrong;
    for (const Word& word : Segmenter::words(text, m_language)) {
        if (word.hasDigit)
            continue;
        qsizetype letters = 0;
        for (QChar c : word.text)
            letters += c.isLetter() ? 1 : 0;
        if (letters < 2 || isAcronym(word.text))
            continue;
        if (word.span.start > 0) {
            const QChar before = text[word.span.start - 1];
            if (before == u'#' || before == u'@' || before == QChar(0xFF03))
                continue; // hashtags and handles are names, not words
        }
        if (isUrlOrAddress(tokenAround(text, word.span)))
            continue;
        if (!isCorrect(word.text))
            wrong.append(word);
    }
    return wrong;
}

bool SpellChecker::isCorrect(const QString& word) const
{
    if (!isAvailable() || word.isEmpty())
        return true; // nothing to check against: never flag
    const std::optional<std::string> encoded = d->toDictionary(word);
    return encoded && d->hunspell->spell(*encoded);
}

QStringList SpellChecker::suggestions(const QString& word, int max) const
{
    QStringList result;
    if (!isAvailable() || max <= 0)
        return result;
    const std::optional<std::string> encoded = d->toDictionary(word);
    if (!encoded)
        return result;
    for (const std::string& s : d->hunspell->suggest(*encoded)) {
        result.append(d->fromDictionary(s));
        if (result.size() >= max)
            break;
    }
    return result;
}

QStringList SpellChecker::dictionaryForms(const QString& word) const
{
    QStringList result;
    if (!isAvailable() || word.isEmpty())
        return result;
    const std::optional<std::string> encoded = d->toDictionary(word.toLower());
    if (!encoded)
        return result;
    for (const std::string& s : d->hunspell->stem(*encoded)) {
        const QString form = d->fromDictionary(s);
        if (!result.contains(form))
            result.append(form);
    }
    return result;
}

void SpellChecker::addWord(const QString& word)
{
    if (!isAvailable() || word.isEmpty())
        return;
    if (const std::optional<std::string> encoded = d->toDictionary(word))
        d->hunspell->add(*encoded);
}

} // namespace reel::text
