#pragma once

#include <QString>

#include "core/json/simdjsonfwd.h"

class SchemaSet;

// Guesses the family of a payload given without one, and says why.
struct FamilyDetection
{
    QString family; // empty when nothing fits
    QString reason; // "detected crm: has opportunityId"

    static FamilyDetection detect(const SchemaSet &schemas, simdjson::dom::element payload);
};
