#include "history/RatingPanel.h"

#include "common/ErrorText.h"
#include "common/FieldErrorLabel.h"
#include "common/WorkflowText.h"
#include "history/HistoryText.h"
#include "history/Promotion.h"
#include "store/ScriptStore.h"
#include "store/Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace reel::ui {

namespace {

constexpr int kTagColumns = 3;

QToolButton* toggle(const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setObjectName(name);
    button->setCheckable(true);
    button->setAutoRaise(true);
    return button;
}

} // namespace

RatingPanel::RatingPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_starsCaption(new QLabel(this))
    , m_up(toggle(QStringLiteral("thumbUpButton"), this))
    , m_down(toggle(QStringLiteral("thumbDownButton"), this))
    , m_tagsCaption(new QLabel(this))
    , m_tagBox(new QWidget(this))
    , m_tagGrid(new QGridLayout(m_tagBox))
    , m_otherTags(new QLineEdit(this))
    , m_commentCaption(new QLabel(this))
    , m_comment(new QPlainTextEdit(this))
    , m_authorCaption(new QLabel(this))
    , m_author(new QLineEdit(this))
    , m_error(new FieldErrorLabel(nullptr, this))
    , m_add(new QPushButton(this))
    , m_average(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("ratingPanel"));
    auto* starRow = new QHBoxLayout;
    starRow->setSpacing(0);
    QFont starFont = font();
    starFont.setPointSizeF(starFont.pointSizeF() * 1.4);
    for (int n = 1; n <= 5; ++n) {
        QToolButton* star = toggle(QStringLiteral("star%1").arg(n), this);
        star->setFont(starFont);
        connect(star, &QToolButton::clicked, this, [this, n] { setStars(m_stars == n ? 0 : n); });
        m_starButtons.append(star);
        starRow->addWidget(star);
    }
    starRow->addSpacing(16);
    starRow->addWidget(m_up);
    starRow->addWidget(m_down);
    starRow->addStretch(1);
    connect(m_up, &QToolButton::clicked, this, [this] { setThumb(m_thumb == Thumb::Up ? Thumb::None : Thumb::Up); });
    connect(m_down, &QToolButton::clicked, this,
            [this] { setThumb(m_thumb == Thumb::Down ? Thumb::None : Thumb::Down); });

    m_tagGrid->setContentsMargins(0, 0, 0, 0);
    m_tagGrid->setSpacing(4);
    m_otherTags->setObjectName(QStringLiteral("otherTagsEdit"));
    m_comment->setObjectName(QStringLiteral("ratingCommentEdit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(m_comment->fontMetrics().lineSpacing() * 4 + 12);
    m_author->setObjectName(QStringLiteral("ratingAuthorEdit"));
    m_error->setObjectName(QStringLiteral("ratingError"));
    m_add->setObjectName(QStringLiteral("addRatingButton"));
    m_average->setObjectName(QStringLiteral("ratingAverageLabel"));
    m_average->setTextFormat(Qt::PlainText);
    m_list->setObjectName(QStringLiteral("ratingsList"));
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_commentCaption->setBuddy(m_comment);
    m_authorCaption->setBuddy(m_author);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &RatingPanel::updateState);
    connect(m_add, &QPushButton::clicked, this, &RatingPanel::addRating);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_starsCaption, starRow);
    auto* tags = new QVBoxLayout;
    tags->setSpacing(4);
    tags->addWidget(m_tagBox);
    tags->addWidget(m_otherTags);
    form->addRow(m_tagsCaption, tags);
    form->addRow(m_commentCaption, m_comment);
    form->addRow(m_authorCaption, m_author);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch();
    buttons->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_average);
    layout->addWidget(m_list, 1);
    retranslateUi();
    resetInput();
}

void RatingPanel::setScript(qint64 id, const QList<Rating>& ratings)
{
    const bool same = id == m_id;
    m_id = id;
    m_ratings = ratings;
    if (!same) {
        resetInput();
        m_author->setText(HistoryText::savedAuthor());
    }
    fillList();
    updateState();
}

void RatingPanel::resetInput()
{
    m_comment->clear();
    m_otherTags->clear();
    m_error->clearError();
    setStars(0);
    setThumb(Thumb::None);
}

void RatingPanel::setStars(int stars)
{
    m_stars = std::clamp(stars, 0, 5);
    for (int i = 0; i < m_starButtons.size(); ++i) {
        QToolButton* star = m_starButtons.at(i);
        star->setChecked(i < m_stars);
        star->setText(i < m_stars ? QStringLiteral("★") : QStringLiteral("☆"));
    }
    m_error->clearError();
    updateState();
}

void RatingPanel::setThumb(Thumb thumb)
{
    const bool changed = thumb != m_thumb;
    m_thumb = thumb;
    m_up->setChecked(thumb == Thumb::Up);
    m_down->setChecked(thumb == Thumb::Down);
    if (changed || m_tagButtons.isEmpty())
        fillTags();
    m_error->clearError();
    updateState();
}

QToolButton* RatingPanel::tagButton(const QString& id) const
{
    for (QToolButton* b : m_tagButtons) {
        if (b->property("tag").toString() == id)
            return b;
    }
    return nullptr;
}

QStringList RatingPanel::tags() const
{
    QStringList out;
    for (const QToolButton* b : m_tagButtons) {
        if (b->isChecked())
            out.append(b->property("tag").toString());
    }
    if (m_thumb != Thumb::None) {
        for (const QString& typed : m_otherTags->text().split(u',', Qt::SkipEmptyParts)) {
            const QString tag = typed.simplified();
            if (!tag.isEmpty() && !out.contains(tag))
                out.append(tag);
        }
    }
    return out;
}

void RatingPanel::fillTags()
{
    qDeleteAll(m_tagButtons);
    m_tagButtons.clear();
    const QStringList ids = m_thumb == Thumb::Up     ? RatingTags::up()
                            : m_thumb == Thumb::Down ? RatingTags::down()
                                                     : QStringList();
    for (int i = 0; i < ids.size(); ++i) {
        auto* chip = new QToolButton(m_tagBox);
        chip->setObjectName(QStringLiteral("tag_") + ids.at(i));
        chip->setProperty("tag", ids.at(i));
        chip->setCheckable(true);
        chip->setText(WorkflowText::tagName(ids.at(i)));
        chip->setToolButtonStyle(Qt::ToolButtonTextOnly);
        chip->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_tagGrid->addWidget(chip, i / kTagColumns, i % kTagColumns);
        m_tagButtons.append(chip);
    }
    const bool any = m_thumb != Thumb::None;
    m_tagsCaption->setVisible(any);
    m_tagBox->setVisible(any);
    m_otherTags->setVisible(any);
    if (!any)
        m_otherTags->clear();
}

bool RatingPanel::addRating()
{
    if (m_id == 0)
        return false;
    Rating rating;
    if (m_stars > 0)
        rating.stars = m_stars;
    rating.thumb = m_thumb;
    rating.tags = tags();
    rating.comment = m_comment->toPlainText().trimmed();
    rating.author = m_author->text().trimmed().isEmpty() ? ScriptStore::defaultAuthor() : m_author->text().trimmed();
    if (!rating.stars && rating.thumb == Thumb::None && rating.comment.isEmpty()) {
        m_error->setError(tr("Choose stars or a thumb, or write a comment."));
        return false;
    }
    auto added = history::rateScript(m_workspace, m_id, rating);
    if (!added) {
        m_error->setError(ErrorText::message(added.error()));
        return false;
    }
    HistoryText::saveAuthor(rating.author);
    resetInput();
    emit ratingAdded(m_id);
    return true;
}

void RatingPanel::fillList()
{
    m_list->clear();
    int starred = 0;
    double sum = 0;
    for (auto it = m_ratings.crbegin(); it != m_ratings.crend(); ++it) {
        const Rating& r = *it;
        QStringList parts;
        if (r.stars) {
            parts.append(HistoryText::stars(*r.stars));
            ++starred;
            sum += *r.stars;
        }
        if (r.thumb != Thumb::None) {
            QString thumb = HistoryText::thumbName(r.thumb);
            if (!r.tags.isEmpty()) {
                QStringList names;
                for (const QString& tag : r.tags)
                    names.append(WorkflowText::tagName(tag));
                //: a thumb and its reasons, e.g. "Thumbs down: Weak hook, Too long"
                thumb = tr("%1: %2").arg(thumb, names.join(QStringLiteral(", ")));
            }
            parts.append(thumb);
        }
        QString text = parts.join(QStringLiteral(" · "));
        if (!r.comment.isEmpty())
            text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + tr("“%1”").arg(r.comment);
        //: who rated and when: %1 name, %2 date and time
        text += u'\n' + tr("%1, %2").arg(r.author, HistoryText::when(r.at));
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, r.id);
    }
    if (m_ratings.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No ratings yet."), m_list);
        item->setFlags(Qt::NoItemFlags);
        m_average->setText(tr("Not rated yet."));
    } else if (starred == 0) {
        m_average->setText(m_ratings.size() == 1 ? tr("%n rating, without stars.", nullptr, 1)
                                                 : tr("%n ratings, without stars.", nullptr, int(m_ratings.size())));
    } else {
        //: %1 the average stars, e.g. "★ 4.5"; %n how many ratings gave stars
        m_average->setText((starred == 1 ? tr("★ %1 from %n rating", nullptr, starred)
                                         : tr("★ %1 average of %n ratings", nullptr, starred))
                                   .arg(QLocale().toString(sum / starred, 'f', 1)));
    }
}

void RatingPanel::updateState()
{
    const bool enabled = m_id != 0;
    for (QToolButton* b : m_starButtons)
        b->setEnabled(enabled);
    m_up->setEnabled(enabled);
    m_down->setEnabled(enabled);
    m_comment->setEnabled(enabled);
    m_author->setEnabled(enabled);
    m_add->setEnabled(enabled
                      && (m_stars > 0 || m_thumb != Thumb::None || !m_comment->toPlainText().trimmed().isEmpty()));
}

void RatingPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RatingPanel::retranslateUi()
{
    m_starsCaption->setText(tr("Rating:"));
    for (int i = 0; i < m_starButtons.size(); ++i) {
        const QString name = i == 0 ? tr("%n star", nullptr, 1) : tr("%n stars", nullptr, i + 1);
        m_starButtons.at(i)->setToolTip(name);
        m_starButtons.at(i)->setAccessibleName(name);
    }
    m_up->setText(HistoryText::thumbName(Thumb::Up));
    m_up->setToolTip(tr("Works as it is; pick what makes it good"));
    m_down->setText(HistoryText::thumbName(Thumb::Down));
    m_down->setToolTip(tr("Needs work; pick what is wrong"));
    m_tagsCaption->setText(tr("Why:"));
    m_otherTags->setPlaceholderText(tr("Other reasons, separated by commas"));
    m_commentCaption->setText(tr("Comment:"));
    m_comment->setPlaceholderText(tr("What works, what to change"));
    m_authorCaption->setText(tr("By:"));
    m_author->setPlaceholderText(ScriptStore::defaultAuthor());
    m_add->setText(tr("Add Rating"));
    m_list->setAccessibleName(tr("Ratings"));
    for (QToolButton* chip : std::as_const(m_tagButtons))
        chip->setText(WorkflowText::tagName(chip->property("tag").toString()));
    if (m_id != 0)
        fillList();
}

} // namespace reel::ui
