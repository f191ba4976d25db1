#pragma once

#include "core/net/sendresult.h"
#include "core/storage/sendrecord.h"
#include "core/templates/templateresolver.h"

#include <QObject>

class Sender;
class Workspace;

// Sends the composer's event to the current target: resolves its templates, finds the key
// (keychain or environment), posts it with the core Sender and records the exchange in the
// history with secrets redacted. One send at a time; the UI shows progress meanwhile.
class SendController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendController)

public:
    explicit SendController(Workspace &workspace, QObject *parent = nullptr);
    ~SendController() override;

    bool busy() const { return m_pending != 0; }
    // `body` as written (templates are resolved here); `eventId` 0 for an unsaved event.
    void send(const QByteArray &body, const QString &family, qint64 eventId);

public slots:
    void cancel();

signals:
    void busyChanged(bool busy);
    // `recordId` is the history row (0 when it could not be stored); `problem` says why not.
    void finished(const SendResult &result, qint64 recordId, const QString &problem);
    // Something the user should know that does not stop the send (e.g. no API key).
    void note(const QString &text);

private:
    void onFinished(const SendResult &result);

    Workspace &m_workspace;
    Sender *m_sender = nullptr;
    TemplateResolver m_resolver;
    quint64 m_pending = 0;
    qint64 m_eventId = 0;
    QString m_targetName;
};
