#include "editor/RequestBar.h"

#include "common/CatalogText.h"
#include "common/ValueComboBox.h"
#include "profiles/ProfileListModel.h"
#include "store/CatalogStore.h"
#include "store/ProfileStore.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSpinBox>

namespace reel::ui {

namespace {

QList<ValueComboBox::Option> optionsOf(const Catalog& catalog, CatalogKind kind)
{
    QList<ValueComboBox::Option> out;
    for (const CatalogEntry& e : catalog.entries(kind))
        out.append({e.id, CatalogText::label(kind, e.id)});
    return out;
}

} // namespace

RequestBar::RequestBar(ProfileStore& profiles, CatalogStore& catalog, QWidget* parent)
    : QWidget(parent)
    , m_profiles(profiles)
    , m_catalog(catalog)
    , m_model(new ProfileListModel(profiles, this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ProfileListModel::NameRole);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_sorted->setSortLocaleAware(true);
    m_sorted->setDynamicSortFilter(true);
    m_sorted->sort(0);
    buildUi();
    refillOptions();
    retranslateUi();

    ScriptRequest defaults;
    defaults.language = QStringLiteral("en");
    setRequest(defaults);

    connect(&m_catalog, &CatalogStore::catalogChanged, this, &RequestBar::refillOptions);
    connect(&m_profiles, &ProfileStore::profileChanged, this, &RequestBar::onStoredProfileChanged);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &RequestBar::loadCurrentProfile);
    // With a placeholder, a combo box does not pick the first profile added to an empty list.
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_profileCombo->currentIndex() < 0 && m_profileCombo->count() > 0)
            m_profileCombo->setCurrentIndex(0);
    });
    // A profile the user picks brings its default language along.
    connect(m_profileCombo, &QComboBox::activated, this, [this] {
        if (!m_profile.defaultLanguage.isEmpty() && m_profile.defaultLanguage != m_language->value()) {
            m_language->setValue(m_profile.defaultLanguage);
            emit requestEdited();
        }
    });
    if (m_profileCombo->count() > 0)
        m_profileCombo->setCurrentIndex(0);
    loadCurrentProfile();
}

void RequestBar::buildUi()
{
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setModel(m_sorted);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(16);
    const auto combo = [this](const QString& name, bool editable) {
        auto* box = new ValueComboBox(this);
        box->setObjectName(name);
        box->setEditable(editable);
        connect(box, &ValueComboBox::valueEdited, this, [this] {
            if (!m_updating)
                emit requestEdited();
        });
        return box;
    };
    m_hookType = combo(QStringLiteral("hookTypeCombo"), true);
    m_emotion = combo(QStringLiteral("emotionCombo"), true);
    m_goal = combo(QStringLiteral("goalCombo"), true);
    m_language = combo(QStringLiteral("languageCombo"), false);
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("lengthSpin"));
    m_length->setRange(RequestLimits::kMinSeconds, RequestLimits::kMaxSeconds);
    m_length->setAccelerated(true);
    connect(m_length, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            emit requestEdited();
    });
    m_topic = new QLineEdit(this);
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setMaxLength(RequestLimits::kTopicMax);
    m_topic->setClearButtonEnabled(true);
    connect(m_topic, &QLineEdit::textEdited, this, &RequestBar::requestEdited);

    const auto label = [this](QWidget* buddy) {
        auto* l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_profileLabel = label(m_profileCombo);
    m_hookTypeLabel = label(m_hookType);
    m_emotionLabel = label(m_emotion);
    m_goalLabel = label(m_goal);
    m_lengthLabel = label(m_length);
    m_languageLabel = label(m_language);
    m_topicLabel = label(m_topic);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->addWidget(m_profileLabel, 0, 0);
    grid->addWidget(m_profileCombo, 0, 1);
    grid->addWidget(m_hookTypeLabel, 0, 2);
    grid->addWidget(m_hookType, 0, 3);
    grid->addWidget(m_emotionLabel, 0, 4);
    grid->addWidget(m_emotion, 0, 5);
    grid->addWidget(m_goalLabel, 0, 6);
    grid->addWidget(m_goal, 0, 7);
    grid->addWidget(m_languageLabel, 1, 0);
    grid->addWidget(m_language, 1, 1);
    grid->addWidget(m_lengthLabel, 1, 2);
    grid->addWidget(m_length, 1, 3);
    grid->addWidget(m_topicLabel, 1, 4);
    grid->addWidget(m_topic, 1, 5, 1, 3);
    for (const int column : {1, 3, 5, 7})
        grid->setColumnStretch(column, 1);

    setTabOrder(m_profileCombo, m_hookType);
    setTabOrder(m_hookType, m_emotion);
    setTabOrder(m_emotion, m_goal);
    setTabOrder(m_goal, m_language);
    setTabOrder(m_language, m_length);
    setTabOrder(m_length, m_topic);
}

void RequestBar::refillOptions()
{
    const bool updating = m_updating;
    m_updating = true;
    const Catalog& catalog = m_catalog.catalog();
    m_hookType->setOptions(optionsOf(catalog, CatalogKind::HookType));
    m_emotion->setOptions(optionsOf(catalog, CatalogKind::Emotion));
    m_goal->setOptions(optionsOf(catalog, CatalogKind::Goal));
    m_language->setOptions(optionsOf(catalog, CatalogKind::Language));
    m_updating = updating;
}

void RequestBar::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refillOptions(); // the labels of built-in values are translated
    }
}

void RequestBar::retranslateUi()
{
    m_profileLabel->setText(tr("Brand &profile"));
    m_hookTypeLabel->setText(tr("Hoo&k type"));
    m_emotionLabel->setText(tr("E&motion"));
    m_goalLabel->setText(tr("&Goal"));
    m_lengthLabel->setText(tr("Len&gth"));
    m_languageLabel->setText(tr("La&nguage"));
    m_topicLabel->setText(tr("&Topic"));
    m_profileCombo->setPlaceholderText(tr("No brand profile"));
    m_profileCombo->setAccessibleName(tr("Brand profile"));
    m_profileCombo->setToolTip(tr("The brand the script is checked against: its banned words, hashtags and voice"));
    m_hookType->setAccessibleName(tr("Hook type"));
    m_emotion->setAccessibleName(tr("Emotion"));
    m_goal->setAccessibleName(tr("Goal"));
    m_length->setAccessibleName(tr("Reel length in seconds"));
    //: Unit after the Reel length, e.g. "30 s"
    m_length->setSuffix(tr(" s"));
    m_language->setAccessibleName(tr("Script language"));
    m_language->setToolTip(tr("The language the script is written in: word counts, spelling and speaking rate "
                              "follow it"));
    for (ValueComboBox* box : {m_hookType, m_emotion, m_goal})
        box->lineEdit()->setPlaceholderText(tr("Not set"));
    m_hookType->setToolTip(tr("The kind of hook the script opens with; the hook is checked against it"));
    m_emotion->setToolTip(tr("The feeling the Reel should leave; the tone is checked against it (English)"));
    m_topic->setAccessibleName(tr("Topic"));
    m_topic->setPlaceholderText(tr("What the Reel is about (optional)"));
}

qint64 RequestBar::profileId() const
{
    return m_profileId;
}

bool RequestBar::selectProfile(const QString& name)
{
    for (int row = 0; row < m_profileCombo->count(); ++row) {
        if (m_profileCombo->itemText(row).compare(name, Qt::CaseInsensitive) == 0) {
            m_profileCombo->setCurrentIndex(row);
            return true;
        }
    }
    return false;
}

QComboBox* RequestBar::languageCombo() const
{
    return m_language;
}

ScriptRequest RequestBar::request() const
{
    ScriptRequest r;
    r.hookType = m_hookType->value();
    r.emotion = m_emotion->value();
    r.goal = m_goal->value();
    r.scriptLength = m_length->value();
    r.language = m_language->value();
    r.topic = m_topic->text().trimmed();
    return r;
}

void RequestBar::setRequest(const ScriptRequest& request)
{
    m_updating = true;
    m_hookType->setValue(request.hookType);
    m_emotion->setValue(request.emotion);
    m_goal->setValue(request.goal);
    m_length->setValue(request.scriptLength);
    if (const auto language = m_catalog.catalog().resolveLanguage(request.language))
        m_language->setValue(*language);
    m_topic->setText(request.topic);
    m_updating = false;
}

void RequestBar::loadCurrentProfile()
{
    const qint64 id = m_profileCombo->currentIndex() < 0
                              ? 0
                              : m_profileCombo->currentData(ProfileListModel::IdRole).toLongLong();
    if (id == m_profileId && (id != 0 || m_profile == BrandProfile{}))
        return;
    m_profileId = id;
    m_profile = BrandProfile{};
    if (id != 0) {
        if (auto stored = m_profiles.get(id))
            m_profile = stored->profile;
    }
    emit profileChanged();
}

void RequestBar::onStoredProfileChanged(qint64 id)
{
    if (id != m_profileId)
        return;
    if (auto stored = m_profiles.get(id); stored && stored->profile != m_profile) {
        m_profile = stored->profile;
        emit profileChanged();
    }
}

} // namespace reel::ui
