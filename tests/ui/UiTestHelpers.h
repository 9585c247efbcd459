#pragma once

#include "model/BrandProfile.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QListWidget>
#include <QTest>

/// Finds the child widget `name` of type `Type` under `root` into `var`, failing the test if absent.
#define REEL_FIND(var, Type, root, name)                        \
    auto* var = (root)->findChild<Type*>(QStringLiteral(name)); \
    QVERIFY2(var != nullptr, "no " #Type " named " name)

namespace uitest {

inline reel::BrandProfile profile(const QString& name, const QString& sector = QStringLiteral("fitness"))
{
    reel::BrandProfile p;
    p.brandName = name;
    p.sector = sector;
    p.targetAudience.ageRange = QStringLiteral("25-40");
    p.targetAudience.gender = QStringLiteral("female");
    p.targetAudience.location = QStringLiteral("Pune, India");
    p.targetAudience.painPoints = {QStringLiteral("no time"), QStringLiteral("gym is expensive")};
    p.brandVoice = {QStringLiteral("friendly"), QStringLiteral("energetic")};
    p.offer = QStringLiteral("Free 7-day trial");
    p.ctaStyle = QStringLiteral("soft");
    p.doNotUse = {QStringLiteral("cheap")};
    p.competitors = {QStringLiteral("GymCo")};
    p.requiredHashtags = {QStringLiteral("#FitLife")};
    p.defaultLanguage = QStringLiteral("hi");
    p.notes = QStringLiteral("Launch in March");
    return p;
}

/// Types `text` into `widget` as a user would: ASCII as key presses, anything else (a dash, Hindi,
/// Japanese) as an input method commits it.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QCoreApplication::sendEvent(widget, &commit);
        }
    }
}

/// The texts of a view's rows, top to bottom.
inline QStringList rowTexts(const QAbstractItemView* view)
{
    QStringList out;
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row)
        out.append(model->index(row, 0).data().toString());
    return out;
}

/// Clicks the row showing `text` as a user would.
inline bool clickRow(QAbstractItemView* view, const QString& text)
{
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data().toString() == text) {
            view->scrollTo(index);
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
            return true;
        }
    }
    return false;
}

inline QStringList listItems(const QListWidget* list, bool checkedOnly = false)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (!checkedOnly || list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->text());
    }
    return out;
}

} // namespace uitest
