#include "ui/composer/formfield.h"

#include "ui/widgets/accessiblenames.h"
#include "ui/widgets/themecolors.h"

#include "ui/composer/fields/fieldeditor.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || (v.isString() && v.toString().isEmpty())
        || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
}

QString preview(const QJsonValue &v)
{
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
    text = text.mid(1, text.size() - 2);
    return text.size() > 80 ? text.left(79) + QChar(0x2026) : text;
}

} // namespace

namespace {
// Red text that reads on the window background of either palette.
QString errorColour()
{
    return ThemeColors::isDark() ? QStringLiteral("#ff8a80") : QStringLiteral("#c0392b");
}
} // namespace

FormField::FormField(const FieldInfo &info, FieldEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_info(info)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("field_") + info.name);
    auto *label
        = new QLabel(info.required ? QStringLiteral("<b>%1</b> <span style='color:%2'>*</span>")
                                         .arg(info.title.toHtmlEscaped(), errorColour())
                                   : QStringLiteral("<b>%1</b>").arg(info.title.toHtmlEscaped()));
    label->setObjectName(QStringLiteral("label"));
    label->setToolTip(info.toolTip());
    m_editor->setToolTip(info.toolTip());
    AccessibleNames::nameControls(m_editor, info.title);
    m_rawNotice = new QLabel;
    m_rawNotice->setObjectName(QStringLiteral("rawNotice"));
    m_rawNotice->setWordWrap(true);
    auto *clear = new QPushButton(tr("Start over"));
    clear->setObjectName(QStringLiteral("clearRaw"));
    clear->setToolTip(tr("Replace the value with an empty one the form can edit"));
    m_rawBox = new QWidget;
    auto *rawLayout = new QHBoxLayout(m_rawBox);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(m_rawNotice, 1);
    rawLayout->addWidget(clear, 0, Qt::AlignTop);
    m_rawBox->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(3);
    layout->addWidget(label);
    layout->addWidget(m_editor);
    layout->addWidget(m_rawBox);
    connect(m_editor, &FieldEditor::edited, this, &FormField::editorEdited);
    connect(clear, &QPushButton::clicked, this, &FormField::clearRaw);
}

void FormField::setValue(const QJsonValue &value)
{
    if (!isRaw() && value == this->value())
        return;
    m_updating = true;
    const bool shown = m_editor->setValue(value);
    AccessibleNames::nameControls(m_editor, m_info.title); // rows the value added
    m_updating = false;
    m_raw = shown ? QJsonValue(QJsonValue::Undefined) : value;
    showRaw(!shown);
}

QJsonValue FormField::value() const
{
    if (isRaw())
        return m_raw;
    const QJsonValue v = m_editor->value();
    if (v.isUndefined() || (!m_info.required && isEmptyValue(v)))
        return QJsonValue(QJsonValue::Undefined);
    return v;
}

void FormField::focusInput()
{
    if (isRaw())
        m_rawBox->findChild<QPushButton *>()->setFocus(Qt::OtherFocusReason);
    else
        m_editor->focusInput();
}

void FormField::editorEdited()
{
    if (!m_updating)
        emit edited(m_info.name);
}

void FormField::clearRaw()
{
    m_updating = true;
    m_editor->setValue(QJsonValue(QJsonValue::Undefined));
    m_updating = false;
    m_raw = QJsonValue(QJsonValue::Undefined);
    showRaw(false);
    emit edited(m_info.name);
}

void FormField::showRaw(bool raw)
{
    m_editor->setVisible(!raw);
    m_rawBox->setVisible(raw);
    if (raw)
        m_rawNotice->setText(
            tr("<span style='color:%2'>The JSON holds <code>%1</code>, which "
               "this field cannot show.</span> Edit it in the JSON, apply the quick "
               "fix from the findings, or start over.")
                .arg(preview(m_raw).toHtmlEscaped(), errorColour()));
}
