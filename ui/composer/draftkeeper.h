#pragma once

#include "core/storage/storeddraft.h"

#include <QCoreApplication>
#include <QObject>

class ComposerDocument;
class DocumentTabs;
class EventStore;
class QTimer;

// Keeps every open tab in the store as a draft, so nothing typed is lost: a document's text is
// written a moment after typing stops, and everything at once on a tab or page switch and at
// quit. What a crash or a kill can take is at most the last pause's worth of typing.
class DraftKeeper final : public QObject
{
    Q_OBJECT

public:
    // How long after the last change a draft is written.
    static constexpr int WriteDelayMs = 250;

    DraftKeeper(EventStore &store, DocumentTabs &tabs, QObject *parent = nullptr);

    // The drafts of the last session, in tab order.
    QList<StoredDraft> load();
    void watch(ComposerDocument *document);
    // Drops a closed tab's draft.
    void forget(qint64 draftId);
    void arrangementChanged();

public slots:
    // Writes every document with unwritten changes, and the tab order.
    void writeNow();

signals:
    void problem(const QString &message);

private:
    void report(const QString &message);

    EventStore &m_store;
    DocumentTabs &m_tabs;
    QTimer *m_timer = nullptr;
    bool m_arrangementChanged = true;
    bool m_reported = false; // one message per failure streak, not one per keystroke
};
