#pragma once

#include <QStyledItemDelegate>

class QTextLayout;

// Draws a finding as its whole message wrapped to the column's width, with where it is (path,
// line and column) on a quieter line below; the row grows to fit, so no message is cut off.
class FindingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The "path · line:col" text of a finding, on the message's index.
    static constexpr int LocationRole = Qt::UserRole + 1;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Geometry
    {
        int margin = 0;
        int iconSize = 0;
        int textLeft = 0; // from the cell's left edge
        int textWidth = 0;
    };
    static Geometry geometry(const QStyleOptionViewItem &option, int cellWidth);
    static int cellWidth(const QStyleOptionViewItem &option, const QModelIndex &index);
    static qreal layOut(QTextLayout &layout, int width, qreal top);
};
