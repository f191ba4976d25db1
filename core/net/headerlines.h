#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A target's own headers as people write them, one "Name: value" per line (as `curl -H` takes
// them). The headers the app manages are refused here: Content-Type, Content-Length and Host,
// and every credential (api_key, Authorization, …), which belongs in the key settings so that it
// never reaches the store.
namespace HeaderLines {
using Headers = QList<QPair<QByteArray, QByteArray>>;
// Empty lines are skipped; the first bad line is an error naming its number.
Result<Headers> parse(const QStringList &lines);
Result<Headers> parse(const QString &text);
QString format(const Headers &headers);
} // namespace HeaderLines
