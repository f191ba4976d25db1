#pragma once

#include "core/storage/eventfilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTimer;
class SchemaSet;

// The search field and the family, sub-type and validity filters above the library's events.
// Typing is debounced briefly so each pause, not each key, rereads the first page.
class LibraryFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryFilterBar(const SchemaSet &schemas, QWidget *parent = nullptr);

    EventFilter filter() const;
    QString searchText() const;
    void focusSearch();

signals:
    void changed();
    // Down in the search field: the keyboard goes on to the results.
    void resultsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillSubTypes();

    const SchemaSet &m_schemas;
    QLineEdit *m_search = nullptr;
    QComboBox *m_family = nullptr;
    QComboBox *m_subType = nullptr;
    QComboBox *m_validity = nullptr;
    QTimer *m_timer = nullptr;
};
