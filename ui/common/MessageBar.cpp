#include "common/MessageBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace reel::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttonLayout(new QHBoxLayout)
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setObjectName(QStringLiteral("messageIcon"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setObjectName(QStringLiteral("messageCloseButton"));
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_close, &QToolButton::clicked, this, [this] {
        clear();
        emit dismissed();
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttonLayout);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    setVisible(false);
    updateStyle();
}

void MessageBar::removeButtons()
{
    // A button may be removed from its own click (it starts what replaces the message).
    for (QPushButton* button : std::as_const(m_buttons)) {
        button->hide();
        button->deleteLater();
    }
    m_buttons.clear();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    removeButtons();
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    updateStyle();
    setVisible(true);
}

QPushButton* MessageBar::addButton(const QString& text, const QString& objectName, const std::function<void()>& action)
{
    auto* button = new QPushButton(text, this);
    button->setObjectName(objectName);
    connect(button, &QPushButton::clicked, this, [action] { action(); });
    m_buttonLayout->addWidget(button, 0, Qt::AlignTop);
    m_buttons.append(button);
    return button;
}

void MessageBar::clear()
{
    removeButtons();
    m_text->clear();
    setAccessibleDescription({});
    setVisible(false);
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Close the message"));
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateStyle();
}

void MessageBar::updateStyle()
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QColor tint(0x1a, 0x73, 0xe8);
    if (m_kind == Kind::Warning) {
        icon = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xe3, 0x74, 0x00);
    } else if (m_kind == Kind::Error) {
        icon = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xd9, 0x30, 0x25);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    // A light wash of the kind's colour over the window's own, readable in light and dark themes.
    // The base is the parent's colour: this bar's own palette already carries the wash.
    const QColor window = (parentWidget() ? parentWidget()->palette() : QPalette()).color(QPalette::Window);
    const auto mix = [](const QColor& a, const QColor& b, double t) {
        return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                                float(a.blueF() * (1 - t) + b.blueF() * t));
    };
    QPalette p = palette();
    p.setColor(QPalette::Window, mix(window, tint, 0.15));
    if (p != palette())
        setPalette(p);
    m_close->setToolTip(tr("Close the message"));
    m_close->setAccessibleName(tr("Close the message"));
}

} // namespace reel::ui
