#include "ui/composer/findingspanel.h"

#include "ui/composer/findingdelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

bool sameFindings(const Findings &a, const Findings &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].severity != b[i].severity || a[i].path != b[i].path || a[i].code != b[i].code
            || a[i].message != b[i].message || a[i].offset != b[i].offset)
            return false;
    return true;
}

bool fixMatches(const QuickFix &fix, const QString &path)
{
    return path == fix.path || path.startsWith(fix.path + QLatin1Char('/'));
}

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("findingsPanel"));
    // However long a message, the panel asks for no width: the splitter decides.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    buildView();
    m_empty = new QLabel(tr("No findings"));
    m_empty->setObjectName(QStringLiteral("findingsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // drawn in the palette's placeholder tone
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    m_fixButton = new QPushButton(QIcon(QStringLiteral(":/icons/fix.svg")), tr("Apply quick fix"));
    m_fixButton->setObjectName(QStringLiteral("quickFixButton"));
    m_fixButton->setEnabled(false);
    auto *title = new QLabel(tr("<b>Findings</b>"));
    auto *top = new QHBoxLayout;
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_fixButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);
    connect(m_fixButton, &QPushButton::clicked, this, &FindingsPanel::applySelectedFix);
}

// One visible text column with the message over its location, and a narrow quick-fix column;
// path, position and code stay in hidden columns for the tooltip and for tests.
void FindingsPanel::buildView()
{
    m_view = new QTreeWidget;
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setHeaderLabels({tr("Finding"), tr("Path"), tr("Line:Col"), tr("Code"), QString()});
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setItemDelegateForColumn(0, new FindingDelegate(m_view));
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // messages wrap instead
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(4, QHeaderView::Fixed);
    m_view->header()->resizeSection(4, 28);
    for (int column = 1; column < 4; ++column)
        m_view->setColumnHidden(column, true);
    // Row heights follow the message column's width once it settles.
    m_relayout = new QTimer(this);
    m_relayout->setSingleShot(true);
    m_relayout->setInterval(0);
    connect(m_relayout, &QTimer::timeout, m_view, &QTreeWidget::doItemsLayout);
    connect(m_view->header(), &QHeaderView::sectionResized, this,
        [this](int column, int oldSize, int newSize) {
            if (column == 0 && oldSize != newSize)
                m_relayout->start();
        });
    connect(m_view, &QTreeWidget::itemActivated, this, &FindingsPanel::activate);
    connect(m_view, &QTreeWidget::itemClicked, this, &FindingsPanel::activate);
    connect(m_view, &QTreeWidget::currentItemChanged, this, &FindingsPanel::updateButton);
}

QIcon FindingsPanel::severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QIcon(QStringLiteral(":/icons/error.svg"));
    case Severity::Warning:
        return QIcon(QStringLiteral(":/icons/warning.svg"));
    case Severity::Info:
        break;
    }
    return QIcon(QStringLiteral(":/icons/info.svg"));
}

void FindingsPanel::setFindings(const Findings &findings)
{
    if (sameFindings(findings, m_findings))
        return; // keeps the selection while typing
    m_findings = findings;
    rebuild();
}

void FindingsPanel::setFixes(const QuickFixes &fixes)
{
    m_fixes = fixes;
    rebuild();
}

const QuickFix *FindingsPanel::fixForRow(int row) const
{
    if (row < 0 || row >= m_findings.size())
        return nullptr;
    for (const QuickFix &fix : m_fixes)
        if (fixMatches(fix, m_findings.at(row).path))
            return &fix;
    return nullptr;
}

void FindingsPanel::rebuild()
{
    const int current = m_view->currentIndex().row();
    m_view->clear();
    for (int row = 0; row < m_findings.size(); ++row) {
        const Finding &f = m_findings.at(row);
        auto *item = new QTreeWidgetItem(m_view);
        item->setIcon(0, severityIcon(f.severity));
        item->setText(0, f.message);
        item->setToolTip(0,
            QStringLiteral("%1 [%2]: %3")
                .arg(Finding::severityName(f.severity), f.code, f.message));
        const QString path = f.path.isEmpty() ? tr("(payload)") : f.path;
        const QString position
            = f.line > 0 ? QStringLiteral("%1:%2").arg(f.line).arg(f.column) : QString();
        item->setText(1, path);
        item->setText(2, position);
        item->setText(3, f.code);
        item->setData(0, FindingDelegate::LocationRole,
            position.isEmpty() ? path : QStringLiteral("%1 · %2").arg(path, position));
        if (const QuickFix *fix = fixForRow(row)) {
            item->setIcon(4, QIcon(QStringLiteral(":/icons/fix.svg")));
            item->setToolTip(4, fix->title);
            item->setData(4, Qt::UserRole, true);
        }
    }
    if (current >= 0 && current < m_view->topLevelItemCount())
        m_view->setCurrentItem(m_view->topLevelItem(current));
    m_stack->setCurrentWidget(m_findings.isEmpty() ? static_cast<QWidget *>(m_empty) : m_view);
    updateButton();
}

void FindingsPanel::updateButton()
{
    const QuickFix *fix = fixForRow(m_view->currentIndex().row());
    m_fixButton->setEnabled(fix != nullptr);
    m_fixButton->setToolTip(fix ? fix->title : tr("Select a finding that has a quick fix"));
}

void FindingsPanel::applySelectedFix()
{
    if (const QuickFix *fix = fixForRow(m_view->currentIndex().row()))
        emit quickFixRequested(*fix);
}

void FindingsPanel::activate(QTreeWidgetItem *item)
{
    const int row = m_view->indexOfTopLevelItem(item);
    if (row >= 0 && row < m_findings.size())
        emit findingActivated(m_findings.at(row));
}
