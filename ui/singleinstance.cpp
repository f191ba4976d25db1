#include "ui/singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QThread>

namespace {

constexpr int answerWaitMs = 3000; // a first instance still starting up gets this long
const QByteArray activate = "activate\n";

// Named after the store's absolute path (and the user): other stores run side by side.
QString instanceName(const QString &storePath)
{
    const QByteArray path = QFileInfo(storePath).absoluteFilePath().toUtf8();
    const QByteArray hash = QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex();
    return QStringLiteral("eventsmith-%1-%2")
        .arg(qEnvironmentVariable("USER", QStringLiteral("user")),
            QString::fromLatin1(hash.left(16)));
}

QString lockFolder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

} // namespace

SingleInstance::SingleInstance(const QString &storePath, QObject *parent)
    : QObject(parent)
    , m_name(instanceName(storePath))
    , m_lock(std::make_unique<QLockFile>(
          QDir(lockFolder()).filePath(m_name + QStringLiteral(".lock"))))
{
    m_lock->setStaleLockTime(0); // a dead holder's lock is taken over (its pid is checked)
}

SingleInstance::~SingleInstance() = default;

SingleInstance::Claim SingleInstance::claim()
{
    if (m_lock->tryLock(0)) {
        listen();
        return Claim::Mine;
    }
    return askToActivate() ? Claim::HandedOff : Claim::Unanswered;
}

qint64 SingleInstance::holderPid() const
{
    qint64 pid = 0;
    QString host, application;
    m_lock->getLockInfo(&pid, &host, &application);
    return pid;
}

void SingleInstance::listen()
{
    QLocalServer::removeServer(m_name); // a socket left by a crashed holder; the lock is ours
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *peer = m_server->nextPendingConnection()) {
            connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
                if (peer->readAll().contains(activate.trimmed()))
                    emit activationRequested();
                peer->disconnectFromServer();
            });
            connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
        }
    });
    m_server->listen(m_name);
}

bool SingleInstance::askToActivate() const
{
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < answerWaitMs) {
        QLocalSocket socket;
        socket.connectToServer(m_name);
        if (socket.waitForConnected(200)) {
            socket.write(activate);
            return socket.waitForBytesWritten(1000);
        }
        QThread::msleep(100);
    }
    return false;
}
