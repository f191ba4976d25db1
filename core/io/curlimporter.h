#pragma once

#include "core/io/importreport.h"

#include "core/common/result.h"

#include <QCoreApplication>
#include <QDir>

// Turns curl commands (as API docs and browsers print them) into events: -X/--request, --url,
// -H/--header, -d/--data/--data-raw/--data-binary/--data-ascii/--json, @file bodies. The family
// comes from the URL path; an api_key header or query parameter is lifted out into the report
// (never into the event); every other option is listed as unsupported, not dropped silently.
class CurlImporter final
{
public:
    // A file of commands, and the file an `-d @file` names (a payload), are read up to these
    // sizes: `-d @/dev/zero` ends in an error, not in memory exhaustion.
    static constexpr qint64 MaxCommandFileBytes = qint64(64) << 20;
    static constexpr qint64 MaxDataFileBytes = qint64(64) << 20;

    // `baseDir` resolves relative @file names.
    static Result<ImportReport> importText(const QString &text, const QDir &baseDir = QDir());
    static Result<ImportReport> importFile(const QString &path);

private:
    struct Request
    {
        QString method;
        QString url;
        QList<QPair<QString, QString>> headers;
        QByteArray body;
        bool hasBody = false;
    };

    static Result<Request> parse(
        const QStringList &words, const QDir &baseDir, QStringList *unsupported);
    static Result<QByteArray> dataArgument(
        const QString &option, const QString &value, const QDir &baseDir);
    static void addEvent(const Request &request, int index, ImportReport &report);
    static void takeKey(const QString &value, bool inQuery, ImportReport &report);

    Q_DECLARE_TR_FUNCTIONS(CurlImporter)
};
