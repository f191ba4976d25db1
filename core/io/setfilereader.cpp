#include "core/io/setfilereader.h"

#include "core/json/jsonlocator.h"

PortableEvent SetFileReader::convert(const InputEvent &input)
{
    PortableEvent event;
    event.source = input.source;
    if (!input.parsed)
        return event;
    event.family = input.family;
    event.name = input.name;
    const std::string_view payload = input.payloadText;
    event.payload = QByteArray(payload.data(), static_cast<qsizetype>(payload.size()));
    if (!input.itemText.empty()) {
        const std::string_view expect
            = JsonLocator(input.itemText).valueText(QStringLiteral("/expect"));
        event.expect = QByteArray(expect.data(), static_cast<qsizetype>(expect.size()));
    }
    return event;
}

Result<qint64> SetFileReader::read(const QString &path, const Visitor &visit)
{
    return InputReader::read(path, [&](const InputEvent &input) { visit(convert(input), input); });
}

Result<qint64> SetFileReader::readText(
    const QByteArray &text, const QString &name, const Visitor &visit)
{
    return InputReader::readText(
        text, name, [&](const InputEvent &input) { visit(convert(input), input); });
}
