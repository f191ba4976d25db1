#pragma once

#include <QStringList>

// The SQL that builds the store's schema; one list of statements per schema version.
class SchemaSql final
{
public:
    static constexpr int BaseVersion = 1;
    // The schema of BaseVersion; new files then take every step() up to the newest version.
    static QStringList current();
    // The statements that take a database from `toVersion - 1` to `toVersion`.
    static QStringList step(int toVersion);

private:
    static QStringList eventTables();
    static QStringList eventTriggers();
    static QStringList setTables();
    static QStringList sendTables();
    static QStringList runTables();
    static QStringList runOutcomesAndBodies();
    static QStringList composerDrafts();
    static QStringList targetTemplateEnvironment();
    static QStringList runAttemptLog();
};
