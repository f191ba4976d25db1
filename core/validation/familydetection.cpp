#include "core/validation/familydetection.h"

#include "core/schema/schemaset.h"

#include <simdjson.h>

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

// The family whose sub-type list holds the payload's eventType (any letter case).
QString familyOfSubType(const SchemaSet &schemas, simdjson::dom::object object, QString *subType)
{
    auto eventType = object["eventType"];
    if (eventType.error() || !eventType.value().is_string())
        return QString();
    *subType = fromUtf8(eventType.value().get_string().value());
    for (const QString &family : schemas.families())
        for (const QString &known : schemas.schema(family)->subTypes())
            if (known.compare(subType->trimmed(), Qt::CaseInsensitive) == 0)
                return family;
    return QString();
}

// Scores each family: its sub-type 15, each field only it has 10, each shared field 1, so a
// calls payload with an emails sub-type still reads as calls.
FamilyDetection bestFamily(const SchemaSet &schemas, simdjson::dom::object object)
{
    QString subType;
    const QString subTypeFamily = familyOfSubType(schemas, object, &subType);
    const QStringList present = presentFields(object);
    FamilyDetection best;
    int bestScore = 0;
    for (const QString &family : schemas.families()) {
        QStringList hits;
        int score = family == subTypeFamily ? 15 : 0;
        for (const QString &name : characteristicFields(schemas, family))
            if (present.contains(name)) {
                hits << name;
                score += 10;
            }
        for (const QString &name : schemas.schema(family)->fieldNames())
            score += present.contains(name) && !hits.contains(name) ? 1 : 0;
        if (score <= bestScore)
            continue;
        bestScore = score;
        best.family = family;
        if (family == subTypeFamily && score < 25)
            best.reason = QStringLiteral("detected %1: eventType \"%2\" is one of its sub-types")
                              .arg(family, subType);
        else if (!hits.isEmpty())
            best.reason = QStringLiteral("detected %1: has %2")
                              .arg(family, QStringList(hits.mid(0, 3)).join(QStringLiteral(", ")));
        else
            best.reason = QStringLiteral("detected %1: its fields match best").arg(family);
    }
    return best;
}

} // namespace

FamilyDetection FamilyDetection::detect(const SchemaSet &schemas, simdjson::dom::element payload)
{
    if (!payload.is_object())
        return {QString(),
            QStringLiteral("cannot detect the family: the payload is not a JSON "
                           "object")};
    const simdjson::dom::object object = payload.get_object().value();
    FamilyDetection found = bestFamily(schemas, object);
    if (found.family.isEmpty())
        found.reason = QStringLiteral("cannot detect the family: no known eventType and no field "
                                      "of any family; give the family (--family)");
    return found;
}
