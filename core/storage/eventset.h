#pragma once

#include <QDateTime>
#include <QString>

// A named, ordered collection of saved events; an event may belong to several sets.
struct EventSet
{
    qint64 id = 0;
    QString name;
    QString description;
    qint64 memberCount = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
};
