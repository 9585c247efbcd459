#include "history/HistoryFilterBar.h"

#include "common/CatalogText.h"
#include "common/WorkflowText.h"
#include "history/HistoryText.h"
#include "store/ScriptStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace reel::ui {

namespace {

QComboBox* filterCombo(const char* name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QDateEdit* dateEdit(const char* name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    return edit;
}

} // namespace

HistoryFilterBar::HistoryFilterBar(Database& database, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_search(new QLineEdit(this))
    , m_brand(filterCombo("brandFilter", this))
    , m_status(filterCombo("statusFilter", this))
    , m_rating(filterCombo("ratingFilter", this))
    , m_anyDate(new QCheckBox(this))
    , m_from(dateEdit("fromDateEdit", this))
    , m_dash(new QLabel(QStringLiteral("–"), this))
    , m_to(dateEdit("toDateEdit", this))
    , m_sector(filterCombo("sectorFilter", this))
    , m_hookType(filterCombo("hookTypeFilter", this))
    , m_language(filterCombo("languageFilter", this))
    , m_provider(filterCombo("providerFilter", this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("historyFilterBar"));
    m_search->setObjectName(QStringLiteral("historySearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->addAction(QIcon(QStringLiteral(":/reelstudio/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_anyDate->setObjectName(QStringLiteral("anyDateCheck"));
    m_anyDate->setChecked(true);
    const QDate today = QDate::currentDate();
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_clear->setObjectName(QStringLiteral("clearHistoryFiltersButton"));
    m_count->setObjectName(QStringLiteral("historyCountLabel"));
    m_count->setTextFormat(Qt::PlainText);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &HistoryFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &HistoryFilterBar::emitChanged);
    for (QComboBox* combo : combos()) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emitChanged();
        });
    }
    connect(m_anyDate, &QCheckBox::toggled, this, [this](bool any) {
        m_from->setEnabled(!any);
        m_to->setEnabled(!any);
        if (!m_filling)
            emitChanged();
    });
    for (QDateEdit* edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling && !m_anyDate->isChecked())
                emitChanged();
        });
    }
    connect(m_clear, &QToolButton::clicked, this, &HistoryFilterBar::clear);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* combo : {m_brand, m_status, m_rating})
        filters->addWidget(combo);
    filters->addWidget(m_anyDate);
    filters->addWidget(m_from);
    filters->addWidget(m_dash);
    filters->addWidget(m_to);
    filters->addStretch(1);
    auto* more = new QHBoxLayout;
    more->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* combo : {m_sector, m_hookType, m_language, m_provider})
        more->addWidget(combo);
    more->addWidget(m_clear);
    more->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addLayout(more);
    retranslateUi();
}

QList<QComboBox*> HistoryFilterBar::combos() const
{
    return {m_brand, m_status, m_rating, m_sector, m_hookType, m_language, m_provider};
}

ScriptQuery HistoryFilterBar::filter() const
{
    ScriptQuery q;
    q.text = m_search->text().trimmed();
    q.brand = m_brand->currentData().toString();
    q.status = m_status->currentData().toString();
    const int rating = m_rating->currentData().toInt();
    if (rating == kUnrated)
        q.unratedOnly = true;
    else if (rating > 0)
        q.minStars = rating;
    if (!m_anyDate->isChecked()) {
        // A range typed the wrong way round still means the days between the two.
        q.from = std::min(m_from->date(), m_to->date());
        q.to = std::max(m_from->date(), m_to->date());
    }
    q.sector = m_sector->currentData().toString();
    q.hookType = m_hookType->currentData().toString();
    q.language = m_language->currentData().toString();
    q.provider = m_provider->currentData().toString();
    return q;
}

bool HistoryFilterBar::isFiltered() const
{
    const ScriptQuery q = filter();
    return !q.text.isEmpty() || !q.brand.isEmpty() || !q.status.isEmpty() || q.minStars || q.unratedOnly || q.from
           || q.to || !q.sector.isEmpty() || !q.hookType.isEmpty() || !q.language.isEmpty() || !q.provider.isEmpty();
}

void HistoryFilterBar::clear()
{
    m_filling = true;
    for (QComboBox* combo : combos())
        combo->setCurrentIndex(0);
    m_anyDate->setChecked(true);
    m_search->clear();
    m_filling = false;
    emitChanged();
}

void HistoryFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void HistoryFilterBar::setCounts(qint64 matches, qint64 total)
{
    m_matches = matches;
    m_total = total;
    updateCount();
}

void HistoryFilterBar::emitChanged()
{
    m_searchDelay.stop();
    m_clear->setEnabled(isFiltered());
    emit filterChanged();
}

void HistoryFilterBar::updateCount()
{
    const int total = int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
    if (isFiltered())
        //: %1 scripts shown, of %n in the workspace (the plural follows %n)
        m_count->setText((total == 1 ? tr("%1 of %n script", nullptr, total) : tr("%1 of %n scripts", nullptr, total))
                                 .arg(QLocale().toString(m_matches)));
    else
        m_count->setText(total == 1 ? tr("%n script", nullptr, total) : tr("%n scripts", nullptr, total));
    m_clear->setEnabled(isFiltered());
}

bool HistoryFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    // Escape in the search field clears it (and shows everything again at once).
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        emitChanged();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryFilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void HistoryFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search titles, brands, hooks, bodies, CTAs and captions (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search scripts"));
    m_brand->setAccessibleName(tr("Brand filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_rating->setAccessibleName(tr("Rating filter"));
    m_anyDate->setText(tr("Any date"));
    m_anyDate->setToolTip(tr("Untick to show only scripts created between two dates"));
    m_from->setAccessibleName(tr("Created on or after"));
    m_to->setAccessibleName(tr("Created on or before"));
    m_sector->setAccessibleName(tr("Sector filter"));
    m_hookType->setAccessibleName(tr("Hook type filter"));
    m_language->setAccessibleName(tr("Language filter"));
    m_provider->setAccessibleName(tr("Provider filter"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every script again"));
    m_count->setAccessibleName(tr("Scripts shown"));
    fillFixedCombos();
    reloadValues();
    updateCount();
}

void HistoryFilterBar::fillFixedCombos()
{
    m_filling = true;
    const QString status = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& s : Workflow::statuses())
        m_status->addItem(WorkflowText::statusName(s), s);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));

    const int rating = m_rating->currentIndex() < 0 ? kAnyRating : m_rating->currentData().toInt();
    m_rating->clear();
    m_rating->addItem(tr("Any rating"), kAnyRating);
    m_rating->addItem(tr("Unrated"), kUnrated);
    for (int stars = 1; stars <= 5; ++stars)
        //: a rating filter: %1 stars, e.g. "★★★☆☆ or more"
        m_rating->addItem(stars == 5 ? HistoryText::stars(5) : tr("%1 or more").arg(HistoryText::stars(stars)), stars);
    m_rating->setCurrentIndex(std::max(0, m_rating->findData(rating)));
    m_filling = false;
}

void HistoryFilterBar::reloadValues()
{
    m_filling = true;
    fillValues(m_brand, QStringLiteral("brand"), tr("All brands"), Labels::Plain);
    fillValues(m_sector, QStringLiteral("sector"), tr("All sectors"), Labels::Catalog, CatalogKind::Sector);
    fillValues(m_hookType, QStringLiteral("hook_type"), tr("All hook types"), Labels::Catalog, CatalogKind::HookType);
    fillValues(m_language, QStringLiteral("language"), tr("All languages"), Labels::Catalog, CatalogKind::Language);
    fillValues(m_provider, QStringLiteral("provider"), tr("All providers"), Labels::Provider);
    m_filling = false;
}

void HistoryFilterBar::fillValues(QComboBox* combo, const QString& column, const QString& all, Labels labels,
                                  CatalogKind kind)
{
    const QString current = combo->currentData().toString();
    QStringList values;
    if (auto found = ScriptStore(m_database).distinctValues(column))
        values = found.value();
    if (!current.isEmpty() && !values.contains(current))
        values.append(current); // a chosen value stays chosen rather than silently widening the list
    struct Item
    {
        QString label;
        QString value;
    };
    QList<Item> items;
    for (const QString& v : std::as_const(values)) {
        if (v.isEmpty())
            continue;
        QString label = v;
        if (labels == Labels::Catalog)
            label = CatalogText::label(kind, v);
        else if (labels == Labels::Provider)
            label = HistoryText::providerName(v);
        items.append({label, v});
    }
    std::sort(items.begin(), items.end(),
              [](const Item& a, const Item& b) { return a.label.localeAwareCompare(b.label) < 0; });
    combo->clear();
    combo->addItem(all, QString());
    for (const Item& item : std::as_const(items))
        combo->addItem(item.label, item.value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace reel::ui
