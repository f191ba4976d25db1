// Differential test: the core validator and ajv v8 (+ ajv-formats) must agree on every payload
// derived from the schema examples, and both must point at the fault of each mutation.

#include "tests/conformance/combinatorancestors.h"
#include "tests/conformance/faultgenerator.h"

#include "core/json/jsonparser.h"
#include "core/schema/schemaexporter.h"
#include "core/schema/schemaset.h"
#include "core/validation/validator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <simdjson.h>

namespace {

struct Verdict
{
    bool valid = false;
    QStringList paths; // error paths, sorted, unique
};

bool reportsFault(const QStringList &paths, const QString &fault, const QStringList &accepted)
{
    return paths.contains(fault)
        || std::any_of(
            accepted.begin(), accepted.end(), [&](const QString &a) { return paths.contains(a); });
}

} // namespace

class TestDifferential : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void examplesAreValid();
    void validityAgrees_data();
    void validityAgrees();
    void faultIsReported_data();
    void faultIsReported();
    void enoughPayloads();

private:
    void generate();
    void runAjv(const QString &node);
    void runCore();
    QString detail(int index) const;

    std::optional<SchemaSet> m_schemas;
    QTemporaryDir m_dir;
    FaultGenerator m_generator;
    QVector<Verdict> m_ajv;
    QVector<Verdict> m_core;
};

void TestDifferential::initTestCase()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        QSKIP("node is not installed");
    if (!QDir(QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/node/node_modules/ajv")).exists())
        QSKIP("tests/node/node_modules is missing: run `npm ci` in tests/node (scripts/test does)");
    QVERIFY(m_dir.isValid());
    auto schemas = SchemaSet::loadBuiltIn();
    QVERIFY2(schemas.ok(), qPrintable(schemas.error().message));
    m_schemas = schemas.takeValue();
    generate();
    runAjv(node);
    runCore();
}

void TestDifferential::generate()
{
    QDir().mkpath(m_dir.filePath(QStringLiteral("schemas")));
    for (const QString &family : m_schemas->families()) {
        QFile out(m_dir.filePath(QStringLiteral("schemas/%1.schema.json").arg(family)));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(SchemaExporter::jsonSchema(*m_schemas, family));
        const QVector<QByteArray> &examples = m_schemas->schema(family)->examples();
        for (int i = 0; i < examples.size(); ++i)
            m_generator.addExample(family, QStringLiteral("%1#%2").arg(family).arg(i), examples[i]);
    }
    QFile ndjson(m_dir.filePath(QStringLiteral("payloads.ndjson")));
    QVERIFY(ndjson.open(QIODevice::WriteOnly));
    ndjson.write(m_generator.toNdjson());
}

void TestDifferential::runAjv(const QString &node)
{
    QProcess process;
    process.start(node,
        {QStringLiteral(EVENTSMITH_SOURCE_DIR "/tests/node/ajv-validate.mjs"),
            m_dir.filePath(QStringLiteral("schemas")),
            m_dir.filePath(QStringLiteral("payloads.ndjson"))});
    QVERIFY2(process.waitForFinished(120000), "ajv-validate.mjs did not finish");
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
        process.readAllStandardError().constData());
    const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        Verdict outcome {o.value(QLatin1String("valid")).toBool(), {}};
        for (const QJsonValue &p : o.value(QLatin1String("paths")).toArray())
            outcome.paths << p.toString();
        m_ajv.append(outcome);
    }
    QCOMPARE(m_ajv.size(), m_generator.cases().size());
}

void TestDifferential::runCore()
{
    const Validator validator(*m_schemas);
    JsonParser parser;
    for (const FaultCase &c : m_generator.cases()) {
        simdjson::dom::element payload;
        JsonError error;
        QVERIFY2(parser.parse(std::string_view(c.payload.constData(), size_t(c.payload.size())),
                     &payload, &error),
            qPrintable(error.message));
        Verdict outcome;
        for (const Finding &f : validator.validate(c.family, payload)) {
            if (f.severity == Severity::Error && !outcome.paths.contains(f.path))
                outcome.paths << f.path;
        }
        outcome.valid = outcome.paths.isEmpty();
        outcome.paths.sort();
        m_core.append(outcome);
    }
}

QString TestDifferential::detail(int index) const
{
    const FaultCase &c = m_generator.cases()[index];
    return QStringLiteral("%1\n   payload: %2\n   ajv:  %3 [%4]\n   core: %5 [%6]")
        .arg(c.description, QString::fromUtf8(c.payload),
            m_ajv[index].valid ? QStringLiteral("valid") : QStringLiteral("invalid"),
            m_ajv[index].paths.join(QStringLiteral(", ")),
            m_core[index].valid ? QStringLiteral("valid") : QStringLiteral("invalid"),
            m_core[index].paths.join(QStringLiteral(", ")));
}

void TestDifferential::examplesAreValid()
{
    for (int i = 0; i < m_generator.cases().size(); ++i) {
        if (m_generator.cases()[i].faultPath)
            continue;
        QVERIFY2(m_ajv[i].valid && m_core[i].valid, qPrintable(detail(i)));
    }
}

void TestDifferential::validityAgrees_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_generator.cases().size(); ++i)
        QTest::newRow(qPrintable(m_generator.cases()[i].description)) << i;
}

void TestDifferential::validityAgrees()
{
    QFETCH(int, index);
    QVERIFY2(m_ajv[index].valid == m_core[index].valid, qPrintable(detail(index)));
}

void TestDifferential::faultIsReported_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_generator.cases().size(); ++i) {
        // Only mutations that both validators call faults: disagreements fail validityAgrees.
        if (m_generator.cases()[i].faultPath && !m_ajv[i].valid && !m_core[i].valid)
            QTest::newRow(qPrintable(m_generator.cases()[i].description)) << i;
    }
}

void TestDifferential::faultIsReported()
{
    QFETCH(int, index);
    const FaultCase &c = m_generator.cases()[index];
    const QStringList accepted
        = CombinatorAncestors::of(m_schemas->schema(c.family)->root(), *c.faultPath);
    const QString why = detail(index)
        + QStringLiteral("\n   accepted: \"%1\" or combinators [%2]")
              .arg(*c.faultPath, accepted.join(QStringLiteral(", ")));
    QVERIFY2(reportsFault(m_ajv[index].paths, *c.faultPath, accepted), qPrintable(why));
    QVERIFY2(reportsFault(m_core[index].paths, *c.faultPath, accepted), qPrintable(why));
}

void TestDifferential::enoughPayloads()
{
    int agree = 0;
    int invalid = 0;
    QStringList disagreements;
    for (int i = 0; i < m_generator.cases().size(); ++i) {
        if (m_ajv[i].valid == m_core[i].valid)
            ++agree;
        else
            disagreements << detail(i);
        invalid += m_ajv[i].valid ? 0 : 1;
    }
    qInfo("differential: %d payloads, %d agreements, %d disagreements, %d invalid per ajv",
        int(m_generator.cases().size()), agree, int(disagreements.size()), invalid);
    for (const QString &d : disagreements)
        qInfo().noquote() << "disagreement:" << d;
    QVERIFY(m_generator.cases().size() >= 1000);
    // The mutations must mostly be faults, or the agreement proves little.
    QVERIFY2(invalid * 2 >= m_generator.cases().size(), qPrintable(QString::number(invalid)));
}

QTEST_GUILESS_MAIN(TestDifferential)
#include "tst_differential.moc"
