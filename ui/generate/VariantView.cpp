#include "generate/VariantView.h"

#include "common/ErrorText.h"
#include "llm/ProviderSettings.h"
#include "settings/ProviderText.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace reel::ui {

namespace {

QString html(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

QString seconds(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

} // namespace

VariantView::VariantView(int index, QWidget* parent)
    : QWidget(parent)
    , m_index(index)
    , m_status(new QLabel(this))
    , m_writer(new QLabel(this))
    , m_preview(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("variantView%1").arg(index + 1));
    m_status->setObjectName(QStringLiteral("variantStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_writer->setObjectName(QStringLiteral("variantProviderLabel"));
    m_writer->setWordWrap(true);
    m_writer->setTextFormat(Qt::PlainText);
    m_writer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_writer->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setObjectName(QStringLiteral("variantPreview"));
    m_preview->setReadOnly(true);
    m_preview->setOpenLinks(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_writer);
    layout->addWidget(m_preview, 1);
    updateTexts();
    updatePreview();
}

QString VariantView::title() const
{
    //: title of a variant's tab; %1 its number
    const QString name = tr("Variant %1").arg(m_index + 1);
    if (m_state == State::Done && m_record)
        //: a variant's tab once written; %1 "Variant 2", %2 its validation score (0–100)
        return tr("%1 — %2").arg(name).arg(m_record->score);
    if (m_state == State::Failed)
        return tr("%1 — failed").arg(name);
    if (m_state == State::Stopped)
        return tr("%1 — stopped").arg(name);
    return name;
}

void VariantView::setWriter(const QString& provider, const QString& model)
{
    m_provider = provider;
    m_model = model;
    updateTexts();
}

void VariantView::setAttempt(int attempt, const QStringList& problems)
{
    m_state = State::Writing;
    m_attempt = attempt;
    m_problems = problems;
    // A repair starts the script again.
    m_script = {};
    updateTexts();
    updatePreview();
}

void VariantView::setPartial(const ReelScript& partial)
{
    const bool started = m_state == State::Waiting;
    m_state = State::Writing;
    m_script = partial;
    if (started)
        updateTexts();
    updatePreview();
}

void VariantView::setFellBack(const ApiFailure& cause)
{
    m_fellBack = cause;
    m_provider = QString::fromLatin1(ProviderSettings::kOffline);
    m_model.clear();
    updateTexts();
}

void VariantView::setDone(const GenerationRecord& record)
{
    m_state = State::Done;
    m_record = record;
    m_script = record.script;
    updateTexts();
    updatePreview();
    emit titleChanged();
}

void VariantView::setFailed(const Error& error)
{
    m_state = State::Failed;
    m_failure = error;
    updateTexts();
    emit titleChanged();
}

void VariantView::setStopped()
{
    if (m_state == State::Done || m_state == State::Failed)
        return;
    m_state = State::Stopped;
    updateTexts();
    emit titleChanged();
}

QString VariantView::previewText() const
{
    return m_preview->toPlainText();
}

void VariantView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateTexts();
        updatePreview();
        emit titleChanged();
    }
}

void VariantView::updateTexts()
{
    QString status;
    QString statusTip;
    switch (m_state) {
    case State::Waiting:
        status = tr("Waiting for the first words…");
        break;
    case State::Writing: {
        const int n = int(m_problems.size());
        if (m_attempt <= 1)
            status = tr("Writing…");
        else
            //: %1 the attempt's number (2 = the first repair), %n the problems sent back to the model
            status = n == 1 ? tr("Attempt %1: repairing %n problem…", nullptr, n).arg(m_attempt)
                            : tr("Attempt %1: repairing %n problems…", nullptr, n).arg(m_attempt);
        statusTip = m_problems.join(u'\n');
        break;
    }
    case State::Done: {
        const GenerationRecord& r = *m_record;
        const QString errors = r.errors == 0   ? tr("no errors")
                               : r.errors == 1 ? tr("%n error", nullptr, r.errors)
                                               : tr("%n errors", nullptr, r.errors);
        const QString warnings = r.warnings == 0   ? tr("no warnings")
                                 : r.warnings == 1 ? tr("%n warning", nullptr, r.warnings)
                                                   : tr("%n warnings", nullptr, r.warnings);
        //: %1 the score (0–100), %2 "no errors" / "2 errors", %3 "1 warning"
        status = tr("Score %1: %2, %3.").arg(r.score).arg(errors, warnings);
        const int repairs = r.attempts - 1;
        if (repairs > 0)
            status += u' ' + (repairs == 1 ? tr("Repaired once.") : tr("Repaired %n times.", nullptr, repairs));
        status += u' ' + tr("Saved in the workspace.");
        break;
    }
    case State::Failed:
        status = tr("Not written: %1").arg(m_failure ? ErrorText::message(*m_failure) : QString());
        break;
    case State::Stopped:
        status = tr("Stopped; nothing was saved.");
        break;
    }
    m_status->setText(status);
    m_status->setToolTip(statusTip);

    const bool offline = m_record ? m_record->provider == QLatin1String(ProviderSettings::kOffline)
                                  : m_provider == QLatin1String(ProviderSettings::kOffline);
    QString writer;
    if (offline) {
        writer = ProviderText::offlineComposer();
        if (m_fellBack)
            //: why the offline composer wrote a variant; %1 what went wrong with the model server
            writer += QStringLiteral(" — ")
                      + tr("written instead of the model: %1").arg(ErrorText::apiMessage(m_fellBack->toError()));
    } else if (m_record) {
        const GenerationRecord& r = *m_record;
        QStringList parts{ProviderText::name(r.provider), r.model};
        if (r.usage.total > 0)
            parts.append(tr("%1 tokens").arg(QLocale().toString(r.usage.total)));
        if (r.costUsd > 0)
            parts.append(QStringLiteral("$") + QLocale().toString(r.costUsd, 'f', r.costUsd < 0.01 ? 4 : 2));
        //: time a variant took, e.g. "4.2 s"
        parts.append(tr("%1 s").arg(seconds(double(r.latencyMs) / 1000.0)));
        writer = parts.join(QStringLiteral(" · "));
    } else if (!m_provider.isEmpty()) {
        writer = ProviderText::name(m_provider);
        if (!m_model.isEmpty())
            writer += QStringLiteral(" · ") + m_model;
    }
    m_writer->setText(writer);
    m_writer->setVisible(!writer.isEmpty());
}

void VariantView::updatePreview()
{
    const ReelScript& s = m_script;
    QStringList shots;
    for (const Shot& shot : s.shots) {
        QString line = tr("%1–%2 s").arg(seconds(shot.startS), seconds(shot.endS));
        if (!shot.visual.isEmpty())
            line += QStringLiteral(": ") + shot.visual;
        if (!shot.voiceover.isEmpty())
            line += QStringLiteral(" — “") + shot.voiceover + QStringLiteral("”");
        shots.append(line);
    }
    const QList<QPair<QString, QString>> sections{
            {tr("Hook"), s.hook},
            {tr("Body"), s.body},
            {tr("Call to action"), s.cta},
            {tr("Caption"), s.caption},
            {tr("Hashtags"), s.hashtags.join(u' ')},
            {tr("On-screen text"), s.onScreenText.join(u'\n')},
            {tr("Shots"), shots.join(u'\n')},
            {tr("Thumbnail text"), s.thumbnailText},
    };
    QString out;
    for (const auto& [heading, text] : sections) {
        if (text.trimmed().isEmpty())
            continue;
        out += QStringLiteral("<h4>%1</h4><p>%2</p>").arg(heading.toHtmlEscaped(), html(text));
    }
    QScrollBar* bar = m_preview->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const int position = bar->value();
    m_preview->setHtml(out);
    // Follow the text as it streams in, unless the user scrolled up to read.
    bar->setValue(atEnd ? bar->maximum() : position);
    m_preview->setPlaceholderText(tr("The script appears here, section by section, as it is written."));
}

} // namespace reel::ui
