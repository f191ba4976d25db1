#include "ui/composer/send/sendpanel.h"

#include "core/net/sendhistoryrecord.h"

#include "ui/composer/send/dialogfacade.h"
#include "ui/composer/send/historypanel.h"
#include "ui/composer/send/responseview.h"
#include "ui/composer/send/sendadvice.h"
#include "ui/composer/send/sendbar.h"
#include "ui/composer/send/sendcontroller.h"
#include "ui/composer/send/targetsdialog.h"

#include "ui/workspace.h"

#include "core/io/curlwriter.h"
#include "core/library/eventsaver.h"
#include "core/net/responseenvelope.h"
#include "core/storage/eventstore.h"
#include "core/validation/validator.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QGuiApplication>
#include <QTabWidget>
#include <QVBoxLayout>

SendPanel::SendPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("sendPanel"));
    m_bar = new SendBar(workspace);
    m_controller = new SendController(workspace, this);
    m_response = new ResponseView;
    m_history = new HistoryPanel(workspace);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("sendTabs"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_history, tr("History"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    buildActions();
    connect(m_bar, &SendBar::sendClicked, this, &SendPanel::send);
    connect(m_bar, &SendBar::cancelClicked, this, &SendPanel::cancel);
    connect(m_bar, &SendBar::saveClicked, this, &SendPanel::save);
    connect(m_bar, &SendBar::editTargetsClicked, this, &SendPanel::editTargets);
    connect(m_controller, &SendController::busyChanged, this, &SendPanel::busyChanged);
    connect(m_controller, &SendController::finished, this, &SendPanel::sent);
    connect(m_controller, &SendController::note, this, [this](const QString &text) { tell(text); });
    connect(m_history, &HistoryPanel::recordChosen, this,
        [this](const SendRecord &record) { m_response->showRecord(record); });
    connect(m_history, &HistoryPanel::resendRequested, this, &SendPanel::resend);
}

void SendPanel::tell(const QString &text, MessageBar::Level level)
{
    emit messageRequested(text, level);
}

void SendPanel::buildActions()
{
    auto add = [this](const QString &text, const QList<QKeySequence> &keys, const char *name,
                   void (SendPanel::*slot)()) {
        auto *action = new QAction(text, this);
        action->setObjectName(QLatin1String(name));
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_actions << add(tr("&Send event"),
        {QKeySequence(tr("Ctrl+Return")), QKeySequence(tr("Ctrl+Enter"))}, "sendAction",
        &SendPanel::send);
    m_actions << add(tr("Sa&ve to library"), {QKeySequence::Save}, "saveAction", &SendPanel::save);
    m_actions << add(tr("Save as a ne&w event"), {QKeySequence(tr("Ctrl+Shift+S"))}, "saveAsAction",
        &SendPanel::saveAs);
    m_actions << add(tr("Edit &targets…"), {QKeySequence(tr("Ctrl+T"))}, "editTargetsAction",
        &SendPanel::editTargets);
    m_actions << add(tr("Copy as c&URL"), {QKeySequence(tr("Ctrl+Alt+C"))}, "copyAsCurlAction",
        &SendPanel::copyAsCurl);
    m_cancelAction = add(
        tr("Cancel send"), {QKeySequence(Qt::Key_Escape)}, "cancelSendAction", &SendPanel::cancel);
    m_cancelAction->setEnabled(false);
}

bool SendPanel::hasFocusInside() const
{
    return isAncestorOf(QApplication::focusWidget());
}

void SendPanel::findInResponse()
{
    m_tabs->setCurrentWidget(m_response);
    m_response->findInBody();
}

bool SendPanel::busy() const
{
    return m_controller->busy();
}

void SendPanel::send()
{
    if (busy() || !m_draft)
        return;
    const Draft draft = m_draft();
    const PayloadCheck &check = draft.check;
    if (draft.text.trimmed().isEmpty() || check.family.isEmpty() || !check.parsed) {
        tell(tr("Nothing to send: the payload must be a JSON object of a known family."),
            MessageBar::Level::Warning);
        return;
    }
    const QByteArray body = draft.text.toUtf8();
    const QString family = check.family;
    const int errors = int(std::count_if(check.findings.cbegin(), check.findings.cend(),
        [](const Finding &f) { return f.severity == Severity::Error; }));
    if (errors == 0) {
        startSend(body, family);
        return;
    }
    DialogFacade::confirm(this, tr("Send with errors?"),
        tr("The event has %n error finding(s). The API may reject it or store it incomplete. "
           "Send it anyway?",
            nullptr, errors),
        tr("Send anyway"), [this, body, family](bool accepted) {
            if (accepted)
                startSend(body, family);
            else
                tell(tr("Not sent: fix the findings first."));
        });
}

void SendPanel::startSend(const QByteArray &body, const QString &family)
{
    const TargetConfig target = m_workspace.currentTarget();
    if (!target.urlTemplate.contains(QLatin1String(TargetConfig::PortPlaceholder))
        || m_workspace.sendingPort() != 0) {
        sendNow(body, family);
        return;
    }
    // A target on the app's own receiver ({port}) has nowhere to go while it is stopped.
    DialogFacade::confirm(this, tr("Local receiver stopped"),
        tr("\"%1\" sends to this app's local receiver, which is stopped. Start it and send?")
            .arg(target.name),
        tr("Start receiver and send"), [this, body, family](bool accepted) {
            if (!accepted) {
                tell(tr("Not sent: the local receiver is stopped. Start it on the Receiver page, "
                        "or choose another target."),
                    MessageBar::Level::Warning);
                return;
            }
            if (const auto started = m_workspace.startReceiver(); !started) {
                tell(tr("Not sent: the local receiver could not start: %1")
                         .arg(started.error().message),
                    MessageBar::Level::Error);
                return;
            }
            sendNow(body, family);
        });
}

void SendPanel::sendNow(const QByteArray &body, const QString &family)
{
    m_response->showSending(m_workspace.currentTarget().name);
    m_tabs->setCurrentWidget(m_response);
    emit sendStarted();
    m_controller->send(body, family, m_eventId);
}

void SendPanel::resend(const SendRecord &record)
{
    if (busy())
        return;
    const QByteArray &body = record.requestBody;
    const PayloadCheck check = PayloadCheck::checkText(m_workspace.validator(), QString(),
        std::string_view(body.constData(), size_t(body.size())));
    if (check.family.isEmpty()) {
        tell(tr("Cannot re-send: %1").arg(check.familyReason), MessageBar::Level::Warning);
        return;
    }
    startSend(body, check.family);
}

void SendPanel::cancel()
{
    m_controller->cancel();
}

void SendPanel::busyChanged(bool busy)
{
    m_bar->setBusy(busy);
    m_cancelAction->setEnabled(busy);
    m_actions.first()->setEnabled(!busy);
}

void SendPanel::sent(const SendResult &result, qint64 recordId, const QString &problem)
{
    SendRecord record = SendHistoryRecord::from(m_workspace.currentTarget().name, result);
    record.id = recordId;
    const QString envVar = m_workspace.currentTarget().envVar;
    m_response->showRecord(record, envVar);
    m_history->addRecord(recordId);
    emit recorded(recordId); // after the views: the composer may show another tab's instead
    const QString advice = SendAdvice::forRecord(record, envVar);
    if (!advice.isEmpty()) {
        const QString what = result.transportOk()
            ? tr("%1 %2").arg(result.status).arg(result.reason)
            : result.errorMessage;
        tell(tr("Send failed: %1. %2").arg(what, advice), MessageBar::Level::Error);
    } else {
        const auto &envelope = result.envelope;
        tell(tr("Sent: %1, requestId %2%3")
                 .arg(result.status)
                 .arg(envelope ? envelope->requestId : tr("(none)"))
                 .arg(envelope && envelope->duplicate.value_or(false) ? tr(", a duplicate")
                                                                      : QString()));
    }
    if (!problem.isEmpty())
        tell(tr("The send was not recorded in the history: %1").arg(problem),
            MessageBar::Level::Warning);
}

void SendPanel::save()
{
    store(m_eventId, m_bar->eventName());
}

// A new event from the same text; the tab then edits the new event.
void SendPanel::saveAs()
{
    const QString name = m_bar->eventName();
    store(0, m_eventId != 0 && name == m_eventName ? tr("%1 (copy)").arg(name) : name);
}

void SendPanel::store(qint64 eventId, const QString &eventName)
{
    if (!m_draft)
        return;
    const Draft draft = m_draft();
    const auto stored = EventSaver::save(
        m_workspace.store(), eventId, eventName, draft.text, draft.check, m_bar->chosenSetId());
    if (!stored) {
        tell(tr("Not saved: %1").arg(stored.error().message), MessageBar::Level::Error);
        return;
    }
    const auto event = m_workspace.store().event(stored.value().eventId);
    const QString name = event ? event.value().name : eventName;
    emit saved(stored.value().eventId, name);
    m_workspace.notifyLibraryChanged();
    QString text = stored.value().inserted ? tr("Saved “%1” in the library").arg(name)
                                           : tr("Updated “%1”").arg(name);
    if (stored.value().addedToSet)
        text += tr(" and added it to the chosen set");
    tell(text + QLatin1Char('.'));
}

// The request Send would make, as a shell command; the key stays an environment variable.
void SendPanel::copyAsCurl()
{
    if (!m_draft)
        return;
    const Draft draft = m_draft();
    EventWriter::Options options;
    options.setName = m_eventName.isEmpty() ? tr("A new event") : m_eventName;
    options.target = m_workspace.currentTarget();
    options.receiverPort = m_workspace.receiverPort();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CurlWriter writer(options);
    writer.begin(&buffer);
    writer.write({draft.check.family, options.setName, draft.text.toUtf8(), {}, {}});
    writer.finish();
    QGuiApplication::clipboard()->setText(QString::fromUtf8(buffer.data()));
    tell(tr("Copied a cURL command for %1; it reads the key from $%2.")
             .arg(options.target.name, options.target.envVar));
}

void SendPanel::editTargets()
{
    auto *dialog = new TargetsDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SendPanel::setOpenEvent(qint64 eventId, const QString &name)
{
    m_eventId = eventId;
    m_eventName = name;
    m_bar->setEventName(name);
}

void SendPanel::showDocument(const OpenDocument &document)
{
    setOpenEvent(document.eventId, document.name);
    m_history->setEvent(document.eventId, document.unsavedSends);
    m_response->clear();
    if (document.lastSend <= 0)
        return;
    if (const auto record = m_workspace.store().history().record(document.lastSend))
        m_response->showRecord(record.value(), m_workspace.currentTarget().envVar);
}
