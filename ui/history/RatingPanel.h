#pragma once

#include "store/HistoryTypes.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace reel {
class Workspace;
} // namespace reel

namespace reel::ui {

class FieldErrorLabel;

/// A reviewer's verdict on a script: one to five stars, a thumb up or down with reasons (chips
/// for the usual ones, a line for others), a comment and a name; and every rating so far with
/// their average.
class RatingPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RatingPanel(reel::Workspace& workspace, QWidget* parent = nullptr);

    /// Shows script `id`. What was chosen and typed stays when it is the script already shown.
    void setScript(qint64 id, const QList<reel::Rating>& ratings);
    /// Stores the rating chosen; false (with the reason shown) when refused.
    bool addRating();

    /// 0 for no stars.
    int stars() const { return m_stars; }
    void setStars(int stars);
    reel::Thumb thumb() const { return m_thumb; }
    void setThumb(reel::Thumb thumb);
    /// The chips checked and the reasons typed.
    QStringList tags() const;

    QToolButton* starButton(int stars) const { return m_starButtons.value(stars - 1); }
    QToolButton* thumbUpButton() const { return m_up; }
    QToolButton* thumbDownButton() const { return m_down; }
    /// The chip of reason tag `id` (nullptr when the thumb chosen does not offer it).
    QToolButton* tagButton(const QString& id) const;
    QLineEdit* otherTagsEdit() const { return m_otherTags; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QLineEdit* authorEdit() const { return m_author; }
    QPushButton* addButton() const { return m_add; }
    FieldErrorLabel* errorLabel() const { return m_error; }
    QLabel* averageLabel() const { return m_average; }
    QListWidget* ratingsList() const { return m_list; }

signals:
    void ratingAdded(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void resetInput();
    void fillTags();
    void fillList();
    void updateState();

    reel::Workspace& m_workspace;
    qint64 m_id = 0;
    QList<reel::Rating> m_ratings;
    int m_stars = 0;
    reel::Thumb m_thumb = reel::Thumb::None;

    QLabel* m_starsCaption;
    QList<QToolButton*> m_starButtons;
    QToolButton* m_up;
    QToolButton* m_down;
    QLabel* m_tagsCaption;
    QWidget* m_tagBox;
    QGridLayout* m_tagGrid;
    QList<QToolButton*> m_tagButtons;
    QLineEdit* m_otherTags;
    QLabel* m_commentCaption;
    QPlainTextEdit* m_comment;
    QLabel* m_authorCaption;
    QLineEdit* m_author;
    FieldErrorLabel* m_error;
    QPushButton* m_add;
    QLabel* m_average;
    QListWidget* m_list;
};

} // namespace reel::ui
