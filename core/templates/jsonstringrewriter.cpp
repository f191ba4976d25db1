#include "core/templates/jsonstringrewriter.h"

#include <vector>

namespace {

struct Frame
{
    bool array = false;
    qint64 index = 0;
    QString key;
    bool expectKey = true;
};

QString pointerOf(const std::vector<Frame> &frames)
{
    QString pointer;
    for (const Frame &frame : frames) {
        pointer += QLatin1Char('/');
        if (frame.array) {
            pointer += QString::number(frame.index);
        } else {
            QString key = frame.key;
            pointer += key.replace(QLatin1Char('~'), QLatin1String("~0"))
                           .replace(QLatin1Char('/'), QLatin1String("~1"));
        }
    }
    return pointer;
}

// Index of the closing quote of the string whose content starts at `from`.
qsizetype stringEnd(const QByteArray &json, qsizetype from)
{
    for (qsizetype i = from; i < json.size(); ++i) {
        if (json.at(i) == '\\')
            ++i;
        else if (json.at(i) == '"')
            return i;
    }
    return json.size();
}

} // namespace

QByteArray JsonStringRewriter::rewrite(const QByteArray &json, const Rewrite &rewrite)
{
    QByteArray out;
    out.reserve(json.size());
    std::vector<Frame> frames;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            Frame frame;
            frame.array = c == '[';
            frames.push_back(frame);
        } else if (c == '}' || c == ']') {
            if (!frames.empty())
                frames.pop_back();
        } else if (c == ',' && !frames.empty()) {
            ++frames.back().index;
            frames.back().expectKey = !frames.back().array;
        } else if (c == ':' && !frames.empty()) {
            frames.back().expectKey = false;
        } else if (c == '"') {
            const qsizetype end = stringEnd(json, i + 1);
            const std::string_view raw(json.constData() + i + 1, static_cast<size_t>(end - i - 1));
            if (!frames.empty() && !frames.back().array && frames.back().expectKey) {
                frames.back().key
                    = QString::fromUtf8(raw.data(), static_cast<qsizetype>(raw.size()));
            } else if (auto replacement = rewrite({raw, pointerOf(frames), i + 1})) {
                out.append(json.constData() + copied, i + 1 - copied);
                out.append(*replacement);
                copied = end;
            }
            i = end;
        }
    }
    out.append(json.constData() + copied, json.size() - copied);
    return out;
}

QByteArray JsonStringRewriter::escape(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    appendEscaped(out, text);
    return out;
}

void JsonStringRewriter::appendEscaped(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    // No reserve here: `out` may be a large buffer that grows geometrically.
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u >= 0x20) {
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else {
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
}
