#pragma once

#include <QByteArray>
#include <QString>

class RunReport;

// One CSV row per event (RFC 4180 quoting) for spreadsheets, bodies included.
class CsvReport final
{
public:
    static QByteArray render(const RunReport &report);
    // Quotes when needed; a leading = + - @ gets a ' so spreadsheets show it as text.
    static QString field(const QString &value);
};
