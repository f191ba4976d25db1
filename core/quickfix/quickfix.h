#pragma once

#include <QString>
#include <QVector>

// One repair whose intent is clear, offered next to the finding at `path`.
struct QuickFix
{
    enum class Kind { RecipientObject, IsoTimestamp, BodyObject, SubTypeSpelling };

    Kind kind = Kind::RecipientObject;
    QString path; // JSON Pointer of the value to replace
    QString title; // "Turn \"jane@example.com\" into {\"email\": ...}"

    static QString kindName(Kind kind);
};

using QuickFixes = QVector<QuickFix>;
