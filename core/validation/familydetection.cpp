#include "familydetection.h"

#include "schema/schemaset.h"

namespace {

QString fromUtf8(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QStringList presentFields(simdjson::dom::object object)
{
    QStringList names;
    for (auto field : object)
        names << fromUtf8(field.key);
    return names;
}

// Fields of `family` that no other family has: the strongest hint.
QStringList characteristicFields(const SchemaSet &schemas, const QString &family)
{
    QStringList unique = schemas.schema(family)->fieldNames();
    for (const QString &other : schemas.families()) {
        if (other == family)
            continue;
        for (const QString &name : schemas.schema(other)->fieldNames())
            unique.removeAll(name);
    }
    return unique;
}

FamilyDetection bySubType(const SchemaSet &schemas, simdjson::dom::object object)
{
    auto eventType = object["eventType"];
    if (eventType.error() || !eventType.value().is_string())
        return {};
    const QString subType = fromUtf8(eventType.value().get_string().value());
    for (const QString &family : schemas.families()) {
        for (const QString &known : schemas.schema(family)->subTypes()) {
            if (known.compare(subType.trimmed(), Qt::CaseInsensitive) == 0)
                return {family,
                        QStringLiteral("detected %1: eventType \"%2\" is a %1 sub-type")
                            .arg(family, subType)};
        }
    }
    return {};
}

FamilyDetection byFields(const SchemaSet &schemas, const QStringList &present)
{
    FamilyDetection best;
    int bestScore = 0;
    for (const QString &family : schemas.families()) {
        QStringList hits;
        int score = 0;
        for (const QString &name : characteristicFields(schemas, family))
            if (present.contains(name)) {
                hits << name;
                score += 10;
            }
        for (const QString &name : schemas.schema(family)->fieldNames())
            if (present.contains(name) && !hits.contains(name))
                score += 1;
        if (score > bestScore) {
            bestScore = score;
            best.family = family;
            best.reason = hits.isEmpty()
                ? QStringLiteral("detected %1: its fields match best").arg(family)
                : QStringLiteral("detected %1: has %2").arg(family, hits.join(QStringLiteral(", ")));
        }
    }
    return best;
}

} // namespace

FamilyDetection FamilyDetection::detect(const SchemaSet &schemas, simdjson::dom::element payload)
{
    if (!payload.is_object())
        return {QString(), QStringLiteral("cannot detect the family: the payload is not a JSON "
                                          "object")};
    const simdjson::dom::object object = payload.get_object().value();
    FamilyDetection found = bySubType(schemas, object);
    if (found.family.isEmpty())
        found = byFields(schemas, presentFields(object));
    if (found.family.isEmpty())
        found.reason = QStringLiteral("cannot detect the family: no known eventType and no field "
                                      "of any family; give the family (--family)");
    return found;
}
