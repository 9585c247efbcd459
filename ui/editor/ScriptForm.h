#pragma once

#include "editor/ValidationTypes.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace reel::ui {

class GaugeBar;
class SectionEditor;
class ShotsModel;

/// The script's sections, top to bottom: hook, body, CTA, caption, hashtags, on-screen text,
/// shots and thumbnail text, each with its label; the caption and hashtag counters sit on their
/// sections' header lines.
class ScriptForm : public QWidget
{
    Q_OBJECT

public:
    explicit ScriptForm(QWidget* parent = nullptr);

    /// The section's editor; nullptr for the shot list (a table).
    SectionEditor* editor(reel::ScriptField field) const;
    ShotsModel* shots() const { return m_shots; }
    QTableView* shotsTable() const { return m_shotsTable; }
    GaugeBar* captionCounter() const { return m_captionCounter; }
    GaugeBar* hashtagCounter() const { return m_hashtagCounter; }

    /// Shows `script` as a fresh start (no undo history, not modified).
    void load(const reel::ReelScript& script);
    /// The script the sections hold; members the editor does not know come from `base`.
    reel::ReelScript script(const reel::ReelScript& base = {}) const;
    /// A section's text exactly as its editor holds it (what finding spans count in); for the
    /// shot list, the voice-overs joined by newlines.
    QString text(reel::ScriptField field) const;
    quint64 revision(reel::ScriptField field) const;
    bool isEmpty() const;
    bool isModified() const;
    void setUnmodified();

    void setCaptionCount(qsizetype count, int limit, int fold);
    void setHashtagCount(int count, int cap);
    /// The language the script is written in (input methods, text direction).
    void setScriptLanguage(const QString& code);
    /// Scrolls the section into view (the form sits in a scroll area).
    QWidget* sectionWidget(reel::ScriptField field) const;

signals:
    /// The user changed a section.
    void edited(reel::ScriptField field);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildUi();
    void retranslateUi();
    SectionEditor* addSection(reel::ScriptField field, int lines, bool singleLine, const QString& name,
                              QWidget* headerExtra = nullptr);

    PerField<SectionEditor*> m_editors{};
    PerField<QLabel*> m_labels{};
    PerField<QWidget*> m_sections{};
    ShotsModel* m_shots;
    QTableView* m_shotsTable = nullptr;
    QToolButton* m_addShot = nullptr;
    QToolButton* m_removeShot = nullptr;
    GaugeBar* m_captionCounter = nullptr;
    GaugeBar* m_hashtagCounter = nullptr;
    bool m_shotsModified = false;
};

} // namespace reel::ui
