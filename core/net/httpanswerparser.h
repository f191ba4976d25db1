#pragma once

#include "core/net/sendresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// Reads one HTTP/1.1 answer from bytes as they arrive: status line, headers, then a body by
// Content-Length, in chunks, or until the server closes. Apart from any socket, so that the
// parsing of what a (possibly hostile) server sends can be tested and fuzzed on its own. Memory
// stays bounded whatever arrives: the head and every chunk line are capped, the body is kept up to
// SendResult::MaxBodyBytes and only counted after that.
class HttpAnswerParser final
{
public:
    struct Answer
    {
        int status = 0;
        QByteArray reason;
        QList<SendResult::Header> headers;
        QByteArray body; // at most SendResult::MaxBodyBytes
        qint64 bodyBytes = 0; // received, including those not kept
        bool truncated = false;
    };
    enum class State { NeedMore, Complete, Failed };

    static constexpr qsizetype MaxHeadBytes = 64 * 1024;

    void reset();
    // Takes the next bytes of the answer; Failed leaves the reason in error().
    State feed(const QByteArray &bytes);
    // The server closed the connection: an answer that runs until the close is complete.
    bool endsAtClose() const { return m_stage == Stage::UntilClose; }
    // The connection cannot carry another exchange (HTTP/1.0, "Connection: close", until-close).
    bool closeAfter() const { return m_closeAfter; }
    qint64 bodyBytes() const { return m_answer.bodyBytes; }
    QString error() const { return m_error; }
    Answer takeAnswer() { return std::move(m_answer); }

private:
    enum class Stage { Head, Body, Chunks, UntilClose, Done, Failed };

    State parse();
    bool parseHead();
    std::pair<qint64, bool> readHeaders(const QList<QByteArray> &lines);
    void chooseBody(qint64 length, bool chunked);
    bool takeBody();
    bool takeChunks();
    void keep(const QByteArray &bytes);
    void fail(const QString &message);

    QByteArray m_in;
    Answer m_answer;
    Stage m_stage = Stage::Head;
    qint64 m_remaining = 0; // of the body (or of the current chunk)
    bool m_closeAfter = false;
    QString m_error;
};
