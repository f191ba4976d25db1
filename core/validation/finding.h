#pragma once

#include <QString>
#include <QVector>

enum class Severity { Error, Warning, Info };

// One validation finding: data, not an error. Position is filled in only when the payload
// came from text and has findings (positions cost a rescan).
struct Finding
{
    Severity severity = Severity::Error;
    QString path; // JSON Pointer into the payload, "" for the root
    QString code; // stable, e.g. "required", "type", "format-email", "unknown-field"
    QString message;
    int line = 0; // 1-based; 0 when unknown
    int column = 0;
    qint64 offset = -1; // byte offset in the source text

    static QString severityName(Severity severity);
};

using Findings = QVector<Finding>;

inline bool hasErrors(const Findings &findings)
{
    for (const Finding &f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}
