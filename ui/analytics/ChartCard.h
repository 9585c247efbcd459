#pragma once

#include <QFrame>

class QLabel;
class QStackedWidget;

namespace reel::ui {

/// A titled box of the Analytics grid holding a chart (or a table), or a sentence in its place
/// when there is nothing to draw, so no chart ever shows empty axes.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    ChartCard(QWidget* content, QWidget* parent = nullptr);

    void setTitle(const QString& text);
    QString title() const;
    QWidget* content() const { return m_content; }

    /// Shows the content.
    void showContent();
    /// Shows `text` instead of the content.
    void showPlaceholder(const QString& text);
    bool isShowingPlaceholder() const;
    QString placeholderText() const;

private:
    QLabel* m_title;
    QStackedWidget* m_stack;
    QWidget* m_content;
    QLabel* m_placeholder;
};

} // namespace reel::ui
