#include "core/net/redactor.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

const QString kMask = QString::fromLatin1(Redactor::Mask);

const QStringList &credentialNames()
{
    static const QStringList names {QStringLiteral("api_key"), QStringLiteral("api-key"),
        QStringLiteral("apikey"), QStringLiteral("x-api-key"), QStringLiteral("access_token"),
        QStringLiteral("authorization"), QStringLiteral("proxy-authorization")};
    return names;
}

// `api_key|api-key|…`, longest first so `x-api-key` is not read as `api-key`.
QString credentialAlternation()
{
    QStringList names = credentialNames();
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return a.size() > b.size(); });
    // In free text a name may come percent-encoded (`api%5Fkey=`), as a URL carries it.
    return names.join(QLatin1Char('|'))
        .replace(QLatin1String("_"), QLatin1String("(?:_|%5[Ff])"))
        .replace(QLatin1String("-"), QLatin1String("(?:-|%2[Dd])"));
}

const QRegularExpression &queryPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w-])((?:%1)=)[^&#\\s\"'<>]+").arg(credentialAlternation()),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// `api_key: x`, `"x-api-key": "x"`, `Authorization: Bearer x`: the scheme word goes too.
const QRegularExpression &headerPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\w-])((?:%1)\"?\\s*:\\s*\"?)(?:(?:Bearer|Basic|Token)\\s+)?"
                       "[^\\s\"',;}]+")
            .arg(credentialAlternation()),
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

// Item by item, with the name decoded, so `API%5FKEY=` is caught as well as `api_key=`.
QString Redactor::redactQuery(const QString &encodedQuery)
{
    QStringList items = encodedQuery.split(QLatin1Char('&'));
    for (QString &item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString name = item.left(equals < 0 ? item.size() : equals);
        if (equals >= 0
            && isCredentialName(QUrl::fromPercentEncoding(name.toUtf8())
                                    .replace(QLatin1Char('+'), QLatin1Char(' '))))
            item = name + QStringLiteral("=***");
    }
    return items.join(QLatin1Char('&'));
}

QString Redactor::redactUrl(const QUrl &url) const
{
    QString text = url.toString(QUrl::FullyEncoded | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (url.hasQuery())
        text += QLatin1Char('?') + redactQuery(url.query(QUrl::FullyEncoded));
    if (url.hasFragment())
        text += QLatin1Char('#') + url.fragment(QUrl::FullyEncoded);
    return redactText(text); // the text rules too: an invalid URL may not split into its parts
}

QString Redactor::redactPathAndQuery(const QUrl &url) const
{
    QString text = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        text += QLatin1Char('?') + redactQuery(url.query(QUrl::FullyEncoded));
    return redactText(text); // the text rules too: an invalid URL may not split into its parts
}

bool Redactor::isCredentialName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    return std::any_of(
        credentialNames().cbegin(), credentialNames().cend(), [trimmed](const QString &known) {
            return trimmed.compare(known, Qt::CaseInsensitive) == 0;
        });
}

bool Redactor::isCredentialHeader(const QByteArray &name)
{
    return isCredentialName(QString::fromLatin1(name));
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
    // Not UTF-8 (binary, or a body cut inside a character): secrets byte-wise, then the
    // key=value patterns over a Latin-1 view, which maps every byte to itself and back.
    QByteArray out = bytes;
    for (const QString &secret : m_secrets)
        out.replace(secret.toUtf8(), QByteArray(Mask));
    QString latin1 = QString::fromLatin1(out);
    latin1.replace(queryPattern(), QStringLiteral("\\1***"));
    latin1.replace(headerPattern(), QStringLiteral("\\1***"));
    return latin1.toLatin1();
}
