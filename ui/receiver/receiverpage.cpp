#include "ui/receiver/receiverpage.h"

#include "ui/receiver/endpointpanel.h"
#include "ui/receiver/inboxmodel.h"
#include "ui/receiver/receivercontrols.h"
#include "ui/receiver/receivercountsview.h"
#include "ui/receiver/requestformatter.h"

#include "ui/widgets/messagebar.h"
#include "ui/workspace.h"

#include "core/library/receivedeventsaver.h"
#include "core/receiver/receiver.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

ReceiverPage::ReceiverPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("receiverPage"));
    Receiver &receiver = m_workspace.receiver();
    m_model = new InboxModel(receiver.settings().inboxCapacity, this);
    m_model->setObjectName(QStringLiteral("inboxModel"));
    m_messageBar = new MessageBar;
    m_controls = new ReceiverControls;
    m_controls->setSettings(receiver.settings());
    m_endpoint = new EndpointPanel(m_workspace.schemas());
    m_counts = new ReceiverCountsView(m_workspace.schemas().families());
    buildActions();

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("receiverSplitter"));
    splitter->addWidget(buildLeftColumn());
    splitter->addWidget(buildInbox());
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(splitter, 1);

    connect(m_controls, &ReceiverControls::settingsEdited, this, &ReceiverPage::applySettings);
    connect(m_controls, &ReceiverControls::startStopClicked, this, &ReceiverPage::toggleReceiver);
    connect(&m_workspace, &Workspace::receiverStateChanged, this, &ReceiverPage::updateState);
    connect(&receiver, &Receiver::requestReceived, this, [this](const ReceivedRequest &request) {
        m_model->enqueue(request);
        m_counts->countRequest(request);
    });
    connect(m_model, &InboxModel::flushed, this, &ReceiverPage::refreshCounts);
    m_model->reset(receiver.inbox());
    for (const ReceivedRequest &request : receiver.inbox())
        m_counts->countRequest(request);
    refreshCounts();
    updateState();
}

void ReceiverPage::buildActions()
{
    auto make = [this](const QString &name, const QString &text, const QKeySequence &keys) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
            QString(text).remove(QLatin1Char('&')), keys.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_startStopAction = make(QStringLiteral("startStopReceiverAction"),
        tr("Start/stop the &receiver"), QKeySequence(tr("Ctrl+Shift+R")));
    m_clearAction
        = make(QStringLiteral("clearInboxAction"), tr("&Clear inbox"), QKeySequence(tr("Ctrl+K")));
    m_saveAction = make(QStringLiteral("saveToLibraryAction"), tr("&Save to library"),
        QKeySequence(tr("Ctrl+Shift+L")));
    m_openAction = make(QStringLiteral("openInComposerAction"), tr("&Open in composer"),
        QKeySequence(tr("Ctrl+Shift+O")));
    m_saveAction->setIcon(QIcon(QStringLiteral(":/icons/add.svg")));
    m_openAction->setIcon(QIcon(QStringLiteral(":/icons/compose.svg")));
    m_openAction->setEnabled(false);
    m_clearAction->setIcon(QIcon(QStringLiteral(":/icons/remove.svg")));
    m_saveAction->setEnabled(false);
    m_clearAction->setToolTip(m_clearAction->toolTip()
        + tr(": also resets the counts and forgets the dedup IDs seen, for a fresh start"));
    connect(m_startStopAction, &QAction::triggered, this, &ReceiverPage::toggleReceiver);
    connect(m_clearAction, &QAction::triggered, this, &ReceiverPage::clearInbox);
    connect(m_saveAction, &QAction::triggered, this, &ReceiverPage::saveSelectedToLibrary);
    connect(m_openAction, &QAction::triggered, this, &ReceiverPage::openInComposer);
}

QWidget *ReceiverPage::buildLeftColumn()
{
    auto *column = new QWidget;
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(m_controls);
    auto *title = new QLabel(tr("<b>Counts</b>"));
    layout->addWidget(title);
    layout->addWidget(m_counts, 1);
    m_controls->startStopButton()->setToolTip(m_startStopAction->toolTip());
    auto *scroll = new QScrollArea;
    scroll->setWidget(column);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(300);
    return scroll;
}

QWidget *ReceiverPage::buildInboxStack()
{
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("inboxView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    const QList<int> widths = {100, 80, 170, 100, 85, 70};
    for (int column = 0; column < widths.size(); ++column)
        m_view->setColumnWidth(column, widths.at(column));
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ReceiverPage::showDetails);
    m_emptyState = new QLabel;
    m_emptyState->setObjectName(QStringLiteral("inboxEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyState->setEnabled(false); // drawn in the palette's placeholder tone
    m_inboxStack = new QStackedWidget;
    m_inboxStack->addWidget(m_emptyState);
    m_inboxStack->addWidget(m_view);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ReceiverPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceiverPage::updateEmptyState);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ReceiverPage::openInComposer);
    return m_inboxStack;
}

QWidget *ReceiverPage::buildInbox()
{
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setPlaceholderText(
        tr("Select a request to see its headers, body, the answer sent and the findings."));

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_saveAction, m_openAction, m_clearAction}) {
        auto *button = new QToolButton;
        button->setObjectName(
            action->objectName().replace(QStringLiteral("Action"), QStringLiteral("Button")));
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_endpoint);
    topLayout->addLayout(buttons);
    topLayout->addWidget(buildInboxStack(), 1);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("inboxSplitter"));
    split->addWidget(top);
    split->addWidget(m_details);
    split->setSizes({500, 300});
    return split;
}

void ReceiverPage::applySettings()
{
    Receiver &receiver = m_workspace.receiver();
    receiver.setSettings(m_controls->settings(receiver.settings()));
    updateState();
}

void ReceiverPage::toggleReceiver()
{
    if (m_workspace.receiver().isListening())
        m_workspace.stopReceiver();
    else
        startReceiver();
}

void ReceiverPage::startReceiver()
{
    applySettings();
    const quint16 wanted = m_workspace.receiver().settings().port;
    const Result<quint16> started = m_workspace.startReceiver();
    if (!started)
        m_messageBar->showMessage(
            tr("The receiver could not start: %1").arg(started.error().message),
            MessageBar::Level::Error);
    else if (wanted != 0 && started.value() != wanted)
        m_messageBar->showMessage(
            tr("Port %1 is busy: listening on %2 instead.").arg(wanted).arg(started.value()),
            MessageBar::Level::Warning);
}

void ReceiverPage::updateState()
{
    const Receiver &receiver = m_workspace.receiver();
    const bool listening = receiver.isListening();
    m_controls->setListening(listening, receiver.port());
    m_startStopAction->setText(listening ? tr("Stop the &receiver") : tr("Start the &receiver"));
    m_endpoint->setEndpoint(
        listening ? receiver.port() : receiver.settings().port, receiver.settings().apiKey);
    updateEmptyState();
}

void ReceiverPage::updateEmptyState()
{
    const bool listening = m_workspace.receiver().isListening();
    m_emptyState->setText(listening
            ? tr("Nothing received yet — send from the composer or point n8n/curl at %1")
                  .arg(m_endpoint->url())
            : tr("Nothing received yet — the receiver is stopped; start it (%1) and send from "
                 "the composer or point n8n/curl at it.")
                  .arg(m_startStopAction->shortcut().toString(QKeySequence::NativeText)));
    m_inboxStack->setCurrentWidget(
        m_model->rowCount() == 0 ? static_cast<QWidget *>(m_emptyState) : m_view);
}

QList<int> ReceiverPage::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ReceiverPage::showDetails()
{
    const QList<int> rows = selectedRows();
    const ReceivedRequest *request = rows.size() == 1 ? m_model->request(rows.first()) : nullptr;
    m_saveAction->setEnabled(!rows.isEmpty());
    m_openAction->setEnabled(request && !request->body.isEmpty());
    if (request)
        m_details->setHtml(RequestFormatter::html(*request));
    else
        m_details->clear();
}

void ReceiverPage::refreshCounts()
{
    m_counts->refresh(m_workspace.receiver().stats());
}

void ReceiverPage::clearInbox()
{
    Receiver &receiver = m_workspace.receiver();
    receiver.clearInbox();
    receiver.resetStats();
    m_model->clear();
    m_counts->clearStatuses();
    refreshCounts();
    m_details->clear();
}

void ReceiverPage::saveSelectedToLibrary()
{
    ReceivedEventSaver saver(m_workspace.validator(), m_workspace.store());
    QStringList problems;
    int saved = 0;
    for (int row : selectedRows()) {
        bool alreadyThere = false;
        const Result<qint64> id = saver.save(*m_model->request(row), &alreadyThere);
        if (!id)
            problems << id.error().message;
        else if (alreadyThere)
            problems << tr("Request #%1 is already in the library.")
                            .arg(m_model->request(row)->sequence);
        else
            ++saved;
    }
    if (saved > 0)
        m_workspace.notifyLibraryChanged();
    const QString done = tr("Saved %n request(s) to the library.", nullptr, saved);
    if (!problems.isEmpty())
        m_messageBar->showMessage(
            done + QLatin1Char(' ') + problems.join(QLatin1Char(' ')), MessageBar::Level::Warning);
    else if (saved > 0)
        m_messageBar->showMessage(done);
}

// The composer edits stored events, so the request is kept in the library first (once).
void ReceiverPage::openInComposer()
{
    const QList<int> rows = selectedRows();
    const ReceivedRequest *request = rows.size() == 1 ? m_model->request(rows.first()) : nullptr;
    if (!request)
        return;
    bool alreadyThere = false;
    const Result<qint64> id = ReceivedEventSaver(m_workspace.validator(), m_workspace.store())
                                  .save(*request, &alreadyThere);
    if (!id) {
        m_messageBar->showMessage(id.error().message, MessageBar::Level::Warning);
        return;
    }
    if (!alreadyThere)
        m_workspace.notifyLibraryChanged();
    emit m_workspace.openEventRequested(id.value());
}

// The state banner's colours follow a switch between light and dark.
void ReceiverPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateState();
    QWidget::changeEvent(event);
}
