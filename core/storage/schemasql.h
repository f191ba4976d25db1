#pragma once

#include <QStringList>

// The SQL that builds the store's schema; one list of statements per schema version.
class SchemaSql final
{
public:
    // The complete schema of the newest version, for new files.
    static QStringList current();
    // The statements that take a database from `toVersion - 1` to `toVersion`.
    static QStringList step(int toVersion);

private:
    static QStringList eventTables();
    static QStringList eventTriggers();
    static QStringList setTables();
    static QStringList sendTables();
    static QStringList runTables();
};
