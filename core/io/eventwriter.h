#pragma once

#include "core/io/portableevent.h"

#include "core/net/targetconfig.h"

#include <QDateTime>
#include <QIODevice>

#include <memory>
#include <optional>

// Writes a set of events to one export format, one event at a time, so a million-line NDJSON
// source streams straight through. Keys are never written: exports refer to the target's
// environment variable or a collection variable instead.
class EventWriter
{
public:
    enum class Format { Postman, Curl, Har, Ndjson, SetFile };
    struct Options
    {
        QString setName = QStringLiteral("Eventsmith events");
        QString description;
        TargetConfig target = TargetConfig::octaveCurrent();
        quint16 receiverPort = 0; // fills {port} in the local receiver preset
        QDateTime createdAt = QDateTime::currentDateTimeUtc();
    };

    virtual ~EventWriter() = default;
    void begin(QIODevice *out);
    virtual void write(const PortableEvent &event) = 0;
    virtual void finish() = 0;

    static std::optional<Format> parseFormat(const QString &name);
    static QStringList formatNames();

protected:
    explicit EventWriter(const Options &options)
        : m_options(options)
    { }
    virtual void start() = 0;
    // The events URL of `family` for this target, with {eventType} and {port} filled in.
    QString url(const QString &family) const;
    QString family(const PortableEvent &event) const;

    Options m_options;
    QIODevice *m_out = nullptr;
    qint64 m_count = 0;
};
