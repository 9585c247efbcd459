#pragma once

#include <QStringList>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace reel::ui {

/// An editable list of short texts: type into the line and press Enter (or Add) to append,
/// double-click or F2 to edit an entry in place, Delete (or Remove) to drop the selected ones.
/// Empty entries and entries that already exist (ignoring case) are refused with a hint.
class StringListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StringListEditor(QWidget* parent = nullptr);

    QStringList items() const;
    /// Shows `items` as given (no change is signalled).
    void setItems(const QStringList& items);

    /// Appends `text` (trimmed). Returns false, and shows why, when it is empty or already listed.
    bool addItem(const QString& text);
    void removeSelected();

    /// Rewrites each entry as it is added or edited (e.g. adds a hashtag's "#").
    void setNormaliser(std::function<QString(const QString&)> normaliser) { m_normaliser = std::move(normaliser); }
    /// Says what is wrong with an entry as it is typed (empty when nothing is); such an entry is
    /// not added.
    void setEntryCheck(std::function<QString(const QString&)> check) { m_check = std::move(check); }
    /// The hint under the entry line (why an entry was refused), empty when none shows.
    QString hint() const;

    /// What the list is, e.g. "Pain points": names the inner widgets for screen readers.
    void setSubject(const QString& subject);
    void setPlaceholderText(const QString& text);

    QLineEdit* entryEdit() const { return m_entry; }
    QListWidget* listWidget() const { return m_list; }
    QToolButton* addButton() const { return m_addButton; }
    QToolButton* removeButton() const { return m_removeButton; }

signals:
    /// The user added, edited or removed an entry.
    void itemsChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateButtons();
    void onItemChanged(QListWidgetItem* item);
    bool contains(const QString& text, const QListWidgetItem* except = nullptr) const;
    void showHint(const QString& text);
    QString normalised(const QString& text) const;

    QLineEdit* m_entry;
    QToolButton* m_addButton;
    QListWidget* m_list;
    QToolButton* m_removeButton;
    QLabel* m_hint;
    QAction* m_removeAction;
    QString m_subject;
    bool m_loading = false;
    std::function<QString(const QString&)> m_normaliser;
    std::function<QString(const QString&)> m_check;
};

} // namespace reel::ui
