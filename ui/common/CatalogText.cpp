#include "common/CatalogText.h"

#include <span>

namespace reel::ui {

namespace {

constexpr auto kContext = "reel::ui::CatalogText";

struct Label
{
    const char* id;
    struct
    {
        const char* source;
        const char* comment;
    } text; // QT_TRANSLATE_NOOP3 gives {source, comment}
};

// The ids of resources/catalog/catalog.json. The comment tells translators which list a word
// belongs to, and keeps "Curiosity" the hook apart from "Curiosity" the emotion.
constexpr Label kSectors[] = {
        {"fitness", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Fitness", "sector")},
        {"finance", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Finance", "sector")},
        {"fashion", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Fashion", "sector")},
        {"beauty", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Beauty", "sector")},
        {"productivity", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Productivity", "sector")},
        {"pets", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Pets", "sector")},
        {"education", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Education", "sector")},
        {"wellness", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Wellness", "sector")},
        {"technology", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Technology", "sector")},
        {"food", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Food", "sector")},
        {"travel", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Travel", "sector")},
        {"real_estate", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Real estate", "sector")},
};

constexpr Label kHookTypes[] = {
        {"question", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Question", "hook type")},
        {"bold_claim", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Bold claim", "hook type")},
        {"relatable", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Relatable", "hook type")},
        {"shocking", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Shocking", "hook type")},
        {"curiosity", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Curiosity", "hook type")},
        {"statistic", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Statistic", "hook type")},
        {"story", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Story", "hook type")},
};

constexpr Label kEmotions[] = {
        {"excitement", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Excitement", "emotion")},
        {"curiosity", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Curiosity", "emotion")},
        {"urgency", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Urgency", "emotion")},
        {"inspiration", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Inspiration", "emotion")},
        {"fear", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Fear", "emotion")},
        {"joy", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Joy", "emotion")},
        {"surprise", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Surprise", "emotion")},
        {"frustration", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Frustration", "emotion")},
};

constexpr Label kGoals[] = {
        {"awareness", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Awareness", "goal")},
        {"engagement", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Engagement", "goal")},
        {"conversion", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Conversion", "goal")},
        {"lead_generation", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Lead generation", "goal")},
        {"community", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Community", "goal")},
        {"education", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Education", "goal")},
        {"launch", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Product launch", "goal")},
};

constexpr Label kCtaStyles[] = {
        {"direct", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Direct", "CTA style")},
        {"soft", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Soft", "CTA style")},
        {"question", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Question", "CTA style")},
        {"command", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Command", "CTA style")},
};

constexpr Label kVoices[] = {
        {"professional", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Professional", "brand voice")},
        {"friendly", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Friendly", "brand voice")},
        {"energetic", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Energetic", "brand voice")},
        {"motivational", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Motivational", "brand voice")},
        {"authentic", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Authentic", "brand voice")},
        {"casual", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Casual", "brand voice")},
        {"humorous", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Humorous", "brand voice")},
        {"authoritative", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Authoritative", "brand voice")},
};

constexpr Label kPlatforms[] = {
        {"instagram", QT_TRANSLATE_NOOP3("reel::ui::CatalogText", "Instagram", "platform (a brand name)")},
};

std::span<const Label> labelsOf(CatalogKind kind)
{
    switch (kind) {
    case CatalogKind::Sector:
        return kSectors;
    case CatalogKind::HookType:
        return kHookTypes;
    case CatalogKind::Emotion:
        return kEmotions;
    case CatalogKind::Goal:
        return kGoals;
    case CatalogKind::CtaStyle:
        return kCtaStyles;
    case CatalogKind::Voice:
        return kVoices;
    case CatalogKind::Platform:
        return kPlatforms;
    case CatalogKind::Language:
        break;
    }
    return {};
}

const Label* find(CatalogKind kind, const QString& value)
{
    for (const Label& l : labelsOf(kind)) {
        if (value.compare(QLatin1String(l.id), Qt::CaseInsensitive) == 0)
            return &l;
    }
    return nullptr;
}

} // namespace

QString CatalogText::label(CatalogKind kind, const QString& value)
{
    if (kind == CatalogKind::Language) {
        // Native names come with the catalog ("Español", "日本語"): never translated.
        const auto entry = Catalog::builtIn().entry(kind, value);
        return entry ? entry->label : value;
    }
    if (const Label* l = find(kind, value))
        return QCoreApplication::translate(kContext, l->text.source, l->text.comment);
    return value;
}

bool CatalogText::isBuiltIn(CatalogKind kind, const QString& value)
{
    if (kind == CatalogKind::Language)
        return Catalog::builtIn().contains(kind, value);
    return find(kind, value) != nullptr;
}

} // namespace reel::ui
