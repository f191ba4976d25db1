#include "ui/composer/findingdelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>
#include <QtMath>

namespace {

constexpr int VerticalPadding = 3;

QColor textColour(const QStyleOptionViewItem &option)
{
    const auto group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const bool selected = option.state & QStyle::State_Selected;
    return option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
}

// The location line: the text colour softened, still readable on the selection too.
QColor quietColour(const QStyleOptionViewItem &option)
{
    QColor colour = textColour(option);
    colour.setAlphaF(0.7f);
    return colour;
}

} // namespace

// The column's real width: a tree view asks for row heights without saying it.
int FindingDelegate::cellWidth(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (option.rect.width() > 0)
        return option.rect.width();
    if (const auto *view = qobject_cast<const QTreeView *>(option.widget))
        return view->header()->sectionSize(index.column());
    return 0;
}

FindingDelegate::Geometry FindingDelegate::geometry(const QStyleOptionViewItem &option, int width)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    Geometry g;
    g.margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
    g.iconSize = option.decorationSize.width();
    g.textLeft = g.margin + g.iconSize + g.margin;
    // Without a known width nothing wraps: one line per text.
    g.textWidth = width > 0 ? qMax(20, width - g.textLeft - g.margin) : QWIDGETSIZE_MAX;
    return g;
}

// Lines no wider than `width` from `top`, breaking long paths and words anywhere if need be;
// returns the height they take.
qreal FindingDelegate::layOut(QTextLayout &layout, int width, qreal top)
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, top + height));
        height += line.height();
    }
    layout.endLayout();
    return height;
}

QSize FindingDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int width = cellWidth(opt, index);
    const Geometry g = geometry(opt, width);
    QTextLayout message(opt.text, opt.font);
    QTextLayout location(index.data(LocationRole).toString(), opt.font);
    const qreal height = layOut(message, g.textWidth, 0) + layOut(location, g.textWidth, 0);
    const int textWidth = qCeil(qMax(message.maximumWidth(), location.maximumWidth()));
    return {width > 0 ? width : g.textLeft + textWidth + g.margin,
        qMax(g.iconSize, qCeil(height)) + 2 * VerticalPadding};
}

void FindingDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QIcon icon = opt.icon;
    // The style draws the background, selection and focus; the texts are drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~(QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Geometry g = geometry(opt, opt.rect.width());
    const QPoint origin = opt.rect.topLeft() + QPoint(g.textLeft, VerticalPadding);
    icon.paint(painter,
        QRect(opt.rect.left() + g.margin, origin.y(), g.iconSize, opt.decorationSize.height()));
    QTextLayout message(text, opt.font);
    const qreal messageHeight = layOut(message, g.textWidth, 0);
    QTextLayout location(index.data(LocationRole).toString(), opt.font);
    layOut(location, g.textWidth, messageHeight);
    painter->save();
    painter->setClipRect(opt.rect);
    painter->setPen(textColour(opt));
    message.draw(painter, origin);
    painter->setPen(quietColour(opt));
    location.draw(painter, origin);
    painter->restore();
}
