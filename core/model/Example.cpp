#include "model/Example.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace reel {

QString sourceKey(ExampleSource source)
{
    switch (source) {
    case ExampleSource::Bundled:
        return QStringLiteral("bundled");
    case ExampleSource::User:
        return QStringLiteral("user");
    case ExampleSource::Import:
        return QStringLiteral("import");
    case ExampleSource::Promoted:
        return QStringLiteral("promoted");
    }
    return {};
}

std::optional<ExampleSource> sourceFromKey(const QString& key)
{
    for (ExampleSource s :
         {ExampleSource::Bundled, ExampleSource::User, ExampleSource::Import, ExampleSource::Promoted}) {
        if (sourceKey(s) == key)
            return s;
    }
    return std::nullopt;
}

FieldErrors checkExample(const Example& e, const QString& prefix)
{
    FieldErrors errors;
    const auto required = [&](const QString& field, const QString& value) {
        if (value.trimmed().isEmpty())
            errors.append({prefix + field, FieldErrorKind::Empty, {}});
        else if (value.size() > 20000)
            errors.append({prefix + field,
                           FieldErrorKind::TooLong,
                           {QStringLiteral("20000"), QString::number(value.size())}});
    };
    required(QStringLiteral("language"), e.language);
    required(QStringLiteral("sector"), e.sector);
    required(QStringLiteral("hook_type"), e.hookType);
    required(QStringLiteral("emotion"), e.emotion);
    required(QStringLiteral("goal"), e.goal);
    required(QStringLiteral("hook"), e.script.hook);
    required(QStringLiteral("body"), e.script.body);
    required(QStringLiteral("cta"), e.script.cta);
    if (e.scriptLength < 5 || e.scriptLength > 180)
        errors.append({prefix + QStringLiteral("script_length"),
                       FieldErrorKind::OutOfRange,
                       {QStringLiteral("5"), QStringLiteral("180"), QString::number(e.scriptLength),
                        QStringLiteral("seconds")}});
    const auto count = [&](const char* field, const std::optional<qint64>& v) {
        if (v && *v < 0)
            errors.append(
                    {prefix + QLatin1String(field),
                     FieldErrorKind::OutOfRange,
                     {QStringLiteral("0"), QStringLiteral("9223372036854775807"), QString::number(*v), QString()}});
    };
    count("views", e.engagement.views);
    count("likes", e.engagement.likes);
    count("comments", e.engagement.comments);
    count("shares", e.engagement.shares);
    count("saves", e.engagement.saves);
    return errors;
}

QString normalisedExampleText(const Example& e)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = QStringList{e.script.hook, e.script.body, e.script.cta}.join(u'\n').toCaseFolded();
    text.replace(spaces, QStringLiteral(" "));
    return text.trimmed();
}

QString contentHashOf(const Example& e)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(normalisedExampleText(e).toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace reel
