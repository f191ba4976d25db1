#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

// Builds a JSON object from field paths such as `to[0].email` or `body.text`, keeping the order
// in which fields were first set. Leaves are JSON text given by the caller.
class PayloadBuilder final
{
public:
    PayloadBuilder();

    // Fails when the path is malformed or clashes with what is already set (`to` vs `to.email`).
    Result<> set(const QString &path, const QByteArray &jsonValue);
    QByteArray toJson() const;

private:
    enum class Kind { Object, Array, Leaf, Null };
    struct Node
    {
        Kind kind = Kind::Null;
        QByteArray leaf;
        QVector<QPair<QString, int>> members; // objects: key -> node index
        QVector<int> items; // arrays: node indexes
    };
    struct Segment
    {
        QString key;
        int index = -1; // >= 0 for [n]
    };

    static Result<QVector<Segment>> parse(const QString &path);
    int child(int node, const Segment &segment, Kind kind);
    void write(int node, QByteArray &out) const;

    QVector<Node> m_nodes;

    Q_DECLARE_TR_FUNCTIONS(PayloadBuilder)
};
