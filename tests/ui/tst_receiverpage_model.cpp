#include "ui/receiver/inboxmodel.h"
#include "ui/receiver/requestformatter.h"

#include "tests/support/wcag.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

namespace {

ReceivedRequest request(qint64 sequence, int status = 200, bool duplicate = false)
{
    ReceivedRequest r;
    r.sequence = sequence;
    r.receivedAt = QDateTime::currentDateTimeUtc();
    r.method = QStringLiteral("POST");
    r.family = QStringLiteral("emails");
    r.subType = QStringLiteral("sent");
    r.status = status;
    r.duplicate = duplicate;
    return r;
}

} // namespace

// The inbox model without a receiver: bound, batching, order, and what each cell shows; the
// details formatter's JSON indentation and secret masking.
class TestReceiverPageModel : public QObject
{
    Q_OBJECT

private slots:
    void batchesStayWithinTheBound_data();
    void batchesStayWithinTheBound();
    void timerAppliesTheQueue();
    void shrinkingKeepsTheNewest();
    void resetShowsNewestFirst();
    void rowsAreInArrivalOrder();
    void statusColoursReadOnLightAndDark_data();
    void statusColoursReadOnLightAndDark();
    void indentKeepsKeyOrder();
    void secretsAreMasked_data();
    void secretsAreMasked();
};

void TestReceiverPageModel::batchesStayWithinTheBound_data()
{
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QList<int>>("batches");
    QTest::newRow("under") << 10 << QList<int> {3, 4};
    QTest::newRow("exactly full") << 10 << QList<int> {6, 4};
    QTest::newRow("overflow across batches") << 10 << QList<int> {8, 5, 9};
    QTest::newRow("one batch larger than the bound") << 10 << QList<int> {25};
    QTest::newRow("flood") << 1000 << QList<int> {700, 700, 600};
}

void TestReceiverPageModel::batchesStayWithinTheBound()
{
    QFETCH(int, capacity);
    QFETCH(QList<int>, batches);
    InboxModel model(capacity);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    qint64 sequence = 0;
    for (int size : batches) {
        for (int i = 0; i < size; ++i)
            model.enqueue(request(++sequence));
        QCOMPARE(model.rowCount(), qMin(capacity, int(sequence - size))); // nothing until flush
        model.flush();
        QCOMPARE(model.rowCount(), qMin<qint64>(capacity, sequence));
        QCOMPARE(model.pendingCount(), 0);
    }
    QCOMPARE(inserted.count(), batches.size()); // one insert per batch, not per request
    QCOMPARE(model.request(0)->sequence, sequence);
    QCOMPARE(model.request(model.rowCount() - 1)->sequence, sequence - model.rowCount() + 1);
}

void TestReceiverPageModel::timerAppliesTheQueue()
{
    InboxModel model(5);
    QSignalSpy flushed(&model, &InboxModel::flushed);
    model.enqueue(request(1));
    model.enqueue(request(2));
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(flushed.wait(5000));
    QCOMPARE(flushed.first().first().toInt(), 2);
    QCOMPARE(model.rowCount(), 2);
}

void TestReceiverPageModel::shrinkingKeepsTheNewest()
{
    InboxModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 1; i <= 10; ++i)
        model.enqueue(request(i));
    model.flush();
    model.setCapacity(3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.request(0)->sequence, 10);
    QCOMPARE(model.request(2)->sequence, 8);
    QVERIFY(!model.request(3));
}

void TestReceiverPageModel::resetShowsNewestFirst()
{
    InboxModel model(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reset({request(1), request(2), request(3, 500)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.request(0)->sequence, 3);
    QCOMPARE(model.index(0, InboxModel::Status).data().toString(), QStringLiteral("500"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

// Requests reach the model when answered: with injected latency, 2 was answered after 3 and 4,
// and its row went on top, so the Time column read out of order.
void TestReceiverPageModel::rowsAreInArrivalOrder()
{
    InboxModel model(10);
    QAbstractItemModelTester tester(&model);
    model.enqueue(request(1));
    model.enqueue(request(3));
    model.flush();
    model.enqueue(request(4));
    model.enqueue(request(2)); // waited longer
    model.flush();
    model.enqueue(request(5));
    model.flush();
    QList<qint64> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown << model.request(row)->sequence;
    QCOMPARE(shown, QList<qint64>({5, 4, 3, 2, 1}));
    model.reset({request(1), request(3), request(2)});
    QCOMPARE(model.request(0)->sequence, 3);
    QCOMPARE(model.request(2)->sequence, 1);
}

void TestReceiverPageModel::statusColoursReadOnLightAndDark_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("light") << QColor(Qt::white);
    QTest::newRow("dark") << QColor(0x1e1e1e);
}

void TestReceiverPageModel::statusColoursReadOnLightAndDark()
{
    QFETCH(QColor, base);
    const QPalette original = QApplication::palette();
    QPalette palette = original;
    palette.setColor(QPalette::Base, base);
    QApplication::setPalette(palette);
    InboxModel model(10);
    model.reset({request(1), request(2, 200, true), request(3, 400), request(4, 429),
        request(5, 500), request(6, 0)});
    QSet<QRgb> colours;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QColor colour
            = model.index(row, InboxModel::Status).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY2(Wcag::contrast(colour, base) >= 4.5, qPrintable(colour.name()));
        colours.insert(colour.rgb());
    }
    QCOMPARE(colours.size(), 4); // accepted, duplicate, rejected, failed
    QApplication::setPalette(original);
}

void TestReceiverPageModel::indentKeepsKeyOrder()
{
    QFile input(QStringLiteral(EVENTSMITH_TEST_DATA "/receiverpage/key-order.json"));
    QFile expected(QStringLiteral(EVENTSMITH_TEST_DATA "/receiverpage/key-order.expected.txt"));
    QVERIFY(input.open(QIODevice::ReadOnly) && expected.open(QIODevice::ReadOnly));
    QCOMPARE(RequestFormatter::indentJson(input.readAll()),
        QString::fromUtf8(expected.readAll()).trimmed());
    QCOMPARE(RequestFormatter::indentJson("not json {"), QStringLiteral("not json {"));
}

void TestReceiverPageModel::secretsAreMasked_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<bool>("masked");
    QTest::newRow("api_key") << QByteArray("api_key") << true;
    QTest::newRow("API_KEY") << QByteArray("API_KEY") << true;
    QTest::newRow("authorization") << QByteArray("Authorization") << true;
    QTest::newRow("x-api-key") << QByteArray("X-Api-Key") << true;
    QTest::newRow("content-type") << QByteArray("Content-Type") << false;
}

void TestReceiverPageModel::secretsAreMasked()
{
    QFETCH(QByteArray, name);
    QFETCH(bool, masked);
    ReceivedRequest r = request(1);
    r.headers = {{name, QByteArrayLiteral("s3cret")}};
    const QString html = RequestFormatter::html(r);
    QCOMPARE(!html.contains(QStringLiteral("s3cret")), masked);
    QCOMPARE(RequestFormatter::displayValue(name, "s3cret") == "***", masked);
}

QTEST_MAIN(TestReceiverPageModel)
#include "tst_receiverpage_model.moc"
