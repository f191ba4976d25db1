#pragma once

#include "core/validation/payloadcheck.h"

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

// Asked for the current draft each time the user sends or saves.
using DraftSource = std::function<Draft()>;
