#pragma once

#include "core/storage/storeddraft.h"

#include <QList>
#include <QTabBar>

class ComposerDocument;

// The composer's open events, one tab each, in tab order: titles with a dirty marker, close
// buttons, drag to reorder, and the closed tabs kept (as drafts) so they can be reopened.
class DocumentTabs final : public QTabBar
{
    Q_OBJECT

public:
    explicit DocumentTabs(QWidget *parent = nullptr);

    ComposerDocument *current() const;
    QList<ComposerDocument *> documents() const;
    // Adds `document` (the tabs own it) after the current tab and, unless `inBackground`,
    // brings it to the front.
    void add(ComposerDocument *document, bool inBackground = false);
    void show(ComposerDocument *document);
    // Removes the tab without asking, keeping what it held for reopenClosed().
    void remove(ComposerDocument *document);
    ComposerDocument *findEvent(qint64 eventId) const;
    void showNext();
    void showPrevious();

    // The last closed tab, for Reopen closed tab; empty when none is left.
    bool hasClosed() const { return !m_closed.isEmpty(); }
    StoredDraft takeClosed();
    // What a document is as a draft: text, identity and place.
    StoredDraft snapshot(const ComposerDocument *document) const;

signals:
    void currentDocumentChanged(ComposerDocument *document);
    // The user asked to close a tab (its close button or a middle click).
    void closeRequested(ComposerDocument *document);
    // Tabs were added, removed or moved.
    void arrangementChanged();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    ComposerDocument *documentAt(int index) const;
    int indexOf(const ComposerDocument *document) const;
    void refreshTitle(ComposerDocument *document);

    QList<StoredDraft> m_closed;
};
