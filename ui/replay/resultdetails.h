#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
struct ResultRow;

// The request and the response of the selected result, side by side; bodies arrive here with
// their secrets already masked.
class ResultDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit ResultDetails(QWidget *parent = nullptr);

    void showRow(const ResultRow *row);
    QString requestText() const;
    QString responseText() const;

private:
    static QString bodyText(const QByteArray &body);

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
};
