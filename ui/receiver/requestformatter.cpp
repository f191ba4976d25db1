#include "ui/receiver/requestformatter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RequestFormatter", text);
}

QString pre(const QString &text)
{
    return QStringLiteral("<pre>%1</pre>").arg(text.toHtmlEscaped());
}

void newline(QString &out, int depth)
{
    out += QLatin1Char('\n');
    out += QString(depth * 2, QLatin1Char(' '));
}

int nextNonSpace(const QString &text, int from)
{
    while (from < text.size() && text.at(from).isSpace())
        ++from;
    return from;
}

// Writes the bracket at `at`, folding an empty container onto one line; returns the last index
// consumed.
int appendOpening(QString &out, const QString &source, int at, int &depth)
{
    out += source.at(at);
    const int next = nextNonSpace(source, at + 1);
    if (next < source.size()
        && (source.at(next) == QLatin1Char('}') || source.at(next) == QLatin1Char(']'))) {
        out += source.at(next);
        return next;
    }
    newline(out, ++depth);
    return at;
}

} // namespace

QString RequestFormatter::indentJson(const QByteArray &text)
{
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    const QString source = QString::fromUtf8(text);
    if (error.error != QJsonParseError::NoError)
        return source;
    QString out;
    int depth = 0;
    bool inString = false;
    for (int i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (inString) {
            out += c;
            if (c == QLatin1Char('\\') && i + 1 < source.size())
                out += source.at(++i);
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue;
        if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            newline(out, --depth);
            out += c;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            i = appendOpening(out, source, i, depth);
        } else {
            out += c;
            if (c == QLatin1Char('"'))
                inString = true;
            else if (c == QLatin1Char(':'))
                out += QLatin1Char(' ');
            else if (c == QLatin1Char(','))
                newline(out, depth);
        }
    }
    return out;
}

QByteArray RequestFormatter::displayValue(const QByteArray &name, const QByteArray &value)
{
    static const QList<QByteArray> secret = {"api_key", "authorization", "x-api-key", "cookie"};
    return secret.contains(name.toLower()) ? QByteArrayLiteral("***") : value;
}

QString RequestFormatter::html(const ReceivedRequest &request)
{
    QString out = QStringLiteral("<p><b>%1 %2</b><br>%3</p>")
                      .arg(request.method.toHtmlEscaped(), request.path.toHtmlEscaped(),
                          tr("Received %1, request ID %2, dedup ID %3")
                              .arg(QLocale().toString(
                                       request.receivedAt.toLocalTime(), QLocale::LongFormat),
                                  request.requestId.isEmpty() ? tr("(none)") : request.requestId,
                                  request.dedupId.isEmpty() ? tr("(none)") : request.dedupId)
                              .toHtmlEscaped());
    out += section(tr("Headers"), headersHtml(request.headers));
    out += section(tr("Body"), bodyHtml(request));
    out += section(tr("Answer"), answerHtml(request));
    out += section(tr("Findings"), findingsHtml(request.findings));
    return out;
}

QString RequestFormatter::section(const QString &title, const QString &content)
{
    return QStringLiteral("<h4>%1</h4>%2").arg(title.toHtmlEscaped(), content);
}

QString RequestFormatter::headersHtml(const HeaderList &headers)
{
    QString text;
    for (const auto &header : headers)
        text += QStringLiteral("%1: %2\n")
                    .arg(QString::fromLatin1(header.first),
                        QString::fromUtf8(displayValue(header.first, header.second)));
    return pre(text.trimmed());
}

QString RequestFormatter::bodyHtml(const ReceivedRequest &request)
{
    if (request.body.isEmpty() && request.bodySize > 0)
        return QStringLiteral("<p>%1</p>")
            .arg(tr("%1 bytes, over the body limit: not kept").arg(request.bodySize));
    if (request.body.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("(empty)"));
    return pre(indentJson(request.body));
}

QString RequestFormatter::answerHtml(const ReceivedRequest &request)
{
    if (request.status == 0)
        return QStringLiteral("<p>%1</p>")
            .arg(tr("No answer: the connection was dropped on purpose (fault injection)."));
    QString line = tr("Status %1").arg(request.status);
    if (request.fault != ReceiverFault::None)
        line += tr(", injected fault %1").arg(ReceivedRequest::faultName(request.fault));
    if (request.injectedDelayMs > 0)
        line += tr(", injected delay %1 ms").arg(request.injectedDelayMs);
    line += tr(", answered in %1 ms").arg(request.latencyMs);
    return QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped())
        + pre(indentJson(request.responseBody));
}

QString RequestFormatter::findingsHtml(const Findings &findings)
{
    if (findings.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(tr("None."));
    QString items;
    for (const Finding &f : findings)
        items += QStringLiteral("<li><b>%1</b> <code>%2</code> %3 (%4)</li>")
                     .arg(Finding::severityName(f.severity).toHtmlEscaped(),
                         (f.path.isEmpty() ? QStringLiteral("/") : f.path).toHtmlEscaped(),
                         f.message.toHtmlEscaped(), f.code.toHtmlEscaped());
    return QStringLiteral("<ul>%1</ul>").arg(items);
}
