#pragma once

#include "model/BrandProfile.h"
#include "model/ScriptRequest.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;

namespace reel {
class CatalogStore;
class ProfileStore;
} // namespace reel

namespace reel::ui {

class ProfileListModel;
class ValueComboBox;

/// What to write, on the Generate page: the brand profile (from the workspace, following its
/// changes, with a way to edit it) and the request — goal, hook type, emotion, length, language,
/// call to action, topic or angle — and how many variants. The last request is remembered.
class GenerateForm : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMaxVariants = 5;

    GenerateForm(reel::ProfileStore& profiles, reel::CatalogStore& catalog, QWidget* parent = nullptr);
    ~GenerateForm() override;

    /// The chosen profile's id (0 when the workspace has none).
    qint64 profileId() const { return m_profileId; }
    const reel::BrandProfile& profile() const { return m_profile; }
    /// Chooses profile `id`; false when there is none.
    bool selectProfile(qint64 id);

    /// The request as set; `language` holds a catalog id ("en", "ja", …).
    reel::ScriptRequest request() const;
    /// Shows `request` (no change is signalled).
    void setRequest(const reel::ScriptRequest& request);
    int variants() const;
    void setVariants(int variants);

    QComboBox* profileCombo() const { return m_profileCombo; }

signals:
    /// The profile or the request changed (by the user, or the profile in the workspace).
    void changed();
    /// "Edit…" was clicked for profile `id` (0: there is none yet).
    void editProfileRequested(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void refillOptions();
    void loadCurrentProfile();
    void onStoredProfileChanged(qint64 id);
    void restore();
    void remember() const;
    void edited();

    reel::ProfileStore& m_profiles;
    reel::CatalogStore& m_catalog;
    ProfileListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    reel::BrandProfile m_profile;
    qint64 m_profileId = 0;
    bool m_updating = false;

    QLabel* m_profileLabel = nullptr;
    QComboBox* m_profileCombo = nullptr;
    QPushButton* m_editProfile = nullptr;
    QLabel* m_goalLabel = nullptr;
    ValueComboBox* m_goal = nullptr;
    QLabel* m_hookTypeLabel = nullptr;
    ValueComboBox* m_hookType = nullptr;
    QLabel* m_emotionLabel = nullptr;
    ValueComboBox* m_emotion = nullptr;
    QLabel* m_lengthLabel = nullptr;
    QSpinBox* m_length = nullptr;
    QLabel* m_languageLabel = nullptr;
    ValueComboBox* m_language = nullptr;
    QLabel* m_ctaLabel = nullptr;
    QLineEdit* m_cta = nullptr;
    QLabel* m_topicLabel = nullptr;
    QPlainTextEdit* m_topic = nullptr;
    QLabel* m_variantsLabel = nullptr;
    QSpinBox* m_variants = nullptr;
};

} // namespace reel::ui
