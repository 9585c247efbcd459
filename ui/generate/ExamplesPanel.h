#pragma once

#include "model/BrandProfile.h"
#include "model/Example.h"
#include "model/ScriptRequest.h"
#include "rag/Retriever.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTimer;
class QTreeView;

namespace reel {
class IndexService;
struct Error;
} // namespace reel

namespace reel::ui {

class ExamplePicksModel;

/// The library examples the model will be shown, refreshed a moment after the profile or the
/// request changes (retrieval runs on the index's worker thread): each with its hook, what it is,
/// its similarity and why it was chosen, to pin (always send) or exclude (never send).
class ExamplesPanel : public QWidget
{
    Q_OBJECT

public:
    /// The pause after the last change before the examples are looked up.
    static constexpr int kDebounceMs = 350;

    explicit ExamplesPanel(reel::IndexService& index, QWidget* parent = nullptr);
    ~ExamplesPanel() override;

    ExamplePicksModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

    /// Looks the examples up for `profile` and `request` after kDebounceMs.
    void requestExamples(const reel::BrandProfile& profile, const reel::ScriptRequest& request);
    /// Looks them up now (the pause is skipped).
    void refreshNow();
    /// True when the list answers the latest profile and request.
    bool isUpToDate() const;
    /// What the prompt gets (pins first).
    QList<reel::Example> chosen() const;

signals:
    /// The list answers the latest request (or the lookup failed).
    void upToDate();
    /// The examples that would be sent changed.
    void choiceChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void retrieve();
    void onRetrieved(quint64 ticket, const QList<reel::RetrievedExample>& examples);
    void onFailed(quint64 ticket, const reel::Error& error);
    void togglePinned();
    void toggleExcluded();
    void updateButtons();
    void updateState();

    reel::IndexService& m_index;
    ExamplePicksModel* m_model;
    QTimer* m_debounce;
    reel::RetrievalRequest m_request;
    bool m_haveRequest = false;
    int m_askedFor = 0;
    quint64 m_ticket = 0;
    std::optional<QString> m_failure;
    qint64 m_keptCurrent = 0;

    QLabel* m_title = nullptr;
    QLabel* m_state = nullptr;
    QTreeView* m_view = nullptr;
    QPushButton* m_pin = nullptr;
    QPushButton* m_exclude = nullptr;
};

} // namespace reel::ui
