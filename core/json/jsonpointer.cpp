#include "core/json/jsonpointer.h"

namespace JsonPointer {

QString escape(QStringView segment)
{
    QString out;
    out.reserve(segment.size());
    for (const QChar c : segment) {
        if (c == u'~')
            out += QStringLiteral("~0");
        else if (c == u'/')
            out += QStringLiteral("~1");
        else
            out += c;
    }
    return out;
}

QString unescape(QStringView segment)
{
    // One pass, so that "~01" becomes "~1" and not "/".
    QString out;
    out.reserve(segment.size());
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const QChar c = segment.at(i);
        if (c == u'~' && i + 1 < segment.size()) {
            const QChar next = segment.at(i + 1);
            if (next == u'0' || next == u'1') {
                out += next == u'0' ? u'~' : u'/';
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString append(const QString &pointer, QStringView key)
{
    return pointer + u'/' + escape(key);
}

QString append(const QString &pointer, qsizetype index)
{
    return pointer + u'/' + QString::number(index);
}

QStringList split(const QString &pointer)
{
    QStringList segments;
    if (pointer.isEmpty())
        return segments;
    QStringView rest(pointer);
    if (rest.startsWith(u'/'))
        rest = rest.mid(1);
    for (const QStringView part : rest.split(u'/'))
        segments.append(unescape(part));
    return segments;
}

} // namespace JsonPointer
