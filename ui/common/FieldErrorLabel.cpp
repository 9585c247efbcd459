#include "common/FieldErrorLabel.h"

#include <QEvent>

namespace reel::ui {

FieldErrorLabel::FieldErrorLabel(QWidget* field, QWidget* parent)
    : QLabel(parent)
    , m_field(field)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
    updateColour();
}

void FieldErrorLabel::setError(const QString& text)
{
    if (text == this->text())
        return;
    setText(text);
    setVisible(!text.isEmpty());
    if (m_field)
        m_field->setAccessibleDescription(text);
}

void FieldErrorLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateColour();
}

void FieldErrorLabel::updateColour()
{
    // A red that reads on both light and dark window colours.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor red = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c);
    if (palette().color(QPalette::WindowText) == red)
        return;
    QPalette p = palette();
    p.setColor(QPalette::WindowText, red);
    setPalette(p);
}

} // namespace reel::ui
