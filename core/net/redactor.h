#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// Removes API keys from anything that is shown or kept: URLs, headers, bodies, errors and logs.
// History, logs, reports, exports and error messages all go through it.
class Redactor final
{
public:
    using Header = QPair<QByteArray, QByteArray>;
    static constexpr const char *Mask = "***";

    Redactor() = default;
    explicit Redactor(const QStringList &secrets);

    void addSecret(const QString &secret);
    QStringList secrets() const { return m_secrets; }

    // A credential query item (`api_key=<x>`, `API_KEY=<x>`, `x-api-key=<x>`, …) becomes
    // `name=***`; known secrets anywhere become `***`.
    QString redactUrl(const QUrl &url) const;
    // The same for the path and query only (what a receiver shows of a request).
    QString redactPathAndQuery(const QUrl &url) const;
    // The value of `api_key` (and other credential headers) becomes `***`.
    QByteArray redactHeaderValue(const QByteArray &name, const QByteArray &value) const;
    QList<Header> redactHeaders(const QList<Header> &headers) const;
    // Free text (errors, logs): secrets, `api_key=<x>` and `api_key: <x>` are masked.
    QString redactText(const QString &text) const;
    // Bodies: secrets masked byte-wise; the key=value patterns too when the bytes are UTF-8.
    QByteArray redactBytes(const QByteArray &bytes) const;

    // The one list of names that carry a credential, as a header or a query item, compared
    // without case: api_key, api-key, apikey, x-api-key, access_token, authorization,
    // proxy-authorization. Every output path masks them through this class.
    static bool isCredentialName(QStringView name);
    static bool isCredentialHeader(const QByteArray &name);

private:
    QString maskSecrets(QString text) const;
    static QString redactQuery(const QString &encodedQuery);

    QStringList m_secrets; // each secret and its percent-encoded form, longest first
};
