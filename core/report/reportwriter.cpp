#include "core/report/reportwriter.h"

#include "core/report/csvreport.h"
#include "core/report/htmlreport.h"
#include "core/report/jsonreport.h"
#include "core/report/junitreport.h"
#include "core/report/reporterrors.h"
#include "core/report/runreport.h"

#include <QSaveFile>

Result<ReportWriter::Format> ReportWriter::formatFromName(const QString &name)
{
    for (Format f : {Format::JUnit, Format::Json, Format::Html, Format::Csv}) {
        if (formatName(f).compare(name, Qt::CaseInsensitive) == 0)
            return f;
    }
    return Error {ReportErrors::Format,
        tr("unknown report format \"%1\": use junit, json, html or csv").arg(name)};
}

QString ReportWriter::formatName(Format format)
{
    switch (format) {
    case Format::JUnit:
        return QStringLiteral("junit");
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Csv:
        break;
    }
    return QStringLiteral("csv");
}

QByteArray ReportWriter::render(const RunReport &report, Format format)
{
    switch (format) {
    case Format::JUnit:
        return JUnitReport::render(report);
    case Format::Json:
        return JsonReport::render(report);
    case Format::Html:
        return HtmlReport::render(report);
    case Format::Csv:
        break;
    }
    return CsvReport::render(report);
}

Result<> ReportWriter::write(const RunReport &report, Format format, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {ReportErrors::Write, tr("cannot write %1: %2").arg(path, file.errorString())};
    file.write(render(report, format));
    if (!file.commit())
        return Error {ReportErrors::Write, tr("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}
