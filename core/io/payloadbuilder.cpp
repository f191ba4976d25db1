#include "core/io/payloadbuilder.h"

#include "core/io/ioerrors.h"
#include "core/templates/jsonstringrewriter.h"

PayloadBuilder::PayloadBuilder()
{
    m_nodes.append(Node {Kind::Object, {}, {}, {}});
}

Result<QVector<PayloadBuilder::Segment>> PayloadBuilder::parse(const QString &path)
{
    QVector<Segment> segments;
    const Error bad {QStringLiteral("bad-field-path"),
        QStringLiteral("\"%1\" is not a field path like to[0].email or body.text").arg(path)};
    qsizetype i = 0;
    while (i < path.size()) {
        if (path.at(i) == QLatin1Char('[')) {
            const qsizetype end = path.indexOf(QLatin1Char(']'), i);
            bool ok = false;
            const int index = end < 0 ? -1 : path.mid(i + 1, end - i - 1).toInt(&ok);
            if (!ok || index < 0 || index > 1000)
                return bad;
            segments.append({QString(), index});
            i = end + 1;
        } else {
            if (path.at(i) == QLatin1Char('.'))
                ++i;
            qsizetype end = i;
            while (end < path.size() && path.at(end) != QLatin1Char('.')
                && path.at(end) != QLatin1Char('['))
                ++end;
            if (end == i)
                return bad;
            segments.append({path.mid(i, end - i), -1});
            i = end;
        }
    }
    if (segments.isEmpty() || segments.first().index >= 0)
        return bad;
    return segments;
}

int PayloadBuilder::child(int node, const Segment &segment, Kind kind)
{
    if (segment.index < 0) {
        for (const auto &member : std::as_const(m_nodes[node].members))
            if (member.first == segment.key)
                return member.second;
        m_nodes.append(Node {kind, {}, {}, {}});
        m_nodes[node].members.append({segment.key, int(m_nodes.size() - 1)});
        return int(m_nodes.size() - 1);
    }
    while (m_nodes[node].items.size() <= segment.index) { // gaps stay null; validation says so
        m_nodes.append(Node {});
        m_nodes[node].items.append(int(m_nodes.size() - 1));
    }
    const int index = m_nodes[node].items.at(segment.index);
    if (m_nodes[index].kind == Kind::Null)
        m_nodes[index].kind = kind;
    return index;
}

Result<> PayloadBuilder::set(const QString &path, const QByteArray &jsonValue)
{
    auto segments = parse(path);
    if (!segments)
        return segments.error();
    int node = 0;
    const QVector<Segment> &list = segments.value();
    for (int i = 0; i < list.size(); ++i) {
        const bool last = i + 1 == list.size();
        const Kind wanted = last        ? Kind::Leaf
            : list.at(i + 1).index >= 0 ? Kind::Array
                                        : Kind::Object;
        const Kind container = list.at(i).index >= 0 ? Kind::Array : Kind::Object;
        if (m_nodes[node].kind != container)
            return Error {
                IoErrors::FieldClash, tr("\"%1\" clashes with another mapped field").arg(path)};
        node = child(node, list.at(i), wanted);
    }
    if (m_nodes[node].kind != Kind::Leaf)
        return Error {
            IoErrors::FieldClash, tr("\"%1\" clashes with another mapped field").arg(path)};
    m_nodes[node].leaf = jsonValue;
    return {};
}

QByteArray PayloadBuilder::toJson() const
{
    QByteArray out;
    write(0, out);
    return out;
}

void PayloadBuilder::write(int node, QByteArray &out) const
{
    const Node &n = m_nodes.at(node);
    switch (n.kind) {
    case Kind::Leaf:
        out += n.leaf;
        return;
    case Kind::Null:
        out += "null";
        return;
    case Kind::Array:
        out += '[';
        for (int i = 0; i < n.items.size(); ++i) {
            out += i ? ", " : "";
            write(n.items.at(i), out);
        }
        out += ']';
        return;
    case Kind::Object:
        out += '{';
        for (int i = 0; i < n.members.size(); ++i) {
            out += i ? ", \"" : "\"";
            out += JsonStringRewriter::escape(n.members.at(i).first);
            out += "\": ";
            write(n.members.at(i).second, out);
        }
        out += '}';
        return;
    }
}
