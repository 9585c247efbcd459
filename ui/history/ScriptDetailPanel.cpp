#include "history/ScriptDetailPanel.h"

#include "common/CatalogText.h"
#include "common/ErrorText.h"
#include "common/WorkflowText.h"
#include "history/HistoryText.h"
#include "history/PerformancePanel.h"
#include "history/RatingPanel.h"
#include "history/StatusPanel.h"
#include "history/VersionsPanel.h"
#include "store/Workspace.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QLabel* infoLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ScriptDetailPanel::ScriptDetailPanel(Workspace& workspace, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(infoLabel("detailTitleLabel", this))
    , m_facts(infoLabel("detailFactsLabel", this))
    , m_provenance(infoLabel("detailProvenanceLabel", this))
    , m_tabs(new QTabWidget(this))
    , m_script(new QTextBrowser(this))
    , m_status(new StatusPanel(workspace.database(), this))
    , m_rating(new RatingPanel(workspace, this))
    , m_performance(new PerformancePanel(workspace, this))
    , m_versions(new VersionsPanel(workspace.database(), prompter, this))
{
    setObjectName(QStringLiteral("scriptDetailPanel"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_script->setObjectName(QStringLiteral("detailScriptView"));
    m_script->setOpenLinks(false);
    m_tabs->addTab(m_script, QString());
    m_tabs->addTab(m_status, QString());
    m_tabs->addTab(m_rating, QString());
    m_tabs->addTab(m_performance, QString());
    m_tabs->addTab(m_versions, QString());

    const auto changed = [this](qint64 id) {
        if (id == m_id)
            reload();
        emit scriptChanged(id);
    };
    connect(m_status, &StatusPanel::statusChanged, this, [this, changed](qint64 id, const QString& status) {
        changed(id);
        //: %1 the new status
        emit statusMessage(tr("Moved to “%1”.").arg(WorkflowText::statusName(status)));
    });
    connect(m_rating, &RatingPanel::ratingAdded, this, [this, changed](qint64 id) {
        changed(id);
        emit statusMessage(tr("Rating added."));
    });
    connect(m_performance, &PerformancePanel::performanceSaved, this, [this, changed](qint64 id) {
        changed(id);
        emit statusMessage(tr("Figures saved."));
    });
    connect(m_versions, &VersionsPanel::restored, this, [this, changed](qint64 id, int number) {
        changed(id);
        m_versions->selectVersion(number);
        emit statusMessage(tr("Restored as version %1.").arg(QLocale().toString(number)));
    });
    connect(m_versions, &VersionsPanel::openRequested, this, &ScriptDetailPanel::openRequested);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_title);
    detailsLayout->addWidget(m_facts);
    detailsLayout->addWidget(m_provenance);
    detailsLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(details);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    retranslateUi();
    setScript(0);
}

void ScriptDetailPanel::setScript(qint64 id)
{
    m_id = id;
    m_entry.reset();
    m_loadError.clear();
    if (id != 0) {
        auto found = ScriptStore(m_workspace.database()).entry(id);
        if (found)
            m_entry = std::move(found).value();
        else
            m_loadError = ErrorText::message(found.error());
    }
    showEntry();
}

void ScriptDetailPanel::showEntry()
{
    if (!m_entry) {
        m_placeholder->setText(m_loadError.isEmpty() ? tr("Select a script to review it here.") : m_loadError);
        m_stack->setCurrentWidget(m_placeholder);
        m_status->setScript(0, {}, {});
        m_rating->setScript(0, {});
        m_performance->setScript(0, {}, std::nullopt);
        m_versions->setScript(0, {}, 0, {});
        return;
    }
    const QLocale locale;
    const GenerationRecord& r = m_entry->record;
    m_title->setText(r.title.isEmpty() ? tr("Untitled script") : r.title);
    QStringList facts;
    if (!r.profile.brandName.isEmpty())
        facts.append(r.profile.brandName);
    facts.append(WorkflowText::statusName(r.status));
    if (!r.language.isEmpty())
        facts.append(CatalogText::label(CatalogKind::Language, r.language));
    //: when the script was created
    facts.append(tr("Created %1").arg(HistoryText::when(r.createdAt)));
    if (r.updatedAt.isValid() && r.updatedAt != r.createdAt)
        facts.append(tr("Updated %1").arg(HistoryText::when(r.updatedAt)));
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    QStringList provenance;
    const QString provider = HistoryText::providerName(r.provider);
    if (!provider.isEmpty())
        provenance.append(r.model.isEmpty() ? provider : tr("%1, %2").arg(provider, r.model));
    if (r.usage.prompt > 0 || r.usage.completion > 0)
        //: tokens sent and received
        provenance.append(
                tr("%1 + %2 tokens").arg(locale.toString(r.usage.prompt), locale.toString(r.usage.completion)));
    provenance.append(HistoryText::cost(r.costUsd));
    if (r.latencyMs > 0)
        provenance.append(HistoryText::latency(r.latencyMs));
    //: the script's score in the platform checks, 0–100
    provenance.append(tr("Score %1").arg(locale.toString(r.score)));
    if (r.attempts > 1)
        provenance.append(tr("%n attempts", nullptr, r.attempts));
    m_provenance->setText(provenance.join(QStringLiteral(" · ")));

    const ReelScript& s = r.script;
    const auto section = [](const QString& heading, const QString& text) {
        if (text.trimmed().isEmpty())
            return QString();
        return QStringLiteral("<h4>%1</h4><p>%2</p>").arg(heading.toHtmlEscaped(), html(text));
    };
    QString text = section(tr("Hook"), s.hook) + section(tr("Body"), s.body) + section(tr("Call to action"), s.cta)
                   + section(tr("Caption"), s.caption) + section(tr("Hashtags"), s.hashtags.join(u' '))
                   + section(tr("On-screen text"), s.onScreenText.join(u'\n'))
                   + section(tr("Thumbnail text"), s.thumbnailText);
    m_script->setHtml(text);

    m_status->setScript(r.id, r.status, m_entry->statusChanges);
    m_rating->setScript(r.id, m_entry->ratings);
    m_performance->setScript(r.id, r.status, m_entry->performance);
    m_versions->setScript(r.id, r.title, r.currentVersion, m_entry->versions);
    m_stack->setCurrentIndex(1);
}

void ScriptDetailPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ScriptDetailPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("Script"));
    m_tabs->setTabText(1, tr("Status"));
    m_tabs->setTabText(2, tr("Rating"));
    m_tabs->setTabText(3, tr("Performance"));
    m_tabs->setTabText(4, tr("Versions"));
    m_script->setAccessibleName(tr("Current script"));
    showEntry();
}

} // namespace reel::ui
