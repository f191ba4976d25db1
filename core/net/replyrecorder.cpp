#include "core/net/replyrecorder.h"

#include <QNetworkRequest>

void ReplyRecorder::appendBody(QNetworkReply *reply, SendResult &result, QByteArray &body)
{
    if (!reply->isOpen()) // aborted replies are closed
        return;
    const QByteArray chunk = reply->readAll();
    result.responseBytes += chunk.size();
    const qint64 room = SendResult::MaxBodyBytes - body.size();
    if (chunk.size() > room) {
        body.append(chunk.left(qMax<qint64>(0, room)));
        result.bodyTruncated = true;
    } else {
        body.append(chunk);
    }
}

void ReplyRecorder::recordResponse(
    QNetworkReply *reply, SendResult &result, const Redactor &redactor)
{
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.status = status.isValid() ? status.toInt() : 0;
    result.reason = QString::fromUtf8(
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    result.responseHeaders.clear();
    for (const auto &pair : reply->rawHeaderPairs())
        result.responseHeaders.append(pair);
    result.responseHeaders = redactor.redactHeaders(result.responseHeaders);
    result.encrypted = reply->attribute(QNetworkRequest::ConnectionEncryptedAttribute).toBool();
    result.http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
}

void ReplyRecorder::recordError(QNetworkReply *reply, Stop stop, const QString &tlsErrors,
    SendResult &result, const Redactor &redactor)
{
    if (!tlsErrors.isEmpty())
        recordFailure(SendResult::ErrorKind::Tls, QStringLiteral("TLS error: ") + tlsErrors, result,
            redactor);
    else if (stop == Stop::TooLarge)
        recordFailure(
            SendResult::ErrorKind::Network, SendResult::tooLargeMessage(), result, redactor);
    else
        recordFailure(
            classify(reply->error(), result.status, stop), reply->errorString(), result, redactor);
}

void ReplyRecorder::recordFailure(SendResult::ErrorKind kind, const QString &message,
    SendResult &result, const Redactor &redactor)
{
    result.errorKind = kind;
    switch (kind) {
    case SendResult::ErrorKind::None:
        return;
    case SendResult::ErrorKind::Deadline:
        result.errorMessage = QStringLiteral("Total deadline passed before the exchange finished");
        return;
    case SendResult::ErrorKind::Cancelled:
        result.errorMessage = QStringLiteral("Cancelled");
        return;
    case SendResult::ErrorKind::Timeout:
        result.errorMessage = QStringLiteral("No data moved within the transfer timeout");
        return;
    default:
        result.errorMessage = redactor.redactText(message);
    }
}

SendResult::ErrorKind ReplyRecorder::classify(
    QNetworkReply::NetworkError error, int status, Stop stop)
{
    using Kind = SendResult::ErrorKind;
    if (stop == Stop::Cancelled)
        return Kind::Cancelled;
    if (stop == Stop::Deadline)
        return Kind::Deadline;
    switch (error) {
    case QNetworkReply::NoError:
        return Kind::None;
    case QNetworkReply::ConnectionRefusedError:
        return Kind::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return Kind::ConnectionReset;
    case QNetworkReply::HostNotFoundError:
        return Kind::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // Qt's transfer timeout aborts this way
        return Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::Tls;
    default:
        break;
    }
    // Content and protocol errors with a status are just HTTP answers (401, 404, 500...).
    if (status > 0 && error >= QNetworkReply::ContentAccessDenied)
        return Kind::None;
    return Kind::Network;
}
