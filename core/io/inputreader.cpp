#include "core/io/inputreader.h"

#include "core/io/boundedreader.h"
#include "core/io/ioerrors.h"
#include "core/json/jsonaccess.h"
#include "core/json/jsonlocator.h"
#include "core/json/jsonparser.h"

#include <simdjson.h>

#include <QFile>
#include <QFileInfo>

#include <cstring>

namespace {

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString stringField(simdjson::dom::element object, const char *key)
{
    auto v = object[key];
    if (v.error() || !v.value().is_string())
        return QString();
    return fromUtf8(v.value().get_string().value());
}

// The JSON value of a whole text, without the whitespace around it (the text itself when it
// cannot be found, which parsed text never is).
std::string_view valueOf(std::string_view text)
{
    const std::string_view value = JsonLocator(text).valueText(QString());
    return value.empty() ? text : value;
}

// An NDJSON line is {"family": ..., "payload": {...}} or a bare payload.
void visitLine(JsonParser &parser, std::string_view line, bool padded, const QString &source,
    int lineNumber, const InputReader::Visitor &visit)
{
    InputEvent event;
    event.source = source;
    event.text = line;
    event.firstLine = lineNumber;
    simdjson::dom::element root;
    simdjson::dom::element payloadElement;
    event.parsed = parser.parse(line, &root, &event.error, padded);
    if (event.parsed) {
        auto payload = root["payload"];
        event.payload = &payloadElement;
        if (root.is_object() && !payload.error()) {
            payloadElement = payload.value();
            event.pointer = QStringLiteral("/payload");
            event.family = stringField(root, "family");
            event.name = stringField(root, "name");
            event.itemText = line;
            event.payloadText = JsonLocator(line).valueText(event.pointer);
            event.payloadStart = TextPosition::at(line, event.payloadText.data() - line.data());
        } else {
            payloadElement = root;
            event.payloadText = valueOf(line);
            event.payloadStart = TextPosition::at(line, event.payloadText.data() - line.data());
        }
    }
    visit(event);
}

qint64 readNdjson(
    std::string_view text, qint64 readable, const QString &name, const InputReader::Visitor &visit)
{
    JsonParser parser;
    qint64 count = 0;
    size_t start = 0;
    int lineNumber = 0;
    while (start < text.size()) {
        const void *nl = std::memchr(text.data() + start, '\n', text.size() - start);
        const size_t end
            = nl ? static_cast<size_t>(static_cast<const char *>(nl) - text.data()) : text.size();
        ++lineNumber;
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") != std::string_view::npos) {
            const bool padded
                = static_cast<qint64>(start + line.size() + JsonParser::Padding) <= readable;
            visitLine(parser, line, padded, QStringLiteral("%1:%2").arg(name).arg(lineNumber),
                lineNumber, visit);
            ++count;
        }
        start = end + 1;
    }
    return count;
}

qint64 readDocument(std::string_view text, const QString &name, const InputReader::Visitor &visit)
{
    JsonParser parser;
    InputEvent whole;
    whole.source = name;
    whole.text = text;
    simdjson::dom::element root;
    whole.parsed = parser.parse(text, &root, &whole.error);
    simdjson::simdjson_result<simdjson::dom::element> events(simdjson::NO_SUCH_FIELD);
    if (whole.parsed && root.is_object())
        events = root["events"];
    if (!whole.parsed || events.error() || !events.value().is_array()) {
        whole.payload = whole.parsed ? &root : nullptr;
        whole.payloadText = whole.parsed ? valueOf(text) : text;
        whole.payloadStart = TextPosition::at(text, whole.payloadText.data() - text.data());
        visit(whole);
        return 1;
    }
    // One pass finds every event's text; positions advance from one event to the next.
    const std::vector<std::string_view> items
        = JsonLocator(text).elementTexts(QStringLiteral("/events"));
    TextPosition at = TextPosition::at(text, 0);
    qint64 index = 0;
    for (simdjson::dom::element item : asArray(events.value())) {
        InputEvent event;
        event.source = QStringLiteral("%1#/events/%2").arg(name).arg(index);
        event.text = text;
        event.parsed = true;
        event.family = stringField(item, "family");
        event.name = stringField(item, "name");
        auto payload = item["payload"];
        event.pointer = QStringLiteral("/events/%1/payload").arg(index);
        simdjson::dom::element payloadElement = payload.error() ? item : payload.value();
        event.payload = &payloadElement;
        event.itemText = size_t(index) < items.size() ? items[size_t(index)] : std::string_view();
        event.payloadText = event.itemText;
        if (payload.error()) {
            event.pointer = QStringLiteral("/events/%1").arg(index);
            event.itemText = {};
        } else {
            event.payloadText = JsonLocator(event.itemText).valueText(QStringLiteral("/payload"));
        }
        if (event.payloadText.empty()) // cannot happen for parsed text; stay right regardless
            event.payloadText = JsonLocator(text).valueText(event.pointer);
        at = TextPosition::advance(text, at, event.payloadText.data() - text.data());
        event.payloadStart = at;
        visit(event);
        ++index;
    }
    return index;
}

} // namespace

bool InputReader::looksLikeNdjson(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl");
}

Result<qint64> InputReader::read(const QString &path, const Visitor &visit)
{
    if (path == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error {IoErrors::InputUnreadable, tr("cannot read standard input")};
        return readWhole(BoundedReader::readDevice(in, QStringLiteral("<stdin>")),
            QStringLiteral("<stdin>"), visit);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {
            IoErrors::InputUnreadable, tr("%1: cannot open: %2").arg(path, file.errorString())};
    if (!looksLikeNdjson(path) || file.size() == 0 || file.isSequential()) {
        file.close();
        return readWhole(BoundedReader::readFile(path), path, visit);
    }
    // Mapping avoids copying large NDJSON files; lines near the end are copied by the parser.
    const qint64 size = file.size();
    const uchar *data = file.map(0, size);
    if (!data)
        return readWhole(BoundedReader::readFile(path), path, visit);
    const std::string_view text(reinterpret_cast<const char *>(data), static_cast<size_t>(size));
    const qint64 count = readNdjson(text, size, path, visit);
    file.unmap(const_cast<uchar *>(data));
    return count;
}

Result<qint64> InputReader::readWhole(
    const Result<QByteArray> &text, const QString &name, const Visitor &visit)
{
    if (!text)
        return Error {IoErrors::InputUnreadable, text.error().message};
    return readText(text.value(), name, visit);
}

Result<qint64> InputReader::readText(
    const QByteArray &text, const QString &name, const Visitor &visit)
{
    const std::string_view view(text.constData(), static_cast<size_t>(text.size()));
    const bool ndjson = looksLikeNdjson(name);
    if (ndjson)
        return readNdjson(view, view.size(), name, visit);
    // Standard input may be NDJSON too: several lines, the first a whole JSON value.
    if (name == QLatin1String("<stdin>") && text.trimmed().contains('\n')) {
        JsonParser probe;
        simdjson::dom::element root;
        JsonError error;
        const QByteArray first = text.trimmed().left(text.trimmed().indexOf('\n'));
        if (!probe.parse(view, &root, &error)
            && probe.parse(std::string_view(first.constData(), first.size()), &root, &error))
            return readNdjson(view, view.size(), name, visit);
    }
    return readDocument(view, name, visit);
}

PayloadCheck InputEvent::check(const Validator &validator, const QString &family) const
{
    PayloadCheck result = PayloadCheck::check(validator, family, *payload, payloadText, {}, 1);
    placeFindings(result.findings);
    return result;
}

void InputEvent::placeFindings(Findings &findings) const
{
    for (Finding &f : findings) {
        if (f.line <= 0)
            continue;
        if (f.line == 1)
            f.column += payloadStart.column - 1;
        f.line += payloadStart.line - 1 + firstLine - 1;
        f.offset += payloadStart.offset;
    }
}
