#pragma once

#include <QWidget>

class FindBar;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QTreeWidget;
struct SendRecord;

// One response as the user reads it: status and time first, then the envelope's requestId,
// received, shouldProcess and duplicate, the headers and the pretty-printed body; a failed
// send says what went wrong and what to do instead.
class ResponseView final : public QWidget
{
    Q_OBJECT

public:
    explicit ResponseView(QWidget *parent = nullptr);

    void showRecord(const SendRecord &record, const QString &envVar = {});
    void showSending(const QString &targetName);
    void clear();
    // Find (Ctrl+F) in the response body.
    void findInBody();

    // A JSON body indented for reading; anything else as it came.
    static QString prettyBody(const QByteArray &body);

private:
    QLabel *addField(const QString &label, const QString &name, int row, int column);
    static void setValue(QLabel *field, const QString &text);
    void showHeaders(const QString &headersJson);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_requestId = nullptr;
    QLabel *m_received = nullptr;
    QLabel *m_shouldProcess = nullptr;
    QLabel *m_duplicate = nullptr;
    QLabel *m_url = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_headers = nullptr;
    QPlainTextEdit *m_body = nullptr;
    FindBar *m_find = nullptr;
    QWidget *m_fields = nullptr;
};
