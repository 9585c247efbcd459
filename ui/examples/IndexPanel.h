#pragma once

#include "common/Error.h"
#include "rag/IndexService.h"

#include <QWidget>

#include <optional>

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

    QLabel* m_title;
    QLabel* m_state;
    QLabel* m_embedder;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_rebuild;
    QPushButton* m_cancel;
};

} // namespace reel::ui
