#pragma once

#include "core/receiver/receivedrequest.h"

#include <QByteArray>
#include <QByteArrayView>

// Follows the requests on one HTTP/1.1 connection through its bytes as they pass, keeping only
// the header section of the request being read: where each head ends, how long its body is
// (Content-Length or chunked) and where the request ends. With it the receiver can refuse a
// body over its limit before reading it, and tell an idle connection from a half-sent request;
// parsing the requests themselves stays with QHttpServer.
class RequestFramer final
{
public:
    enum class Phase {
        Idle, // between requests
        Head, // in a request's header section
        Body, // in a request's body
        Untracked, // bytes it cannot frame (QHttpServer answers 400): it stops following them
    };

    struct Head
    {
        QByteArray method;
        QByteArray target; // as sent: a path with its query
        HeaderList headers;
        qint64 contentLength = -1; // -1: none
        bool chunked = false;
    };

    // A header section this long is past QHttpServer's own limit, whose 400 comes first.
    static constexpr qsizetype MaxHeadBytes = 96 * 1024;

    void feed(QByteArrayView bytes);

    Phase phase() const { return m_phase; }
    const Head &head() const { return m_head; } // of the request in its Body phase
    qint64 bodyBytes() const { return m_bodyBytes; } // of the current request, so far
    int requestsStarted() const { return m_started; }

private:
    enum class Chunk { Size, Extension, Data, DataEnd, Trailer, TrailerLine };

    qsizetype feedIdle(QByteArrayView bytes);
    qsizetype feedHead(QByteArrayView bytes);
    qsizetype feedBody(QByteArrayView bytes);
    qsizetype feedChunked(QByteArrayView bytes);
    bool parseHead(QByteArrayView text);
    void endChunkSizeLine();
    void finishRequest();

    Phase m_phase = Phase::Idle;
    Head m_head;
    QByteArray m_headBytes;
    qint64 m_bodyBytes = 0;
    qint64 m_remaining = 0; // of the Content-Length body, or of the current chunk
    Chunk m_chunk = Chunk::Size;
    bool m_sizeDigits = false;
    int m_started = 0;
};
