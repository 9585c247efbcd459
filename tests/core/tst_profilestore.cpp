// Brand profiles in the workspace: create, read, update, duplicate, delete and restore;
// names unique ignoring case; nothing invalid stored; unknown members kept; catalog values learnt.

#include "model/JsonCodec.h"
#include "store/CatalogStore.h"
#include "store/ProfileStore.h"
#include "store/Workspace.h"
#include "support/TestSupport.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace reel;

namespace {

BrandProfile profile(const QString& name, const QString& sector = QStringLiteral("fitness"))
{
    BrandProfile p;
    p.brandName = name;
    p.sector = sector;
    p.targetAudience.painPoints = {QStringLiteral("no time")};
    p.brandVoice = {QStringLiteral("energetic")};
    p.doNotUse = {QStringLiteral("fat")};
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_ws.reset();
        QVERIFY(m_dir.isValid());
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        auto ws = Workspace::open(folder);
        QVERIFY2(ws.ok(), qPrintable(ws ? QString() : ws.error().toEnglish()));
        m_ws = std::move(ws).value();
    }

    void createReadList()
    {
        ProfileStore& store = m_ws->profiles();
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        auto b = store.create(profile(QStringLiteral("  Zen Yoga  "), QStringLiteral("wellness")));
        auto a = store.create(profile(QStringLiteral("acme fitness")));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(added.count(), 2);
        QCOMPARE(b->profile.brandName, QStringLiteral("Zen Yoga"));
        QVERIFY(!b->uuid.isEmpty());
        QVERIFY(b->createdAt.isValid());

        auto got = store.get(b->id);
        QVERIFY(got.ok());
        QCOMPARE(got->profile, b->profile);
        QCOMPARE(got->uuid, b->uuid);

        auto all = store.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).profile.brandName, QStringLiteral("acme fitness")); // sorted ignoring case
        QCOMPARE(all->at(1).profile.brandName, QStringLiteral("Zen Yoga"));

        auto missing = store.get(9999);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }

    void namesAreUniqueIgnoringCase()
    {
        ProfileStore& store = m_ws->profiles();
        QVERIFY(store.create(profile(QStringLiteral("FitLife"))).ok());
        auto clash = store.create(profile(QStringLiteral("fitlife")));
        QVERIFY(!clash.ok());
        QCOMPARE(clash.error().code, ErrorCode::DuplicateName);
        QCOMPARE(store.uniqueName(QStringLiteral("FITLIFE")), QStringLiteral("FITLIFE (2)"));
        QCOMPARE(store.uniqueName(QStringLiteral("Other")), QStringLiteral("Other"));

        auto second = store.create(profile(QStringLiteral("Second")));
        QVERIFY(second.ok());
        auto renameClash = store.update(second->id, profile(QStringLiteral("FITLIFE")));
        QVERIFY(!renameClash.ok());
        QCOMPARE(renameClash.error().code, ErrorCode::DuplicateName);
        QCOMPARE(store.get(second->id)->profile.brandName, QStringLiteral("Second"));
    }

    void invalidProfilesAreNotStored()
    {
        ProfileStore& store = m_ws->profiles();
        BrandProfile bad = profile(QString());
        bad.doNotUse.append(QStringLiteral("   "));
        auto r = store.create(bad);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(r.error().fields.size(), 2);
        QCOMPARE(r.error().fields.at(0).path, QStringLiteral("brand_name"));
        QCOMPARE(r.error().fields.at(1).path, QStringLiteral("do_not_use[1]"));
        QCOMPARE(store.list()->size(), 0);

        auto good = store.create(profile(QStringLiteral("Good")));
        QVERIFY(good.ok());
        auto badUpdate = store.update(good->id, bad);
        QVERIFY(!badUpdate.ok());
        QCOMPARE(store.get(good->id)->profile.brandName, QStringLiteral("Good"));
    }

    void updateKeepsIdentity()
    {
        ProfileStore& store = m_ws->profiles();
        auto created = store.create(profile(QStringLiteral("Before")));
        QVERIFY(created.ok());
        QSignalSpy changed(&store, &ProfileStore::profileChanged);
        BrandProfile edited = created->profile;
        edited.brandName = QStringLiteral("After");
        edited.offer = QStringLiteral("Two weeks free");
        edited.targetAudience.painPoints.append(QStringLiteral("bored of the gym"));
        auto updated = store.update(created->id, edited);
        QVERIFY(updated.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), created->id);
        auto got = store.get(created->id);
        QCOMPARE(got->profile, edited);
        QCOMPARE(got->uuid, created->uuid);
        QCOMPARE(got->createdAt, created->createdAt);
    }

    void duplicateNamesCopies()
    {
        ProfileStore& store = m_ws->profiles();
        auto original = store.create(profile(QStringLiteral("Nova")));
        auto copy1 = store.duplicate(original->id);
        auto copy2 = store.duplicate(original->id);
        QVERIFY(copy1.ok() && copy2.ok());
        QCOMPARE(copy1->profile.brandName, QStringLiteral("Nova (copy)"));
        QCOMPARE(copy2->profile.brandName, QStringLiteral("Nova (copy 2)"));
        QVERIFY(copy1->uuid != original->uuid);
        BrandProfile same = copy1->profile;
        same.brandName = original->profile.brandName;
        QCOMPARE(same, original->profile);
    }

    void removeAndRestore()
    {
        ProfileStore& store = m_ws->profiles();
        auto created = store.create(profile(QStringLiteral("Gone soon")));
        QVERIFY(created.ok());
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);
        QVERIFY(store.remove(created->id).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(store.get(created->id).error().code, ErrorCode::NotFound);
        QCOMPARE(store.remove(created->id).error().code, ErrorCode::NotFound);

        auto restored = store.restore(created.value());
        QVERIFY(restored.ok());
        QCOMPARE(restored->id, created->id);
        auto got = store.get(created->id);
        QCOMPARE(got->uuid, created->uuid);
        QCOMPARE(got->profile, created->profile);
        QCOMPARE(got->createdAt, created->createdAt);
    }

    void unknownMembersSurviveTheStore()
    {
        const auto decoded = codec::decodeProfileFile(
                R"({"brand_profile": {"brand_name": "Keep", "sector": "pets", "tiktok": {"handle": "@keep"}}})");
        QVERIFY(decoded.ok());
        auto created = m_ws->profiles().create(decoded.value);
        QVERIFY(created.ok());
        const QByteArray exported = codec::encodeProfileFile(m_ws->profiles().get(created->id)->profile);
        QVERIFY(exported.contains("\"tiktok\""));
        QVERIFY(exported.contains("@keep"));
    }

    void profilesSurviveReopening()
    {
        const QString folder = m_ws->folder();
        auto created = m_ws->profiles().create(profile(QStringLiteral("Durable")));
        QVERIFY(created.ok());
        m_ws.reset();
        auto ws = Workspace::open(folder);
        QVERIFY(ws.ok());
        QCOMPARE(ws.value()->profiles().get(created->id)->profile, created->profile);
    }

    void catalogLearnsUserValues()
    {
        CatalogStore& catalog = m_ws->catalog();
        QVERIFY(catalog.catalog().contains(CatalogKind::Sector, QStringLiteral("fitness")));
        QVERIFY(!catalog.catalog().contains(CatalogKind::Sector, QStringLiteral("Yoga retreats")));
        QSignalSpy changed(&catalog, &CatalogStore::catalogChanged);
        BrandProfile p = profile(QStringLiteral("Retreat"), QStringLiteral("Yoga retreats"));
        p.brandVoice.append(QStringLiteral("serene"));
        QVERIFY(catalog.learnFrom(p).ok());
        QCOMPARE(changed.count(), 2); // the sector and the new voice; "energetic" was known
        QVERIFY(catalog.learnFrom(p).ok());
        QCOMPARE(changed.count(), 2); // nothing new the second time
        QVERIFY(catalog.addValue(CatalogKind::Language, QStringLiteral("klingon")).ok());
        QVERIFY(!catalog.catalog().resolveLanguage(QStringLiteral("klingon")));

        const QString folder = m_ws->folder();
        m_ws.reset();
        auto ws = Workspace::open(folder);
        QVERIFY(ws.ok());
        const Catalog& reloaded = ws.value()->catalog().catalog();
        QVERIFY(reloaded.contains(CatalogKind::Sector, QStringLiteral("yoga retreats")));
        QVERIFY(reloaded.contains(CatalogKind::Voice, QStringLiteral("serene")));
        QVERIFY(!reloaded.entry(CatalogKind::Voice, QStringLiteral("serene"))->builtIn);
        QVERIFY(reloaded.entry(CatalogKind::Voice, QStringLiteral("energetic"))->builtIn);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
