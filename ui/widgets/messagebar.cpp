#include "ui/widgets/messagebar.h"

#include "ui/widgets/themecolors.h"

#include <QEvent>
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
    m_level = level;
    applyColours();
    m_text->setText(text);
    show();
}

void MessageBar::applyColours()
{
    const auto tone = ThemeColors::Tone(int(m_level)); // Info, Warning, Error in the same order
    const QString sheet = QStringLiteral("#messageBar { background: %1; border-radius: 3px; }"
                                         " #messageBar QLabel { color: %2; }")
                              .arg(ThemeColors::background(tone, palette()).name(),
                                  ThemeColors::foreground(tone, palette()).name());
    // Setting a style sheet changes the palette again: only a new sheet may do so, or a
    // visible bar would recurse forever.
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

// The system may switch between light and dark while the app runs.
void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && isVisible())
        applyColours();
    QFrame::changeEvent(event);
}

QString MessageBar::text() const
{
    return m_text->text();
}
