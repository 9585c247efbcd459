#include "profiles/ProfileItemDelegate.h"

#include "profiles/ProfileListModel.h"

#include <QApplication>
#include <QPainter>

namespace reel::ui {

namespace {

constexpr int kPadding = 4;

QFont secondaryFont(const QFont& base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

} // namespace

void ProfileItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect area = opt.rect.adjusted(kPadding * 2, kPadding, -kPadding * 2, -kPadding);
    const QFontMetrics nameMetrics(opt.font);
    const QFont small = secondaryFont(opt.font);
    const QFontMetrics smallMetrics(small);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    const QString sector = index.data(ProfileListModel::SectorLabelRole).toString();
    QColor quiet = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setFont(small);
    painter->setPen(quiet);
    painter->drawText(QRect(area.left(), area.top() + nameMetrics.height(), area.width(), smallMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(sector, Qt::ElideRight, area.width()));
    painter->restore();
}

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int height = QFontMetrics(opt.font).height() + QFontMetrics(secondaryFont(opt.font)).height() + 2 * kPadding;
    return {QFontMetrics(opt.font).horizontalAdvance(opt.text) + 4 * kPadding, height};
}

} // namespace reel::ui
