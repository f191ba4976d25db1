#include "core/net/headerlines.h"

#include "core/net/neterrors.h"
#include "core/net/redactor.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace HeaderLines {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeaderLines", text);
}

Error badLine(int number, const QString &why)
{
    return Error {NetErrors::TargetBadHeader, tr("Header line %1: %2").arg(number).arg(why)};
}

bool isManaged(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "content-type" || lower == "content-length" || lower == "host";
}

} // namespace

Result<Headers> parse(const QStringList &lines)
{
    static const QRegularExpression token(QStringLiteral("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"));
    Headers headers;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        const QString name = line.left(colon).trimmed();
        if (colon <= 0 || !token.match(name).hasMatch())
            return badLine(i + 1, tr("write it as \"Name: value\""));
        const QByteArray bytes = name.toLatin1();
        if (isManaged(bytes))
            return badLine(i + 1, tr("%1 is set by the app").arg(name));
        if (Redactor::isCredentialHeader(bytes))
            return badLine(i + 1,
                tr("%1 is a credential: set the key in the target's key settings, which keep "
                   "it out of the store")
                    .arg(name));
        const QString value = line.mid(colon + 1).trimmed();
        if (value.contains(QLatin1Char('\r')) || value.contains(QLatin1Char('\n')))
            return badLine(i + 1, tr("a value is one line"));
        headers.append({bytes, value.toUtf8()});
    }
    return headers;
}

Result<Headers> parse(const QString &text)
{
    return parse(text.split(QLatin1Char('\n')));
}

QString format(const Headers &headers)
{
    QStringList lines;
    for (const auto &header : headers)
        lines << QStringLiteral("%1: %2").arg(
            QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    return lines.join(QLatin1Char('\n'));
}

} // namespace HeaderLines
