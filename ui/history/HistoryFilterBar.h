#pragma once

#include "catalog/Catalog.h"
#include "store/HistoryTypes.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QToolButton;

namespace reel {
class Database;
} // namespace reel

namespace reel::ui {

/// Search and filters over the History list: full-text search (applied after a short pause in
/// typing, or at once with Enter), brand, status, rating, a date range ("Any date" unless
/// unticked), sector, hook type, language and provider (the values the workspace uses, shown by
/// their names), Clear, and how many scripts are shown.
class HistoryFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kSearchDelayMs = 250;
    /// The rating list's values: any rating, unrated only, or at least 1…5 stars.
    static constexpr int kAnyRating = 0;
    static constexpr int kUnrated = -1;

    explicit HistoryFilterBar(reel::Database& database, QWidget* parent = nullptr);

    /// The filters and search text as a query (no sort, limit or offset).
    reel::ScriptQuery filter() const;
    bool isFiltered() const;
    void clear();
    void focusSearch();
    void setCounts(qint64 matches, qint64 total);
    /// Reads the brands, providers, languages, sectors and hook types in use again.
    void reloadValues();

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* brandCombo() const { return m_brand; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* ratingCombo() const { return m_rating; }
    QCheckBox* anyDateCheck() const { return m_anyDate; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QComboBox* sectorCombo() const { return m_sector; }
    QComboBox* hookTypeCombo() const { return m_hookType; }
    QComboBox* languageCombo() const { return m_language; }
    QComboBox* providerCombo() const { return m_provider; }
    QToolButton* clearButton() const { return m_clear; }
    QLabel* countLabel() const { return m_count; }

signals:
    void filterChanged();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Labels
    {
        Plain,
        Catalog,
        Provider
    };

    void retranslateUi();
    void fillFixedCombos();
    void fillValues(QComboBox* combo, const QString& column, const QString& all, Labels labels,
                    reel::CatalogKind kind = reel::CatalogKind::Sector);
    void emitChanged();
    void updateCount();
    QList<QComboBox*> combos() const;

    reel::Database& m_database;
    QTimer m_searchDelay;
    qint64 m_matches = 0;
    qint64 m_total = 0;
    bool m_filling = false;

    QLineEdit* m_search;
    QComboBox* m_brand;
    QComboBox* m_status;
    QComboBox* m_rating;
    QCheckBox* m_anyDate;
    QDateEdit* m_from;
    QLabel* m_dash;
    QDateEdit* m_to;
    QComboBox* m_sector;
    QComboBox* m_hookType;
    QComboBox* m_language;
    QComboBox* m_provider;
    QToolButton* m_clear;
    QLabel* m_count;
};

} // namespace reel::ui
