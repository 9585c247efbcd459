#include "validate/RulePackStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace reel {

namespace {

Result<QByteArray> readPack(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::FileUnreadable, {path, f.errorString()});
    if (f.size() > 4 * 1024 * 1024)
        return Error::make(ErrorCode::FileUnreadable, {path, QStringLiteral("larger than 4 MiB")});
    return f.readAll();
}

} // namespace

RulePackStore::RulePackStore(QString workspaceFolder)
    : m_folder(std::move(workspaceFolder))
{
    if (!QFileInfo::exists(storedPath()))
        return;
    auto bytes = readPack(storedPath());
    if (!bytes) {
        m_startupProblem = bytes.error();
        return;
    }
    auto pack = RulePack::fromJson(bytes.value());
    if (!pack) {
        m_startupProblem = pack.error();
        return;
    }
    m_loaded = std::make_shared<RulePack>(std::move(pack).value());
}

QString RulePackStore::storedPathIn(const QString& workspaceFolder)
{
    return workspaceFolder + QStringLiteral("/rules/instagram.json");
}

const RulePack& RulePackStore::current() const
{
    return m_loaded ? *m_loaded : RulePack::builtIn();
}

Result<void> RulePackStore::load(const QString& file)
{
    auto bytes = readPack(file);
    if (!bytes)
        return bytes.error();
    auto pack = RulePack::fromJson(bytes.value());
    if (!pack)
        return pack.error();
    if (pack->platform() != u"instagram")
        return Error::invalid({FieldError{QStringLiteral("platform"),
                                          FieldErrorKind::NotOneOf,
                                          {pack->platform(), QStringLiteral("instagram")}}});
    QDir().mkpath(QFileInfo(storedPath()).absolutePath());
    QSaveFile out(storedPath());
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes.value()) != bytes->size() || !out.commit())
        return Error::make(ErrorCode::FileUnwritable, {storedPath(), out.errorString()});
    if (m_loaded)
        m_retired.append(m_loaded);
    m_loaded = std::make_shared<RulePack>(std::move(pack).value());
    m_startupProblem.reset();
    return {};
}

Result<void> RulePackStore::reset()
{
    if (QFileInfo::exists(storedPath()) && !QFile::remove(storedPath()))
        return Error::make(ErrorCode::FileUnwritable, {storedPath(), QStringLiteral("it cannot be removed")});
    if (m_loaded)
        m_retired.append(std::move(m_loaded));
    m_loaded.reset();
    m_startupProblem.reset();
    return {};
}

} // namespace reel
