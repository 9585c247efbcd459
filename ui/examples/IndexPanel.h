#pragma once

#include "common/Error.h"
#include "rag/IndexService.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>
#include <utility>

class QLabel;
class QProgressBar;
class QPushButton;

namespace reel::ui {

/// The retrieval index at a glance: its state (with the reason when it failed), the embedder
/// it is made with, Rebuild, and while a rebuild runs its progress, the time left and Cancel.
class IndexPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IndexPanel(reel::IndexService& service, QWidget* parent = nullptr);

    QLabel* stateLabel() const { return m_state; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* rebuildButton() const { return m_rebuild; }
    QPushButton* cancelButton() const { return m_cancel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onState(reel::IndexService::State state);
    void onProgress(qint64 done, qint64 total, double etaSeconds);
    void updateTexts();

    reel::IndexService& m_service;
    std::optional<reel::Error> m_failure;
    reel::IndexService::State m_lastState = reel::IndexService::State::Unknown;
    qint64 m_done = 0;
    qint64 m_total = 0;
    double m_eta = -1;
    QElapsedTimer m_rebuildClock;
    /// The last rebuild that finished: examples indexed and seconds taken (none until one has).
    std::optional<std::pair<qint64, double>> m_rebuilt;

    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_embedder;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QLabel* m_result; ///< "Index rebuilt: 238 examples in 0.4 s" after a rebuild
    QPushButton* m_rebuild;
    QPushButton* m_cancel;
};

} // namespace reel::ui
