#pragma once

#include "catalog/Catalog.h"

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace reel::ui {

/// Brand voice: a checkable list of the catalog's voices plus the profile's own, and a line
/// to add a custom voice. Checking keeps the order in which the profile listed its voices.
class VoicePicker : public QWidget
{
    Q_OBJECT

public:
    explicit VoicePicker(QWidget* parent = nullptr);

    /// The voices to offer (catalog entries, built-in and user-added). Keeps the checked ones.
    void setCatalogVoices(const QList<reel::CatalogEntry>& entries);
    /// Checks exactly `voices` (no change is signalled).
    void setVoices(const QStringList& voices);
    QStringList voices() const;

    /// Adds a custom voice, checked. Returns false when it is empty; an existing one is checked.
    bool addCustomVoice(const QString& text);

    QListWidget* listWidget() const { return m_list; }
    QLineEdit* customEdit() const { return m_custom; }

signals:
    void voicesEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void rebuild(const QStringList& checked);
    QListWidgetItem* itemFor(const QString& value) const;

    QListWidget* m_list;
    QLineEdit* m_custom;
    QToolButton* m_addButton;
    QList<reel::CatalogEntry> m_catalogVoices;
    /// The voices as the profile listed them; voices() keeps this order first.
    QStringList m_loadedOrder;
    bool m_updating = false;
};

} // namespace reel::ui
