#pragma once

#include <QSplitter>

class QSettings;

// How the composer's panels share the page: form (over its help) | JSON editor | findings
// (over the dedup panel), with the send panel below; every divider is remembered.
class ComposerLayout final : public QSplitter
{
    Q_OBJECT

public:
    struct Parts
    {
        QWidget *form = nullptr;
        QWidget *help = nullptr;
        QWidget *editor = nullptr;
        QWidget *findings = nullptr;
        QWidget *dedup = nullptr;
        QWidget *send = nullptr;
    };

    explicit ComposerLayout(const Parts &parts, QWidget *parent = nullptr);

    void save(QSettings &settings) const;
    void restore(const QSettings &settings);

private:
    static QSplitter *split(Qt::Orientation orientation, const QString &name,
        const QList<QWidget *> &widgets, const QList<int> &stretch, const QList<int> &sizes);

    QList<QSplitter *> m_splitters;
};
