#include "history/HistoryText.h"

#include "settings/ProviderText.h"
#include "store/ScriptStore.h"

#include <QDateTime>
#include <QLocale>
#include <QSettings>

#include <algorithm>
#include <cmath>

namespace reel::ui {

namespace {

constexpr auto kAuthorKey = "history/author";

} // namespace

QString HistoryText::versionKind(const QString& kind)
{
    if (kind == u"generated")
        //: a version of a script: as the generator wrote it
        return tr("Generated");
    if (kind == u"edit")
        //: a version of a script: saved from the editor
        return tr("Edit");
    if (kind == u"restore")
        //: a version of a script: an older version made current again
        return tr("Restored");
    if (kind == u"import")
        //: a version of a script: read from a history export
        return tr("Imported");
    return kind;
}

QString HistoryText::thumbName(Thumb thumb)
{
    switch (thumb) {
    case Thumb::Up:
        return tr("Thumbs up");
    case Thumb::Down:
        return tr("Thumbs down");
    case Thumb::None:
        break;
    }
    return {};
}

QString HistoryText::stars(int count)
{
    count = std::clamp(count, 0, 5);
    return QString(count, QChar(0x2605)) + QString(5 - count, QChar(0x2606));
}

QString HistoryText::averageRating(const std::optional<double>& average, int count)
{
    if (!average || count <= 0)
        return QStringLiteral("—");
    //: %1 the average stars (e.g. 4.5), %2 how many ratings
    return tr("★ %1 (%2)").arg(QLocale().toString(*average, 'f', 1), QLocale().toString(count));
}

QString HistoryText::cost(double usd)
{
    // Model calls cost fractions of a cent: up to four decimals below a dollar ("$0.0123", "$0.02").
    int decimals = 2;
    if (usd > 0 && usd < 1) {
        decimals = 4;
        while (decimals > 2 && qRound64(usd * std::pow(10.0, decimals)) % 10 == 0)
            --decimals;
    }
    //: a cost in US dollars
    return tr("$%1").arg(QLocale().toString(usd, 'f', decimals));
}

QString HistoryText::latency(qint64 ms)
{
    const QLocale locale;
    if (ms < 1000)
        //: milliseconds
        return tr("%1 ms").arg(locale.toString(ms));
    //: seconds
    return tr("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
}

QString HistoryText::providerName(const QString& provider)
{
    return provider.isEmpty() ? QString() : ProviderText::name(provider);
}

QString HistoryText::when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString HistoryText::savedAuthor()
{
    const QString saved = QSettings().value(QLatin1String(kAuthorKey)).toString().trimmed();
    return saved.isEmpty() ? ScriptStore::defaultAuthor() : saved;
}

void HistoryText::saveAuthor(const QString& author)
{
    const QString name = author.trimmed();
    if (name.isEmpty() || name == ScriptStore::defaultAuthor())
        QSettings().remove(QLatin1String(kAuthorKey));
    else
        QSettings().setValue(QLatin1String(kAuthorKey), name);
}

} // namespace reel::ui
