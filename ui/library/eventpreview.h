#pragma once

#include "core/validation/finding.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
struct StoredEvent;

// The selected event's payload, read-only and coloured, with its findings, so events can be
// looked at without opening each one; the words searched for are marked in it.
class EventPreview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventPreview)

public:
    explicit EventPreview(QWidget *parent = nullptr);

    void display(const StoredEvent &event, const Findings &findings);
    void clear();
    void setSearchText(const QString &text);
    QString text() const;
    int markedCount() const { return m_marked; }

private:
    void markSearchWords();

    QLabel *m_title = nullptr;
    QPlainTextEdit *m_payload = nullptr;
    QListWidget *m_findings = nullptr;
    QString m_search;
    int m_marked = 0;
};
