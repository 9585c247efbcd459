#pragma once

#include "editor/ValidationTypes.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace reel {
class Validator;
struct ValidationContext;
} // namespace reel

namespace reel::ui {

/// Runs the Validator on the editor's worker thread. Lives in that thread for its whole life and
/// owns the thread's Validator (not thread-safe: stemmer, Hunspell), rebuilt when the context
/// changes. Driven only by ValidationService, one job at a time; each job answers with a signal.
class ValidationWorker : public QObject
{
    Q_OBJECT

public:
    ValidationWorker();
    ~ValidationWorker() override;

    void setContext(quint64 revision, const reel::ValidationContext& context);
    void checkField(const reel::ui::FieldCheck& check);
    void checkScript(const reel::ui::ScriptSnapshot& snapshot);
    void suggest(quint64 id, const QString& word);

signals:
    void contextReady(const reel::ui::ContextInfo& info);
    void fieldChecked(const reel::ui::FieldOutcome& outcome);
    void scriptChecked(const reel::ui::ScriptOutcome& outcome);
    void suggestionsReady(quint64 id, const QString& word, const QStringList& suggestions);

private:
    /// validateField() of `text`, remembered per field: a whole-script check right after a field
    /// check of the same text does not run the field's rules twice.
    QList<reel::Finding> fieldFindings(reel::ScriptField field, const QString& text);

    std::unique_ptr<reel::Validator> m_validator;
    quint64 m_context = 0;
    struct Cached
    {
        QString text;
        QList<reel::Finding> findings;
    };
    QHash<int, Cached> m_cache;
};

} // namespace reel::ui
