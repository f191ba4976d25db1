#pragma once

#include "core/quickfix/quickfix.h"

#include "core/common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

class CompiledSchema;

// Finds and applies quick fixes. The fields each repair looks at come from the schema's
// x-widget hints, so a user's own schema gets the same repairs. Pure functions: no state.
class QuickFixer final
{
public:
    // Every fix that applies to `payload` under `schema`, in field order.
    static QuickFixes find(const CompiledSchema &schema, const QJsonObject &payload);
    // `payload` with `fix` applied; an error when the value at the fix's path no longer fits.
    static Result<QJsonObject> apply(
        const CompiledSchema &schema, const QJsonObject &payload, const QuickFix &fix);

    // "jane@example.com" or "Jane Doe <jane@example.com>" -> {"email", "name"}.
    static std::optional<QJsonObject> recipientObject(const QJsonValue &value);
    // 1706956200 (seconds), 1706956200000 (milliseconds) or "2024-02-03" -> ISO 8601 UTC.
    static std::optional<QString> isoTimestamp(const QJsonValue &value);
    // "Hello" -> {"text": "Hello"}.
    static std::optional<QJsonObject> bodyObject(const QJsonValue &value);
    // "DEAL-WON" or "Deal Won" -> "deal_won" when exactly one sub-type matches.
    static std::optional<QString> subTypeSpelling(
        const QJsonValue &value, const QStringList &subTypes);

private:
    static std::optional<QJsonValue> repaired(
        const CompiledSchema &schema, QuickFix::Kind kind, const QJsonValue &value);

    Q_DECLARE_TR_FUNCTIONS(QuickFixer)
};
