#pragma once

#include "catalog/Catalog.h"
#include "rag/ExampleLibrary.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace reel {
class CatalogStore;
} // namespace reel

namespace reel::ui {

/// Search and filters over the example list: full-text search (applied after a short pause in
/// typing, or at once with Enter), one list each for language, sector, hook type, emotion, goal
/// and source (the catalog's values, "All" first), Clear, and how many examples are shown.
class ExampleFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;

    explicit ExampleFilterBar(reel::CatalogStore& catalog, QWidget* parent = nullptr);

    /// The filters and search text as a query (no sort, limit or offset).
    reel::ExampleQuery filter() const;
    bool isFiltered() const;
    void clear();
    void focusSearch();
    void setCounts(int matches, int total);

    QLineEdit* searchEdit() const { return m_search; }
    QLabel* countLabel() const { return m_count; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void fillCombos();
    void fill(QComboBox* combo, reel::CatalogKind kind, const QString& all);
    void emitChanged();
    void updateCount();

    reel::CatalogStore& m_catalog;
    QTimer m_searchDelay;
    int m_matches = 0;
    int m_total = 0;
    bool m_filling = false;

    QLineEdit* m_search;
    QComboBox* m_language;
    QComboBox* m_sector;
    QComboBox* m_hookType;
    QComboBox* m_emotion;
    QComboBox* m_goal;
    QComboBox* m_source;
    QToolButton* m_clear;
    QLabel* m_count;
};

} // namespace reel::ui
