#include "analytics/StatTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace reel::ui {

StatTile::StatTile(QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(this))
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFocusPolicy(Qt::TabFocus); // screen readers reach each figure

    m_caption->setObjectName(QStringLiteral("tileCaption"));
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_caption->setWordWrap(true);
    m_value->setObjectName(QStringLiteral("tileValue"));
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setObjectName(QStringLiteral("tileDetail"));
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_detail->setWordWrap(true);
    for (QLabel* label : {m_caption, m_value, m_detail})
        label->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void StatTile::setCaption(const QString& text)
{
    m_caption->setText(text);
    updateAccessibleName();
}

void StatTile::setValue(const QString& text)
{
    m_value->setText(text);
    updateAccessibleName();
}

void StatTile::setDetail(const QString& text)
{
    m_detail->setText(text);
    m_detail->setVisible(!text.isEmpty());
    updateAccessibleName();
}

QString StatTile::caption() const
{
    return m_caption->text();
}

QString StatTile::value() const
{
    return m_value->text();
}

QString StatTile::detail() const
{
    return m_detail->text();
}

void StatTile::updateAccessibleName()
{
    QString name = m_caption->text() + QStringLiteral(": ") + m_value->text();
    if (!m_detail->text().isEmpty())
        name += QStringLiteral(", ") + m_detail->text();
    setAccessibleName(name);
}

} // namespace reel::ui
