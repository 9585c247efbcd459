#pragma once

#include <QFrame>

class QLabel;

namespace reel::ui {

/// One figure of the Analytics summary: a caption, the value in large type and a line of detail.
class StatTile : public QFrame
{
    Q_OBJECT

public:
    explicit StatTile(QWidget* parent = nullptr);

    void setCaption(const QString& text);
    void setValue(const QString& text);
    void setDetail(const QString& text);

    QString caption() const;
    QString value() const;
    QString detail() const;

private:
    void updateAccessibleName();

    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_detail;
};

} // namespace reel::ui
