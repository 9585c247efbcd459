#include "generate/GeneratePage.h"

#include "common/ErrorText.h"
#include "common/MessageBar.h"
#include "generate/ExamplesPanel.h"
#include "generate/GenerateForm.h"
#include "generate/Generator.h"
#include "generate/OfflineComposer.h"
#include "generate/VariantView.h"
#include "llm/ProviderSettings.h"
#include "settings/ProviderConfig.h"
#include "settings/ProviderText.h"
#include "store/CatalogStore.h"
#include "store/Workspace.h"
#include "validate/RulePackStore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr auto kSplitterKey = "generate/splitter";
constexpr auto kLeftSplitterKey = "generate/leftSplitter";
constexpr int kStatusTimeoutMs = 8000;

QString dollars(double usd)
{
    return QStringLiteral("$") + QLocale().toString(usd, 'f', usd < 0.01 ? 4 : 2);
}

QString keysOf(const QAction* action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

} // namespace

GeneratePage::GeneratePage(Workspace& workspace, IndexService& index, ProviderConfig& config,
                           QNetworkAccessManager& network, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_config(config)
    , m_scripts(std::make_unique<ScriptStore>(workspace.database()))
{
    setObjectName(QStringLiteral("generatePage"));
    // The offline composer checks its drafts against the rules in force when it is called
    // (thread-safe and quick, so it runs where the generator asks).
    m_generator = new Generator(
            network, m_scripts.get(),
            [this](const BrandProfile& profile, const ScriptRequest& request, const QList<Example>& examples,
                   int variant) -> Result<ReelScript> {
                ComposerOptions options;
                options.pack = &m_workspace.rules().current();
                options.catalog = &m_workspace.catalog().catalog();
                return OfflineComposer(options).compose(profile, request, examples, variant);
            },
            this);
    m_generator->setRecoveryFolder(m_workspace.recoveryFolder());

    createActions();
    buildUi(index);
    retranslateUi();

    connect(m_form, &GenerateForm::changed, this, &GeneratePage::onFormChanged);
    connect(m_form, &GenerateForm::editProfileRequested, this, &GeneratePage::editProfileRequested);
    connect(m_examples, &ExamplesPanel::choiceChanged, this, &GeneratePage::updateProviderLine);
    connect(m_examples, &ExamplesPanel::upToDate, this, [this] {
        updateProviderLine(); // the estimate counts the examples sent
        if (const auto pending = m_pendingStart) {
            m_pendingStart.reset();
            start(*pending);
        }
    });
    connect(&m_config, &ProviderConfig::changed, this, &GeneratePage::updateProviderLine);
    connect(&m_config, &ProviderConfig::pricesChanged, this, &GeneratePage::updateProviderLine);

    connect(m_generator, &Generator::started, this, &GeneratePage::onStarted);
    connect(m_generator, &Generator::streaming, this, [this](int v, const ReelScript& partial) {
        if (VariantView* view = variant(v))
            view->setPartial(partial);
    });
    connect(m_generator, &Generator::attemptStarted, this, [this](int v, int attempt, const QStringList& problems) {
        if (VariantView* view = variant(v))
            view->setAttempt(attempt, problems);
    });
    connect(m_generator, &Generator::fellBack, this, &GeneratePage::onFellBack);
    connect(m_generator, &Generator::variantDone, this, &GeneratePage::onVariantDone);
    connect(m_generator, &Generator::variantNotSaved, this, &GeneratePage::onVariantNotSaved);
    connect(m_generator, &Generator::variantFailed, this, &GeneratePage::onVariantFailed);
    connect(m_generator, &Generator::finished, this, &GeneratePage::onFinished);

    onFormChanged();
    updateState();
}

GeneratePage::~GeneratePage()
{
    QSettings settings;
    settings.setValue(QLatin1String(kSplitterKey), m_splitter->saveState());
    settings.setValue(QLatin1String(kLeftSplitterKey), m_leftSplitter->saveState());
    // Nothing of an unfinished run is saved, and no signal reaches a half-destroyed page.
    m_generator->disconnect(this);
    m_generator->stop();
}

void GeneratePage::createActions()
{
    m_generateAction = new QAction(this);
    m_generateAction->setObjectName(QStringLiteral("generateAction"));
    m_generateAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_generateAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stopAction = new QAction(this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_generateAction);
    addAction(m_stopAction);
    connect(m_generateAction, &QAction::triggered, this, &GeneratePage::generate);
    connect(m_stopAction, &QAction::triggered, this, &GeneratePage::stop);
}

void GeneratePage::buildUi(IndexService& index)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("generateTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_form = new GenerateForm(m_workspace.profiles(), m_workspace.catalog(), this);
    m_form->setObjectName(QStringLiteral("generateForm"));
    m_examples = new ExamplesPanel(index, this);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("generateLeftSplitter"));
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->addWidget(m_form);
    m_leftSplitter->addWidget(m_examples);
    m_leftSplitter->setStretchFactor(1, 1);

    m_provider = new QLabel(this);
    m_provider->setObjectName(QStringLiteral("providerLabel"));
    m_provider->setWordWrap(true);
    m_provider->setTextFormat(Qt::PlainText);
    m_provider->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsButton = new QPushButton(this);
    m_settingsButton->setObjectName(QStringLiteral("providerSettingsButton"));
    connect(m_settingsButton, &QPushButton::clicked, this, &GeneratePage::settingsRequested);
    auto* providerRow = new QHBoxLayout;
    providerRow->addWidget(m_provider, 1);
    providerRow->addWidget(m_settingsButton, 0, Qt::AlignTop);

    m_generateButton = new QPushButton(this);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setDefault(true);
    connect(m_generateButton, &QPushButton::clicked, this, &GeneratePage::generate);
    m_stopButton = new QPushButton(this);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    connect(m_stopButton, &QPushButton::clicked, this, &GeneratePage::stop);
    m_runStatus = new QLabel(this);
    m_runStatus->setObjectName(QStringLiteral("runStatusLabel"));
    m_runStatus->setTextFormat(Qt::PlainText);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("openInEditorButton"));
    m_openButton->setIcon(QIcon(QStringLiteral(":/reelstudio/editor/script.svg")));
    connect(m_openButton, &QPushButton::clicked, this, &GeneratePage::openInEditor);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_generateButton);
    runRow->addWidget(m_stopButton);
    runRow->addWidget(m_runStatus, 1);
    runRow->addWidget(m_openButton);

    m_messages = new MessageBar(this);
    m_messages->setObjectName(QStringLiteral("generateMessageBar"));

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("variantsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("variantTabs"));
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &GeneratePage::updateState);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("variantsStack"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_tabs);

    auto* right = new QWidget(this);
    right->setObjectName(QStringLiteral("generateResults"));
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addLayout(providerRow);
    rightLayout->addLayout(runRow);
    rightLayout->addWidget(m_messages);
    rightLayout->addWidget(m_stack, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("generateSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    const QSettings settings;
    if (!m_splitter->restoreState(settings.value(QLatin1String(kSplitterKey)).toByteArray()))
        m_splitter->setSizes({520, 560});
    if (!m_leftSplitter->restoreState(settings.value(QLatin1String(kLeftSplitterKey)).toByteArray()))
        m_leftSplitter->setSizes({380, 300});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_form->findChild<QWidget*>(QStringLiteral("variantsSpin")), m_examples->view());
    setTabOrder(m_examples->view(), m_generateButton);
    setTabOrder(m_generateButton, m_stopButton);
    setTabOrder(m_stopButton, m_openButton);
    setTabOrder(m_openButton, m_tabs);
}

void GeneratePage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_messages->isVisible()) {
            if (m_shownFailure)
                showFailure(*m_shownFailure);
            else if (m_fellBackCause)
                showFellBack();
        }
    }
}

void GeneratePage::retranslateUi()
{
    setWindowTitle(tr("Generate"));
    m_title->setText(tr("Generate"));
    m_generateAction->setText(tr("&Generate"));
    m_stopAction->setText(tr("&Stop"));
    m_generateButton->setText(tr("&Generate"));
    //: Tooltip with its keyboard shortcut
    m_generateButton->setToolTip(tr("Write the scripts (%1)").arg(keysOf(m_generateAction)));
    m_generateButton->setAccessibleName(tr("Generate"));
    m_stopButton->setText(tr("&Stop"));
    m_stopButton->setToolTip(tr("Stop writing; unfinished variants are not saved (%1)").arg(keysOf(m_stopAction)));
    m_stopButton->setAccessibleName(tr("Stop"));
    m_openButton->setText(tr("&Open in Editor"));
    m_openButton->setToolTip(tr("Edit the selected variant in the Script Editor"));
    m_openButton->setAccessibleName(tr("Open in Editor"));
    m_settingsButton->setText(tr("Se&ttings…"));
    m_settingsButton->setToolTip(tr("Choose the provider, model and key on the Settings page"));
    m_provider->setAccessibleName(tr("Provider"));
    m_tabs->setAccessibleName(tr("Variants"));
    m_placeholder->setText(tr("Choose a brand profile and describe the Reel, then press Generate (%1). "
                              "The scripts appear here as they are written.")
                                   .arg(keysOf(m_generateAction)));
    updateProviderLine();
    updateState();
}

VariantView* GeneratePage::variant(int index) const
{
    return index >= 0 && index < m_variants.size() ? m_variants.at(index) : nullptr;
}

void GeneratePage::onFormChanged()
{
    // The cost estimate follows once the examples for the new request are in (not per keystroke).
    m_examples->requestExamples(m_form->profile(), m_form->request());
}

void GeneratePage::updateProviderLine()
{
    const ProviderSettings p = m_config.effective();
    QString text;
    if (p.isOffline()) {
        text = tr("Written by the offline composer: no model, no network, no cost.");
        if (m_config.settings().provider.isEmpty())
            text += u' ' + tr("Add an API key in Settings to write with a model.");
    } else {
        const QString model = p.model.isEmpty() ? tr("(no model set)") : p.model;
        //: %1 the provider (e.g. OpenAI), %2 the model id
        text = tr("Written by %1 · %2").arg(ProviderText::name(p.provider), model);
        GenerationInput input;
        input.profile = m_form->profile();
        input.request = m_form->request();
        input.examples = m_examples->chosen();
        input.variants = m_form->variants();
        GenerationSetup setup;
        setup.provider = p;
        setup.pack = &m_workspace.rules().current();
        m_generator->setPriceTable(m_config.prices());
        if (m_config.prices().priceOf(p.model)) {
            const double cost = m_generator->estimateCost(input, setup);
            //: %1 an amount in US dollars, e.g. $0.0031
            text += QStringLiteral(" · ") + tr("estimated cost %1").arg(dollars(cost));
        } else if (p.endpoint({}).isLocal()) {
            text += QStringLiteral(" · ") + tr("on this computer, no cost");
        } else {
            text += QStringLiteral(" · ") + tr("no price listed for this model");
        }
        const auto preset = providerPreset(p.provider);
        if (preset && preset->needsKey && m_config.apiKey().isEmpty()
            && m_config.isKeyLoaded(ProviderConfig::keyOwner(p.provider)))
            text += u'\n' + tr("No API key is set: add one in Settings or set OPENAI_API_KEY.");
    }
    m_provider->setText(text);
}

void GeneratePage::generate()
{
    start(false);
}

void GeneratePage::generateOffline()
{
    start(true);
}

void GeneratePage::start(bool offline)
{
    if (m_running)
        return;
    m_messages->clear();
    m_shownFailure.reset();
    m_fellBackCause.reset();
    if (m_form->profileId() == 0) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("Choose a brand profile first: the script is written for its audience, offer "
                                   "and voice."));
        m_messages->addButton(tr("Create a Profile…"), QStringLiteral("createProfileButton"),
                              [this] { emit editProfileRequested(0); });
        return;
    }
    const ScriptRequest request = m_form->request();
    if (const FieldErrors errors = checkRequest(request); !errors.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Warning, ErrorText::lines(errors).join(u'\n'));
        return;
    }
    // The examples shown are the examples sent: wait for the latest lookup.
    if (!m_examples->isUpToDate()) {
        m_pendingStart = offline;
        m_runStatus->setText(tr("Finding examples…"));
        m_examples->refreshNow();
        updateState();
        return;
    }

    GenerationInput input;
    input.profile = m_form->profile();
    input.profileId = m_form->profileId();
    input.request = request;
    input.examples = m_examples->chosen();
    input.variants = m_form->variants();
    GenerationSetup setup;
    setup.provider = m_config.effective();
    if (offline)
        setup.provider.provider = QString::fromLatin1(ProviderSettings::kOffline);
    setup.apiKey = setup.provider.isOffline() ? QString() : m_config.apiKey();
    setup.pack = &m_workspace.rules().current();
    m_generator->setPriceTable(m_config.prices());

    clearVariants();
    for (int i = 0; i < input.variants; ++i) {
        auto* view = new VariantView(i, m_tabs);
        view->setWriter(setup.provider.provider, setup.provider.isOffline() ? QString() : setup.provider.model);
        connect(view, &VariantView::titleChanged, this, [this, i] { updateTabTitle(i); });
        m_variants.append(view);
        m_tabs->addTab(view, view->title());
    }
    m_stack->setCurrentWidget(m_tabs);
    m_running = true;
    m_done = 0;
    m_recoveryFiles.clear();
    updateState();
    m_generator->start(input, setup);
}

void GeneratePage::stop()
{
    if (m_pendingStart) {
        m_pendingStart.reset();
        m_runStatus->clear();
        updateState();
        return;
    }
    if (m_running)
        m_generator->stop();
}

void GeneratePage::clearVariants()
{
    m_tabs->clear();
    qDeleteAll(m_variants);
    m_variants.clear();
}

void GeneratePage::onStarted(int variants, double estimatedCostUsd)
{
    QString text = variants == 1 ? tr("Writing %n variant…", nullptr, variants)
                                 : tr("Writing %n variants…", nullptr, variants);
    if (estimatedCostUsd > 0)
        text += u' ' + tr("Estimated cost %1.").arg(dollars(estimatedCostUsd));
    m_runStatus->setText(text);
}

void GeneratePage::onFellBack(int v, const ApiFailure& cause)
{
    if (VariantView* view = variant(v))
        view->setFellBack(cause);
    if (!m_fellBackCause && !m_shownFailure) {
        m_fellBackCause = cause.toError();
        showFellBack();
    }
}

void GeneratePage::showFellBack()
{
    //: %1 what went wrong with the model server, e.g. "The model server cannot be reached. Check …"
    m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("The offline composer wrote the script instead. %1").arg(ErrorText::message(*m_fellBackCause)));
    m_messages->addButton(tr("Open Settings"), QStringLiteral("messageSettingsButton"),
                          [this] { emit settingsRequested(); });
}

void GeneratePage::onVariantDone(int v, const GenerationRecord& record)
{
    ++m_done;
    if (VariantView* view = variant(v))
        view->setDone(record);
    updateState();
}

void GeneratePage::onVariantNotSaved(int v, const QString& file, const Error& why)
{
    Q_UNUSED(v)
    m_recoveryFiles.append(file);
    //: %1 the reason (a database message), %2 a file path
    m_messages->showMessage(MessageBar::Kind::Warning,
                            tr("A script could not be saved in the workspace (%1). Nothing is lost: it was written "
                               "to “%2”. Import it from the History page when the workspace is available again.")
                                    .arg(ErrorText::message(why), QDir::toNativeSeparators(file)));
}

void GeneratePage::onVariantFailed(int v, const Error& error)
{
    if (VariantView* view = variant(v))
        view->setFailed(error);
    // Variants usually fail for the same reason: one message says it.
    if (!m_shownFailure)
        showFailure(error);
    updateState();
}

void GeneratePage::showFailure(const Error& error)
{
    m_shownFailure = error;
    m_fellBackCause.reset();
    QString text = ErrorText::message(error);
    bool offerSettings = false;
    bool offerOffline = false;
    bool offerRetry = false;
    if (const auto api = ApiFailure::fromError(error)) {
        using Kind = ApiFailure::Kind;
        switch (api->kind) {
        case Kind::Http:
            if (api->status == 401 || api->status == 403 || api->status == 404) {
                offerSettings = true;
            } else if (api->status == 429 && api->isQuota()) {
                offerSettings = true;
                offerOffline = true;
            } else if (api->status == 429) {
                offerRetry = true;
            } else if (api->status >= 500) {
                offerRetry = true;
                offerOffline = true;
            } else {
                offerSettings = true;
            }
            break;
        case Kind::ConnectTimeout:
        case Kind::InactivityTimeout:
        case Kind::Deadline:
            text += u' ' + tr("The time limits can be changed in Settings.");
            offerRetry = true;
            offerSettings = true;
            offerOffline = true;
            break;
        case Kind::Network:
        case Kind::CircuitOpen:
            offerOffline = true;
            offerRetry = true;
            offerSettings = true;
            break;
        case Kind::Refusal:
        case Kind::ContentFilter:
            text += u' ' + tr("Rephrase the topic or angle, then try again.");
            offerRetry = true;
            break;
        case Kind::Truncated:
            text += u' ' + tr("Raise “Max tokens per answer” in Settings, or ask for a shorter Reel.");
            offerSettings = true;
            break;
        case Kind::BadResponse:
        case Kind::Stream:
        case Kind::TooLarge:
            offerRetry = true;
            offerOffline = true;
            break;
        case Kind::Redirected:
            offerSettings = true;
            offerOffline = true;
            break;
        case Kind::Cancelled:
            break;
        }
    }
    m_messages->showMessage(MessageBar::Kind::Error, text);
    if (offerOffline)
        m_messages->addButton(tr("Write with the Offline Composer"), QStringLiteral("writeOfflineButton"),
                              [this] { generateOffline(); });
    if (offerRetry)
        m_messages->addButton(tr("Try Again"), QStringLiteral("tryAgainButton"), [this] { generate(); });
    if (offerSettings)
        m_messages->addButton(tr("Open Settings"), QStringLiteral("messageSettingsButton"),
                              [this] { emit settingsRequested(); });
}

void GeneratePage::onFinished(bool stopped)
{
    m_running = false;
    for (VariantView* view : std::as_const(m_variants))
        view->setStopped(); // only those still writing
    const int n = int(m_variants.size());
    if (stopped)
        m_runStatus->setText(tr("Stopped. Variants that were not finished were not saved."));
    else if (!m_recoveryFiles.isEmpty())
        //: %1 a folder
        m_runStatus->setText(
                (m_recoveryFiles.size() == 1
                         ? tr("Done, but %n script could not be saved in the workspace; it is kept in %1.", nullptr, 1)
                         : tr("Done, but %n scripts could not be saved in the workspace; they are kept "
                              "in %1.",
                              nullptr, int(m_recoveryFiles.size())))
                        .arg(QDir::toNativeSeparators(m_workspace.recoveryFolder())));
    else if (m_done == n)
        m_runStatus->setText(n == 1 ? tr("Done: the script is saved in the workspace.")
                                    : tr("Done: %n scripts are saved in the workspace.", nullptr, n));
    else
        m_runStatus->setText(tr("%1 of %2 variants written.").arg(m_done).arg(n));
    if (!stopped && m_done > 0)
        emit statusMessage(m_runStatus->text(), kStatusTimeoutMs);
    // The first finished variant is the one to look at.
    for (int i = 0; i < n; ++i) {
        if (m_variants.at(i)->state() == VariantView::State::Done) {
            if (m_tabs->currentIndex() < 0 || variant(m_tabs->currentIndex())->state() != VariantView::State::Done)
                m_tabs->setCurrentIndex(i);
            break;
        }
    }
    updateState();
}

void GeneratePage::updateTabTitle(int v)
{
    if (VariantView* view = variant(v)) {
        m_tabs->setTabText(v, view->title());
        m_tabs->setTabToolTip(v, view->findChild<QLabel*>(QStringLiteral("variantStatusLabel"))->text());
    }
}

void GeneratePage::openInEditor()
{
    const VariantView* view = variant(m_tabs->currentIndex());
    if (!view || !view->record())
        return;
    emit openInEditorRequested(*view->record());
}

void GeneratePage::updateState()
{
    const bool busy = m_running || m_pendingStart.has_value();
    m_generateAction->setEnabled(!busy);
    m_generateButton->setEnabled(!busy);
    m_stopAction->setEnabled(busy);
    m_stopButton->setEnabled(busy);
    const VariantView* view = variant(m_tabs->currentIndex());
    m_openButton->setEnabled(view && view->record().has_value());
    if (m_variants.isEmpty())
        m_stack->setCurrentWidget(m_placeholder);
}

} // namespace reel::ui
