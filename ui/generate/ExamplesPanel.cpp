#include "generate/ExamplesPanel.h"

#include "catalog/Catalog.h"
#include "common/ErrorText.h"
#include "generate/ExamplePicksModel.h"
#include "rag/IndexService.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace reel::ui {

ExamplesPanel::ExamplesPanel(IndexService& index, QWidget* parent)
    : QWidget(parent)
    , m_index(index)
    , m_model(new ExamplePicksModel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("examplesPanel"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ExamplesPanel::retrieve);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("examplesTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("examplesStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("examplesView"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_view->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(ExamplePicksModel::PinColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExamplePicksModel::ExcludeColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ExamplePicksModel::SimilarityColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ExamplePicksModel::HookColumn, 240);
    header->resizeSection(ExamplePicksModel::DetailsColumn, 220);

    m_pin = new QPushButton(this);
    m_pin->setObjectName(QStringLiteral("pinExampleButton"));
    m_pin->setCheckable(true);
    m_exclude = new QPushButton(this);
    m_exclude->setObjectName(QStringLiteral("excludeExampleButton"));
    m_exclude->setCheckable(true);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_pin);
    top->addWidget(m_exclude);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_state);

    connect(m_pin, &QPushButton::clicked, this, &ExamplesPanel::togglePinned);
    connect(m_exclude, &QPushButton::clicked, this, &ExamplesPanel::toggleExcluded);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ExamplesPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptCurrent = m_model->idAt(m_view->currentIndex().row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_model->rowOf(m_keptCurrent);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, ExamplePicksModel::HookColumn));
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExamplesPanel::updateButtons);
    connect(m_model, &ExamplePicksModel::choiceChanged, this, [this] {
        // An exclusion makes room for the next example: ask for one more (or one fewer).
        if (m_haveRequest && m_model->limit() + m_model->excludedCount() != m_askedFor)
            m_debounce->start();
        updateState();
        emit choiceChanged();
    });
    connect(&m_index, &IndexService::retrieved, this, &ExamplesPanel::onRetrieved);
    connect(&m_index, &IndexService::retrievalFailed, this, &ExamplesPanel::onFailed);

    retranslateUi();
    updateButtons();
}

ExamplesPanel::~ExamplesPanel() = default;

void ExamplesPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
}

void ExamplesPanel::retranslateUi()
{
    m_title->setText(tr("Examples for the model"));
    m_view->setAccessibleName(tr("Examples for the model"));
    m_pin->setText(tr("&Pin"));
    m_pin->setToolTip(tr("Always send the selected example, whatever the request"));
    m_exclude->setText(tr("E&xclude"));
    m_exclude->setToolTip(tr("Never send the selected example"));
    updateState();
}

void ExamplesPanel::requestExamples(const BrandProfile& profile, const ScriptRequest& request)
{
    RetrievalRequest r;
    // What the Reel is about: the topic first, then the brand's offer and its audience's pains.
    QStringList text{request.topic, profile.offer, profile.targetAudience.painPoints.join(u'\n'), request.cta};
    text.removeAll(QString());
    r.text = text.join(u'\n');
    r.language = Catalog::builtIn().resolveLanguage(request.language).value_or(QStringLiteral("en"));
    r.sector = profile.sector;
    r.hookType = request.hookType;
    r.emotion = request.emotion;
    r.goal = request.goal;
    r.diverse = true;
    m_request = r;
    m_haveRequest = true;
    m_debounce->start();
    updateState();
}

void ExamplesPanel::refreshNow()
{
    if (!m_haveRequest)
        return;
    m_debounce->stop();
    retrieve();
}

bool ExamplesPanel::isUpToDate() const
{
    return !m_debounce->isActive() && m_ticket == 0;
}

QList<Example> ExamplesPanel::chosen() const
{
    return m_model->chosen();
}

void ExamplesPanel::retrieve()
{
    if (!m_haveRequest)
        return;
    RetrievalRequest r = m_request;
    m_askedFor = m_model->limit() + m_model->excludedCount();
    r.k = m_askedFor;
    m_ticket = m_index.retrieve(r); // answers of earlier tickets are ignored
    updateState();
}

void ExamplesPanel::onRetrieved(quint64 ticket, const QList<RetrievedExample>& examples)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_failure.reset();
    m_model->setRetrieved(examples);
    updateState();
    if (isUpToDate())
        emit upToDate();
}

void ExamplesPanel::onFailed(quint64 ticket, const Error& error)
{
    if (ticket != m_ticket)
        return;
    m_ticket = 0;
    m_failure = ErrorText::message(error);
    m_model->clearRetrieved();
    updateState();
    if (isUpToDate())
        emit upToDate();
}

void ExamplesPanel::togglePinned()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (id != 0)
        m_model->setPinned(id, !m_model->isPinned(id));
    updateButtons();
}

void ExamplesPanel::toggleExcluded()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (id != 0)
        m_model->setExcluded(id, !m_model->isExcluded(id));
    updateButtons();
}

void ExamplesPanel::updateButtons()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    m_pin->setEnabled(id != 0);
    m_exclude->setEnabled(id != 0);
    m_pin->setChecked(id != 0 && m_model->isPinned(id));
    m_exclude->setChecked(id != 0 && m_model->isExcluded(id));
}

void ExamplesPanel::updateState()
{
    QString text;
    const int sent = int(m_model->chosen().size());
    if (m_ticket != 0 || (m_debounce->isActive() && m_model->rowCount() == 0)) {
        text = tr("Finding examples…");
    } else if (m_failure) {
        //: %1 why the lookup failed
        text = tr("Examples could not be looked up: %1 The model writes without them.").arg(*m_failure);
    } else if (!m_haveRequest) {
        text.clear();
    } else if (sent == 0) {
        text = tr("No examples are sent; the model writes from the brand and the request alone.");
    } else {
        // English plurals as two source texts (no English .qm is shipped).
        text = sent == 1 ? tr("%n example is sent with the request.", nullptr, sent)
                         : tr("%n examples are sent with the request.", nullptr, sent);
    }
    m_state->setText(text);
}

} // namespace reel::ui
