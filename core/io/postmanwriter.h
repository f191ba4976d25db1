#pragma once

#include "core/io/eventwriter.h"

#include <QJsonObject>

// Postman collection v2.1 export that newman runs as is: one POST per event to
// {{baseUrl}}/api/… with the payload as the raw body, the key as the collection variable
// {{apiKey}} (empty; pass `--env-var apiKey=...`), and a test per item that checks the event's
// expected status. {{baseUrl}} holds the target's origin; `--env-var baseUrl=...` moves it.
class PostmanWriter final : public EventWriter
{
public:
    explicit PostmanWriter(const Options &options)
        : EventWriter(options)
    { }
    void write(const PortableEvent &event) override;
    void finish() override;

    static constexpr const char *SchemaUrl
        = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

protected:
    void start() override;

private:
    static QStringList testScript(const QByteArray &expect);
};
