#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class RunReport;

// Picks a report format by name and writes the file (all formats share RunReport, so the
// secrets it has redacted stay redacted in every one).
class ReportWriter final
{
public:
    enum class Format { JUnit, Json, Html, Csv };

    static Result<Format> formatFromName(const QString &name);
    static QString formatName(Format format);
    static QByteArray render(const RunReport &report, Format format);
    // Writes atomically (QSaveFile): a reader never sees half a report.
    static Result<> write(const RunReport &report, Format format, const QString &path);

    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};
