#include "ui/workspace.h"

#include "ui/replay/replayrunner.h"

#include "core/library/samplesetseeder.h"
#include "core/receiver/receiver.h"
#include "core/replay/replayerrors.h"
#include "core/replay/replayoptions.h"
#include "core/storage/eventstore.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

// The first start a new user gets: a store in the data folder, the Samples set, the local
// receiver target selected and the receiver listening.
class TestWorkspaceFirstStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstStartSeedsTheSamples();
    void samplesAreNotSeededTwice();
    void deletedSamplesStayDeleted();
    void localTargetIsSelectedAndReachable();
    void busyPortFallsBackToAFreeOne();
    void unwritableStoreIsReported();
    void replayToAStoppedReceiverSaysSo();

private:
    static Workspace::Options options(const QTemporaryDir &dir, bool startReceiver = false);
};

Workspace::Options TestWorkspaceFirstStart::options(const QTemporaryDir &dir, bool startReceiver)
{
    Workspace::Options o;
    o.storePath = dir.filePath(QStringLiteral("nested/folder/store.db"));
    o.receiverPort = 0;
    o.startReceiver = startReceiver;
    return o;
}

void TestWorkspaceFirstStart::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkspaceFirstStart::firstStartSeedsTheSamples()
{
    QTemporaryDir dir;
    Workspace workspace(options(dir));
    QVERIFY2(workspace.startupProblems().isEmpty(),
        qPrintable(workspace.startupProblems().join(QLatin1Char('\n'))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("nested/folder/store.db"))));
    QVERIFY(workspace.samplesSetId() > 0);
    const auto set = workspace.store().sets().set(workspace.samplesSetId());
    QVERIFY(set);
    QCOMPARE(set.value().name, QStringLiteral("Samples"));
    QCOMPARE(set.value().memberCount, 18);
    const auto members = workspace.store().sets().members(workspace.samplesSetId());
    QVERIFY(members);
    QSet<QString> families, names;
    for (qint64 id : members.value()) {
        const auto event = workspace.store().event(id);
        QVERIFY(event);
        QCOMPARE(event.value().validity, EventValidity::Valid);
        QVERIFY(!event.value().dedupId.isEmpty());
        QVERIFY(!event.value().subType.isEmpty());
        families << event.value().family;
        names << event.value().name;
    }
    QCOMPARE(families.size(), 4);
    QCOMPARE(names.size(), 18); // one per sub-type, each named "family · subType"
}

void TestWorkspaceFirstStart::samplesAreNotSeededTwice()
{
    QTemporaryDir dir;
    qint64 firstId = 0;
    {
        Workspace workspace(options(dir));
        firstId = workspace.samplesSetId();
    }
    Workspace again(options(dir));
    QCOMPARE(again.samplesSetId(), firstId);
    QCOMPARE(again.store().count().value(), 18);
}

void TestWorkspaceFirstStart::deletedSamplesStayDeleted()
{
    QTemporaryDir dir;
    {
        Workspace workspace(options(dir));
        QVERIFY(workspace.store().sets().remove(workspace.samplesSetId()));
        QVERIFY(workspace.store().sets().create(QStringLiteral("Mine")));
    }
    Workspace again(options(dir));
    QCOMPARE(again.samplesSetId(), 0);
    QVERIFY(!again.store().sets().byName(QStringLiteral("Samples")));
}

void TestWorkspaceFirstStart::localTargetIsSelectedAndReachable()
{
    QTemporaryDir dir;
    Workspace workspace(options(dir, true));
    QVERIFY(workspace.receiver().isListening());
    const TargetConfig target = workspace.currentTarget();
    QCOMPARE(target.name, TargetConfig::localReceiver().name);
    const auto url = target.expandUrl(QStringLiteral("emails"), workspace.receiverPort());
    QVERIFY(url);
    QCOMPARE(url.value().port(), int(workspace.receiver().port()));
    QCOMPARE(url.value().host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(workspace.targets().size(), 1);
}

void TestWorkspaceFirstStart::busyPortFallsBackToAFreeOne()
{
    QTcpServer blocker;
    QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir dir;
    Workspace::Options o = options(dir, true);
    o.receiverPort = blocker.serverPort();
    Workspace workspace(o);
    QVERIFY(workspace.receiver().isListening());
    QVERIFY(workspace.receiver().port() != blocker.serverPort());
    QCOMPARE(workspace.receiverPort(), workspace.receiver().port());
}

void TestWorkspaceFirstStart::unwritableStoreIsReported()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Workspace::Options o;
    o.storePath = dir.filePath(QStringLiteral("file/store.db")); // a folder that cannot exist
    o.startReceiver = false;
    Workspace workspace(o);
    QVERIFY(!workspace.storeOpen());
    QCOMPARE(workspace.startupProblems().size(), 1);
    QVERIFY(workspace.startupProblems().first().contains(QLatin1String("could not be opened")));
    QCOMPARE(workspace.targets().size(), 1); // the local receiver still works without a store
}

// With the receiver stopped, a replay to "Local receiver" went to the preferred port, where
// anything else may listen; it is refused before it starts, saying why.
void TestWorkspaceFirstStart::replayToAStoppedReceiverSaysSo()
{
    QTemporaryDir dir;
    Workspace workspace(options(dir, /*startReceiver=*/false));
    QCOMPARE(workspace.sendingPort(), quint16(0));
    ReplayRunner runner(workspace);
    const qint64 set = workspace.samplesSetId();
    const TargetConfig local = TargetConfig::localReceiver();
    const auto refused = runner.start(set, QStringLiteral("Samples"), local, ReplayOptions());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ReplayErrors::ReceiverStopped);
    QVERIFY(refused.error().message.contains(QLatin1String("Receiver page")));
    QVERIFY(workspace.startReceiver().ok());
    const auto started = runner.start(set, QStringLiteral("Samples"), local, ReplayOptions());
    QVERIFY2(started.ok(), qPrintable(started.error().message));
    runner.cancel();
}

QTEST_GUILESS_MAIN(TestWorkspaceFirstStart)
#include "tst_workspace.moc"
