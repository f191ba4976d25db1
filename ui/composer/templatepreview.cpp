#include "ui/composer/templatepreview.h"

#include "core/json/textposition.h"
#include "core/templates/jsonstringrewriter.h"

#include <QHash>

namespace {

// Byte offset of each string value that holds a variable, by JSON Pointer.
QHash<QString, qint64> templatedStrings(const QByteArray &utf8)
{
    QHash<QString, qint64> found;
    JsonStringRewriter::rewrite(
        utf8, [&found](const JsonStringRewriter::StringValue &value) -> std::optional<QByteArray> {
            if (value.raw.find("{{") != std::string_view::npos)
                found.insert(value.pointer, value.offset);
            return std::nullopt;
        });
    return found;
}

} // namespace

TemplatePreview::TemplatePreview()
    : m_resolver(nullptr, 1)
{ }

bool TemplatePreview::apply(
    const Validator &validator, const QString &family, const QByteArray &utf8, PayloadCheck &check)
{
    if (!check.parsed || !utf8.contains("{{"))
        return false;
    const QHash<QString, qint64> templated = templatedStrings(utf8);
    if (templated.isEmpty())
        return false;
    m_resolver.reseed(1); // the same preview on every keystroke, except for the clock
    Findings variables;
    const QByteArray resolved = m_resolver.resolveJson(utf8, &variables);
    const PayloadCheck resolvedCheck
        = PayloadCheck::checkText(validator, family.isEmpty() ? check.family : family,
            std::string_view(resolved.constData(), size_t(resolved.size())));
    if (!resolvedCheck.parsed)
        return false;
    const std::string_view whole(utf8.constData(), size_t(utf8.size()));
    Findings merged;
    for (const Finding &finding : std::as_const(check.findings))
        if (!templated.contains(finding.path))
            merged.append(finding);
    for (Finding finding : resolvedCheck.findings) {
        if (!templated.contains(finding.path))
            continue;
        const TextPosition at = TextPosition::at(whole, templated.value(finding.path));
        finding.offset = at.offset;
        finding.line = at.line;
        finding.column = at.column;
        merged.append(finding);
    }
    merged += variables;
    check.findings = merged;
    check.dedup = resolvedCheck.dedup;
    if (check.family.isEmpty())
        check.family = resolvedCheck.family;
    return true;
}
