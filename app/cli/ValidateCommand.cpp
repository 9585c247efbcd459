// reelstudio-cli validate: a script against a profile, a request and the platform's rules.

#include "Cli.h"
#include "model/JsonCodec.h"
#include "validate/RulePack.h"
#include "validate/Validator.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray spansJson(const QList<reel::text::Span>& spans)
{
    QJsonArray out;
    for (const reel::text::Span& s : spans)
        out.append(QJsonArray{static_cast<qint64>(s.start), static_cast<qint64>(s.length)});
    return out;
}

QJsonObject findingJson(const reel::Finding& f)
{
    QJsonObject o{{QStringLiteral("rule"), f.ruleId},
                  {QStringLiteral("severity"), reel::severityKey(f.severity)},
                  {QStringLiteral("field"), reel::fieldKey(f.field)},
                  {QStringLiteral("spans"), spansJson(f.spans)},
                  {QStringLiteral("code"), f.code},
                  {QStringLiteral("args"), QJsonArray::fromStringList(f.args)},
                  {QStringLiteral("message"), f.toEnglish()}};
    if (f.fix) {
        QJsonArray edits;
        for (const reel::TextEdit& e : f.fix->edits)
            edits.append(QJsonObject{{QStringLiteral("field"), reel::fieldKey(e.field)},
                                     {QStringLiteral("start"), static_cast<qint64>(e.span.start)},
                                     {QStringLiteral("length"), static_cast<qint64>(e.span.length)},
                                     {QStringLiteral("replacement"), e.replacement}});
        o.insert(QStringLiteral("fix"), QJsonObject{{QStringLiteral("code"), f.fix->code},
                                                    {QStringLiteral("args"), QJsonArray::fromStringList(f.fix->args)},
                                                    {QStringLiteral("edits"), edits}});
    }
    return o;
}

QString fixEnglish(const reel::QuickFix& fix)
{
    if (fix.code == u"remove")
        return QStringLiteral("remove \"%1\"").arg(fix.args.value(0));
    if (fix.code == u"replace")
        return QStringLiteral("replace with \"%1\"").arg(fix.args.value(1));
    if (fix.code == u"add_hash")
        return QStringLiteral("add #");
    if (fix.code == u"add_hashtag")
        return QStringLiteral("add %1").arg(fix.args.value(0));
    if (fix.code == u"remove_extra_hashtags")
        return QStringLiteral("keep the first %1").arg(fix.args.value(0));
    if (fix.code == u"lowercase")
        return QStringLiteral("write in lower case");
    if (fix.code == u"end_with_question_mark")
        return QStringLiteral("end with ?");
    if (fix.code == u"trim_caption")
        return QStringLiteral("cut to %1 characters").arg(fix.args.value(0));
    return fix.code;
}

} // namespace

int Cli::validate(const QStringList& args)
{
    if (args.size() != 1 || (m_profilePath.isEmpty() && m_requestPath.isEmpty())) {
        m_err << "usage: reelstudio-cli validate SCRIPT --profile PROFILE [--request REQUEST] [--format text|json]\n";
        return ExitCode::Usage;
    }
    const auto fail = [this](const QString& message) {
        m_err << "reelstudio-cli: " << message << "\n";
        return ExitCode::Unreadable;
    };
    const auto failFields = [this](const QString& path, const reel::FieldErrors& errors) {
        for (const reel::FieldError& e : errors)
            m_err << path << ": error: " << e.toEnglish() << "\n";
        return ExitCode::Unreadable;
    };

    QByteArray bytes;
    if (FileRead in = readInput(args.first()); in.error.isEmpty())
        bytes = std::move(in.bytes);
    else
        return fail(in.error);
    // A script alone, or the original answer envelope ({"script": …, "metadata": …}).
    reel::ReelScript script;
    reel::AnswerMetadata metadata;
    // Decoded once: an envelope when it holds a "script" object, else a script on its own.
    if (auto answer = reel::codec::decodeAnswer(bytes); answer.ok()) {
        script = std::move(answer.value.script);
        metadata = std::move(answer.value.metadata);
    } else if (bytes.contains("\"script\"") && !bytes.contains("\"hook\":")) {
        return failFields(args.first(), answer.errors);
    } else {
        const auto decoded = reel::codec::decodeScript(bytes);
        if (!decoded.ok())
            return failFields(args.first(), decoded.errors);
        script = decoded.value;
    }

    reel::ValidationContext context;
    context.request.hookType = metadata.hookType;
    context.request.goal = metadata.goal;
    if (metadata.scriptLength > 0)
        context.request.scriptLength = metadata.scriptLength;
    if (!m_requestPath.isEmpty()) {
        // With --profile the request may stand alone (a bare request or {"script_request": …}).
        int exit = ExitCode::Ok;
        const std::optional<reel::RequestFile> request = loadRequest(m_requestPath, exit);
        if (!request)
            return exit == ExitCode::Invalid ? ExitCode::Unreadable : exit;
        context.profile = request->brandProfile;
        context.request = request->scriptRequest;
    } else if (!m_profilePath.isEmpty()) {
        if (FileRead in = readInput(m_profilePath); in.error.isEmpty())
            bytes = std::move(in.bytes);
        else
            return fail(in.error);
        const auto profile = reel::codec::decodeProfileFile(bytes);
        if (!profile.ok())
            return failFields(m_profilePath, profile.errors);
        context.profile = profile.value;
    }
    std::optional<reel::RulePack> pack;
    if (!m_rulesPath.isEmpty()) {
        if (FileRead in = readInput(m_rulesPath); in.error.isEmpty())
            bytes = std::move(in.bytes);
        else
            return fail(in.error);
        auto loaded = reel::RulePack::fromJson(bytes);
        if (!loaded) {
            if (loaded.error().code == reel::ErrorCode::InvalidInput)
                return failFields(m_rulesPath, loaded.error().fields);
            return fail(m_rulesPath + QStringLiteral(": ") + loaded.error().toEnglish());
        }
        pack = std::move(loaded).value();
        context.pack = &*pack;
    }
    if (!m_date.isEmpty()) {
        context.date = QDate::fromString(m_date, Qt::ISODate);
        if (!context.date.isValid()) {
            m_err << "reelstudio-cli: --date must be YYYY-MM-DD, got \"" << m_date << "\"\n";
            return ExitCode::Usage;
        }
    }

    const reel::Validator validator(context);
    const reel::ValidationReport report = validator.validate(script);
    const int errors = report.count(reel::Severity::Error);
    const int warnings = report.count(reel::Severity::Warning);
    const int notes = report.count(reel::Severity::Info);

    if (m_format == u"json") {
        reel::AnswerEnvelope answer;
        answer.script = script;
        answer.validation = report.summary();
        answer.metadata.brand = context.profile.brandName;
        answer.metadata.sector = context.profile.sector;
        answer.metadata.goal = context.request.goal;
        answer.metadata.hookType = context.request.hookType;
        answer.metadata.scriptLength = context.request.scriptLength;
        QJsonObject out = QJsonDocument::fromJson(reel::codec::encodeAnswer(answer)).object();
        QJsonArray findings;
        for (const reel::Finding& f : report.findings)
            findings.append(findingJson(f));
        out.insert(QStringLiteral("findings"), findings);
        out.insert(QStringLiteral("duration"),
                   QJsonObject{{QStringLiteral("hook_s"), report.duration.hookSeconds},
                               {QStringLiteral("body_s"), report.duration.bodySeconds},
                               {QStringLiteral("cta_s"), report.duration.ctaSeconds},
                               {QStringLiteral("total_s"), report.duration.totalSeconds()},
                               {QStringLiteral("target_s"), report.duration.targetSeconds}});
        out.insert(QStringLiteral("language"), validator.language());
        m_out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        for (const reel::Finding& f : report.findings) {
            QString where = reel::fieldKey(f.field);
            if (!f.spans.isEmpty())
                where += QStringLiteral(":%1-%2").arg(f.spans.first().start).arg(f.spans.first().end());
            m_out << reel::severityKey(f.severity).leftJustified(8) << where.leftJustified(18) << f.toEnglish() << "  ["
                  << f.ruleId << "]";
            if (f.fix)
                m_out << "  fix: " << fixEnglish(*f.fix);
            m_out << "\n";
        }
        const auto s = [](double v) { return QString::number(v, 'f', 1); };
        m_out << "duration: hook " << s(report.duration.hookSeconds) << " s, body " << s(report.duration.bodySeconds)
              << " s, cta " << s(report.duration.ctaSeconds) << " s; total " << s(report.duration.totalSeconds())
              << " s of " << report.duration.targetSeconds << " s\n";
        m_out << "caption: " << report.captionLength << " of " << report.captionLimit
              << " characters; hashtags: " << report.hashtagCount << " of " << report.hashtagCap << "\n";
        m_out << errors << (errors == 1 ? " error, " : " errors, ") << warnings
              << (warnings == 1 ? " warning, " : " warnings, ") << notes << (notes == 1 ? " note\n" : " notes\n");
    }
    return errors > 0 ? ExitCode::Invalid : ExitCode::Ok;
}
