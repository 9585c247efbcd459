#pragma once

#include <QComboBox>
#include <QList>

namespace reel::ui {

/// A combo box whose entries show a (translated) label but stand for a stored value.
/// Editable boxes also accept any typed value; fixed boxes show an unknown stored value as an
/// extra entry rather than losing it. value() of what setValue() was given is always the same
/// text, so loading a profile never makes it look edited.
class ValueComboBox : public QComboBox
{
    Q_OBJECT

public:
    struct Option
    {
        QString value;
        QString label;
    };

    explicit ValueComboBox(QWidget* parent = nullptr);

    /// Replaces the entries and keeps the current value (no change is signalled).
    void setOptions(const QList<Option>& options);
    /// Shows `value` (no change is signalled).
    void setValue(const QString& value);
    /// The value chosen or typed; typed text is trimmed, and a typed label means its value.
    QString value() const;

signals:
    /// The user picked or typed something.
    void valueEdited();

private:
    // What setValue() showed and for which value: reading back an untouched box gives the
    // value exactly, even when the stored text happens to match a label in other case.
    QString m_shownText;
    QString m_shownValue;
    bool m_updating = false;
};

} // namespace reel::ui
