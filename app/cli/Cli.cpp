#include "Cli.h"

#include "catalog/Catalog.h"
#include "common/InputLimits.h"
#include "embed/EmbeddingCache.h"
#include "model/JsonCodec.h"
#include "store/CatalogStore.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"
#include "validate/RulePack.h"
#include "validate/Validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const char* const kHelp = R"(Usage: reelstudio-cli [--workspace DIR] COMMAND [ARGS]

Withsocio Reel Studio, headless.

Commands:
  check-input FILE [--format text|json]
        Check a request file ({"brand_profile": {...}, "script_request": {...}},
        the original service's format). Prints every problem with its JSON path.
        FILE may be - for standard input.
  profiles list [--format text|json]
        List the brand profiles of the workspace.
  profiles import FILE... [--rename | --replace]
        Import profiles (Reel Studio's profile file, the original request file,
        {"brand_profile": {...}} or a bare profile). A name already in the
        workspace is an error unless --rename (import under a new name) or
        --replace (overwrite the existing profile) is given.
  profiles export NAME [-o FILE]
        Write a profile as a Reel Studio profile file (to standard output
        unless -o is given).
  validate SCRIPT --profile PROFILE [--request REQUEST] [--format text|json]
           [--rules PACK] [--date YYYY-MM-DD]
        Check a script (a script object or the original service's answer
        envelope) against the brand profile, the request (length, language,
        hook type, emotion) and the platform's rule pack. --rules loads an
        updated rule pack; --date applies the rules in force on that day.
        With --profile, REQUEST may be a bare request object or
        {"script_request": {...}}; the brand comes from PROFILE.
        Exit 0 when no errors, 1 when the script has errors, 2 when an input
        cannot be read.

  examples list [--filter FIELD=VALUE]... [--format text|json]
        List the example library (FIELD: language, sector, hook_type, emotion,
        goal, source, text — text is a full-text search).
  examples add FILE
        Add the examples of a Reel Studio example file; nothing is added when
        one is wrong.
  examples import FILE [--map COLUMN=FIELD]... [--valid-only]
        Import examples from CSV, JSON or JSONL. Columns map to the field of
        the same name unless --map says otherwise (FIELD: language, sector,
        hook_type, emotion, goal, cta_style, script_length, hook, body, cta,
        caption, hashtags, views, likes, comments, shares, saves; an empty
        FIELD ignores the column). Every row is checked and reported with its
        number; by default nothing is imported when a row is wrong,
        --valid-only imports the valid rows. One transaction either way.
  examples export [-o FILE] [--filter FIELD=VALUE]...
        Write the (filtered) library as a Reel Studio example file.
  examples reindex [--embedder lexical|openai] [--embedding-model M]
                   [--base-url URL] [--dimensions N] [--ivf-threshold N]
        Rebuild the search index of the example library. The embedder options
        switch the workspace to another embedder (kept for the app and later
        commands): lexical (offline, the default) or any OpenAI-compatible
        /v1/embeddings server (default base URL: $OPENAI_BASE_URL, else
        OpenAI; key: $OPENAI_API_KEY; --dimensions for text-embedding-3).
        From --ivf-threshold examples on (default 100000) the index adds an
        IVF accelerator; below it, search is exact.
  retrieve REQUEST [--profile PROFILE] [-k N] [--format text|json]
        The examples that best fit a request file (the original format): each
        with its similarity and the filters it matched. With --profile, the
        request may stand alone (as for validate and generate).

  generate REQUEST [--profile PROFILE] [--provider offline|openai|URL]
           [--model M] [--variants N] [--stream] [--format envelope|json|text]
        Write a script for a request file (the original format): examples are
        retrieved, the model writes, the script is checked and sent back for
        repair while errors remain, and every variant is saved to the
        workspace. Prints the original answer envelope {script, validation,
        metadata} (an array for several variants, best first); our provenance
        (provider, model, tokens, cost, attempts…) is under metadata.
        Provider: --provider, else the app's settings, else OpenAI when
        $OPENAI_API_KEY is set, else the offline composer (no network). A URL
        is any OpenAI-compatible server (Ollama, LM Studio, llama.cpp, vLLM).
        --stream shows the script on standard error as it arrives.

  history list [--search TEXT] [--brand B] [--status S] [--limit N] [--json]
        List the scripts of the workspace, newest first (--search looks in
        titles, brands and the scripts' text; S: draft, in_review, approved,
        published, rejected; N: 1 to 1000, default 50).
  history show ID [--json]
        A script in full: its current text, provenance, versions, ratings and
        status history. ID is the script's number or uuid.
  history export (ID... | --all) --format md|csv|json|txt|srt --out PATH [--force]
        Write scripts as Markdown, CSV, a Reel Studio history file (json, for
        history import), teleprompter text (txt) or SubRip captions (srt).
        Captions of several scripts are one file per script in the folder
        PATH, written all or none; files already there are kept unless
        --force.
  history import FILE
        Add the scripts of a history file (history export --format json);
        scripts already in the workspace (same uuid) are kept as they are.
  history status ID STATUS [--comment TEXT] [--author NAME]
        Move a script through the workflow: draft -> in_review -> approved ->
        published, or rejected. Rejecting and sending back need --comment.
  rate ID [--stars N] [--thumb up|down] [--tag TAG]... [--comment TEXT]
          [--author NAME]
        Rate a script: 1 to 5 stars, a thumb with reason tags, a comment (at
        least one of them).

Options:
  --workspace DIR   Use the workspace in DIR (default: $REELSTUDIO_WORKSPACE,
                    else the application-data folder).
  -h, --help        Show this help.
  -v, --version     Show the version.

Exit codes:
  0   success (check-input: the file is valid; validate: no errors)
  1   the input has errors (each is printed with its path and reason;
      validate: the script has errors; history status: the workflow does
      not allow the move)
  2   a file cannot be read or written (validate: or cannot be understood)
  3   the workspace cannot be opened (damaged, from a newer version, or not a workspace)
  4   no profile with that name, or no script with that number or uuid
  5   generate: the model server failed and no script was written
  64  wrong command line
)";

QJsonObject fieldErrorJson(const reel::FieldError& e)
{
    return QJsonObject{{QStringLiteral("path"), e.path},
                       {QStringLiteral("reason"), e.reasonEnglish()},
                       {QStringLiteral("message"), e.toEnglish()}};
}

} // namespace

FileRead readInput(const QString& path, qint64 maxBytes)
{
    auto read = reel::readInput(path, maxBytes);
    if (!read)
        return {{}, read.error().toEnglish()};
    return {std::move(read).value(), {}};
}

int exitCodeFor(const reel::Error& e)
{
    using reel::ErrorCode;
    switch (e.code) {
    case ErrorCode::InvalidInput:
    case ErrorCode::DuplicateName:
    case ErrorCode::StatusNotAllowed:
        return ExitCode::Invalid;
    case ErrorCode::FileUnreadable:
    case ErrorCode::FileUnwritable:
    case ErrorCode::FileTooLarge:
    case ErrorCode::FileNotText:
    case ErrorCode::FormatTooNew:
        return ExitCode::Unreadable;
    case ErrorCode::NotFound:
        return ExitCode::NotFound;
    default:
        return ExitCode::Workspace;
    }
}

std::unique_ptr<reel::Workspace> Cli::openWorkspace()
{
    auto opened = reel::Workspace::open(reel::Workspace::resolveFolder(m_workspaceFolder));
    if (!opened) {
        m_err << "reelstudio-cli: " << opened.error().toEnglish() << "\n";
        return nullptr;
    }
    return std::move(opened).value();
}

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

Cli::~Cli() = default;

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption workspace(QStringLiteral("workspace"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("text|json"),
                                    QStringLiteral("text"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("FILE"));
    const QCommandLineOption rename(QStringLiteral("rename"), QString());
    const QCommandLineOption replace(QStringLiteral("replace"), QString());
    const QCommandLineOption profile(QStringLiteral("profile"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption request(QStringLiteral("request"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption rules(QStringLiteral("rules"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"), QString(), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption k({QStringLiteral("k")}, QString(), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption filter(QStringLiteral("filter"), QString(), QStringLiteral("FIELD=VALUE"));
    const QCommandLineOption map(QStringLiteral("map"), QString(), QStringLiteral("COLUMN=FIELD"));
    const QCommandLineOption validOnly(QStringLiteral("valid-only"), QString());
    const QCommandLineOption embedder(QStringLiteral("embedder"), QString(), QStringLiteral("lexical|openai"));
    const QCommandLineOption embeddingModel(QStringLiteral("embedding-model"), QString(), QStringLiteral("MODEL"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption dimensions(QStringLiteral("dimensions"), QString(), QStringLiteral("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption provider(QStringLiteral("provider"), QString(), QStringLiteral("NAME|URL"));
    const QCommandLineOption model(QStringLiteral("model"), QString(), QStringLiteral("MODEL"));
    const QCommandLineOption variants(QStringLiteral("variants"), QString(), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption stream(QStringLiteral("stream"), QString());
    const QCommandLineOption ivfThreshold(QStringLiteral("ivf-threshold"), QString(), QStringLiteral("N"),
                                          QStringLiteral("0"));
    parser.addOptions({help,       version,      workspace, format,   output,         rename,
                       replace,    profile,      request,   rules,    date,           k,
                       filter,     map,          validOnly, embedder, embeddingModel, baseUrl,
                       dimensions, ivfThreshold, provider,  model,    variants,       stream});
    // history and rate
    const QCommandLineOption search(QStringLiteral("search"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption brand(QStringLiteral("brand"), QString(), QStringLiteral("BRAND"));
    const QCommandLineOption status(QStringLiteral("status"), QString(), QStringLiteral("STATUS"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption all(QStringLiteral("all"), QString());
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption comment(QStringLiteral("comment"), QString(), QStringLiteral("TEXT"));
    const QCommandLineOption author(QStringLiteral("author"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption stars(QStringLiteral("stars"), QString(), QStringLiteral("N"));
    const QCommandLineOption thumb(QStringLiteral("thumb"), QString(), QStringLiteral("up|down"));
    const QCommandLineOption tag(QStringLiteral("tag"), QString(), QStringLiteral("TAG"));
    const QCommandLineOption force(QStringLiteral("force"), QString());
    parser.addOptions({search, brand, status, limit, json, all, out, comment, author, stars, thumb, tag, force});

    if (!parser.parse(arguments)) {
        m_err << "reelstudio-cli: " << parser.errorText() << "\n"
              << "Try 'reelstudio-cli --help'.\n";
        return ExitCode::Usage;
    }
    if (parser.isSet(help)) {
        m_out << kHelp;
        return ExitCode::Ok;
    }
    if (parser.isSet(version)) {
        m_out << "reelstudio-cli " << QCoreApplication::applicationVersion() << "\n";
        return ExitCode::Ok;
    }
    m_workspaceFolder = parser.value(workspace);
    m_format = parser.value(format);
    m_output = parser.value(output);
    m_rename = parser.isSet(rename);
    m_replace = parser.isSet(replace);
    m_profilePath = parser.value(profile);
    m_requestPath = parser.value(request);
    m_rulesPath = parser.value(rules);
    m_date = parser.value(date);
    m_search = parser.value(search);
    m_brand = parser.value(brand);
    m_status = parser.value(status);
    m_json = parser.isSet(json);
    m_all = parser.isSet(all);
    m_force = parser.isSet(force);
    m_outPath = parser.value(out);
    m_comment = parser.value(comment);
    m_author = parser.value(author);
    m_stars = parser.value(stars);
    m_thumb = parser.value(thumb);
    m_tags = parser.values(tag);
    bool limitOk = false;
    m_limit = parser.value(limit).toInt(&limitOk);
    if (!limitOk || m_limit < 1 || m_limit > 1000) {
        m_err << "reelstudio-cli: --limit must be a number from 1 to 1000\n";
        return ExitCode::Usage;
    }
    bool kOk = false;
    m_k = parser.value(k).toInt(&kOk);
    if (!kOk || m_k < 1 || m_k > 100) {
        m_err << "reelstudio-cli: -k must be a number from 1 to 100\n";
        return ExitCode::Usage;
    }
    m_filters = parser.values(filter);
    m_maps = parser.values(map);
    m_validOnly = parser.isSet(validOnly);
    m_embedder = parser.value(embedder);
    m_embeddingModel = parser.value(embeddingModel);
    m_baseUrl = parser.value(baseUrl);
    bool dimensionsOk = false;
    m_dimensions = parser.value(dimensions).toInt(&dimensionsOk);
    if (!m_embedder.isEmpty() && m_embedder != u"lexical" && m_embedder != u"openai") {
        m_err << "reelstudio-cli: --embedder must be lexical or openai, got \"" << m_embedder << "\"\n";
        return ExitCode::Usage;
    }
    m_provider = parser.value(provider);
    m_model = parser.value(model);
    m_stream = parser.isSet(stream);
    m_formatGiven = parser.isSet(format);
    bool variantsOk = false;
    m_variants = parser.value(variants).toInt(&variantsOk);
    if (!variantsOk || m_variants < 1 || m_variants > 10) {
        m_err << "reelstudio-cli: --variants must be a number from 1 to 10\n";
        return ExitCode::Usage;
    }
    bool ivfOk = false;
    m_ivfThreshold = parser.value(ivfThreshold).toLongLong(&ivfOk);
    if (!ivfOk || m_ivfThreshold < 0) {
        m_err << "reelstudio-cli: --ivf-threshold must be a positive number\n";
        return ExitCode::Usage;
    }
    if (!dimensionsOk || m_dimensions < 0 || m_dimensions > 8192) {
        m_err << "reelstudio-cli: --dimensions must be a number from 0 to 8192\n";
        return ExitCode::Usage;
    }
    if (m_rename && m_replace) {
        m_err << "reelstudio-cli: --rename and --replace cannot be used together\n";
        return ExitCode::Usage;
    }

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        m_err << kHelp;
        return ExitCode::Usage;
    }
    const QString command = args.takeFirst();
    // history export names its own formats (md, csv, json, txt, srt) and checks them itself.
    if (command != u"history" && m_format != u"text" && m_format != u"json" && m_format != u"envelope") {
        m_err << "reelstudio-cli: --format must be text or json (or envelope for generate), got \"" << m_format
              << "\"\n";
        return ExitCode::Usage;
    }
    if (m_format == u"envelope" && command != u"generate") {
        m_err << "reelstudio-cli: --format envelope is for generate only\n";
        return ExitCode::Usage;
    }
    if (command == u"check-input")
        return checkInput(args, m_format == u"json");
    if (command == u"profiles")
        return profiles(args);
    if (command == u"validate")
        return validate(args);
    if (command == u"examples")
        return examples(args);
    if (command == u"generate")
        return generate(args);
    if (command == u"retrieve")
        return retrieve(args);
    if (command == u"history")
        return history(args);
    if (command == u"rate")
        return rate(args);
    m_err << "reelstudio-cli: unknown command \"" << command << "\". Try 'reelstudio-cli --help'.\n";
    return ExitCode::Usage;
}

std::optional<reel::RequestFile> Cli::loadRequest(const QString& path, int& exit)
{
    const FileRead file = readInput(path);
    if (!file.error.isEmpty()) {
        m_err << "reelstudio-cli: " << file.error << "\n";
        exit = ExitCode::Unreadable;
        return std::nullopt;
    }
    const bool profileApart = !m_profilePath.isEmpty();
    auto decoded = reel::codec::decodeRequestFile(file.bytes, profileApart ? reel::codec::ProfileSource::GivenApart
                                                                           : reel::codec::ProfileSource::InFile);
    if (!decoded.ok()) {
        for (const reel::FieldError& e : std::as_const(decoded.errors))
            m_err << path << ": error: " << e.toEnglish() << "\n";
        if (!profileApart && std::any_of(decoded.errors.cbegin(), decoded.errors.cend(), [](const reel::FieldError& e) {
                return e.path == u"brand_profile" && e.kind == reel::FieldErrorKind::Missing;
            }))
            m_err << path << ": note: a request kept apart from its brand profile needs --profile PROFILE\n";
        exit = ExitCode::Invalid;
        return std::nullopt;
    }
    if (profileApart) {
        const FileRead profileFile = readInput(m_profilePath);
        if (!profileFile.error.isEmpty()) {
            m_err << "reelstudio-cli: " << profileFile.error << "\n";
            exit = ExitCode::Unreadable;
            return std::nullopt;
        }
        const auto profile = reel::codec::decodeProfileFile(profileFile.bytes);
        if (!profile.ok()) {
            for (const reel::FieldError& e : profile.errors)
                m_err << m_profilePath << ": error: " << e.toEnglish() << "\n";
            exit = ExitCode::Invalid;
            return std::nullopt;
        }
        decoded.value.brandProfile = profile.value;
    }
    return std::move(decoded.value);
}

int Cli::checkInput(const QStringList& args, bool json)
{
    if (args.size() != 1) {
        m_err << "usage: reelstudio-cli check-input FILE [--format text|json]\n";
        return ExitCode::Usage;
    }
    const FileRead file = readInput(args.first());
    if (!file.error.isEmpty()) {
        m_err << "reelstudio-cli: " << file.error << "\n";
        return ExitCode::Unreadable;
    }
    reel::Decoded<reel::RequestFile> decoded = reel::codec::decodeRequestFile(file.bytes);
    if (decoded.errors.isEmpty())
        decoded.errors += reel::checkRequestAgainstCatalog(decoded.value.scriptRequest.language,
                                                           reel::Catalog::builtIn(),
                                                           QStringLiteral("script_request.language"));
    const bool valid = decoded.errors.isEmpty();

    if (json) {
        QJsonArray errors;
        for (const reel::FieldError& e : std::as_const(decoded.errors))
            errors.append(fieldErrorJson(e));
        const QJsonObject result{{QStringLiteral("file"), args.first()},
                                 {QStringLiteral("valid"), valid},
                                 {QStringLiteral("errors"), errors},
                                 {QStringLiteral("unknown_fields"), QJsonArray::fromStringList(decoded.unknownFields)}};
        m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
        return valid ? ExitCode::Ok : ExitCode::Invalid;
    }
    for (const reel::FieldError& e : std::as_const(decoded.errors))
        m_out << "error: " << e.toEnglish() << "\n";
    for (const QString& path : std::as_const(decoded.unknownFields))
        m_out << "note: " << path << ": unknown field, kept as it is\n";
    if (valid)
        m_out << args.first() << ": valid\n";
    else
        m_out << args.first() << ": " << decoded.errors.size()
              << (decoded.errors.size() == 1 ? " error\n" : " errors\n");
    return valid ? ExitCode::Ok : ExitCode::Invalid;
}

int Cli::profiles(const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub != u"list" && sub != u"import" && sub != u"export") {
        m_err << "usage: reelstudio-cli profiles list|import|export ...\n";
        return ExitCode::Usage;
    }
    if ((sub == u"import" && args.size() < 2) || (sub == u"export" && args.size() != 2)
        || (sub == u"list" && args.size() != 1)) {
        m_err << "usage: reelstudio-cli profiles list | import FILE... | export NAME [-o FILE]\n";
        return ExitCode::Usage;
    }

    const std::unique_ptr<reel::Workspace> opened = openWorkspace();
    if (!opened)
        return ExitCode::Workspace;
    reel::Workspace& ws = *opened;
    reel::ProfileStore& store = ws.profiles();

    if (sub == u"list") {
        auto rows = store.list();
        if (!rows) {
            m_err << "reelstudio-cli: " << rows.error().toEnglish() << "\n";
            return exitCodeFor(rows.error());
        }
        if (m_format == u"json") {
            QJsonArray list;
            for (const reel::StoredProfile& p : rows.value())
                list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                        {QStringLiteral("uuid"), p.uuid},
                                        {QStringLiteral("brand_name"), p.profile.brandName},
                                        {QStringLiteral("sector"), p.profile.sector},
                                        {QStringLiteral("updated_at"), p.updatedAt.toString(Qt::ISODate)}});
            m_out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        } else {
            for (const reel::StoredProfile& p : rows.value())
                m_out << p.profile.brandName << "\t" << p.profile.sector << "\t" << p.updatedAt.toString(Qt::ISODate)
                      << "\n";
            m_err << rows->size() << (rows->size() == 1 ? " profile\n" : " profiles\n");
        }
        return ExitCode::Ok;
    }

    if (sub == u"export") {
        auto row = store.findByName(args.at(1));
        if (!row) {
            m_err << "reelstudio-cli: " << row.error().toEnglish() << "\n";
            return exitCodeFor(row.error());
        }
        const QByteArray bytes = reel::codec::encodeProfileFile(row->profile);
        if (m_output.isEmpty() || m_output == u"-") {
            m_out << QString::fromUtf8(bytes);
            return ExitCode::Ok;
        }
        QSaveFile file(m_output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            m_err << "reelstudio-cli: cannot write " << m_output << ": " << file.errorString() << "\n";
            return ExitCode::Unreadable;
        }
        m_err << "exported \"" << row->profile.brandName << "\" to " << m_output << "\n";
        return ExitCode::Ok;
    }

    // import: every file is checked and reported; the exit code is the worst outcome.
    int worst = ExitCode::Ok;
    for (const QString& path : args.mid(1)) {
        const FileRead file = readInput(path);
        if (!file.error.isEmpty()) {
            m_err << "reelstudio-cli: " << file.error << "\n";
            worst = std::max(worst, ExitCode::Unreadable);
            continue;
        }
        reel::Decoded<reel::BrandProfile> decoded = reel::codec::decodeProfileFile(file.bytes);
        if (!decoded.ok()) {
            for (const reel::FieldError& e : std::as_const(decoded.errors))
                m_err << path << ": error: " << e.toEnglish() << "\n";
            worst = std::max(worst, ExitCode::Invalid);
            continue;
        }
        reel::BrandProfile profile = decoded.value;
        auto existing = store.findByName(profile.brandName);
        reel::Result<reel::StoredProfile> saved = reel::Error::make(reel::ErrorCode::DuplicateName,
                                                                    {profile.brandName});
        if (existing && m_replace) {
            saved = store.update(existing->id, profile);
        } else if (existing && m_rename) {
            profile.brandName = store.uniqueName(profile.brandName);
            saved = store.create(profile);
        } else if (!existing) {
            saved = store.create(profile);
        }
        if (!saved) {
            m_err << path << ": error: " << saved.error().toEnglish()
                  << (saved.error().code == reel::ErrorCode::DuplicateName ? " (use --rename or --replace)" : "")
                  << "\n";
            worst = std::max(worst, exitCodeFor(saved.error()));
            continue;
        }
        static_cast<void>(ws.catalog().learnFrom(saved->profile));
        for (const QString& unknown : std::as_const(decoded.unknownFields))
            m_err << path << ": note: " << unknown << ": unknown field, kept as it is\n";
        m_out << "imported \"" << saved->profile.brandName << "\" from " << path << "\n";
    }
    return worst;
}
