#include "ui/composer/send/sendadvice.h"

#include "core/storage/sendrecord.h"

#include <QCoreApplication>

namespace SendAdvice {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SendAdvice", text);
}

QString transportAdvice(const QString &kind)
{
    if (kind == QLatin1String("connection-refused"))
        return tr("Nothing is listening there. Start the receiver (Receiver page) or check the "
                  "host and port in Edit targets.");
    if (kind == QLatin1String("host-not-found"))
        return tr("The host name does not resolve. Check the target's URL and the network.");
    if (kind == QLatin1String("timeout") || kind == QLatin1String("deadline"))
        return tr("The target did not answer in time. Try again, or raise the timeout in Edit "
                  "targets.");
    if (kind == QLatin1String("tls"))
        return tr("The secure connection failed. Check the URL's scheme (http/https) and the "
                  "server's certificate.");
    if (kind == QLatin1String("cancelled"))
        return tr("Cancelled before an answer arrived; the target may still have received it.");
    if (kind == QLatin1String("invalid-request"))
        return tr("Nothing was sent: fix the target's URL template in Edit targets.");
    return tr("The connection failed. Check the target and try again.");
}

QString statusAdvice(int status, const QString &envVar)
{
    if (status == 401 || status == 403)
        return tr("The API key was refused or missing. Store it for this target in Edit targets, "
                  "or set the environment variable %1.")
            .arg(envVar.isEmpty() ? QStringLiteral("EVENTSMITH_API_KEY") : envVar);
    if (status == 429)
        return tr("Rate limited: wait for the Retry-After delay, then send again.");
    if (status == 400 || status == 422)
        return tr("The payload was rejected: read the message below and fix the findings.");
    if (status >= 500)
        return tr("The server failed. Try again later; it may already have stored the event.");
    return tr("Unexpected status %1.").arg(status);
}

} // namespace

QString forRecord(const SendRecord &record, const QString &envVar)
{
    if (!record.error.isEmpty())
        return transportAdvice(record.error.section(QLatin1Char(':'), 0, 0));
    if (record.responseStatus >= 200 && record.responseStatus < 300)
        return {};
    return statusAdvice(record.responseStatus, envVar);
}

} // namespace SendAdvice
