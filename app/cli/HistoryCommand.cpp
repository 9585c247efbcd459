// reelstudio-cli history list|show|export|import|status, and rate.

#include "Cli.h"
#include "common/FileSet.h"
#include "history/HistoryExport.h"
#include "history/Promotion.h"
#include "model/JsonCodec.h"
#include "store/Database.h"
#include "store/HistoryTypes.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

using reel::HistoryEntry;

const char* const kHistoryUsage =
        "usage: reelstudio-cli history list [--search TEXT] [--brand B] [--status S] [--limit N] [--json]\n"
        "       reelstudio-cli history show ID [--json]\n"
        "       reelstudio-cli history export (ID... | --all) --format md|csv|json|txt|srt --out PATH [--force]\n"
        "       reelstudio-cli history import FILE\n"
        "       reelstudio-cli history status ID STATUS [--comment TEXT] [--author NAME]\n";

/// Prints `error` (one line per problem) and returns its exit code.
int fail(QTextStream& err, const reel::Error& error, const QString& where = {})
{
    const QString prefix = where.isEmpty() ? QStringLiteral("reelstudio-cli: ") : where + QStringLiteral(": ");
    if (error.code == reel::ErrorCode::InvalidInput && !error.fields.isEmpty()) {
        for (const reel::FieldError& f : error.fields)
            err << prefix << "error: " << f.toEnglish() << "\n";
    } else {
        err << prefix << error.toEnglish() << "\n";
    }
    return exitCodeFor(error);
}

QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString thumbName(reel::Thumb thumb)
{
    switch (thumb) {
    case reel::Thumb::Up:
        return QStringLiteral("up");
    case reel::Thumb::Down:
        return QStringLiteral("down");
    case reel::Thumb::None:
        break;
    }
    return {};
}

QJsonValue optional(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonObject scriptJson(const reel::ReelScript& script)
{
    return QJsonDocument::fromJson(reel::codec::encodeScript(script, reel::codec::Layout::Compact)).object();
}

QJsonObject summaryJson(const reel::ScriptSummary& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("uuid"), s.uuid},
                       {QStringLiteral("title"), s.title},
                       {QStringLiteral("brand"), s.brand},
                       {QStringLiteral("status"), s.status},
                       {QStringLiteral("language"), s.language},
                       {QStringLiteral("sector"), s.sector},
                       {QStringLiteral("hook_type"), s.hookType},
                       {QStringLiteral("provider"), s.provider},
                       {QStringLiteral("model"), s.model},
                       {QStringLiteral("score"), s.score},
                       {QStringLiteral("errors"), s.errors},
                       {QStringLiteral("warnings"), s.warnings},
                       {QStringLiteral("average_stars"), s.rating ? QJsonValue(*s.rating) : QJsonValue()},
                       {QStringLiteral("rating_count"), s.ratingCount},
                       {QStringLiteral("cost_usd"), s.costUsd},
                       {QStringLiteral("latency_ms"), s.latencyMs},
                       {QStringLiteral("current_version"), s.currentVersion},
                       {QStringLiteral("created_at"), iso(s.createdAt)},
                       {QStringLiteral("updated_at"), iso(s.updatedAt)}};
}

QJsonObject ratingJson(const reel::Rating& r)
{
    return QJsonObject{{QStringLiteral("stars"), r.stars ? QJsonValue(*r.stars) : QJsonValue()},
                       {QStringLiteral("thumb"), r.thumb == reel::Thumb::None ? QJsonValue() : thumbName(r.thumb)},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
                       {QStringLiteral("comment"), r.comment},
                       {QStringLiteral("author"), r.author},
                       {QStringLiteral("at"), iso(r.at)}};
}

QJsonObject statusJson(const reel::StatusChange& c)
{
    return QJsonObject{{QStringLiteral("from"), c.from.isEmpty() ? QJsonValue() : c.from},
                       {QStringLiteral("to"), c.to},
                       {QStringLiteral("author"), c.author},
                       {QStringLiteral("comment"), c.comment},
                       {QStringLiteral("at"), iso(c.at)}};
}

QJsonObject entryJson(const HistoryEntry& e)
{
    const reel::GenerationRecord& r = e.record;
    QJsonArray versions;
    for (const reel::ScriptVersion& v : e.versions)
        versions.append(QJsonObject{{QStringLiteral("number"), v.number},
                                    {QStringLiteral("kind"), v.kind},
                                    {QStringLiteral("author"), v.author},
                                    {QStringLiteral("note"), v.note},
                                    {QStringLiteral("autosaved"), v.autosaved},
                                    {QStringLiteral("created_at"), iso(v.createdAt)},
                                    {QStringLiteral("script"), scriptJson(v.script)}});
    QJsonArray ratings;
    for (const reel::Rating& rating : e.ratings)
        ratings.append(ratingJson(rating));
    QJsonArray statuses;
    for (const reel::StatusChange& change : e.statusChanges)
        statuses.append(statusJson(change));
    QJsonValue performance;
    if (e.performance) {
        const reel::Engagement& f = e.performance->figures;
        performance = QJsonObject{{QStringLiteral("views"), optional(f.views)},
                                  {QStringLiteral("likes"), optional(f.likes)},
                                  {QStringLiteral("comments"), optional(f.comments)},
                                  {QStringLiteral("shares"), optional(f.shares)},
                                  {QStringLiteral("saves"), optional(f.saves)},
                                  {QStringLiteral("posted_on"),
                                   e.performance->postedOn ? QJsonValue(e.performance->postedOn->toString(Qt::ISODate))
                                                           : QJsonValue()}};
    }
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("uuid"), r.uuid},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("brand"), r.profile.brandName},
                       {QStringLiteral("status"), r.status},
                       {QStringLiteral("language"), r.language},
                       {QStringLiteral("sector"), r.profile.sector},
                       {QStringLiteral("hook_type"), r.request.hookType},
                       {QStringLiteral("emotion"), r.request.emotion},
                       {QStringLiteral("goal"), r.request.goal},
                       {QStringLiteral("provider"), r.provider},
                       {QStringLiteral("model"), r.model},
                       {QStringLiteral("prompt_version"), r.promptVersion},
                       {QStringLiteral("prompt_tokens"), r.usage.prompt},
                       {QStringLiteral("completion_tokens"), r.usage.completion},
                       {QStringLiteral("cost_usd"), r.costUsd},
                       {QStringLiteral("latency_ms"), r.latencyMs},
                       {QStringLiteral("attempts"), r.attempts},
                       {QStringLiteral("first_attempt_errors"), r.firstAttemptErrors},
                       {QStringLiteral("errors"), r.errors},
                       {QStringLiteral("warnings"), r.warnings},
                       {QStringLiteral("score"), r.score},
                       {QStringLiteral("current_version"), r.currentVersion},
                       {QStringLiteral("created_at"), iso(r.createdAt)},
                       {QStringLiteral("updated_at"), iso(r.updatedAt)},
                       {QStringLiteral("script"), scriptJson(r.script)},
                       {QStringLiteral("versions"), versions},
                       {QStringLiteral("ratings"), ratings},
                       {QStringLiteral("status_history"), statuses},
                       {QStringLiteral("performance"), performance}};
}

QString starsText(int stars)
{
    return QString(stars, QChar(0x2605)) + QString(5 - stars, QChar(0x2606));
}

QString ratingLine(const reel::Rating& r)
{
    QStringList parts;
    if (r.stars)
        parts.append(starsText(*r.stars));
    if (r.thumb != reel::Thumb::None)
        parts.append(QStringLiteral("thumb ") + thumbName(r.thumb));
    if (!r.tags.isEmpty())
        parts.append(u'[' + r.tags.join(QStringLiteral(", ")) + u']');
    if (!r.comment.isEmpty())
        parts.append(u'"' + r.comment + u'"');
    return parts.join(u' ') + QStringLiteral(" (") + r.author + QStringLiteral(", ") + iso(r.at) + u')';
}

/// Writes `bytes` atomically; empty on success, else why not.
QString writeFile(const QString& path, const QByteArray& bytes)
{
    if (QFileInfo(path).isDir())
        return QStringLiteral("cannot write %1: it is a folder").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

int Cli::history(const QStringList& args)
{
    const QString sub = args.value(0);
    const bool json = m_json || m_format == u"json";
    const bool shapeOk = (sub == u"list" && args.size() == 1) || (sub == u"show" && args.size() == 2)
                         || (sub == u"export" && (args.size() >= 2 || m_all)) || (sub == u"import" && args.size() == 2)
                         || (sub == u"status" && args.size() == 3);
    if (!shapeOk) {
        m_err << kHistoryUsage;
        return ExitCode::Usage;
    }
    if (sub != u"export" && m_format != u"text" && m_format != u"json") {
        m_err << "reelstudio-cli: --format is for history export (md, csv, json, txt or srt); use --json for "
                 "JSON output\n";
        return ExitCode::Usage;
    }
    const QStringList statuses = reel::Workflow::statuses();
    const QString statusWord = sub == u"status" ? args.at(2) : m_status;
    if (!statusWord.isEmpty() && !statuses.contains(statusWord)) {
        m_err << "reelstudio-cli: unknown status \"" << statusWord << "\"; use one of "
              << statuses.join(QStringLiteral(", ")) << "\n";
        return ExitCode::Usage;
    }
    std::optional<reel::history::Format> format;
    if (sub == u"export") {
        format = reel::history::formatFromName(m_format);
        if (!m_formatGiven || !format) {
            m_err << "reelstudio-cli: history export needs --format md, csv, json, txt or srt\n";
            return ExitCode::Usage;
        }
        if (m_outPath.isEmpty()) {
            m_err << "reelstudio-cli: history export needs --out PATH\n";
            return ExitCode::Usage;
        }
        if (m_all == (args.size() > 1)) {
            m_err << "reelstudio-cli: history export takes script numbers or --all, not both\n";
            return ExitCode::Usage;
        }
    }

    const std::unique_ptr<reel::Workspace> opened = openWorkspace();
    if (!opened)
        return ExitCode::Workspace;
    reel::Workspace& ws = *opened;
    reel::ScriptStore store(ws.database());

    if (sub == u"list") {
        reel::ScriptQuery query;
        query.text = m_search;
        query.brand = m_brand;
        query.status = m_status;
        query.limit = m_limit;
        auto rows = store.search(query);
        if (!rows)
            return fail(m_err, rows.error());
        auto total = store.countMatching(query);
        if (!total)
            return fail(m_err, total.error());
        if (json) {
            QJsonArray list;
            for (const reel::ScriptSummary& s : rows.value())
                list.append(summaryJson(s));
            m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        } else {
            for (const reel::ScriptSummary& s : rows.value())
                m_out << s.id << "\t" << s.status << "\t" << s.createdAt.toLocalTime().date().toString(Qt::ISODate)
                      << "\t" << s.brand << "\t"
                      << (s.rating ? QString::number(*s.rating, 'f', 1) + QChar(0x2605) : QStringLiteral("-")) << "\t"
                      << s.title << "\n";
            m_err << rows->size() << " of " << total.value() << (total.value() == 1 ? " script\n" : " scripts\n");
        }
        return ExitCode::Ok;
    }

    if (sub == u"import") {
        const FileRead file = readInput(args.at(1));
        if (!file.error.isEmpty()) {
            m_err << "reelstudio-cli: " << file.error << "\n";
            return ExitCode::Unreadable;
        }
        auto entries = reel::history::fromJson(file.bytes);
        if (!entries) {
            const int code = fail(m_err, entries.error(), args.at(1));
            m_err << "nothing was imported\n";
            return code;
        }
        auto report = store.importEntries(entries.value());
        if (!report)
            return fail(m_err, report.error());
        for (const QString& uuid : std::as_const(report->skippedUuids))
            m_err << args.at(1) << ": note: script " << uuid << " is already in the workspace, kept as it is\n";
        m_out << "imported " << report->added << (report->added == 1 ? " script" : " scripts");
        if (!report->skippedUuids.isEmpty())
            m_out << ", skipped " << report->skippedUuids.size() << " already present";
        m_out << "\n";
        return ExitCode::Ok;
    }

    if (sub == u"export") {
        QList<qint64> ids;
        if (m_all) {
            reel::ScriptQuery query;
            query.descending = false;
            query.limit = 500;
            for (;;) {
                auto page = store.search(query);
                if (!page)
                    return fail(m_err, page.error());
                for (const reel::ScriptSummary& s : page.value())
                    ids.append(s.id);
                if (page->size() < query.limit)
                    break;
                query.offset += query.limit;
            }
        } else {
            for (const QString& key : args.mid(1)) {
                auto id = reel::ScriptStore(ws.database()).find(key);
                if (!id)
                    return fail(m_err, id.error());
                ids.append(id.value());
            }
        }
        QList<HistoryEntry> entries;
        for (const qint64 id : std::as_const(ids)) {
            auto entry = store.entry(id);
            if (!entry)
                return fail(m_err, entry.error());
            entries.append(std::move(entry).value());
        }
        return exportEntries(entries, *format);
    }

    auto id = reel::ScriptStore(ws.database()).find(args.at(1));
    if (!id)
        return fail(m_err, id.error());

    if (sub == u"status") {
        const QString author = m_author.isEmpty() ? reel::ScriptStore::defaultAuthor() : m_author;
        auto current = store.get(id.value());
        if (!current)
            return fail(m_err, current.error());
        auto changed = store.setStatus(id.value(), statusWord, m_comment, author);
        if (!changed) {
            const int code = fail(m_err, changed.error());
            if (changed.error().code == reel::ErrorCode::InvalidInput && m_comment.isEmpty()
                && reel::Workflow::needsComment(current->status, statusWord))
                m_err << "rejecting or sending a script back needs --comment saying why\n";
            if (changed.error().code == reel::ErrorCode::StatusNotAllowed) {
                const QStringList next = reel::Workflow::nextStatuses(current->status);
                m_err << "from \"" << current->status << "\" a script can move to "
                      << (next.isEmpty() ? QStringLiteral("no other status") : next.join(QStringLiteral(", "))) << "\n";
            }
            return code;
        }
        m_out << "script " << id.value() << ": " << (changed->from.isEmpty() ? current->status : changed->from)
              << " -> " << changed->to << "\n";
        return ExitCode::Ok;
    }

    // show
    auto entry = store.entry(id.value());
    if (!entry)
        return fail(m_err, entry.error());
    const HistoryEntry& e = entry.value();
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(entryJson(e)).toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    const reel::GenerationRecord& r = e.record;
    m_out << "Script " << r.id << " (" << r.uuid << ")\n"
          << "Title:      " << r.title << "\n"
          << "Brand:      " << r.profile.brandName << " (" << r.profile.sector << ")\n"
          << "Status:     " << r.status << "\n"
          << "Request:    " << r.request.hookType << " hook, " << r.request.emotion << ", " << r.request.goal << ", "
          << r.request.scriptLength << " s, " << r.language << "\n"
          << "Written by: " << r.provider << (r.model.isEmpty() ? QString() : QStringLiteral(" / ") + r.model) << ", "
          << r.latencyMs << " ms, " << r.attempts << (r.attempts == 1 ? " attempt" : " attempts") << "\n"
          << "Tokens:     " << r.usage.prompt << " prompt + " << r.usage.completion << " completion, $"
          << QString::number(r.costUsd, 'f', 4) << "\n"
          << "Checks:     score " << r.score << ", " << r.errors << " errors, " << r.warnings << " warnings\n"
          << "Created:    " << iso(r.createdAt) << "\n"
          << "Updated:    " << iso(r.updatedAt) << "\n\n";
    const auto section = [this](const char* name, const QString& text) {
        if (!text.isEmpty())
            m_out << name << ":\n" << text << "\n\n";
    };
    section("Hook", r.script.hook);
    section("Body", r.script.body);
    section("CTA", r.script.cta);
    section("Caption", r.script.caption);
    section("Hashtags", r.script.hashtags.join(u' '));
    m_out << "Versions (" << e.versions.size() << "):\n";
    for (const reel::ScriptVersion& v : e.versions)
        m_out << "  " << v.number << (v.number == r.currentVersion ? "* " : "  ") << v.kind << "\t" << v.author << "\t"
              << iso(v.createdAt) << (v.note.isEmpty() ? QString() : QStringLiteral("\t") + v.note) << "\n";
    m_out << "Ratings (" << e.ratings.size() << "):\n";
    for (const reel::Rating& rating : e.ratings)
        m_out << "  " << ratingLine(rating) << "\n";
    m_out << "Status history (" << e.statusChanges.size() << "):\n";
    for (const reel::StatusChange& c : e.statusChanges)
        m_out << "  " << (c.from.isEmpty() ? QStringLiteral("-") : c.from) << " -> " << c.to << "\t" << c.author << "\t"
              << iso(c.at) << (c.comment.isEmpty() ? QString() : QStringLiteral("\t\"") + c.comment + u'"') << "\n";
    if (e.performance) {
        const reel::Engagement& f = e.performance->figures;
        const auto figure = [](const std::optional<qint64>& v) {
            return v ? QString::number(*v) : QStringLiteral("-");
        };
        m_out << "Performance: " << figure(f.views) << " views, " << figure(f.likes) << " likes, " << figure(f.comments)
              << " comments, " << figure(f.shares) << " shares, " << figure(f.saves) << " saves\n";
    }
    return ExitCode::Ok;
}

int Cli::exportEntries(const QList<reel::HistoryEntry>& entries, reel::history::Format format)
{
    using reel::history::Format;
    const auto done = [this](qsizetype scripts, const QString& where) {
        m_err << "exported " << scripts << (scripts == 1 ? " script to " : " scripts to ") << where << "\n";
        return ExitCode::Ok;
    };
    if (format == Format::Srt && (entries.size() != 1 || QFileInfo(m_outPath).isDir())) {
        // Captions belong to one video each: one file per script in the folder --out names.
        if (QFileInfo(m_outPath).exists() && !QFileInfo(m_outPath).isDir()) {
            m_err << "reelstudio-cli: " << m_outPath << " is a file; captions of several scripts go to a folder\n";
            return ExitCode::Usage;
        }
        // All or nothing, and nothing replaced without --force.
        auto written = reel::writeFileSet(m_outPath, reel::history::srtFiles(entries, QString()), m_force);
        if (!written) {
            m_err << "reelstudio-cli: " << written.error().toEnglish() << "\n";
            return written.error().code == reel::ErrorCode::FileExists ? ExitCode::Invalid : ExitCode::Unreadable;
        }
        for (const QString& path : std::as_const(written.value()))
            m_out << path << "\n";
        return done(entries.size(), m_outPath);
    }
    QByteArray bytes;
    switch (format) {
    case Format::Markdown:
        bytes = reel::history::toMarkdown(entries);
        break;
    case Format::Csv:
        bytes = reel::history::toCsv(entries);
        break;
    case Format::Json:
        bytes = reel::history::toJson(entries);
        break;
    case Format::Teleprompter:
        bytes = reel::history::toTeleprompter(entries);
        break;
    case Format::Srt:
        bytes = reel::history::toSrt(reel::history::captionCues(entries.first()));
        break;
    }
    if (const QString error = writeFile(m_outPath, bytes); !error.isEmpty()) {
        m_err << "reelstudio-cli: " << error << "\n";
        return ExitCode::Unreadable;
    }
    return done(entries.size(), m_outPath);
}

int Cli::rate(const QStringList& args)
{
    if (args.size() != 1) {
        m_err << "usage: reelstudio-cli rate ID [--stars N] [--thumb up|down] [--tag TAG]... [--comment TEXT]"
                 " [--author NAME]\n";
        return ExitCode::Usage;
    }
    reel::Rating rating;
    if (!m_stars.isEmpty()) {
        bool ok = false;
        const int stars = m_stars.toInt(&ok);
        if (!ok) {
            m_err << "reelstudio-cli: --stars must be a whole number from 1 to 5, got \"" << m_stars << "\"\n";
            return ExitCode::Usage;
        }
        rating.stars = stars; // the range is the store's to check (and refuse)
    }
    if (m_thumb == u"up")
        rating.thumb = reel::Thumb::Up;
    else if (m_thumb == u"down")
        rating.thumb = reel::Thumb::Down;
    else if (!m_thumb.isEmpty()) {
        m_err << "reelstudio-cli: --thumb must be up or down, got \"" << m_thumb << "\"\n";
        return ExitCode::Usage;
    }
    rating.tags = m_tags;
    rating.comment = m_comment;
    rating.author = m_author;

    const std::unique_ptr<reel::Workspace> opened = openWorkspace();
    if (!opened)
        return ExitCode::Workspace;
    auto id = reel::ScriptStore(opened->database()).find(args.first());
    if (!id)
        return fail(m_err, id.error());
    auto rated = reel::history::rateScript(*opened, id.value(), rating);
    if (!rated) {
        const int code = fail(m_err, rated.error());
        m_err << "the rating was not saved\n";
        return code;
    }
    m_out << "rated script " << id.value() << ": " << ratingLine(rated.value()) << "\n";
    return ExitCode::Ok;
}
