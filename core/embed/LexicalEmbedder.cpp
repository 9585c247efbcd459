#include "embed/LexicalEmbedder.h"

#include "text/Segmenter.h"
#include "text/Stemmer.h"

#include <cmath>

namespace reel {

namespace {

constexpr quint64 kFnvOffset = 1469598103934665603ULL;
constexpr quint64 kFnvPrime = 1099511628211ULL;

quint64 fnv1a(const QString& text, quint64 salt)
{
    quint64 h = kFnvOffset ^ salt;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= kFnvPrime;
    }
    // A final mix so that neighbouring inputs spread over the buckets.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

enum Salt : quint64
{
    Unigram = 0x11,
    Bigram = 0x22,
    CharGram = 0x33
};

} // namespace

LexicalEmbedder::LexicalEmbedder(int dimension)
    : m_dimension(std::max(8, dimension))
{}

LexicalEmbedder::~LexicalEmbedder() = default;

EmbedderIdentity LexicalEmbedder::identity() const
{
    return {QStringLiteral("lexical"), m_dimension, kVersion};
}

text::Stemmer& LexicalEmbedder::stemmer(const QString& language)
{
    auto& s = m_stemmers[language];
    if (!s)
        s = std::make_shared<text::Stemmer>(language);
    return *s;
}

QHash<int, float> LexicalEmbedder::features(const QString& text, const QString& language)
{
    QHash<int, float> counts;
    const auto add = [&](const QString& feature, Salt salt, float weight) {
        const quint64 h = fnv1a(feature, salt);
        const int bucket = static_cast<int>(h % static_cast<quint64>(m_dimension));
        const float sign = (h >> 63) ? -1.0f : 1.0f;
        counts[bucket] += sign * weight;
    };
    const QList<text::Word> words = text::Segmenter::words(text, language);
    const bool japanese = language == u"ja";
    text::Stemmer& stem = stemmer(language);
    QString previous;
    for (const text::Word& w : words) {
        const QString s = japanese ? w.text.toCaseFolded() : stem.stem(w.text);
        add(s, Unigram, 1.0f);
        if (!previous.isEmpty())
            add(previous + u' ' + s, Bigram, 0.7f);
        previous = s;
        const QString marked = japanese ? w.text : u'<' + w.text.toCaseFolded() + u'>';
        const int n = japanese ? 2 : 3;
        for (qsizetype i = 0; i + n <= marked.size(); ++i)
            add(marked.mid(i, n), CharGram, japanese ? 0.5f : 0.35f);
    }
    // Sublinear term frequency keeps a repeated word from dominating.
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        const float v = it.value();
        if (std::abs(v) > 1.0f)
            it.value() = std::copysign(1.0f + std::log(std::abs(v)), v);
    }
    return counts;
}

void LexicalEmbedder::fit(const QStringList& texts, const QStringList& languages)
{
    QVector<int> df(m_dimension, 0);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const auto f = features(texts.at(i), languages.value(i, QStringLiteral("en")));
        for (auto it = f.cbegin(); it != f.cend(); ++it)
            ++df[it.key()];
    }
    m_idf = QVector<float>(m_dimension);
    const double n = static_cast<double>(std::max<qsizetype>(1, texts.size()));
    for (int b = 0; b < m_dimension; ++b)
        m_idf[b] = static_cast<float>(std::log((1.0 + n) / (1.0 + df[b])) + 1.0);
}

void LexicalEmbedder::setIdf(QVector<float> idf)
{
    if (idf.size() == m_dimension)
        m_idf = std::move(idf);
}

Vector LexicalEmbedder::embedOne(const QString& text, const QString& language)
{
    Vector v(m_dimension, 0.0f);
    const auto f = features(text, language);
    for (auto it = f.cbegin(); it != f.cend(); ++it)
        v[it.key()] = it.value() * (m_idf.isEmpty() ? 1.0f : m_idf.at(it.key()));
    double norm = 0;
    for (float x : v)
        norm += static_cast<double>(x) * x;
    if (norm > 0) {
        const float inv = static_cast<float>(1.0 / std::sqrt(norm));
        for (float& x : v)
            x *= inv;
    }
    return v;
}

void LexicalEmbedder::embed(const QStringList& texts, const QStringList& languages,
                            std::function<void(Result<QList<Vector>>)> done)
{
    QList<Vector> out;
    out.reserve(texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        out.append(embedOne(texts.at(i), languages.value(i, QStringLiteral("en"))));
    done(std::move(out));
}

} // namespace reel
