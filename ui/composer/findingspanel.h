#pragma once

#include "core/quickfix/quickfix.h"
#include "core/validation/finding.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// Every finding with its severity icon and its whole message, wrapped, with its path and
// position below; the quick fix of the selected finding when there is one. Its width never
// depends on the findings, so the composer's columns stay put while they change.
class FindingsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    void setFindings(const Findings &findings);
    void setFixes(const QuickFixes &fixes);
    QTreeWidget *view() const { return m_view; }
    // The fix offered for the finding at `row`, if any.
    const QuickFix *fixForRow(int row) const;
    static QIcon severityIcon(Severity severity);

signals:
    void findingActivated(const Finding &finding);
    void quickFixRequested(const QuickFix &fix);

public slots:
    void applySelectedFix();

private:
    void buildView();
    void rebuild();
    void updateButton();
    void activate(QTreeWidgetItem *item);

    Findings m_findings;
    QuickFixes m_fixes;
    QTreeWidget *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTimer *m_relayout = nullptr;
    QPushButton *m_fixButton = nullptr;
};
