#include "ui/composer/fieldinfo.h"

#include "core/schema/schemanode.h"

#include <QObject>

namespace {

QString firstOf(const QString &a, const QString &b)
{
    return a.isEmpty() ? b : a;
}

// The schema's help uses `code` spans; tooltips are rich text.
QString richText(const QString &text)
{
    QString html = text.toHtmlEscaped();
    bool open = false;
    QString out;
    for (const QChar c : html) {
        if (c == QLatin1Char('`')) {
            out += open ? QStringLiteral("</code>") : QStringLiteral("<code>");
            open = !open;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

FieldInfo FieldInfo::read(const QString &name, const SchemaNode *property, bool required)
{
    FieldInfo info;
    info.name = name;
    info.required = required;
    info.node = property ? property->resolved() : nullptr;
    if (!property)
        return info;
    info.title = firstOf(property->title, info.node->title);
    info.description = firstOf(property->description, info.node->description);
    info.assumption = firstOf(property->assumption, info.node->assumption);
    info.widget = firstOf(property->widget, info.node->widget);
    if (info.title.isEmpty())
        info.title = name;
    return info;
}

QString FieldInfo::toolTip() const
{
    QString tip = QStringLiteral("<b>%1</b> <code>%2</code>%3<br>%4")
                      .arg(title.toHtmlEscaped(), name,
                          required ? QObject::tr(" (required)") : QString(), richText(description));
    if (!assumption.isEmpty())
        tip += QObject::tr("<br><i>Assumption:</i> %1").arg(richText(assumption));
    return tip;
}
