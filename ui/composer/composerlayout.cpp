#include "ui/composer/composerlayout.h"

#include <QSettings>

namespace {

// Settings keys of the dividers, by splitter object name (kept from earlier versions).
QString key(const QString &name)
{
    return QStringLiteral("composer/")
        + (name == QLatin1String("composerSplitter") ? QStringLiteral("splitter") : name);
}

} // namespace

ComposerLayout::ComposerLayout(const Parts &parts, QWidget *parent)
    : QSplitter(Qt::Vertical, parent)
{
    setObjectName(QStringLiteral("sendSplitter"));
    QSplitter *form = split(
        Qt::Vertical, QStringLiteral("formSplitter"), {parts.form, parts.help}, {5, 1}, {600, 120});
    parts.help->setMinimumHeight(60);
    // Findings first: wrapped messages need the height more than the dedup components do.
    QSplitter *side = split(Qt::Vertical, QStringLiteral("sideSplitter"),
        {parts.findings, parts.dedup}, {3, 2}, {330, 210});
    QSplitter *columns = split(Qt::Horizontal, QStringLiteral("composerSplitter"),
        {form, parts.editor, side}, {4, 4, 3}, {430, 430, 340});
    addWidget(columns);
    addWidget(parts.send);
    setStretchFactor(0, 3);
    setStretchFactor(1, 1);
    setSizes({600, 160}); // the form and the editor first; the response below
    m_splitters = {this, columns, form, side};
}

QSplitter *ComposerLayout::split(Qt::Orientation orientation, const QString &name,
    const QList<QWidget *> &widgets, const QList<int> &stretch, const QList<int> &sizes)
{
    auto *splitter = new QSplitter(orientation);
    splitter->setObjectName(name);
    for (int i = 0; i < widgets.size(); ++i) {
        splitter->addWidget(widgets.at(i));
        splitter->setStretchFactor(i, stretch.value(i, 1));
    }
    if (!sizes.isEmpty())
        splitter->setSizes(sizes);
    return splitter;
}

void ComposerLayout::save(QSettings &settings) const
{
    for (QSplitter *splitter : m_splitters)
        settings.setValue(key(splitter->objectName()), splitter->saveState());
}

void ComposerLayout::restore(const QSettings &settings)
{
    for (QSplitter *splitter : m_splitters)
        splitter->restoreState(settings.value(key(splitter->objectName())).toByteArray());
}
