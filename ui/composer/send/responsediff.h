#pragma once

#include <QString>
#include <QStringList>

struct SendRecord;

// Compares two responses line by line (status, envelope fields, then the pretty body), so a
// change such as duplicate false → true stands out between two sends of the same event.
class ResponseDiff final
{
public:
    // The record as the lines that are compared.
    static QStringList lines(const SendRecord &record);
    // Unified-style lines: "  " same, "- " only in `older`, "+ " only in `newer`.
    static QStringList diff(const QStringList &older, const QStringList &newer);
};
