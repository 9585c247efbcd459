#pragma once

#include <QStyledItemDelegate>

namespace reel::ui {

/// Draws a profile in the list as its name with the sector on a second, quieter line.
class ProfileItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace reel::ui
