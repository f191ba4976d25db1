#pragma once

#include "core/dedup/dedupid.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeWidget;

// The live dedup ID in full, as text to select and copy, explicit or auto, and the
// components it was computed from, because the components decide which events collide. Its
// width never depends on the ID or the components, so the composer's columns stay put.
class DedupPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit DedupPanel(QWidget *parent = nullptr);

    void setDedup(const QString &family, const DedupId &dedup);
    // Says the ID was computed from the payload with its template variables resolved.
    void setTemplatesResolved(bool resolved);
    // Stored events (other than the one open) with the same ID, described for the user.
    void setCollisions(const QStringList &events);
    // Names of the components of `family`'s recipe (spec §4).
    static QStringList componentNames(const QString &family, DedupSource source);

public slots:
    void copyId();

private:
    QString m_id;
    QLineEdit *m_idField = nullptr;
    QLabel *m_source = nullptr;
    QLabel *m_templateNote = nullptr;
    QLabel *m_collision = nullptr;
    QToolButton *m_copy = nullptr;
    QTreeWidget *m_components = nullptr;
};
