#pragma once

#include "core/quickfix/quickfix.h"
#include "core/validation/finding.h"

#include <QWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// Every finding with its severity icon, path, position and code; the quick fix of the
// selected finding when there is one.
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
    void rebuild();
    void updateButton();
    void activate(QTreeWidgetItem *item);

    Findings m_findings;
    QuickFixes m_fixes;
    QTreeWidget *m_view = nullptr;
    QPushButton *m_fixButton = nullptr;
};
