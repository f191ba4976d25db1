#pragma once

#include <QByteArray>
#include <QJsonObject>

class RunReport;

// Everything about a run as one JSON document: the run, its options, counts and every event
// with its request and response (headers and bodies), for tools to read.
class JsonReport final
{
public:
    static QByteArray render(const RunReport &report);
    static QJsonObject toJson(const RunReport &report);
};
