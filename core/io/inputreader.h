#pragma once

#include "core/json/jsonerror.h"

#include "core/common/result.h"
#include "core/validation/payloadcheck.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "core/json/simdjsonfwd.h"

#include <functional>
#include <string_view>

// One event read from an input, valid only during the visitor call.
struct InputEvent
{
    QString source; // "payload.json", "events.ndjson:12", "set.events.json#/events/3"
    QString family; // as declared by a set file or NDJSON line; empty for a bare payload
    QString name; // set files only
    std::string_view text; // the JSON text holding the payload (a whole file or one line)
    QString pointer; // where the payload is inside `text`: "", "/payload", "/events/3/payload"
    int firstLine = 1; // line number of text's first line within the file
    // The payload's own text exactly as written, and where it starts within `text`; the set
    // file or NDJSON object around it (with "expect"), empty for a bare payload. Found once per
    // input in one pass, so nothing rescans a whole file per event.
    std::string_view payloadText;
    TextPosition payloadStart;
    std::string_view itemText;
    bool parsed = false;
    JsonError error; // when !parsed
    const simdjson::dom::element *payload = nullptr; // when parsed

    // The payload checked against `family` (empty: detected), positions within the file.
    PayloadCheck check(const Validator &validator, const QString &family) const;
    // Moves positions found in payloadText (line 1 is its first line) to the input's lines.
    void placeFindings(Findings &findings) const;
};

// Reads payload files, set files (*.events.json), NDJSON (*.ndjson, *.jsonl) and standard
// input ("-"), calling a visitor per event. NDJSON is memory-mapped and parsed line by line.
class InputReader final
{
public:
    using Visitor = std::function<void(const InputEvent &)>;

    // Returns the number of events visited; an Error when the input cannot be read at all.
    static Result<qint64> read(const QString &path, const Visitor &visit);
    // The same for text already in memory; `name` labels the sources.
    static Result<qint64> readText(
        const QByteArray &text, const QString &name, const Visitor &visit);
    static bool looksLikeNdjson(const QString &path);

private:
    // A bounded read's text (BoundedReader), or its error as an unreadable input.
    static Result<qint64> readWhole(
        const Result<QByteArray> &text, const QString &name, const Visitor &visit);

    Q_DECLARE_TR_FUNCTIONS(InputReader)
};
