#pragma once

#include <QtGlobal>

// What the receiver allows one connection: the body size it reads, and how long a connection
// may sit idle or take to send one request.
struct ConnectionLimits
{
    qint64 bodyLimit = 10 * 1024 * 1024;
    int idleTimeoutMs = 60 * 1000; // no request in progress and no answer owed
    int requestTimeoutMs = 30 * 1000; // the whole header section; a body between two reads
    int maxConnections = 0; // 0: as many as the file descriptor limit leaves room for
};
