#pragma once

// The brands the offline composer's tests write for: one realistic profile per sector in
// English and per sampled sector in each other language (banned words, a competitor, required
// hashtags), and how they become BrandProfiles. Kept apart from tst_offlinecomposer.cpp, which
// holds the tests themselves.

#include "model/BrandProfile.h"
#include "model/ScriptRequest.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace composertest {

using namespace reel;

inline const QDate kToday(2026, 11, 25); // after the 5-hashtag cap of 19 Dec 2025

struct BrandRow
{
    const char* sector;
    const char* brand;
    std::vector<const char*> pains;
    const char* offer;
    std::vector<const char*> doNotUse;
    std::vector<const char*> competitors;
    std::vector<const char*> required;
    std::vector<const char*> voices;
    const char* ctaStyle;
    const char* goal;
};

// Realistic English brands, one per built-in sector, each with banned words and a competitor.
inline const QList<BrandRow>& englishBrands()
{
    static const QList<BrandRow> rows = {
            {"fitness",
             "PulseFit Studio",
             {"no time to train after work", "workouts that feel boring"},
             "12-week online coaching with home workouts and weekly check-ins",
             {"lazy", "fat", "cheap"},
             {"GymGiant"},
             {"#PulseFit"},
             {"energetic", "motivational"},
             "direct",
             "conversion"},
            {"finance",
             "Ledgerly",
             {"money running out before payday", "confusing investment jargon"},
             "a budgeting app with automatic savings goals",
             {"rich", "gamble", "cheap"},
             {"CashCrab"},
             {"#Ledgerly", "#MoneyHabits"},
             {"professional", "authoritative"},
             "soft",
             "awareness"},
            {"fashion",
             "Thread & Thimble",
             {"a closet full of clothes but nothing to wear", "fast fashion that falls apart"},
             "capsule wardrobe styling sessions",
             {"cheap", "frumpy"},
             {"StyleMart"},
             {"#ThreadAndThimble"},
             {"friendly", "casual"},
             "question",
             "engagement"},
            {"beauty",
             "Glow Lab",
             {"dry skin in winter", "too many products on the shelf"},
             "a three-step routine kit for sensitive skin",
             {"flawless", "anti-aging", "miracle"},
             {"DermaMax"},
             {"#GlowLab"},
             {"authentic", "friendly"},
             "command",
             "conversion"},
            {"productivity",
             "FocusFlow",
             {"endless meetings", "procrastination"},
             "a planner app with focus timers",
             {"hustle", "grind"},
             {"TaskTitan"},
             {"#FocusFlow"},
             {"professional"},
             "direct",
             "lead_generation"},
            {"pets",
             "Pawsome Academy",
             {"a puppy that pulls on the lead", "barking at every noise"},
             "positive reinforcement training classes",
             {"punish", "shock collar"},
             {"DogBoss"},
             {"#PawsomeAcademy"},
             {"friendly", "humorous"},
             "soft",
             "community"},
            {"education",
             "BrightPath Tutoring",
             {"exam anxiety", "forgetting everything the day after class"},
             "one-to-one online maths tutoring",
             {"stupid", "easy A"},
             {"TutorHub"},
             {"#BrightPath"},
             {"motivational", "professional"},
             "question",
             "education"},
            {"wellness",
             "Still Water Yoga",
             {"stress that keeps you up at night", "tight shoulders from desk work"},
             "gentle 20-minute yoga classes online",
             {"detox", "cure", "heal"},
             {"ZenCorp"},
             {"#StillWaterYoga"},
             {"authentic", "friendly"},
             "soft",
             "awareness"},
            {"technology",
             "ByteSized",
             {"a phone full of apps you never use", "passwords you keep forgetting"},
             "weekly tech tips for non-techies",
             {"hack", "dummies"},
             {"GeekSquadron"},
             {"#ByteSized"},
             {"casual", "humorous"},
             "command",
             "engagement"},
            {"food",
             "Sunday Pantry",
             {"no time to cook on weeknights", "wasting groceries every week"},
             "a meal-prep plan with a shopping list",
             {"diet", "guilt-free", "cheat meal"},
             {"MealMonster"},
             {"#SundayPantry"},
             {"friendly", "energetic"},
             "direct",
             "conversion"},
            {"travel",
             "Wander Light",
             {"overpacking", "expensive last-minute flights"},
             "carry-on packing guides and fare alerts",
             {"cheap", "tourist trap"},
             {"JetCheap"},
             {"#WanderLight", "#CarryOnOnly"},
             {"energetic", "casual"},
             "question",
             "awareness"},
            {"real_estate",
             "Keystone Homes",
             {"not knowing how much house you can afford", "bidding wars"},
             "a free first-time buyer consultation",
             {"dream home", "steal"},
             {"HouseHunters Inc"},
             {"#KeystoneHomes"},
             {"professional", "authoritative"},
             "command",
             "launch"},
    };
    return rows;
}

inline QStringList strings(const std::vector<const char*>& items)
{
    QStringList out;
    for (const char* item : items)
        out.append(QString::fromUtf8(item));
    return out;
}

struct LanguageBrand
{
    const char* language;
    BrandRow row;
};

// Brands written in each other language, three sectors each (together every sector once, plus three).
inline const QList<LanguageBrand>& otherBrands()
{
    static const QList<LanguageBrand> rows = {
            {"es",
             {"fitness",
              "Fuerza Viva",
              {"no tengo tiempo para entrenar", "entrenamientos aburridos"},
              "un programa de 12 semanas con rutinas en casa",
              {"gordo", "barato"},
              {"GymRival"},
              {"#FuerzaViva"},
              {"energetic", "motivational"},
              "direct",
              "conversion"}},
            {"es",
             {"finance",
              "Cuentas Claras",
              {"llegar justo a fin de mes", "no entender las inversiones"},
              "una app de presupuesto con metas de ahorro",
              {"rico", "apuesta"},
              {"DineroYa"},
              {"#CuentasClaras"},
              {"professional"},
              "soft",
              "awareness"}},
            {"es",
             {"fashion",
              "Hilo Verde",
              {"un armario lleno sin nada que ponerme", "ropa que se estropea rápido"},
              "asesoría de armario cápsula",
              {"barato", "feo"},
              {"ModaMax"},
              {"#HiloVerde"},
              {"friendly", "casual"},
              "question",
              "engagement"}},
            {"fr",
             {"beauty",
              "Éclat Doux",
              {"la peau sèche en hiver", "trop de produits dans la salle de bain"},
              "un kit de soin en trois étapes pour peau sensible",
              {"miracle", "parfaite"},
              {"DermaPlus"},
              {"#EclatDoux"},
              {"authentic"},
              "command",
              "conversion"}},
            {"fr",
             {"productivity",
              "Focus Atelier",
              {"des réunions sans fin", "la procrastination"},
              "un agenda numérique avec minuteurs de concentration",
              {"hustle", "esclave"},
              {"TaskKing"},
              {"#FocusAtelier"},
              {"professional", "friendly"},
              "direct",
              "lead_generation"}},
            {"fr",
             {"pets",
              "Patte Sage",
              {"un chiot qui tire en laisse", "des aboiements à chaque bruit"},
              "des cours d'éducation positive",
              {"punir", "collier électrique"},
              {"ChienMaster"},
              {"#PatteSage"},
              {"humorous"},
              "soft",
              "community"}},
            {"de",
             {"education",
              "Lernwerk",
              {"Prüfungsangst", "alles nach einem Tag vergessen"},
              "Online-Nachhilfe in Mathe, eins zu eins",
              {"dumm", "faul"},
              {"NachhilfeKing"},
              {"#Lernwerk"},
              {"motivational"},
              "question",
              "education"}},
            {"de",
             {"wellness",
              "Stille Welle",
              {"Stress, der einen nachts wach hält", "verspannte Schultern vom Schreibtisch"},
              "sanfte Yoga-Kurse online, 20 Minuten",
              {"Detox", "heilen"},
              {"ZenCorp"},
              {"#StilleWelle"},
              {"authentic", "friendly"},
              "soft",
              "awareness"}},
            {"de",
             {"technology",
              "Bytewise",
              {"ein Handy voller ungenutzter Apps", "vergessene Passwörter"},
              "wöchentliche Techniktipps für Einsteiger",
              {"hacken", "Dummies"},
              {"TechRiese"},
              {"#Bytewise"},
              {"casual"},
              "command",
              "engagement"}},
            {"hi",
             {"food",
              "घर का स्वाद",
              {"रोज़ खाना बनाने का समय नहीं", "हर हफ्ते सब्ज़ियाँ खराब हो जाना"},
              "शॉपिंग लिस्ट के साथ हफ्ते भर का मील प्लान",
              {"डाइट", "सस्ता"},
              {"फूडकिंग"},
              {"#घरकास्वाद"},
              {"friendly"},
              "direct",
              "conversion"}},
            {"hi",
             {"travel",
              "हल्का सफ़र",
              {"ज़रूरत से ज़्यादा सामान", "महँगी आखिरी मिनट की फ्लाइट"},
              "कैरी-ऑन पैकिंग गाइड और किराया अलर्ट",
              {"सस्ता"},
              {"जेटसेल"},
              {"#हल्कासफ़र"},
              {"energetic"},
              "question",
              "awareness"}},
            {"hi",
             {"real_estate",
              "नींव होम्स",
              {"बजट साफ न होना", "होम लोन की उलझन"},
              "पहली बार घर खरीदने वालों के लिए मुफ़्त सलाह",
              {"सपनों का घर"},
              {"प्रॉपर्टीराजा"},
              {"#नींवहोम्स"},
              {"professional", "authoritative"},
              "command",
              "launch"}},
            {"ja",
             {"fitness",
              "ゲンキジム",
              {"仕事のあと運動する時間がない", "筋トレが続かない"},
              "自宅でできる12週間のオンライン指導",
              {"デブ", "激安"},
              {"マッスル王"},
              {"#ゲンキジム"},
              {"energetic"},
              "direct",
              "conversion"}},
            {"ja",
             {"food",
              "まんぷく台所",
              {"平日に料理する時間がない", "食材を使い切れない"},
              "買い物リスト付きの一週間献立",
              {"ダイエット", "激安"},
              {"ごはん王国"},
              {"#まんぷく台所"},
              {"friendly", "casual"},
              "soft",
              "engagement"}},
            {"ja",
             {"finance",
              "すっきり家計",
              {"給料日前にお金がない", "投資の言葉が難しい"},
              "貯金目標つきの家計簿アプリ",
              {"ギャンブル", "儲かる"},
              {"マネー番長"},
              {"#すっきり家計"},
              {"professional"},
              "question",
              "awareness"}},
    };
    return rows;
}

inline BrandProfile profileOf(const BrandRow& row)
{
    BrandProfile p;
    p.brandName = QString::fromUtf8(row.brand);
    p.sector = QString::fromUtf8(row.sector);
    p.targetAudience.ageRange = QStringLiteral("25-45");
    p.targetAudience.painPoints = strings(row.pains);
    p.brandVoice = strings(row.voices);
    p.offer = QString::fromUtf8(row.offer);
    p.ctaStyle = QString::fromUtf8(row.ctaStyle);
    p.doNotUse = strings(row.doNotUse);
    p.competitors = strings(row.competitors);
    p.requiredHashtags = strings(row.required);
    return p;
}

inline BrandRow englishBrand(const QString& sector)
{
    for (const BrandRow& row : englishBrands()) {
        if (QString::fromUtf8(row.sector) == sector)
            return row;
    }
    return englishBrands().constFirst();
}

inline ScriptRequest requestFor(const BrandRow& row, const QString& hookType, int seconds, const QString& language,
                                const QString& emotion)
{
    ScriptRequest r;
    r.goal = QString::fromUtf8(row.goal);
    r.hookType = hookType;
    r.emotion = emotion;
    r.scriptLength = seconds;
    r.language = language;
    return r;
}

} // namespace composertest
