#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
struct ResultRow;
struct RunAttempt;

// The attempts of the selected result (when, what came back, how long, the wait before the
// next) above its request and response, side by side; bodies arrive here with their secrets
// already masked.
class ResultDetails final : public QWidget
{
    Q_OBJECT

public:
    explicit ResultDetails(QWidget *parent = nullptr);

    void showRow(const ResultRow *row);
    QString requestText() const;
    QString responseText() const;
    QString attemptsText() const;
    static QString attemptLine(const RunAttempt &attempt);
    static constexpr int MaxAttemptLines = 6;

private:
    void fitAttemptsHeight();
    static QString bodyText(const QByteArray &body);
    static QString answerText(const RunAttempt &attempt);

    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_attempts = nullptr;
    QPlainTextEdit *m_request = nullptr;
    QPlainTextEdit *m_response = nullptr;
};
