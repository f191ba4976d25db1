#pragma once

#include "core/common/result.h"
#include "core/net/redactor.h"
#include "core/net/sendrequest.h"

#include <QNetworkRequest>

// Turns a SendRequest into the QNetworkRequest that goes on the wire: key by header or by query
// (never both), JSON content type, no redirects, no cookies, transfer timeout.
class RequestBuilder final
{
public:
    static Result<QNetworkRequest> build(const SendRequest &request);
    // The URL (key in the query or not) and the headers of `request`, unmasked.
    static Result<QUrl> url(const SendRequest &request);
    static QList<Redactor::Header> headers(const SendRequest &request);
    // The request line and headers of an HTTP/1.1 POST, for the direct path on plain http.
    static QByteArray head(
        const QUrl &url, const QList<Redactor::Header> &headers, qsizetype bodySize);

    // `url` without any api_key query item, then with `api_key=<key>` when a key is given.
    static QUrl withQueryKey(const QUrl &url, const QString &key);
    static QUrl withoutQueryKey(const QUrl &url);
    // The request's headers as they are recorded: credentials masked.
    static QList<Redactor::Header> recordedHeaders(
        const QNetworkRequest &request, const Redactor &redactor);

    static QByteArray userAgent(); // "Eventsmith/<version>"

private:
    static bool isReservedHeader(const QByteArray &name);
};
