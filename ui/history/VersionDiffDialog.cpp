#include "history/VersionDiffDialog.h"

#include "history/HistoryText.h"
#include "history/TextDiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>

#include <cmath>

namespace reel::ui {

namespace {

constexpr const char* kSectionNames[] = {"hook", "body", "cta", "caption", "hashtags", "onScreenText", "thumbnailText"};

QTextEdit* diffView(const QString& name, QWidget* parent)
{
    auto* view = new QTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setAcceptRichText(false);
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    return view;
}

// Red and green that read on light and dark backgrounds, with a faint wash behind the words.
QTextCharFormat removedFormat(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QTextCharFormat f;
    f.setForeground(dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    f.setBackground(QColor(0xd9, 0x30, 0x25, dark ? 70 : 40));
    f.setFontStrikeOut(true);
    return f;
}

QTextCharFormat addedFormat(const QPalette& palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    QTextCharFormat f;
    f.setForeground(dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x5e, 0x20));
    f.setBackground(QColor(0x2e, 0x7d, 0x32, dark ? 70 : 40));
    f.setFontUnderline(true);
    return f;
}

} // namespace

VersionDiffDialog::VersionDiffDialog(QWidget* parent)
    : QDialog(parent)
    , m_leftCombo(new QComboBox(this))
    , m_rightCombo(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("versionDiffDialog"));
    m_leftCombo->setObjectName(QStringLiteral("leftVersionCombo"));
    m_rightCombo->setObjectName(QStringLiteral("rightVersionCombo"));
    m_summary->setObjectName(QStringLiteral("diffSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    connect(m_leftCombo, &QComboBox::currentIndexChanged, this, &VersionDiffDialog::updateDiff);
    connect(m_rightCombo, &QComboBox::currentIndexChanged, this, &VersionDiffDialog::updateDiff);

    auto* sections = new QWidget;
    auto* grid = new QGridLayout(sections);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    for (int s = 0; s < SectionCount; ++s) {
        auto* label = new QLabel(sections);
        label->setObjectName(QLatin1String(kSectionNames[s]) + QStringLiteral("DiffLabel"));
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        QTextEdit* before = diffView(QLatin1String(kSectionNames[s]) + QStringLiteral("Before"), sections);
        QTextEdit* after = diffView(QLatin1String(kSectionNames[s]) + QStringLiteral("After"), sections);
        // Each side is as tall as its text: rewrap when the width changes.
        before->viewport()->installEventFilter(this);
        after->viewport()->installEventFilter(this);
        grid->addWidget(label, s * 2, 0, 1, 2);
        grid->addWidget(before, s * 2 + 1, 0);
        grid->addWidget(after, s * 2 + 1, 1);
        m_sectionLabels.append(label);
        m_before.append(before);
        m_after.append(after);
    }
    grid->setRowStretch(SectionCount * 2, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(sections);

    auto* combos = new QGridLayout;
    combos->addWidget(m_leftCombo, 0, 0);
    combos->addWidget(m_rightCombo, 0, 1);
    combos->setColumnStretch(0, 1);
    combos->setColumnStretch(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(combos);
    layout->addWidget(m_summary);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(1000, 720);
    retranslateUi();
}

void VersionDiffDialog::setVersions(const QString& title, const QList<ScriptVersion>& versions, int left, int right)
{
    m_title = title;
    m_versions = versions;
    fillCombos();
    compare(left, right);
    retranslateUi();
}

void VersionDiffDialog::compare(int left, int right)
{
    {
        const QSignalBlocker blockLeft(m_leftCombo);
        const QSignalBlocker blockRight(m_rightCombo);
        m_leftCombo->setCurrentIndex(std::max(0, m_leftCombo->findData(left)));
        m_rightCombo->setCurrentIndex(std::max(0, m_rightCombo->findData(right)));
    }
    updateDiff();
}

int VersionDiffDialog::leftNumber() const
{
    return m_leftCombo->currentData().toInt();
}

int VersionDiffDialog::rightNumber() const
{
    return m_rightCombo->currentData().toInt();
}

const ScriptVersion* VersionDiffDialog::version(int number) const
{
    for (const ScriptVersion& v : m_versions) {
        if (v.number == number)
            return &v;
    }
    return nullptr;
}

QString VersionDiffDialog::sectionText(const ReelScript& script, Section section)
{
    switch (section) {
    case Hook:
        return script.hook;
    case Body:
        return script.body;
    case Cta:
        return script.cta;
    case Caption:
        return script.caption;
    case Hashtags:
        return script.hashtags.join(u' ');
    case OnScreenText:
        return script.onScreenText.join(u'\n');
    case ThumbnailText:
        return script.thumbnailText;
    case SectionCount:
        break;
    }
    return {};
}

void VersionDiffDialog::fillCombos()
{
    for (QComboBox* combo : {m_leftCombo, m_rightCombo}) {
        const QSignalBlocker block(combo);
        const int chosen = combo->currentData().toInt();
        combo->clear();
        for (const ScriptVersion& v : std::as_const(m_versions)) {
            //: a version in the compare list: %1 number, %2 kind, %3 author, %4 date and time
            combo->addItem(tr("Version %1 · %2 · %3 · %4")
                                   .arg(QLocale().toString(v.number), HistoryText::versionKind(v.kind), v.author,
                                        HistoryText::when(v.createdAt)),
                           v.number);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    }
}

void VersionDiffDialog::updateDiff()
{
    const ScriptVersion* left = version(leftNumber());
    const ScriptVersion* right = version(rightNumber());
    const QTextCharFormat removed = removedFormat(palette());
    const QTextCharFormat added = addedFormat(palette());
    int changedSections = 0;
    for (int s = 0; s < SectionCount; ++s) {
        const auto section = Section(s);
        const QString before = left ? sectionText(left->script, section) : QString();
        const QString after = right ? sectionText(right->script, section) : QString();
        QTextEdit* beforeView = m_before.at(s);
        QTextEdit* afterView = m_after.at(s);
        beforeView->clear();
        afterView->clear();
        QTextCursor b(beforeView->document());
        QTextCursor a(afterView->document());
        const QTextCharFormat plain;
        for (const history::DiffSpan& span : history::diffWords(before, after)) {
            switch (span.op) {
            case history::DiffSpan::Op::Equal:
                b.insertText(span.text, plain);
                a.insertText(span.text, plain);
                break;
            case history::DiffSpan::Op::Removed:
                b.insertText(span.text, removed);
                break;
            case history::DiffSpan::Op::Added:
                a.insertText(span.text, added);
                break;
            }
        }
        const bool changed = before != after;
        changedSections += changed ? 1 : 0;
        // Sections empty in both versions (no on-screen text, say) are left out.
        const bool shown = !before.isEmpty() || !after.isEmpty() || s <= Cta;
        m_sectionLabels.at(s)->setVisible(shown);
        beforeView->setVisible(shown);
        afterView->setVisible(shown);
        fitHeight(s);
        m_sectionLabels.at(s)->setText(changed ? sectionName(section)
                                               //: a section that is the same in both versions
                                               : tr("%1 (unchanged)").arg(sectionName(section)));
    }
    if (leftNumber() == rightNumber())
        m_summary->setText(tr("The same version is chosen on both sides."));
    else if (changedSections == 0)
        m_summary->setText(tr("The two versions have the same text."));
    else
        m_summary->setText(changedSections == 1 ? tr("%n section differs.", nullptr, 1)
                                                : tr("%n sections differ.", nullptr, changedSections));
}

void VersionDiffDialog::fitHeight(int section)
{
    QTextEdit* before = m_before.value(section);
    QTextEdit* after = m_after.value(section);
    if (!before || !after)
        return;
    qreal height = before->fontMetrics().lineSpacing();
    for (QTextEdit* view : {before, after}) {
        QTextDocument* document = view->document();
        document->setTextWidth(view->viewport()->width());
        height = std::max(height, document->size().height());
    }
    const int fixed = int(std::ceil(height)) + 2 * before->frameWidth();
    before->setFixedHeight(fixed);
    after->setFixedHeight(fixed);
}

bool VersionDiffDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        for (int s = 0; s < SectionCount; ++s) {
            if (watched == m_before.at(s)->viewport() || watched == m_after.at(s)->viewport()) {
                const auto* resize = static_cast<QResizeEvent*>(event);
                if (resize->size().width() != resize->oldSize().width())
                    fitHeight(s);
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString VersionDiffDialog::sectionName(Section section) const
{
    switch (section) {
    case Hook:
        return tr("Hook");
    case Body:
        return tr("Body");
    case Cta:
        return tr("Call to action");
    case Caption:
        return tr("Caption");
    case Hashtags:
        return tr("Hashtags");
    case OnScreenText:
        return tr("On-screen text");
    case ThumbnailText:
        return tr("Thumbnail text");
    case SectionCount:
        break;
    }
    return {};
}

void VersionDiffDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void VersionDiffDialog::retranslateUi()
{
    //: %1 the script's title
    setWindowTitle(m_title.isEmpty() ? tr("Compare Versions") : tr("Compare Versions — %1").arg(m_title));
    m_leftCombo->setAccessibleName(tr("Older version"));
    m_rightCombo->setAccessibleName(tr("Newer version"));
    for (int s = 0; s < SectionCount; ++s) {
        //: %1 a section of the script, e.g. "Hook"
        m_before.at(s)->setAccessibleName(tr("%1, left version").arg(sectionName(Section(s))));
        m_after.at(s)->setAccessibleName(tr("%1, right version").arg(sectionName(Section(s))));
    }
    fillCombos();
    updateDiff();
}

} // namespace reel::ui
