#pragma once

#include "core/net/responseenvelope.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

// Everything known about one POST: the request as sent (already redacted), the answer, timings
// and an error kind. It is what history, reports and the retry policy look at.
struct SendResult
{
    using Header = QPair<QByteArray, QByteArray>;
    enum class ErrorKind {
        None, // an HTTP answer arrived (whatever its status)
        Timeout, // no bytes moved for the transfer timeout
        ConnectionRefused,
        ConnectionReset,
        HostNotFound,
        Tls,
        Deadline, // the total deadline passed
        Cancelled,
        InvalidRequest, // bad target or URL; nothing was sent
        Network, // any other transport failure
    };
    static constexpr qint64 MaxBodyBytes = 1024 * 1024;
    // Past this many answer bytes the exchange is aborted: an endless answer ends at once
    // instead of streaming until the deadline.
    static constexpr qint64 MaxReadBytes = 16 * 1024 * 1024;

    quint64 id = 0;
    // Request as sent: URL and headers redacted, body exactly as posted.
    QString method = QStringLiteral("POST");
    QString url;
    QList<Header> requestHeaders;
    QByteArray requestBody;

    int status = 0; // 0 when no HTTP answer arrived
    QString reason;
    QList<Header> responseHeaders;
    QByteArray responseBody; // at most MaxBodyBytes, secrets masked
    bool bodyTruncated = false;
    qint64 responseBytes = 0; // body bytes received, including those not kept
    std::optional<ResponseEnvelope> envelope;

    // Milliseconds since send(); -1 when the step did not happen (e.g. a reused connection).
    qint64 connectStartMs = -1;
    qint64 encryptedMs = -1;
    qint64 requestSentMs = -1;
    qint64 firstByteMs = -1;
    qint64 totalMs = -1;
    bool encrypted = false;
    bool http2 = false;

    ErrorKind errorKind = ErrorKind::None;
    QString errorMessage; // redacted

    bool transportOk() const { return errorKind == ErrorKind::None; }
    bool ok() const { return transportOk() && status >= 200 && status < 300; }
    QByteArray responseHeader(const QByteArray &name) const;
    static QString errorKindName(ErrorKind kind);
    // Why an exchange was cut off past MaxReadBytes.
    static QString tooLargeMessage();
};

Q_DECLARE_METATYPE(SendResult)
