#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    auto *close = new QToolButton;
    close->setObjectName(QStringLiteral("closeMessage"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(close);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(const QString &text, Level level)
{
    const char *backgrounds[] = {"#e3f0fb", "#fff4d6", "#fbe3e3"};
    const char *foregrounds[] = {"#0b3c66", "#5a4500", "#6b1010"};
    setStyleSheet(
        QStringLiteral("#messageBar { background: %1; border-radius: 3px; }"
                       " #messageBar QLabel { color: %2; }")
            .arg(QLatin1String(backgrounds[int(level)]), QLatin1String(foregrounds[int(level)])));
    m_text->setText(text);
    show();
}

QString MessageBar::text() const
{
    return m_text->text();
}
