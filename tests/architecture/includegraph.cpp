#include "tests/architecture/includegraph.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace {

const QStringList uiPages = {QStringLiteral("ui/composer/"), QStringLiteral("ui/library/"),
    QStringLiteral("ui/replay/"), QStringLiteral("ui/receiver/")};

bool under(const QString &file, const QStringList &prefixes)
{
    for (const QString &prefix : prefixes)
        if (file.startsWith(prefix))
            return true;
    return false;
}

QString pageOf(const QString &file)
{
    for (const QString &page : uiPages)
        if (file.startsWith(page))
            return page;
    return QString();
}

} // namespace

void IncludeGraph::scan(const QString &root, const QStringList &folders)
{
    static const QRegularExpression include(
        QStringLiteral(R"(^\s*#\s*include\s*([<"])([^">]+)[">])"));
    for (const QString &folder : folders) {
        QDirIterator it(root + QLatin1Char('/') + folder,
            {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString file = path.mid(root.size() + 1);
            if (file.contains(QLatin1String("/node_modules/")))
                continue;
            m_files.append(file);
            QFile source(path);
            if (!source.open(QIODevice::ReadOnly))
                continue;
            int line = 0;
            QList<Include> &includes = m_includes[file];
            while (!source.atEnd()) {
                ++line;
                const auto match = include.match(QString::fromUtf8(source.readLine()));
                if (match.hasMatch())
                    includes.append(
                        {match.captured(2), line, match.captured(1) == QLatin1String("<")});
            }
        }
    }
    m_files.sort();
}

QString IncludeGraph::pairOf(const QString &file)
{
    return file.left(file.lastIndexOf(QLatin1Char('.')));
}

// Empty when `from` may include `to`; otherwise why not. Layers, bottom up: core; ui and cli
// beside each other; app. Inside ui: widgets, then the workspace, then the pages (which never
// include each other), then the window shell.
QString IncludeGraph::reason(const QString &from, const QString &to) const
{
    const QString core = QStringLiteral("core/");
    if (pairOf(from) == pairOf(to))
        return QString();
    if (from.startsWith(core))
        return to.startsWith(core) ? QString() : QStringLiteral("core includes only core");
    if (from.startsWith(QLatin1String("cli/")))
        return under(to, {core, QStringLiteral("cli/")})
            ? QString()
            : QStringLiteral("cli includes only core and cli");
    if (from.startsWith(QLatin1String("app/eventsmith-cli/")))
        return under(to, {core, QStringLiteral("cli/")})
            ? QString()
            : QStringLiteral("eventsmith-cli's main uses core and cli");
    if (from.startsWith(QLatin1String("app/eventsmith/")))
        return under(to, {core, QStringLiteral("ui/")})
            ? QString()
            : QStringLiteral("eventsmith's main uses core and ui");
    if (from.startsWith(QLatin1String("ui/widgets/")))
        return under(to, {core, QStringLiteral("ui/widgets/")})
            ? QString()
            : QStringLiteral("shared widgets include only core and ui/widgets");
    if (from.startsWith(QLatin1String("ui/workspace.")))
        return under(to, {core, QStringLiteral("ui/widgets/")})
            ? QString()
            : QStringLiteral("the workspace includes only core and ui/widgets");
    const QString page = pageOf(from);
    if (!page.isEmpty())
        return under(to,
                   {core, QStringLiteral("ui/widgets/"), QStringLiteral("ui/workspace.h"), page})
            ? QString()
            : QStringLiteral("a page includes core, ui/widgets, the workspace and itself, not %1")
                  .arg(pageOf(to).isEmpty() ? QStringLiteral("the window shell") : pageOf(to));
    if (from.startsWith(QLatin1String("ui/")))
        return under(to, {core, QStringLiteral("ui/")})
            ? QString()
            : QStringLiteral("ui includes only core and ui");
    return QString(); // tests may use every layer
}

QStringList IncludeGraph::layerViolations() const
{
    QStringList out;
    for (const QString &file : m_files)
        for (const Include &include : m_includes.value(file)) {
            if (include.system || !m_includes.contains(include.target))
                continue;
            const QString why = reason(file, include.target);
            if (!why.isEmpty())
                out << QStringLiteral("%1:%2 includes %3: %4")
                           .arg(file)
                           .arg(include.line)
                           .arg(include.target, why);
        }
    return out;
}

QStringList IncludeGraph::cycles() const
{
    // Nodes are .h/.cpp pairs, so a.cpp -> b.h with b.cpp -> a.h is a cycle as well.
    QHash<QString, QSet<QString>> edges;
    for (const QString &file : m_files)
        for (const Include &include : m_includes.value(file))
            if (!include.system && m_includes.contains(include.target)
                && pairOf(include.target) != pairOf(file))
                edges[pairOf(file)].insert(pairOf(include.target));

    // Tarjan's strongly connected components.
    QHash<QString, int> index, low;
    QSet<QString> onStack;
    QStringList stack, out;
    int counter = 0;
    std::function<void(const QString &)> visit = [&](const QString &node) {
        index[node] = low[node] = counter++;
        stack.append(node);
        onStack.insert(node);
        for (const QString &next : edges.value(node)) {
            if (!index.contains(next)) {
                visit(next);
                low[node] = qMin(low[node], low[next]);
            } else if (onStack.contains(next)) {
                low[node] = qMin(low[node], index[next]);
            }
        }
        if (low[node] != index[node])
            return;
        QStringList component;
        QString member;
        do {
            member = stack.takeLast();
            onStack.remove(member);
            component.prepend(member);
        } while (member != node);
        if (component.size() > 1)
            out << component.join(QLatin1String(" <-> "));
    };
    QStringList nodes = edges.keys();
    nodes.sort();
    for (const QString &node : nodes)
        if (!index.contains(node))
            visit(node);
    return out;
}

QStringList IncludeGraph::reachingSystemHeader(
    const QString &header, const QStringList &prefixes) const
{
    QStringList out;
    for (const QString &file : m_files) {
        if (!under(file, prefixes))
            continue;
        // Breadth first through project files, remembering the way back.
        QHash<QString, QString> cameFrom {{file, QString()}};
        QStringList queue {file};
        while (!queue.isEmpty()) {
            const QString current = queue.takeFirst();
            for (const Include &include : m_includes.value(current)) {
                if (include.system && include.target == header) {
                    QStringList path {header};
                    for (QString at = current; !at.isEmpty(); at = cameFrom.value(at))
                        path.prepend(at);
                    out << path.join(QLatin1String(" -> "));
                    queue.clear();
                    break;
                }
                if (!include.system && m_includes.contains(include.target)
                    && !cameFrom.contains(include.target)) {
                    cameFrom.insert(include.target, current);
                    queue.append(include.target);
                }
            }
        }
    }
    return out;
}

QStringList IncludeGraph::unresolved() const
{
    QStringList out;
    for (const QString &file : m_files)
        for (const Include &include : m_includes.value(file))
            if (!include.system && !m_includes.contains(include.target)
                && !include.target.endsWith(QLatin1String(".moc"))
                && include.target != QLatin1String("core/common/version.h"))
                out << QStringLiteral("%1:%2 includes %3, which is not a file of the project "
                                      "(includes are written from the repository top)")
                           .arg(file)
                           .arg(include.line)
                           .arg(include.target);
    return out;
}
