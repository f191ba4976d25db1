#include "core/io/postmanimporter.h"

#include "core/io/boundedreader.h"
#include "core/io/eventendpoint.h"
#include "core/io/ioerrors.h"
#include "core/net/redactor.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {
const QString expectPrefix = QStringLiteral("// eventsmith-expect: ");
}

Result<ImportReport> PostmanImporter::importFile(const QString &path)
{
    const Result<QByteArray> data = BoundedReader::readFile(path);
    if (!data)
        return data.error();
    return importData(data.value(), QFileInfo(path).fileName());
}

Result<ImportReport> PostmanImporter::importData(const QByteArray &json, const QString &name)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("item")).isArray())
        return Error {IoErrors::NotPostman,
            tr("%1: not a Postman collection (no \"item\" list)%2")
                .arg(name,
                    error.error == QJsonParseError::NoError
                        ? QString()
                        : QStringLiteral(": ") + error.errorString())};
    ImportReport report;
    visitItems(root.value(QStringLiteral("item")).toArray(), QString(),
        variables(root.value(QStringLiteral("variable")).toArray()), report);
    if (root.contains(QStringLiteral("auth")))
        report.unsupported << QStringLiteral("collection auth (set the key on the target instead)");
    return report;
}

// The collection's variables with a value ({{baseUrl}} in an exported collection); a key
// variable is exported empty and stays a placeholder.
QHash<QString, QString> PostmanImporter::variables(const QJsonArray &list)
{
    QHash<QString, QString> out;
    for (const QJsonValue &value : list) {
        const QJsonObject variable = value.toObject();
        const QString text = variable.value(QStringLiteral("value")).toString();
        if (!text.isEmpty())
            out.insert(variable.value(QStringLiteral("key")).toString(), text);
    }
    return out;
}

void PostmanImporter::visitItems(const QJsonArray &items, const QString &folder,
    const QHash<QString, QString> &variables, ImportReport &report)
{
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const QString label = folder.isEmpty()
            ? item.value(QStringLiteral("name")).toString()
            : folder + QLatin1Char('/') + item.value(QStringLiteral("name")).toString();
        if (item.value(QStringLiteral("item")).isArray())
            visitItems(item.value(QStringLiteral("item")).toArray(), label, variables, report);
        else
            addRequest(item, label, variables, report);
    }
}

QString PostmanImporter::urlText(const QJsonValue &url)
{
    if (url.isString())
        return url.toString();
    const QJsonObject object = url.toObject();
    if (object.contains(QStringLiteral("raw")))
        return object.value(QStringLiteral("raw")).toString();
    QStringList path;
    for (const QJsonValue &segment : object.value(QStringLiteral("path")).toArray())
        path << segment.toString();
    return QLatin1Char('/') + path.join(QLatin1Char('/'));
}

void PostmanImporter::addRequest(const QJsonObject &item, const QString &label,
    const QHash<QString, QString> &variables, ImportReport &report)
{
    const QJsonValue requestValue = item.value(QStringLiteral("request"));
    const QJsonObject request = requestValue.toObject();
    const QString method = requestValue.isString()
        ? QStringLiteral("GET")
        : request.value(QStringLiteral("method")).toString(QStringLiteral("GET")).toUpper();
    QString url = requestValue.isString() ? requestValue.toString()
                                          : urlText(request.value(QStringLiteral("url")));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        url.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
    const QJsonObject body = request.value(QStringLiteral("body")).toObject();
    const QString family = EventEndpoint::familyOf(url);
    const bool raw = body.value(QStringLiteral("mode")).toString() == QLatin1String("raw");
    if (method != QLatin1String("POST") || family.isEmpty() || !raw) {
        report.skipped << QStringLiteral("%1: %2 %3%4")
                              .arg(label, method, Redactor().redactText(url),
                                  raw || method != QLatin1String("POST") || family.isEmpty()
                                      ? QStringLiteral(" is not a POST to the events endpoint")
                                      : QStringLiteral(" has no raw JSON body"));
        return;
    }
    if (report.urlTemplate.isEmpty())
        report.urlTemplate = EventEndpoint::urlTemplate(url);
    PortableEvent event;
    event.family = family;
    event.name = item.value(QStringLiteral("name")).toString();
    event.payload = body.value(QStringLiteral("raw")).toString().toUtf8();
    event.expect = expectation(item);
    event.source = label;
    report.events.append(event);
}

QByteArray PostmanImporter::expectation(const QJsonObject &item)
{
    for (const QJsonValue &event : item.value(QStringLiteral("event")).toArray())
        for (const QJsonValue &line : event.toObject()
                                          .value(QStringLiteral("script"))
                                          .toObject()
                                          .value(QStringLiteral("exec"))
                                          .toArray())
            if (line.toString().startsWith(expectPrefix))
                return line.toString().mid(expectPrefix.size()).toUtf8();
    return {};
}
