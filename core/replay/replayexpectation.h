#pragma once

#include "core/common/result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct SendResult;

// What a QA engineer expects of one event: by default any 2xx; a set file may state
// `expect.status` (a number, or a class such as "4xx"), `expect.duplicate` and
// `expect.shouldProcess`.
struct ReplayExpectation
{
    struct Verdict
    {
        bool passed = false;
        QString reason; // why it failed; empty when passed
    };

    std::optional<int> status; // exact status
    std::optional<int> statusClass; // 2 for "2xx"; used when status is unset
    std::optional<bool> duplicate;
    std::optional<bool> shouldProcess;

    bool isDefault() const;
    // `ownDuplicate`: a duplicate answer is known to come from this run's own earlier attempt
    // (a retry or a resend after an interruption), so it does not fail `duplicate: false`.
    Verdict check(const SendResult &result, bool ownDuplicate = false) const;
    QString describe() const; // "status 2xx", "status 400, duplicate false"

    QJsonObject toJson() const;
    static Result<ReplayExpectation> fromJson(const QJsonObject &object);
};
