#include "core/quickfix/quickfix.h"

QString QuickFix::kindName(Kind kind)
{
    switch (kind) {
    case Kind::RecipientObject:
        return QStringLiteral("recipient-object");
    case Kind::IsoTimestamp:
        return QStringLiteral("iso-timestamp");
    case Kind::BodyObject:
        return QStringLiteral("body-object");
    case Kind::SubTypeSpelling:
        return QStringLiteral("sub-type-spelling");
    }
    return QString();
}
