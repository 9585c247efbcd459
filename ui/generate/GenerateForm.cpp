#include "generate/GenerateForm.h"

#include "common/CatalogText.h"
#include "common/ValueComboBox.h"
#include "profiles/ProfileListModel.h"
#include "store/CatalogStore.h"
#include "store/ProfileStore.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSpinBox>

namespace reel::ui {

namespace {

// The last request, so that the page opens where the user left it.
constexpr auto kGroup = "generate";
constexpr auto kProfileKey = "profile_id";
constexpr auto kGoalKey = "goal";
constexpr auto kHookTypeKey = "hook_type";
constexpr auto kEmotionKey = "emotion";
constexpr auto kLengthKey = "script_length";
constexpr auto kLanguageKey = "language";
constexpr auto kCtaKey = "cta";
constexpr auto kTopicKey = "topic";
constexpr auto kVariantsKey = "variants";

QList<ValueComboBox::Option> optionsOf(const Catalog& catalog, CatalogKind kind)
{
    QList<ValueComboBox::Option> out;
    for (const CatalogEntry& e : catalog.entries(kind))
        out.append({e.id, CatalogText::label(kind, e.id)});
    return out;
}

} // namespace

GenerateForm::GenerateForm(ProfileStore& profiles, CatalogStore& catalog, QWidget* parent)
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
    restore();

    connect(&m_catalog, &CatalogStore::catalogChanged, this, &GenerateForm::refillOptions);
    connect(&m_profiles, &ProfileStore::profileChanged, this, &GenerateForm::onStoredProfileChanged);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &GenerateForm::loadCurrentProfile);
    // With a placeholder, a combo box does not pick the first profile added to an empty list.
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_profileCombo->currentIndex() < 0 && m_profileCombo->count() > 0)
            m_profileCombo->setCurrentIndex(0);
    });
    // A profile the user picks brings its default language along.
    connect(m_profileCombo, &QComboBox::activated, this, [this] {
        if (!m_profile.defaultLanguage.isEmpty() && m_profile.defaultLanguage != m_language->value()) {
            m_updating = true;
            m_language->setValue(m_profile.defaultLanguage);
            m_updating = false;
            edited();
        }
    });
    connect(m_editProfile, &QPushButton::clicked, this, [this] { emit editProfileRequested(m_profileId); });
}

GenerateForm::~GenerateForm() = default;

void GenerateForm::buildUi()
{
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setModel(m_sorted);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_profileCombo->setMinimumContentsLength(14);
    m_editProfile = new QPushButton(this);
    m_editProfile->setObjectName(QStringLiteral("editProfileButton"));
    auto* profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_editProfile);

    const auto combo = [this](const QString& name, bool editable) {
        auto* box = new ValueComboBox(this);
        box->setObjectName(name);
        box->setEditable(editable);
        connect(box, &ValueComboBox::valueEdited, this, &GenerateForm::edited);
        return box;
    };
    m_goal = combo(QStringLiteral("goalCombo"), true);
    m_hookType = combo(QStringLiteral("hookTypeCombo"), true);
    m_emotion = combo(QStringLiteral("emotionCombo"), true);
    m_language = combo(QStringLiteral("languageCombo"), false);
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("lengthSpin"));
    m_length->setRange(RequestLimits::kMinSeconds, RequestLimits::kMaxSeconds);
    m_length->setAccelerated(true);
    connect(m_length, &QSpinBox::valueChanged, this, &GenerateForm::edited);
    m_cta = new QLineEdit(this);
    m_cta->setObjectName(QStringLiteral("ctaEdit"));
    m_cta->setClearButtonEnabled(true);
    m_cta->setMaxLength(300);
    connect(m_cta, &QLineEdit::textEdited, this, &GenerateForm::edited);
    m_topic = new QPlainTextEdit(this);
    m_topic->setObjectName(QStringLiteral("topicEdit"));
    m_topic->setTabChangesFocus(true);
    m_topic->setMinimumHeight(m_topic->fontMetrics().lineSpacing() * 3 + 12);
    m_topic->setMaximumHeight(m_topic->fontMetrics().lineSpacing() * 6 + 12);
    connect(m_topic, &QPlainTextEdit::textChanged, this, [this] {
        // The limit of the request format: longer text is cut where it was typed.
        if (m_topic->toPlainText().size() > RequestLimits::kTopicMax) {
            QTextCursor cursor = m_topic->textCursor();
            const bool updating = m_updating;
            m_updating = true;
            m_topic->setPlainText(m_topic->toPlainText().left(RequestLimits::kTopicMax));
            cursor.movePosition(QTextCursor::End);
            m_topic->setTextCursor(cursor);
            m_updating = updating;
        }
        edited();
    });
    m_variants = new QSpinBox(this);
    m_variants->setObjectName(QStringLiteral("variantsSpin"));
    m_variants->setRange(1, kMaxVariants);
    connect(m_variants, &QSpinBox::valueChanged, this, &GenerateForm::edited);

    const auto label = [this](QWidget* buddy) {
        auto* l = new QLabel(this);
        l->setBuddy(buddy);
        return l;
    };
    m_profileLabel = label(m_profileCombo);
    m_goalLabel = label(m_goal);
    m_hookTypeLabel = label(m_hookType);
    m_emotionLabel = label(m_emotion);
    m_lengthLabel = label(m_length);
    m_languageLabel = label(m_language);
    m_ctaLabel = label(m_cta);
    m_topicLabel = label(m_topic);
    m_variantsLabel = label(m_variants);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_profileLabel, profileRow);
    form->addRow(m_goalLabel, m_goal);
    form->addRow(m_hookTypeLabel, m_hookType);
    form->addRow(m_emotionLabel, m_emotion);
    form->addRow(m_lengthLabel, m_length);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_ctaLabel, m_cta);
    form->addRow(m_topicLabel, m_topic);
    form->addRow(m_variantsLabel, m_variants);

    setTabOrder(m_profileCombo, m_editProfile);
    setTabOrder(m_editProfile, m_goal);
    setTabOrder(m_goal, m_hookType);
    setTabOrder(m_hookType, m_emotion);
    setTabOrder(m_emotion, m_length);
    setTabOrder(m_length, m_language);
    setTabOrder(m_language, m_cta);
    setTabOrder(m_cta, m_topic);
    setTabOrder(m_topic, m_variants);
}

void GenerateForm::refillOptions()
{
    const bool updating = m_updating;
    m_updating = true;
    const Catalog& catalog = m_catalog.catalog();
    m_goal->setOptions(optionsOf(catalog, CatalogKind::Goal));
    m_hookType->setOptions(optionsOf(catalog, CatalogKind::HookType));
    m_emotion->setOptions(optionsOf(catalog, CatalogKind::Emotion));
    m_language->setOptions(optionsOf(catalog, CatalogKind::Language));
    m_updating = updating;
}

void GenerateForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refillOptions(); // the labels of built-in values are translated
        m_model->retranslate();
    }
}

void GenerateForm::retranslateUi()
{
    m_profileLabel->setText(tr("Brand &profile:"));
    m_profileCombo->setPlaceholderText(tr("No brand profile yet"));
    m_profileCombo->setAccessibleName(tr("Brand profile"));
    m_profileCombo->setToolTip(tr("The brand the script is written for: its audience, offer, voice and banned words"));
    m_editProfile->setText(tr("E&dit…"));
    m_editProfile->setToolTip(tr("Open the brand profile on the Brand Profiles page"));
    m_editProfile->setAccessibleName(tr("Edit the brand profile"));
    m_goalLabel->setText(tr("&Goal:"));
    m_goal->setAccessibleName(tr("Goal"));
    m_hookTypeLabel->setText(tr("Hoo&k type:"));
    m_hookType->setAccessibleName(tr("Hook type"));
    m_hookType->setToolTip(tr("The kind of hook the script opens with"));
    m_emotionLabel->setText(tr("E&motion:"));
    m_emotion->setAccessibleName(tr("Emotion"));
    m_emotion->setToolTip(tr("The feeling the Reel should leave"));
    for (ValueComboBox* box : {m_goal, m_hookType, m_emotion})
        box->lineEdit()->setPlaceholderText(tr("Let the model choose"));
    m_lengthLabel->setText(tr("Len&gth:"));
    m_length->setAccessibleName(tr("Reel length in seconds"));
    //: Unit after the Reel length, e.g. "30 s"
    m_length->setSuffix(tr(" s"));
    m_length->setToolTip(tr("Up to 90 seconds is recommended for reach; Instagram allows up to 3 minutes"));
    m_languageLabel->setText(tr("La&nguage:"));
    m_language->setAccessibleName(tr("Script language"));
    m_ctaLabel->setText(tr("Call to &action:"));
    m_cta->setAccessibleName(tr("Call to action"));
    m_cta->setPlaceholderText(tr("Optional, e.g. Start your free trial"));
    m_topicLabel->setText(tr("&Topic or angle:"));
    m_topic->setAccessibleName(tr("Topic or angle"));
    m_topic->setPlaceholderText(tr("What the Reel is about, the angle to take, facts to use (optional)"));
    m_variantsLabel->setText(tr("&Variants:"));
    m_variants->setAccessibleName(tr("Number of variants"));
    m_variants->setToolTip(tr("How many different scripts to write side by side"));
}

bool GenerateForm::selectProfile(qint64 id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_sorted->mapFromSource(m_model->index(sourceRow, 0));
    m_profileCombo->setCurrentIndex(index.row());
    return true;
}

ScriptRequest GenerateForm::request() const
{
    ScriptRequest r;
    r.goal = m_goal->value();
    r.hookType = m_hookType->value();
    r.emotion = m_emotion->value();
    r.scriptLength = m_length->value();
    r.language = m_language->value();
    r.cta = m_cta->text().trimmed();
    r.topic = m_topic->toPlainText().trimmed();
    return r;
}

void GenerateForm::setRequest(const ScriptRequest& request)
{
    const bool updating = m_updating;
    m_updating = true;
    m_goal->setValue(request.goal);
    m_hookType->setValue(request.hookType);
    m_emotion->setValue(request.emotion);
    m_length->setValue(request.scriptLength);
    if (const auto language = m_catalog.catalog().resolveLanguage(request.language))
        m_language->setValue(*language);
    m_cta->setText(request.cta);
    m_topic->setPlainText(request.topic);
    m_updating = updating;
}

int GenerateForm::variants() const
{
    return m_variants->value();
}

void GenerateForm::setVariants(int variants)
{
    m_variants->setValue(variants);
}

void GenerateForm::edited()
{
    if (m_updating)
        return;
    remember();
    emit changed();
}

void GenerateForm::restore()
{
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    ScriptRequest r;
    r.goal = settings.value(QLatin1String(kGoalKey), QStringLiteral("awareness")).toString();
    r.hookType = settings.value(QLatin1String(kHookTypeKey), QStringLiteral("question")).toString();
    r.emotion = settings.value(QLatin1String(kEmotionKey), QStringLiteral("curiosity")).toString();
    r.scriptLength = std::clamp(settings.value(QLatin1String(kLengthKey), 30).toInt(), RequestLimits::kMinSeconds,
                                RequestLimits::kMaxSeconds);
    r.language = settings.value(QLatin1String(kLanguageKey), QStringLiteral("en")).toString();
    r.cta = settings.value(QLatin1String(kCtaKey)).toString();
    r.topic = settings.value(QLatin1String(kTopicKey)).toString();
    const int variants = std::clamp(settings.value(QLatin1String(kVariantsKey), 1).toInt(), 1, kMaxVariants);
    const qint64 profile = settings.value(QLatin1String(kProfileKey)).toLongLong();
    settings.endGroup();

    m_updating = true;
    setRequest(r);
    m_variants->setValue(variants);
    if (!selectProfile(profile) && m_profileCombo->count() > 0)
        m_profileCombo->setCurrentIndex(0);
    m_updating = false;
    loadCurrentProfile();
}

void GenerateForm::remember() const
{
    const ScriptRequest r = request();
    QSettings settings;
    settings.beginGroup(QLatin1String(kGroup));
    settings.setValue(QLatin1String(kProfileKey), m_profileId);
    settings.setValue(QLatin1String(kGoalKey), r.goal);
    settings.setValue(QLatin1String(kHookTypeKey), r.hookType);
    settings.setValue(QLatin1String(kEmotionKey), r.emotion);
    settings.setValue(QLatin1String(kLengthKey), r.scriptLength);
    settings.setValue(QLatin1String(kLanguageKey), r.language);
    settings.setValue(QLatin1String(kCtaKey), r.cta);
    settings.setValue(QLatin1String(kTopicKey), r.topic);
    settings.setValue(QLatin1String(kVariantsKey), m_variants->value());
    settings.endGroup();
}

void GenerateForm::loadCurrentProfile()
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
    if (!m_updating) {
        remember();
        emit changed();
    }
}

void GenerateForm::onStoredProfileChanged(qint64 id)
{
    if (id != m_profileId)
        return;
    if (auto stored = m_profiles.get(id); stored && stored->profile != m_profile) {
        m_profile = stored->profile;
        emit changed();
    }
}

} // namespace reel::ui
