#pragma once

#include "model/BrandProfile.h"
#include "model/ScriptRequest.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QSpinBox;

namespace reel {
class CatalogStore;
class ProfileStore;
} // namespace reel

namespace reel::ui {

class ProfileListModel;
class ValueComboBox;

/// What the script is for: the brand profile (from the workspace, following its changes) and
/// the request (hook type, emotion, goal, length, language, topic).
class RequestBar : public QWidget
{
    Q_OBJECT

public:
    RequestBar(reel::ProfileStore& profiles, reel::CatalogStore& catalog, QWidget* parent = nullptr);

    /// The chosen profile (0 and an empty profile when the workspace has none).
    qint64 profileId() const;
    const reel::BrandProfile& profile() const { return m_profile; }
    /// Chooses the profile named `name` (ignoring case); false when there is none.
    bool selectProfile(const QString& name);

    /// The request as set; `language` holds a catalog id ("en", "ja", …).
    reel::ScriptRequest request() const;
    /// Shows `request` (no change is signalled). An unknown or empty language keeps the current one.
    void setRequest(const reel::ScriptRequest& request);
    QComboBox* profileCombo() const { return m_profileCombo; }
    QComboBox* languageCombo() const;

signals:
    /// The chosen profile changed, or the chosen profile was edited in the workspace.
    void profileChanged();
    /// The user changed the request.
    void requestEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void refillOptions();
    void loadCurrentProfile();
    void onStoredProfileChanged(qint64 id);

    reel::ProfileStore& m_profiles;
    reel::CatalogStore& m_catalog;
    ProfileListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    reel::BrandProfile m_profile;
    qint64 m_profileId = 0;
    bool m_updating = false;

    QComboBox* m_profileCombo = nullptr;
    ValueComboBox* m_hookType = nullptr;
    ValueComboBox* m_emotion = nullptr;
    ValueComboBox* m_goal = nullptr;
    QSpinBox* m_length = nullptr;
    ValueComboBox* m_language = nullptr;
    QLineEdit* m_topic = nullptr;
    QLabel* m_profileLabel = nullptr;
    QLabel* m_hookTypeLabel = nullptr;
    QLabel* m_emotionLabel = nullptr;
    QLabel* m_goalLabel = nullptr;
    QLabel* m_lengthLabel = nullptr;
    QLabel* m_languageLabel = nullptr;
    QLabel* m_topicLabel = nullptr;
};

} // namespace reel::ui
