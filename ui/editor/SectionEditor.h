#pragma once

#include "editor/ValidationTypes.h"

#include <QPlainTextEdit>

class QMenu;

namespace reel::ui {

class FindingHighlighter;
class ValidationService;

/// The text editor of one script section: its findings underlined, their message and fix in a
/// tooltip, fixes and spelling suggestions in the context menu. Fixes are applied as one edit
/// block, so one undo takes them back.
class SectionEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    enum class Lines
    {
        Many,
        One ///< Enter does nothing, pasted line breaks become spaces (hashtags, thumbnail text)
    };

    SectionEditor(reel::ScriptField field, Lines lines, QWidget* parent = nullptr);

    reel::ScriptField field() const { return m_field; }
    FindingHighlighter* highlighter() const { return m_highlighter; }
    /// Counts text edits; a check's outcome applies only to the revision it was made for.
    quint64 revision() const;

    /// Replaces the text as a fresh start: no findings, no undo history, not modified.
    void load(const QString& text);
    void setFindings(QList<ShownFinding> findings);
    const QList<ShownFinding>& findings() const;

    /// Applies the quick fix of finding `id`; false when it has none (or its text changed).
    bool applyFix(quint64 id);
    /// Moves the focus here and selects the first span of finding `id` (the start when it has none).
    bool reveal(quint64 id);
    /// Replaces `span` with `text` as one undo step (a spelling suggestion).
    void replace(reel::text::Span span, const QString& text);

    /// Where spelling suggestions come from (asked when the submenu opens).
    void setSuggestionService(ValidationService* service) { m_service = service; }

    /// The tooltip for the character at `position`: each finding's message and fix.
    QString toolTipAt(int position) const;
    /// The context menu for the character at `position`: fixes and spelling suggestions first,
    /// then the usual editing actions. The caller owns it.
    QMenu* createContextMenu(int position, const QPoint& viewportPos);

signals:
    /// The user changed the text (not a load, not highlighting).
    void edited(reel::ScriptField field);

protected:
    bool viewportEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

private:
    int characterAt(const QPoint& viewportPos) const;
    void addSuggestions(QMenu* menu, const ShownFinding& shown);

    reel::ScriptField m_field;
    Lines m_lines;
    FindingHighlighter* m_highlighter;
    ValidationService* m_service = nullptr;
    bool m_loading = false;
};

} // namespace reel::ui
