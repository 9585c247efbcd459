#include "editor/SectionEditor.h"

#include "editor/FindingHighlighter.h"
#include "editor/FindingText.h"
#include "editor/ValidationService.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
#include <QTextBlock>
#include <QToolTip>

#include <algorithm>

namespace reel::ui {

SectionEditor::SectionEditor(ScriptField field, Lines lines, QWidget* parent)
    : QPlainTextEdit(parent)
    , m_field(field)
    , m_lines(lines)
    , m_highlighter(new FindingHighlighter(document()))
{
    setTabChangesFocus(true);
    if (m_lines == Lines::One) {
        // Like a line edit: one line that scrolls sideways with the cursor, no scroll bars.
        setLineWrapMode(QPlainTextEdit::NoWrap);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    connect(m_highlighter, &FindingHighlighter::textEdited, this, [this] {
        if (!m_loading)
            emit edited(m_field);
    });
}

quint64 SectionEditor::revision() const
{
    return m_highlighter->revision();
}

void SectionEditor::load(const QString& text)
{
    m_loading = true;
    m_highlighter->setFindings({});
    setPlainText(text); // also clears the undo history
    document()->setModified(false);
    m_loading = false;
}

void SectionEditor::setFindings(QList<ShownFinding> findings)
{
    m_highlighter->setFindings(std::move(findings));
}

const QList<ShownFinding>& SectionEditor::findings() const
{
    return m_highlighter->findings();
}

bool SectionEditor::applyFix(quint64 id)
{
    const ShownFinding* shown = m_highlighter->find(id);
    if (!shown || !shown->finding.fix)
        return false;
    QList<TextEdit> edits;
    for (const TextEdit& edit : shown->finding.fix->edits) {
        if (edit.field == m_field)
            edits.append(edit);
    }
    if (edits.isEmpty())
        return false;
    // Later edits first, so that the earlier offsets stay valid.
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit& a, const TextEdit& b) { return a.span.start > b.span.start; });
    const int length = document()->characterCount() - 1;
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (const TextEdit& edit : std::as_const(edits)) {
        const int start = std::clamp(int(edit.span.start), 0, length);
        const int end = std::clamp(int(edit.span.end()), start, length);
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.insertText(edit.replacement);
    }
    cursor.endEditBlock();
    QTextCursor caret(document());
    caret.setPosition(std::min(int(edits.constLast().span.start + edits.constLast().replacement.size()),
                               document()->characterCount() - 1));
    setTextCursor(caret);
    return true;
}

bool SectionEditor::reveal(quint64 id)
{
    const ShownFinding* shown = m_highlighter->find(id);
    if (!shown)
        return false;
    QTextCursor cursor(document());
    if (!shown->finding.spans.isEmpty()) {
        const text::Span span = shown->finding.spans.constFirst();
        const int length = document()->characterCount() - 1;
        cursor.setPosition(std::clamp(int(span.start), 0, length));
        cursor.setPosition(std::clamp(int(span.end()), 0, length), QTextCursor::KeepAnchor);
    }
    setTextCursor(cursor);
    ensureCursorVisible();
    setFocus(Qt::OtherFocusReason);
    return true;
}

void SectionEditor::replace(text::Span span, const QString& text)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(int(span.start));
    cursor.setPosition(int(span.end()), QTextCursor::KeepAnchor);
    cursor.insertText(text);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

QString SectionEditor::toolTipAt(int position) const
{
    QStringList parts;
    for (const ShownFinding& shown : m_highlighter->findingsAt(position))
        parts.append(FindingText::toolTip(shown.finding));
    return parts.join(QStringLiteral("\n\n"));
}

int SectionEditor::characterAt(const QPoint& viewportPos) const
{
    const QTextCursor cursor = cursorForPosition(viewportPos);
    const QRect caret = cursorRect(cursor);
    // cursorForPosition() gives the nearest gap between characters; the character under the
    // pointer is the one before that gap when the pointer is left of it.
    int position = cursor.position();
    const bool rightToLeft = cursor.block().textDirection() == Qt::RightToLeft;
    if ((rightToLeft ? viewportPos.x() > caret.x() : viewportPos.x() < caret.x()) && position > 0)
        --position;
    return position;
}

bool SectionEditor::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(characterAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

QMenu* SectionEditor::createContextMenu(int position, const QPoint& viewportPos)
{
    QMenu* menu = createStandardContextMenu(viewportPos);
    QAction* first = menu->actions().value(0);
    const QList<ShownFinding> here = m_highlighter->findingsAt(position);
    bool added = false;
    for (const ShownFinding& shown : here) {
        if (shown.finding.fix) {
            auto* fix = new QAction(FindingText::fixLabel(*shown.finding.fix), menu);
            fix->setToolTip(FindingText::message(shown.finding));
            const quint64 id = shown.id;
            connect(fix, &QAction::triggered, this, [this, id] { applyFix(id); });
            menu->insertAction(first, fix);
            added = true;
        }
        if (shown.finding.code == u"spelling" && !shown.finding.spans.isEmpty() && m_service) {
            addSuggestions(menu, shown);
            added = true;
        }
    }
    if (added)
        menu->insertSeparator(first);
    return menu;
}

void SectionEditor::addSuggestions(QMenu* menu, const ShownFinding& shown)
{
    QMenu* sub = new QMenu(tr("Spelling Suggestions"), menu);
    sub->setObjectName(QStringLiteral("spellingSuggestionsMenu"));
    QAction* waiting = sub->addAction(tr("Looking up…"));
    waiting->setEnabled(false);
    menu->insertMenu(menu->actions().value(0), sub);

    const text::Span span = shown.finding.spans.constFirst();
    const QString word = shown.finding.args.value(0);
    QPointer<ValidationService> service = m_service;
    // Asked when the submenu opens (a lookup costs tens of milliseconds on the worker); the answer
    // fills the submenu if it is still there.
    connect(sub, &QMenu::aboutToShow, sub, [this, sub, waiting, span, word, service] {
        if (!service || sub->property("asked").toBool())
            return;
        sub->setProperty("asked", true);
        const quint64 asked = service->suggest(word);
        connect(service.data(), &ValidationService::suggestionsReady, sub,
                [this, sub, waiting, span, asked](quint64 id, const QString&, const QStringList& words) {
                    if (id != asked)
                        return;
                    sub->removeAction(waiting);
                    waiting->deleteLater();
                    if (words.isEmpty()) {
                        sub->addAction(tr("No suggestions"))->setEnabled(false);
                        return;
                    }
                    for (const QString& suggestion : words) {
                        QAction* use = sub->addAction(suggestion);
                        connect(use, &QAction::triggered, this,
                                [this, span, suggestion] { replace(span, suggestion); });
                    }
                });
    });
}

void SectionEditor::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu* menu = createContextMenu(characterAt(event->pos()), event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // popup(), not exec(): no nested event loop while the menu is open.
    menu->popup(event->globalPos());
}

void SectionEditor::keyPressEvent(QKeyEvent* event)
{
    if (m_lines == Lines::One && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->ignore(); // a dialog's default button, if any, still gets it
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void SectionEditor::insertFromMimeData(const QMimeData* source)
{
    if (m_lines == Lines::One && source->hasText()) {
        QString text = source->text();
        text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
        text.replace(u'\n', u' ');
        text.replace(u'\r', u' ');
        insertPlainText(text);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

} // namespace reel::ui
