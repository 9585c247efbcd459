#pragma once

#include "model/BrandProfile.h"
#include "model/FieldError.h"

#include <QList>
#include <QSet>
#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace reel {
class CatalogStore;
class RulePack;
} // namespace reel

namespace reel::ui {

class FieldErrorLabel;
class StringListEditor;
class ValueComboBox;
class VoicePicker;
class RuleLimitsEditor;

/// The brand profile form. Checks the profile with reel::checkProfile() on every edit and shows
/// each problem under its field; knows whether the form differs from the profile it was given.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileEditor(reel::CatalogStore& catalog, QWidget* parent = nullptr);

    /// Shows `profile`. A new profile shows "required" errors only once a field was edited.
    void setProfile(const reel::BrandProfile& profile, bool isNew);
    /// The profile as the form shows it; members the form does not know are kept.
    reel::BrandProfile profile() const;
    /// What setProfile() was given (or what was saved since).
    const reel::BrandProfile& savedProfile() const { return m_saved; }
    void setSavedProfile(const reel::BrandProfile& saved);

    bool isNew() const { return m_isNew; }
    bool isModified() const { return profile() != m_saved; }
    bool hasErrors() const { return !m_errors.isEmpty() || !m_nameError.isEmpty(); }
    reel::FieldErrors errors() const { return m_errors; }
    /// The names of the fields that need fixing, in form order.
    QStringList problemFields() const;

    /// An error about the name that only the store can know (another profile has it). It stays
    /// until the name is edited.
    void setNameError(const QString& text);
    /// Shows every problem, also on fields the user has not edited yet.
    void revealAllErrors();
    void focusBrandName();
    /// The rule pack whose limits the brand may override.
    void setRulePack(const reel::RulePack& pack);

signals:
    /// The user changed something (the form's value, validity or modified state may differ).
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum FieldId
    {
        BrandName,
        Sector,
        Platform,
        AgeRange,
        Gender,
        Location,
        PainPoints,
        BrandVoice,
        Offer,
        CtaStyle,
        DoNotUse,
        Competitors,
        RequiredHashtags,
        DefaultLanguage,
        Notes,
        RuleOverrides,
        FieldCount
    };
    struct Field
    {
        QString path;
        QLabel* label = nullptr;
        FieldErrorLabel* error = nullptr;
        QLabel* rule = nullptr; ///< what the field accepts, under it (hidden when it says nothing)
    };

    void buildUi();
    QWidget* addRow(QFormLayout* form, FieldId id, const char* path, QWidget* field, const QString& errorName);
    void connectEdits();
    void fieldEdited(FieldId id);
    void revalidate();
    void retranslateUi();
    void refillOptions();
    int fieldOf(const QString& path) const;
    QString fieldName(int field) const;

    reel::CatalogStore& m_catalog;
    reel::BrandProfile m_saved;
    bool m_isNew = true;
    bool m_revealAll = false;
    bool m_loading = false;
    QSet<int> m_touched;
    reel::FieldErrors m_errors;
    QString m_nameError;
    QList<Field> m_fields;

    QLabel* m_formError = nullptr;
    QGroupBox* m_brandGroup = nullptr;
    QGroupBox* m_audienceGroup = nullptr;
    QGroupBox* m_voiceGroup = nullptr;
    QGroupBox* m_guardrailGroup = nullptr;
    QGroupBox* m_defaultsGroup = nullptr;
    QGroupBox* m_limitsGroup = nullptr;
    QLineEdit* m_name = nullptr;
    ValueComboBox* m_sector = nullptr;
    ValueComboBox* m_platform = nullptr;
    QLineEdit* m_ageRange = nullptr;
    ValueComboBox* m_gender = nullptr;
    QLineEdit* m_location = nullptr;
    StringListEditor* m_painPoints = nullptr;
    VoicePicker* m_voices = nullptr;
    QPlainTextEdit* m_offer = nullptr;
    ValueComboBox* m_ctaStyle = nullptr;
    StringListEditor* m_doNotUse = nullptr;
    StringListEditor* m_competitors = nullptr;
    StringListEditor* m_hashtags = nullptr;
    ValueComboBox* m_language = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    RuleLimitsEditor* m_limits = nullptr;
    // The texts the line edits were loaded with, to read them back unchanged.
    QString m_loadedName, m_loadedAge, m_loadedLocation;
};

} // namespace reel::ui
