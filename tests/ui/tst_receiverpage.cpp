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

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b2b2b));
    p.setColor(QPalette::WindowText, QColor(0xe8e8e8));
    p.setColor(QPalette::Base, QColor(0x1e1e1e));
    p.setColor(QPalette::AlternateBase, QColor(0x262626));
    p.setColor(QPalette::Text, QColor(0xe8e8e8));
    p.setColor(QPalette::Button, QColor(0x353535));
    p.setColor(QPalette::ButtonText, QColor(0xe8e8e8));
    p.setColor(QPalette::Highlight, QColor(0x2f65ca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

} // namespace

// Drives the receiver page against the workspace's real receiver on a free port: requests
// posted over 127.0.0.1 appear in the inbox, the controls change what the receiver answers.
class TestReceiverPage : public QObject, protected ReceiverPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void emptyStateNamesTheEndpoint();
    void requestsAppearWithDuplicateFlag_data();
    void requestsAppearWithDuplicateFlag();
    void modeDecidesTheAnswerToAnInvalidPayload_data();
    void modeDecidesTheAnswerToAnInvalidPayload();
    void faultControlsDecideTheNextAnswer_data();
    void faultControlsDecideTheNextAnswer();
    void floodStaysWithinTheBoundInBatches();
    void screenshot_data();
    void screenshot();
};

void TestReceiverPage::emptyStateNamesTheEndpoint()
{
    auto *empty = find<QLabel>(QStringLiteral("inboxEmptyState"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("Nothing received yet")));
    const QString port = QString::number((*m_ws)->receiver().port());
    QVERIFY2(empty->text().contains(QStringLiteral("http://127.0.0.1:%1/api/v2/analytics/"
                                                   "webhook/receive/generic/")
                                        .arg(port)),
        qPrintable(empty->text()));
    QCOMPARE(post(QStringLiteral("emails"), example(QStringLiteral("emails"))), 200);
    QVERIFY(!empty->isVisible());
    QVERIFY(find<QTableView>(QStringLiteral("inboxView"))->isVisible());
}

void TestReceiverPage::requestsAppearWithDuplicateFlag_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<bool>("legacy");
    for (const QString &family : SchemaSet::knownFamilies()) {
        QTest::addRow("%s", qPrintable(family)) << family << false;
        QTest::addRow("%s legacy path", qPrintable(family)) << family << true;
    }
}

void TestReceiverPage::requestsAppearWithDuplicateFlag()
{
    QFETCH(QString, family);
    QFETCH(bool, legacy);
    const QByteArray body = example(family);
    QVERIFY(!body.isEmpty());
    const QString subType
        = QJsonDocument::fromJson(body).object().value(QStringLiteral("eventType")).toString();
    QCOMPARE(post(family, body, legacy), 200);
    QCOMPARE(post(family, body, legacy), 200);
    QCOMPARE(m_model->rowCount(), 2);
    for (int row : {0, 1}) {
        QCOMPARE(cell(row, InboxModel::Family), family);
        QCOMPARE(cell(row, InboxModel::SubType), subType);
        QCOMPARE(cell(row, InboxModel::Status), QStringLiteral("200"));
    }
    // Newest first: the second post is the duplicate, at the top.
    QCOMPARE(m_model->index(0, 0).data(InboxModel::DuplicateRole).toBool(), true);
    QCOMPARE(cell(0, InboxModel::Duplicate), QStringLiteral("duplicate"));
    QCOMPARE(m_model->index(1, 0).data(InboxModel::DuplicateRole).toBool(), false);
    QVERIFY(m_model->request(0)->sequence > m_model->request(1)->sequence);
    QCOMPARE(countsOf(family),
        (QStringList {
            QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(countsOf(QStringLiteral("Total")),
        (QStringList {
            QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("0")}));
    QCOMPARE(
        find<QLabel>(QStringLiteral("statusCounts"))->text(), QStringLiteral("By status: 200: 2"));
}

void TestReceiverPage::modeDecidesTheAnswerToAnInvalidPayload_data()
{
    QTest::addColumn<int>("modeIndex");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("counts");
    QTest::newRow("lenient") << 0 << 200 << QStringLiteral("1 0 0 0");
    QTest::newRow("strict") << 1 << 400 << QStringLiteral("0 0 1 0");
}

void TestReceiverPage::modeDecidesTheAnswerToAnInvalidPayload()
{
    QFETCH(int, modeIndex);
    QFETCH(int, status);
    QFETCH(QString, counts);
    QFile file(QStringLiteral(EVENTSMITH_TEST_DATA "/receiverpage/emails-missing-to.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    find<QComboBox>(QStringLiteral("modeCombo"))->setCurrentIndex(modeIndex);
    QCOMPARE((*m_ws)->receiver().settings().mode, ReceiverMode(modeIndex));
    QCOMPARE(post(QStringLiteral("emails"), file.readAll()), status);
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(0, InboxModel::Status), QString::number(status));
    QCOMPARE(countsOf(QStringLiteral("emails")).join(QLatin1Char(' ')), counts);
    selectRow(0);
    const QString details = find<QTextBrowser>(QStringLiteral("requestDetails"))->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("/to")), qPrintable(details)); // the finding
    QVERIFY(details.contains(QStringLiteral("Status %1").arg(status)));
}

void TestReceiverPage::faultControlsDecideTheNextAnswer_data()
{
    QTest::addColumn<QString>("spin");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("shown");
    QTest::newRow("500") << "serverErrorRateSpin" << 500 << "500 (injected)";
    QTest::newRow("429") << "rateLimitRateSpin" << 429 << "429 (injected)";
    QTest::newRow("drop") << "dropRateSpin" << 0 << "dropped";
}

void TestReceiverPage::faultControlsDecideTheNextAnswer()
{
    QFETCH(QString, spin);
    QFETCH(int, status);
    QFETCH(QString, shown);
    auto *rate = find<QSpinBox>(spin);
    rate->setValue(100);
    find<QSpinBox>(QStringLiteral("retryAfterSpin"))->setValue(7);
    const FaultSettings faults = (*m_ws)->receiver().settings().faults;
    QCOMPARE(faults.serverErrorRate + faults.rateLimitRate + faults.dropRate, 1.0);
    QCOMPARE(faults.retryAfterSeconds, 7);
    QNetworkReply *reply = send(QStringLiteral("calls"), example(QStringLiteral("calls")));
    QCOMPARE(waitFor(reply), status);
    if (status == 429)
        QCOMPARE(reply->rawHeader("Retry-After"), QByteArray("7"));
    // QNetworkAccessManager sends a POST again once when the connection closes unanswered.
    QTRY_VERIFY(m_model->pendingCount() + m_model->rowCount() >= 1);
    m_model->flush();
    const int rows = m_model->rowCount();
    QVERIFY(rows <= 2);
    for (int row = 0; row < rows; ++row)
        QCOMPARE(cell(row, InboxModel::Status), shown);
    QCOMPARE(countsOf(QStringLiteral("calls")),
        (QStringList {
            QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QString::number(rows)}));
    QVERIFY(
        find<QLabel>(QStringLiteral("statusCounts"))
            ->text()
            .contains(QStringLiteral("%1: %2")
                          .arg(status == 0 ? QStringLiteral("dropped") : QString::number(status))
                          .arg(rows)));
    rate->setValue(0);
    QCOMPARE(post(QStringLiteral("calls"), example(QStringLiteral("calls"))), 200);
    QCOMPARE(cell(0, InboxModel::Status), QStringLiteral("200"));
}

void TestReceiverPage::floodStaysWithinTheBoundInBatches()
{
    const int requests = 2000;
    const int capacity = m_model->capacity();
    QVERIFY(capacity < requests);
    QSignalSpy flushes(m_model, &InboxModel::flushed);
    QSignalSpy inserts(m_model, &QAbstractItemModel::rowsInserted);
    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply *> replies;
    for (int i = 0; i < requests; ++i) {
        QByteArray body = example(QStringLiteral("calls"));
        replies << send(QStringLiteral("calls"), body);
    }
    int ok = 0;
    for (QNetworkReply *reply : replies) {
        ok += waitFor(reply) == 200 ? 1 : 0;
        QVERIFY(m_model->rowCount() <= capacity);
    }
    QCOMPARE(ok, requests);
    qInfo("%d requests in %lld ms, %d batches", requests, clock.elapsed(), int(flushes.count()));
    m_model->flush();
    QCOMPARE(m_model->rowCount(), capacity);
    QCOMPARE(m_model->pendingCount(), 0);
    QCOMPARE(m_model->request(0)->sequence, qint64(requests));
    QCOMPARE(m_model->request(capacity - 1)->sequence, qint64(requests - capacity + 1));
    // One insert per batch, far fewer batches than requests.
    QCOMPARE(inserts.count(), flushes.count());
    QVERIFY2(flushes.count() < requests / 10, qPrintable(QString::number(flushes.count())));
    const FamilyCounts calls = (*m_ws)->receiver().stats().family(QStringLiteral("calls"));
    QCOMPARE(calls.accepted + calls.duplicates, qint64(requests));
    QCOMPARE(countsOf(QStringLiteral("calls")),
        (QStringList {QStringLiteral("1"), QString::number(requests - 1), QStringLiteral("0"),
            QStringLiteral("0")}));
}

void TestReceiverPage::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestReceiverPage::screenshot()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    const QByteArray body = example(QStringLiteral("emails"));
    QCOMPARE(post(QStringLiteral("emails"), body), 200);
    QCOMPARE(post(QStringLiteral("emails"), body), 200);
    QCOMPARE(post(QStringLiteral("calls"), example(QStringLiteral("calls")), true), 200);
    find<QComboBox>(QStringLiteral("modeCombo"))->setCurrentIndex(1);
    QFile invalid(QStringLiteral(EVENTSMITH_TEST_DATA "/receiverpage/emails-missing-to.json"));
    QVERIFY(invalid.open(QIODevice::ReadOnly));
    QCOMPARE(post(QStringLiteral("emails"), invalid.readAll()), 400);
    find<QSpinBox>(QStringLiteral("rateLimitRateSpin"))->setValue(100);
    QCOMPARE(post(QStringLiteral("crm"), example(QStringLiteral("crm"))), 429);
    find<QSpinBox>(QStringLiteral("rateLimitRateSpin"))->setValue(0);
    selectRow(1);
    const QString path = QStringLiteral(EVENTSMITH_BINARY_DIR "/receiverpage-%1.png")
                             .arg(QLatin1String(dark ? "dark" : "light"));
    QVERIFY(m_page->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestReceiverPage)
#include "tst_receiverpage.moc"
