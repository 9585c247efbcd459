#pragma once

#include "common/Prompter.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Answers the UI's questions from queues the test fills in advance, and records every
/// message. A question nobody prepared an answer for is counted and answered with Cancel.
class FakePrompter : public reel::ui::Prompter
{
public:
    struct Message
    {
        QString kind; ///< "information", "warning", "error", "about"
        QString title;
        QString text;
    };

    QList<UnsavedAnswer> unsavedAnswers;
    QList<bool> confirmAnswers; ///< true: the accept button, false: Cancel
    QStringList openPaths;
    QStringList savePaths;

    QStringList unsavedQuestions;
    QStringList confirmQuestions;
    QList<Message> messages;
    QStringList saveSuggestions; ///< the suggested paths the save dialog was given
    int unexpected = 0;

    void setNextAnswer(UnsavedAnswer answer) { unsavedAnswers.append(answer); }
    QStringList messageTexts(const QString& kind) const
    {
        QStringList out;
        for (const Message& m : messages) {
            if (m.kind == kind)
                out.append(m.text);
        }
        return out;
    }

    UnsavedAnswer askUnsavedChanges(QWidget*, const QString& text) override
    {
        unsavedQuestions.append(text);
        if (unsavedAnswers.isEmpty()) {
            ++unexpected;
            return UnsavedAnswer::Cancel;
        }
        return unsavedAnswers.takeFirst();
    }
    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        confirmQuestions.append(text);
        if (confirmAnswers.isEmpty()) {
            ++unexpected;
            return false;
        }
        return confirmAnswers.takeFirst();
    }
    void information(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({QStringLiteral("information"), title, text});
    }
    void warning(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({QStringLiteral("warning"), title, text});
    }
    void error(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({QStringLiteral("error"), title, text});
    }
    QString openFileName(QWidget*, const QString&, const QString&, const QString&) override
    {
        if (openPaths.isEmpty()) {
            ++unexpected;
            return {};
        }
        return openPaths.takeFirst();
    }
    QString saveFileName(QWidget*, const QString&, const QString& suggestedPath, const QString&) override
    {
        saveSuggestions.append(suggestedPath);
        if (savePaths.isEmpty()) {
            ++unexpected;
            return {};
        }
        return savePaths.takeFirst();
    }
    void about(QWidget*, const QString& title, const QString& text) override
    {
        messages.append({QStringLiteral("about"), title, text});
    }
    void aboutQt(QWidget*) override { messages.append({QStringLiteral("aboutQt"), {}, {}}); }
};
