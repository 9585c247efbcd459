#pragma once

#include "common/Error.h"
#include "llm/ApiTypes.h"
#include "model/ReelScript.h"
#include "store/ScriptStore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTextBrowser;

namespace reel::ui {

/// One variant of a generation, in a tab of the Generate page: how far it is (writing, repair
/// attempt n and its problems, done, failed, stopped), who wrote it (provider, model, tokens,
/// cost, time — or the offline composer, and why when it stood in for the server), and the
/// script itself, read-only, section by section as it streams in.
class VariantView : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Waiting,
        Writing,
        Done,
        Failed,
        Stopped
    };

    explicit VariantView(int index, QWidget* parent = nullptr);

    int index() const { return m_index; }
    State state() const { return m_state; }
    /// The script as far as it has arrived (complete once done).
    const reel::ReelScript& script() const { return m_script; }
    /// The saved record, once done.
    const std::optional<reel::GenerationRecord>& record() const { return m_record; }
    const std::optional<reel::Error>& failure() const { return m_failure; }
    /// The title for the variant's tab: "Variant 2", "Variant 2 — 96", "Variant 2 — failed".
    QString title() const;

    /// The model's provider and model, shown until the variant is done.
    void setWriter(const QString& provider, const QString& model);
    void setAttempt(int attempt, const QStringList& problems);
    void setPartial(const reel::ReelScript& partial);
    void setFellBack(const reel::ApiFailure& cause);
    void setDone(const reel::GenerationRecord& record);
    void setFailed(const reel::Error& error);
    void setStopped();

    /// The preview's text as shown (for tests and screen readers).
    QString previewText() const;

signals:
    void titleChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTexts();
    void updatePreview();

    int m_index;
    State m_state = State::Waiting;
    reel::ReelScript m_script;
    std::optional<reel::GenerationRecord> m_record;
    std::optional<reel::Error> m_failure;
    std::optional<reel::ApiFailure> m_fellBack;
    QString m_provider;
    QString m_model;
    int m_attempt = 1;
    QStringList m_problems;

    QLabel* m_status;
    QLabel* m_writer;
    QTextBrowser* m_preview;
};

} // namespace reel::ui
