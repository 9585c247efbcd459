#include "profiles/ProfileTransfer.h"

#include "common/ErrorText.h"
#include "common/Prompter.h"
#include "model/JsonCodec.h"
#include "store/CatalogStore.h"
#include "store/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

namespace reel::ui {

ProfileTransfer::ProfileTransfer(reel::Workspace& workspace, Prompter& prompter)
    : m_workspace(workspace)
    , m_prompter(prompter)
{}

std::optional<ProfileTransfer::Imported> ProfileTransfer::importProfile(QWidget* parent)
{
    const QString path = m_prompter.openFileName(parent, tr("Import Brand Profile"), folder(), fileFilter());
    if (path.isEmpty())
        return std::nullopt;
    rememberFolder(path);
    const QString fileName = QFileInfo(path).fileName();

    const auto bytes = read(path);
    if (!bytes) {
        m_prompter.error(parent, tr("Import Failed"), ErrorText::message(bytes.error()));
        return std::nullopt;
    }
    auto decoded = codec::decodeProfileFile(bytes.value());
    if (!decoded.ok()) {
        m_prompter.warning(parent, tr("Import Failed"),
                           tr("“%1” does not hold a brand profile Reel Studio can import:").arg(fileName)
                                   + QStringLiteral("\n\n") + ErrorText::lines(decoded.errors).join(u'\n'));
        return std::nullopt;
    }
    // Members Reel Studio does not know stay in the profile (decodeProfileFile keeps them).
    BrandProfile profile = std::move(decoded.value);
    const QString original = profile.brandName.trimmed();
    profile.brandName = m_workspace.profiles().uniqueName(original);
    auto stored = m_workspace.profiles().create(profile);
    if (!stored) {
        m_prompter.error(parent, tr("Import Failed"), ErrorText::message(stored.error()));
        return std::nullopt;
    }
    // Non-fatal: the profile is in; a catalog that misses its sector only shows it as typed.
    static_cast<void>(m_workspace.catalog().learnFrom(stored->profile));
    const bool renamed = stored->profile.brandName != original;
    if (renamed)
        m_prompter.information(parent, tr("Profile Renamed"),
                               tr("A profile named “%1” already exists, so the imported profile was named “%2”.")
                                       .arg(original, stored->profile.brandName));
    return Imported{std::move(stored).value(), fileName, renamed};
}

QString ProfileTransfer::exportProfile(QWidget* parent, const reel::BrandProfile& profile)
{
    const QString suggested = QDir(folder()).filePath(suggestedFileName(profile.brandName));
    QString path = m_prompter.saveFileName(parent, tr("Export Brand Profile"), suggested, fileFilter());
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    rememberFolder(path);
    if (auto written = write(path, codec::encodeProfileFile(profile)); !written) {
        m_prompter.error(parent, tr("Export Failed"), ErrorText::message(written.error()));
        return {};
    }
    return path;
}

QString ProfileTransfer::suggestedFileName(const QString& brandName)
{
    QString name;
    name.reserve(brandName.size());
    for (const QChar c : brandName.trimmed()) {
        const bool refused = c.category() == QChar::Other_Control || QStringView(u"/\\:*?\"<>|").contains(c);
        name.append(refused ? QChar(u'-') : c);
    }
    // A leading dot would hide the file on Unix.
    while (name.startsWith(u'.') || name.startsWith(u'-'))
        name.remove(0, 1);
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("brand-profile");
    return name + QStringLiteral(".json");
}

reel::Result<QByteArray> ProfileTransfer::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::FileUnreadable, {path, file.errorString()});
    if (file.size() > kMaxImportBytes)
        return Error::make(ErrorCode::FileUnreadable,
                           {path, tr("the file is larger than %1 MB").arg(kMaxImportBytes / (1024 * 1024))});
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(ErrorCode::FileUnreadable, {path, file.errorString()});
    return bytes;
}

reel::Result<void> ProfileTransfer::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
    return {};
}

QString ProfileTransfer::folder() const
{
    const QString saved = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (!saved.isEmpty() && QFileInfo(saved).isDir())
        return saved;
    QDir().mkpath(m_workspace.exportsFolder());
    return m_workspace.exportsFolder();
}

void ProfileTransfer::rememberFolder(const QString& filePath)
{
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(filePath).absolutePath());
}

QString ProfileTransfer::fileFilter() const
{
    return tr("Brand profiles (*.json)") + QStringLiteral(";;") + tr("All files (*)");
}

} // namespace reel::ui
