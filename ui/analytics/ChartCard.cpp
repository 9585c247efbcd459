#include "analytics/ChartCard.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace reel::ui {

namespace {
constexpr int kMinimumHeight = 320;
} // namespace

ChartCard::ChartCard(QWidget* content, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_content(content)
    , m_placeholder(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMinimumHeight(kMinimumHeight);

    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_placeholder->setObjectName(QStringLiteral("cardPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    m_stack->addWidget(m_content);
    m_stack->addWidget(m_placeholder);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
}

void ChartCard::setTitle(const QString& text)
{
    m_title->setText(text);
    m_content->setAccessibleName(text);
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::showContent()
{
    m_stack->setCurrentWidget(m_content);
}

void ChartCard::showPlaceholder(const QString& text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholder);
}

bool ChartCard::isShowingPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

QString ChartCard::placeholderText() const
{
    return m_placeholder->text();
}

} // namespace reel::ui
