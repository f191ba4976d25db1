#include "ui/composer/draftkeeper.h"

#include "ui/composer/composerdocument.h"
#include "ui/composer/documenttabs.h"

#include "core/storage/eventstore.h"

#include <QTimer>

DraftKeeper::DraftKeeper(EventStore &store, DocumentTabs &tabs, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tabs(tabs)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(WriteDelayMs);
    connect(m_timer, &QTimer::timeout, this, &DraftKeeper::writeNow);
}

QList<StoredDraft> DraftKeeper::load()
{
    if (!m_store.isOpen())
        return {};
    auto drafts = m_store.drafts().list();
    if (!drafts) {
        emit problem(
            tr("The tabs of the last session could not be read: %1").arg(drafts.error().message));
        return {};
    }
    return drafts.value();
}

void DraftKeeper::watch(ComposerDocument *document)
{
    connect(document, &ComposerDocument::stateChanged, m_timer, qOverload<>(&QTimer::start));
    m_timer->start();
}

void DraftKeeper::forget(qint64 draftId)
{
    if (draftId <= 0 || !m_store.isOpen())
        return;
    if (const auto removed = m_store.drafts().remove(draftId); !removed)
        report(removed.error().message);
}

void DraftKeeper::arrangementChanged()
{
    m_arrangementChanged = true;
    m_timer->start();
}

void DraftKeeper::writeNow()
{
    m_timer->stop();
    if (!m_store.isOpen())
        return;
    DraftStore drafts = m_store.drafts();
    QList<qint64> order;
    for (ComposerDocument *document : m_tabs.documents()) {
        if (document->needsWrite() || document->draftId() == 0) {
            const auto written = drafts.write(m_tabs.snapshot(document));
            if (!written) {
                report(written.error().message);
                return;
            }
            document->setDraftId(written.value());
            document->setWritten();
            m_arrangementChanged = true;
        }
        order << document->draftId();
    }
    if (m_arrangementChanged) {
        const ComposerDocument *current = m_tabs.current();
        if (const auto arranged = drafts.arrange(order, current ? current->draftId() : 0);
            !arranged) {
            report(arranged.error().message);
            return;
        }
        m_arrangementChanged = false;
    }
    m_reported = false;
}

void DraftKeeper::report(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    emit problem(tr("Unsaved changes could not be kept as a draft: %1").arg(message));
}
