#pragma once

#include "core/templates/templateresolver.h"

#include <QByteArray>
#include <QVector>

// "Generate N variants": N payloads from one template, {{seq}} running 1..N, for load and dedup
// tests. Findings (unknown variables) are reported once, from the first variant.
class VariantGenerator final
{
public:
    explicit VariantGenerator(TemplateResolver &resolver)
        : m_resolver(resolver)
    { }

    QVector<QByteArray> generate(const QByteArray &templateJson, int count, Findings *findings);

private:
    TemplateResolver &m_resolver;
};
