#include "ui/composer/fields/datetimefieldeditor.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimeZone>
#include <QToolButton>

namespace {

const QDateTime unset(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);

} // namespace

DateTimeFieldEditor::DateTimeFieldEditor(bool dateOnly, QWidget *parent)
    : FieldEditor(parent)
    , m_dateOnly(dateOnly)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QDateTimeEdit;
    m_edit->setObjectName(QStringLiteral("input"));
    m_edit->setTimeSpec(Qt::UTC); // shows the wall clock of the value's own offset
    m_edit->setCalendarPopup(true);
    m_edit->setMinimumDateTime(unset);
    m_edit->setSpecialValueText(tr("not set"));
    m_edit->setDateTime(unset);
    m_zone = new QLabel;
    m_zone->setObjectName(QStringLiteral("zoneLabel"));
    auto *now = new QToolButton;
    now->setObjectName(QStringLiteral("nowButton"));
    now->setText(dateOnly ? tr("Today") : tr("Now"));
    now->setIcon(QIcon(QStringLiteral(":/icons/clock.svg")));
    now->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    now->setToolTip(
        dateOnly ? tr("Set to today's date (UTC)") : tr("Set to the current time in UTC"));
    layout->addWidget(m_edit);
    layout->addWidget(m_zone);
    layout->addWidget(now);
    layout->addStretch(1);
    connect(now, &QToolButton::clicked, this, &DateTimeFieldEditor::setNow);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &DateTimeFieldEditor::userEdited);
    setWithTime(!dateOnly);
    showZone();
}

void DateTimeFieldEditor::setWithTime(bool withTime)
{
    m_withTime = withTime;
    m_edit->setDisplayFormat(
        withTime ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("yyyy-MM-dd"));
    m_zone->setVisible(withTime);
}

QString DateTimeFieldEditor::offsetText(int seconds)
{
    if (seconds == 0)
        return QStringLiteral("Z");
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool DateTimeFieldEditor::setValue(const QJsonValue &value)
{
    if (value.isUndefined()) {
        m_updating = true;
        m_text.clear();
        m_edit->setDateTime(unset);
        m_updating = false;
        return true;
    }
    const QString text = value.toString();
    // A date field also takes a full date-time (closeDate allows both); a date-time field
    // never takes a bare date, which the quick fix turns into one.
    const bool hasTime = text.contains(QLatin1Char('T'));
    if (!value.isString() || (!hasTime && !m_dateOnly))
        return false;
    const QDateTime parsed = hasTime
        ? QDateTime::fromString(text, Qt::ISODate)
        : QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0), Qt::UTC);
    if (!parsed.isValid() || (hasTime && parsed.timeSpec() == Qt::LocalTime))
        return false; // a date-time needs its zone
    m_updating = true;
    setWithTime(hasTime);
    m_text = text;
    m_offset = hasTime ? parsed.offsetFromUtc() : 0;
    const QDateTime wall = parsed.toOffsetFromUtc(m_offset);
    m_edit->setDateTime(QDateTime(wall.date(), wall.time(), Qt::UTC));
    m_updating = false;
    showZone();
    return true;
}

QJsonValue DateTimeFieldEditor::value() const
{
    return m_text.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m_text);
}

void DateTimeFieldEditor::setNow()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_offset = 0;
    setWithTime(!m_dateOnly);
    m_updating = true;
    m_edit->setDateTime(QDateTime(
        now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()), Qt::UTC));
    m_updating = false;
    userEdited();
}

void DateTimeFieldEditor::userEdited()
{
    if (m_updating)
        return;
    const QDateTime wall = m_edit->dateTime();
    if (wall == unset) {
        m_text.clear();
    } else if (!m_withTime) {
        m_text = wall.date().toString(Qt::ISODate);
    } else {
        const QString format = wall.time().msec() ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")
                                                  : QStringLiteral("yyyy-MM-ddTHH:mm:ss");
        m_text = wall.toString(format) + offsetText(m_offset);
    }
    showZone();
    emit edited();
}

void DateTimeFieldEditor::showZone()
{
    m_zone->setText(m_offset == 0 ? tr("UTC") : tr("UTC%1").arg(offsetText(m_offset)));
    m_zone->setToolTip(tr("The time zone the value is written in; \"Now\" writes UTC."));
}
