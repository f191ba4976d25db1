#include "core/io/eventwriter.h"

#include "core/io/curlwriter.h"
#include "core/io/harwriter.h"
#include "core/io/ndjsonwriter.h"
#include "core/io/postmanwriter.h"
#include "core/io/setfilewriter.h"

void EventWriter::begin(QIODevice *out)
{
    m_out = out;
    m_count = 0;
    start();
}

QStringList EventWriter::formatNames()
{
    return {QStringLiteral("postman"), QStringLiteral("curl"), QStringLiteral("har"),
        QStringLiteral("ndjson"), QStringLiteral("set")};
}

std::optional<EventWriter::Format> EventWriter::parseFormat(const QString &name)
{
    const qsizetype index = formatNames().indexOf(name);
    if (index < 0)
        return std::nullopt;
    return static_cast<Format>(index);
}

std::unique_ptr<EventWriter> EventWriter::create(Format format, const Options &options)
{
    switch (format) {
    case Format::Postman:
        return std::make_unique<PostmanWriter>(options);
    case Format::Curl:
        return std::make_unique<CurlWriter>(options);
    case Format::Har:
        return std::make_unique<HarWriter>(options);
    case Format::Ndjson:
        return std::make_unique<NdjsonWriter>(options);
    case Format::SetFile:
        break;
    }
    return std::make_unique<SetFileWriter>(options);
}

QString EventWriter::family(const PortableEvent &event) const
{
    return event.family.isEmpty() ? QStringLiteral("emails") : event.family;
}

QString EventWriter::url(const QString &family) const
{
    const auto expanded = m_options.target.expandUrl(family, m_options.receiverPort);
    if (expanded)
        return expanded.value().toString(QUrl::FullyEncoded);
    QString text = m_options.target.urlTemplate;
    return text.replace(QLatin1String(TargetConfig::EventTypePlaceholder), family);
}
