#include "core/io/harimporter.h"

#include "core/io/boundedreader.h"
#include "core/io/eventendpoint.h"
#include "core/io/ioerrors.h"
#include "core/net/redactor.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

Result<ImportReport> HarImporter::importFile(const QString &path)
{
    const Result<QByteArray> data = BoundedReader::readFile(path);
    if (!data)
        return data.error();
    return importData(data.value(), QFileInfo(path).fileName());
}

Result<ImportReport> HarImporter::importData(const QByteArray &json, const QString &name)
{
    const QJsonObject log
        = QJsonDocument::fromJson(json).object().value(QStringLiteral("log")).toObject();
    if (!log.value(QStringLiteral("entries")).isArray())
        return Error {IoErrors::NotHar, tr("%1: not a HAR file (no log.entries list)").arg(name)};
    ImportReport report;
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
        const QString method = request.value(QStringLiteral("method")).toString().toUpper();
        const QString url = request.value(QStringLiteral("url")).toString();
        const QString family = EventEndpoint::familyOf(url);
        const QJsonObject postData = request.value(QStringLiteral("postData")).toObject();
        const QString label = QStringLiteral("%1#%2").arg(name).arg(i);
        if (method != QLatin1String("POST") || family.isEmpty()
            || !postData.contains(QStringLiteral("text"))) {
            report.skipped << QStringLiteral("%1: %2 %3 is not a POST with a body to the events "
                                             "endpoint")
                                  .arg(label, method, Redactor().redactText(url));
            continue;
        }
        if (report.urlTemplate.isEmpty())
            report.urlTemplate = EventEndpoint::urlTemplate(url);
        const QJsonObject ours = entry.value(QStringLiteral("_eventsmith")).toObject();
        PortableEvent event;
        event.family = family;
        event.name = ours.value(QStringLiteral("name"))
                         .toString(entry.value(QStringLiteral("comment")).toString(label));
        event.payload = postData.value(QStringLiteral("text")).toString().toUtf8();
        if (ours.value(QStringLiteral("expect")).isObject())
            event.expect = QJsonDocument(ours.value(QStringLiteral("expect")).toObject())
                               .toJson(QJsonDocument::Compact);
        event.source = label;
        report.events.append(event);
    }
    return report;
}
