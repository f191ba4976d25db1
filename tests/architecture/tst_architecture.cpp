// Keeps the tree's architecture true: layers include only downwards, no two files include
// each other (through their .h/.cpp pairs), and simdjson stays inside core.
#include "tests/architecture/includegraph.h"

#include <QtTest>

class TestArchitecture final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layersIncludeOnlyDownwards();
    void noIncludeCycles();
    void simdjsonStaysInsideCore();
    void everyProjectIncludeResolves();

private:
    IncludeGraph m_graph;
};

void TestArchitecture::initTestCase()
{
    m_graph.scan(QStringLiteral(EVENTSMITH_SOURCE_DIR),
        {QStringLiteral("core"), QStringLiteral("cli"), QStringLiteral("ui"), QStringLiteral("app"),
            QStringLiteral("tests")});
    QVERIFY2(m_graph.files().size() > 300, "the source tree was not found");
}

void TestArchitecture::layersIncludeOnlyDownwards()
{
    const QStringList violations = m_graph.layerViolations();
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

void TestArchitecture::noIncludeCycles()
{
    // No two files (a header with its source) may reach each other through their includes:
    // the folders and files form a DAG, so each can be understood from what it includes.
    const QStringList cycles = m_graph.cycles();
    QVERIFY2(cycles.isEmpty(), qPrintable(cycles.join(QLatin1Char('\n'))));
}

void TestArchitecture::simdjsonStaysInsideCore()
{
    const QStringList leaks = m_graph.reachingSystemHeader(QStringLiteral("simdjson.h"),
        {QStringLiteral("ui/"), QStringLiteral("cli/"), QStringLiteral("app/")});
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
}

void TestArchitecture::everyProjectIncludeResolves()
{
    const QStringList unresolved = m_graph.unresolved();
    QVERIFY2(unresolved.isEmpty(), qPrintable(unresolved.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
