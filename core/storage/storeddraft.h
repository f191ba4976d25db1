#pragma once

#include <QList>
#include <QString>

// One open composer tab as kept in the store, so it comes back after a quit, a crash or a kill:
// its text (saved or not), which stored event it edits (0: a new event), and where it stands.
// Drafts are not library events: sets, exports and replays never read them.
struct StoredDraft
{
    qint64 id = 0; // 0 until stored
    qint64 eventId = 0;
    QString name {};
    QString family {}; // the family the user chose; empty: detected from the text
    QString text {};
    bool dirty = false; // the text differs from the stored event (or was never saved)
    int cursor = 0;
    QList<qint64> sendIds {}; // sends of a new event, attached to it once it is saved
    int position = 0;
    bool current = false;
};
