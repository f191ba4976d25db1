#pragma once

#include "core/validation/payloadcheck.h"

#include <QList>
#include <QString>

#include <functional>

// What the send panel needs from the event being composed, handed over as a value when it
// sends or saves, so sending does not depend on the page that edits the event. (Which stored
// event is open comes separately, through SendPanel::setOpenEvent.)
struct Draft
{
    QString text;
    PayloadCheck check;
};

// The tab in front, as the send panel shows it: its event, the sends of a still unsaved event
// and the last response.
struct OpenDocument
{
    qint64 eventId = 0;
    QString name;
    QList<qint64> unsavedSends;
    qint64 lastSend = 0;
};

// Asked for the current draft each time the user sends or saves.
using DraftSource = std::function<Draft()>;
