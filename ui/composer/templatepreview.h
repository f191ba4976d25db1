#pragma once

#include "core/templates/templateresolver.h"
#include "core/validation/payloadcheck.h"

class Validator;

// The composer's view of a payload with template variables ({{now}}, {{uuid}}, …): the dedup
// ID and the checks of the templated values come from the resolved payload, the rest of the
// findings (and every position) from the text as written, and an unknown variable is a finding.
class TemplatePreview final
{
public:
    TemplatePreview();

    // Adjusts `check` (made from `utf8` as written) when `utf8` has variables; false otherwise.
    bool apply(const Validator &validator, const QString &family, const QByteArray &utf8,
        PayloadCheck &check);
    // The variables {{env.NAME}} may read: the current target's list.
    void allowEnvironment(const QStringList &names) { m_resolver.allowEnvironment(names); }

private:
    TemplateResolver m_resolver;
};
