#include "common/ValueComboBox.h"

#include <QLineEdit>

namespace reel::ui {

namespace {

constexpr int kValueRole = Qt::UserRole;

} // namespace

ValueComboBox::ValueComboBox(QWidget* parent)
    : QComboBox(parent)
{
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            emit valueEdited();
    });
    connect(this, &QComboBox::editTextChanged, this, [this] {
        if (!m_updating)
            emit valueEdited();
    });
}

void ValueComboBox::setOptions(const QList<Option>& options)
{
    const QString current = value();
    m_updating = true;
    clear();
    for (const Option& o : options)
        addItem(o.label, o.value);
    m_updating = false;
    setValue(current);
}

void ValueComboBox::setValue(const QString& value)
{
    m_updating = true;
    int index = findData(value, kValueRole, Qt::MatchExactly);
    if (index < 0 && !isEditable() && !value.isEmpty()) {
        addItem(value, value);
        index = count() - 1;
    }
    setCurrentIndex(index);
    if (isEditable() && index < 0)
        setEditText(value);
    m_shownText = currentText();
    m_shownValue = value;
    m_updating = false;
}

QString ValueComboBox::value() const
{
    if (!isEditable())
        return currentIndex() < 0 ? QString() : itemData(currentIndex(), kValueRole).toString();
    if (currentText() == m_shownText)
        return m_shownValue;
    const QString text = currentText().trimmed();
    if (text.isEmpty())
        return {};
    // The label of an entry (as shown, or typed the same way) stands for its value.
    for (int i = 0; i < count(); ++i) {
        if (itemText(i) == text)
            return itemData(i, kValueRole).toString();
    }
    return text;
}

} // namespace reel::ui
