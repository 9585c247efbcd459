#pragma once

#include "model/FieldError.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace reel {

/// One shot of the Reel's shot list.
struct Shot
{
    double startS = 0.0;
    double endS = 0.0;
    QString visual;
    QString voiceover;

    friend bool operator==(const Shot&, const Shot&) = default;
};

/// A script. hook/body/cta/caption/hashtags are the original service's; the rest are
/// Reel Studio's additions and may be empty.
struct ReelScript
{
    QString hook;
    QString body;
    QString cta;
    QString caption;
    QStringList hashtags;
    QStringList onScreenText;
    QList<Shot> shots;
    QString thumbnailText;

    QByteArray unknownFields;

    friend bool operator==(const ReelScript&, const ReelScript&) = default;
};

/// `validation` of the original answer envelope.
struct ValidationSummary
{
    bool isValid = true;
    QStringList errors;
    QStringList warnings;

    friend bool operator==(const ValidationSummary&, const ValidationSummary&) = default;
};

/// `metadata` of the original answer envelope.
struct AnswerMetadata
{
    QString brand;
    QString sector;
    QString goal;
    QString hookType;
    int scriptLength = 0;
    QByteArray unknownFields; ///< Reel Studio's own metadata rides here (provider, model, …)

    friend bool operator==(const AnswerMetadata&, const AnswerMetadata&) = default;
};

/// The original service's answer: `{"script": {...}, "validation": {...}, "metadata": {...}}`.
struct AnswerEnvelope
{
    ReelScript script;
    ValidationSummary validation;
    AnswerMetadata metadata;
    QByteArray unknownFields;

    friend bool operator==(const AnswerEnvelope&, const AnswerEnvelope&) = default;
};

FieldErrors checkScript(const ReelScript& script, const QString& prefix = {});

} // namespace reel
