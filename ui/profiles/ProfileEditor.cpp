#include "profiles/ProfileEditor.h"

#include "common/CatalogText.h"
#include "common/ErrorText.h"
#include "common/FieldErrorLabel.h"
#include "common/StringListEditor.h"
#include "common/ValueComboBox.h"
#include "profiles/RuleLimitsEditor.h"
#include "profiles/VoicePicker.h"
#include "store/CatalogStore.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

QList<ValueComboBox::Option> catalogOptions(const Catalog& catalog, CatalogKind kind)
{
    QList<ValueComboBox::Option> out;
    for (const CatalogEntry& e : catalog.entries(kind))
        out.append({e.id, CatalogText::label(kind, e.id)});
    return out;
}

// The text of a line edit as a value: exactly what was loaded while untouched, else trimmed.
QString lineValue(const QLineEdit* edit, const QString& loaded)
{
    return edit->text() == loaded ? loaded : edit->text().trimmed();
}

QPlainTextEdit* makeTextEdit(const QString& objectName, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 2 * edit->frameWidth() + 8);
    return edit;
}

} // namespace

ProfileEditor::ProfileEditor(reel::CatalogStore& catalog, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    buildUi();
    connectEdits();
    connect(&m_catalog, &CatalogStore::catalogChanged, this, &ProfileEditor::refillOptions);
    retranslateUi();
    setProfile(BrandProfile{}, true);
}

void ProfileEditor::buildUi()
{
    m_fields.resize(FieldCount);
    auto* layout = new QVBoxLayout(this);
    m_formError = new QLabel(this);
    m_formError->setObjectName(QStringLiteral("formError"));
    m_formError->setWordWrap(true);
    m_formError->setVisible(false);
    layout->addWidget(m_formError);

    const auto group = [&](QGroupBox*& box, const QString& name) {
        box = new QGroupBox(this);
        box->setObjectName(name);
        auto* form = new QFormLayout(box);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        layout->addWidget(box);
        return form;
    };

    QFormLayout* form = group(m_brandGroup, QStringLiteral("brandGroup"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("brandNameEdit"));
    addRow(form, BrandName, "brand_name", m_name, QStringLiteral("brandNameError"));
    m_sector = new ValueComboBox(this);
    m_sector->setMinimumContentsLength(22);
    m_sector->setObjectName(QStringLiteral("sectorCombo"));
    m_sector->setEditable(true);
    addRow(form, Sector, "sector", m_sector, QStringLiteral("sectorError"));
    m_platform = new ValueComboBox(this);
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    addRow(form, Platform, "platform", m_platform, QStringLiteral("platformError"));

    form = group(m_audienceGroup, QStringLiteral("audienceGroup"));
    m_ageRange = new QLineEdit(this);
    m_ageRange->setObjectName(QStringLiteral("ageRangeEdit"));
    addRow(form, AgeRange, "target_audience.age_range", m_ageRange, QStringLiteral("ageRangeError"));
    m_gender = new ValueComboBox(this);
    m_gender->setObjectName(QStringLiteral("genderCombo"));
    m_gender->setEditable(true);
    addRow(form, Gender, "target_audience.gender", m_gender, QStringLiteral("genderError"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    addRow(form, Location, "target_audience.location", m_location, QStringLiteral("locationError"));
    m_painPoints = new StringListEditor(this);
    m_painPoints->setObjectName(QStringLiteral("painPointsEditor"));
    addRow(form, PainPoints, "target_audience.pain_points", m_painPoints, QStringLiteral("painPointsError"));

    form = group(m_voiceGroup, QStringLiteral("voiceGroup"));
    m_voices = new VoicePicker(this);
    m_voices->setObjectName(QStringLiteral("voicePicker"));
    addRow(form, BrandVoice, "brand_voice", m_voices, QStringLiteral("brandVoiceError"));
    m_offer = makeTextEdit(QStringLiteral("offerEdit"), 3, this);
    addRow(form, Offer, "offer", m_offer, QStringLiteral("offerError"));
    m_ctaStyle = new ValueComboBox(this);
    m_ctaStyle->setMinimumContentsLength(22);
    m_ctaStyle->setObjectName(QStringLiteral("ctaStyleCombo"));
    m_ctaStyle->setEditable(true);
    addRow(form, CtaStyle, "cta_style", m_ctaStyle, QStringLiteral("ctaStyleError"));

    form = group(m_guardrailGroup, QStringLiteral("guardrailGroup"));
    m_doNotUse = new StringListEditor(this);
    m_doNotUse->setObjectName(QStringLiteral("doNotUseEditor"));
    addRow(form, DoNotUse, "do_not_use", m_doNotUse, QStringLiteral("doNotUseError"));
    m_competitors = new StringListEditor(this);
    m_competitors->setObjectName(QStringLiteral("competitorsEditor"));
    addRow(form, Competitors, "competitors", m_competitors, QStringLiteral("competitorsError"));
    m_hashtags = new StringListEditor(this);
    m_hashtags->setObjectName(QStringLiteral("requiredHashtagsEditor"));
    m_hashtags->setNormaliser(&normalisedHashtag);
    m_hashtags->setEntryCheck([this](const QString& tag) {
        return isOneHashtag(tag) ? QString()
                                 : tr("“%1” is not one hashtag: use letters, digits and _ with no spaces "
                                      "(e.g. #LumenCoffee).")
                                           .arg(tag);
    });
    addRow(form, RequiredHashtags, "required_hashtags", m_hashtags, QStringLiteral("requiredHashtagsError"));

    form = group(m_defaultsGroup, QStringLiteral("defaultsGroup"));
    m_language = new ValueComboBox(this);
    m_language->setMinimumContentsLength(22);
    m_language->setObjectName(QStringLiteral("defaultLanguageCombo"));
    addRow(form, DefaultLanguage, "default_language", m_language, QStringLiteral("defaultLanguageError"));
    m_notes = makeTextEdit(QStringLiteral("notesEdit"), 4, this);
    addRow(form, Notes, "notes", m_notes, QStringLiteral("notesError"));

    form = group(m_limitsGroup, QStringLiteral("limitsGroup"));
    m_limits = new RuleLimitsEditor(this);
    m_limits->setObjectName(QStringLiteral("ruleLimitsEditor"));
    addRow(form, RuleOverrides, "rule_overrides", m_limits, QStringLiteral("ruleOverridesError"));
    layout->addStretch(1);
}

QWidget* ProfileEditor::addRow(QFormLayout* form, FieldId id, const char* path, QWidget* field,
                               const QString& errorName)
{
    auto* cell = new QWidget(this);
    auto* cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    field->setParent(cell);
    cellLayout->addWidget(field);
    auto* error = new FieldErrorLabel(field, cell);
    error->setObjectName(errorName);
    cellLayout->addWidget(error);
    auto* rule = new QLabel(cell);
    rule->setObjectName(QString(errorName).replace(QStringLiteral("Error"), QStringLiteral("Rule")));
    rule->setWordWrap(true);
    rule->setForegroundRole(QPalette::PlaceholderText);
    rule->setVisible(false);
    cellLayout->addWidget(rule);

    auto* label = new QLabel(this);
    // The focus proxy of a composite field (a list editor's line, the voice list) gets the focus.
    label->setBuddy(field);
    form->addRow(label, cell);
    m_fields[id] = Field{QString::fromLatin1(path), label, error, rule};
    return cell;
}

void ProfileEditor::connectEdits()
{
    const auto onEdit = [this](FieldId id) { return [this, id] { fieldEdited(id); }; };
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameError.clear();
        fieldEdited(BrandName);
    });
    connect(m_sector, &ValueComboBox::valueEdited, this, onEdit(Sector));
    connect(m_platform, &ValueComboBox::valueEdited, this, onEdit(Platform));
    connect(m_ageRange, &QLineEdit::textEdited, this, onEdit(AgeRange));
    connect(m_gender, &ValueComboBox::valueEdited, this, onEdit(Gender));
    connect(m_location, &QLineEdit::textEdited, this, onEdit(Location));
    connect(m_painPoints, &StringListEditor::itemsChanged, this, onEdit(PainPoints));
    connect(m_voices, &VoicePicker::voicesEdited, this, onEdit(BrandVoice));
    connect(m_offer, &QPlainTextEdit::textChanged, this, onEdit(Offer));
    connect(m_ctaStyle, &ValueComboBox::valueEdited, this, onEdit(CtaStyle));
    connect(m_doNotUse, &StringListEditor::itemsChanged, this, onEdit(DoNotUse));
    connect(m_competitors, &StringListEditor::itemsChanged, this, onEdit(Competitors));
    connect(m_hashtags, &StringListEditor::itemsChanged, this, onEdit(RequiredHashtags));
    connect(m_language, &ValueComboBox::valueEdited, this, onEdit(DefaultLanguage));
    connect(m_notes, &QPlainTextEdit::textChanged, this, onEdit(Notes));
    connect(m_limits, &RuleLimitsEditor::overridesEdited, this, onEdit(RuleOverrides));
}

void ProfileEditor::setProfile(const reel::BrandProfile& profile, bool isNew)
{
    m_loading = true;
    m_saved = profile;
    m_isNew = isNew;
    m_revealAll = !isNew;
    m_touched.clear();
    m_nameError.clear();
    m_loadedName = profile.brandName;
    m_loadedAge = profile.targetAudience.ageRange;
    m_loadedLocation = profile.targetAudience.location;
    m_name->setText(profile.brandName);
    m_sector->setValue(profile.sector);
    m_platform->setValue(profile.platform);
    m_ageRange->setText(profile.targetAudience.ageRange);
    m_gender->setValue(profile.targetAudience.gender);
    m_location->setText(profile.targetAudience.location);
    m_painPoints->setItems(profile.targetAudience.painPoints);
    m_voices->setVoices(profile.brandVoice);
    m_offer->setPlainText(profile.offer);
    m_ctaStyle->setValue(profile.ctaStyle);
    m_doNotUse->setItems(profile.doNotUse);
    m_competitors->setItems(profile.competitors);
    m_hashtags->setItems(profile.requiredHashtags);
    m_language->setValue(profile.defaultLanguage);
    m_notes->setPlainText(profile.notes);
    m_limits->setOverrides(profile.ruleOverrides);
    m_loading = false;
    revalidate();
}

reel::BrandProfile ProfileEditor::profile() const
{
    BrandProfile p = m_saved; // keeps the members the form does not show
    p.brandName = lineValue(m_name, m_loadedName);
    p.sector = m_sector->value();
    p.platform = m_platform->value();
    p.targetAudience.ageRange = lineValue(m_ageRange, m_loadedAge);
    p.targetAudience.gender = m_gender->value();
    p.targetAudience.location = lineValue(m_location, m_loadedLocation);
    p.targetAudience.painPoints = m_painPoints->items();
    p.brandVoice = m_voices->voices();
    p.offer = m_offer->toPlainText();
    p.ctaStyle = m_ctaStyle->value();
    p.doNotUse = m_doNotUse->items();
    p.competitors = m_competitors->items();
    p.requiredHashtags = m_hashtags->items();
    p.defaultLanguage = m_language->value();
    p.notes = m_notes->toPlainText();
    p.ruleOverrides = m_limits->overrides();
    return p;
}

void ProfileEditor::setSavedProfile(const reel::BrandProfile& saved)
{
    m_saved = saved;
    m_isNew = false;
    m_revealAll = true;
    m_loadedName = saved.brandName;
    m_loadedAge = saved.targetAudience.ageRange;
    m_loadedLocation = saved.targetAudience.location;
    revalidate();
}

QStringList ProfileEditor::problemFields() const
{
    QList<int> fields;
    if (!m_nameError.isEmpty())
        fields.append(BrandName);
    for (const FieldError& e : m_errors)
        fields.append(fieldOf(e.path));
    std::sort(fields.begin(), fields.end());
    fields.erase(std::unique(fields.begin(), fields.end()), fields.end());
    QStringList names;
    for (int f : std::as_const(fields))
        names.append(fieldName(f));
    return names;
}

void ProfileEditor::setNameError(const QString& text)
{
    m_nameError = text;
    revalidate();
}

void ProfileEditor::revealAllErrors()
{
    m_revealAll = true;
    revalidate();
}

void ProfileEditor::focusBrandName()
{
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

void ProfileEditor::setRulePack(const reel::RulePack& pack)
{
    const bool wasLoading = std::exchange(m_loading, true);
    m_limits->setPack(pack);
    m_loading = wasLoading;
}

void ProfileEditor::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ProfileEditor::fieldEdited(FieldId id)
{
    if (m_loading)
        return;
    m_touched.insert(id);
    revalidate();
    emit edited();
}

void ProfileEditor::revalidate()
{
    m_errors = checkProfileEntry(profile());
    QList<QStringList> messages(FieldCount);
    QStringList general;
    for (const FieldError& e : std::as_const(m_errors)) {
        const int field = fieldOf(e.path);
        if (field < 0) {
            general.append(ErrorText::withPath(e));
            continue;
        }
        if (!m_revealAll && !m_touched.contains(field))
            continue;
        // A list entry's problem is shown on the list, naming the entry.
        static const QRegularExpression itemIndex(QStringLiteral("\\[(\\d+)\\]$"));
        const auto match = itemIndex.match(e.path);
        if (match.hasMatch())
            //: %1 the position of the entry in the list (1 = first), %2 what is wrong
            messages[field].append(tr("Entry %1: %2").arg(match.captured(1).toInt() + 1).arg(ErrorText::reason(e)));
        else
            messages[field].append(ErrorText::reason(e));
    }
    if (!m_nameError.isEmpty())
        messages[BrandName].prepend(m_nameError);
    for (int f = 0; f < FieldCount; ++f)
        m_fields[f].error->setError(messages[f].mid(0, 3).join(u'\n'));
    m_formError->setText(general.join(u'\n'));
    m_formError->setVisible(!general.isEmpty());
}

int ProfileEditor::fieldOf(const QString& path) const
{
    for (int f = 0; f < FieldCount; ++f) {
        const QString& p = m_fields.at(f).path;
        if (path == p || (path.startsWith(p) && (path.at(p.size()) == u'[' || path.at(p.size()) == u'.')))
            return f;
    }
    return -1;
}

QString ProfileEditor::fieldName(int field) const
{
    if (field < 0 || field >= FieldCount)
        return tr("Other");
    // The label without its mnemonic and colon.
    QString name = m_fields.at(field).label->text();
    name.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    name.remove(u'&');
    name.replace(u'\x01', u'&');
    while (name.endsWith(u':') || name.endsWith(QChar(0xFF1A)) || name.endsWith(u' '))
        name.chop(1);
    // Languages without Latin letters write the mnemonic as a suffix: "ブランド名(&N)".
    static const QRegularExpression mnemonicSuffix(QStringLiteral("\\s*\\([A-Za-z0-9]\\)$"));
    name.remove(mnemonicSuffix);
    return name;
}

void ProfileEditor::retranslateUi()
{
    m_brandGroup->setTitle(tr("Brand"));
    m_audienceGroup->setTitle(tr("Audience"));
    m_voiceGroup->setTitle(tr("Voice and offer"));
    m_guardrailGroup->setTitle(tr("Guardrails"));
    m_defaultsGroup->setTitle(tr("Defaults and notes"));
    m_limitsGroup->setTitle(tr("Rule limits"));

    // Mnemonics avoid F, E, V and H, which open the menus.
    const QString labels[FieldCount] = {
            tr("Brand &name:"),         tr("&Sector:"),           tr("&Platform:"),
            tr("&Age range:"),          tr("&Gender:"),           tr("&Location:"),
            tr("Pain po&ints:"),        tr("&Brand voice:"),      tr("&Offer:"),
            tr("CTA st&yle:"),          tr("Do-not-&use words:"), tr("Co&mpetitors:"),
            tr("&Required hashtags:"),  tr("&Default language:"), tr("No&tes:"),
            tr("Brand's own &limits:"),
    };
    QWidget* const widgets[FieldCount] = {m_name,     m_sector,   m_platform,   m_ageRange,
                                          m_gender,   m_location, m_painPoints, m_voices->listWidget(),
                                          m_offer,    m_ctaStyle, m_doNotUse,   m_competitors,
                                          m_hashtags, m_language, m_notes,      m_limits};
    for (int f = 0; f < FieldCount; ++f) {
        m_fields[f].label->setText(labels[f]);
        widgets[f]->setAccessibleName(fieldName(f));
    }
    // One label column for all groups, so the fields line up from group to group.
    int labelWidth = 0;
    for (const Field& f : std::as_const(m_fields))
        labelWidth = std::max(labelWidth, f.label->sizeHint().width());
    for (const Field& f : std::as_const(m_fields))
        f.label->setMinimumWidth(labelWidth);
    m_painPoints->setSubject(fieldName(PainPoints));
    m_doNotUse->setSubject(fieldName(DoNotUse));
    m_competitors->setSubject(fieldName(Competitors));
    m_hashtags->setSubject(fieldName(RequiredHashtags));

    m_name->setPlaceholderText(tr("e.g. FitLife Studio"));
    m_sector->lineEdit()->setPlaceholderText(tr("Pick or type a sector"));
    m_ageRange->setPlaceholderText(tr("e.g. 25-40"));
    m_gender->lineEdit()->setPlaceholderText(tr("Pick or type"));
    m_location->setPlaceholderText(tr("e.g. Mumbai, India"));
    m_painPoints->setPlaceholderText(tr("A problem your audience has; Enter adds it"));
    m_offer->setPlaceholderText(tr("What the brand offers, e.g. a free 7-day trial"));
    m_ctaStyle->lineEdit()->setPlaceholderText(tr("Pick or type a style"));
    m_doNotUse->setPlaceholderText(tr("A word or phrase scripts must avoid"));
    m_competitors->setPlaceholderText(tr("A competitor scripts must not name"));
    m_hashtags->setPlaceholderText(tr("e.g. #FitLife"));
    m_notes->setPlaceholderText(tr("Notes for your team; never sent to the model"));

    // What each field accepts, stated under it.
    const QString rules[FieldCount] = {
            tr("Required; at most %n characters.", nullptr, ProfileLimits::kNameMax),
            tr("Required. Scripts use the sector's safety rules and phrases."),
            QString(),
            tr("Like 25-40 or 55+, ages %1 to %2.").arg(ProfileLimits::kMinAge).arg(ProfileLimits::kMaxAge),
            QString(),
            QString(),
            tr("Each pain point is one short phrase in the language scripts are written in."),
            QString(),
            tr("Scripts name the offer; write it as you would say it to a customer."),
            QString(),
            tr("Also catches plurals and comparatives: “cheap” finds “cheaper” and “cheapest”, never words that only "
               "begin alike."),
            tr("Names scripts must not mention, matched as written."),
            tr("One word each, no spaces; # is added for you."),
            QString(),
            QString(),
            QString(),
    };
    for (int f = 0; f < FieldCount; ++f) {
        m_fields[f].rule->setText(rules[f]);
        m_fields[f].rule->setVisible(!rules[f].isEmpty());
    }

    m_sector->setToolTip(tr("Pick a sector or type your own; a new sector is remembered when you save"));
    m_platform->setToolTip(tr("The platform scripts are written for"));
    m_ctaStyle->setToolTip(tr("How the call to action asks; type your own style if none fits"));
    m_language->setToolTip(tr("The language scripts for this brand are written in by default"));
    m_doNotUse->setToolTip(tr("Scripts are checked for these words"));
    refillOptions();
    revalidate();
}

void ProfileEditor::refillOptions()
{
    const bool wasLoading = std::exchange(m_loading, true);
    const Catalog& catalog = m_catalog.catalog();
    m_sector->setOptions(catalogOptions(catalog, CatalogKind::Sector));
    m_platform->setOptions(catalogOptions(catalog, CatalogKind::Platform));
    m_ctaStyle->setOptions(catalogOptions(catalog, CatalogKind::CtaStyle));
    m_gender->setOptions({{QStringLiteral("any"), tr("Any")},
                          {QStringLiteral("female"), tr("Female")},
                          {QStringLiteral("male"), tr("Male")},
                          {QStringLiteral("non-binary"), tr("Non-binary")}});
    QList<ValueComboBox::Option> languages{{QString(), tr("Decided per request")}};
    languages.append(catalogOptions(catalog, CatalogKind::Language));
    m_language->setOptions(languages);
    m_voices->setCatalogVoices(catalog.entries(CatalogKind::Voice));
    m_loading = wasLoading;
}

} // namespace reel::ui
