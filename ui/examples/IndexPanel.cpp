#include "examples/IndexPanel.h"

#include "common/ErrorText.h"
#include "examples/ExampleText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace reel::ui {

IndexPanel::IndexPanel(IndexService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_embedder(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_result(new QLabel(this))
    , m_rebuild(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("indexPanel"));
    m_title->setObjectName(QStringLiteral("indexTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state->setObjectName(QStringLiteral("indexStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_embedder->setObjectName(QStringLiteral("embedderLabel"));
    m_embedder->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("indexProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progressText->setObjectName(QStringLiteral("indexProgressText"));
    m_result->setObjectName(QStringLiteral("indexResultLabel"));
    m_result->setTextFormat(Qt::PlainText);
    m_rebuild->setObjectName(QStringLiteral("rebuildIndexButton"));
    m_rebuild->setIcon(QIcon(QStringLiteral(":/reelstudio/examples/rebuild.svg")));
    m_cancel->setObjectName(QStringLiteral("cancelRebuildButton"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addSpacing(12);
    layout->addWidget(m_embedder, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_result);
    layout->addWidget(m_cancel);
    layout->addWidget(m_rebuild);

    connect(m_rebuild, &QPushButton::clicked, this, [this] { m_service.rebuild(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_service.cancel();
        // The worker stops at its next batch; until it says so, the button has done its job.
        m_cancel->setEnabled(false);
    });
    connect(&m_service, &IndexService::stateChanged, this, &IndexPanel::onState);
    connect(&m_service, &IndexService::progress, this, &IndexPanel::onProgress);
    connect(&m_service, &IndexService::embedderChanged, this, &IndexPanel::updateTexts);
    connect(&m_service, &IndexService::failed, this, [this](const Error& error) {
        m_failure = error;
        updateTexts();
    });
    retranslateUi();
    onState(m_service.state());
}

void IndexPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void IndexPanel::retranslateUi()
{
    //: label before the state of the search index of the example library
    m_title->setText(tr("Search index:"));
    m_rebuild->setText(tr("&Rebuild Index"));
    m_rebuild->setToolTip(tr("Embed every example again and rebuild the search index"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the rebuild; the index stays as it was"));
    m_progress->setAccessibleName(tr("Index rebuild progress"));
    m_state->setAccessibleName(tr("Search index state"));
    m_embedder->setAccessibleName(tr("Embedder"));
    updateTexts();
}

void IndexPanel::onState(IndexService::State state)
{
    if (state != IndexService::State::Failed)
        m_failure.reset();
    if (state == IndexService::State::Rebuilding && m_lastState != state) {
        // A new rebuild: forget the last one's figures until its first progress report.
        m_done = 0;
        m_total = 0;
        m_eta = -1;
        m_rebuilt.reset();
        m_rebuildClock.start();
    } else if (state == IndexService::State::UpToDate && m_lastState == IndexService::State::Rebuilding) {
        m_rebuilt = std::make_pair(std::max(m_done, m_total), m_rebuildClock.elapsed() / 1000.0);
    } else if (state != IndexService::State::UpToDate) {
        m_rebuilt.reset(); // changed since, cancelled or failed: the confirmation no longer holds
    }
    m_lastState = state;
    updateTexts();
}

void IndexPanel::onProgress(qint64 done, qint64 total, double etaSeconds)
{
    m_done = done;
    m_total = total;
    m_eta = etaSeconds;
    updateTexts();
}

void IndexPanel::updateTexts()
{
    const IndexService::State state = m_service.state();
    const bool rebuilding = state == IndexService::State::Rebuilding;
    QString text = ExampleText::stateName(state);
    if (state == IndexService::State::Failed && m_failure)
        //: %1 "Failed", %2 why
        text = tr("%1: %2").arg(text, ErrorText::message(*m_failure));
    m_state->setText(text);
    m_embedder->setText(tr("Embedder: %1").arg(ExampleText::embedderName(m_service.embedderKey())));
    m_embedder->setToolTip(m_service.embedderKey());

    m_progress->setVisible(rebuilding);
    m_progressText->setVisible(rebuilding);
    if (m_total > 0) {
        // QProgressBar counts in int; 100,000 examples fit, but scale for safety.
        m_progress->setRange(0, int(std::min<qint64>(m_total, 1'000'000'000)));
        m_progress->setValue(int(std::min<qint64>(m_done, m_total)));
    } else {
        m_progress->setRange(0, 0); // busy until the first report
    }
    const QLocale locale;
    QString progress;
    if (m_total > 0) {
        //: examples embedded so far of all, e.g. "1,024 / 3,238"
        progress = tr("%1 / %2").arg(locale.toString(m_done), locale.toString(m_total));
        if (m_eta >= 0 && m_done < m_total)
            //: %1 the count above, %2 a time such as "12 s"
            progress = tr("%1, about %2 left").arg(progress, ExampleText::duration(m_eta));
    }
    m_progressText->setText(progress);
    m_result->setVisible(m_rebuilt.has_value() && state == IndexService::State::UpToDate);
    if (m_rebuilt) {
        const double seconds = m_rebuilt->second;
        const QString time = seconds < 60 ? tr("%1 s").arg(locale.toString(seconds, 'f', seconds < 10 ? 1 : 0))
                                          : ExampleText::duration(seconds);
        const qint64 count = m_rebuilt->first;
        m_result->setText(count == 1 ? tr("Index rebuilt: 1 example in %1").arg(time)
                                     //: %1 examples indexed, %2 the time it took, e.g. "… 238 examples in 0.4 s"
                                     : tr("Index rebuilt: %1 examples in %2").arg(locale.toString(count), time));
    }
    m_progress->setAccessibleDescription(progress);
    m_rebuild->setEnabled(!rebuilding && state != IndexService::State::Loading);
    m_cancel->setEnabled(rebuilding);
}

} // namespace reel::ui
