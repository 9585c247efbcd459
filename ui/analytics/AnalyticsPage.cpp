#include "analytics/AnalyticsPage.h"

#include "analytics/AnalyticsCharts.h"
#include "analytics/AnalyticsFilterBar.h"
#include "analytics/AnalyticsText.h"
#include "analytics/SummaryTiles.h"
#include "common/BackgroundJob.h"
#include "common/Clock.h"
#include "common/ErrorText.h"
#include "common/MessageBar.h"
#include "common/Prompter.h"
#include "store/Database.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr int kStatusTimeoutMs = 8000;
// Typing a date changes it once per key: wait for a pause before counting again.
constexpr int kRefreshDelayMs = 150;

} // namespace

AnalyticsPage::AnalyticsPage(Workspace& workspace, Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("analyticsPage"));
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &AnalyticsPage::refresh);

    buildUi();
    retranslateUi();
    reloadBrands();
    updateState();
    connect(m_filters, &AnalyticsFilterBar::filterChanged, this, [this] {
        m_refreshTimer->start();
        updateState();
    });
}

AnalyticsPage::~AnalyticsPage()
{
    // A computation still reads the workspace's database: let it finish first.
    waitForBackgroundJobs(this);
}

void AnalyticsPage::buildUi()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("analyticsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("updatingLabel"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_copyButton = new QPushButton(this);
    m_copyButton->setObjectName(QStringLiteral("copySummaryButton"));
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/export.svg")));
    connect(m_copyButton, &QPushButton::clicked, this, &AnalyticsPage::copySummary);
    connect(m_exportButton, &QPushButton::clicked, this, &AnalyticsPage::exportCsv);

    auto* refreshAction = new QAction(this);
    refreshAction->setObjectName(QStringLiteral("refreshAnalyticsAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &AnalyticsPage::refresh);
    addAction(refreshAction);

    auto* toolbar = new QHBoxLayout;
    toolbar->addWidget(m_title);
    toolbar->addStretch(1);
    toolbar->addWidget(m_busy);
    toolbar->addWidget(m_copyButton);
    toolbar->addWidget(m_exportButton);

    m_filters = new AnalyticsFilterBar(this);
    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("analyticsMessages"));

    auto* content = new QWidget(this);
    content->setObjectName(QStringLiteral("analyticsContent"));
    m_tiles = new SummaryTiles(content);
    m_charts = new AnalyticsCharts(content);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 4, 0);
    contentLayout->setSpacing(12);
    contentLayout->addWidget(m_tiles);
    contentLayout->addWidget(m_charts);
    contentLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("analyticsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setMargin(24);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_emptyLabel);
    m_stack->setCurrentWidget(m_emptyLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_filters);
    layout->addWidget(m_messages);
    layout->addWidget(m_stack, 1);
}

void AnalyticsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AnalyticsPage::retranslateUi()
{
    setWindowTitle(tr("Analytics"));
    m_title->setText(tr("Analytics"));
    m_copyButton->setText(tr("&Copy"));
    m_copyButton->setToolTip(tr("Copy the summary figures as text"));
    m_exportButton->setText(tr("&Export CSV…"));
    m_exportButton->setToolTip(tr("Write every figure of this period to a CSV file"));
    m_scroll->setAccessibleName(tr("Analytics figures"));
    updateState();
}

bool AnalyticsPage::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_emptyLabel;
}

bool AnalyticsPage::isUpdating() const
{
    return m_refreshTimer->isActive() || m_shownSerial != m_serial;
}

void AnalyticsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (event->spontaneous())
        return;
    // Scripts are written on other pages (and "last 30 days" moves with the calendar).
    reloadBrands();
    m_filters->updateToday();
    refresh();
}

void AnalyticsPage::reloadBrands()
{
    auto brands = ScriptStore(m_workspace.database()).distinctValues(QStringLiteral("brand"));
    if (brands)
        m_filters->setBrands(brands.value());
}

void AnalyticsPage::refresh()
{
    m_refreshTimer->stop();
    const quint64 serial = ++m_serial;
    const AnalyticsFilter filter = m_filters->filter();
    const Database* database = &m_workspace.database();
    runInBackground<Result<AnalyticsReport>>(
            this,
            [database, filter] {
                Result<AnalyticsReport> report = Analytics::compute(*database, filter);
                database->releaseThreadConnection();
                return report;
            },
            [this, serial](const Result<AnalyticsReport>& report) { onComputed(serial, report); });
    updateState();
}

void AnalyticsPage::onComputed(quint64 serial, const Result<AnalyticsReport>& result)
{
    // The filter changed meanwhile: a newer computation is on its way.
    if (serial != m_serial)
        return;
    m_shownSerial = serial;
    if (!result) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("The figures could not be computed.") + QStringLiteral("\n")
                                                                 + ErrorText::message(result.error()));
        m_messages->addButton(tr("Try Again"), QStringLiteral("retryAnalyticsButton"), [this] { refresh(); });
        updateState();
        return;
    }
    if (m_messages->kind() == MessageBar::Kind::Error)
        m_messages->clear();
    m_report = result.value();
    m_hasReport = true;
    m_workspaceEmpty = false;
    if (m_report.scripts == 0) {
        const auto total = ScriptStore(m_workspace.database()).count();
        m_workspaceEmpty = total && total.value() == 0;
    }
    m_tiles->setReport(m_report);
    m_charts->setReport(m_report);
    m_stack->setCurrentWidget(m_report.scripts > 0 ? static_cast<QWidget*>(m_scroll) : m_emptyLabel);
    updateState();
    emit reportShown();
}

void AnalyticsPage::updateState()
{
    m_busy->setText(isUpdating() ? tr("Updating…") : QString());
    m_copyButton->setEnabled(m_hasReport);
    m_exportButton->setEnabled(m_hasReport);
    if (!m_hasReport) {
        m_emptyLabel->setText(tr("Counting the scripts…"));
    } else if (m_workspaceEmpty) {
        m_emptyLabel->setText(tr("No scripts yet. Scripts you generate are counted here: how many, what they "
                                 "cost and how they were rated."));
    } else {
        const QString brand = m_filters->filter().brand;
        m_emptyLabel->setText((brand.isEmpty() ? tr("No script was created in this period.")
                                               : tr("No script of %1 was created in this period.").arg(brand))
                              + u' ' + tr("Choose a longer period or another brand."));
    }
}

void AnalyticsPage::exportCsv()
{
    if (!m_hasReport)
        return;
    const QString folder = m_workspace.exportsFolder();
    QDir().mkpath(folder);
    const QString day = Clock::nowUtc().toLocalTime().date().toString(Qt::ISODate);
    const QString suggested = QDir(folder).filePath(QStringLiteral("analytics-%1.csv").arg(day));
    QString path = m_prompter.saveFileName(this, tr("Export Analytics"), suggested,
                                           tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    // A few kilobytes: written here, atomically, so a failed write leaves any old file whole.
    const QByteArray csv = Analytics::toCsv(m_report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        const Error error = Error::make(ErrorCode::FileUnwritable, {path, file.errorString()});
        m_prompter.error(this, tr("Export Failed"),
                         tr("The file was not written.") + QStringLiteral("\n\n") + ErrorText::message(error));
        return;
    }
    emit statusMessage(tr("Exported the figures to %1.").arg(QDir::toNativeSeparators(path)), kStatusTimeoutMs);
}

void AnalyticsPage::copySummary()
{
    if (!m_hasReport)
        return;
    QGuiApplication::clipboard()->setText(AnalyticsText::summary(m_report, m_filters->description()));
    emit statusMessage(tr("Copied the summary to the clipboard."), kStatusTimeoutMs);
}

} // namespace reel::ui
