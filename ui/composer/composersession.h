#pragma once

#include "core/storage/storeddraft.h"
#include "ui/widgets/messagebar.h"

#include <QObject>

#include <functional>

class ComposerDocument;
class DocumentTabs;
class DraftKeeper;
class Workspace;

// The composer's documents over time: which tabs are open, how they start (the last session's
// drafts, a stored event, an example, a paste), how they close (asking when unsaved) and come
// back (Reopen closed tab), and that every one of them is kept as a draft.
class ComposerSession final : public QObject
{
    Q_OBJECT

public:
    // Saves `document` as the user asked when closing it; true when it is then clean.
    using Saver = std::function<bool(ComposerDocument *document)>;

    ComposerSession(Workspace &workspace, DocumentTabs &tabs, QWidget *dialogParent);
    ~ComposerSession() override;

    void setSaver(Saver saver) { m_saver = std::move(saver); }
    // The last session's tabs as they were; on a first start the first sample, stored.
    void restore();
    ComposerDocument *openExample(const QString &family, int index);
    ComposerDocument *openText(const QString &text, const QString &title);
    // Shows the tab of stored event `eventId`, opening it if no tab has it.
    void openStoredEvent(qint64 eventId);
    void duplicateCurrent();
    void closeCurrent();
    // Closes `document`, first asking Save / Discard / Cancel when it has unsaved changes.
    void close(ComposerDocument *document);
    void reopenClosed();
    // Tabs whose stored event was deleted become new events.
    void libraryChanged();
    DraftKeeper &keeper() const { return *m_keeper; }

signals:
    void message(const QString &text, MessageBar::Level level = MessageBar::Level::Info);

private:
    ComposerDocument *openDraft(const StoredDraft &draft, bool inBackground = false);
    ComposerDocument *add(ComposerDocument *document, bool inBackground = false);
    bool openFirstSample();
    void discard(ComposerDocument *document);
    QString storedText(qint64 eventId) const;
    void explainDraftsOnce(ComposerDocument *document);

    Workspace &m_workspace;
    DocumentTabs &m_tabs;
    QWidget *m_dialogParent = nullptr;
    DraftKeeper *m_keeper = nullptr;
    Saver m_saver;
    bool m_draftsExplained = false;
};
