#include "core/net/redactor.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

const QString kMask = QString::fromLatin1(Redactor::Mask);

const QRegularExpression &queryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(api_key=)[^&#\\s\"'<>]+"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &headerPattern()
{
    static const QRegularExpression re(QStringLiteral("(api_key\"?\\s*:\\s*\"?)[^\\s\"',;}]+"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

bool isUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

} // namespace

Redactor::Redactor(const QStringList &secrets)
{
    for (const QString &secret : secrets)
        addSecret(secret);
}

void Redactor::addSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    // The query form of a key is percent-encoded, so that form is a secret too.
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    for (const QString &variant : {secret, encoded}) {
        if (!m_secrets.contains(variant))
            m_secrets.append(variant);
    }
    std::stable_sort(m_secrets.begin(), m_secrets.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString Redactor::maskSecrets(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, kMask);
    return text;
}

QString Redactor::redactUrl(const QUrl &url) const
{
    QString text = url.toString(QUrl::FullyEncoded);
    text.replace(queryPattern(), QStringLiteral("\\1***"));
    return maskSecrets(text);
}

bool Redactor::isCredentialHeader(const QByteArray &name)
{
    const QByteArray lower = name.trimmed().toLower();
    return lower == "api_key" || lower == "api-key" || lower == "x-api-key"
        || lower == "authorization" || lower == "proxy-authorization";
}

QByteArray Redactor::redactHeaderValue(const QByteArray &name, const QByteArray &value) const
{
    if (isCredentialHeader(name))
        return QByteArray(Mask);
    return redactBytes(value);
}

QList<Redactor::Header> Redactor::redactHeaders(const QList<Header> &headers) const
{
    QList<Header> out;
    out.reserve(headers.size());
    for (const Header &header : headers)
        out.append({header.first, redactHeaderValue(header.first, header.second)});
    return out;
}

QString Redactor::redactText(const QString &text) const
{
    QString out = maskSecrets(text);
    out.replace(queryPattern(), QStringLiteral("\\1***"));
    out.replace(headerPattern(), QStringLiteral("\\1***"));
    return out;
}

QByteArray Redactor::redactBytes(const QByteArray &bytes) const
{
    if (isUtf8(bytes))
        return redactText(QString::fromUtf8(bytes)).toUtf8();
    QByteArray out = bytes;
    for (const QString &secret : m_secrets)
        out.replace(secret.toUtf8(), QByteArray(Mask));
    return out;
}
