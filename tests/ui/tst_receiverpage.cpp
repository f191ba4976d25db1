#include "receiver/endpointpanel.h"
#include "receiver/inboxmodel.h"
#include "receiver/receiverpage.h"
#include "receiver/requestformatter.h"
#include "testworkspace.h"

#include "messagebar.h"
#include "receiver/receiver.h"
#include "schema/schemaset.h"
#include "storage/eventstore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
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

double luminance(const QColor &c)
{
    auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG contrast ratio.
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

} // namespace

// Drives the receiver page against the workspace's real receiver on a free port: requests
// posted over 127.0.0.1 appear in the inbox, the controls change what the receiver answers.
class TestReceiverPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateNamesTheEndpoint();
    void requestsAppearWithDuplicateFlag_data();
    void requestsAppearWithDuplicateFlag();
    void modeDecidesTheAnswerToAnInvalidPayload_data();
    void modeDecidesTheAnswerToAnInvalidPayload();
    void faultControlsDecideTheNextAnswer_data();
    void faultControlsDecideTheNextAnswer();
    void openInComposerKeepsTheEventOnce();
    void stopThenStartChangesStateAndPort();
    void saveToLibraryKeepsFamilyAndDedupId();
    void detailsMaskTheKeyAndShowTheAnswer();
    void clearEmptiesInboxAndCounts();
    void curlExampleFollowsPortAndKey();
    void floodStaysWithinTheBoundInBatches();
    void indentKeepsKeyOrder();
    void screenshot_data();
    void screenshot();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    QByteArray example(const QString &family) const;
    QNetworkReply *send(const QString &family, const QByteArray &body, bool legacy = false,
        const QByteArray &key = {});
    int post(const QString &family, const QByteArray &body, bool legacy = false,
        const QByteArray &key = {});
    int waitFor(QNetworkReply *reply);
    QString cell(int row, int column) const;
    QStringList countsOf(const QString &family) const; // accepted, duplicates, rejected, faulted
    void selectRow(int row);

    std::unique_ptr<TestWorkspace> m_ws;
    ReceiverPage *m_page = nullptr;
    InboxModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QNetworkAccessManager *m_network = nullptr;
};

void TestReceiverPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReceiverPage::init()
{
    m_ws = std::make_unique<TestWorkspace>(/*startReceiver=*/true);
    QVERIFY((*m_ws)->receiver().isListening());
    m_page = new ReceiverPage(**m_ws);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    m_model = m_page->inboxModel();
    m_tester = new QAbstractItemModelTester(
        m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, m_page);
    m_network = new QNetworkAccessManager(m_page);
}

void TestReceiverPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_ws.reset();
}

QByteArray TestReceiverPage::example(const QString &family) const
{
    const CompiledSchema *schema = (*m_ws)->schemas().schema(family);
    return schema && !schema->examples().isEmpty() ? schema->examples().first() : QByteArray();
}

QNetworkReply *TestReceiverPage::send(
    const QString &family, const QByteArray &body, bool legacy, const QByteArray &key)
{
    QNetworkRequest request((*m_ws)->receiver().endpointUrl(family, legacy));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!key.isEmpty())
        request.setRawHeader("api_key", key);
    return m_network->post(request, body);
}

int TestReceiverPage::waitFor(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(10000))
            return -1;
    }
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

int TestReceiverPage::post(
    const QString &family, const QByteArray &body, bool legacy, const QByteArray &key)
{
    const int status = waitFor(send(family, body, legacy, key));
    m_model->flush(); // what the timer does a few times a second
    return status;
}

QString TestReceiverPage::cell(int row, int column) const
{
    return m_model->index(row, column).data().toString();
}

QStringList TestReceiverPage::countsOf(const QString &family) const
{
    auto *table = find<QTableWidget>(QStringLiteral("familyCounts"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() != family)
            continue;
        QStringList cells;
        for (int column = 1; column < table->columnCount(); ++column)
            cells << table->item(row, column)->text();
        return cells;
    }
    return {};
}

void TestReceiverPage::selectRow(int row)
{
    auto *view = find<QTableView>(QStringLiteral("inboxView"));
    view->selectionModel()->clearSelection();
    view->selectRow(row);
}

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
    QCOMPARE(countsOf(family), (QStringList {"1", "1", "0", "0"}));
    QCOMPARE(countsOf(QStringLiteral("Total")), (QStringList {"1", "1", "0", "0"}));
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
    QCOMPARE(
        countsOf(QStringLiteral("calls")), (QStringList {"0", "0", "0", QString::number(rows)}));
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

void TestReceiverPage::openInComposerKeepsTheEventOnce()
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

void TestReceiverPage::stopThenStartChangesStateAndPort()
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

void TestReceiverPage::saveToLibraryKeepsFamilyAndDedupId()
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

void TestReceiverPage::detailsMaskTheKeyAndShowTheAnswer()
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
    QCOMPARE(RequestFormatter::displayValue("Authorization", "Bearer x"), QByteArray("***"));
}

void TestReceiverPage::clearEmptiesInboxAndCounts()
{
    QCOMPARE(post(QStringLiteral("emails"), example(QStringLiteral("emails"))), 200);
    QCOMPARE(m_model->rowCount(), 1);
    find<QAction>(QStringLiteral("clearInboxAction"))->trigger();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE((*m_ws)->receiver().inbox().size(), 0);
    QCOMPARE(countsOf(QStringLiteral("Total")), (QStringList {"0", "0", "0", "0"}));
    QVERIFY(find<QLabel>(QStringLiteral("inboxEmptyState"))->isVisible());
    // A fresh start: the dedup IDs are forgotten with the counts, the same event is new again.
    QCOMPARE(post(QStringLiteral("emails"), example(QStringLiteral("emails"))), 200);
    QCOMPARE(m_model->index(0, 0).data(InboxModel::DuplicateRole).toBool(), false);
    QCOMPARE(countsOf(QStringLiteral("emails")), (QStringList {"1", "0", "0", "0"}));
}

void TestReceiverPage::curlExampleFollowsPortAndKey()
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

void TestReceiverPage::floodStaysWithinTheBoundInBatches()
{
    const int requests = 2000;
    const int capacity = m_model->capacity();
    QVERIFY(capacity < requests);
    QSignalSpy flushes(m_model, &InboxModel::flushed);
    QSignalSpy inserts(m_model, &QAbstractItemModel::rowsInserted);
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
        (QStringList {"1", QString::number(requests - 1), "0", "0"}));
}

void TestReceiverPage::indentKeepsKeyOrder()
{
    QFile input(QStringLiteral(EVENTSMITH_TEST_DATA "/receiverpage/key-order.json"));
    QFile expected(QStringLiteral(EVENTSMITH_TEST_DATA "/receiverpage/key-order.expected.txt"));
    QVERIFY(input.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
    QCOMPARE(RequestFormatter::indentJson(input.readAll()),
        QString::fromUtf8(expected.readAll()).trimmed());
    QCOMPARE(RequestFormatter::indentJson("not json {"), QStringLiteral("not json {"));
}

void TestReceiverPage::screenshot_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// Also checks that status colours keep their contrast on the palette in use.
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
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto colour = m_model->index(row, InboxModel::Status).data(Qt::ForegroundRole);
        QVERIFY(colour.canConvert<QColor>());
        QVERIFY2(contrast(colour.value<QColor>(), base) >= 4.5, qPrintable(cell(row, 3)));
    }
    const QString path = QStringLiteral(EVENTSMITH_BINARY_DIR "/receiverpage-%1.png")
                             .arg(QLatin1String(dark ? "dark" : "light"));
    QVERIFY(m_page->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
    QApplication::setPalette(original);
}

QTEST_MAIN(TestReceiverPage)
#include "tst_receiverpage.moc"
