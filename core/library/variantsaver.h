#pragma once

#include "core/common/result.h"
#include "core/validation/finding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class EventStore;
class TemplateResolver;
class Validator;

// "Generate N variants": N events from one template ({{seq}} runs 1..N, {{uuid}} and the random
// values differ per event), checked and stored as a new set in one transaction, for load and
// dedup tests. Unknown variables stop it before anything is stored.
class VariantSaver final
{
public:
    struct Outcome
    {
        qint64 setId = 0;
        int stored = 0;
        int invalid = 0; // stored anyway, marked invalid, so the user sees them in the library
        int distinctDedupIds = 0;
    };

    VariantSaver(EventStore &store, const Validator &validator, TemplateResolver &resolver);
    Result<Outcome> save(const QString &family, const QByteArray &templateJson, int count,
        const QString &setName, Findings *templateFindings = nullptr);

    static constexpr int MaxCount = 100000;

private:
    EventStore &m_store;
    const Validator &m_validator;
    TemplateResolver &m_resolver;

    Q_DECLARE_TR_FUNCTIONS(VariantSaver)
};
