#pragma once

#include "store/ScriptStore.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QTextEdit;

namespace reel::ui {

/// Two versions of a script side by side, section by section: on the left the older text with
/// the words that went away struck through in red, on the right the newer text with the words
/// that came in marked green. Either version can be chosen from its list.
class VersionDiffDialog : public QDialog
{
    Q_OBJECT

public:
    enum Section
    {
        Hook,
        Body,
        Cta,
        Caption,
        Hashtags,
        OnScreenText,
        ThumbnailText,
        SectionCount
    };

    explicit VersionDiffDialog(QWidget* parent = nullptr);

    /// Shows `versions` of the script called `title`, comparing version `left` with `right`.
    void setVersions(const QString& title, const QList<reel::ScriptVersion>& versions, int left, int right);
    /// Compares versions `left` and `right` (by number).
    void compare(int left, int right);
    int leftNumber() const;
    int rightNumber() const;

    /// The section's text of a version, as compared (hashtags on one line, on-screen lines apart).
    static QString sectionText(const reel::ReelScript& script, Section section);

    QComboBox* leftCombo() const { return m_leftCombo; }
    QComboBox* rightCombo() const { return m_rightCombo; }
    QTextEdit* beforeView(Section section) const { return m_before.value(section); }
    QTextEdit* afterView(Section section) const { return m_after.value(section); }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void fillCombos();
    void updateDiff();
    /// Makes both views of `section` as tall as the longer text, so the two sides line up.
    void fitHeight(int section);
    QString sectionName(Section section) const;
    const reel::ScriptVersion* version(int number) const;

    QString m_title;
    QList<reel::ScriptVersion> m_versions;
    QComboBox* m_leftCombo;
    QComboBox* m_rightCombo;
    QLabel* m_summary;
    QList<QLabel*> m_sectionLabels;
    QList<QTextEdit*> m_before;
    QList<QTextEdit*> m_after;
};

} // namespace reel::ui
