#include "common/FullTextSearch.h"
#include "store/Database.h"

namespace reel {

namespace {

// Japanese (like Chinese, Thai…) is written without spaces, so the word index (unicode61) holds
// whole runs of text as single "words" and cannot find a word in the middle of a sentence. A
// trigram index can; it is fed only with rows that hold such text, so it stays small. The rule
// that decides (the GLOB) is the same at insert, update and delete, as an external-content index
// requires.
QStringList trigramIndex(const QString& table, const QString& index, const QStringList& columns)
{
    const auto list = [&](const QString& prefix) {
        QStringList out;
        for (const QString& c : columns)
            out.append(prefix + c);
        return out.join(QStringLiteral(", "));
    };
    const auto holds = [&](const QString& row) {
        QStringList parts;
        for (const QString& c : columns)
            parts.append(row + c);
        return QStringLiteral("(%1) GLOB '%2'").arg(parts.join(QStringLiteral(" || ' ' || ")), unsegmentedGlob());
    };
    const QString names = list(QString());
    return {
            QStringLiteral(
                    "CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', tokenize='trigram')")
                    .arg(index, names, table),
            QStringLiteral("INSERT INTO %1(rowid, %2) SELECT id, %2 FROM %3 WHERE %4")
                    .arg(index, names, table, holds(QString())),
            QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 WHEN %3 BEGIN"
                           " INSERT INTO %1(rowid, %4) VALUES (new.id, %5); END")
                    .arg(index, table, holds(QStringLiteral("new.")), names, list(QStringLiteral("new."))),
            QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 WHEN %3 BEGIN"
                           " INSERT INTO %1(%1, rowid, %4) VALUES ('delete', old.id, %5); END")
                    .arg(index, table, holds(QStringLiteral("old.")), names, list(QStringLiteral("old."))),
            // One trigger, so that the old row leaves the index before the new one enters it.
            QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %2 ON %3 BEGIN"
                           " INSERT INTO %1(%1, rowid, %2) SELECT 'delete', old.id, %4 WHERE %5;"
                           " INSERT INTO %1(rowid, %2) SELECT new.id, %6 WHERE %7; END")
                    .arg(index, names, table, list(QStringLiteral("old.")), holds(QStringLiteral("old.")),
                         list(QStringLiteral("new.")), holds(QStringLiteral("new."))),
    };
}

QStringList unsegmentedSearchMigration()
{
    return trigramIndex(QStringLiteral("script"), QStringLiteral("script_fts_cjk"),
                        {QStringLiteral("title"), QStringLiteral("brand"), QStringLiteral("hook"),
                         QStringLiteral("body"), QStringLiteral("cta"), QStringLiteral("caption"),
                         QStringLiteral("hashtags")})
           + trigramIndex(QStringLiteral("example"), QStringLiteral("example_fts_cjk"),
                          {QStringLiteral("hook"), QStringLiteral("body"), QStringLiteral("cta"),
                           QStringLiteral("caption"), QStringLiteral("hashtags")});
}

} // namespace

// Never edit a released migration: append a new one. Tests upgrade from every version.
const QList<Migration>& Database::migrations()
{
    static const QList<Migration> list = {
            {1,
             QStringLiteral("brand profiles and user catalog values"),
             {
                     QStringLiteral("CREATE TABLE brand_profile ("
                                    " id INTEGER PRIMARY KEY,"
                                    " uuid TEXT NOT NULL UNIQUE,"
                                    " name TEXT NOT NULL COLLATE NOCASE UNIQUE,"
                                    " sector TEXT NOT NULL,"
                                    " document TEXT NOT NULL CHECK (json_valid(document)),"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX brand_profile_sector ON brand_profile(sector)"),
                     QStringLiteral("CREATE TABLE catalog_value ("
                                    " kind TEXT NOT NULL,"
                                    " value TEXT NOT NULL COLLATE NOCASE,"
                                    " created_at TEXT NOT NULL,"
                                    " PRIMARY KEY (kind, value))"),
             }},
            {2,
             QStringLiteral("example library with full-text search and the embedding cache"),
             {
                     QStringLiteral("CREATE TABLE example ("
                                    " id INTEGER PRIMARY KEY,"
                                    " uuid TEXT NOT NULL UNIQUE,"
                                    " bundled_id TEXT UNIQUE,"
                                    " source TEXT NOT NULL CHECK (source IN ('bundled', 'user', 'import', 'promoted')),"
                                    " language TEXT NOT NULL,"
                                    " sector TEXT NOT NULL,"
                                    " hook_type TEXT NOT NULL,"
                                    " emotion TEXT NOT NULL,"
                                    " goal TEXT NOT NULL,"
                                    " cta_style TEXT NOT NULL DEFAULT '',"
                                    " script_length INTEGER NOT NULL,"
                                    " hook TEXT NOT NULL,"
                                    " body TEXT NOT NULL,"
                                    " cta TEXT NOT NULL,"
                                    " caption TEXT NOT NULL,"
                                    " hashtags TEXT NOT NULL CHECK (json_valid(hashtags)),"
                                    " views INTEGER, likes INTEGER, comments INTEGER, shares INTEGER, saves INTEGER,"
                                    " content_hash TEXT NOT NULL,"
                                    " quality REAL NOT NULL DEFAULT 0,"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral(
                             "CREATE INDEX example_filters ON example(language, sector, hook_type, emotion, goal)"),
                     QStringLiteral("CREATE INDEX example_hash ON example(content_hash)"),
                     QStringLiteral(
                             "CREATE VIRTUAL TABLE example_fts USING fts5(hook, body, cta, caption, hashtags,"
                             " content='example', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
                     QStringLiteral("CREATE TRIGGER example_ai AFTER INSERT ON example BEGIN"
                                    " INSERT INTO example_fts(rowid, hook, body, cta, caption, hashtags)"
                                    " VALUES (new.id, new.hook, new.body, new.cta, new.caption, new.hashtags); END"),
                     QStringLiteral(
                             "CREATE TRIGGER example_ad AFTER DELETE ON example BEGIN"
                             " INSERT INTO example_fts(example_fts, rowid, hook, body, cta, caption, hashtags)"
                             " VALUES ('delete', old.id, old.hook, old.body, old.cta, old.caption, old.hashtags); END"),
                     QStringLiteral(
                             "CREATE TRIGGER example_au AFTER UPDATE ON example BEGIN"
                             " INSERT INTO example_fts(example_fts, rowid, hook, body, cta, caption, hashtags)"
                             " VALUES ('delete', old.id, old.hook, old.body, old.cta, old.caption, old.hashtags);"
                             " INSERT INTO example_fts(rowid, hook, body, cta, caption, hashtags)"
                             " VALUES (new.id, new.hook, new.body, new.cta, new.caption, new.hashtags); END"),
                     QStringLiteral("CREATE TABLE embedding_cache ("
                                    " model TEXT NOT NULL,"
                                    " content_hash TEXT NOT NULL,"
                                    " dimension INTEGER NOT NULL,"
                                    " vector BLOB NOT NULL,"
                                    " created_at TEXT NOT NULL,"
                                    " PRIMARY KEY (model, content_hash))"),
                     QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             }},
            {3,
             QStringLiteral("generated scripts with their provenance and versions"),
             {
                     // One row per script; the text columns mirror its current version for search.
                     QStringLiteral("CREATE TABLE script ("
                                    " id INTEGER PRIMARY KEY,"
                                    " uuid TEXT NOT NULL UNIQUE,"
                                    " title TEXT NOT NULL,"
                                    " profile_id INTEGER REFERENCES brand_profile(id) ON DELETE SET NULL,"
                                    " brand TEXT NOT NULL,"
                                    " profile_snapshot TEXT NOT NULL CHECK (json_valid(profile_snapshot)),"
                                    " request TEXT NOT NULL CHECK (json_valid(request)),"
                                    " language TEXT NOT NULL,"
                                    " sector TEXT NOT NULL,"
                                    " hook_type TEXT NOT NULL,"
                                    " emotion TEXT NOT NULL,"
                                    " goal TEXT NOT NULL,"
                                    " provider TEXT NOT NULL,"
                                    " model TEXT NOT NULL DEFAULT '',"
                                    " prompt_version TEXT NOT NULL DEFAULT '',"
                                    " retrieved_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(retrieved_ids)),"
                                    " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
                                    " completion_tokens INTEGER NOT NULL DEFAULT 0,"
                                    " cost_usd REAL NOT NULL DEFAULT 0,"
                                    " latency_ms INTEGER NOT NULL DEFAULT 0,"
                                    " attempts INTEGER NOT NULL DEFAULT 1,"
                                    " first_attempt_errors INTEGER NOT NULL DEFAULT 0,"
                                    " errors INTEGER NOT NULL DEFAULT 0,"
                                    " warnings INTEGER NOT NULL DEFAULT 0,"
                                    " score INTEGER NOT NULL DEFAULT 0,"
                                    " validation TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(validation)),"
                                    " variant_group TEXT,"
                                    " variant_index INTEGER NOT NULL DEFAULT 0,"
                                    " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN"
                                    " ('draft', 'in_review', 'approved', 'published', 'rejected')),"
                                    " hook TEXT NOT NULL DEFAULT '',"
                                    " body TEXT NOT NULL DEFAULT '',"
                                    " cta TEXT NOT NULL DEFAULT '',"
                                    " caption TEXT NOT NULL DEFAULT '',"
                                    " hashtags TEXT NOT NULL DEFAULT '',"
                                    " current_version INTEGER NOT NULL DEFAULT 1,"
                                    " created_at TEXT NOT NULL,"
                                    " updated_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX script_created ON script(created_at)"),
                     QStringLiteral(
                             "CREATE INDEX script_filters ON script(brand, status, language, sector, hook_type)"),
                     QStringLiteral("CREATE INDEX script_variants ON script(variant_group)"),
                     QStringLiteral("CREATE TABLE script_version ("
                                    " id INTEGER PRIMARY KEY,"
                                    " script_id INTEGER NOT NULL REFERENCES script(id) ON DELETE CASCADE,"
                                    " number INTEGER NOT NULL,"
                                    " kind TEXT NOT NULL CHECK (kind IN ('generated', 'edit', 'restore', 'import')),"
                                    " author TEXT NOT NULL,"
                                    " document TEXT NOT NULL CHECK (json_valid(document)),"
                                    " note TEXT NOT NULL DEFAULT '',"
                                    " created_at TEXT NOT NULL,"
                                    " UNIQUE (script_id, number))"),
                     QStringLiteral("CREATE VIRTUAL TABLE script_fts USING fts5(title, brand, hook, body, cta, "
                                    "caption, hashtags,"
                                    " content='script', content_rowid='id', tokenize='unicode61 remove_diacritics 2')"),
                     QStringLiteral("CREATE TRIGGER script_ai AFTER INSERT ON script BEGIN"
                                    " INSERT INTO script_fts(rowid, title, brand, hook, body, cta, caption, hashtags)"
                                    " VALUES (new.id, new.title, new.brand, new.hook, new.body, new.cta, new.caption,"
                                    " new.hashtags); END"),
                     QStringLiteral("CREATE TRIGGER script_ad AFTER DELETE ON script BEGIN"
                                    " INSERT INTO script_fts(script_fts, rowid, title, brand, hook, body, cta, caption,"
                                    " hashtags) VALUES ('delete', old.id, old.title, old.brand, old.hook, old.body,"
                                    " old.cta, old.caption, old.hashtags); END"),
                     QStringLiteral("CREATE TRIGGER script_au AFTER UPDATE OF title, brand, hook, body, cta, caption,"
                                    " hashtags ON script BEGIN"
                                    " INSERT INTO script_fts(script_fts, rowid, title, brand, hook, body, cta, caption,"
                                    " hashtags) VALUES ('delete', old.id, old.title, old.brand, old.hook, old.body,"
                                    " old.cta, old.caption, old.hashtags);"
                                    " INSERT INTO script_fts(rowid, title, brand, hook, body, cta, caption, hashtags)"
                                    " VALUES (new.id, new.title, new.brand, new.hook, new.body, new.cta, new.caption,"
                                    " new.hashtags); END"),
             }},
            {4,
             QStringLiteral("review: ratings, status changes, post performance, autosaved versions, promoted examples"),
             {
                     QStringLiteral("CREATE TABLE script_rating ("
                                    " id INTEGER PRIMARY KEY,"
                                    " script_id INTEGER NOT NULL REFERENCES script(id) ON DELETE CASCADE,"
                                    " stars INTEGER CHECK (stars BETWEEN 1 AND 5),"
                                    " thumb INTEGER NOT NULL DEFAULT 0 CHECK (thumb IN (-1, 0, 1)),"
                                    " tags TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(tags)),"
                                    " comment TEXT NOT NULL DEFAULT '',"
                                    " author TEXT NOT NULL,"
                                    " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX script_rating_script ON script_rating(script_id)"),
                     QStringLiteral("CREATE TABLE script_status ("
                                    " id INTEGER PRIMARY KEY,"
                                    " script_id INTEGER NOT NULL REFERENCES script(id) ON DELETE CASCADE,"
                                    " from_status TEXT NOT NULL DEFAULT '',"
                                    " to_status TEXT NOT NULL CHECK (to_status IN"
                                    " ('draft', 'in_review', 'approved', 'published', 'rejected')),"
                                    " author TEXT NOT NULL,"
                                    " comment TEXT NOT NULL DEFAULT '',"
                                    " created_at TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX script_status_script ON script_status(script_id)"),
                     QStringLiteral("CREATE TABLE script_performance ("
                                    " script_id INTEGER PRIMARY KEY REFERENCES script(id) ON DELETE CASCADE,"
                                    " views INTEGER CHECK (views >= 0),"
                                    " likes INTEGER CHECK (likes >= 0),"
                                    " comments INTEGER CHECK (comments >= 0),"
                                    " shares INTEGER CHECK (shares >= 0),"
                                    " saves INTEGER CHECK (saves >= 0),"
                                    " posted_on TEXT,"
                                    " updated_at TEXT NOT NULL)"),
                     // The average stars and the number of ratings, kept with the script for the
                     // History list's rating column, filter and sort.
                     QStringLiteral("ALTER TABLE script ADD COLUMN rating REAL"),
                     QStringLiteral("ALTER TABLE script ADD COLUMN rating_count INTEGER NOT NULL DEFAULT 0"),
                     QStringLiteral("CREATE INDEX script_updated ON script(updated_at)"),
                     QStringLiteral("CREATE INDEX script_rating_sort ON script(rating, created_at)"),
                     // The History filter lists the languages used (the other filter columns lead an index below).
                     QStringLiteral("CREATE INDEX script_language ON script(language)"),
                     // The Analytics page's sums read these indexes, never the scripts' text: the
                     // day index streams GROUP BY day in order; the others group by one column
                     // each, with the date (skip-scan) and brand for the filters.
                     QStringLiteral("ALTER TABLE script ADD COLUMN created_day TEXT"
                                    " GENERATED ALWAYS AS (substr(created_at, 1, 10)) VIRTUAL"),
                     QStringLiteral("CREATE INDEX script_an_day ON script(created_day, created_at, brand, provider,"
                                    " latency_ms, first_attempt_errors, errors, prompt_tokens, completion_tokens,"
                                    " cost_usd)"),
                     QStringLiteral("CREATE INDEX script_an_sector ON script(sector, created_at, brand)"),
                     QStringLiteral("CREATE INDEX script_an_hook ON script(hook_type, created_at, brand)"),
                     QStringLiteral("CREATE INDEX script_an_provider ON script(provider, created_at, brand)"),
                     QStringLiteral("CREATE INDEX script_an_brand ON script(brand, created_at, prompt_tokens,"
                                    " completion_tokens, cost_usd)"),
                     // An editing session's version, rewritten by each autosave until it is saved.
                     QStringLiteral("ALTER TABLE script_version ADD COLUMN autosaved INTEGER NOT NULL DEFAULT 0"),
                     // Examples promoted from a script follow its ratings and performance.
                     QStringLiteral("ALTER TABLE example ADD COLUMN origin_script TEXT"),
                     QStringLiteral("ALTER TABLE example ADD COLUMN rating REAL"),
                     QStringLiteral("CREATE INDEX example_origin ON example(origin_script)"),
             }},
            {5, QStringLiteral("full-text search inside Japanese and other text written without spaces (trigrams)"),
             unsegmentedSearchMigration()},
    };
    return list;
}

int Database::latestVersion()
{
    return migrations().isEmpty() ? 0 : migrations().constLast().version;
}

} // namespace reel
