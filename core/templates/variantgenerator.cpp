#include "core/templates/variantgenerator.h"

QVector<QByteArray> VariantGenerator::generate(
    const QByteArray &templateJson, int count, Findings *findings)
{
    QVector<QByteArray> variants;
    variants.reserve(qMax(0, count));
    for (int i = 0; i < count; ++i) {
        m_resolver.setSeq(i + 1);
        variants.append(m_resolver.resolveJson(templateJson, i == 0 ? findings : nullptr));
    }
    return variants;
}
