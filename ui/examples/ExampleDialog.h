#pragma once

#include "model/Example.h"
#include "validate/Finding.h"

#include <QDialog>
#include <QMap>
#include <QTimer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace reel {
class IndexService;
class Workspace;
struct ValidationContext;
} // namespace reel

namespace reel::ui {

class ExampleChecks;
class FieldErrorLabel;
class Prompter;
class SectionEditor;
class ValidationService;
class ValueComboBox;

/// Add or edit one example: its sections (checked against the platform's rules as you type),
/// what it is (sector, hook type, emotion, goal, CTA style, language, length) and, when known,
/// how the Reel did. Saving refuses an empty required field (said under the field) and an exact
/// duplicate (naming the example that holds the script), and asks before saving a script that is
/// nearly the same as one in the library.
class ExampleDialog : public QDialog
{
    Q_OBJECT

public:
    /// How alike two scripts must be (cosine similarity) to be called nearly the same.
    static constexpr float kNearThreshold = 0.9f;
    /// How long Save waits for the index's answer before saving without it.
    static constexpr int kNearTimeoutMs = 5000;

    ExampleDialog(reel::Workspace& workspace, reel::IndexService& index, ValidationService& validation,
                  Prompter& prompter, QWidget* parent = nullptr);
    ~ExampleDialog() override;

    /// A new example, starting from `defaults` (the language and sector the list is filtered to).
    void startNew(const reel::Example& defaults);
    /// The stored `example`.
    void startEdit(const reel::Example& example);

    bool isNew() const { return m_id == 0; }
    qint64 exampleId() const { return m_id; }
    /// The example as the form holds it.
    reel::Example example() const;
    bool isModified() const;
    /// True while Save waits for the near-duplicate check.
    bool isCheckingNearDuplicates() const { return m_ticket != 0; }
    ExampleChecks* checks() const { return m_checks; }

    /// Checks and stores the example; closes the dialog when it was saved.
    void save();

signals:
    void saved(qint64 id, bool added);
    void statusMessage(const QString& text, int timeoutMs);

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    void load(const reel::Example& example);
    reel::ValidationContext validationContext() const;
    void onEdited();
    void showFieldErrors(const reel::FieldErrors& errors, bool focus);
    void onNearDuplicates(quint64 ticket, const QList<QPair<qint64, float>>& duplicates);
    void store(const reel::Example& example, const QString& note);
    void setChecking(bool checking);
    void learnCatalogValues(const reel::Example& example);

    reel::Workspace& m_workspace;
    reel::IndexService& m_index;
    Prompter& m_prompter;
    qint64 m_id = 0;
    reel::Example m_original;
    bool m_revealErrors = false;
    quint64 m_ticket = 0;
    reel::Example m_pending;
    QTimer m_nearTimeout;

    QLabel* m_duplicateLabel = nullptr;
    QMap<reel::ScriptField, SectionEditor*> m_sections;
    QMap<reel::ScriptField, QLabel*> m_sectionLabels;
    ValueComboBox* m_sector = nullptr;
    ValueComboBox* m_hookType = nullptr;
    ValueComboBox* m_emotion = nullptr;
    ValueComboBox* m_goal = nullptr;
    ValueComboBox* m_ctaStyle = nullptr;
    ValueComboBox* m_language = nullptr;
    QSpinBox* m_length = nullptr;
    QMap<QString, QLineEdit*> m_counts; ///< views, likes, comments, shares, saves
    QMap<QString, QLabel*> m_countLabels;
    QLabel* m_source = nullptr;
    QMap<QString, FieldErrorLabel*> m_errors; ///< by importer field key
    QFormLayout* m_metaForm = nullptr;
    QLabel* m_engagementTitle = nullptr;
    QLabel* m_checksTitle = nullptr;
    ExampleChecks* m_checks = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace reel::ui
