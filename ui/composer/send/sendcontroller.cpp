#include "ui/composer/send/sendcontroller.h"

#include "ui/workspace.h"

#include "core/net/secretstore.h"
#include "core/net/sender.h"
#include "core/net/sendhistoryrecord.h"
#include "core/storage/eventstore.h"

#include <QRandomGenerator>

SendController::SendController(Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_sender(new Sender(this))
    , m_resolver(nullptr, QRandomGenerator::global()->generate())
{
    connect(m_sender, &Sender::finished, this, &SendController::onFinished);
}

SendController::~SendController() = default;

void SendController::send(const QByteArray &body, const QString &family, qint64 eventId)
{
    if (busy())
        return;
    const TargetConfig target = m_workspace.currentTarget();
    QString key;
    if (const auto resolved = m_workspace.secrets().resolveKey(target))
        key = resolved.value().key;
    else
        emit note(tr("Sending without an API key: %1").arg(resolved.error().message));
    m_resolver.allowEnvironment(target.templateEnvironment);
    Findings unresolved; // already shown as findings in the composer
    const QByteArray resolved = m_resolver.resolveJson(body, &unresolved);
    m_resolver.setSeq(m_resolver.seq() + 1);
    m_eventId = eventId;
    m_targetName = target.name;
    m_pending = m_sender->send({target, family, resolved, key, m_workspace.sendingPort()});
    emit busyChanged(true);
}

void SendController::cancel()
{
    if (busy())
        m_sender->cancel(m_pending);
}

void SendController::onFinished(const SendResult &sent)
{
    if (sent.id != m_pending)
        return;
    m_pending = 0;
    const SendResult &result = sent; // the Sender masked the key in both bodies
    SendRecord record = SendHistoryRecord::from(m_targetName, result);
    record.eventId = m_eventId;
    qint64 recordId = 0;
    QString problem;
    if (const auto appended = m_workspace.store().history().append(record))
        recordId = appended.value();
    else
        problem = appended.error().message;
    emit busyChanged(false);
    emit finished(result, recordId, problem);
}
