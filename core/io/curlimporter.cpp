#include "core/io/curlimporter.h"

#include "core/io/boundedreader.h"
#include "core/io/eventendpoint.h"
#include "core/io/ioerrors.h"
#include "core/io/shellwords.h"

#include <QFile>
#include <QFileInfo>

namespace {

// Options that take a value but do not change the event; listed as unsupported with their value
// skipped, so the next word is not mistaken for the URL.
const QStringList valueOptions = {QStringLiteral("-u"), QStringLiteral("--user"),
    QStringLiteral("-A"), QStringLiteral("--user-agent"), QStringLiteral("-e"),
    QStringLiteral("--referer"), QStringLiteral("-b"), QStringLiteral("--cookie"),
    QStringLiteral("-c"), QStringLiteral("--cookie-jar"), QStringLiteral("-o"),
    QStringLiteral("--output"), QStringLiteral("-m"), QStringLiteral("--max-time"),
    QStringLiteral("--connect-timeout"), QStringLiteral("-x"), QStringLiteral("--proxy"),
    QStringLiteral("-F"), QStringLiteral("--form"), QStringLiteral("--cacert"),
    QStringLiteral("-E"), QStringLiteral("--cert"), QStringLiteral("--key"), QStringLiteral("-w"),
    QStringLiteral("--write-out"), QStringLiteral("-T"), QStringLiteral("--upload-file"),
    QStringLiteral("--retry"), QStringLiteral("--resolve"), QStringLiteral("--data-urlencode"),
    QStringLiteral("-K"), QStringLiteral("--config"), QStringLiteral("--limit-rate"),
    QStringLiteral("-r"), QStringLiteral("--range")};

const QStringList dataOptions
    = {QStringLiteral("-d"), QStringLiteral("--data"), QStringLiteral("--data-raw"),
        QStringLiteral("--data-binary"), QStringLiteral("--data-ascii"), QStringLiteral("--json")};

// "-XPOST" and "-H'x: y'" glue the value to a short option.
bool splitShort(const QString &word, QString *option, QString *value)
{
    if (word.size() <= 2 || word.startsWith(QLatin1String("--"))
        || !word.startsWith(QLatin1Char('-')))
        return false;
    const QString head = word.left(2);
    if (head != QLatin1String("-X") && head != QLatin1String("-H") && head != QLatin1String("-d"))
        return false;
    *option = head;
    *value = word.mid(2);
    return true;
}

Error usage(const QString &message)
{
    return {QStringLiteral("curl-syntax"), message};
}

} // namespace

Result<ImportReport> CurlImporter::importFile(const QString &path)
{
    const Result<QByteArray> text = BoundedReader::readFile(path, MaxCommandFileBytes);
    if (!text)
        return text.error();
    return importText(QString::fromUtf8(text.value()), QFileInfo(path).absoluteDir());
}

Result<ImportReport> CurlImporter::importText(const QString &text, const QDir &baseDir)
{
    auto commands = ShellWords::split(text);
    if (!commands)
        return commands.error();
    ImportReport report;
    int index = 0;
    for (const QStringList &words : commands.value()) {
        if (words.first() != QLatin1String("curl")) {
            report.skipped << QStringLiteral("not a curl command: %1").arg(words.first());
            continue;
        }
        auto request = parse(words.mid(1), baseDir, &report.unsupported);
        if (!request)
            return request.error();
        addEvent(request.value(), ++index, report);
    }
    if (index == 0)
        return usage(QStringLiteral("no curl command found"));
    report.unsupported.removeDuplicates();
    return report;
}

Result<CurlImporter::Request> CurlImporter::parse(
    const QStringList &words, const QDir &baseDir, QStringList *unsupported)
{
    Request request;
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString option = words.at(i);
        QString value;
        const bool glued = splitShort(words.at(i), &option, &value);
        const bool takesValue = option == QLatin1String("-X")
            || option == QLatin1String("--request") || option == QLatin1String("-H")
            || option == QLatin1String("--header") || option == QLatin1String("--url")
            || dataOptions.contains(option);
        if (takesValue && !glued) {
            if (i + 1 >= words.size())
                return usage(QStringLiteral("%1 needs a value").arg(option));
            value = words.at(++i);
        }
        if (option == QLatin1String("-X") || option == QLatin1String("--request")) {
            request.method = value.toUpper();
        } else if (option == QLatin1String("-H") || option == QLatin1String("--header")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon > 0)
                request.headers.append(
                    {value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
        } else if (option == QLatin1String("--url")
            || (!option.startsWith(QLatin1Char('-')) && !option.isEmpty())) {
            request.url = option == QLatin1String("--url") ? value : option;
        } else if (dataOptions.contains(option)) {
            auto data = dataArgument(option, value, baseDir);
            if (!data)
                return data.error();
            if (request.hasBody)
                request.body += '&'; // curl joins repeated -d with &
            request.body += data.value();
            request.hasBody = true;
            if (option == QLatin1String("--json"))
                request.headers.append(
                    {QStringLiteral("Content-Type"), QStringLiteral("application/json")});
        } else if (valueOptions.contains(option)) {
            *unsupported << QStringLiteral("%1 (not applied to the event)").arg(option);
            ++i;
        } else {
            *unsupported << QStringLiteral("%1 (not applied to the event)").arg(option);
        }
    }
    if (request.method.isEmpty())
        request.method = request.hasBody ? QStringLiteral("POST") : QStringLiteral("GET");
    return request;
}

Result<QByteArray> CurlImporter::dataArgument(
    const QString &option, const QString &value, const QDir &baseDir)
{
    if (option == QLatin1String("--data-raw") || !value.startsWith(QLatin1Char('@')))
        return value.toUtf8();
    const QString path = baseDir.filePath(value.mid(1));
    Result<QByteArray> read = BoundedReader::readFile(path, MaxDataFileBytes);
    if (!read)
        return Error {read.error().code, tr("%1 %2: %3").arg(option, value, read.error().message)};
    QByteArray data = read.takeValue();
    if (option != QLatin1String("--data-binary"))
        data.replace("\r", "").replace("\n", ""); // what curl does for -d @file
    return data;
}

void CurlImporter::addEvent(const Request &request, int index, ImportReport &report)
{
    const QString label = QStringLiteral("curl #%1").arg(index);
    QString url = request.url;
    for (const auto &header : request.headers)
        if (header.first.compare(QLatin1String("api_key"), Qt::CaseInsensitive) == 0)
            takeKey(header.second, false, report);
    const QString queryKey = EventEndpoint::queryKey(url);
    if (!queryKey.isEmpty())
        takeKey(queryKey, true, report);
    const QString family = EventEndpoint::familyOf(url);
    if (request.method != QLatin1String("POST") || family.isEmpty() || !request.hasBody) {
        report.skipped << QStringLiteral("%1: %2 %3 is not a POST with a body to the events "
                                         "endpoint")
                              .arg(label, request.method, EventEndpoint::urlTemplate(url));
        return;
    }
    if (report.urlTemplate.isEmpty())
        report.urlTemplate = EventEndpoint::urlTemplate(url);
    PortableEvent event;
    event.family = family;
    event.name = QStringLiteral("%1 %2").arg(family, label);
    event.payload = request.body;
    event.source = label;
    report.events.append(event);
}

// A value like $EVENTSMITH_API_KEY is a reference, not a key: remember the variable's name.
void CurlImporter::takeKey(const QString &value, bool inQuery, ImportReport &report)
{
    report.keyInQuery = inQuery;
    QString name = value;
    if (name.startsWith(QLatin1Char('$'))) {
        name.remove(0, 1);
        if (name.startsWith(QLatin1Char('{')) && name.endsWith(QLatin1Char('}')))
            name = name.mid(1, name.size() - 2);
        report.apiKeyEnvVar = name;
        return;
    }
    if (!value.isEmpty())
        report.apiKey = value;
}
