#include "ui/composer/deduppanel.h"

#include "ui/widgets/bannerlabel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DedupPanel::DedupPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("dedupPanel"));
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // the splitter decides
    // The whole ID, selectable by mouse and keyboard; a narrow column scrolls it, never cuts it.
    m_idField = new QLineEdit;
    m_idField->setObjectName(QStringLiteral("dedupIdField"));
    m_idField->setReadOnly(true);
    m_idField->setFrame(false);
    m_idField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_idField->setPlaceholderText(tr("none: not JSON, or no family"));
    m_idField->setAccessibleName(tr("Dedup ID"));
    QPalette palette = m_idField->palette();
    palette.setColor(QPalette::Base, Qt::transparent); // reads as text, not as an input
    m_idField->setPalette(palette);
    m_source = new QLabel;
    m_source->setObjectName(QStringLiteral("dedupSourceLabel"));
    m_copy = new QToolButton;
    m_copy->setObjectName(QStringLiteral("copyDedupButton"));
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copy->setToolTip(tr("Copy the full 64-character ID (Ctrl+Shift+C)"));
    m_components = new QTreeWidget;
    m_components->setObjectName(QStringLiteral("dedupComponents"));
    m_components->setAccessibleName(tr("Dedup ID components"));
    m_components->setHeaderLabels({tr("Component"), tr("Value")});
    m_components->setRootIsDecorated(false);
    m_components->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("<b>Dedup ID</b>")));
    top->addStretch(1);
    top->addWidget(m_source);
    top->addWidget(m_copy);
    m_templateNote = new QLabel(tr("<i>computed with templates resolved</i>"));
    m_templateNote->setObjectName(QStringLiteral("dedupTemplateNote"));
    m_templateNote->setToolTip(tr("The payload has template variables such as {{now}}: the ID "
                                  "shown is the one a send made now would carry"));
    m_templateNote->hide();
    m_collision = new BannerLabel(ThemeColors::Tone::Warning);
    m_collision->setObjectName(QStringLiteral("dedupCollisionLabel"));
    m_collision->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_idField);
    layout->addWidget(m_templateNote);
    layout->addWidget(m_collision);
    layout->addWidget(m_components, 1);
    setTabOrder(m_idField, m_copy); // the ID, then what to do with it
    connect(m_copy, &QToolButton::clicked, this, &DedupPanel::copyId);
}

QStringList DedupPanel::componentNames(const QString &family, DedupSource source)
{
    if (source == DedupSource::Explicit)
        return {tr("eventId")};
    if (family == QLatin1String("emails"))
        return {tr("from email"), tr("subject"), tr("timestamp (UTC)"), tr("first to email")};
    if (family == QLatin1String("calls"))
        return {tr("title"), tr("timestamp (UTC)"), tr("first participant"),
            tr("transcript (first 100)")};
    if (family == QLatin1String("crm"))
        return {tr("opportunityId"), tr("eventType")};
    if (family == QLatin1String("social"))
        return {
            tr("from email"), tr("timestamp (UTC)"), tr("first to email"), tr("body (first 100)")};
    return {};
}

void DedupPanel::setDedup(const QString &family, const DedupId &dedup)
{
    m_id = dedup.id;
    m_copy->setEnabled(!m_id.isEmpty());
    m_components->clear();
    m_idField->setText(m_id);
    m_idField->setCursorPosition(0); // the start of the ID in view
    m_idField->setToolTip(m_id);
    if (m_id.isEmpty()) {
        m_source->clear();
        return;
    }
    const bool isExplicit = dedup.source == DedupSource::Explicit;
    m_source->setText(isExplicit ? tr("explicit") : tr("auto"));
    m_source->setToolTip(isExplicit ? tr("The payload's eventId is the dedup ID")
                                    : tr("Derived from the content: no eventId"));
    const QStringList names = componentNames(family, dedup.source);
    for (int i = 0; i < dedup.components.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_components);
        item->setText(0, names.value(i, tr("component %1").arg(i + 1)));
        const QString value = dedup.components.at(i);
        item->setText(1,
            value.isEmpty() ? tr("(empty)")
                            : QString(value).replace(QLatin1Char('\n'), QChar(0x21b5)));
        item->setToolTip(1, value);
    }
}

void DedupPanel::setTemplatesResolved(bool resolved)
{
    m_templateNote->setVisible(resolved);
}

void DedupPanel::setCollisions(const QStringList &events)
{
    m_collision->setVisible(!events.isEmpty());
    if (events.isEmpty()) {
        m_collision->clear();
        return;
    }
    m_collision->setText(
        tr("Same dedup ID as %1. The API would take one of them as a duplicate of the other: "
           "change a component or give an explicit eventId.")
            .arg(events.join(tr(", "))));
}

void DedupPanel::copyId()
{
    if (!m_id.isEmpty())
        QApplication::clipboard()->setText(m_id);
}
