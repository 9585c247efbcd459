#include "editor/ScriptForm.h"

#include "editor/FindingText.h"
#include "editor/GaugeBar.h"
#include "editor/SectionEditor.h"
#include "editor/SeverityStyle.h"
#include "editor/ShotsModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace reel::ui {

ScriptForm::ScriptForm(QWidget* parent)
    : QWidget(parent)
    , m_shots(new ShotsModel(this))
{
    buildUi();
    retranslateUi();
    connect(m_shots, &ShotsModel::edited, this, [this] {
        m_shotsModified = true;
        emit edited(ScriptField::Shots);
    });
}

SectionEditor* ScriptForm::addSection(ScriptField field, int lines, bool singleLine, const QString& name,
                                      QWidget* headerExtra)
{
    auto* section = new QWidget(this);
    section->setObjectName(name + QStringLiteral("Section"));
    auto* label = new QLabel(section);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    auto* editor = new SectionEditor(field, singleLine ? SectionEditor::Lines::One : SectionEditor::Lines::Many,
                                     section);
    editor->setObjectName(name + QStringLiteral("Edit"));
    const int height = editor->fontMetrics().lineSpacing() * lines + 2 * editor->frameWidth()
                       + int(2 * editor->document()->documentMargin());
    if (field == ScriptField::Body)
        editor->setMinimumHeight(height);
    else
        editor->setFixedHeight(height);
    label->setBuddy(editor);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(label);
    header->addStretch(1);
    if (headerExtra) {
        headerExtra->setParent(section);
        header->addWidget(headerExtra);
    }
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(editor, field == ScriptField::Body ? 1 : 0);

    const int i = fieldIndex(field);
    m_editors[i] = editor;
    m_labels[i] = label;
    m_sections[i] = section;
    connect(editor, &SectionEditor::edited, this, &ScriptForm::edited);
    return editor;
}

void ScriptForm::buildUi()
{
    m_captionCounter = new GaugeBar;
    m_captionCounter->setObjectName(QStringLiteral("captionCounter"));
    m_captionCounter->setMinimumWidth(220);
    m_hashtagCounter = new GaugeBar;
    m_hashtagCounter->setObjectName(QStringLiteral("hashtagCounter"));
    m_hashtagCounter->setMinimumWidth(160);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    addSection(ScriptField::Hook, 2, false, QStringLiteral("hook"));
    addSection(ScriptField::Body, 9, false, QStringLiteral("body"));
    addSection(ScriptField::Cta, 2, false, QStringLiteral("cta"));
    addSection(ScriptField::Caption, 4, false, QStringLiteral("caption"), m_captionCounter);
    addSection(ScriptField::Hashtags, 1, true, QStringLiteral("hashtags"), m_hashtagCounter);
    addSection(ScriptField::OnScreenText, 3, false, QStringLiteral("onScreen"));

    // The shot list: a table with its own add and remove buttons.
    auto* shotsSection = new QWidget(this);
    shotsSection->setObjectName(QStringLiteral("shotsSection"));
    auto* shotsLabel = new QLabel(shotsSection);
    QFont bold = shotsLabel->font();
    bold.setBold(true);
    shotsLabel->setFont(bold);
    m_shotsTable = new QTableView(shotsSection);
    m_shotsTable->setObjectName(QStringLiteral("shotsTable"));
    m_shotsTable->setModel(m_shots);
    m_shotsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shotsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shotsTable->setTabKeyNavigation(false);
    m_shotsTable->verticalHeader()->setVisible(false);
    m_shotsTable->horizontalHeader()->setSectionResizeMode(ShotsModel::StartColumn, QHeaderView::ResizeToContents);
    m_shotsTable->horizontalHeader()->setSectionResizeMode(ShotsModel::EndColumn, QHeaderView::ResizeToContents);
    m_shotsTable->horizontalHeader()->setSectionResizeMode(ShotsModel::VisualColumn, QHeaderView::Stretch);
    m_shotsTable->horizontalHeader()->setSectionResizeMode(ShotsModel::VoiceoverColumn, QHeaderView::Stretch);
    m_shotsTable->setFixedHeight(m_shotsTable->horizontalHeader()->sizeHint().height()
                                 + m_shotsTable->verticalHeader()->defaultSectionSize() * 4
                                 + 2 * m_shotsTable->frameWidth());
    shotsLabel->setBuddy(m_shotsTable);
    m_addShot = new QToolButton(shotsSection);
    m_addShot->setObjectName(QStringLiteral("addShotButton"));
    m_addShot->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/add.svg")));
    m_addShot->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeShot = new QToolButton(shotsSection);
    m_removeShot->setObjectName(QStringLiteral("removeShotButton"));
    m_removeShot->setIcon(QIcon(QStringLiteral(":/reelstudio/icons/delete.svg")));
    m_removeShot->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_removeShot->setEnabled(false);
    connect(m_addShot, &QToolButton::clicked, this, [this] {
        const int row = m_shots->rowCount();
        m_shots->insertRows(row, 1);
        m_shotsTable->setCurrentIndex(m_shots->index(row, ShotsModel::VisualColumn));
        m_shotsTable->setFocus(Qt::OtherFocusReason);
    });
    connect(m_removeShot, &QToolButton::clicked, this, [this] {
        const QModelIndex current = m_shotsTable->currentIndex();
        if (current.isValid())
            m_shots->removeRows(current.row(), 1);
    });
    const auto updateRemove = [this] { m_removeShot->setEnabled(m_shotsTable->currentIndex().isValid()); };
    connect(m_shotsTable->selectionModel(), &QItemSelectionModel::currentChanged, this, updateRemove);
    connect(m_shots, &QAbstractItemModel::modelReset, this, updateRemove);
    connect(m_shots, &QAbstractItemModel::rowsRemoved, this, updateRemove);
    auto* shotsHeader = new QHBoxLayout;
    shotsHeader->addWidget(shotsLabel);
    shotsHeader->addStretch(1);
    shotsHeader->addWidget(m_addShot);
    shotsHeader->addWidget(m_removeShot);
    auto* shotsLayout = new QVBoxLayout(shotsSection);
    shotsLayout->setContentsMargins(0, 0, 0, 0);
    shotsLayout->setSpacing(3);
    shotsLayout->addLayout(shotsHeader);
    shotsLayout->addWidget(m_shotsTable);
    m_labels[fieldIndex(ScriptField::Shots)] = shotsLabel;
    m_sections[fieldIndex(ScriptField::Shots)] = shotsSection;

    addSection(ScriptField::ThumbnailText, 1, true, QStringLiteral("thumbnail"));

    // Sections in reading order, the shot list between on-screen text and the thumbnail.
    for (const ScriptField field : kEditorFields)
        layout->addWidget(m_sections[fieldIndex(field)], field == ScriptField::Body ? 1 : 0);

    QWidget* previous = nullptr;
    for (const ScriptField field : kEditorFields) {
        QWidget* next = field == ScriptField::Shots ? static_cast<QWidget*>(m_shotsTable) : editor(field);
        if (previous)
            setTabOrder(previous, next);
        previous = next;
        if (field == ScriptField::Shots) {
            setTabOrder(previous, m_addShot);
            setTabOrder(m_addShot, m_removeShot);
            previous = m_removeShot;
        }
    }
}

void ScriptForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ScriptForm::retranslateUi()
{
    const auto name = [this](ScriptField field, const QString& label, const QString& placeholder) {
        const int i = fieldIndex(field);
        m_labels[i]->setText(label);
        if (SectionEditor* e = m_editors[i]) {
            e->setAccessibleName(FindingText::sectionName(field));
            e->setPlaceholderText(placeholder);
        }
    };
    name(ScriptField::Hook, tr("&Hook"), tr("The first words viewers hear: make them stop scrolling."));
    name(ScriptField::Body, tr("&Body"), tr("The story, the tips, the proof: what the Reel says."));
    name(ScriptField::Cta, tr("&Call to action"), tr("What viewers should do next, e.g. Book your free class today."));
    name(ScriptField::Caption, tr("Ca&ption"), tr("The post's caption. The first 125 characters show before “more”."));
    name(ScriptField::Hashtags, tr("Hash&tags"), tr("#brand #topic, separated by spaces"));
    name(ScriptField::OnScreenText, tr("&On-screen text"), tr("One line per text overlay"));
    name(ScriptField::Shots, tr("&Shots"), QString());
    name(ScriptField::ThumbnailText, tr("Th&umbnail text"), tr("A few words on the cover image"));
    m_shotsTable->setAccessibleName(FindingText::sectionName(ScriptField::Shots));
    m_addShot->setText(tr("Add Shot"));
    m_addShot->setToolTip(tr("Add a shot at the end of the list"));
    m_addShot->setAccessibleName(tr("Add shot"));
    m_removeShot->setText(tr("Remove Shot"));
    m_removeShot->setToolTip(tr("Remove the selected shot"));
    m_removeShot->setAccessibleName(tr("Remove shot"));
    m_captionCounter->setAccessibleName(tr("Caption length"));
    m_hashtagCounter->setAccessibleName(tr("Hashtag count"));
    m_shots->retranslate();
}

SectionEditor* ScriptForm::editor(ScriptField field) const
{
    return m_editors[fieldIndex(field)];
}

QWidget* ScriptForm::sectionWidget(ScriptField field) const
{
    return m_sections[fieldIndex(field)];
}

void ScriptForm::load(const ReelScript& script)
{
    for (const ScriptField field : kEditorFields) {
        if (SectionEditor* e = editor(field))
            e->load(Validator::fieldText(script, field));
    }
    m_shots->setShots(script.shots);
    m_shotsModified = false;
}

ReelScript ScriptForm::script(const ReelScript& base) const
{
    ReelScript out = base;
    for (const ScriptField field : kEditorFields) {
        if (const SectionEditor* e = editor(field))
            Validator::setFieldText(out, field, e->toPlainText());
    }
    out.shots = m_shots->shots();
    return out;
}

QString ScriptForm::text(ScriptField field) const
{
    if (const SectionEditor* e = editor(field))
        return e->toPlainText();
    QStringList lines;
    for (const Shot& shot : m_shots->shots())
        lines.append(shot.voiceover);
    return lines.join(u'\n');
}

quint64 ScriptForm::revision(ScriptField field) const
{
    if (const SectionEditor* e = editor(field))
        return e->revision();
    return m_shots->revision();
}

bool ScriptForm::isEmpty() const
{
    for (const ScriptField field : kEditorFields) {
        if (const SectionEditor* e = editor(field); e && !e->document()->isEmpty())
            return false;
    }
    return m_shots->rowCount() == 0;
}

bool ScriptForm::isModified() const
{
    for (const ScriptField field : kEditorFields) {
        if (const SectionEditor* e = editor(field); e && e->document()->isModified())
            return true;
    }
    return m_shotsModified;
}

void ScriptForm::setUnmodified()
{
    for (const ScriptField field : kEditorFields) {
        if (SectionEditor* e = editor(field))
            e->document()->setModified(false);
    }
    m_shotsModified = false;
}

void ScriptForm::setCaptionCount(qsizetype count, int limit, int fold)
{
    const QColor color = count > limit ? SeverityStyle::high() : SeverityStyle::good();
    m_captionCounter->setValue(double(count), std::max(limit, 1), color);
    m_captionCounter->setMarker(fold > 0 && fold < limit ? std::optional<double>(fold) : std::nullopt);
    //: Characters used of the caption's limit, e.g. "74 / 2,200"
    m_captionCounter->setText(tr("%1 / %2").arg(QLocale().toString(count), QLocale().toString(limit)));
    m_captionCounter->setToolTip(
            tr("%1 of %2 characters; the first %3 show before “more” (the mark).")
                    .arg(QLocale().toString(count), QLocale().toString(limit), QLocale().toString(fold)));
}

void ScriptForm::setHashtagCount(int count, int cap)
{
    const QColor color = count > cap ? SeverityStyle::high() : SeverityStyle::good();
    m_hashtagCounter->setValue(count, std::max(cap, 1), color);
    //: Hashtags used of the platform's cap, e.g. "3 / 5"
    m_hashtagCounter->setText(tr("%1 / %2").arg(QLocale().toString(count), QLocale().toString(cap)));
    m_hashtagCounter->setToolTip(tr("%1 hashtags of the %2 Instagram allows (hashtags in the caption count too).")
                                         .arg(QLocale().toString(count), QLocale().toString(cap)));
}

void ScriptForm::setScriptLanguage(const QString& code)
{
    const QLocale locale(code);
    for (const ScriptField field : kEditorFields) {
        if (SectionEditor* e = editor(field))
            e->setLocale(locale);
    }
}

} // namespace reel::ui
