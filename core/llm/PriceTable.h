#pragma once

#include "common/Result.h"
#include "llm/ChatTypes.h"

#include <QHash>
#include <QString>

#include <optional>

namespace reel {

/// What tokens cost, per million, by model: the list in resources/pricing/prices.json, with
/// the user's own entries (kept in the workspace) on top. Unknown models (local ones) cost 0.
class Database;

class PriceTable
{
public:
    struct Price
    {
        double inputPerMillion = 0;
        double outputPerMillion = 0;
        friend bool operator==(const Price&, const Price&) = default;
    };

    /// The built-in list.
    static PriceTable builtIn();
    /// Parses a price file (format "reelstudio.prices"); errors name the entry.
    static Result<PriceTable> fromJson(const QByteArray& json);
    QByteArray toJson() const;

    /// The table the user edited, kept in the workspace (`meta` key "prices.user"); nullopt when
    /// the workspace uses the built-in prices. A damaged entry is an error naming it.
    static Result<std::optional<PriceTable>> loadUser(Database& database);
    static Result<void> saveUser(Database& database, const PriceTable& table);
    /// Back to the built-in prices.
    static Result<void> resetUser(Database& database);

    /// By exact id, else the longest listed prefix ("gpt-4o-mini-2024-07-18" → "gpt-4o-mini").
    std::optional<Price> priceOf(const QString& model) const;
    double costOf(const QString& model, const TokenUsage& usage) const;
    void set(const QString& model, Price price);
    void remove(const QString& model);
    QHash<QString, Price> entries() const { return m_prices; }
    QString asOf() const { return m_asOf; }

    /// An estimate before sending: prompt tokens from its characters (4 per token, a common
    /// rule of thumb for English; CJK text costs more, so 1.5 per token is used when the text
    /// is mostly CJK) and the expected answer length.
    static qint64 estimateTokens(const QString& text);

private:
    QHash<QString, Price> m_prices;
    QString m_asOf;
};

} // namespace reel
