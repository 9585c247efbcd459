#include "examples/ExampleDialog.h"

#include "common/CatalogText.h"
#include "common/ErrorText.h"
#include "common/FieldErrorLabel.h"
#include "common/Prompter.h"
#include "common/ValueComboBox.h"
#include "editor/FindingText.h"
#include "editor/SectionEditor.h"
#include "examples/ExampleChecks.h"
#include "examples/ExampleText.h"
#include "rag/ExampleLibrary.h"
#include "rag/IndexService.h"
#include "store/CatalogStore.h"
#include "store/Workspace.h"
#include "validate/RulePackStore.h"
#include "validate/Validator.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr int kStatusTimeoutMs = 8000;
const QStringList kCountFields = {QStringLiteral("views"), QStringLiteral("likes"), QStringLiteral("comments"),
                                  QStringLiteral("shares"), QStringLiteral("saves")};

std::optional<qint64>& countOf(Engagement& engagement, const QString& field)
{
    if (field == u"views")
        return engagement.views;
    if (field == u"likes")
        return engagement.likes;
    if (field == u"comments")
        return engagement.comments;
    if (field == u"shares")
        return engagement.shares;
    return engagement.saves;
}

QString sectionKey(ScriptField field)
{
    return fieldKey(field); // "hook", "body", "cta", "caption", "hashtags" — as in checkExample()
}

// The parts of an example the form edits, for "has it changed?".
bool sameContent(const Example& a, const Example& b)
{
    return a.language == b.language && a.sector == b.sector && a.hookType == b.hookType && a.emotion == b.emotion
           && a.goal == b.goal && a.ctaStyle == b.ctaStyle && a.scriptLength == b.scriptLength
           && a.script.hook == b.script.hook && a.script.body == b.script.body && a.script.cta == b.script.cta
           && a.script.caption == b.script.caption && a.script.hashtags == b.script.hashtags
           && a.engagement == b.engagement;
}

} // namespace

ExampleDialog::ExampleDialog(Workspace& workspace, IndexService& index, ValidationService& validation,
                             Prompter& prompter, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_index(index)
    , m_prompter(prompter)
    , m_checks(new ExampleChecks(validation, this))
{
    setObjectName(QStringLiteral("exampleDialog"));
    buildUi();
    m_nearTimeout.setSingleShot(true);
    m_nearTimeout.setInterval(kNearTimeoutMs);
    connect(&m_nearTimeout, &QTimer::timeout, this, [this] {
        // The index is busy (a rebuild, a burst of updates): save without its answer, and say so.
        m_ticket = 0;
        setChecking(false);
        store(m_pending, tr("The near-duplicate check took too long and was skipped."));
    });
    connect(&m_index, &IndexService::nearDuplicatesFound, this, &ExampleDialog::onNearDuplicates);
    retranslateUi();
}

ExampleDialog::~ExampleDialog() = default;

void ExampleDialog::buildUi()
{
    m_duplicateLabel = new QLabel(this);
    m_duplicateLabel->setObjectName(QStringLiteral("duplicateLabel"));
    m_duplicateLabel->setWordWrap(true);
    m_duplicateLabel->setTextFormat(Qt::PlainText);
    m_duplicateLabel->setVisible(false);
    m_duplicateLabel->setFrameShape(QFrame::StyledPanel);
    m_duplicateLabel->setMargin(6);
    QPalette red = m_duplicateLabel->palette();
    red.setColor(QPalette::WindowText, palette().color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                                           : QColor(0xb7, 0x1c, 0x1c));
    m_duplicateLabel->setPalette(red);

    // The sections, left.
    auto* sections = new QVBoxLayout;
    const struct
    {
        ScriptField field;
        int lines;
        const char* name;
    } kSections[] = {{ScriptField::Hook, 2, "hookEdit"},
                     {ScriptField::Body, 7, "bodyEdit"},
                     {ScriptField::Cta, 2, "ctaEdit"},
                     {ScriptField::Caption, 3, "captionEdit"},
                     {ScriptField::Hashtags, 1, "hashtagsEdit"}};
    for (const auto& s : kSections) {
        auto* editor = new SectionEditor(s.field, s.lines == 1 ? SectionEditor::Lines::One : SectionEditor::Lines::Many,
                                         this);
        editor->setObjectName(QLatin1String(s.name));
        const int frame = 2 * editor->frameWidth() + int(editor->document()->documentMargin() * 2);
        const int height = editor->fontMetrics().lineSpacing() * s.lines + frame + 2;
        if (s.lines == 1)
            editor->setFixedHeight(height);
        else
            editor->setMinimumHeight(height);
        auto* label = new QLabel(this);
        label->setBuddy(editor);
        auto* error = new FieldErrorLabel(editor, this);
        error->setObjectName(sectionKey(s.field) + QStringLiteral("Error"));
        m_errors.insert(sectionKey(s.field), error);
        sections->addWidget(label);
        sections->addWidget(editor, s.lines > 2 ? s.lines : 0);
        sections->addWidget(error);
        m_sections.insert(s.field, editor);
        m_sectionLabels.insert(s.field, label);
        connect(editor, &SectionEditor::edited, this, &ExampleDialog::onEdited);
    }
    m_checks->setEditors(m_sections);

    // What the example is, right.
    const auto combo = [this](const char* name, bool editable) {
        auto* box = new ValueComboBox(this);
        box->setObjectName(QLatin1String(name));
        box->setEditable(editable);
        connect(box, &ValueComboBox::valueEdited, this, &ExampleDialog::onEdited);
        return box;
    };
    m_sector = combo("sectorCombo", true);
    m_hookType = combo("hookTypeCombo", true);
    m_emotion = combo("emotionCombo", true);
    m_goal = combo("goalCombo", true);
    m_ctaStyle = combo("ctaStyleCombo", true);
    m_language = combo("languageCombo", false);
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("lengthSpin"));
    m_length->setRange(5, 180);
    connect(m_length, &QSpinBox::valueChanged, this, &ExampleDialog::onEdited);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("sourceLabel"));

    m_metaForm = new QFormLayout;
    m_metaForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [this](QWidget* field, const QString& key) {
        auto* box = new QWidget(this);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(field);
        if (!key.isEmpty()) {
            auto* error = new FieldErrorLabel(field, box);
            error->setObjectName(key + QStringLiteral("Error"));
            m_errors.insert(key, error);
            v->addWidget(error);
        }
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_metaForm->addRow(label, box);
    };
    addRow(m_sector, QStringLiteral("sector"));
    addRow(m_hookType, QStringLiteral("hook_type"));
    addRow(m_emotion, QStringLiteral("emotion"));
    addRow(m_goal, QStringLiteral("goal"));
    addRow(m_ctaStyle, QString());
    addRow(m_language, QStringLiteral("language"));
    addRow(m_length, QStringLiteral("script_length"));
    addRow(m_source, QString());

    m_engagementTitle = new QLabel(this);
    QFont bold = m_engagementTitle->font();
    bold.setBold(true);
    m_engagementTitle->setFont(bold);
    auto* counts = new QFormLayout;
    counts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    static const QRegularExpression digits(QStringLiteral("[0-9]{0,15}"));
    for (const QString& key : kCountFields) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(key + QStringLiteral("Edit"));
        edit->setValidator(new QRegularExpressionValidator(digits, edit));
        connect(edit, &QLineEdit::textEdited, this, &ExampleDialog::onEdited);
        m_counts.insert(key, edit);
        auto* label = new QLabel(this);
        label->setBuddy(edit);
        m_countLabels.insert(key, label);
        counts->addRow(label, edit);
    }
    m_checksTitle = new QLabel(this);
    m_checksTitle->setFont(bold);

    auto* right = new QVBoxLayout;
    right->addLayout(m_metaForm);
    right->addSpacing(6);
    right->addWidget(m_engagementTitle);
    right->addLayout(counts);
    right->addSpacing(6);
    right->addWidget(m_checksTitle);
    right->addWidget(m_checks, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(sections, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveExampleButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelExampleButton"));
    // Save runs the checks first and may wait for the index; the dialog closes itself when stored.
    connect(m_saveButton, &QPushButton::clicked, this, &ExampleDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExampleDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_duplicateLabel);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);
    resize(1000, 720);

    // Tab goes through the sections, then what the example is, then the figures.
    QWidget* previous = nullptr;
    QList<QWidget*> order;
    for (const auto& s : kSections)
        order.append(m_sections.value(s.field));
    order << m_sector << m_hookType << m_emotion << m_goal << m_ctaStyle << m_language << m_length;
    for (const QString& key : kCountFields)
        order.append(m_counts.value(key));
    for (QWidget* w : std::as_const(order)) {
        if (previous)
            setTabOrder(previous, w);
        previous = w;
    }
}

void ExampleDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ExampleDialog::retranslateUi()
{
    setWindowTitle(isNew() ? tr("New Example") : tr("Edit Example %1").arg(QLocale().toString(m_id)));
    m_sectionLabels.value(ScriptField::Hook)->setText(tr("&Hook"));
    m_sectionLabels.value(ScriptField::Body)->setText(tr("&Body"));
    m_sectionLabels.value(ScriptField::Cta)->setText(tr("&Call to action"));
    m_sectionLabels.value(ScriptField::Caption)->setText(tr("Ca&ption"));
    m_sectionLabels.value(ScriptField::Hashtags)->setText(tr("Hash&tags"));
    for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
        it.value()->setAccessibleName(FindingText::sectionName(it.key()));
    m_sections.value(ScriptField::Hashtags)->setPlaceholderText(tr("#brand #topic, separated by spaces"));
    m_sections.value(ScriptField::Hook)->setPlaceholderText(tr("The first words: what stops the scroll"));

    const auto setLabel = [this](QWidget* field, const QString& text) {
        // The form's row holds the field inside a box with its error line.
        QWidget* box = field->parentWidget();
        if (auto* label = qobject_cast<QLabel*>(m_metaForm->labelForField(box)))
            label->setText(text);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
    };
    setLabel(m_sector, tr("&Sector:"));
    setLabel(m_hookType, tr("Hoo&k type:"));
    setLabel(m_emotion, tr("&Emotion:"));
    setLabel(m_goal, tr("&Goal:"));
    setLabel(m_ctaStyle, tr("CTA st&yle:"));
    setLabel(m_language, tr("&Language:"));
    setLabel(m_length, tr("Le&ngth:"));
    setLabel(m_source, tr("Source:"));
    m_length->setSuffix(tr(" s"));
    m_engagementTitle->setText(tr("How the Reel did (optional)"));
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        //: an engagement figure that is not known
        it.value()->setPlaceholderText(tr("unknown"));
        it.value()->setAccessibleName(ExampleText::fieldLabel(it.key()));
        //: a form label, e.g. "Views:"
        m_countLabels.value(it.key())->setText(tr("%1:").arg(ExampleText::fieldLabel(it.key())));
    }
    m_checksTitle->setText(tr("Checks"));

    const CatalogStore& store = m_workspace.catalog();
    const auto options = [&store](CatalogKind kind) {
        QList<ValueComboBox::Option> out;
        for (const CatalogEntry& e : store.catalog().entries(kind))
            out.append({e.id, CatalogText::label(kind, e.id)});
        return out;
    };
    m_sector->setOptions(options(CatalogKind::Sector));
    m_hookType->setOptions(options(CatalogKind::HookType));
    m_emotion->setOptions(options(CatalogKind::Emotion));
    m_goal->setOptions(options(CatalogKind::Goal));
    QList<ValueComboBox::Option> styles = options(CatalogKind::CtaStyle);
    //: no CTA style chosen for the example
    styles.prepend({QString(), tr("Not set")});
    m_ctaStyle->setOptions(styles);
    m_language->setOptions(options(CatalogKind::Language));
    m_source->setText(ExampleText::sourceName(m_original.source));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save the example to the library"));
}

void ExampleDialog::startNew(const Example& defaults)
{
    Example e;
    e.source = ExampleSource::User;
    e.language = defaults.language.isEmpty() ? QStringLiteral("en") : defaults.language;
    e.sector = defaults.sector;
    e.hookType = defaults.hookType;
    e.emotion = defaults.emotion;
    e.goal = defaults.goal;
    m_id = 0;
    load(e);
    m_sections.value(ScriptField::Hook)->setFocus();
}

void ExampleDialog::startEdit(const Example& example)
{
    m_id = example.id;
    load(example);
    m_sections.value(ScriptField::Hook)->setFocus();
}

void ExampleDialog::load(const Example& example)
{
    m_original = example;
    m_revealErrors = false;
    m_ticket = 0;
    m_nearTimeout.stop();
    setChecking(false);
    m_duplicateLabel->setVisible(false);
    m_duplicateLabel->clear();
    for (FieldErrorLabel* error : std::as_const(m_errors))
        error->clearError();
    m_sections.value(ScriptField::Hook)->load(example.script.hook);
    m_sections.value(ScriptField::Body)->load(example.script.body);
    m_sections.value(ScriptField::Cta)->load(example.script.cta);
    m_sections.value(ScriptField::Caption)->load(example.script.caption);
    m_sections.value(ScriptField::Hashtags)->load(example.script.hashtags.join(u' '));
    m_sector->setValue(example.sector);
    m_hookType->setValue(example.hookType);
    m_emotion->setValue(example.emotion);
    m_goal->setValue(example.goal);
    m_ctaStyle->setValue(example.ctaStyle);
    m_language->setValue(example.language);
    {
        const QSignalBlocker block(m_length);
        m_length->setValue(example.scriptLength);
    }
    for (auto it = m_counts.begin(); it != m_counts.end(); ++it) {
        Engagement engagement = example.engagement;
        const std::optional<qint64>& v = countOf(engagement, it.key());
        it.value()->setText(v ? QString::number(*v) : QString());
    }
    retranslateUi();
    m_checks->restart(validationContext());
}

Example ExampleDialog::example() const
{
    Example e = m_original;
    e.id = m_id;
    e.language = m_language->value();
    e.sector = m_sector->value();
    e.hookType = m_hookType->value();
    e.emotion = m_emotion->value();
    e.goal = m_goal->value();
    e.ctaStyle = m_ctaStyle->value();
    e.scriptLength = m_length->value();
    e.script.hook = m_sections.value(ScriptField::Hook)->toPlainText().trimmed();
    e.script.body = m_sections.value(ScriptField::Body)->toPlainText().trimmed();
    e.script.cta = m_sections.value(ScriptField::Cta)->toPlainText().trimmed();
    e.script.caption = m_sections.value(ScriptField::Caption)->toPlainText().trimmed();
    ReelScript hashtags;
    Validator::setFieldText(hashtags, ScriptField::Hashtags, m_sections.value(ScriptField::Hashtags)->toPlainText());
    e.script.hashtags = hashtags.hashtags;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const QString text = it.value()->text().trimmed();
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        countOf(e.engagement, it.key()) = ok ? std::optional<qint64>(n) : std::nullopt;
    }
    return e;
}

bool ExampleDialog::isModified() const
{
    return !sameContent(example(), m_original);
}

ValidationContext ExampleDialog::validationContext() const
{
    // An example has no brand: the checks are the platform's and the request's (length, language).
    ValidationContext c;
    c.profile.sector = m_sector->value();
    if (!m_ctaStyle->value().isEmpty())
        c.profile.ctaStyle = m_ctaStyle->value();
    c.request.goal = m_goal->value();
    c.request.hookType = m_hookType->value();
    c.request.emotion = m_emotion->value();
    c.request.scriptLength = m_length->value();
    c.request.language = m_language->value();
    c.language = m_language->value();
    c.pack = &m_workspace.rules().current();
    return c;
}

void ExampleDialog::onEdited()
{
    m_duplicateLabel->setVisible(false);
    m_checks->setContext(validationContext());
    m_checks->schedule();
    if (m_revealErrors)
        showFieldErrors(checkExample(example()), false);
}

void ExampleDialog::showFieldErrors(const FieldErrors& errors, bool focus)
{
    QWidget* first = nullptr;
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        QString text;
        for (const FieldError& e : errors) {
            if (e.path == it.key()) {
                text = ErrorText::reason(e);
                break;
            }
        }
        it.value()->setError(text);
    }
    if (!focus)
        return;
    // The first field in the form's order.
    const QList<QWidget*> order = {m_sections.value(ScriptField::Hook),
                                   m_sections.value(ScriptField::Body),
                                   m_sections.value(ScriptField::Cta),
                                   m_sector,
                                   m_hookType,
                                   m_emotion,
                                   m_goal,
                                   m_language,
                                   m_length};
    const QStringList keys = {QStringLiteral("hook"),   QStringLiteral("body"),      QStringLiteral("cta"),
                              QStringLiteral("sector"), QStringLiteral("hook_type"), QStringLiteral("emotion"),
                              QStringLiteral("goal"),   QStringLiteral("language"),  QStringLiteral("script_length")};
    for (qsizetype i = 0; i < keys.size() && !first; ++i) {
        if (m_errors.value(keys.at(i))->hasError())
            first = order.at(i);
    }
    if (first)
        first->setFocus();
}

void ExampleDialog::save()
{
    if (m_ticket != 0)
        return;
    const Example e = example();
    m_revealErrors = true;
    const FieldErrors errors = checkExample(e);
    showFieldErrors(errors, true);
    if (!errors.isEmpty()) {
        emit statusMessage(tr("Fill in the marked fields to save the example."), kStatusTimeoutMs);
        return;
    }
    ExampleLibrary& library = m_workspace.examples();
    auto duplicate = library.findDuplicate(e);
    if (!duplicate) {
        m_prompter.error(this, tr("Could Not Save the Example"), ErrorText::message(duplicate.error()));
        return;
    }
    if (duplicate.value()) {
        const Example& other = *duplicate.value();
        //: %1 the number of the example holding the same script, %2 its hook
        m_duplicateLabel->setText(
                tr("This script is already in the library as example %1: “%2”. Change the hook, "
                   "body or CTA, or cancel.")
                        .arg(QLocale().toString(other.id), ExampleText::firstLine(other.script.hook)));
        m_duplicateLabel->setVisible(true);
        m_sections.value(ScriptField::Hook)->setFocus();
        return;
    }
    // Only a new text can be nearly the same as another example.
    const bool textChanged = isNew() || contentHashOf(e) != contentHashOf(m_original);
    const IndexService::State state = m_index.state();
    if (!textChanged) {
        store(e, {});
    } else if (state == IndexService::State::UpToDate || state == IndexService::State::Stale) {
        m_pending = e;
        m_ticket = m_index.findNearDuplicates(e, kNearThreshold);
        m_nearTimeout.start();
        setChecking(true);
    } else {
        store(e, tr("The near-duplicate check was skipped: the search index is not ready (%1).")
                         .arg(ExampleText::stateName(state)));
    }
}

void ExampleDialog::onNearDuplicates(quint64 ticket, const QList<QPair<qint64, float>>& duplicates)
{
    if (ticket == 0 || ticket != m_ticket)
        return;
    m_ticket = 0;
    m_nearTimeout.stop();
    setChecking(false);
    if (!duplicates.isEmpty()) {
        const auto [id, similarity] = duplicates.first();
        auto other = m_workspace.examples().get(id);
        const QString hook = other ? ExampleText::firstLine(other->script.hook) : QString();
        const QString percent = QLocale().toString(qRound(similarity * 100));
        QString text =
                //: %1 example number, %2 similarity in percent, %3 that example's hook
                tr("This script is nearly the same as example %1 (%2 % alike): “%3”.")
                        .arg(QLocale().toString(id), percent, hook);
        if (duplicates.size() > 1)
            text += u' '
                    + (duplicates.size() == 2
                               ? tr("%n more example is nearly the same too.", nullptr, 1)
                               : tr("%n more examples are nearly the same too.", nullptr, int(duplicates.size() - 1)));
        text += QStringLiteral("\n\n") + tr("Near-identical examples make retrieval less varied. Save it anyway?");
        if (!m_prompter.confirm(this, tr("Nearly the Same Example"), text, tr("Save Anyway")))
            return;
    }
    store(m_pending, {});
}

void ExampleDialog::store(const Example& example, const QString& note)
{
    ExampleLibrary& library = m_workspace.examples();
    auto stored = isNew() ? library.add(example) : library.update(m_id, example);
    if (!stored) {
        const Error& error = stored.error();
        if (error.code == ErrorCode::DuplicateExample) {
            m_duplicateLabel->setText(ErrorText::message(error));
            m_duplicateLabel->setVisible(true);
        } else if (error.code == ErrorCode::InvalidInput) {
            showFieldErrors(error.fields, true);
        } else {
            m_prompter.error(this, tr("Could Not Save the Example"), ErrorText::message(error));
        }
        return;
    }
    learnCatalogValues(stored.value());
    const bool added = isNew();
    m_id = stored->id;
    m_original = stored.value();
    QString text = added ? tr("Added example %1.").arg(QLocale().toString(m_id))
                         : tr("Saved example %1.").arg(QLocale().toString(m_id));
    if (!note.isEmpty())
        text += u' ' + note;
    emit statusMessage(text, kStatusTimeoutMs);
    emit saved(m_id, added);
    accept();
}

void ExampleDialog::learnCatalogValues(const Example& example)
{
    // A sector or hook type typed here joins the pickers and the filters, as a profile's does.
    CatalogStore& catalog = m_workspace.catalog();
    const QList<QPair<CatalogKind, QString>> values = {{CatalogKind::Sector, example.sector},
                                                       {CatalogKind::HookType, example.hookType},
                                                       {CatalogKind::Emotion, example.emotion},
                                                       {CatalogKind::Goal, example.goal},
                                                       {CatalogKind::CtaStyle, example.ctaStyle}};
    for (const auto& [kind, value] : values) {
        if (!value.isEmpty() && !catalog.catalog().contains(kind, value))
            if (auto added = catalog.addValue(kind, value); !added)
                emit statusMessage(ErrorText::message(added.error()), kStatusTimeoutMs);
    }
}

void ExampleDialog::setChecking(bool checking)
{
    m_saveButton->setEnabled(!checking);
    m_saveButton->setText(checking ? tr("Checking…") : tr("&Save"));
    if (checking)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void ExampleDialog::reject()
{
    if (m_ticket != 0) {
        // Cancel while the index answers: the answer is dropped, nothing is saved.
        m_ticket = 0;
        m_nearTimeout.stop();
        setChecking(false);
    }
    if (isVisible() && isModified()) {
        const QString text = isNew() ? tr("The new example has not been saved.")
                                     : tr("Example %1 has unsaved changes.").arg(QLocale().toString(m_id));
        switch (m_prompter.askUnsavedChanges(this, text)) {
        case Prompter::UnsavedAnswer::Save:
            save();
            return;
        case Prompter::UnsavedAnswer::Discard:
            break;
        case Prompter::UnsavedAnswer::Cancel:
            return;
        }
    }
    QDialog::reject();
}

} // namespace reel::ui
