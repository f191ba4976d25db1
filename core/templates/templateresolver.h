#pragma once

#include "core/validation/finding.h"

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QString>

#include <optional>

class Clock;

// Resolves the variables of payload templates: {{now}}, {{now-2h}}, {{now+15m}} (ISO 8601 UTC),
// {{uuid}}, {{seq}}, {{random.email}}, {{random.name}}, {{env.NAME}} and {{col.NAME}}. Time
// comes from an injectable Clock and randomness from a seeded generator so a run can be repeated.
// A variable it cannot resolve stays as written and becomes a finding, never a silent blank.
// {{env.NAME}} reads only the names allowed by allowEnvironment(): a payload may come from an
// imported file, and such a file must never choose which of this process's secrets is sent.
class TemplateResolver final
{
public:
    explicit TemplateResolver(const Clock *clock = nullptr, quint32 seed = 1);

    void setSeq(qint64 seq) { m_seq = seq; }
    qint64 seq() const { return m_seq; }
    void setColumns(const QHash<QString, QString> &columns) { m_columns = columns; }
    // The environment variables {{env.NAME}} may read (all others are findings), with their
    // values taken from `environment` now.
    void allowEnvironment(const QStringList &names,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    QStringList allowedEnvironment() const { return m_environment.keys(); }
    void reseed(quint32 seed) { m_random.seed(seed); }

    // A plain string (a CSV template); findings get `path` and the offset within `text`.
    QString resolveText(const QString &text, Findings *findings, const QString &path = {});
    // Every string value of a JSON text; findings carry the pointer, line and column.
    QByteArray resolveJson(const QByteArray &json, Findings *findings);

    static bool hasVariables(const QString &text) { return text.contains(QLatin1String("{{")); }
    static QStringList variableNames(); // for help texts and completion

private:
    struct Value
    {
        bool resolved = false;
        QString text;
        QString code; // finding code when not resolved
        QString message;
    };

    QString substitute(
        const QString &text, const QString &path, Findings *findings, bool jsonEscaped);
    Value evaluate(const QString &name);
    Value evaluateNow(const QString &name) const;
    QString uuid();
    QString randomName();
    QString randomEmail();

    const Clock *m_clock;
    QRandomGenerator m_random;
    qint64 m_seq = 1;
    QHash<QString, QString> m_columns;
    QHash<QString, std::optional<QString>> m_environment; // allowed name -> value when set
};
