#include "tests/support/testworkspace.h"
#include "tests/support/wcag.h"

#include "ui/replay/replaypage.h"
#include "ui/replay/resultsmodel.h"
#include "ui/replay/statuscolors.h"

#include "core/storage/eventstore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

// The replay page's results model over stored runs, its status colours and its empty state,
// with no network.
class TestReplayPageModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_ws = std::make_unique<TestWorkspace>(); }
    void cleanup() { m_ws.reset(); }
    void storedRunLoadsLazilyInPages();
    void statusColoursRead_data();
    void statusColoursRead();
    void emptyStateSaysHowToGetASet();

private:
    std::unique_ptr<TestWorkspace> m_ws;
};

// A stored run bigger than a page: rows arrive a page at a time, in position order.
void TestReplayPageModel::storedRunLoadsLazilyInPages()
{
    RunStore runs = (*m_ws)->store().runs();
    const int total = 2 * ResultsModel::PageSize + 50;
    RunRecord record {0, 0, QStringLiteral("big"), 0, QStringLiteral("local")};
    record.total = total;
    const auto runId = runs.create(record);
    QVERIFY(runId);
    QList<QPair<int, qint64>> intents;
    QList<RunResult> results;
    for (int position = 0; position < total; ++position) {
        intents.append({position, 0});
        RunResult r;
        r.runId = runId.value();
        r.position = position;
        r.state = RunResultState::Done;
        r.attempts = 1;
        r.finalStatus = position % 7 ? 200 : 500;
        r.passed = position % 7;
        r.latencyMs = position;
        results.append(r);
    }
    QVERIFY(runs.recordBatch(runId.value(), intents, results));
    ResultsModel model((*m_ws)->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.showStoredRun((*m_ws)->store().runs().run(runId.value()).value(), Redactor());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), ResultsModel::PageSize);
    model.fetchMore({});
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < total; ++row)
        QCOMPARE(model.rowAt(row)->position, row);
    QCOMPARE(model.index(7, ResultsModel::Status).data().toInt(), 500);
    QCOMPARE(model.rowAt(7)->outcome, ResultRow::Outcome::Failed);
}

void TestReplayPageModel::statusColoursRead_data()
{
    QTest::addColumn<QColor>("base");
    QTest::newRow("light") << QColor(Qt::white);
    QTest::newRow("light grey") << QColor(0xf0, 0xf0, 0xf0);
    QTest::newRow("dark") << QColor(0x1e, 0x1e, 0x1e);
    QTest::newRow("black") << QColor(Qt::black);
}

void TestReplayPageModel::statusColoursRead()
{
    QFETCH(QColor, base);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    const QList<ResultRow::Outcome> outcomes = {ResultRow::Outcome::Passed,
        ResultRow::Outcome::Failed, ResultRow::Outcome::Skipped, ResultRow::Outcome::Pending};
    for (const ResultRow::Outcome outcome : outcomes) {
        const QColor colour = StatusColors::forOutcome(outcome, palette);
        QVERIFY2(Wcag::contrast(colour, base) >= 4.5, qPrintable(colour.name()));
    }
    for (const int status : {200, 0, 400, 429, 500})
        QVERIFY(Wcag::contrast(StatusColors::forStatus(status, palette), base) >= 4.5);
    QVERIFY(StatusColors::forStatus(200, palette) != StatusColors::forStatus(500, palette));
}

void TestReplayPageModel::emptyStateSaysHowToGetASet()
{
    TestWorkspace empty(false, false);
    ReplayPage page(*empty);
    page.show();
    auto *label = page.findChild<QLabel *>(QStringLiteral("emptyState"));
    QVERIFY(label && label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("Library")));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
    TestWorkspace seeded;
    ReplayPage withSamples(*seeded);
    withSamples.show();
    QVERIFY(!withSamples.findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
    QVERIFY(withSamples.findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
}

QTEST_MAIN(TestReplayPageModel)
#include "tst_replaypagemodel.moc"
