#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// One payload of the differential test: a valid example or a single-fault mutation of it.
struct FaultCase
{
    QString family;
    QByteArray payload; // minified JSON
    std::optional<QString> faultPath; // JSON Pointer of the mutated value; none for an example
    QString description; // "emails#0 drop /to/0/email"
};

// Derives deterministic single-fault mutations from complete example payloads: every member
// dropped, every value given the wrong type, null, emptied, and bad enum/format values where the
// field name says which rule applies. Whether a mutation is a fault is for the validators to say.
class FaultGenerator final
{
public:
    // Adds `example` itself and all its mutations; `label` names the example in descriptions.
    void addExample(const QString &family, const QString &label, const QByteArray &example);
    const QVector<FaultCase> &cases() const { return m_cases; }
    // One NDJSON line per case: {"family", "payload", "faultPath"}.
    QByteArray toNdjson() const;

    // The value at `segments` replaced (or removed when `replacement` is empty).
    static QJsonValue replaced(const QJsonValue &root, const QStringList &segments,
        const std::optional<QJsonValue> &replacement);

private:
    void walk(const QJsonValue &value, const QStringList &segments, bool inObject);
    void mutateValue(const QJsonValue &value, const QStringList &segments, bool inObject);
    void mutateByName(const QString &key, const QStringList &segments);
    void add(const QStringList &segments, const std::optional<QJsonValue> &replacement,
        const QString &what);

    QString m_family;
    QString m_label;
    QJsonValue m_example;
    QStringList m_families;
    QVector<FaultCase> m_cases;
};
