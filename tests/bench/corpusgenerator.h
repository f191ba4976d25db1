#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

class QIODevice;
class SchemaSet;

// Writes a deterministic NDJSON corpus of events that looks like real traffic: all families and
// sub-types, short emails (~500 B) up to call transcripts of ~20 KB, non-ASCII text, and about
// one event in ten with a single fault. Built from the schemas' example payloads.
class CorpusGenerator final
{
public:
    explicit CorpusGenerator(const SchemaSet &schemas, quint32 seed = 20240203u);

    // Writes `count` lines {"family": ..., "payload": ...}; returns the bytes written.
    qint64 write(QIODevice *out, int count);
    int faults() const { return m_faults; }

private:
    QJsonObject email(int i);
    QJsonObject call(int i);
    QJsonObject crm(int i);
    QJsonObject social(int i);
    void injectFault(const QString &family, QJsonObject &payload);

    QJsonObject example(const QString &family);
    QString timestamp(int i);
    QString words(int approxChars);
    QString address();
    QJsonArray recipients(int count);
    QJsonArray transcript(int approxChars);
    quint32 next();
    int between(int low, int high); // inclusive

    const SchemaSet &m_schemas;
    quint32 m_state;
    int m_faults = 0;
};
