#pragma once

#include "core/receiver/receivedrequest.h"

#include <QString>

// Turns a received request into what the details pane shows: the request line, headers with
// secrets masked, the body and the answer pretty-printed, and the findings.
class RequestFormatter final
{
public:
    static QString html(const ReceivedRequest &request);
    // Re-indents JSON text keeping the sender's key order (QJsonDocument would sort the keys);
    // text that is not JSON comes back unchanged.
    static QString indentJson(const QByteArray &text);
    // Header values that carry a secret are replaced by "***" (the receiver already does so;
    // the pane does not rely on it).
    static QByteArray displayValue(const QByteArray &name, const QByteArray &value);

private:
    static QString section(const QString &title, const QString &content);
    static QString headersHtml(const HeaderList &headers);
    static QString findingsHtml(const Findings &findings);
    static QString answerHtml(const ReceivedRequest &request);
    static QString bodyHtml(const ReceivedRequest &request);
};
