#pragma once

#include "model/Example.h"
#include "rag/IndexService.h"

#include <QCoreApplication>
#include <QString>

namespace reel::ui {

/// Translated words of the Examples page that several of its parts share: where an example came
/// from, the names of the example fields (import mapping and report), the index's state and the
/// embedder it is made with.
class ExampleText
{
    Q_DECLARE_TR_FUNCTIONS(reel::ui::ExampleText)

public:
    static QString sourceName(reel::ExampleSource source);
    /// The label of an importer field key ("hook_type" → "Hook type"); the key itself when unknown,
    /// "(whole row)" for an empty key.
    static QString fieldLabel(const QString& field);
    static QString stateName(reel::IndexService::State state);
    /// "lexical/512/v1" → "Lexical (offline, 512 dimensions)"; "openai:<model>/<dim>/v1" →
    /// "OpenAI-compatible: <model> (<dim> dimensions)".
    static QString embedderName(const QString& embedderKey);
    /// The first line of a hook, for one-line lists.
    static QString firstLine(const QString& text);
    /// "3 s", "2 min 5 s", "1 h 4 min": a time left, rounded up to whole seconds.
    static QString duration(double seconds);
};

} // namespace reel::ui
