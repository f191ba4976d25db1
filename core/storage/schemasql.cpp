#include "core/storage/schemasql.h"

// current() is version 1; every later version is a step() on top of it, run for new files too,
// so a migrated file and a new one have the very same schema. Times are milliseconds since the
// epoch (UTC). Once a version has shipped its statements never change.

QStringList SchemaSql::current()
{
    return eventTables() + eventTriggers() + setTables() + sendTables() + runTables();
}

QStringList SchemaSql::step(int toVersion)
{
    switch (toVersion) {
    case 2:
        return runOutcomesAndBodies();
    case 3:
        return composerDrafts();
    case 4:
        return targetTemplateEnvironment();
    case 5:
        return runAttemptLog();
    default:
        return {};
    }
}

QStringList SchemaSql::eventTables()
{
    return {
        QStringLiteral("CREATE TABLE events ("
                       " id INTEGER PRIMARY KEY,"
                       " family TEXT NOT NULL,"
                       " sub_type TEXT NOT NULL DEFAULT '',"
                       " name TEXT NOT NULL DEFAULT '',"
                       " payload TEXT NOT NULL,"
                       " dedup_id TEXT NOT NULL DEFAULT '',"
                       " validity INTEGER NOT NULL DEFAULT 0 CHECK (validity IN (0, 1, 2)),"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        // (family) and (family, sub_type) end with the rowid, so filtered keyset paging
        // walks an index in id order.
        QStringLiteral("CREATE INDEX events_family ON events(family)"),
        QStringLiteral("CREATE INDEX events_family_sub_type ON events(family, sub_type)"),
        QStringLiteral("CREATE INDEX events_dedup_id ON events(dedup_id) WHERE dedup_id <> ''"),
        // Counts per (family, sub-type, validity), so any filter's count is a tiny sum.
        QStringLiteral("CREATE TABLE event_counts ("
                       " family TEXT NOT NULL, sub_type TEXT NOT NULL, validity INTEGER NOT NULL,"
                       " n INTEGER NOT NULL,"
                       " PRIMARY KEY (family, sub_type, validity)) WITHOUT ROWID"),
        QStringLiteral("CREATE VIRTUAL TABLE events_fts USING fts5("
                       "name, payload, content='events', content_rowid='id')"),
    };
}

QStringList SchemaSql::eventTriggers()
{
    const QString countUp
        = QStringLiteral("INSERT INTO event_counts (family, sub_type, validity, n)"
                         " VALUES (new.family, new.sub_type, new.validity, 1)"
                         " ON CONFLICT (family, sub_type, validity) DO UPDATE SET n = n + 1;");
    const QString countDown
        = QStringLiteral("UPDATE event_counts SET n = n - 1 WHERE family = old.family"
                         " AND sub_type = old.sub_type AND validity = old.validity;");
    const QString ftsAdd = QStringLiteral(
        "INSERT INTO events_fts (rowid, name, payload) VALUES (new.id, new.name, new.payload);");
    const QString ftsRemove
        = QStringLiteral("INSERT INTO events_fts (events_fts, rowid, name, payload)"
                         " VALUES ('delete', old.id, old.name, old.payload);");
    return {
        QStringLiteral("CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN %1 %2 END")
            .arg(countUp, ftsAdd),
        QStringLiteral("CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN %1 %2 END")
            .arg(countDown, ftsRemove),
        QStringLiteral("CREATE TRIGGER events_au_counts AFTER UPDATE OF family, sub_type, validity"
                       " ON events WHEN old.family <> new.family OR old.sub_type <> new.sub_type"
                       " OR old.validity <> new.validity BEGIN %1 %2 END")
            .arg(countDown, countUp),
        QStringLiteral("CREATE TRIGGER events_au_fts AFTER UPDATE OF name, payload ON events"
                       " BEGIN %1 %2 END")
            .arg(ftsRemove, ftsAdd),
    };
}

QStringList SchemaSql::setTables()
{
    return {
        QStringLiteral("CREATE TABLE sets ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " created_at INTEGER NOT NULL,"
                       " updated_at INTEGER NOT NULL)"),
        // Positions are 0..n-1 within a set; SetStore keeps them contiguous.
        QStringLiteral("CREATE TABLE set_members ("
                       " set_id INTEGER NOT NULL REFERENCES sets(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL CHECK (position >= 0),"
                       " event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (set_id, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX set_members_event ON set_members(event_id)"),
        // The key never lives here: key_name names a keychain entry or an environment variable.
        QStringLiteral(
            "CREATE TABLE targets ("
            " id INTEGER PRIMARY KEY,"
            " name TEXT NOT NULL UNIQUE,"
            " url_template TEXT NOT NULL,"
            " auth_mode TEXT NOT NULL CHECK (auth_mode IN ('header', 'query')),"
            " key_source TEXT NOT NULL CHECK (key_source IN ('none', 'keychain', 'env')),"
            " key_name TEXT NOT NULL DEFAULT '',"
            " timeout_ms INTEGER NOT NULL DEFAULT 30000 CHECK (timeout_ms > 0),"
            " extra_headers TEXT NOT NULL DEFAULT '{}',"
            " created_at INTEGER NOT NULL,"
            " updated_at INTEGER NOT NULL)"),
    };
}

QStringList SchemaSql::sendTables()
{
    return {
        QStringLiteral("CREATE TABLE send_history ("
                       " id INTEGER PRIMARY KEY,"
                       " event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,"
                       " target_name TEXT NOT NULL,"
                       " request_url TEXT NOT NULL,"
                       " request_headers TEXT NOT NULL DEFAULT '{}',"
                       " request_body BLOB NOT NULL DEFAULT x'',"
                       " response_status INTEGER,"
                       " response_headers TEXT NOT NULL DEFAULT '{}',"
                       " response_body BLOB NOT NULL DEFAULT x'',"
                       " response_truncated INTEGER NOT NULL DEFAULT 0,"
                       " dns_ms INTEGER, connect_ms INTEGER, first_byte_ms INTEGER,"
                       " total_ms INTEGER,"
                       " error TEXT NOT NULL DEFAULT '',"
                       " sent_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX send_history_event ON send_history(event_id)"),
    };
}

QStringList SchemaSql::runTables()
{
    const QString countDone
        = QStringLiteral("UPDATE runs SET done = done + 1, passed = passed + (new.passed = 1),"
                         " failed = failed + (new.passed IS NOT 1) WHERE id = new.run_id;");
    return {
        QStringLiteral("CREATE TABLE runs ("
                       " id INTEGER PRIMARY KEY,"
                       " set_id INTEGER REFERENCES sets(id) ON DELETE SET NULL,"
                       " set_name TEXT NOT NULL DEFAULT '',"
                       " target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,"
                       " target_name TEXT NOT NULL DEFAULT '',"
                       " options TEXT NOT NULL DEFAULT '{}',"
                       " state TEXT NOT NULL CHECK (state IN"
                       " ('running', 'paused', 'completed', 'cancelled', 'crashed')),"
                       " started_at INTEGER NOT NULL,"
                       " finished_at INTEGER,"
                       " total INTEGER NOT NULL DEFAULT 0,"
                       " done INTEGER NOT NULL DEFAULT 0,"
                       " passed INTEGER NOT NULL DEFAULT 0,"
                       " failed INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX runs_state ON runs(state)"),
        // One row per position: 'intent' is written before the request leaves, 'sent' once it
        // has left, 'done' with the final outcome.
        QStringLiteral("CREATE TABLE run_results ("
                       " run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('intent', 'sent', 'done')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " final_status INTEGER,"
                       " response_summary TEXT NOT NULL DEFAULT '',"
                       " latency_ms INTEGER,"
                       " passed INTEGER,"
                       " failure_reason TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL,"
                       " PRIMARY KEY (run_id, position)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX run_results_event ON run_results(event_id)"),
        QStringLiteral("CREATE TRIGGER run_results_ai AFTER INSERT ON run_results"
                       " WHEN new.state = 'done' BEGIN %1 END")
            .arg(countDone),
        QStringLiteral("CREATE TRIGGER run_results_au AFTER UPDATE OF state ON run_results"
                       " WHEN new.state = 'done' AND old.state <> 'done' BEGIN %1 END")
            .arg(countDone),
    };
}

// Version 2: runs may end "stopped" (a stop rule) and count skipped events; results keep their
// outcome (passed, failed, skipped) and the last exchange with bodies for reports. SQLite cannot
// alter a CHECK, so both tables are rebuilt: the new ones are filled, the old ones dropped (child
// first, so no cascade runs) and the new ones renamed, which also renames the foreign key.
QStringList SchemaSql::runOutcomesAndBodies()
{
    const QString count = QStringLiteral(
        "UPDATE runs SET done = done + 1, passed = passed + (new.outcome = 'passed'),"
        " failed = failed + (new.outcome = 'failed'), skipped = skipped + (new.outcome ="
        " 'skipped') WHERE id = new.run_id;");
    const QString runColumns = QStringLiteral("id, set_id, set_name, target_id, target_name,"
                                              " options, state, started_at, finished_at, total,"
                                              " done, passed, failed");
    const QString resultColumns = QStringLiteral("run_id, position, event_id, state, attempts,"
                                                 " final_status, response_summary, latency_ms,"
                                                 " passed, failure_reason, updated_at");
    return {
        QStringLiteral("CREATE TABLE runs_v2 ("
                       " id INTEGER PRIMARY KEY,"
                       " set_id INTEGER REFERENCES sets(id) ON DELETE SET NULL,"
                       " set_name TEXT NOT NULL DEFAULT '',"
                       " target_id INTEGER REFERENCES targets(id) ON DELETE SET NULL,"
                       " target_name TEXT NOT NULL DEFAULT '',"
                       " options TEXT NOT NULL DEFAULT '{}',"
                       " state TEXT NOT NULL CHECK (state IN"
                       " ('running', 'paused', 'completed', 'stopped', 'cancelled', 'crashed')),"
                       " started_at INTEGER NOT NULL,"
                       " finished_at INTEGER,"
                       " total INTEGER NOT NULL DEFAULT 0,"
                       " done INTEGER NOT NULL DEFAULT 0,"
                       " passed INTEGER NOT NULL DEFAULT 0,"
                       " failed INTEGER NOT NULL DEFAULT 0,"
                       " skipped INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT INTO runs_v2 (%1) SELECT %1 FROM runs").arg(runColumns),
        QStringLiteral("CREATE TABLE run_results_v2 ("
                       " run_id INTEGER NOT NULL REFERENCES runs_v2(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,"
                       " state TEXT NOT NULL CHECK (state IN ('intent', 'sent', 'done')),"
                       " attempts INTEGER NOT NULL DEFAULT 0,"
                       " final_status INTEGER,"
                       " response_summary TEXT NOT NULL DEFAULT '',"
                       " latency_ms INTEGER,"
                       " passed INTEGER,"
                       " failure_reason TEXT NOT NULL DEFAULT '',"
                       " updated_at INTEGER NOT NULL,"
                       " outcome TEXT CHECK (outcome IN ('passed', 'failed', 'skipped')),"
                       " request_url TEXT NOT NULL DEFAULT '',"
                       " request_headers TEXT NOT NULL DEFAULT '{}',"
                       " request_body BLOB NOT NULL DEFAULT x'',"
                       " response_headers TEXT NOT NULL DEFAULT '{}',"
                       " response_body BLOB NOT NULL DEFAULT x'',"
                       " bodies_truncated INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (run_id, position)) WITHOUT ROWID"),
        QStringLiteral("INSERT INTO run_results_v2 (%1, outcome) SELECT %1, CASE WHEN state <>"
                       " 'done' THEN NULL WHEN passed = 1 THEN 'passed' WHEN response_summary"
                       " LIKE '%\"outcome\":\"skipped\"%' THEN 'skipped' ELSE 'failed' END"
                       " FROM run_results")
            .arg(resultColumns),
        QStringLiteral("UPDATE runs_v2 SET skipped = (SELECT count(*) FROM run_results_v2 r"
                       " WHERE r.run_id = runs_v2.id AND r.outcome = 'skipped')"),
        QStringLiteral("UPDATE runs_v2 SET failed = failed - skipped"),
        QStringLiteral("DROP TABLE run_results"),
        QStringLiteral("DROP TABLE runs"),
        QStringLiteral("ALTER TABLE runs_v2 RENAME TO runs"),
        QStringLiteral("ALTER TABLE run_results_v2 RENAME TO run_results"),
        QStringLiteral("CREATE INDEX runs_state ON runs(state)"),
        QStringLiteral("CREATE INDEX run_results_event ON run_results(event_id)"),
        QStringLiteral("CREATE TRIGGER run_results_ai AFTER INSERT ON run_results"
                       " WHEN new.state = 'done' BEGIN %1 END")
            .arg(count),
        QStringLiteral("CREATE TRIGGER run_results_au AFTER UPDATE OF state ON run_results"
                       " WHEN new.state = 'done' AND old.state <> 'done' BEGIN %1 END")
            .arg(count),
    };
}

// Version 3: the composer's open tabs, kept as drafts so unsaved text survives a quit or a crash.
// A draft is not a library event: it may point at the event it edits (NULL for a new event, and
// when that event is deleted the tab becomes a new event again).
QStringList SchemaSql::composerDrafts()
{
    return {
        QStringLiteral("CREATE TABLE drafts ("
                       " id INTEGER PRIMARY KEY,"
                       " position INTEGER NOT NULL DEFAULT 0,"
                       " event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " family TEXT NOT NULL DEFAULT '',"
                       " text TEXT NOT NULL DEFAULT '',"
                       " dirty INTEGER NOT NULL DEFAULT 0,"
                       " cursor INTEGER NOT NULL DEFAULT 0,"
                       " send_ids TEXT NOT NULL DEFAULT '',"
                       " is_current INTEGER NOT NULL DEFAULT 0,"
                       " updated_at INTEGER NOT NULL)"),
    };
}

// Version 4: the environment variables a target lets {{env.NAME}} read (comma-separated names);
// none by default, so an imported payload never reads a variable on its own.
QStringList SchemaSql::targetTemplateEnvironment()
{
    return {
        QStringLiteral("ALTER TABLE targets ADD COLUMN template_env TEXT NOT NULL DEFAULT ''"),
    };
}

// Version 5: every attempt of a replayed event (time, status or error, latency, the wait before
// the next one) as a JSON list beside its final result, written in the same statement, so a
// result and its attempts are stored together or not at all. Older results have none.
QStringList SchemaSql::runAttemptLog()
{
    return {
        QStringLiteral("ALTER TABLE run_results ADD COLUMN attempt_log TEXT NOT NULL DEFAULT '[]'"),
    };
}
