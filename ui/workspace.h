#pragma once

#include "core/common/result.h"
#include "core/net/targetconfig.h"
#include "core/net/targetresolver.h"
#include "core/schema/schemaset.h"

#include <QObject>

#include <memory>

class EventStore;
class Receiver;
class SecretStore;
class Validator;

// What every page shares: the schemas and validator, the local store, the local receiver (started
// with the app), the keychain and the current target. Created once by main() (tests make their
// own on a temporary folder); pages talk to one another only through its signals.
class Workspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Workspace)

public:
    struct Options
    {
        QString storePath; // empty: the default data folder (or $EVENTSMITH_STORE)
        // busy: any free port, and the local target follows
        quint16 receiverPort = TargetResolver::DefaultReceiverPort;
        bool startReceiver = true;
        bool seedSamples = true;
    };

    explicit Workspace(const Options &options, QObject *parent = nullptr);
    ~Workspace() override;

    const SchemaSet &schemas() const { return m_schemas; }
    const Validator &validator() const { return *m_validator; }
    EventStore &store() { return *m_store; }
    bool storeOpen() const;
    QString storePath() const { return m_storePath; }
    Receiver &receiver() { return *m_receiver; }
    SecretStore &secrets() { return *m_secrets; }

    // Problems found while starting (schemas, store, receiver), for the message bar.
    QStringList startupProblems() const { return m_problems; }
    qint64 samplesSetId() const { return m_samplesSetId; }

    QList<TargetConfig> targets() const;
    TargetConfig currentTarget() const;
    void setCurrentTarget(const QString &name);
    // The port that fills {port} in the local receiver's URL template when addresses are shown
    // or exported: the receiver's, or the one it will take.
    quint16 receiverPort() const;
    // Where a request to {port} goes: 0 while the receiver is stopped, so such a send fails
    // saying so instead of reaching whatever else listens on the preferred port.
    quint16 sendingPort() const;

    // Pages that change the store say so, and pages that show it refresh.
    void notifyLibraryChanged() { emit libraryChanged(); }
    void notifyTargetsChanged() { emit targetsChanged(); }

signals:
    void libraryChanged();
    void targetsChanged();
    void currentTargetChanged(const TargetConfig &target);
    void receiverStateChanged();
    // Asks the composer to open a stored event (library, history, inbox).
    void openEventRequested(qint64 eventId);

public slots:
    Result<quint16> startReceiver();
    void stopReceiver();

private:
    void loadSchemas();
    void openStore(const QString &path, bool seedSamples);
    void ensureLocalTarget();

    SchemaSet m_schemas;
    std::unique_ptr<Validator> m_validator;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<Receiver> m_receiver;
    std::unique_ptr<SecretStore> m_secrets;
    QString m_storePath;
    QString m_currentTarget;
    quint16 m_preferredPort = TargetResolver::DefaultReceiverPort;
    QStringList m_problems;
    qint64 m_samplesSetId = 0;
};
