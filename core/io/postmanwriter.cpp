#include "core/io/postmanwriter.h"

#include "core/io/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The range of statuses an expectation accepts: {"status": 200}, {"status": "4xx"} or any 2xx.
QPair<int, int> statusRange(const QJsonObject &expect)
{
    const QJsonValue status = expect.value(QStringLiteral("status"));
    if (status.isDouble())
        return {status.toInt(), status.toInt()};
    const QString text = status.toString();
    if (text.size() == 3 && text.endsWith(QLatin1String("xx")) && text.at(0).isDigit()) {
        const int base = text.at(0).digitValue() * 100;
        return {base, base + 99};
    }
    return {200, 299};
}

// "http://127.0.0.1:8787/api/…" → "http://127.0.0.1:8787": what {{baseUrl}} stands for, so the
// collection runs against another port or host by changing one variable.
QString origin(const QString &url)
{
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    const qsizetype path = scheme < 0 ? -1 : url.indexOf(QLatin1Char('/'), scheme + 3);
    return path < 0 ? url : url.left(path);
}

} // namespace

void PostmanWriter::start()
{
    const QJsonObject info {{QStringLiteral("name"), m_options.setName},
        {QStringLiteral("description"), m_options.description},
        {QStringLiteral("schema"), QString::fromLatin1(SchemaUrl)}};
    const QJsonObject baseUrl {{QStringLiteral("key"), QStringLiteral("baseUrl")},
        {QStringLiteral("value"), origin(url(QStringLiteral("emails")))},
        {QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject apiKey {{QStringLiteral("key"), QStringLiteral("apiKey")},
        {QStringLiteral("value"), QString()}, {QStringLiteral("type"), QStringLiteral("string")}};
    m_out->write("{\n  \"info\": " + compact(info) + ",\n  \"variable\": [" + compact(baseUrl)
        + ", " + compact(apiKey) + "],\n  \"item\": [");
}

QStringList PostmanWriter::testScript(const QByteArray &expect)
{
    const QJsonObject object = QJsonDocument::fromJson(expect).object();
    const auto range = statusRange(object);
    QStringList lines;
    if (!expect.isEmpty())
        lines << QStringLiteral("// eventsmith-expect: ")
                + QString::fromUtf8(JsonText::minify(expect));
    lines << QStringLiteral("pm.test(\"status %1-%2\", function () {")
                 .arg(range.first)
                 .arg(range.second)
          << QStringLiteral("    pm.expect(pm.response.code).to.be.within(%1, %2);")
                 .arg(range.first)
                 .arg(range.second)
          << QStringLiteral("});");
    return lines;
}

void PostmanWriter::write(const PortableEvent &event)
{
    const bool inQuery = m_options.target.authMode == TargetConfig::AuthMode::Query;
    QJsonArray headers {QJsonObject {{QStringLiteral("key"), QStringLiteral("Content-Type")},
        {QStringLiteral("value"), QStringLiteral("application/json")}}};
    if (!inQuery)
        headers.append(QJsonObject {{QStringLiteral("key"), QStringLiteral("api_key")},
            {QStringLiteral("value"), QStringLiteral("{{apiKey}}")}});
    const QString full = url(family(event));
    const QString address = QStringLiteral("{{baseUrl}}") + full.mid(origin(full).size())
        + (inQuery ? QStringLiteral("?api_key={{apiKey}}") : QString());
    const QJsonObject body {{QStringLiteral("mode"), QStringLiteral("raw")},
        {QStringLiteral("raw"), QStringLiteral("@@RAW@@")},
        {QStringLiteral("options"),
            QJsonObject {{QStringLiteral("raw"),
                QJsonObject {{QStringLiteral("language"), QStringLiteral("json")}}}}}};
    const QJsonObject request {{QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("header"), headers}, {QStringLiteral("url"), address},
        {QStringLiteral("body"), body}};
    const QJsonObject test {{QStringLiteral("listen"), QStringLiteral("test")},
        {QStringLiteral("script"),
            QJsonObject {{QStringLiteral("type"), QStringLiteral("text/javascript")},
                {QStringLiteral("exec"), QJsonArray::fromStringList(testScript(event.expect))}}}};
    const QJsonObject item {
        {QStringLiteral("name"), event.name.isEmpty() ? event.source : event.name},
        {QStringLiteral("request"), request}, {QStringLiteral("event"), QJsonArray {test}}};
    // The raw body is the payload text itself: QJson would renumber or reorder nothing here, but
    // it would re-escape the text, so the exact bytes are put in place afterwards.
    QByteArray text = compact(item);
    text.replace("\"@@RAW@@\"", JsonText::quote(QString::fromUtf8(event.payload)));
    m_out->write((m_count ? ",\n    " : "\n    ") + text);
    ++m_count;
}

void PostmanWriter::finish()
{
    m_out->write(m_count ? "\n  ]\n}\n" : "]\n}\n");
}
