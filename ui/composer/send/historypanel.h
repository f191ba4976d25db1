#pragma once

#include "core/storage/sendrecord.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class Workspace;

// The sends of the open event, newest first (of this session for an unsaved event): select
// one to read its response, re-send it, or select two and compare their responses.
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Workspace &workspace, QWidget *parent = nullptr);

    // The sends of stored event `eventId`, or for a new event (0) the sends in `unsavedIds`.
    void setEvent(qint64 eventId, const QList<qint64> &unsavedIds = {});
    // A send just recorded for the open event.
    void addRecord(qint64 recordId);
    int count() const;

public slots:
    void reload();
    void compareSelected();
    void resendSelected();

signals:
    void recordChosen(const SendRecord &record);
    void resendRequested(const SendRecord &record);

private:
    QList<SendRecord> selectedRecords() const;
    void addRow(const SendRecord &record);
    void selectionChanged();

    Workspace &m_workspace;
    qint64 m_eventId = 0;
    QList<qint64> m_unsavedIds; // sends of the unsaved event, this session
    QList<SendRecord> m_records;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_resend = nullptr;
    QPushButton *m_compare = nullptr;
    QLabel *m_diffTitle = nullptr;
    QPlainTextEdit *m_diff = nullptr;
};
