#include "examples/ExampleText.h"

#include <QLocale>

#include <cmath>

namespace reel::ui {

QString ExampleText::sourceName(ExampleSource source)
{
    switch (source) {
    case ExampleSource::Bundled:
        //: where an example came from: shipped with the app
        return tr("Bundled");
    case ExampleSource::User:
        //: where an example came from: written by the user in the app
        return tr("Added by you");
    case ExampleSource::Import:
        //: where an example came from: read from a CSV/JSON file
        return tr("Imported");
    case ExampleSource::Promoted:
        //: where an example came from: one of the user's own scripts, kept as an example
        return tr("From your scripts");
    }
    return {};
}

QString ExampleText::fieldLabel(const QString& field)
{
    if (field.isEmpty())
        return tr("(whole row)");
    if (field == u"language")
        return tr("Language");
    if (field == u"sector")
        return tr("Sector");
    if (field == u"hook_type")
        return tr("Hook type");
    if (field == u"emotion")
        return tr("Emotion");
    if (field == u"goal")
        return tr("Goal");
    if (field == u"cta_style")
        return tr("CTA style");
    if (field == u"script_length")
        return tr("Length (seconds)");
    if (field == u"hook")
        return tr("Hook");
    if (field == u"body")
        return tr("Body");
    if (field == u"cta")
        return tr("CTA");
    if (field == u"caption")
        return tr("Caption");
    if (field == u"hashtags")
        return tr("Hashtags");
    if (field == u"views")
        return tr("Views");
    if (field == u"likes")
        return tr("Likes");
    if (field == u"comments")
        return tr("Comments");
    if (field == u"shares")
        return tr("Shares");
    if (field == u"saves")
        return tr("Saves");
    return field;
}

QString ExampleText::stateName(IndexService::State state)
{
    switch (state) {
    case IndexService::State::Unknown:
        return tr("Not loaded yet");
    case IndexService::State::Loading:
        return tr("Loading…");
    case IndexService::State::UpToDate:
        return tr("Up to date");
    case IndexService::State::Stale:
        //: the search index does not yet include the latest changes of the library
        return tr("Out of date");
    case IndexService::State::Rebuilding:
        return tr("Rebuilding…");
    case IndexService::State::Failed:
        return tr("Failed");
    }
    return {};
}

QString ExampleText::embedderName(const QString& embedderKey)
{
    // "<kind>/<dimension>/<version>", the kind possibly "openai:<model>" (model names may hold '/').
    const qsizetype versionAt = embedderKey.lastIndexOf(u'/');
    const qsizetype dimensionAt = versionAt > 0 ? embedderKey.lastIndexOf(u'/', versionAt - 1) : -1;
    if (dimensionAt <= 0)
        return embedderKey;
    const QString kind = embedderKey.left(dimensionAt);
    bool ok = false;
    const int dimension = embedderKey.mid(dimensionAt + 1, versionAt - dimensionAt - 1).toInt(&ok);
    if (!ok)
        return embedderKey;
    const QString dimensions = QLocale().toString(dimension);
    if (kind == u"lexical")
        //: %1 the number of dimensions of the vectors, e.g. 512
        return tr("Lexical (offline, %1 dimensions)").arg(dimensions);
    if (kind.startsWith(u"openai:") && dimension <= 0)
        //: %1 the embedding model's name (its vector size is not known yet)
        return tr("OpenAI-compatible: %1").arg(kind.mid(7));
    if (kind.startsWith(u"openai:"))
        //: %1 the embedding model's name, %2 the number of dimensions
        return tr("OpenAI-compatible: %1 (%2 dimensions)").arg(kind.mid(7), dimensions);
    return embedderKey;
}

QString ExampleText::firstLine(const QString& text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end).trimmed() + QStringLiteral(" …");
}

QString ExampleText::duration(double seconds)
{
    const qint64 total = std::max<qint64>(1, static_cast<qint64>(std::ceil(seconds)));
    const QLocale locale;
    if (total < 60)
        //: a time left in seconds
        return tr("%1 s").arg(locale.toString(total));
    if (total < 3600)
        //: a time left in minutes and seconds
        return tr("%1 min %2 s").arg(locale.toString(total / 60), locale.toString(total % 60));
    //: a time left in hours and minutes
    return tr("%1 h %2 min").arg(locale.toString(total / 3600), locale.toString((total % 3600) / 60));
}

} // namespace reel::ui
