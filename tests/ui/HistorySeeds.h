#pragma once

// The scripts both History page test programs start from.

#include "UiTestHelpers.h"
#include "store/ScriptStore.h"

#include <QList>
#include <QString>

namespace uitest::history {

using reel::GenerationRecord;

struct Seed
{
    QString title;
    QString brand;
    QString sector;
    QString hookType;
    QString language;
    QString provider;
    QString model;
    QString status;
    double cost = 0;
    int score = 0;
    QString body;
};

inline GenerationRecord recordOf(const Seed& s)
{
    GenerationRecord r;
    r.title = s.title;
    r.profile = uitest::profile(s.brand, s.sector);
    r.request.hookType = s.hookType;
    r.request.goal = QStringLiteral("awareness");
    r.request.emotion = QStringLiteral("curiosity");
    r.language = s.language;
    r.provider = s.provider;
    r.model = s.model;
    r.status = s.status;
    r.costUsd = s.cost;
    r.score = s.score;
    r.latencyMs = 2400;
    r.usage = {1200, 340, 1540};
    r.script.hook = s.title + QStringLiteral("?");
    r.script.body = s.body;
    r.script.cta = QStringLiteral("Follow %1 for more.").arg(s.brand);
    r.script.caption = QStringLiteral("Caption for %1").arg(s.title);
    r.script.hashtags = {QStringLiteral("#reels"), QStringLiteral("#%1").arg(s.brand.toLower())};
    return r;
}

// Six scripts: five written today, one imported from March 2024.
inline const QList<Seed>& seeds()
{
    static const QList<Seed> list = {
            {QStringLiteral("Stop skipping leg day"), QStringLiteral("FitLife"), QStringLiteral("fitness"),
             QStringLiteral("question"), QStringLiteral("en"), QStringLiteral("offline"), QString(),
             QStringLiteral("draft"), 0, 82,
             QStringLiteral("Zebras never skip leg day. Ten squats while the kettle boils add up to a stronger week.")},
            {QStringLiteral("Three budgeting apps that actually work"), QStringLiteral("MoneyWise"),
             QStringLiteral("finance"), QStringLiteral("bold_claim"), QStringLiteral("en"), QStringLiteral("openai"),
             QStringLiteral("gpt-4o-mini"), QStringLiteral("in_review"), 0.0123, 91,
             QStringLiteral("Forget the spreadsheet. These three apps sort your spending while you sleep.")},
            {QStringLiteral("Tu perro te habla con la cola"), QStringLiteral("PawPals"), QStringLiteral("pets"),
             QStringLiteral("curiosity"), QStringLiteral("es"), QStringLiteral("ollama"), QStringLiteral("llama3"),
             QStringLiteral("approved"), 0, 70,
             QStringLiteral("Una cola alta y rígida no siempre significa alegría. Mira las orejas también.")},
            {QStringLiteral("Glow routine in five minutes"), QStringLiteral("GlowUp"), QStringLiteral("beauty"),
             QStringLiteral("relatable"), QStringLiteral("hi"), QStringLiteral("openai"), QStringLiteral("gpt-4o"),
             QStringLiteral("published"), 0.02, 65,
             QStringLiteral("Cleanse, serum, moisturiser, sunscreen. Five minutes and you are out of the door.")},
            {QStringLiteral("Meal prep for lazy Sundays"), QStringLiteral("FitLife"), QStringLiteral("fitness"),
             QStringLiteral("story"), QStringLiteral("en"), QStringLiteral("offline"), QString(),
             QStringLiteral("draft"), 0, 75,
             QStringLiteral("One tray of roast vegetables, one pot of rice, four boxes. Lunch is done till Thursday.")},
    };
    return list;
}

inline const Seed& oldSeed()
{
    static const Seed seed{QStringLiteral("Launch teaser from last spring"),
                           QStringLiteral("MoneyWise"),
                           QStringLiteral("finance"),
                           QStringLiteral("statistic"),
                           QStringLiteral("en"),
                           QStringLiteral("openai"),
                           QStringLiteral("gpt-4o-mini"),
                           QStringLiteral("published"),
                           0.004,
                           88,
                           QStringLiteral("Eight in ten people never check their subscriptions. We did it for you.")};
    return seed;
}

} // namespace uitest::history
