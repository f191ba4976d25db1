#pragma once

#include "core/common/result.h"
#include "core/receiver/receivedrequest.h"
#include "core/schema/schemaset.h"
#include "core/storage/eventstore.h"
#include "core/validation/validator.h"

#include <QObject>

// The writer thread's side of ReceivedEventWriter: its own store connection and validator.
class ReceivedEventStore final : public QObject
{
    Q_OBJECT

public:
    explicit ReceivedEventStore(SchemaSet schemas);

    Result<> open(const QString &path, int busyTimeoutMs);
    // Empty when stored; otherwise why not.
    QString keep(const ReceivedRequest &request);

private:
    SchemaSet m_schemas;
    Validator m_validator;
    EventStore m_store;
};
