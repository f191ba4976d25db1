#pragma once

#include "core/storage/storedevent.h"

#include <QString>

#include <optional>

// Narrows event listings and counts; empty fields match everything.
// Every member has a default, so {a, b} may name only the leading ones.
struct EventFilter
{
    QString family {};
    QString subType {};
    std::optional<EventValidity> validity {};

    bool isEmpty() const { return family.isEmpty() && subType.isEmpty() && !validity; }
};
