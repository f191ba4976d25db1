#include "core/io/harwriter.h"
#include "core/common/version.h"

#include "core/io/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject header(const QString &name, const QString &value)
{
    return {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

QJsonObject emptyResponse()
{
    return {{QStringLiteral("status"), 0}, {QStringLiteral("statusText"), QString()},
        {QStringLiteral("httpVersion"), QString()}, {QStringLiteral("headers"), QJsonArray()},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("content"),
            QJsonObject {{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QString()}}},
        {QStringLiteral("redirectURL"), QString()}, {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), -1}};
}

} // namespace

void HarWriter::start()
{
    m_out->write("{\n  \"log\": {\n    \"version\": \"1.2\",\n    \"creator\": {\"name\": "
                 "\"Eventsmith\", \"version\": \"" EVENTSMITH_VERSION "\"},\n    \"comment\": "
        + JsonText::quote(m_options.setName) + ",\n    \"entries\": [");
}

void HarWriter::write(const PortableEvent &event)
{
    const bool inQuery = m_options.target.authMode == TargetConfig::AuthMode::Query;
    const QString keyRef = QLatin1Char('$') + m_options.target.envVar;
    QJsonArray headers {header(QStringLiteral("Content-Type"), QStringLiteral("application/json"))};
    QJsonArray query;
    if (inQuery)
        query.append(header(QStringLiteral("api_key"), keyRef));
    else
        headers.append(header(QStringLiteral("api_key"), keyRef));
    const QString address
        = url(family(event)) + (inQuery ? QStringLiteral("?api_key=") + keyRef : QString());
    const QJsonObject request {{QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("url"), address},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("headers"), headers}, {QStringLiteral("queryString"), query},
        {QStringLiteral("cookies"), QJsonArray()}, {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), int(event.payload.size())},
        {QStringLiteral("postData"),
            QJsonObject {{QStringLiteral("mimeType"), QStringLiteral("application/json")},
                {QStringLiteral("text"), QStringLiteral("@@RAW@@")}}}};
    QJsonObject ours {
        {QStringLiteral("name"), event.name}, {QStringLiteral("family"), family(event)}};
    if (!event.expect.isEmpty())
        ours.insert(QStringLiteral("expect"), QJsonDocument::fromJson(event.expect).object());
    const QJsonObject entry {{QStringLiteral("startedDateTime"),
                                 m_options.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), 0}, {QStringLiteral("request"), request},
        {QStringLiteral("response"), emptyResponse()}, {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"),
            QJsonObject {{QStringLiteral("send"), 0}, {QStringLiteral("wait"), 0},
                {QStringLiteral("receive"), 0}}},
        {QStringLiteral("comment"), event.name}, {QStringLiteral("_eventsmith"), ours}};
    QByteArray text = QJsonDocument(entry).toJson(QJsonDocument::Compact);
    text.replace("\"@@RAW@@\"", JsonText::quote(QString::fromUtf8(event.payload)));
    m_out->write((m_count ? ",\n      " : "\n      ") + text);
    ++m_count;
}

void HarWriter::finish()
{
    m_out->write(m_count ? "\n    ]\n  }\n}\n" : "]\n  }\n}\n");
}
