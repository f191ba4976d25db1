#include "core/quickfix/quickfixer.h"

#include "core/quickfix/jsonedit.h"

#include "core/json/jsonpointer.h"
#include "core/quickfix/quickfixerrors.h"
#include "core/schema/compiledschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace {

QString shortText(const QJsonValue &value)
{
    QString text = value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 15);
    if (text.size() > 40)
        text = text.left(39) + QChar(0x2026);
    return text;
}

QString normalisedSubType(QString text)
{
    text = text.trimmed().toLower();
    text.replace(QRegularExpression(QStringLiteral("[\\s\\-]+")), QStringLiteral("_"));
    return text;
}

void addFix(QuickFixes &fixes, QuickFix::Kind kind, const QString &path, const QString &title)
{
    fixes.append(QuickFix {kind, path, title});
}

// Fixes for one top-level field, chosen by its form widget.
void findInField(
    const CompiledSchema &schema, const QString &name, const QJsonValue &value, QuickFixes &fixes)
{
    const SchemaNode *node = schema.field(name);
    const QString path = JsonPointer::append(QString(), name);
    const QString widget = node ? node->widget : QString();
    if (widget == QLatin1String("recipients") && value.isArray()) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            if (QuickFixer::recipientObject(items.at(i)))
                addFix(fixes, QuickFix::Kind::RecipientObject, JsonPointer::append(path, i),
                    QStringLiteral("Turn \"%1\" into a {email, name} object")
                        .arg(shortText(items.at(i))));
    } else if (widget == QLatin1String("recipient") && QuickFixer::recipientObject(value)) {
        addFix(fixes, QuickFix::Kind::RecipientObject, path,
            QStringLiteral("Turn \"%1\" into a {email, name} object").arg(shortText(value)));
    } else if (widget == QLatin1String("datetime")) {
        if (const auto iso = QuickFixer::isoTimestamp(value))
            addFix(fixes, QuickFix::Kind::IsoTimestamp, path,
                QStringLiteral("Write %1 as %2").arg(shortText(value), *iso));
    } else if (widget == QLatin1String("body") && QuickFixer::bodyObject(value)) {
        addFix(fixes, QuickFix::Kind::BodyObject, path,
            QStringLiteral("Wrap the body string as {\"text\": ...}"));
    } else if (name == QLatin1String("eventType")) {
        if (const auto spelling = QuickFixer::subTypeSpelling(value, schema.subTypes()))
            addFix(fixes, QuickFix::Kind::SubTypeSpelling, path,
                QStringLiteral("Write the sub-type as \"%1\"").arg(*spelling));
    }
}

} // namespace

QuickFixes QuickFixer::find(const CompiledSchema &schema, const QJsonObject &payload)
{
    QuickFixes fixes;
    for (const QString &name : schema.fieldNames())
        if (payload.contains(name))
            findInField(schema, name, payload.value(name), fixes);
    return fixes;
}

Result<QJsonObject> QuickFixer::apply(
    const CompiledSchema &schema, const QJsonObject &payload, const QuickFix &fix)
{
    const QJsonValue current = JsonEdit::valueAt(payload, fix.path);
    const std::optional<QJsonValue> replacement = repaired(schema, fix.kind, current);
    if (!replacement)
        return Error {
            QuickFixErrors::Stale, tr("the value at %1 no longer needs this fix").arg(fix.path)};
    QJsonObject result = payload;
    if (!JsonEdit::replaceAt(result, fix.path, *replacement))
        return Error {QuickFixErrors::Path, tr("%1 is not in the payload").arg(fix.path)};
    return result;
}

std::optional<QJsonValue> QuickFixer::repaired(
    const CompiledSchema &schema, QuickFix::Kind kind, const QJsonValue &value)
{
    switch (kind) {
    case QuickFix::Kind::RecipientObject:
        if (auto object = recipientObject(value))
            return QJsonValue(*object);
        break;
    case QuickFix::Kind::IsoTimestamp:
        if (auto iso = isoTimestamp(value))
            return QJsonValue(*iso);
        break;
    case QuickFix::Kind::BodyObject:
        if (auto object = bodyObject(value))
            return QJsonValue(*object);
        break;
    case QuickFix::Kind::SubTypeSpelling:
        if (auto spelling = subTypeSpelling(value, schema.subTypes()))
            return QJsonValue(*spelling);
        break;
    }
    return std::nullopt;
}

std::optional<QJsonObject> QuickFixer::recipientObject(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString().trimmed();
    static const QRegularExpression named(
        QStringLiteral("^\"?([^\"<]*?)\"?\\s*<([^<>\\s]+@[^<>\\s]+)>$"));
    static const QRegularExpression bare(QStringLiteral("^[^\\s@<>]+@[^\\s@<>]+$"));
    QJsonObject object;
    if (const auto m = named.match(text); m.hasMatch()) {
        object.insert(QStringLiteral("email"), m.captured(2));
        if (!m.captured(1).trimmed().isEmpty())
            object.insert(QStringLiteral("name"), m.captured(1).trimmed());
        return object;
    }
    if (!bare.match(text).hasMatch())
        return std::nullopt;
    object.insert(QStringLiteral("email"), text);
    return object;
}

std::optional<QString> QuickFixer::isoTimestamp(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < 0 || number > 1e15)
            return std::nullopt;
        // Epoch seconds end in 2286 at 1e10; anything larger is milliseconds.
        const qint64 ms = number >= 1e11 ? qint64(number) : qint64(number * 1000.0);
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        return time.toString(ms % 1000 ? Qt::ISODateWithMs : Qt::ISODate);
    }
    if (!value.isString())
        return std::nullopt;
    const QDate date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
    if (!date.isValid() || value.toString().trimmed().size() != 10)
        return std::nullopt;
    return date.toString(Qt::ISODate) + QStringLiteral("T00:00:00Z");
}

std::optional<QJsonObject> QuickFixer::bodyObject(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return QJsonObject {{QStringLiteral("text"), value.toString()}};
}

std::optional<QString> QuickFixer::subTypeSpelling(
    const QJsonValue &value, const QStringList &subTypes)
{
    if (!value.isString() || subTypes.contains(value.toString()))
        return std::nullopt;
    const QString wanted = normalisedSubType(value.toString());
    std::optional<QString> match;
    for (const QString &subType : subTypes) {
        if (normalisedSubType(subType) != wanted)
            continue;
        if (match)
            return std::nullopt;
        match = subType;
    }
    return match;
}
