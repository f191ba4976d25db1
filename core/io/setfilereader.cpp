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
    const JsonLocator locator(input.text);
    const std::string_view payload = locator.valueText(input.pointer);
    event.payload = QByteArray(payload.data(), static_cast<qsizetype>(payload.size()));
    if (input.pointer.endsWith(QLatin1String("/payload"))) {
        const QString expectPointer = input.pointer.chopped(8) + QStringLiteral("/expect");
        const std::string_view expect = locator.valueText(expectPointer);
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
