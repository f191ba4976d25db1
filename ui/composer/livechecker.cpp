#include "ui/composer/livechecker.h"

#include "core/json/jsonparser.h"

#include <QStringEncoder>

LiveChecker::LiveChecker(const Validator &validator)
    : m_validator(validator)
    , m_parser(std::make_unique<JsonParser>())
{ }

LiveChecker::~LiveChecker() = default;

bool LiveChecker::check(const QString &text, const QString &family, PayloadCheck &check)
{
    const qsizetype need = text.size() * 3 + qsizetype(simdjson::SIMDJSON_PADDING);
    if (m_utf8.size() < need)
        m_utf8.resize(need + need / 4);
    QStringEncoder encoder(QStringEncoder::Utf8);
    const char *end = encoder.appendToBuffer(m_utf8.data(), text);
    m_size = end - m_utf8.constData();
    const std::string_view view(m_utf8.constData(), size_t(m_size));
    const QByteArray bytes = utf8();
    simdjson::dom::element root;
    JsonError error;
    if (bytes.trimmed().isEmpty())
        check = PayloadCheck();
    else if (m_parser->parse(view, &root, &error, true))
        check = PayloadCheck::check(m_validator, family, root, view);
    else
        check = PayloadCheck::checkText(m_validator, family, view); // reports where it fails
    return m_templates.apply(m_validator, family, bytes, check);
}
