#pragma once

#include "core/validation/payloadcheck.h"
#include "ui/composer/templatepreview.h"

#include <QByteArray>

#include <memory>

class JsonParser;
class Validator;

// Checks the composer's text on every keystroke: encodes into a buffer kept between keystrokes
// (with simdjson's padding) and parses with a parser kept too, because fresh 200 KB
// allocations per key cost more than the checks; template variables are resolved for the
// dedup preview.
class LiveChecker final
{
public:
    explicit LiveChecker(const Validator &validator);
    ~LiveChecker();

    // Fills `check`; true when it was computed with template variables resolved.
    bool check(const QString &text, const QString &family, PayloadCheck &check);
    // The text of the last check in UTF-8; valid until the next check.
    QByteArray utf8() const { return QByteArray::fromRawData(m_utf8.constData(), m_size); }
    void allowEnvironment(const QStringList &names) { m_templates.allowEnvironment(names); }

private:
    const Validator &m_validator;
    std::unique_ptr<JsonParser> m_parser;
    TemplatePreview m_templates;
    QByteArray m_utf8;
    qsizetype m_size = 0;
};
