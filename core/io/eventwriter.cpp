#include "core/io/eventwriter.h"

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
