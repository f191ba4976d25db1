// Fuzzes the receiver's handling of a request (method, URL, headers, body; no sockets): every
// request gets one of the answers the API gives, with a body, and the key it requires never
// shows in what the receiver keeps or prints.
#include "tests/fuzz/fuzzcheck.h"

#include "core/net/redactor.h"
#include "core/receiver/requestprocessor.h"

#include <QJsonDocument>

namespace {

const QByteArray kKey = "sk_fuzz+k/y%";

// "METHOD\nURL\nName: value\n...\n\nbody"
RequestProcessor::Incoming incoming(const QByteArray &input)
{
    RequestProcessor::Incoming in;
    const qsizetype split = input.indexOf("\n\n");
    const QByteArray head = split < 0 ? input : input.left(split);
    in.body = split < 0 ? QByteArray() : input.mid(split + 2);
    const QList<QByteArray> lines = head.split('\n');
    in.method = QString::fromLatin1(lines.value(0));
    in.url = QUrl(QString::fromUtf8(lines.value(1)));
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            in.headers.append({lines[i].left(colon), lines[i].mid(colon + 1).trimmed()});
    }
    const QString path = in.url.path();
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    in.family = path.mid(slash + 1);
    in.endpoint = path.contains(QLatin1String("/receive/generic/"));
    in.declaredLength = in.body.size();
    return in;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SchemaSet schemas = [] {
        auto loaded = SchemaSet::loadBuiltIn();
        FuzzCheck::require(loaded.ok(), "the built-in schemas did not load");
        return loaded.takeValue();
    }();
    static RequestProcessor processor = [] {
        ReceiverSettings settings;
        settings.apiKey = QString::fromLatin1(kKey);
        settings.mode = ReceiverMode::Strict;
        settings.bodyLimit = 64 * 1024;
        return RequestProcessor(schemas, settings, nullptr);
    }();
    const RequestProcessor::Outcome outcome
        = processor.process(incoming(FuzzCheck::bytes(data, size)));
    const ReceivedRequest &record = outcome.record;
    static const QList<int> answers {0, 200, 400, 401, 404, 405, 413, 414, 429, 431, 500};
    FuzzCheck::require(answers.contains(record.status), "an answer the API never gives");
    FuzzCheck::require(record.status == 0 || !record.responseBody.isEmpty(), "an empty answer");
    const qsizetype question = record.path.indexOf(QLatin1Char('?'));
    const QString query = question < 0 ? QString() : record.path.mid(question + 1);
    for (const QString &item : query.split(QLatin1Char('&')))
        FuzzCheck::require(!item.startsWith(QLatin1String("api_key=sk_fuzz"), Qt::CaseInsensitive),
            "a query key kept in clear");
    for (const auto &header : record.headers)
        FuzzCheck::require(!Redactor::isCredentialHeader(header.first) || header.second == "***",
            "a credential header kept in clear");
    return 0;
}
