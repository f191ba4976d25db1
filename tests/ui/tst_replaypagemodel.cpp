#include "tests/support/testworkspace.h"
#include "tests/support/wcag.h"

#include "ui/replay/dialogfolder.h"
#include "ui/replay/replaycharts.h"
#include "ui/replay/replaypage.h"
#include "ui/replay/replayprogresstext.h"
#include "ui/replay/resultdetails.h"
#include "ui/replay/resultsmodel.h"
#include "ui/replay/runhistorypanel.h"
#include "ui/replay/statuscolors.h"

#include "core/net/redactor.h"
#include "core/replay/replayresult.h"
#include "core/storage/eventstore.h"

#include <QAbstractItemModelTester>
#include <QFileDialog>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

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
    void detailsListEveryAttempt();
    void progressLineReadsTheState();
    void chartsContinueAfterAResume();
    void historyShowsDurationAndLatencies();
    void reportDialogRemembersItsFolder();
    void attemptsAndProgressStayInSight();

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

// A result that took three attempts lists each one in the details pane, from a stored run and
// from a live result (whose messages are masked on the way in); a result tried once shows its
// one attempt, an unsent one none.
void TestReplayPageModel::detailsListEveryAttempt()
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(1700000000250, Qt::UTC);
    const QList<RunAttempt> attempts {
        RunAttempt {1, start, 500, {}, {}, 12, -1, 480},
        RunAttempt {2, start.addMSecs(492), 429, {}, QStringLiteral("slow down"), 7, 2000, 2000},
        RunAttempt {3, start.addMSecs(2499), 0, QStringLiteral("connection-reset"), {}, 3},
    };
    RunStore runs = (*m_ws)->store().runs();
    RunRecord record {0, 0, QStringLiteral("retried"), 0, QStringLiteral("local")};
    record.total = 2;
    const qint64 runId = runs.create(record).value();
    RunResult retried {runId, 0, 0, RunResultState::Done, 3};
    retried.attemptLog = attempts;
    RunResult skipped {runId, 1, 0, RunResultState::Done};
    skipped.skipped = true;
    QVERIFY(runs.recordBatch(runId, {{0, 0}, {1, 0}}, {retried, skipped}));

    ReplayPage page(**m_ws);
    page.resize(1024, 640);
    page.show();
    page.openStoredRun(runId);
    auto *table = page.findChild<QTableView *>(QStringLiteral("resultsTable"));
    auto *pane = page.findChild<QPlainTextEdit *>(QStringLiteral("attemptsText"));
    QVERIFY(table && pane);
    table->setCurrentIndex(table->model()->index(0, 0));
    const QStringList lines = pane->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3);
    const auto local = [](const QDateTime &at) {
        return at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    };
    QCOMPARE(lines[0],
        QStringLiteral("Attempt 1 at %1: HTTP 500 in 12 ms; waited 480 ms before the next attempt")
            .arg(local(start)));
    QCOMPARE(lines[1],
        QStringLiteral("Attempt 2 at %1: HTTP 429, Retry-After 2000 ms in 7 ms \u2014 slow down;"
                       " waited 2000 ms before the next attempt")
            .arg(local(attempts[1].startedAt)));
    QCOMPARE(lines[2],
        QStringLiteral("Attempt 3 at %1: connection dropped in 3 ms")
            .arg(local(attempts[2].startedAt)));
    QVERIFY(pane->isVisible());
    table->setCurrentIndex(table->model()->index(1, 0));
    QVERIFY(pane->toPlainText().isEmpty());
    QVERIFY(!pane->isVisible());

    ReplayResult live;
    live.attempts = 2;
    live.attemptLog = {attempts[0], attempts[1]};
    live.attemptLog[1].message = QStringLiteral("slow down, key sk-live-1234");
    const ResultRow row = ResultRow::fromLive(live, Redactor({QStringLiteral("sk-live-1234")}));
    ResultDetails details;
    details.showRow(&row);
    QVERIFY(details.attemptsText().contains(QStringLiteral("HTTP 429, Retry-After 2000 ms")));
    QVERIFY(details.attemptsText().contains(QStringLiteral("slow down, key ***")));
    QVERIFY(!details.attemptsText().contains(QStringLiteral("sk-live-1234")));
}

// A paused, cancelled or stopped run says so and gives no rate or ETA; a running one does.
void TestReplayPageModel::progressLineReadsTheState()
{
    ReplayProgress p;
    p.total = 18;
    p.done = 5;
    p.passed = 5;
    p.eventsPerSecond = 2.5;
    p.etaMs = 5200;
    p.latencyP50Ms = 4;
    p.latencyP99Ms = 9;
    p.inFlight = 1;
    using Phase = ReplayProgressText::Phase;
    QCOMPARE(ReplayProgressText::format(p),
        QStringLiteral("5/18 events · 2.5 ev/s · ETA 6 s · 5 passed, 0 failed, 0 skipped"
                       " · p50 4 ms, p99 9 ms · 1 in flight, 0 waiting to retry"));
    QCOMPARE(ReplayProgressText::format(p, Phase::Paused),
        QStringLiteral(
            "Paused · 5/18 events · 5 passed, 0 failed, 0 skipped · p50 4 ms, p99 9 ms"));
    QCOMPARE(ReplayProgressText::format(p, Phase::Cancelled),
        QStringLiteral(
            "Cancelled · 5/18 events · 5 passed, 0 failed, 0 skipped · p50 4 ms, p99 9 ms"));
    QVERIFY(ReplayProgressText::format(p, Phase::Stopped).startsWith(QStringLiteral("Stopped · ")));
}

// After a resume the results from before it are plotted first and the new ones go on from
// there: event numbers and seconds continue instead of starting over.
void TestReplayPageModel::chartsContinueAfterAResume()
{
    QVector<ResultRow> earlier, later;
    for (int i = 0; i < 5; ++i) {
        ResultRow row;
        row.position = i;
        row.outcome = ResultRow::Outcome::Passed;
        row.latencyMs = 10 + i;
        row.completedMs = 200 * i; // within the first second of the run
        row.earlier = true;
        earlier << row;
    }
    for (int i = 5; i < 8; ++i) {
        ResultRow row;
        row.position = i;
        row.outcome = ResultRow::Outcome::Passed;
        row.latencyMs = 50;
        row.completedMs = 2500; // in the run's third second
        later << row;
    }
    ReplayCharts charts;
    charts.addRows(earlier);
    charts.addRows(later);
    charts.redraw();
    QCOMPARE(charts.latencyPointCount(), 8);
    const QList<QPointF> latency = charts.latencyPoints();
    QCOMPARE(latency.at(0), QPointF(1, 10));
    QCOMPARE(latency.at(5), QPointF(6, 50)); // the first event sent after the resume
    const QList<QPointF> throughput = charts.throughputPoints();
    QCOMPARE(throughput.size(), 4); // (0, 0), then seconds 1, 2 and 3
    QCOMPARE(throughput.at(1), QPointF(1, 5));
    QCOMPARE(throughput.at(3), QPointF(3, 3));
}

// Each past run reads how long it took and its p50 and p99 latency; a run with nothing answered
// yet reads "–" instead of zero.
void TestReplayPageModel::historyShowsDurationAndLatencies()
{
    RunStore runs = (*m_ws)->store().runs();
    RunRecord record {0, 0, QStringLiteral("timed"), 0, QStringLiteral("local")};
    record.total = 20;
    record.startedAt = QDateTime::currentDateTimeUtc().addSecs(-95);
    const qint64 timed = runs.create(record).value();
    QList<QPair<int, qint64>> intents;
    QList<RunResult> results;
    for (int position = 0; position < 20; ++position) {
        intents.append({position, 0});
        results.append({timed, position, 0, RunResultState::Done, 1, 200, QString(),
            position == 19 ? 900 : 10 + position, true});
    }
    QVERIFY(runs.recordBatch(timed, intents, results));
    const qint64 fresh = runs.create({0, 0, QStringLiteral("fresh")}).value();

    RunHistoryPanel panel((*m_ws)->store());
    panel.refresh();
    auto *tree = panel.findChild<QTreeWidget *>(QStringLiteral("runHistory"));
    QVERIFY(tree);
    const auto cell = [tree](qint64 runId, const QString &header) {
        for (int column = 0; column < tree->columnCount(); ++column) {
            if (tree->headerItem()->text(column) != header)
                continue;
            for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                if (tree->topLevelItem(row)->text(0) == QString::number(runId))
                    return tree->topLevelItem(row)->text(column);
            }
        }
        return QStringLiteral("<none>");
    };
    QCOMPARE(cell(timed, QStringLiteral("p50")), QStringLiteral("19 ms"));
    QCOMPARE(cell(timed, QStringLiteral("p99")), QStringLiteral("900 ms"));
    QVERIFY2(cell(timed, QStringLiteral("Duration")).startsWith(QStringLiteral("1 min 3")),
        qPrintable(cell(timed, QStringLiteral("Duration"))));
    QCOMPARE(cell(fresh, QStringLiteral("Duration")), QStringLiteral("–"));
    QCOMPARE(cell(fresh, QStringLiteral("p50")), QStringLiteral("–"));
    QCOMPARE(RunHistoryPanel::durationText(4250), QStringLiteral("4.3 s"));
    QCOMPARE(RunHistoryPanel::durationText(42000), QStringLiteral("42 s"));
    QCOMPARE(RunHistoryPanel::durationText(3 * 3600000 + 120000), QStringLiteral("3 h 2 min"));
}

// The report dialog opens where the last report was saved; a folder removed since is not
// offered again.
void TestReplayPageModel::reportDialogRemembersItsFolder()
{
    QSettings().remove(DialogFolder::settingsKey(DialogFolder::Kind::Reports));
    QTemporaryDir reports;
    const QString fallback = DialogFolder::folder(DialogFolder::Kind::Reports);
    QVERIFY(fallback != reports.path());
    RunStore runs = (*m_ws)->store().runs();
    const qint64 runId = runs.create({0, 0, QStringLiteral("reported")}).value();
    ReplayPage page(**m_ws);
    const auto openDialog = [&page, runId] {
        page.exportWithDialog(runId);
        return page.findChild<QFileDialog *>(QStringLiteral("exportDialog"));
    };

    QFileDialog *first = openDialog();
    QVERIFY(first);
    QCOMPARE(first->directory().absolutePath(), QDir(fallback).absolutePath());
    const QString written = reports.filePath(QStringLiteral("run.xml"));
    first->selectFile(written);
    static_cast<QDialog *>(first)->accept(); // as the Save button does
    QVERIFY(QFile::exists(written));
    QTRY_VERIFY(!page.findChild<QFileDialog *>(QStringLiteral("exportDialog")));

    QFileDialog *second = openDialog();
    QVERIFY(second);
    QCOMPARE(second->directory().absolutePath(), QDir(reports.path()).absolutePath());
    QCOMPARE(second->selectedFiles().value(0),
        QDir(reports.path()).filePath(QStringLiteral("run-%1.xml").arg(runId)));
    second->reject();

    reports.remove();
    QCOMPARE(DialogFolder::folder(DialogFolder::Kind::Reports), fallback);
}

// Long attempt lines wrap instead of running off the right edge, and the pane is as tall as
// they are (no scrolling for a few attempts, one line for one); a longer progress text does not
// move the progress bar.
void TestReplayPageModel::attemptsAndProgressStayInSight()
{
    RunAttempt failed {1, QDateTime::currentDateTimeUtc(), 500, {},
        QStringLiteral("Internal server error, the upstream store did not answer in time"), 12, -1,
        750};
    ResultRow row;
    row.attempts = 4;
    row.attemptLog = {failed, failed, failed, failed};
    for (int i = 0; i < row.attemptLog.size(); ++i)
        row.attemptLog[i].number = i + 1;
    ResultDetails details;
    details.resize(420, 500);
    details.show();
    QVERIFY(QTest::qWaitForWindowExposed(&details));
    auto *pane = details.findChild<QPlainTextEdit *>(QStringLiteral("attemptsText"));
    QVERIFY(pane);
    details.showRow(&row); // four long lines: wrapped, six lines in sight, the rest scrolls
    QCOMPARE(pane->horizontalScrollBar()->maximum(), 0);
    QTRY_VERIFY(pane->verticalScrollBar()->maximum() > 0);
    const int sixLines = pane->height();
    ResultRow twice;
    twice.attempts = 2;
    const RunAttempt ok {2, QDateTime::currentDateTimeUtc(), 200, {}, {}, 3};
    twice.attemptLog = {RunAttempt {1, ok.startedAt, 500, {}, {}, 3, -1, 10}, ok};
    details.resize(900, 500);
    details.showRow(&twice);
    QTRY_COMPARE(pane->verticalScrollBar()->maximum(), 0); // both in sight
    const int twoLines = pane->height();
    QVERIFY(twoLines < sixLines);
    ResultRow once;
    once.attempts = 1;
    once.attemptLog = {ok};
    details.showRow(&once);
    QTRY_VERIFY(pane->height() < twoLines);
    QCOMPARE(pane->verticalScrollBar()->maximum(), 0);

    ReplayPage page(**m_ws);
    page.resize(1024, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *bar = page.findChild<QProgressBar *>(QStringLiteral("progressBar"));
    auto *label = page.findChild<QLabel *>(QStringLiteral("progressLabel"));
    QVERIFY(bar && label);
    const QRect before = bar->geometry();
    ReplayProgress busy;
    busy.total = 10000;
    busy.done = 9990;
    busy.passed = 9900;
    busy.failed = 90;
    busy.inFlight = 4;
    busy.waiting = 17;
    busy.eventsPerSecond = 125;
    busy.etaMs = 80000;
    busy.latencyP50Ms = 1250;
    busy.latencyP99Ms = 30000;
    label->setText(ReplayProgressText::format(busy));
    QTest::qWait(0);
    page.layout()->activate();
    QCOMPARE(bar->geometry().width(), before.width());
    QVERIFY(label->geometry().right() <= page.width());
}

QTEST_MAIN(TestReplayPageModel)
#include "tst_replaypagemodel.moc"
