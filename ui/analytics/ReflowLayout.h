#pragma once

#include <QLayout>
#include <QList>

namespace reel::ui {

/// Lays items out in a grid of equal columns: as many as fit at `minCellWidth` each (at most
/// `maxColumns`), so a grid of charts becomes one column in a narrow window. Each row is as tall
/// as its tallest item's minimum height. Height follows width (heightForWidth), which lets a
/// QScrollArea scroll it.
class ReflowLayout : public QLayout
{
public:
    ReflowLayout(int minCellWidth, int maxColumns, QWidget* parent = nullptr);
    ~ReflowLayout() override;

    /// How many columns a width of `width` gets.
    int columnsFor(int width) const;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem*> m_items;
    int m_minCellWidth;
    int m_maxColumns;
};

} // namespace reel::ui
