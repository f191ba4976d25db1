#include "ui/library/libraryfilterbar.h"

#include "core/schema/schemaset.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

LibraryFilterBar::LibraryFilterBar(const SchemaSet &schemas, QWidget *parent)
    : QWidget(parent)
    , m_schemas(schemas)
{
    setObjectName(QStringLiteral("libraryFilterBar"));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setAccessibleName(tr("Search events"));
    m_search->setPlaceholderText(tr("Search names and payloads (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_timer->isActive()) {
            m_timer->stop();
            emit changed();
        }
    });
    connect(m_timer, &QTimer::timeout, this, &LibraryFilterBar::changed);
    m_search->installEventFilter(this);
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("libraryFamilyFilter"));
    m_family->addItem(tr("All families"), QString());
    for (const QString &family : m_schemas.families())
        m_family->addItem(family, family);
    m_subType = new QComboBox;
    m_subType->setObjectName(QStringLiteral("librarySubTypeFilter"));
    m_subType->addItem(tr("All sub-types"), QString());
    m_validity = new QComboBox;
    m_validity->setObjectName(QStringLiteral("libraryValidityFilter"));
    m_validity->addItem(tr("Any validity"), -1);
    m_validity->addItem(tr("Valid"), int(EventValidity::Valid));
    m_validity->addItem(tr("Invalid"), int(EventValidity::Invalid));
    m_validity->addItem(tr("Unchecked"), int(EventValidity::Unknown));
    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        fillSubTypes();
        emit changed();
    });
    connect(m_subType, &QComboBox::currentIndexChanged, this, &LibraryFilterBar::changed);
    connect(m_validity, &QComboBox::currentIndexChanged, this, &LibraryFilterBar::changed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_family);
    layout->addWidget(m_subType);
    layout->addWidget(m_validity);
}

EventFilter LibraryFilterBar::filter() const
{
    EventFilter filter;
    filter.family = m_family->currentData().toString();
    filter.subType = m_subType->currentData().toString();
    if (const int validity = m_validity->currentData().toInt(); validity >= 0)
        filter.validity = EventValidity(validity);
    return filter;
}

QString LibraryFilterBar::searchText() const
{
    return m_search->text();
}

void LibraryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LibraryFilterBar::fillSubTypes()
{
    const QSignalBlocker blocker(m_subType);
    m_subType->clear();
    m_subType->addItem(tr("All sub-types"), QString());
    if (const CompiledSchema *schema = m_schemas.schema(m_family->currentData().toString()))
        for (const QString &subType : schema->subTypes())
            m_subType->addItem(subType, subType);
}

bool LibraryFilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        if (m_timer->isActive()) { // the results of what was just typed
            m_timer->stop();
            emit changed();
        }
        emit resultsRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
