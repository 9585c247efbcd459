#pragma once

#include <QLabel>
#include <QPointer>

namespace reel::ui {

/// The small red line under a form field that says what is wrong with it. Hidden while the
/// field is fine. It also puts the message into the field's accessible description, so that
/// a screen reader announces it with the field.
class FieldErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FieldErrorLabel(QWidget* field, QWidget* parent = nullptr);

    void setError(const QString& text);
    void clearError() { setError({}); }
    bool hasError() const { return !text().isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColour();

    QPointer<QWidget> m_field;
};

} // namespace reel::ui
