#include "catalog/Catalog.h"

#include "model/JsonReader.h"

#include <QFile>

namespace reel {

using detail::Json;

namespace {

qsizetype indexOf(CatalogKind kind)
{
    return static_cast<qsizetype>(kind);
}

Catalog loadCompiledIn()
{
    QFile file(QStringLiteral(":/reelstudio/catalog/catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("The built-in catalog is missing from the application's resources");
    auto catalog = Catalog::fromJson(file.readAll());
    if (!catalog)
        qFatal("The built-in catalog is invalid: %s", qPrintable(catalog.error().toEnglish()));
    return std::move(catalog).value();
}

} // namespace

const Catalog& Catalog::builtIn()
{
    static const Catalog catalog = loadCompiledIn();
    return catalog;
}

QString Catalog::kindKey(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Sector:
        return QStringLiteral("sectors");
    case CatalogKind::HookType:
        return QStringLiteral("hook_types");
    case CatalogKind::Emotion:
        return QStringLiteral("emotions");
    case CatalogKind::Goal:
        return QStringLiteral("goals");
    case CatalogKind::CtaStyle:
        return QStringLiteral("cta_styles");
    case CatalogKind::Voice:
        return QStringLiteral("voices");
    case CatalogKind::Language:
        return QStringLiteral("languages");
    case CatalogKind::Platform:
        return QStringLiteral("platforms");
    }
    return {};
}

std::optional<CatalogKind> Catalog::kindFromKey(const QString& key)
{
    for (CatalogKind kind : kAllCatalogKinds) {
        if (kindKey(kind) == key)
            return kind;
    }
    return std::nullopt;
}

Result<Catalog> Catalog::fromJson(const QByteArray& json)
{
    detail::JsonReader r;
    const auto doc = detail::parseDocument(json, r);
    Catalog catalog;
    if (doc && r.isObject(*doc, QString())) {
        const auto version = r.integer(*doc, "format_version", QString(), true);
        if (version && *version > 1)
            return Error::make(ErrorCode::FormatTooNew,
                               {QStringLiteral("the catalog"), QString::number(*version), QStringLiteral("1")});
        for (CatalogKind kind : kAllCatalogKinds) {
            const std::string key = detail::toStd(kindKey(kind));
            const Json* list = detail::JsonReader::member(*doc, key);
            const QString path = kindKey(kind);
            if (!list) {
                r.add(path, FieldErrorKind::Missing);
                continue;
            }
            if (!list->is_array()) {
                r.add(path, FieldErrorKind::WrongType, {QStringLiteral("list"), detail::typeWord(*list)});
                continue;
            }
            int index = 0;
            for (const Json& item : *list) {
                const QString itemPath = path + u'[' + QString::number(index++) + u']';
                if (!r.isObject(item, itemPath))
                    continue;
                CatalogEntry e;
                e.id = r.string(item, "id", itemPath, true).value_or(QString());
                e.label = r.string(item, "label", itemPath, false).value_or(e.id);
                e.aliases = r.stringList(item, "aliases", itemPath);
                if (!e.id.isEmpty())
                    catalog.m_lists[static_cast<size_t>(indexOf(kind))].append(e);
            }
        }
    }
    if (!r.errors.isEmpty())
        return Error::invalid(r.errors);
    return catalog;
}

QList<CatalogEntry> Catalog::entries(CatalogKind kind) const
{
    return m_lists[static_cast<size_t>(indexOf(kind))];
}

QStringList Catalog::ids(CatalogKind kind) const
{
    QStringList out;
    for (const CatalogEntry& e : m_lists[static_cast<size_t>(indexOf(kind))])
        out.append(e.id);
    return out;
}

std::optional<CatalogEntry> Catalog::entry(CatalogKind kind, const QString& id) const
{
    for (const CatalogEntry& e : m_lists[static_cast<size_t>(indexOf(kind))]) {
        if (e.id.compare(id, Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

bool Catalog::contains(CatalogKind kind, const QString& id) const
{
    return entry(kind, id).has_value();
}

bool Catalog::isExtendable(CatalogKind kind)
{
    return kind != CatalogKind::Language && kind != CatalogKind::Platform;
}

bool Catalog::addUserValue(CatalogKind kind, const QString& value)
{
    const QString v = value.trimmed();
    if (!isExtendable(kind) || v.isEmpty() || contains(kind, v))
        return false;
    m_lists[static_cast<size_t>(indexOf(kind))].append(CatalogEntry{v, v, {}, false});
    return true;
}

std::optional<QString> Catalog::resolveLanguage(const QString& nameOrCode) const
{
    const QString wanted = nameOrCode.trimmed().toLower();
    for (const CatalogEntry& e : m_lists[static_cast<size_t>(indexOf(CatalogKind::Language))]) {
        if (e.id == wanted || e.label.toLower() == wanted)
            return e.id;
        for (const QString& alias : e.aliases) {
            if (alias.toLower() == wanted)
                return e.id;
        }
    }
    return std::nullopt;
}

FieldErrors checkRequestAgainstCatalog(const QString& language, const Catalog& catalog, const QString& path)
{
    if (language.trimmed().isEmpty() || catalog.resolveLanguage(language))
        return {};
    QStringList known;
    for (const CatalogEntry& e : catalog.entries(CatalogKind::Language))
        known.append(e.id);
    return {FieldError{path, FieldErrorKind::NotOneOf, {language, known.join(QStringLiteral(", "))}}};
}

} // namespace reel
