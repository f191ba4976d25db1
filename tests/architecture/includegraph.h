#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

// The #include graph of the project's own files, read from the sources (no build needed).
// Paths are relative to the repository top, as the includes themselves are written.
class IncludeGraph final
{
public:
    void scan(const QString &root, const QStringList &folders);

    const QStringList &files() const { return m_files; }
    // "a.cpp:12 includes b.h: <why that is upwards>" for each include against the layers.
    QStringList layerViolations() const;
    // Each set of .h/.cpp pairs that include each other, as "a -> b -> a".
    QStringList cycles() const;
    // Files under `prefixes` that reach <header> through project headers, with the path.
    QStringList reachingSystemHeader(const QString &header, const QStringList &prefixes) const;
    // Quoted includes that name no file of the project (moc files excepted).
    QStringList unresolved() const;

private:
    struct Include
    {
        QString target;
        int line = 0;
        bool system = false;
    };
    static QString pairOf(const QString &file);
    static int layerOf(const QString &file);
    QString reason(const QString &from, const QString &to) const;

    QStringList m_files;
    QHash<QString, QList<Include>> m_includes;
};
