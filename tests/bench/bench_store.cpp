// bench_store [events=1000000] [work-dir]: bulk insert through EventStore against the sqlite3
// shell reading the same rows as one SQL file in one transaction, then open + first page,
// a search for a word in 1% of the events, counts and a deep keyset page on the result.
// Wall times depend on what else the machine runs; the CPU times printed beside them do less.
#include "storage/eventstore.h"
#include "storage/schemamigrator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <random>

namespace {

// Events per bulkInsert() transaction; BENCH_STORE_BATCH overrides it.
const int BatchSize = qEnvironmentVariableIntValue("BENCH_STORE_BATCH") > 0
    ? qEnvironmentVariableIntValue("BENCH_STORE_BATCH")
    : 50000;
const QString MarkerWord = QStringLiteral("zanzibar"); // in 1% of the events

const QStringList words = QStringLiteral(
    "the a to of and in for on with we our your you this that it is be are as at from by "
    "pricing demo team quarter pipeline renewal contract budget meeting proposal follow up "
    "next steps integration onboarding customer account revenue forecast roadmap feature "
    "launch campaign webinar trial discount security review legal approval timeline "
    "stakeholder champion decision process procurement invoice usage seats expansion churn "
    "support ticket feedback survey analytics dashboard report export import sync crm data "
    "quality enrichment lead prospect outreach sequence reply bounce open click schedule "
    "call agenda notes summary action items owner deadline priority risk blocker question "
    "answer thanks regards hello hi great sounds good perfect let me know happy to help "
    "café résumé naïve déjà")
                              .split(QLatin1Char(' '));
const QStringList firstNames {"Ann", "Bob", "Chloé", "Dmitri", "Eve", "Farah", "Gus", "Hiro",
    "Inès", "Jamal", "Kai", "Lena", "Marta", "Noah", "Olu", "Priya"};
const QStringList lastNames {"Smith", "Okafor", "Müller", "Tanaka", "Garcia", "Rossi", "Dubois",
    "Nowak", "Kim", "Silva", "Khan", "Berg"};
const QStringList companies {"acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne",
    "soylent", "tyrell", "cyberdyne"};
const QStringList emailTypes {"sent", "reply", "opened", "clicked", "bounced", "unsubscribed"};
const QStringList callTypes {"transcript", "scheduled", "completed", "missed"};
const QStringList crmTypes {"opportunity_created", "deal_won", "deal_lost", "meeting_booked"};
const QStringList socialTypes {
    "connection_sent", "connection_accepted", "message_sent", "message_received"};

// Builds event i from a generator seeded with i, so both runs see identical rows.
class EventFactory
{
public:
    StoredEvent make(qint64 i)
    {
        m_rng.seed(quint64(i) * 0x9E3779B97F4A7C15ull + 12345);
        m_marker = i % 100 == 37;
        StoredEvent e;
        const int roll = pick(10);
        e.family = roll < 4 ? "emails" : roll < 6 ? "calls" : roll < 8 ? "crm" : "social";
        const QString person = pickOf(firstNames) + ' ' + pickOf(lastNames);
        const QString stamp = QStringLiteral("2024-%1-%2T%3:%4:00Z")
                                  .arg(1 + pick(12), 2, 10, QLatin1Char('0'))
                                  .arg(1 + pick(28), 2, 10, QLatin1Char('0'))
                                  .arg(pick(24), 2, 10, QLatin1Char('0'))
                                  .arg(pick(60), 2, 10, QLatin1Char('0'));
        if (e.family == QLatin1String("emails"))
            e.payload = email(e.subType = pickOf(emailTypes), stamp, person);
        else if (e.family == QLatin1String("calls"))
            e.payload = call(e.subType = pickOf(callTypes), stamp, person);
        else if (e.family == QLatin1String("crm"))
            e.payload = crm(e.subType = pickOf(crmTypes), stamp, person);
        else
            e.payload = social(e.subType = pickOf(socialTypes), stamp, person);
        e.name = QStringLiteral("%1 %2 – %3 #%4").arg(e.family, e.subType, person).arg(i);
        if (pick(10) > 0)
            e.dedupId = QString::number(m_rng(), 16) + QString::number(m_rng(), 16);
        e.validity = pick(10) == 0 ? EventValidity::Invalid : EventValidity::Valid;
        e.createdAt = QDateTime::fromMSecsSinceEpoch(1706956200000 + i * 1000, Qt::UTC);
        e.updatedAt = e.createdAt;
        return e;
    }

private:
    int pick(int n) { return int(m_rng() % quint64(n)); }
    const QString &pickOf(const QStringList &list) { return list.at(pick(list.size())); }
    // Between `low` and `high` words, spread evenly on a log scale (mostly short texts).
    QString text(int low, int high)
    {
        std::uniform_real_distribution<double> u(std::log(low), std::log(high));
        const int n = int(std::exp(u(m_rng)));
        QString out;
        for (int w = 0; w < n; ++w)
            out += (w ? QStringLiteral(" ") : QString()) + pickOf(words);
        if (m_marker) {
            out += QLatin1Char(' ') + MarkerWord;
            m_marker = false;
        }
        return out;
    }
    QString address(const QString &person)
    {
        return QStringLiteral("{\"email\":\"%1@%2.com\",\"name\":\"%3\"}")
            .arg(person.section(' ', 0, 0).toLower(), pickOf(companies), person);
    }
    QString email(const QString &type, const QString &stamp, const QString &person)
    {
        return QStringLiteral("{\"eventTimestamp\":\"%1\",\"eventType\":\"%2\",\"subject\":\"%3\","
                              "\"body\":{\"text\":\"%4\"},\"from\":%5,\"to\":[%6],"
                              "\"conversationId\":\"conv-%7\"}")
            .arg(stamp, type, text(3, 9), text(25, 650), address(person),
                address(pickOf(firstNames) + " " + pickOf(lastNames)))
            .arg(m_rng() % 1000000);
    }
    QString call(const QString &type, const QString &stamp, const QString &person)
    {
        QStringList entries;
        const int n = 2 + pick(14);
        for (int k = 0; k < n; ++k)
            entries << QStringLiteral("{\"speaker\":\"%1\",\"text\":\"%2\"}")
                           .arg(k % 2 ? person : QStringLiteral("Rep"), text(4, 40));
        return QStringLiteral("{\"eventTimestamp\":\"%1\",\"eventType\":\"%2\",\"title\":\"%3\","
                              "\"transcript\":[%4],\"participants\":[%5],\"duration\":%6}")
            .arg(stamp, type, text(2, 6), entries.join(','), address(person))
            .arg(60 + pick(3600));
    }
    QString crm(const QString &type, const QString &stamp, const QString &person)
    {
        return QStringLiteral("{\"eventTimestamp\":\"%1\",\"eventType\":\"%2\","
                              "\"opportunityId\":\"opp-%3\",\"opportunityName\":\"%4\","
                              "\"amount\":%5,\"stage\":\"%6\",\"accountName\":\"%7\","
                              "\"contactName\":\"%8\"}")
            .arg(stamp, type)
            .arg(m_rng() % 10000000)
            .arg(text(2, 5))
            .arg(1000 + pick(200000))
            .arg(text(1, 3), pickOf(companies), person);
    }
    QString social(const QString &type, const QString &stamp, const QString &person)
    {
        return QStringLiteral("{\"eventTimestamp\":\"%1\",\"eventType\":\"%2\",\"body\":"
                              "{\"text\":\"%3\"},\"from\":%4,\"to\":[%5]}")
            .arg(stamp, type, text(8, 150), address(person),
                address(pickOf(firstNames) + " " + pickOf(lastNames)));
    }

    std::mt19937_64 m_rng;
    bool m_marker = false;
};

QString sqlText(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// CPU seconds (user + system) used so far by this process or by its waited-for children.
double cpuSeconds(int who)
{
    rusage usage {};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

void printRate(const char *what, qint64 n, qint64 ms)
{
    std::printf("%-34s %9lld rows in %8.2f s = %9.0f rows/s\n", what, (long long)n, ms / 1000.0,
        n * 1000.0 / std::max<qint64>(ms, 1));
}

bool openStore(EventStore &store, const QString &path)
{
    auto opened = store.open(path);
    if (!opened)
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().message));
    return opened.ok();
}

// Returns the insert time in ms (bulk batches plus the closing checkpoint), -1 on failure.
qint64 insertThroughStore(const QString &path, qint64 n, double &avgPayload, double &cpu)
{
    EventStore store;
    if (!openStore(store, path))
        return -1;
    EventFactory factory;
    qint64 elapsed = 0;
    cpu = 0;
    double bytes = 0;
    for (qint64 first = 0; first < n; first += BatchSize) {
        QList<StoredEvent> batch;
        for (qint64 i = first; i < std::min(n, first + BatchSize); ++i) {
            batch << factory.make(i);
            bytes += batch.constLast().payload.toUtf8().size();
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        auto ids = store.bulkInsert(batch);
        elapsed += timer.elapsed();
        cpu += cpuSeconds(RUSAGE_SELF) - cpuBefore;
        if (!ids) {
            std::fprintf(stderr, "bulk insert failed: %s\n", qPrintable(ids.error().message));
            return -1;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds(RUSAGE_SELF);
    store.close();
    cpu += cpuSeconds(RUSAGE_SELF) - cpuBefore;
    avgPayload = bytes / std::max<qint64>(n, 1);
    return elapsed + timer.elapsed();
}

bool writeSqlFile(const QString &sqlPath, qint64 n)
{
    QFile file(sqlPath);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << "PRAGMA synchronous = NORMAL;\nPRAGMA foreign_keys = ON;\nBEGIN;\n";
    EventFactory factory;
    for (qint64 i = 0; i < n; ++i) {
        const StoredEvent e = factory.make(i);
        out << "INSERT INTO events (family, sub_type, name, payload, dedup_id, validity,"
               " created_at, updated_at) VALUES ("
            << sqlText(e.family) << ',' << sqlText(e.subType) << ',' << sqlText(e.name) << ','
            << sqlText(e.payload) << ',' << sqlText(e.dedupId) << ',' << int(e.validity) << ','
            << e.createdAt.toMSecsSinceEpoch() << ',' << e.updatedAt.toMSecsSinceEpoch() << ");\n";
    }
    out << "COMMIT;\n";
    return out.status() == QTextStream::Ok;
}

// Same schema (created by the store), then `sqlite3 db < file`; returns ms, -1 on failure.
qint64 insertThroughShell(const QString &dbPath, const QString &sqlPath, double &cpu)
{
    {
        EventStore store;
        if (!openStore(store, dbPath))
            return -1;
    }
    QProcess shell;
    shell.setStandardInputFile(sqlPath);
    shell.setProcessChannelMode(QProcess::ForwardedChannels);
    const double cpuBefore = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer timer;
    timer.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), dbPath});
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        return -1;
    cpu = cpuSeconds(RUSAGE_CHILDREN) - cpuBefore;
    return timer.elapsed();
}

template<typename F>
double timeMs(F &&f)
{
    QElapsedTimer timer;
    timer.start();
    f();
    return timer.nsecsElapsed() / 1e6;
}

void measureQueries(const QString &path, qint64 n)
{
    EventStore store;
    int firstPage = 0;
    const double openMs = timeMs([&] {
        if (openStore(store, path))
            firstPage = store.pageAfter(0, 100).value().size();
    });
    std::printf("open + first page (%d rows)          %8.1f ms   (target < 100 ms: %s)\n",
        firstPage, openMs, openMs < 100 ? "met" : "MISSED");
    int hits = 0;
    const double searchMs = timeMs([&] { hits = store.search(MarkerWord, 0, 100).value().size(); });
    std::printf("search \"%s\" first page (%d rows) %8.1f ms   (target < 200 ms: %s)\n",
        qPrintable(MarkerWord), hits, searchMs, searchMs < 200 ? "met" : "MISSED");
    qint64 all = 0;
    const double matchesMs = timeMs([&] {
        qint64 last = 0;
        for (QList<StoredEvent> page;
             !(page = store.search(MarkerWord, last, 1000).value()).isEmpty();
             last = page.constLast().id)
            all += page.size();
    });
    std::printf("search, every match (%lld = %.2f%%)     %8.1f ms\n", (long long)all,
        100.0 * all / std::max<qint64>(n, 1), matchesMs);
    qint64 count = 0, emails = 0;
    const double countMs = timeMs([&] { count = store.count().value(); });
    const double familyMs = timeMs([&] { emails = store.count({"emails"}).value(); });
    std::printf("count() = %lld                     %8.2f ms\n", (long long)count, countMs);
    std::printf("count(emails) = %lld                %8.2f ms\n", (long long)emails, familyMs);
    const double deepMs = timeMs([&] { store.pageAfter(n / 2, 100, {"calls", "missed"}); });
    std::printf("filtered page after id %lld          %8.2f ms\n", (long long)n / 2, deepMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 n = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir temp(args.size() > 2 ? args.at(2) + "/bench_store-XXXXXX" : QString());
    if (n <= 0 || !temp.isValid()) {
        std::fprintf(stderr, "usage: bench_store [events=1000000] [work-dir]\n");
        return 2;
    }
    std::printf("bench_store: %lld events, schema v%d, work dir %s\n", (long long)n,
        SchemaMigrator::CurrentVersion, qPrintable(temp.path()));
    const QString storePath = temp.filePath("store.db");
    double avgPayload = 0;
    double storeCpu = 0;
    const qint64 storeMs = insertThroughStore(storePath, n, avgPayload, storeCpu);
    if (storeMs < 0)
        return 1;
    std::printf("average payload %.0f bytes\n", avgPayload);
    printRate("EventStore::bulkInsert", n, storeMs);
    std::printf("  (batches of %d, %.1f s of CPU)\n", BatchSize, storeCpu);

    if (QStandardPaths::findExecutable("sqlite3").isEmpty()) {
        std::printf("sqlite3 not found (apt-get install -y sqlite3): comparison skipped\n");
    } else {
        const QString sqlPath = temp.filePath("events.sql");
        if (!writeSqlFile(sqlPath, n))
            return 1;
        double shellCpu = 0;
        const qint64 shellMs = insertThroughShell(temp.filePath("shell.db"), sqlPath, shellCpu);
        if (shellMs < 0)
            return 1;
        printRate("sqlite3 shell, one SQL file", n, shellMs);
        std::printf("  (%.1f s of CPU; CPU ratio store / sqlite3 throughput %.2f)\n", shellCpu,
            shellCpu / std::max(storeCpu, 0.001));
        const double ratio = double(shellMs) / std::max<qint64>(storeMs, 1);
        std::printf("store / sqlite3 throughput ratio    %.2f   (target >= 0.80: %s)\n", ratio,
            ratio >= 0.8 ? "met" : "MISSED");
        QFile::remove(sqlPath);
        QFile::remove(temp.filePath("shell.db"));
    }
    measureQueries(storePath, n);
    return 0;
}
