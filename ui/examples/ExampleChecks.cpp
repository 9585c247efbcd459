#include "examples/ExampleChecks.h"

#include "editor/FindingSpans.h"
#include "editor/FindingText.h"
#include "editor/SectionEditor.h"
#include "editor/SeverityStyle.h"
#include "editor/ValidationService.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr int kFieldRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;

bool sameChecks(const ValidationContext& a, const ValidationContext& b)
{
    return a.profile == b.profile && a.request == b.request && a.language == b.language && a.pack == b.pack;
}

} // namespace

ExampleChecks::ExampleChecks(ValidationService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_intro(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("exampleChecks"));
    m_intro->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("checksSummary"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("checksList"));
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ExampleChecks::send);
    connect(&m_service, &ValidationService::scriptChecked, this, &ExampleChecks::onChecked);
    // Enter or a double click goes to the finding in its section.
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const auto field = ScriptField(item->data(kFieldRole).toInt());
        if (SectionEditor* editor = m_editors.value(field))
            editor->reveal(item->data(kIdRole).toULongLong());
    });
    retranslateUi();
}

void ExampleChecks::setEditors(const QMap<ScriptField, SectionEditor*>& editors)
{
    m_editors = editors;
}

void ExampleChecks::setContext(const ValidationContext& context)
{
    if (m_context && sameChecks(*m_context, context))
        return;
    m_context = context;
    m_service.setContext(context);
    schedule();
}

void ExampleChecks::restart(const ValidationContext& context)
{
    m_context = context;
    m_service.setContext(context);
    for (SectionEditor* editor : std::as_const(m_editors))
        editor->setFindings({});
    m_list->clear();
    m_upToDate = false;
    send();
}

void ExampleChecks::schedule()
{
    m_upToDate = false;
    updateSummary();
    m_debounce.start();
}

void ExampleChecks::send()
{
    m_debounce.stop();
    if (!m_context)
        return;
    ScriptSnapshot snapshot;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const int i = fieldIndex(it.key());
        snapshot.texts[i] = it.value()->toPlainText();
        snapshot.revisions[i] = it.value()->revision();
        Validator::setFieldText(snapshot.script, it.key(), snapshot.texts[i]);
    }
    m_sent = snapshot.revisions;
    m_upToDate = false;
    m_service.checkScript(std::move(snapshot));
    updateSummary();
}

void ExampleChecks::onChecked(const ScriptOutcome& outcome)
{
    // Only the answer to what the editors hold now.
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const int i = fieldIndex(it.key());
        if (outcome.revisions[i] != it.value()->revision() || outcome.revisions[i] != m_sent[i])
            return;
    }
    m_list->clear();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const int i = fieldIndex(it.key());
        QList<ShownFinding> shown;
        for (const Finding& f : spans::minus(outcome.own[i], outcome.suppressed[i]))
            shown.append({m_nextId++, f, false});
        for (const Finding& f : outcome.cross[i])
            shown.append({m_nextId++, f, true});
        std::stable_sort(shown.begin(), shown.end(), [](const ShownFinding& a, const ShownFinding& b) {
            return SeverityStyle::rank(a.finding.severity) > SeverityStyle::rank(b.finding.severity);
        });
        for (const ShownFinding& s : std::as_const(shown)) {
            //: a finding in the checks list: %1 the section (Hook, Body…), %2 what is wrong
            auto* item = new QListWidgetItem(SeverityStyle::icon(s.finding.severity),
                                             tr("%1: %2").arg(FindingText::sectionName(s.finding.field),
                                                              FindingText::message(s.finding)));
            item->setToolTip(FindingText::toolTip(s.finding));
            item->setData(kFieldRole, int(it.key()));
            item->setData(kIdRole, s.id);
            m_list->addItem(item);
        }
        it.value()->setFindings(std::move(shown));
    }
    m_upToDate = true;
    updateSummary();
}

QList<Finding> ExampleChecks::findings() const
{
    QList<Finding> out;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem* item = m_list->item(row);
        const SectionEditor* editor = m_editors.value(ScriptField(item->data(kFieldRole).toInt()));
        if (!editor)
            continue;
        for (const ShownFinding& s : editor->findings()) {
            if (s.id == item->data(kIdRole).toULongLong())
                out.append(s.finding);
        }
    }
    return out;
}

void ExampleChecks::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The findings' texts are made when they arrive: check again to have them in the new language.
        schedule();
    }
}

void ExampleChecks::retranslateUi()
{
    m_intro->setText(tr("Checks against the platform's rules, as the Script Editor makes them. They help you judge "
                        "the example; they do not stop you saving it."));
    m_list->setAccessibleName(tr("Checks"));
    updateSummary();
}

void ExampleChecks::updateSummary()
{
    if (!m_upToDate) {
        m_summary->setText(tr("Checking…"));
        return;
    }
    int errors = 0;
    int warnings = 0;
    int notes = 0;
    for (const SectionEditor* editor : std::as_const(m_editors)) {
        for (const ShownFinding& s : editor->findings()) {
            if (s.finding.severity == Severity::Error)
                ++errors;
            else if (s.finding.severity == Severity::Warning)
                ++warnings;
            else
                ++notes;
        }
    }
    if (errors + warnings + notes == 0) {
        m_summary->setText(tr("No problems found."));
        return;
    }
    QStringList parts;
    if (errors > 0)
        parts.append((errors == 1 ? tr("%n error", nullptr, errors) : tr("%n errors", nullptr, errors)));
    if (warnings > 0)
        parts.append((warnings == 1 ? tr("%n warning", nullptr, warnings) : tr("%n warnings", nullptr, warnings)));
    if (notes > 0)
        parts.append((notes == 1 ? tr("%n note", nullptr, notes) : tr("%n notes", nullptr, notes)));
    m_summary->setText(parts.join(tr(", ")));
}

} // namespace reel::ui
