#include "requestbuilder.h"

namespace {

const QByteArray kKeyName = QByteArrayLiteral("api_key");

} // namespace

QUrl RequestBuilder::withoutQueryKey(const QUrl &url)
{
    const QByteArrayList items = url.query(QUrl::FullyEncoded).toLatin1().split('&');
    QByteArrayList kept;
    for (const QByteArray &item : items) {
        const QByteArray name = item.left(item.indexOf('='));
        if (!item.isEmpty() && QByteArray::fromPercentEncoding(name) != kKeyName)
            kept.append(item);
    }
    QUrl out = url;
    if (kept.isEmpty())
        out.setQuery(QString());
    else
        out.setQuery(QString::fromLatin1(kept.join('&')), QUrl::StrictMode);
    return out;
}

QUrl RequestBuilder::withQueryKey(const QUrl &url, const QString &key)
{
    QUrl out = withoutQueryKey(url);
    if (key.isEmpty())
        return out;
    // Encode everything but unreserved characters so '+', '&' and '=' in a key survive.
    QByteArray query = out.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query += '&';
    query += kKeyName + '=' + QUrl::toPercentEncoding(key);
    out.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return out;
}

bool RequestBuilder::isReservedHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "content-type" || lower == "content-length" || lower == "host"
        || lower == kKeyName;
}

Result<QNetworkRequest> RequestBuilder::build(const SendRequest &request)
{
    const TargetConfig &target = request.target;
    Result<QUrl> url = target.expandUrl(request.family, request.receiverPort);
    if (!url)
        return url.error();
    const bool byQuery = target.authMode == TargetConfig::AuthMode::Query;
    QNetworkRequest out(
        byQuery ? withQueryKey(url.value(), request.apiKey) : withoutQueryKey(url.value()));
    out.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!byQuery && !request.apiKey.isEmpty())
        out.setRawHeader(kKeyName, request.apiKey.toUtf8());
    for (const auto &header : target.extraHeaders) {
        if (!isReservedHeader(header.first))
            out.setRawHeader(header.first, header.second);
    }
    out.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    out.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    out.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    out.setTransferTimeout(qMax(0, target.transferTimeoutMs));
    return out;
}

QList<Redactor::Header> RequestBuilder::recordedHeaders(
    const QNetworkRequest &request, const Redactor &redactor)
{
    QList<Redactor::Header> headers;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        headers.append({name, request.rawHeader(name)});
    return redactor.redactHeaders(headers);
}
