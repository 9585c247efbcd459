#pragma once

#include "editor/ValidationTypes.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;

namespace reel::ui {

class SectionEditor;
class ValidationService;

/// The platform's rules applied to the example being edited, as the Script Editor applies them
/// to a script: a short pause after typing sends the sections to the ValidationService; the
/// findings are underlined in the section editors (with their fixes in the context menu) and
/// listed here. Outcomes for text that has changed since are dropped.
class ExampleChecks : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    ExampleChecks(ValidationService& service, QWidget* parent = nullptr);

    /// The editors of the sections the example has (hook, body, CTA, caption, hashtags).
    void setEditors(const QMap<reel::ScriptField, SectionEditor*>& editors);
    /// What the checks depend on; a change rebuilds the worker's Validator.
    void setContext(const reel::ValidationContext& context);
    /// Forgets everything (a new example is shown) and checks it.
    void restart(const reel::ValidationContext& context);
    /// Checks after the pause (call on every edit).
    void schedule();

    bool isUpToDate() const { return m_upToDate; }
    /// The findings shown, in list order.
    QList<reel::Finding> findings() const;
    QListWidget* list() const { return m_list; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void send();
    void onChecked(const ScriptOutcome& outcome);
    void updateSummary();
    void retranslateUi();

    ValidationService& m_service;
    QMap<reel::ScriptField, SectionEditor*> m_editors;
    std::optional<reel::ValidationContext> m_context;
    QTimer m_debounce;
    bool m_upToDate = false;
    quint64 m_nextId = 1;
    PerField<quint64> m_sent{};

    QLabel* m_intro;
    QLabel* m_summary;
    QListWidget* m_list;
};

} // namespace reel::ui
