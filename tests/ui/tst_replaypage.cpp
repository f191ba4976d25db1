#include "tests/support/testworkspace.h"

#include "ui/replay/replaycharts.h"
#include "ui/replay/replaypage.h"
#include "ui/replay/replayrunner.h"
#include "ui/replay/resultdetails.h"
#include "ui/replay/resultsmodel.h"
#include "ui/replay/runhistorypanel.h"

#include "core/receiver/receiver.h"
#include "core/storage/eventstore.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {
constexpr int SampleCount = 18;
constexpr int RunTimeoutMs = 30000;
const QByteArray Secret = QByteArrayLiteral("sk-replay-secret-4711");
} // namespace

// Drives the replay page by object name against the local receiver on a free port.
class TestReplayPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void replaysSamplesThroughTheControls();
    void detailsShowBodiesWithTheKeyMasked();
    void freshIdsRunDiffsAgainstTheFirst();
    void dryRunSendsNothing();
    void pauseThenResumeCompletes();
    void cancelLeavesAResumableRun();
    void exportWritesJUnit();
    void exportFormats_data();
    void exportFormats();
    void modelPassesTesterDuringALiveRun();
    void shortcutsDriveTheRun();
    void screenshot();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_page->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    qint64 runToEnd(ReplayEngine::Finish expected = ReplayEngine::Finish::Completed);
    RunRecord storedRun(qint64 runId) const;

    std::unique_ptr<TestWorkspace> m_ws;
    ReplayPage *m_page = nullptr;
};

void TestReplayPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("EVENTSMITH_API_KEY", Secret);
}

void TestReplayPage::init()
{
    m_ws = std::make_unique<TestWorkspace>(true);
    QVERIFY((*m_ws)->receiver().isListening());
    m_page = new ReplayPage(**m_ws);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestReplayPage::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_ws.reset();
}

// Clicks Start and waits for the run to end; returns its id.
qint64 TestReplayPage::runToEnd(ReplayEngine::Finish expected)
{
    QSignalSpy finished(m_page, &ReplayPage::runFinished);
    auto *start = child<QPushButton>("startButton");
    if (!start || !start->isEnabled())
        return -1;
    QTest::mouseClick(start, Qt::LeftButton);
    if (!finished.wait(RunTimeoutMs) && finished.isEmpty())
        return -2;
    if (finished.constFirst().at(1).value<ReplayEngine::Finish>() != expected)
        return -3;
    return finished.constFirst().at(0).toLongLong();
}

RunRecord TestReplayPage::storedRun(qint64 runId) const
{
    const auto run = (*m_ws)->store().runs().run(runId);
    return run ? run.value() : RunRecord();
}

void TestReplayPage::replaysSamplesThroughTheControls()
{
    const qint64 runId = runToEnd();
    QVERIFY2(runId > 0, qPrintable(QString::number(runId)));
    auto *progress = child<QProgressBar>("progressBar");
    QCOMPARE(progress->maximum(), SampleCount);
    QCOMPARE(progress->value(), progress->maximum());
    QVERIFY(child<QLabel>("progressLabel")->text().contains(QStringLiteral("18/18")));
    ResultsModel *model = m_page->resultsModel();
    QCOMPARE(model->rowCount(), SampleCount);
    QCOMPARE(child<QTableView>("resultsTable")->model()->rowCount(), SampleCount);
    for (int row = 0; row < SampleCount; ++row) {
        QCOMPARE(model->rowAt(row)->position, row);
        QCOMPARE(model->index(row, ResultsModel::Status).data().toInt(), 200);
        QCOMPARE(model->rowAt(row)->outcome, ResultRow::Outcome::Passed);
    }
    const RunRecord run = storedRun(runId);
    QCOMPARE(run.state, RunState::Completed);
    QCOMPARE(run.passed, SampleCount);
    QCOMPARE(run.setId, (*m_ws)->samplesSetId());
    QCOMPARE(m_page->history()->runCount(), 1);
    QCOMPARE((*m_ws)->receiver().inbox().size(), SampleCount);
    m_page->charts()->redraw();
    QCOMPARE(m_page->charts()->latencyPointCount(), SampleCount);
    QVERIFY(m_page->charts()->throughputPointCount() >= 2); // from (0, 0) to the first second
}

void TestReplayPage::detailsShowBodiesWithTheKeyMasked()
{
    QVERIFY(runToEnd() > 0);
    auto *table = child<QTableView>("resultsTable");
    table->setCurrentIndex(table->model()->index(3, 0));
    const QString request = child<QPlainTextEdit>("requestText")->toPlainText();
    const QString response = child<QPlainTextEdit>("responseText")->toPlainText();
    QVERIFY2(request.startsWith(QStringLiteral("POST http://127.0.0.1:")), qPrintable(request));
    QVERIFY(request.contains(QStringLiteral("eventTimestamp")));
    QVERIFY(request.contains(QStringLiteral("***")));
    QVERIFY(response.startsWith(QStringLiteral("HTTP 200")));
    QVERIFY(!request.contains(QString::fromLatin1(Secret)));
    QVERIFY(!response.contains(QString::fromLatin1(Secret)));
    // The same run reopened from the store shows the same masked exchange.
    m_page->openStoredRun(m_page->currentRunId());
    QCOMPARE(m_page->resultsModel()->rowCount(), SampleCount);
    table->setCurrentIndex(table->model()->index(3, 0));
    const QString stored = child<QPlainTextEdit>("requestText")->toPlainText();
    QVERIFY(stored.contains(QStringLiteral("eventTimestamp")));
    QVERIFY(!stored.contains(QString::fromLatin1(Secret)));
}

void TestReplayPage::freshIdsRunDiffsAgainstTheFirst()
{
    const qint64 first = runToEnd();
    QVERIFY(first > 0);
    child<QCheckBox>("freshIdsCheck")->setChecked(true);
    const qint64 second = runToEnd();
    QVERIFY(second > first);
    // Events that carry an eventId get a run-specific one, so the receiver does not see them
    // again (crm events deduplicate on their own fields and may still be duplicates).
    const ResultRow *email = m_page->resultsModel()->rowAt(0);
    QCOMPARE(email->family, QStringLiteral("emails"));
    QVERIFY(email->requestBody.contains("\"eventId\""));
    QVERIFY(!email->responseBody.contains("\"duplicate\":true"));
    // Every answer a 500 and no retries: the third run breaks every event.
    ReceiverSettings settings = (*m_ws)->receiver().settings();
    settings.faults.serverErrorRate = 1.0;
    (*m_ws)->receiver().setSettings(settings);
    child<QSpinBox>("retriesSpin")->setValue(0);
    const qint64 third = runToEnd();
    QVERIFY(third > second);
    QCOMPARE(storedRun(third).failed, SampleCount);
    RunHistoryPanel *history = m_page->history();
    QCOMPARE(history->runCount(), 3);
    auto *compare = child<QPushButton>("compareRunsButton");
    auto *diff = child<QTableWidget>("runDiffTable");
    history->selectRuns({first, second});
    QVERIFY(compare->isEnabled());
    QTest::mouseClick(compare, Qt::LeftButton);
    QCOMPARE(diff->rowCount(), 0);
    QVERIFY(child<QLabel>("diffSummary")->text().contains(QStringLiteral("no event changed")));
    history->selectRuns({first, third});
    QTest::mouseClick(compare, Qt::LeftButton);
    QCOMPARE(diff->rowCount(), SampleCount);
    QCOMPARE(diff->item(0, 1)->text(), m_page->resultsModel()->rowAt(0)->name);
    QVERIFY(!diff->item(0, 1)->text().isEmpty());
    QCOMPARE(diff->item(0, 2)->text(), QStringLiteral("broken"));
    QCOMPARE(diff->item(0, 3)->text(), QStringLiteral("outcome, status, reason"));
    QVERIFY(diff->item(0, 5)->text().contains(QStringLiteral("500")));
}

void TestReplayPage::dryRunSendsNothing()
{
    child<QCheckBox>("dryRunCheck")->setChecked(true);
    QCOMPARE(runToEnd(), 0); // no run is stored
    QCOMPARE(m_page->resultsModel()->rowCount(), SampleCount);
    QCOMPARE((*m_ws)->receiver().inbox().size(), 0);
    QCOMPARE(m_page->history()->runCount(), 0);
    QVERIFY(m_page->messageBar()->text().startsWith(QStringLiteral("Dry run")));
}

void TestReplayPage::pauseThenResumeCompletes()
{
    child<QSpinBox>("concurrencySpin")->setValue(1);
    child<QDoubleSpinBox>("rateSpin")->setValue(10);
    QSignalSpy finished(m_page, &ReplayPage::runFinished);
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->resultsModel()->rowCount() >= 1, RunTimeoutMs);
    auto *pause = child<QPushButton>("pauseButton");
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), QStringLiteral("Resume"));
    QVERIFY(!child<QPushButton>("startButton")->isEnabled());
    QTRY_COMPARE(storedRun(m_page->currentRunId()).state, RunState::Paused);
    QVERIFY(finished.isEmpty());
    // Paused reads "Paused", with no rate or ETA, also after the progress ticks of the pause.
    QSignalSpy ticks(m_page->findChild<ReplayRunner *>(), &ReplayRunner::progressChanged);
    QVERIFY(ticks.wait(RunTimeoutMs));
    const QString line = child<QLabel>("progressLabel")->text();
    QVERIFY2(line.startsWith(QStringLiteral("Paused · ")), qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("ETA")) && !line.contains(QStringLiteral("ev/s")));
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(pause->text(), QStringLiteral("Pause"));
    QVERIFY(finished.wait(RunTimeoutMs) || !finished.isEmpty());
    QCOMPARE(
        finished.constFirst().at(1).value<ReplayEngine::Finish>(), ReplayEngine::Finish::Completed);
    QCOMPARE(m_page->resultsModel()->rowCount(), SampleCount);
    QCOMPARE(storedRun(m_page->currentRunId()).passed, SampleCount);
}

void TestReplayPage::cancelLeavesAResumableRun()
{
    child<QSpinBox>("concurrencySpin")->setValue(1);
    child<QDoubleSpinBox>("rateSpin")->setValue(5);
    QSignalSpy finished(m_page, &ReplayPage::runFinished);
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->resultsModel()->rowCount() >= 1, RunTimeoutMs);
    QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(
        finished.constFirst().at(1).value<ReplayEngine::Finish>(), ReplayEngine::Finish::Cancelled);
    const qint64 runId = finished.constFirst().at(0).toLongLong();
    const RunRecord cancelled = storedRun(runId);
    QCOMPARE(cancelled.state, RunState::Cancelled);
    QVERIFY(cancelled.done < SampleCount);
    QVERIFY(m_page->messageBar()->text().contains(QStringLiteral("cancelled")));
    const QString line = child<QLabel>("progressLabel")->text();
    QVERIFY2(line.startsWith(QStringLiteral("Cancelled · ")), qPrintable(line));
    QVERIFY(!line.contains(QStringLiteral("ETA")));
    // Resume it from the history: the rest is sent and the run completes.
    m_page->history()->selectRuns({runId});
    auto *resume = child<QPushButton>("resumeRunButton");
    QVERIFY(resume->isEnabled());
    QTest::mouseClick(resume, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, RunTimeoutMs);
    QCOMPARE(finished.at(1).at(0).toLongLong(), runId);
    const RunRecord done = storedRun(runId);
    QCOMPARE(done.state, RunState::Completed);
    QCOMPARE(done.passed, SampleCount);
    QCOMPARE(m_page->resultsModel()->rowCount(), SampleCount);
    for (int row = 0; row < SampleCount; ++row) {
        const ResultRow *result = m_page->resultsModel()->rowAt(row);
        QCOMPARE(result->position, row);
        // Results finished before the resume keep their exchange, from the store.
        QVERIFY2(result->requestBody.contains("eventTimestamp"), qPrintable(QString::number(row)));
        QVERIFY(!result->responseBody.isEmpty());
        QVERIFY(!result->requestBody.contains(Secret));
    }
    QCOMPARE(m_page->resultsModel()->rowAt(0)->earlier, true);
    // The charts go on with the run: every event is plotted once, not only those sent last.
    m_page->charts()->redraw();
    QCOMPARE(m_page->charts()->latencyPointCount(), SampleCount);
}

void TestReplayPage::exportWritesJUnit()
{
    const qint64 runId = runToEnd();
    QVERIFY(runId > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("run.xml"));
    const auto written = m_page->exportRun(runId, ReportWriter::Format::JUnit, path);
    QVERIFY2(written, qPrintable(written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray xml = file.readAll();
    QVERIFY(!xml.contains(Secret));
    QXmlStreamReader reader(xml);
    int testcases = 0, failures = 0, suiteTests = -1;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("testsuite"))
            suiteTests = reader.attributes().value(QStringLiteral("tests")).toInt();
        testcases += reader.name() == QLatin1String("testcase");
        failures += reader.name() == QLatin1String("failure");
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(testcases, SampleCount);
    QCOMPARE(suiteTests, SampleCount);
    QCOMPARE(failures, 0);
}

void TestReplayPage::exportFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("marker");
    QTest::newRow("html") << int(ReportWriter::Format::Html) << QByteArray("<html");
    QTest::newRow("json") << int(ReportWriter::Format::Json) << QByteArray("{");
    QTest::newRow("csv") << int(ReportWriter::Format::Csv) << QByteArray(",");
}

void TestReplayPage::exportFormats()
{
    QFETCH(int, format);
    QFETCH(QByteArray, marker);
    const qint64 runId = runToEnd();
    QVERIFY(runId > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report"));
    QVERIFY(m_page->exportRun(runId, ReportWriter::Format(format), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains(marker));
    QVERIFY(!text.contains(Secret));
    if (format == int(ReportWriter::Format::Json)) {
        const QJsonObject root = QJsonDocument::fromJson(text).object();
        QCOMPARE(root.value(QStringLiteral("events")).toArray().size(), SampleCount);
    }
    if (format == int(ReportWriter::Format::Csv))
        QCOMPARE(text.count("\r\n"), SampleCount + 1); // a header and one record per event
    QVERIFY(!m_page->exportRun(runId + 1000, ReportWriter::Format(format), path));
}

void TestReplayPage::modelPassesTesterDuringALiveRun()
{
    QAbstractItemModelTester tester(
        m_page->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    child<QSpinBox>("concurrencySpin")->setValue(8);
    QVERIFY(runToEnd() > 0);
    QCOMPARE(m_page->resultsModel()->rowCount(), SampleCount);
    m_page->openStoredRun(m_page->currentRunId());
    QCOMPARE(m_page->resultsModel()->rowCount(), SampleCount);
}

void TestReplayPage::shortcutsDriveTheRun()
{
    auto *start = child<QAction>("startAction");
    auto *pause = child<QAction>("pauseAction");
    auto *cancel = child<QAction>("cancelAction");
    QVERIFY(start->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(pause->shortcuts().contains(QKeySequence(Qt::Key_F6)));
    QVERIFY(cancel->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
    QVERIFY(cancel->shortcuts().contains(QKeySequence(Qt::SHIFT | Qt::Key_F5)));
    child<QDoubleSpinBox>("rateSpin")->setValue(5);
    child<QSpinBox>("concurrencySpin")->setValue(1);
    QSignalSpy finished(m_page, &ReplayPage::runFinished);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    QTest::keyClick(m_page, Qt::Key_F5);
    QVERIFY(m_page->isRunning());
    QTest::keyClick(m_page, Qt::Key_F6);
    QCOMPARE(child<QPushButton>("pauseButton")->text(), QStringLiteral("Resume"));
    QTest::keyClick(m_page, Qt::Key_Escape);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(
        finished.constFirst().at(1).value<ReplayEngine::Finish>(), ReplayEngine::Finish::Cancelled);
}

void TestReplayPage::screenshot()
{
    child<QSpinBox>("concurrencySpin")->setValue(2);
    child<QDoubleSpinBox>("rateSpin")->setValue(12);
    QVERIFY(runToEnd() > 0);
    auto *table = child<QTableView>("resultsTable");
    table->setCurrentIndex(table->model()->index(0, 0));
    m_page->charts()->redraw();
    QTest::qWait(50);
    const QString path = QStringLiteral(EVENTSMITH_BINARY_DIR "/replaypage.png");
    QVERIFY(m_page->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
    QVERIFY(runToEnd() > 0);
    m_page->history()->selectRuns({1, 2});
    QTest::mouseClick(child<QPushButton>("compareRunsButton"), Qt::LeftButton);
    child<QTabWidget>("replayTabs")->setCurrentIndex(1);
    QVERIFY(m_page->grab().save(QStringLiteral(EVENTSMITH_BINARY_DIR "/replaypage-history.png")));
}

QTEST_MAIN(TestReplayPage)
#include "tst_replaypage.moc"
