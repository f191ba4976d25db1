#include "core/net/sendresult.h"

QByteArray SendResult::responseHeader(const QByteArray &name) const
{
    for (const Header &header : responseHeaders) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

QString SendResult::errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ErrorKind::ConnectionReset:
        return QStringLiteral("connection-reset");
    case ErrorKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Deadline:
        return QStringLiteral("deadline");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::InvalidRequest:
        return QStringLiteral("invalid-request");
    case ErrorKind::Network:
        return QStringLiteral("network");
    }
    return QStringLiteral("network");
}

QString SendResult::tooLargeMessage()
{
    return QStringLiteral(
        "The answer grew past %1 MiB; reading stopped (the first %2 KiB are kept)")
        .arg(MaxReadBytes >> 20)
        .arg(MaxBodyBytes >> 10);
}
