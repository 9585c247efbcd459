#include "llm/PriceTable.h"

#include "common/InputLimits.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace reel {

namespace {

constexpr auto kUserPricesKey = "prices.user";

Error sqlError(const QString& operation, const QSqlQuery& q)
{
    return Error::make(ErrorCode::Sql, {operation, q.lastError().text()});
}

} // namespace

Result<std::optional<PriceTable>> PriceTable::loadUser(Database& database)
{
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kUserPricesKey));
    if (!q.exec())
        return sqlError(QStringLiteral("reading the price table"), q);
    if (!q.next())
        return std::optional<PriceTable>();
    auto table = fromJson(q.value(0).toString().toUtf8());
    if (!table)
        return table.error();
    return std::optional<PriceTable>(std::move(table).value());
}

Result<void> PriceTable::saveUser(Database& database, const PriceTable& table)
{
    WriteTransaction t(database.connection(), QStringLiteral("saving the price table"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    q.addBindValue(QString::fromLatin1(kUserPricesKey));
    q.addBindValue(QString::fromUtf8(table.toJson()));
    if (!q.exec())
        return sqlError(QStringLiteral("saving the price table"), q);
    if (auto e = t.commit())
        return *e;
    return {};
}

Result<void> PriceTable::resetUser(Database& database)
{
    WriteTransaction t(database.connection(), QStringLiteral("resetting the price table"));
    if (auto e = t.startError())
        return *e;
    QSqlQuery q(database.connection());
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.addBindValue(QString::fromLatin1(kUserPricesKey));
    if (!q.exec())
        return sqlError(QStringLiteral("resetting the price table"), q);
    if (auto e = t.commit())
        return *e;
    return {};
}

PriceTable PriceTable::builtIn()
{
    QFile f(QStringLiteral(":/reelstudio/pricing/prices.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto table = fromJson(f.readAll());
    return table ? table.value() : PriceTable{};
}

Result<PriceTable> PriceTable::fromJson(const QByteArray& json)
{
    JsonProblem problem;
    const auto parsed = parseJsonBounded(json, limits::kDocumentBytes, &problem);
    FieldErrors errors;
    if (!parsed || !parsed->isObject()) {
        FieldError e;
        const TextPosition at = positionOf(json, problem.offset);
        e.kind = problem.tooDeep ? FieldErrorKind::TooDeep : FieldErrorKind::Syntax;
        e.args = {QString::number(at.line), QString::number(at.column),
                  problem.tooDeep ? QString::number(limits::kMaxJsonDepth)
                  : parsed        ? QStringLiteral("not an object")
                                  : problem.why};
        return Error::invalid({e});
    }
    const QJsonDocument& doc = *parsed;
    const QJsonObject root = doc.object();
    PriceTable t;
    t.m_asOf = root.value(u"as_of").toString();
    const QJsonObject models = root.value(u"models").toObject();
    for (auto it = models.constBegin(); it != models.constEnd(); ++it) {
        const QJsonObject p = it.value().toObject();
        for (const auto* key : {u"input", u"output"}) {
            const QJsonValue v = p.value(QStringView(key));
            if (!v.isDouble() || v.toDouble() < 0) {
                FieldError e;
                e.path = QStringLiteral("models.%1.%2").arg(it.key(), QString::fromUtf16(key));
                e.kind = v.isUndefined() ? FieldErrorKind::Missing : FieldErrorKind::WrongType;
                e.args = {QStringLiteral("number"), v.isString() ? QStringLiteral("string") : QStringLiteral("null")};
                errors.append(e);
            }
        }
        t.m_prices.insert(it.key(), {p.value(u"input").toDouble(), p.value(u"output").toDouble()});
    }
    if (!errors.isEmpty())
        return Error::invalid(errors);
    return t;
}

QByteArray PriceTable::toJson() const
{
    QJsonObject models;
    for (auto it = m_prices.constBegin(); it != m_prices.constEnd(); ++it)
        models.insert(it.key(), QJsonObject{{QStringLiteral("input"), it->inputPerMillion},
                                            {QStringLiteral("output"), it->outputPerMillion}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("reelstudio.prices")},
                                     {QStringLiteral("format_version"), 1},
                                     {QStringLiteral("as_of"), m_asOf},
                                     {QStringLiteral("models"), models}})
            .toJson();
}

std::optional<PriceTable::Price> PriceTable::priceOf(const QString& model) const
{
    const QString m = model.trimmed();
    if (const auto it = m_prices.constFind(m); it != m_prices.cend())
        return it.value();
    QString best;
    for (auto it = m_prices.constBegin(); it != m_prices.constEnd(); ++it) {
        if (m.startsWith(it.key() + u'-') && it.key().size() > best.size())
            best = it.key();
    }
    if (best.isEmpty())
        return std::nullopt;
    return m_prices.value(best);
}

double PriceTable::costOf(const QString& model, const TokenUsage& usage) const
{
    const auto p = priceOf(model);
    if (!p)
        return 0;
    return (static_cast<double>(usage.prompt) * p->inputPerMillion
            + static_cast<double>(usage.completion) * p->outputPerMillion)
           / 1e6;
}

void PriceTable::set(const QString& model, Price price)
{
    m_prices.insert(model.trimmed(), price);
}

void PriceTable::remove(const QString& model)
{
    m_prices.remove(model.trimmed());
}

qint64 PriceTable::estimateTokens(const QString& text)
{
    qint64 cjk = 0;
    for (QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x0900 && u <= 0x097F))
            ++cjk;
    }
    const qint64 other = text.size() - cjk;
    return static_cast<qint64>(std::ceil(static_cast<double>(other) / 4.0 + static_cast<double>(cjk) / 1.5));
}

} // namespace reel
