#include "ui/composer/fields/fieldeditorfactory.h"

#include "ui/composer/fieldinfo.h"
#include "ui/composer/fields/bodyfieldeditor.h"
#include "ui/composer/fields/datetimefieldeditor.h"
#include "ui/composer/fields/enumfieldeditor.h"
#include "ui/composer/fields/keyvaluefieldeditor.h"
#include "ui/composer/fields/multilinefieldeditor.h"
#include "ui/composer/fields/numberfieldeditor.h"
#include "ui/composer/fields/recipientfieldeditor.h"
#include "ui/composer/fields/recipientlisteditor.h"
#include "ui/composer/fields/textfieldeditor.h"
#include "ui/composer/fields/transcriptfieldeditor.h"

#include "core/schema/compiledschema.h"

#include <QHash>

namespace {

FieldEditor *enumEditor(const FieldInfo &info, const CompiledSchema &schema)
{
    const QStringList values = info.node->enumStrings;
    QHash<QString, QString> notes;
    if (info.name == QLatin1String("eventType"))
        for (const QString &v : values)
            if (!schema.isProcessed(v))
                notes.insert(v, QObject::tr("stored, not processed"));
    return new EnumFieldEditor(values, notes);
}

QString placeholder(const FieldInfo &info)
{
    if (info.widget == QLatin1String("url"))
        return QStringLiteral("https://");
    if (info.node && info.node->format == StringFormat::Email)
        return QObject::tr("jane.doe@example.com");
    return QString();
}

} // namespace

FieldEditor *FieldEditorFactory::create(const FieldInfo &info, const CompiledSchema &schema)
{
    const QString &w = info.widget;
    const SchemaNode *node = info.node;
    if (w == QLatin1String("enum") || (w.isEmpty() && node && node->hasEnum))
        return enumEditor(info, schema);
    if (w == QLatin1String("datetime") || w == QLatin1String("date"))
        return new DateTimeFieldEditor(w == QLatin1String("date"));
    if (w == QLatin1String("recipient"))
        return new RecipientFieldEditor;
    if (w == QLatin1String("recipients") || w == QLatin1String("participants"))
        return new RecipientListEditor(w == QLatin1String("participants"));
    if (w == QLatin1String("body"))
        return new BodyFieldEditor;
    if (w == QLatin1String("transcript"))
        return new TranscriptFieldEditor;
    if (w == QLatin1String("keyvalue") || (w.isEmpty() && node && node->types == ObjectType))
        return new KeyValueFieldEditor;
    if (w == QLatin1String("number")
        || (w.isEmpty() && node && !(node->types & ~(NumberType | IntegerType))))
        return new NumberFieldEditor(QObject::tr("a number"));
    if (w == QLatin1String("multiline"))
        return new MultilineFieldEditor;
    return new TextFieldEditor(node ? node->suggestions : QStringList(), placeholder(info));
}
