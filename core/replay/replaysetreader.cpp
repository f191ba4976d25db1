#include "core/replay/replaysetreader.h"

#include "core/io/inputreader.h"
#include "core/json/jsonlocator.h"
#include "core/json/jsonparser.h"
#include "core/replay/replayerrors.h"

#include <simdjson.h>

#include <QCoreApplication>
#include <QJsonDocument>

namespace {

// Collects events with the `expect` next to each payload.
class Collector
{
public:
    void visit(const InputEvent &event)
    {
        if (!m_status)
            return;
        if (!event.parsed) {
            m_status = Error {ReplayErrors::BadInput,
                QStringLiteral("%1: %2").arg(event.source, event.error.message)};
            return;
        }
        ReplayEvent e;
        e.family = event.family;
        e.name = event.name;
        e.payload = payloadText(event);
        if (auto expect = expectation(event); expect)
            e.expect = expect.value();
        else
            m_status = Error {expect.error().code,
                QStringLiteral("%1: %2").arg(event.source, expect.error().message)};
        m_events.append(e);
    }

    Result<QVector<ReplayEvent>> take()
    {
        if (!m_status)
            return m_status.error();
        return std::move(m_events);
    }

private:
    // The payload's bytes exactly as saved (spacing, key order, number spelling), so the body
    // replayed is the body written; minified only when the text cannot be located.
    static QByteArray payloadText(const InputEvent &event)
    {
        const std::string_view text = event.payloadText;
        if (text.empty())
            return QByteArray::fromStdString(simdjson::to_string(*event.payload));
        return QByteArray(text.data(), qsizetype(text.size()));
    }

    // The "expect" beside the payload, read from the event's own object (no file rescan).
    static Result<ReplayExpectation> expectation(const InputEvent &event)
    {
        if (event.itemText.empty())
            return ReplayExpectation();
        const std::string_view text
            = JsonLocator(event.itemText).valueText(QStringLiteral("/expect"));
        if (text.empty())
            return ReplayExpectation();
        const QJsonDocument doc
            = QJsonDocument::fromJson(QByteArray(text.data(), qsizetype(text.size())));
        if (!doc.isObject())
            return Error {ReplayErrors::BadExpectation,
                QCoreApplication::translate("ReplaySetReader", "expect must be an object")};
        return ReplayExpectation::fromJson(doc.object());
    }

    QVector<ReplayEvent> m_events;
    Result<> m_status; // the first failure, if any
};

} // namespace

Result<QVector<ReplayEvent>> ReplaySetReader::read(const QString &path)
{
    Collector collector;
    auto read = InputReader::read(path, [&collector](const InputEvent &e) { collector.visit(e); });
    if (!read)
        return read.error();
    return collector.take();
}

Result<QVector<ReplayEvent>> ReplaySetReader::readText(const QByteArray &text, const QString &name)
{
    Collector collector;
    auto read = InputReader::readText(
        text, name, [&collector](const InputEvent &e) { collector.visit(e); });
    if (!read)
        return read.error();
    return collector.take();
}
