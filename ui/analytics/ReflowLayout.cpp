#include "analytics/ReflowLayout.h"

#include <QWidget>

#include <algorithm>

namespace reel::ui {

ReflowLayout::ReflowLayout(int minCellWidth, int maxColumns, QWidget* parent)
    : QLayout(parent)
    , m_minCellWidth(std::max(1, minCellWidth))
    , m_maxColumns(std::max(1, maxColumns))
{}

ReflowLayout::~ReflowLayout()
{
    qDeleteAll(m_items);
}

int ReflowLayout::gap() const
{
    const int s = spacing();
    return s >= 0 ? s : 12;
}

int ReflowLayout::columnsFor(int width) const
{
    const int columns = (width + gap()) / (m_minCellWidth + gap());
    return std::clamp(columns, 1, m_maxColumns);
}

void ReflowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
    invalidate();
}

int ReflowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem* ReflowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem* ReflowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem* item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations ReflowLayout::expandingDirections() const
{
    return Qt::Horizontal;
}

bool ReflowLayout::hasHeightForWidth() const
{
    return true;
}

int ReflowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize ReflowLayout::minimumSize() const
{
    // One column: as wide as the widest item's minimum (never wider than a cell asks for).
    int width = 0;
    for (const QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            width = std::max(width, std::min(item->minimumSize().width(), m_minCellWidth));
    }
    const QMargins m = contentsMargins();
    width += m.left() + m.right();
    return {width, heightForWidth(width)};
}

QSize ReflowLayout::sizeHint() const
{
    const QMargins m = contentsMargins();
    const int width = m_maxColumns * m_minCellWidth + (m_maxColumns - 1) * gap() + m.left() + m.right();
    return {width, heightForWidth(width)};
}

void ReflowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int ReflowLayout::arrange(const QRect& rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int columns = columnsFor(area.width());
    const int cellWidth = std::max(1, (area.width() - (columns - 1) * gap()) / columns);
    QList<QLayoutItem*> shown;
    for (QLayoutItem* item : m_items) {
        if (!item->isEmpty())
            shown.append(item);
    }
    int y = area.y();
    for (int first = 0; first < shown.size(); first += columns) {
        const int last = std::min(int(shown.size()), first + columns);
        int rowHeight = 0;
        for (int i = first; i < last; ++i) {
            const QLayoutItem* item = shown.at(i);
            const int h = item->hasHeightForWidth() ? item->heightForWidth(cellWidth) : item->minimumSize().height();
            rowHeight = std::max(rowHeight, h);
        }
        if (apply) {
            for (int i = first; i < last; ++i)
                shown.at(i)->setGeometry(QRect(area.x() + (i - first) * (cellWidth + gap()), y, cellWidth, rowHeight));
        }
        y += rowHeight + gap();
    }
    if (!shown.isEmpty())
        y -= gap();
    const QMargins m = contentsMargins();
    return y - area.y() + m.top() + m.bottom();
}

} // namespace reel::ui
