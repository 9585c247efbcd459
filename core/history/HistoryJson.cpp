// The JSON export of History and its import. Each script is the original service's answer
// envelope (so a tool written for the original reads it), plus a `reelstudio` member with the
// rest. The envelope, the script versions and the request reuse the model codecs, so the
// shapes here are the shapes everywhere else.

#include "common/Clock.h"
#include "common/InputLimits.h"
#include "history/HistoryExport.h"
#include "model/JsonCodec.h"
#include "model/JsonLocator.h"
#include "model/JsonReader.h"

#include <cmath>
#include <limits>

namespace reel::history {

using detail::joinPath;
using detail::Json;
using detail::JsonReader;
using detail::toQString;
using detail::toStd;

namespace {

constexpr std::string_view kFormat = "reelstudio-history";
constexpr int kVersion = 1;

// ---- writing ---------------------------------------------------------------------------

// Our own codecs' output is valid JSON within the limits, so parsing it back cannot fail.
Json embed(const QByteArray& json)
{
    JsonReader unused;
    return detail::parseDocument(json, unused, limits::kImportBytes).value_or(Json());
}

Json stamp(const QDateTime& at)
{
    if (!at.isValid())
        return nullptr;
    return toStd(at.toUTC().toString(Qt::ISODateWithMs));
}

Json optionalNumber(const std::optional<qint64>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json stringList(const QStringList& list)
{
    Json out = Json::array();
    for (const QString& s : list)
        out.push_back(toStd(s));
    return out;
}

std::string thumbKey(Thumb thumb)
{
    switch (thumb) {
    case Thumb::Up:
        return "up";
    case Thumb::Down:
        return "down";
    case Thumb::None:
        break;
    }
    return "none";
}

Json writeReelStudio(const HistoryEntry& entry)
{
    const GenerationRecord& r = entry.record;
    Json o = Json::object();
    o["id"] = r.id;
    o["uuid"] = toStd(r.uuid);
    o["title"] = toStd(r.title);
    o["status"] = toStd(r.status);
    o["language"] = toStd(r.language);
    o["profile_id"] = r.profileId ? Json(*r.profileId) : Json(nullptr);
    o["provider"] = toStd(r.provider);
    o["model"] = toStd(r.model);
    o["prompt_version"] = toStd(r.promptVersion);
    Json retrieved = Json::array();
    for (qint64 id : r.retrievedIds)
        retrieved.push_back(id);
    o["retrieved_ids"] = std::move(retrieved);
    o["usage"] = Json{{"prompt_tokens", r.usage.prompt},
                      {"completion_tokens", r.usage.completion},
                      {"total_tokens", r.usage.total}};
    o["cost_usd"] = r.costUsd;
    o["latency_ms"] = r.latencyMs;
    o["attempts"] = r.attempts;
    o["first_attempt_errors"] = r.firstAttemptErrors;
    o["errors"] = r.errors;
    o["warnings"] = r.warnings;
    o["score"] = r.score;
    o["variant_group"] = toStd(r.variantGroup);
    o["variant_index"] = r.variantIndex;
    o["current_version"] = r.currentVersion;
    o["created_at"] = stamp(r.createdAt);
    o["updated_at"] = stamp(r.updatedAt);
    // The profile as it was and the request, in the original service's request-file shape: it
    // can be fed to the CLI (or the original service) unchanged to generate again.
    o["request"] = embed(codec::encodeRequestFile(RequestFile{r.profile, r.request, {}}, codec::Layout::Compact));

    Json versions = Json::array();
    for (const ScriptVersion& v : entry.versions) {
        Json j = Json::object();
        j["number"] = v.number;
        j["kind"] = toStd(v.kind);
        j["author"] = toStd(v.author);
        j["note"] = toStd(v.note);
        j["autosaved"] = v.autosaved;
        j["created_at"] = stamp(v.createdAt);
        j["script"] = embed(codec::encodeScript(v.script, codec::Layout::Compact));
        versions.push_back(std::move(j));
    }
    o["versions"] = std::move(versions);

    Json ratings = Json::array();
    for (const Rating& rating : entry.ratings) {
        Json j = Json::object();
        j["id"] = rating.id;
        j["stars"] = rating.stars ? Json(*rating.stars) : Json(nullptr);
        j["thumb"] = thumbKey(rating.thumb);
        j["tags"] = stringList(rating.tags);
        j["comment"] = toStd(rating.comment);
        j["author"] = toStd(rating.author);
        j["at"] = stamp(rating.at);
        ratings.push_back(std::move(j));
    }
    o["ratings"] = std::move(ratings);

    Json changes = Json::array();
    for (const StatusChange& change : entry.statusChanges) {
        Json j = Json::object();
        j["id"] = change.id;
        j["from"] = toStd(change.from);
        j["to"] = toStd(change.to);
        j["author"] = toStd(change.author);
        j["comment"] = toStd(change.comment);
        j["at"] = stamp(change.at);
        changes.push_back(std::move(j));
    }
    o["status_changes"] = std::move(changes);

    if (entry.performance) {
        const Performance& p = *entry.performance;
        Json j = Json::object();
        j["views"] = optionalNumber(p.figures.views);
        j["likes"] = optionalNumber(p.figures.likes);
        j["comments"] = optionalNumber(p.figures.comments);
        j["shares"] = optionalNumber(p.figures.shares);
        j["saves"] = optionalNumber(p.figures.saves);
        j["posted_on"] = p.postedOn ? Json(toStd(p.postedOn->toString(Qt::ISODate))) : Json(nullptr);
        j["updated_at"] = stamp(p.updatedAt);
        o["performance"] = std::move(j);
    } else {
        o["performance"] = nullptr;
    }
    return o;
}

Json writeEntry(const HistoryEntry& entry)
{
    const GenerationRecord& r = entry.record;
    AnswerEnvelope answer;
    answer.script = r.script;
    answer.validation = r.validation;
    answer.metadata.brand = r.profile.brandName;
    answer.metadata.sector = r.profile.sector;
    answer.metadata.goal = r.request.goal;
    answer.metadata.hookType = r.request.hookType;
    answer.metadata.scriptLength = r.request.scriptLength;
    Json o = embed(codec::encodeAnswer(answer, codec::Layout::Compact));
    o["reelstudio"] = writeReelStudio(entry);
    return o;
}

// ---- reading ---------------------------------------------------------------------------

/// Reads one script's members, collecting every problem with its full path.
class EntryReader
{
public:
    explicit EntryReader(JsonReader& reader)
        : r(reader)
    {}

    HistoryEntry entry(const Json& item, const QString& path)
    {
        HistoryEntry e;
        GenerationRecord& rec = e.record;

        Json envelope = Json::object();
        for (const char* key : {"script", "validation", "metadata"}) {
            if (const auto it = item.find(key); it != item.end())
                envelope[key] = *it;
        }
        const AnswerEnvelope answer = viaCodec(envelope, path, &codec::decodeAnswer);
        rec.script = answer.script;
        rec.validation = answer.validation;

        const Json* rs = r.object(item, "reelstudio", path, true);
        if (!rs)
            return e;
        const QString p = joinPath(path, "reelstudio");
        const Json& o = *rs;
        rec.id = int64(o, "id", p, false).value_or(0);
        rec.uuid = r.string(o, "uuid", p, true).value_or(QString());
        rec.title = r.string(o, "title", p, false).value_or(QString());
        rec.status = r.string(o, "status", p, false).value_or(rec.status);
        rec.language = r.string(o, "language", p, false).value_or(QString());
        rec.profileId = int64(o, "profile_id", p, false);
        rec.provider = r.string(o, "provider", p, false).value_or(QString());
        rec.model = r.string(o, "model", p, false).value_or(QString());
        rec.promptVersion = r.string(o, "prompt_version", p, false).value_or(QString());
        if (const Json* ids = list(o, "retrieved_ids", p)) {
            const QString idsPath = joinPath(p, "retrieved_ids");
            for (std::size_t i = 0; i < ids->size(); ++i) {
                if (const auto id = int64Value(ids->at(i), indexed(idsPath, i)))
                    rec.retrievedIds.append(*id);
            }
        }
        if (const Json* usage = r.object(o, "usage", p, false)) {
            const QString up = joinPath(p, "usage");
            rec.usage.prompt = int64(*usage, "prompt_tokens", up, false).value_or(0);
            rec.usage.completion = int64(*usage, "completion_tokens", up, false).value_or(0);
            rec.usage.total = int64(*usage, "total_tokens", up, false).value_or(0);
        }
        rec.costUsd = r.number(o, "cost_usd", p, false).value_or(0.0);
        rec.latencyMs = int64(o, "latency_ms", p, false).value_or(0);
        rec.attempts = r.integer(o, "attempts", p, false).value_or(rec.attempts);
        rec.firstAttemptErrors = r.integer(o, "first_attempt_errors", p, false).value_or(0);
        rec.errors = r.integer(o, "errors", p, false).value_or(0);
        rec.warnings = r.integer(o, "warnings", p, false).value_or(0);
        rec.score = r.integer(o, "score", p, false).value_or(0);
        rec.variantGroup = r.string(o, "variant_group", p, false).value_or(QString());
        rec.variantIndex = r.integer(o, "variant_index", p, false).value_or(0);
        rec.currentVersion = r.integer(o, "current_version", p, false).value_or(rec.currentVersion);
        rec.createdAt = timestamp(o, "created_at", p, true);
        rec.updatedAt = timestamp(o, "updated_at", p, false);

        if (const Json* request = r.object(o, "request", p, true)) {
            const RequestFile file = viaCodec(
                    *request, joinPath(p, "request"),
                    +[](const QByteArray& json) { return codec::decodeRequestFile(json); });
            rec.profile = file.brandProfile;
            rec.request = file.scriptRequest;
        }

        forEachObject(o, "versions", p, [&](const Json& v, const QString& vp) {
            ScriptVersion version;
            version.number = r.integer(v, "number", vp, true).value_or(0);
            version.kind = r.string(v, "kind", vp, false).value_or(QString());
            version.author = r.string(v, "author", vp, false).value_or(QString());
            version.note = r.string(v, "note", vp, false).value_or(QString());
            version.autosaved = r.boolean(v, "autosaved", vp, false).value_or(false);
            version.createdAt = timestamp(v, "created_at", vp, false);
            if (const Json* script = r.object(v, "script", vp, true))
                version.script = viaCodec(*script, joinPath(vp, "script"), &codec::decodeScript);
            e.versions.append(version);
        });

        forEachObject(o, "ratings", p, [&](const Json& j, const QString& jp) {
            Rating rating;
            rating.id = int64(j, "id", jp, false).value_or(0);
            rating.stars = r.integer(j, "stars", jp, false);
            if (rating.stars && (*rating.stars < 1 || *rating.stars > 5))
                r.add(joinPath(jp, "stars"), FieldErrorKind::OutOfRange,
                      {QStringLiteral("1"), QStringLiteral("5"), QString::number(*rating.stars), QString()});
            if (const auto thumb = r.string(j, "thumb", jp, false)) {
                if (*thumb == u"up")
                    rating.thumb = Thumb::Up;
                else if (*thumb == u"down")
                    rating.thumb = Thumb::Down;
                else if (*thumb != u"none")
                    r.add(joinPath(jp, "thumb"), FieldErrorKind::NotOneOf, {*thumb, QStringLiteral("up, down, none")});
            }
            rating.tags = r.stringList(j, "tags", jp);
            rating.comment = r.string(j, "comment", jp, false).value_or(QString());
            rating.author = r.string(j, "author", jp, false).value_or(QString());
            rating.at = timestamp(j, "at", jp, false);
            e.ratings.append(rating);
        });

        forEachObject(o, "status_changes", p, [&](const Json& j, const QString& jp) {
            StatusChange change;
            change.id = int64(j, "id", jp, false).value_or(0);
            change.from = r.string(j, "from", jp, false).value_or(QString());
            change.to = r.string(j, "to", jp, true).value_or(QString());
            change.author = r.string(j, "author", jp, false).value_or(QString());
            change.comment = r.string(j, "comment", jp, false).value_or(QString());
            change.at = timestamp(j, "at", jp, false);
            e.statusChanges.append(change);
        });

        if (const Json* perf = r.object(o, "performance", p, false)) {
            const QString pp = joinPath(p, "performance");
            Performance performance;
            performance.figures.views = int64(*perf, "views", pp, false);
            performance.figures.likes = int64(*perf, "likes", pp, false);
            performance.figures.comments = int64(*perf, "comments", pp, false);
            performance.figures.shares = int64(*perf, "shares", pp, false);
            performance.figures.saves = int64(*perf, "saves", pp, false);
            if (const auto posted = r.string(*perf, "posted_on", pp, false)) {
                const QDate date = QDate::fromString(*posted, Qt::ISODate);
                if (date.isValid())
                    performance.postedOn = date;
                else
                    r.add(joinPath(pp, "posted_on"), FieldErrorKind::WrongType,
                          {QStringLiteral("date"), QStringLiteral("string")});
            }
            performance.updatedAt = timestamp(*perf, "updated_at", pp, false);
            e.performance = performance;
        }
        return e;
    }

private:
    JsonReader& r;

    static QString indexed(const QString& path, std::size_t index)
    {
        return path + u'[' + QString::number(index) + u']';
    }

    /// Decodes a member with the model codec it was written with. Only structural problems
    /// (missing members, wrong types) refuse the file: value rules (lengths, ranges) may have
    /// changed since the script was stored, and History restores what was kept.
    template <typename T>
    T viaCodec(const Json& value, const QString& path, Decoded<T> (*decode)(const QByteArray&))
    {
        const Decoded<T> decoded = decode(detail::dump(value, false));
        for (FieldError error : decoded.errors) {
            if (error.kind != FieldErrorKind::Missing && error.kind != FieldErrorKind::WrongType)
                continue;
            error.path = error.path.isEmpty() ? path : path + u'.' + error.path;
            r.errors.append(error);
        }
        return decoded.value;
    }

    std::optional<qint64> int64Value(const Json& value, const QString& path)
    {
        if (value.is_number_integer() || value.is_number_unsigned()) {
            if (value.is_number_unsigned()
                && value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<qint64>::max())) {
                r.add(path, FieldErrorKind::WrongType, {QStringLiteral("integer"), QStringLiteral("number")});
                return std::nullopt;
            }
            return value.get<qint64>();
        }
        if (value.is_number_float()) {
            const double d = value.get<double>();
            if (std::isfinite(d) && std::floor(d) == d && std::abs(d) < 9.0e15)
                return static_cast<qint64>(d);
        }
        r.add(path, FieldErrorKind::WrongType, {QStringLiteral("integer"), detail::typeWord(value)});
        return std::nullopt;
    }

    std::optional<qint64> int64(const Json& object, std::string_view key, const QString& prefix, bool required)
    {
        const Json* value = JsonReader::member(object, key);
        if (!value) {
            if (required)
                r.add(joinPath(prefix, key), FieldErrorKind::Missing);
            return std::nullopt;
        }
        return int64Value(*value, joinPath(prefix, key));
    }

    QDateTime timestamp(const Json& object, std::string_view key, const QString& prefix, bool required)
    {
        const auto text = r.string(object, key, prefix, required);
        if (!text)
            return {};
        const QDateTime at = QDateTime::fromString(*text, Qt::ISODateWithMs);
        if (!at.isValid())
            r.add(joinPath(prefix, key), FieldErrorKind::NotOneOf,
                  {*text, QStringLiteral("an ISO 8601 date and time (2026-01-31T09:30:00.000Z)")});
        return at;
    }

    const Json* list(const Json& object, std::string_view key, const QString& prefix)
    {
        const Json* value = JsonReader::member(object, key);
        if (!value)
            return nullptr;
        if (!value->is_array()) {
            r.add(joinPath(prefix, key), FieldErrorKind::WrongType, {QStringLiteral("list"), detail::typeWord(*value)});
            return nullptr;
        }
        return value;
    }

    template <typename Fn>
    void forEachObject(const Json& object, std::string_view key, const QString& prefix, Fn&& read)
    {
        const Json* items = list(object, key, prefix);
        if (!items)
            return;
        const QString path = joinPath(prefix, key);
        for (std::size_t i = 0; i < items->size(); ++i) {
            const QString itemPath = indexed(path, i);
            if (r.isObject(items->at(i), itemPath))
                read(items->at(i), itemPath);
        }
    }
};

Error invalid(JsonReader& reader, const QByteArray& json)
{
    locateErrors(json, reader.errors);
    return Error::invalid(std::move(reader.errors));
}

} // namespace

QByteArray toJson(const QList<HistoryEntry>& entries)
{
    Json scripts = Json::array();
    for (const HistoryEntry& entry : entries)
        scripts.push_back(writeEntry(entry));
    Json o = Json::object();
    o["format"] = std::string(kFormat);
    o["version"] = kVersion;
    o["exported_at"] = stamp(Clock::nowUtc());
    o["scripts"] = std::move(scripts);
    return detail::dump(o, true);
}

Result<QList<HistoryEntry>> fromJson(const QByteArray& json)
{
    JsonReader r;
    const auto doc = detail::parseDocument(json, r, limits::kImportBytes);
    if (!doc)
        return Error::invalid(std::move(r.errors));
    if (!r.isObject(*doc, QString()))
        return invalid(r, json);

    // A foreign file is refused before anything else is read from it.
    const QString expected = toQString(std::string(kFormat));
    const auto format = r.string(*doc, "format", QString(), true);
    if (format && *format != expected)
        r.add(QStringLiteral("format"), FieldErrorKind::NotOneOf, {*format, expected});
    const auto version = r.integer(*doc, "version", QString(), true);
    if (!r.errors.isEmpty())
        return invalid(r, json);
    if (*version > kVersion)
        return Error::make(ErrorCode::FormatTooNew, {expected, QString::number(*version), QString::number(kVersion)});
    if (*version < 1) {
        r.add(QStringLiteral("version"), FieldErrorKind::OutOfRange,
              {QStringLiteral("1"), QString::number(kVersion), QString::number(*version), QString()});
        return invalid(r, json);
    }

    QList<HistoryEntry> entries;
    const Json* scripts = JsonReader::member(*doc, "scripts");
    if (!scripts) {
        r.add(QStringLiteral("scripts"), FieldErrorKind::Missing);
    } else if (!scripts->is_array()) {
        r.add(QStringLiteral("scripts"), FieldErrorKind::WrongType,
              {QStringLiteral("list"), detail::typeWord(*scripts)});
    } else {
        EntryReader reader(r);
        for (std::size_t i = 0; i < scripts->size(); ++i) {
            const QString path = QStringLiteral("scripts[%1]").arg(i);
            if (r.isObject(scripts->at(i), path))
                entries.append(reader.entry(scripts->at(i), path));
        }
    }
    if (!r.errors.isEmpty())
        return invalid(r, json);
    return entries;
}

} // namespace reel::history
