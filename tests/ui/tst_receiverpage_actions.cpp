#include "tests/support/receiverpagefixture.h"
#include "ui/receiver/endpointpanel.h"
#include "ui/receiver/inboxmodel.h"
#include "ui/receiver/requestformatter.h"

#include "core/receiver/receiver.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

// The receiver page's actions: start/stop and port, save to library, open in composer, clear,
// the details pane and the endpoint panel, against the real receiver on a free port.
class TestReceiverPageActions : public QObject, protected ReceiverPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void stopThenStartChangesStateAndPort();
    void saveToLibraryKeepsFamilyAndDedupId();
    void openInComposerKeepsTheEventOnce();
    void detailsMaskTheKeyAndShowTheAnswer();
    void clearEmptiesInboxAndCounts();
    void curlExampleFollowsPortAndKey();
};

void TestReceiverPageActions::stopThenStartChangesStateAndPort()
{
    auto *button = find<QPushButton>(QStringLiteral("startStopButton"));
    auto *state = find<QLabel>(QStringLiteral("receiverStateLabel"));
    QSignalSpy changed(&**m_ws, &Workspace::receiverStateChanged);
    const quint16 before = (*m_ws)->receiver().port();
    QVERIFY(state->text().contains(QString::number(before)));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!(*m_ws)->receiver().isListening());
    QCOMPARE(state->text(), QStringLiteral("Stopped"));
    QCOMPARE(button->text(), QStringLiteral("Start receiver"));
    QCOMPARE(changed.count(), 1);

    QTcpServer probe; // a port that is free now
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    find<QSpinBox>(QStringLiteral("portSpin"))->setValue(port);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY((*m_ws)->receiver().isListening());
    QCOMPARE((*m_ws)->receiver().port(), port);
    QCOMPARE(state->text(), QStringLiteral("Listening on 127.0.0.1:%1").arg(port));
    QVERIFY(find<QLineEdit>(QStringLiteral("endpointUrlEdit"))
                ->text()
                .startsWith(QStringLiteral("http://127.0.0.1:%1/").arg(port)));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(post(QStringLiteral("crm"), example(QStringLiteral("crm"))), 200);
}

void TestReceiverPageActions::saveToLibraryKeepsFamilyAndDedupId()
{
    QCOMPARE(post(QStringLiteral("social"), example(QStringLiteral("social"))), 200);
    const QString dedupId = m_model->request(0)->dedupId;
    QVERIFY(!dedupId.isEmpty());
    // The Samples set may hold the same example already: count what this save adds.
    const qint64 before = (*m_ws)->store().findByDedupId(dedupId).value().size();
    auto *save = find<QAction>(QStringLiteral("saveToLibraryAction"));
    QVERIFY(!save->isEnabled());
    selectRow(0);
    QVERIFY(save->isEnabled());
    QSignalSpy libraryChanged(&**m_ws, &Workspace::libraryChanged);
    save->trigger();
    QList<StoredEvent> stored = (*m_ws)->store().findByDedupId(dedupId).value();
    QCOMPARE(stored.size(), before + 1);
    const QString name = QStringLiteral("received %1").arg(m_model->request(0)->requestId);
    stored.erase(std::remove_if(stored.begin(), stored.end(),
                     [&](const StoredEvent &e) { return e.name != name; }),
        stored.end());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().family, QStringLiteral("social"));
    QCOMPARE(stored.first().dedupId, dedupId);
    QCOMPARE(stored.first().subType, m_model->request(0)->subType);
    QCOMPARE(stored.first().validity, EventValidity::Valid);
    QCOMPARE(stored.first().payload.toUtf8(), example(QStringLiteral("social")));
    QCOMPARE(libraryChanged.count(), 1);
    save->trigger(); // the same request again: said, not stored twice
    QCOMPARE((*m_ws)->store().findByDedupId(dedupId).value().size(), before + 1);
    QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("already in the library")));
}

void TestReceiverPageActions::openInComposerKeepsTheEventOnce()
{
    QCOMPARE(post(QStringLiteral("crm"), example(QStringLiteral("crm"))), 200);
    auto *open = find<QAction>(QStringLiteral("openInComposerAction"));
    QVERIFY(!open->isEnabled());
    selectRow(0);
    QVERIFY(open->isEnabled());
    QSignalSpy requested(&**m_ws, &Workspace::openEventRequested);
    open->trigger();
    QCOMPARE(requested.count(), 1);
    const qint64 id = requested.first().first().toLongLong();
    const Result<StoredEvent> event = (*m_ws)->store().event(id);
    QVERIFY(event.ok());
    QCOMPARE(event.value().family, QStringLiteral("crm"));
    QCOMPARE(event.value().dedupId, m_model->request(0)->dedupId);
    open->trigger(); // opening again reuses the stored event
    QCOMPARE(requested.count(), 2);
    QCOMPARE(requested.last().first().toLongLong(), id);
}

void TestReceiverPageActions::detailsMaskTheKeyAndShowTheAnswer()
{
    auto *key = find<QLineEdit>(QStringLiteral("apiKeyEdit"));
    key->setText(QStringLiteral("s3cret-key"));
    emit key->editingFinished();
    QCOMPARE((*m_ws)->receiver().settings().apiKey, QStringLiteral("s3cret-key"));
    QCOMPARE(post(QStringLiteral("emails"), example(QStringLiteral("emails"))), 401);
    QCOMPARE(post(QStringLiteral("emails"), example(QStringLiteral("emails")), false,
                 QByteArrayLiteral("s3cret-key")),
        200);
    selectRow(0);
    const QString details = find<QTextBrowser>(QStringLiteral("requestDetails"))->toPlainText();
    QVERIFY(!details.contains(QStringLiteral("s3cret")));
    QVERIFY2(details.contains(QStringLiteral("api_key: ***")), qPrintable(details));
    QVERIFY(
        details.contains(QStringLiteral("POST /api/v2/analytics/webhook/receive/generic/emails")));
    QVERIFY(details.contains(QStringLiteral("\"eventType\": \"sent\""))); // pretty-printed body
    QVERIFY(details.contains(m_model->request(0)->requestId)); // the answer sent
}

void TestReceiverPageActions::clearEmptiesInboxAndCounts()
{
    QCOMPARE(post(QStringLiteral("emails"), example(QStringLiteral("emails"))), 200);
    QCOMPARE(m_model->rowCount(), 1);
    find<QAction>(QStringLiteral("clearInboxAction"))->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE((*m_ws)->receiver().inbox().size(), 0);
    QCOMPARE(countsOf(QStringLiteral("Total")),
        (QStringList {
            QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
    QVERIFY(find<QLabel>(QStringLiteral("inboxEmptyState"))->isVisible());
    // A fresh start: the dedup IDs are forgotten with the counts, the same event is new again.
    QCOMPARE(post(QStringLiteral("emails"), example(QStringLiteral("emails"))), 200);
    QCOMPARE(m_model->index(0, 0).data(InboxModel::DuplicateRole).toBool(), false);
    QCOMPARE(countsOf(QStringLiteral("emails")),
        (QStringList {
            QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")}));
}

void TestReceiverPageActions::curlExampleFollowsPortAndKey()
{
    find<QComboBox>(QStringLiteral("endpointFamilyCombo"))->setCurrentText(QStringLiteral("crm"));
    const QString url = (*m_ws)->receiver().endpointUrl(QStringLiteral("crm")).toString();
    QCOMPARE(find<QLineEdit>(QStringLiteral("endpointUrlEdit"))->text(), url);
    QCOMPARE(find<QLineEdit>(QStringLiteral("legacyUrlEdit"))->text(),
        (*m_ws)->receiver().endpointUrl(QStringLiteral("crm"), true).toString());
    auto *curl = find<QPlainTextEdit>(QStringLiteral("curlExample"));
    QVERIFY(curl->toPlainText().contains(QStringLiteral("'%1'").arg(url)));
    QVERIFY(!curl->toPlainText().contains(QStringLiteral("api_key")));
    auto *key = find<QLineEdit>(QStringLiteral("apiKeyEdit"));
    key->setText(QStringLiteral("k1"));
    emit key->editingFinished();
    QVERIFY(curl->toPlainText().contains(QStringLiteral("-H 'api_key: k1'")));
}

QTEST_MAIN(TestReceiverPageActions)
#include "tst_receiverpage_actions.moc"
