#include "text/Stemmer.h"

#include "text/Language.h"

#include <libstemmer.h>

namespace reel::text {

using detail::Lang;

Stemmer::Stemmer(const LanguageCode& language)
{
    const char* algorithm = nullptr;
    switch (detail::langOf(language)) {
    case Lang::En:
        algorithm = "english";
        break;
    case Lang::Es:
        algorithm = "spanish";
        break;
    case Lang::Fr:
        algorithm = "french";
        break;
    case Lang::De:
        algorithm = "german";
        break;
    case Lang::Hi:
        algorithm = "hindi";
        break;
    case Lang::Ja:
        break;
    }
    if (algorithm)
        m_stemmer = sb_stemmer_new(algorithm, "UTF_8");
}

Stemmer::~Stemmer()
{
    if (m_stemmer)
        sb_stemmer_delete(m_stemmer);
}

QString Stemmer::stem(const QString& word) const
{
    // Snowball expects lower case; case folding also maps e.g. "ſ" and final sigma consistently.
    // Typographic apostrophes become ASCII ones, which is what the English stemmer knows.
    QString folded = word.toCaseFolded();
    folded.replace(QChar(0x2019), u'\'');
    if (!m_stemmer || folded.isEmpty())
        return folded;
    const QByteArray utf8 = folded.toUtf8();
    const sb_symbol* stemmed = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(utf8.constData()),
                                               static_cast<int>(utf8.size()));
    if (!stemmed)
        return folded; // out of memory: the word itself is the safest answer
    return QString::fromUtf8(reinterpret_cast<const char*>(stemmed), sb_stemmer_length(m_stemmer));
}

} // namespace reel::text
