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
    const qsizetype need = text.size() * 3 + qsizetype(JsonParser::Padding);
    if (m_utf8.size() < need)
        m_utf8.resize(need + need / 4);
    QStringEncoder encoder(QStringEncoder::Utf8);
    const char *end = encoder.appendToBuffer(m_utf8.data(), text);
    m_size = end - m_utf8.constData();
    const std::string_view view(m_utf8.constData(), size_t(m_size));
    const QByteArray bytes = utf8();
    if (bytes.trimmed().isEmpty())
        check = PayloadCheck();
    else
        check = PayloadCheck::checkText(m_validator, family, view, *m_parser, true);
    return m_templates.apply(m_validator, family, bytes, check);
}
