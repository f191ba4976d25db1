#pragma once

#include <QObject>

#include <memory>

class QLocalServer;
class QLockFile;

// One desktop app per store: the first instance holds a lock named after the store file and
// listens on a local socket; a second one started on the same store asks it to come to the
// front and ends, instead of running twice on one store.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    enum class Claim {
        Mine, // this process runs the store
        HandedOff, // another instance runs it and was asked to come to the front
        Unanswered, // another instance holds the store but does not answer
    };

    explicit SingleInstance(const QString &storePath, QObject *parent = nullptr);
    ~SingleInstance() override;

    Claim claim();
    // The process that holds the store (for the Unanswered message).
    qint64 holderPid() const;

signals:
    void activationRequested();

private:
    bool askToActivate() const;
    void listen();

    QString m_name;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
