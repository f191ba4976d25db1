#pragma once

#include <QByteArray>
#include <QString>

class RunReport;

// JUnit XML for CI: one testcase per event (set order), a failure with the request and the
// response when the expectation failed, skipped for events not sent or never finished.
class JUnitReport final
{
public:
    static QByteArray render(const RunReport &report);
    // The request and response as plain text (also used by the CSV and JSON readers' eyes).
    static QString exchangeText(const RunReport &report, int index);
    // Replaces characters XML 1.0 cannot hold, so any body can go into the file.
    static QString xmlSafe(const QString &text);
};
