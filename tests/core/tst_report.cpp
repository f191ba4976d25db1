#include "core/common/manualclock.h"
#include "core/replay/runjournal.h"
#include "core/report/csvreport.h"
#include "core/report/jsonreport.h"
#include "core/report/junitreport.h"
#include "core/report/reportcharts.h"
#include "core/report/reportwriter.h"
#include "core/report/runreport.h"
#include "core/storage/eventstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

// Reports of a stored run: JUnit counts, well-formed HTML with its table and charts (rendered
// by headless Chromium when installed), JSON and CSV with bodies, and the API key absent from
// every format even when the exchange carried it.
class TestReport final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void junitCounts();
    void htmlIsWellFormedWithRows();
    void htmlRendersInChromium();
    void jsonHasEverything();
    void csvQuotesAndRows();
    void secretAbsent_data();
    void secretAbsent();
    void chartsCountEvents();
    void formatNames();
    void attemptsInEveryFormat();
    void htmlReadsForPeople();

private:
    void record(int position, ReplayResult::Outcome outcome, int status, const QByteArray &body);
    RunReport load() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<RunStore> m_runs;
    std::unique_ptr<RunJournal> m_journal;
    qint64 m_runId = 0;
};

namespace {

const QString Secret = QStringLiteral("sk-live-7f3a9c21-SECRET");

// Rows of the sample run: passed, failed with a 500, skipped, failed with a body holding `<&`
// and a control character, passed as an explained duplicate; position 5 stays "maybe sent".
const int Events = 6;

const QDateTime AttemptsStart = QDateTime::fromMSecsSinceEpoch(1700000000250, Qt::UTC);

// Event 4 passed on its third attempt: a dropped connection, a 429 asking for two seconds
// (its message echoing the key), then 200.
QList<RunAttempt> sampleAttempts()
{
    return {
        RunAttempt {1, AttemptsStart, 0, QStringLiteral("connection-reset"), {}, 30, -1, 480},
        RunAttempt {2, AttemptsStart.addMSecs(510), 429, {}, QStringLiteral("slow down ") + Secret,
            5, 2000, 2000},
        RunAttempt {3, AttemptsStart.addMSecs(2515), 200, {}, {}, 163},
    };
}

} // namespace

void TestReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<EventStore>(&m_clock);
    QVERIFY(m_store->open(m_dir->filePath(QStringLiteral("store.db"))).ok());
    m_runs = std::make_unique<RunStore>(m_store->runs());
    m_journal = std::make_unique<RunJournal>(*m_runs);
    Redactor redactor;
    redactor.addSecret(Secret);
    m_journal->setRedactor(redactor);
    ReplayOptions options;
    auto id = m_journal->begin(
        {0, 0, QStringLiteral("checkout.events.json"), 0, QStringLiteral("staging")}, options,
        Events);
    QVERIFY(id.ok());
    m_runId = id.value();
    record(0, ReplayResult::Outcome::Passed, 200, R"({"eventType":"sent","subject":"Hello"})");
    record(1, ReplayResult::Outcome::Failed, 500,
        R"({"eventType":"sent","note":")" + Secret.toUtf8() + R"("})");
    record(2, ReplayResult::Outcome::Skipped, 0, R"({"eventType":"bad"})");
    record(3, ReplayResult::Outcome::Failed, 400, "{\"text\":\"<a & b>\x01\"}");
    record(4, ReplayResult::Outcome::Passed, 200, R"({"eventType":"sent","subject":"Again"})");
    QVERIFY(m_journal
                ->intent(m_runId,
                    PlannedEvent {5, QStringLiteral("emails"), QStringLiteral("pending"), "{}"})
                .ok());
}

void TestReport::record(
    int position, ReplayResult::Outcome outcome, int status, const QByteArray &body)
{
    m_clock.advanceMs(25);
    PlannedEvent plan {
        position, QStringLiteral("emails"), QStringLiteral("event %1").arg(position), body};
    ReplayResult r;
    r.position = position;
    r.family = plan.family;
    r.name = plan.name;
    r.outcome = outcome;
    r.dedupId = QStringLiteral("dedup-%1").arg(position);
    if (outcome != ReplayResult::Outcome::Skipped) {
        QVERIFY(m_journal->intent(m_runId, plan).ok());
        QVERIFY(m_journal->sent(m_runId, position).ok());
        r.attempts = 1;
        r.status = status;
        r.latencyMs = 3 + position * 40;
        r.exchange.url = QStringLiteral("https://api.example.com/generic/emails?api_key=") + Secret;
        r.exchange.requestHeaders
            = {{"api_key", Secret.toUtf8()}, {"Content-Type", "application/json"}};
        r.exchange.requestBody = body;
        r.exchange.status = status;
        r.exchange.responseHeaders = {{"Content-Type", "application/json"}};
        r.exchange.responseBody = R"({"message":"echo )" + Secret.toUtf8() + R"("})";
    }
    if (outcome == ReplayResult::Outcome::Failed)
        r.reason = QStringLiteral("expected status 2xx, got %1").arg(status);
    if (outcome == ReplayResult::Outcome::Skipped)
        r.reason = QStringLiteral("skipped: 1 error finding");
    if (position == 4) {
        r.duplicate = true;
        r.resent = true;
        r.attempts = 3;
        r.attemptLog = sampleAttempts();
    }
    if (position == 1)
        r.attemptLog = {RunAttempt {1, AttemptsStart, 500, {}, {}, 43}};
    QVERIFY(m_journal->finish(m_runId, plan, r).ok());
}

RunReport TestReport::load() const
{
    auto report = RunReport::load(*m_runs, m_runId);
    return report ? report.value() : RunReport();
}

void TestReport::junitCounts()
{
    QXmlStreamReader xml(ReportWriter::render(load(), ReportWriter::Format::JUnit));
    int cases = 0, failures = 0, skipped = 0;
    QString suiteTests, suiteFailures, suiteSkipped, failureText;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("testsuite")) {
            suiteTests = xml.attributes().value(QStringLiteral("tests")).toString();
            suiteFailures = xml.attributes().value(QStringLiteral("failures")).toString();
            suiteSkipped = xml.attributes().value(QStringLiteral("skipped")).toString();
        }
        cases += xml.name() == QLatin1String("testcase");
        skipped += xml.name() == QLatin1String("skipped");
        if (xml.name() == QLatin1String("failure")) {
            ++failures;
            failureText += xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(cases, Events);
    QCOMPARE(failures, 2);
    QCOMPARE(skipped, 2); // one skipped, one never finished
    QCOMPARE(suiteTests, QString::number(Events));
    QCOMPARE(suiteFailures, QStringLiteral("2"));
    QCOMPARE(suiteSkipped, QStringLiteral("2"));
    QVERIFY(failureText.contains(
        QStringLiteral("Request: POST https://api.example.com/generic/emails")));
    QVERIFY(failureText.contains(QStringLiteral("Response: 500")));
    QVERIFY(failureText.contains(QStringLiteral("<a & b>")));
}

void TestReport::htmlIsWellFormedWithRows()
{
    QXmlStreamReader xml(ReportWriter::render(load(), ReportWriter::Format::Html));
    int rows = 0, details = 0, svgs = 0, failedRows = 0, attemptTables = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("tr")
            && xml.attributes().value(QStringLiteral("class")).startsWith(QLatin1String("event"))) {
            ++rows;
            failedRows
                += xml.attributes().value(QStringLiteral("class")) == QLatin1String("event failed");
        }
        details += xml.name() == QLatin1String("details")
            && !xml.attributes().hasAttribute(QStringLiteral("class"));
        attemptTables += xml.name() == QLatin1String("details")
            && xml.attributes().value(QStringLiteral("class")) == QLatin1String("attempts");
        svgs += xml.name() == QLatin1String("svg");
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(rows, Events);
    QCOMPARE(failedRows, 2);
    QCOMPARE(details, 2 * Events);
    QCOMPARE(attemptTables, 2); // the events with attempts recorded
    QCOMPARE(svgs, 2);
}

void TestReport::htmlRendersInChromium()
{
    QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
    if (chromium.isEmpty())
        QSKIP("chromium is not installed (apt-get install chromium)");
    const QString file = m_dir->filePath(QStringLiteral("report.html"));
    QVERIFY(ReportWriter::write(load(), ReportWriter::Format::Html, file).ok());
    QProcess browser;
    browser.start(chromium,
        {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
            QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
            QStringLiteral("--user-data-dir=") + m_dir->filePath(QStringLiteral("chromium")),
            QStringLiteral("--dump-dom"), QUrl::fromLocalFile(file).toString()});
    QVERIFY(browser.waitForFinished(90000));
    QCOMPARE(browser.exitCode(), 0);
    const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
    QCOMPARE(dom.count(QStringLiteral("<tr class=\"event ")), Events);
    QCOMPARE(dom.count(QStringLiteral("<details>")), 2 * Events);
    QVERIFY(dom.contains(QStringLiteral("<svg")));
    QVERIFY(dom.contains(QStringLiteral("&lt;a &amp; b&gt;")));
}

void TestReport::jsonHasEverything()
{
    const QJsonObject o
        = QJsonDocument::fromJson(ReportWriter::render(load(), ReportWriter::Format::Json))
              .object();
    QCOMPARE(o[QStringLiteral("run")][QStringLiteral("set")].toString(),
        QStringLiteral("checkout.events.json"));
    QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("passed")].toInt(), 2);
    QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("failed")].toInt(), 2);
    QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("skipped")].toInt(), 1);
    QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("pending")].toInt(), 1);
    QCOMPARE(o[QStringLiteral("summary")][QStringLiteral("resent")].toInt(), 1);
    const QJsonArray events = o[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), Events);
    QCOMPARE(events[1][QStringLiteral("response")][QStringLiteral("status")].toInt(), 500);
    QCOMPARE(events[0][QStringLiteral("request")][QStringLiteral("body")].toString(),
        QStringLiteral(R"({"eventType":"sent","subject":"Hello"})"));
    QCOMPARE(events[2][QStringLiteral("request")][QStringLiteral("body")].toString(),
        QStringLiteral(R"({"eventType":"bad"})"));
    QCOMPARE(events[4][QStringLiteral("duplicate")].toBool(), true);
    QCOMPARE(events[5][QStringLiteral("outcome")].toString(), QStringLiteral("pending"));
}

void TestReport::csvQuotesAndRows()
{
    const QString csv = QString::fromUtf8(ReportWriter::render(load(), ReportWriter::Format::Csv));
    // Rows end with CRLF; a newline inside a quoted field is never CRLF here.
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), Events + 1);
    QVERIFY(lines[0].startsWith(QStringLiteral("position,family,name,outcome,status")));
    QVERIFY(lines[2].startsWith(QStringLiteral("1,emails,event 1,failed,500,1,43,")));
    QVERIFY(lines[2].contains(QStringLiteral(R"("{""eventType"":""sent"",""note"":""***""}")")));
    QCOMPARE(CsvReport::field(QStringLiteral("=cmd()")), QStringLiteral("'=cmd()"));
    QCOMPARE(CsvReport::field(QStringLiteral("-12")), QStringLiteral("-12"));
    QCOMPARE(CsvReport::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
}

void TestReport::secretAbsent_data()
{
    QTest::addColumn<int>("format");
    for (auto f : {ReportWriter::Format::JUnit, ReportWriter::Format::Json,
             ReportWriter::Format::Html, ReportWriter::Format::Csv})
        QTest::newRow(qPrintable(ReportWriter::formatName(f))) << int(f);
}

void TestReport::secretAbsent()
{
    QFETCH(int, format);
    const QString file = m_dir->filePath(QStringLiteral("report.out"));
    QVERIFY(ReportWriter::write(load(), ReportWriter::Format(format), file).ok());
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray text = in.readAll();
    QVERIFY(text.size() > 1000);
    QVERIFY(!text.contains(Secret.toUtf8()));
    QVERIFY(!text.contains("7f3a9c21"));
    QVERIFY(text.contains("***"));
    // Even a row written without redaction is masked when the report knows the key.
    RunResult raw = m_runs->results(m_runId).value().at(0);
    raw.requestBody = "{\"k\":\"" + Secret.toUtf8() + "\"}";
    const RunReport again
        = RunReport::fromRows(m_runs->run(m_runId).value(), {raw}, Redactor({Secret}));
    QVERIFY(!ReportWriter::render(again, ReportWriter::Format(format)).contains(Secret.toUtf8()));
}

void TestReport::chartsCountEvents()
{
    const RunReport report = load();
    double histogram = 0;
    for (const auto &bar : ReportCharts::latencyHistogram(report))
        histogram += bar.value;
    QCOMPARE(histogram, 4.0); // sent and final: the skipped one has no latency
    const auto bars = ReportCharts::latencyHistogram(report);
    QCOMPARE(bars.at(2).value, 1.0); // 3 ms
    QVERIFY(!ReportCharts::throughput(report).isEmpty());
}

void TestReport::formatNames()
{
    QCOMPARE(
        ReportWriter::formatFromName(QStringLiteral("HTML")).value(), ReportWriter::Format::Html);
    QCOMPARE(ReportWriter::formatFromName(QStringLiteral("xml")).error().code,
        QStringLiteral("report-format"));
    QCOMPARE(JUnitReport::xmlSafe(QStringLiteral("a\x01"
                                                 "b")),
        QStringLiteral("a\uFFFDb"));
}

// Each attempt of an event, with its time, answer, latency and the wait that followed, reaches
// the JSON events, the JUnit <system-out> (passed and failed) and a table in the HTML page.
void TestReport::attemptsInEveryFormat()
{
    const RunReport report = load();
    const QJsonArray events = JsonReport::toJson(report)[QStringLiteral("events")].toArray();
    const QJsonArray log = events[4][QStringLiteral("attemptLog")].toArray();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log[0][QStringLiteral("error")].toString(), QStringLiteral("connection-reset"));
    QVERIFY(log[0][QStringLiteral("status")].isNull());
    QCOMPARE(
        log[0][QStringLiteral("startedAt")].toString(), QStringLiteral("2023-11-14T22:13:20.250Z"));
    QCOMPARE(log[0][QStringLiteral("waitBeforeNextMs")].toInt(), 480);
    QCOMPARE(log[1][QStringLiteral("status")].toInt(), 429);
    QCOMPARE(log[1][QStringLiteral("retryAfterMs")].toInt(), 2000);
    QCOMPARE(log[1][QStringLiteral("message")].toString(), QStringLiteral("slow down ***"));
    QCOMPARE(log[2][QStringLiteral("latencyMs")].toInt(), 163);
    QVERIFY(log[2][QStringLiteral("waitBeforeNextMs")].isNull());
    QCOMPARE(events[0][QStringLiteral("attemptLog")].toArray().size(), 0);

    QXmlStreamReader xml(ReportWriter::render(report, ReportWriter::Format::JUnit));
    QHash<QString, QString> systemOut; // testcase name -> its <system-out>
    QString testcase;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("testcase"))
            testcase = xml.attributes().value(QStringLiteral("name")).toString();
        if (xml.name() == QLatin1String("system-out"))
            systemOut[testcase] = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    const QString passed = systemOut.value(QStringLiteral("#5 event 4"));
    QVERIFY2(passed.contains(QStringLiteral("Attempt 1 at 2023-11-14 22:13:20.250 UTC: "
                                            "connection-reset after 30 ms; waited 480 ms")),
        qPrintable(passed));
    QVERIFY(passed.contains(QStringLiteral("Attempt 2 at 2023-11-14 22:13:20.760 UTC: HTTP 429"
                                           " (Retry-After 2000 ms) after 5 ms \u2014 slow down ***;"
                                           " waited 2000 ms")));
    QVERIFY(passed.contains(QStringLiteral("Attempt 3 at 2023-11-14 22:13:22.765 UTC: HTTP 200")));
    QVERIFY(systemOut.value(QStringLiteral("#2 event 1"))
                .contains(QStringLiteral("Attempt 1 at 2023-11-14 22:13:20.250 UTC: HTTP 500")));

    const QString html
        = QString::fromUtf8(ReportWriter::render(report, ReportWriter::Format::Html));
    QCOMPARE(html.count(QStringLiteral("<tr class=\"attempt\">")), 4);
    QVERIFY(html.contains(QStringLiteral("<td>2000 ms</td>")));
    QVERIFY(html.contains(QStringLiteral("<td>connection-reset</td>")));
}

// The HTML page lists the options as a table, gives every chart axis and figure its unit and
// numbers events from 1, as the GUI and the JUnit test names do.
void TestReport::htmlReadsForPeople()
{
    QXmlStreamReader xml(ReportWriter::render(load(), ReportWriter::Format::Html));
    QHash<QString, QString> options; // option -> value, from table#options
    QStringList chartTexts, firstCells;
    QString table, chart, option;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("table"))
            table.clear();
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto attributes = xml.attributes();
        if (xml.name() == QLatin1String("table"))
            table = attributes.value(QStringLiteral("id")).toString();
        if (xml.name() == QLatin1String("svg"))
            chart = attributes.value(QStringLiteral("id")).toString();
        if (table == QLatin1String("options") && xml.name() == QLatin1String("th"))
            option = xml.readElementText();
        else if (table == QLatin1String("options") && xml.name() == QLatin1String("td"))
            options[option] = xml.readElementText();
        else if (xml.name() == QLatin1String("text"))
            chartTexts << chart + QLatin1Char(':') + xml.readElementText();
        else if (xml.name() == QLatin1String("tr")
            && attributes.value(QStringLiteral("class")).startsWith(QLatin1String("event"))) {
            xml.readNextStartElement(); // the row's first cell: its number
            firstCells << xml.readElementText();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(options.value(QStringLiteral("concurrency")), QStringLiteral("4"));
    QCOMPARE(options.value(QStringLiteral("retry.maxAttempts")), QStringLiteral("5"));
    QCOMPARE(options.value(QStringLiteral("dryRun")), QStringLiteral("no"));
    const QString html
        = QString::fromUtf8(ReportWriter::render(load(), ReportWriter::Format::Html));
    QVERIFY(!html.contains(QStringLiteral("{\"concurrency\"")));
    QVERIFY(!html.contains(QStringLiteral("&quot;concurrency&quot;")));
    QVERIFY2(chartTexts.contains(QStringLiteral("latency:latency (ms)")),
        qPrintable(chartTexts.join(QLatin1Char('|'))));
    QVERIFY(chartTexts.contains(QStringLiteral("latency:events")));
    QVERIFY(chartTexts.contains(QStringLiteral("throughput:time since the start (s)")));
    QVERIFY(chartTexts.contains(QStringLiteral("throughput:events/s")));
    for (const QString &text : std::as_const(chartTexts)) {
        if (text.contains(QStringLiteral("max ")))
            QVERIFY2(text.endsWith(QStringLiteral(" events"))
                    || text.endsWith(QStringLiteral(" events/s")),
                qPrintable(text));
    }
    QVERIFY(html.contains(QStringLiteral("<title>0\u20131 ms: 0 events</title>")));
    QCOMPARE(firstCells,
        (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
            QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
