// Validation throughput: the core in-process (parse + validate + dedup ID per NDJSON line), the
// eventsmith-cli process end to end, and Node (JSON.parse + ajv + SHA-256) on the same corpus.

#include "tests/bench/corpusgenerator.h"

#include "core/dedup/dedupid.h"
#include "core/json/jsonparser.h"
#include "core/schema/schemaexporter.h"
#include "core/schema/schemaset.h"
#include "core/validation/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>
#include <functional>

#include <simdjson.h>

namespace {

struct Measure
{
    bool available = false;
    QString note;
    double seconds = 0;
    qint64 events = 0;
    qint64 valid = -1;
    QByteArray digest;
};

QString familyName(std::string_view name)
{
    // Avoids a QString allocation per line for the four known names.
    static const QStringList known = SchemaSet::knownFamilies();
    for (const QString &k : known)
        if (k.size() == qsizetype(name.size()) && k == QLatin1String(name.data(), name.size()))
            return k;
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

Measure coreLoop(const SchemaSet &schemas, const simdjson::padded_string &corpus)
{
    Measure m;
    m.available = true;
    m.valid = 0;
    const Validator validator(schemas);
    JsonParser parser;
    QByteArray ids;
    QElapsedTimer timer;
    timer.start();
    const char *data = corpus.data();
    const char *end = data + corpus.size();
    while (data < end) {
        const char *nl = static_cast<const char *>(std::memchr(data, '\n', size_t(end - data)));
        const char *lineEnd = nl ? nl : end;
        simdjson::dom::element root;
        JsonError error;
        if (lineEnd > data
            && parser.parse(std::string_view(data, size_t(lineEnd - data)), &root, &error, true)) {
            std::string_view name;
            simdjson::dom::element payload;
            if (root["family"].get(name) == simdjson::SUCCESS
                && root["payload"].get(payload) == simdjson::SUCCESS) {
                const QString family = familyName(name);
                if (!hasErrors(validator.validate(family, payload)))
                    ++m.valid;
                ids += DedupId::compute(family, payload).id.toUtf8() + '\n';
                ++m.events;
            }
        }
        data = lineEnd + 1;
    }
    m.seconds = timer.nsecsElapsed() / 1e9;
    ids.chop(1);
    m.digest = QCryptographicHash::hash(ids, QCryptographicHash::Sha256).toHex();
    return m;
}

Measure cliRun(const QString &cli, const QString &corpus)
{
    Measure m;
    if (!QFileInfo(cli).isExecutable()) {
        m.note = QStringLiteral("not available (%1 not found)").arg(cli);
        return m;
    }
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    process.start(cli,
        {QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), corpus});
    process.waitForFinished(-1);
    m.seconds = timer.nsecsElapsed() / 1e9;
    // Exit 1 only says that some events have errors, which the corpus has on purpose.
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() > 1) {
        m.note = QStringLiteral("not available (exit %1: %2)")
                     .arg(process.exitCode())
                     .arg(QString::fromUtf8(process.readAllStandardError().left(300)).trimmed());
        return m;
    }
    m.available = true;
    return m;
}

Measure nodeRun(const QString &schemasDir, const QString &corpus)
{
    Measure m;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()
        || !QDir(QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/node/node_modules/ajv")).exists()) {
        m.note = QStringLiteral("not available (node or tests/node/node_modules missing)");
        return m;
    }
    QProcess process;
    process.start(node,
        {QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/bench/ajv-pipeline.mjs"), corpus,
            schemasDir});
    process.waitForFinished(-1);
    const QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (process.exitCode() != 0 || o.isEmpty()) {
        m.note = QStringLiteral("failed: %1")
                     .arg(QString::fromUtf8(process.readAllStandardError().left(500)));
        return m;
    }
    m.available = true;
    m.seconds = o.value(QLatin1String("elapsedMs")).toDouble() / 1000.0;
    m.events = o.value(QLatin1String("events")).toInteger();
    m.valid = o.value(QLatin1String("valid")).toInteger();
    m.digest = o.value(QLatin1String("digest")).toString().toLatin1();
    return m;
}

void printRow(const char *name, const Measure &m, qint64 events, qint64 bytes)
{
    if (!m.available) {
        std::printf("  %-26s %s\n", name, qPrintable(m.note));
        return;
    }
    std::printf("  %-26s %8.3f s %10.0f events/s %8.1f MB/s\n", name, m.seconds, events / m.seconds,
        bytes / 1e6 / m.seconds);
}

Measure best(const std::function<Measure()> &run, int repeats)
{
    Measure result = run();
    for (int i = 1; i < repeats && result.available; ++i) {
        const Measure again = run();
        if (again.available && again.seconds < result.seconds)
            result = again;
    }
    return result;
}

// Writes the corpus and the exported schemas into `dir`; returns the corpus path.
QString prepare(const SchemaSet &schemas, const QString &dir, int count, qint64 *bytes)
{
    QDir(dir).mkpath(QStringLiteral("schemas"));
    for (const QString &family : schemas.families()) {
        QFile out(QStringLiteral("%1/schemas/%2.schema.json").arg(dir, family));
        if (out.open(QIODevice::WriteOnly))
            out.write(SchemaExporter::jsonSchema(schemas, family));
    }
    const QString path = dir + QStringLiteral("/corpus.ndjson");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    CorpusGenerator generator(schemas);
    *bytes = generator.write(&out, count);
    std::printf("corpus: %d events, %.1f MB, %d with a fault (%s)\n", count, *bytes / 1e6,
        generator.faults(), qPrintable(path));
    return path;
}

bool report(const Measure &core, const Measure &cli, const Measure &node, qint64 bytes)
{
    std::printf("validation pipeline (best of runs):\n");
    printRow("core in-process", core, core.events, bytes);
    printRow("eventsmith-cli validate", cli, core.events, bytes);
    printRow("node JSON.parse+ajv+sha256", node, core.events, bytes);
    bool ok = true;
    if (node.available) {
        const double ratio = node.seconds / core.seconds;
        std::printf("  core/ajv %.2fx (target >= 2x: %s)", ratio, ratio >= 2 ? "met" : "NOT met");
        if (cli.available)
            std::printf("   cli/ajv %.2fx", node.seconds / cli.seconds);
        std::printf("\n  valid events: core %lld, ajv %lld; dedup digest %s\n",
            static_cast<long long>(core.valid), static_cast<long long>(node.valid),
            core.digest == node.digest ? "matches" : "DIFFERS");
        ok = core.valid == node.valid && core.digest == node.digest && core.events == node.events;
    }
    return ok;
}

struct ValidateBenchOptions
{
    int count = 100000;
    int repeats = 3;
    QString cli;
    QString keep;
};

ValidateBenchOptions parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Validation throughput: core, CLI, ajv."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("quick"), QStringLiteral("10,000 events, one run each.")});
    parser.addOption(
        {QStringLiteral("events"), QStringLiteral("Corpus size."), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("cli"), QStringLiteral("Path to eventsmith-cli."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("keep"),
        QStringLiteral("Write the corpus into this directory and keep it."),
        QStringLiteral("dir")});
    parser.process(app);
    ValidateBenchOptions o;
    const bool quick = parser.isSet(QStringLiteral("quick"));
    o.count = quick ? 10000 : 100000;
    if (parser.isSet(QStringLiteral("events")))
        o.count = parser.value(QStringLiteral("events")).toInt();
    o.repeats = quick ? 1 : 3;
    o.cli = parser.isSet(QStringLiteral("cli"))
        ? parser.value(QStringLiteral("cli"))
        : app.applicationDirPath() + QStringLiteral("/../../app/eventsmith-cli");
    o.keep = parser.value(QStringLiteral("keep"));
    return o;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const ValidateBenchOptions options = parseOptions(app);
    auto schemas = SchemaSet::loadBuiltIn();
    if (!schemas.ok()) {
        std::fprintf(stderr, "schemas: %s\n", qPrintable(schemas.error().message));
        return 2;
    }
    QTemporaryDir temp;
    const QString dir = options.keep.isEmpty() ? temp.path() : options.keep;
    qint64 bytes = 0;
    const QString corpus = prepare(schemas.value(), dir, options.count, &bytes);
    auto padded = simdjson::padded_string::load(corpus.toStdString());
    if (corpus.isEmpty() || padded.error()) {
        std::fprintf(stderr, "cannot write or read the corpus in %s\n", qPrintable(dir));
        return 2;
    }
    const int repeats = options.repeats;
    const Measure core = best([&] { return coreLoop(schemas.value(), padded.value()); }, repeats);
    const Measure cli = best([&] { return cliRun(options.cli, corpus); }, repeats);
    const Measure node
        = best([&] { return nodeRun(dir + QStringLiteral("/schemas"), corpus); }, repeats);
    return report(core, cli, node, bytes) ? 0 : 1;
}
