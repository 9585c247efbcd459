#include "examples/ExampleFilterBar.h"

#include "common/CatalogText.h"
#include "examples/ExampleText.h"
#include "store/CatalogStore.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

QComboBox* filterCombo(const char* name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

} // namespace

ExampleFilterBar::ExampleFilterBar(CatalogStore& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_search(new QLineEdit(this))
    , m_language(filterCombo("languageFilter", this))
    , m_sector(filterCombo("sectorFilter", this))
    , m_hookType(filterCombo("hookTypeFilter", this))
    , m_emotion(filterCombo("emotionFilter", this))
    , m_goal(filterCombo("goalFilter", this))
    , m_source(filterCombo("sourceFilter", this))
    , m_clear(new QToolButton(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("exampleFilterBar"));
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    m_search->addAction(QIcon(QStringLiteral(":/reelstudio/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->installEventFilter(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_count->setTextFormat(Qt::PlainText);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ExampleFilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &ExampleFilterBar::emitChanged);
    for (QComboBox* combo : {m_language, m_sector, m_hookType, m_emotion, m_goal, m_source}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emitChanged();
        });
    }
    connect(m_clear, &QToolButton::clicked, this, &ExampleFilterBar::clear);
    connect(&m_catalog, &CatalogStore::catalogChanged, this, &ExampleFilterBar::fillCombos);

    auto* top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* combo : {m_language, m_sector, m_hookType, m_emotion, m_goal, m_source})
        filters->addWidget(combo);
    filters->addWidget(m_clear);
    filters->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filters);
    retranslateUi();
}

ExampleQuery ExampleFilterBar::filter() const
{
    ExampleQuery q;
    q.language = m_language->currentData().toString();
    q.sector = m_sector->currentData().toString();
    q.hookType = m_hookType->currentData().toString();
    q.emotion = m_emotion->currentData().toString();
    q.goal = m_goal->currentData().toString();
    q.source = sourceFromKey(m_source->currentData().toString());
    q.text = m_search->text().trimmed();
    return q;
}

bool ExampleFilterBar::isFiltered() const
{
    const ExampleQuery q = filter();
    return !q.language.isEmpty() || !q.sector.isEmpty() || !q.hookType.isEmpty() || !q.emotion.isEmpty()
           || !q.goal.isEmpty() || q.source || !q.text.isEmpty();
}

void ExampleFilterBar::clear()
{
    m_filling = true;
    for (QComboBox* combo : {m_language, m_sector, m_hookType, m_emotion, m_goal, m_source})
        combo->setCurrentIndex(0);
    m_search->clear();
    m_filling = false;
    emitChanged();
}

void ExampleFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ExampleFilterBar::setCounts(int matches, int total)
{
    m_matches = matches;
    m_total = total;
    updateCount();
}

void ExampleFilterBar::emitChanged()
{
    m_searchDelay.stop();
    m_clear->setEnabled(isFiltered());
    emit filterChanged();
}

void ExampleFilterBar::updateCount()
{
    const QLocale locale;
    if (isFiltered())
        //: %1 examples shown, of %n in the library (the plural follows %n)
        m_count->setText(
                (m_total == 1 ? tr("%1 of %n example", nullptr, m_total) : tr("%1 of %n examples", nullptr, m_total))
                        .arg(locale.toString(m_matches)));
    else
        m_count->setText((m_total == 1 ? tr("%n example", nullptr, m_total) : tr("%n examples", nullptr, m_total)));
    m_clear->setEnabled(isFiltered());
}

bool ExampleFilterBar::eventFilter(QObject* watched, QEvent* event)
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

void ExampleFilterBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ExampleFilterBar::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search hooks, bodies, CTAs, captions and hashtags (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search examples"));
    m_language->setAccessibleName(tr("Language filter"));
    m_sector->setAccessibleName(tr("Sector filter"));
    m_hookType->setAccessibleName(tr("Hook type filter"));
    m_emotion->setAccessibleName(tr("Emotion filter"));
    m_goal->setAccessibleName(tr("Goal filter"));
    m_source->setAccessibleName(tr("Source filter"));
    m_clear->setText(tr("Clear Filters"));
    m_clear->setToolTip(tr("Show every example again"));
    m_count->setAccessibleName(tr("Examples shown"));
    fillCombos();
    updateCount();
}

void ExampleFilterBar::fillCombos()
{
    m_filling = true;
    fill(m_language, CatalogKind::Language, tr("All languages"));
    fill(m_sector, CatalogKind::Sector, tr("All sectors"));
    fill(m_hookType, CatalogKind::HookType, tr("All hook types"));
    fill(m_emotion, CatalogKind::Emotion, tr("All emotions"));
    fill(m_goal, CatalogKind::Goal, tr("All goals"));
    const QString source = m_source->currentData().toString();
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const ExampleSource s :
         {ExampleSource::Bundled, ExampleSource::User, ExampleSource::Import, ExampleSource::Promoted})
        m_source->addItem(ExampleText::sourceName(s), sourceKey(s));
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    m_filling = false;
}

void ExampleFilterBar::fill(QComboBox* combo, CatalogKind kind, const QString& all)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    combo->addItem(all, QString());
    for (const CatalogEntry& e : m_catalog.catalog().entries(kind))
        combo->addItem(CatalogText::label(kind, e.id), e.id);
    int index = combo->findData(current);
    if (index < 0 && !current.isEmpty()) {
        // A value that left the catalog stays chosen rather than silently widening the list.
        combo->addItem(CatalogText::label(kind, current), current);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace reel::ui
