#include "tests/conformance/faultgenerator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString pointerOf(const QStringList &segments)
{
    QString pointer;
    for (QString s : segments)
        pointer += QLatin1Char('/')
            + s.replace(QLatin1Char('~'), QLatin1String("~0"))
                  .replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer;
}

QByteArray minified(const QJsonValue &value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    // A scalar root: wrap it in an array and strip the brackets.
    const QByteArray wrapped = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

const QStringList &badTimestamps()
{
    static const QStringList values {
        QStringLiteral("2024-02-30T10:30:00Z"),
        QStringLiteral("2024-13-03T10:30:00Z"),
        QStringLiteral("2024-02-03T25:30:00Z"),
        QStringLiteral("03/02/2024 10:30"),
        QStringLiteral("2024-02-03T10:30:00+25:00"),
        QStringLiteral("yesterday"),
    };
    return values;
}

const QStringList &badDates()
{
    static const QStringList values {
        QStringLiteral("2024-02-30"),
        QStringLiteral("2024-13-01"),
        QStringLiteral("31/03/2024"),
        QStringLiteral("2024-3-31"),
    };
    return values;
}

const QStringList &badEmails()
{
    static const QStringList values {
        QStringLiteral("not-an-email"),
        QStringLiteral("@example.com"),
        QStringLiteral("daniel.kim@"),
        QStringLiteral("daniel kim@example.com"),
        QStringLiteral("daniel.kim@@example.com"),
    };
    return values;
}

const QStringList &badUris()
{
    static const QStringList values {
        QStringLiteral("recordings.example.com/call.mp4"),
        QStringLiteral("http:// spaced.example"),
        QStringLiteral("/relative/path.mp4"),
    };
    return values;
}

} // namespace

void FaultGenerator::addExample(
    const QString &family, const QString &label, const QByteArray &example)
{
    m_family = family;
    m_label = label;
    m_example = QJsonDocument::fromJson(example).object();
    m_cases.append({family, minified(m_example), std::nullopt, label + QStringLiteral(" as is")});
    if (!m_families.contains(family)) {
        // Once per family: the payload itself of the wrong type.
        m_families << family;
        add({}, QJsonValue(QJsonArray()), QStringLiteral("root as array"));
        add({}, QJsonValue(QStringLiteral("text")), QStringLiteral("root as string"));
    }
    walk(m_example, {}, false);
}

void FaultGenerator::walk(const QJsonValue &value, const QStringList &segments, bool inObject)
{
    if (!segments.isEmpty())
        mutateValue(value, segments, inObject);
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            walk(it.value(), segments + QStringList {it.key()}, true);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            walk(array.at(i), segments + QStringList {QString::number(i)}, false);
    }
}

void FaultGenerator::mutateValue(
    const QJsonValue &value, const QStringList &segments, bool inObject)
{
    if (inObject)
        add(segments, std::nullopt, QStringLiteral("drop"));
    add(segments, QJsonValue(QJsonValue::Null), QStringLiteral("null"));
    switch (value.type()) {
    case QJsonValue::String:
        add(segments, QJsonValue(42), QStringLiteral("string->number"));
        add(segments, QJsonValue(QString()), QStringLiteral("empty string"));
        break;
    case QJsonValue::Double:
        add(segments, QJsonValue(QString::number(value.toDouble())),
            QStringLiteral("number->string"));
        add(segments, QJsonValue(-1), QStringLiteral("negative number"));
        break;
    case QJsonValue::Bool:
        add(segments, QJsonValue(QStringLiteral("true")), QStringLiteral("bool->string"));
        break;
    case QJsonValue::Object:
        add(segments, QJsonValue(QJsonArray()), QStringLiteral("object->array"));
        add(segments, QJsonValue(QStringLiteral("text")), QStringLiteral("object->string"));
        break;
    case QJsonValue::Array:
        add(segments, QJsonValue(QJsonObject()), QStringLiteral("array->object"));
        add(segments, QJsonValue(QJsonArray()), QStringLiteral("empty array"));
        break;
    default:
        break;
    }
    if (inObject && value.isString())
        mutateByName(segments.last(), segments);
}

void FaultGenerator::mutateByName(const QString &key, const QStringList &segments)
{
    QStringList values;
    if (key == QLatin1String("eventTimestamp"))
        values = badTimestamps();
    else if (key == QLatin1String("closeDate"))
        values = badDates();
    else if (key.contains(QLatin1String("email"), Qt::CaseInsensitive))
        values = badEmails();
    else if (key.endsWith(QLatin1String("Url")))
        values = badUris();
    else if (key == QLatin1String("eventType"))
        values = {QStringLiteral("not_a_sub_type"), QStringLiteral("Sent"), QStringLiteral(" ")};
    for (const QString &v : values)
        add(segments, QJsonValue(v), QStringLiteral("bad value \"%1\"").arg(v));
}

void FaultGenerator::add(
    const QStringList &segments, const std::optional<QJsonValue> &replacement, const QString &what)
{
    const QString path = pointerOf(segments);
    m_cases.append({m_family, minified(replaced(m_example, segments, replacement)), path,
        QStringLiteral("%1 %2 at \"%3\"").arg(m_label, what, path)});
}

QJsonValue FaultGenerator::replaced(const QJsonValue &root, const QStringList &segments,
    const std::optional<QJsonValue> &replacement)
{
    if (segments.isEmpty())
        return replacement.value_or(QJsonValue(QJsonValue::Undefined));
    const QString &head = segments.first();
    const QStringList rest = segments.mid(1);
    if (root.isObject()) {
        QJsonObject object = root.toObject();
        if (rest.isEmpty() && !replacement)
            object.remove(head);
        else
            object.insert(head, replaced(object.value(head), rest, replacement));
        return object;
    }
    QJsonArray array = root.toArray();
    const int index = head.toInt();
    if (rest.isEmpty() && !replacement)
        array.removeAt(index);
    else
        array.replace(index, replaced(array.at(index), rest, replacement));
    return array;
}

QByteArray FaultGenerator::toNdjson() const
{
    QByteArray out;
    for (const FaultCase &c : m_cases) {
        out += "{\"family\":" + minified(QJsonValue(c.family)) + ",\"payload\":" + c.payload
            + ",\"faultPath\":"
            + (c.faultPath ? minified(QJsonValue(*c.faultPath)) : QByteArray("null")) + "}\n";
    }
    return out;
}
