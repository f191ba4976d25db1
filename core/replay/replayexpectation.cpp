#include "core/replay/replayexpectation.h"

#include "core/net/sendresult.h"
#include "core/replay/replayerrors.h"

#include <QStringList>

namespace {

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString transportFailure(const SendResult &result)
{
    QString text
        = QStringLiteral("no HTTP answer (%1)").arg(SendResult::errorKindName(result.errorKind));
    if (!result.errorMessage.isEmpty())
        text += QStringLiteral(": ") + result.errorMessage;
    return text;
}

} // namespace

bool ReplayExpectation::isDefault() const
{
    return !status && !statusClass && !duplicate && !shouldProcess;
}

ReplayExpectation::Verdict ReplayExpectation::check(
    const SendResult &result, bool ownDuplicate) const
{
    if (!result.transportOk())
        return {false, transportFailure(result)};
    const int wantedClass = statusClass.value_or(2);
    if (status ? result.status != *status : result.status / 100 != wantedClass)
        return {false,
            QStringLiteral("expected status %1, got %2")
                .arg(status ? QString::number(*status) : QStringLiteral("%1xx").arg(wantedClass))
                .arg(result.status)};
    const auto &envelope = result.envelope;
    if (duplicate) {
        const bool got = envelope && envelope->duplicate.value_or(false);
        if (got != *duplicate && !(got && ownDuplicate))
            return {false,
                QStringLiteral("expected duplicate %1, got %2")
                    .arg(boolText(*duplicate), boolText(got))};
    }
    if (shouldProcess) {
        if (!envelope || !envelope->shouldProcess)
            return {false,
                QStringLiteral("expected shouldProcess %1, the answer has none")
                    .arg(boolText(*shouldProcess))};
        if (*envelope->shouldProcess != *shouldProcess)
            return {false,
                QStringLiteral("expected shouldProcess %1, got %2")
                    .arg(boolText(*shouldProcess), boolText(*envelope->shouldProcess))};
    }
    return {true, QString()};
}

QString ReplayExpectation::describe() const
{
    QStringList parts;
    parts << QStringLiteral("status %1")
                 .arg(status ? QString::number(*status)
                             : QStringLiteral("%1xx").arg(statusClass.value_or(2)));
    if (duplicate)
        parts << QStringLiteral("duplicate %1").arg(boolText(*duplicate));
    if (shouldProcess)
        parts << QStringLiteral("shouldProcess %1").arg(boolText(*shouldProcess));
    return parts.join(QStringLiteral(", "));
}

QJsonObject ReplayExpectation::toJson() const
{
    QJsonObject object;
    if (status)
        object.insert(QStringLiteral("status"), *status);
    else if (statusClass)
        object.insert(QStringLiteral("status"), QStringLiteral("%1xx").arg(*statusClass));
    if (duplicate)
        object.insert(QStringLiteral("duplicate"), *duplicate);
    if (shouldProcess)
        object.insert(QStringLiteral("shouldProcess"), *shouldProcess);
    return object;
}

Result<ReplayExpectation> ReplayExpectation::fromJson(const QJsonObject &object)
{
    ReplayExpectation expect;
    const auto bad = [](const QString &what) { return Error {ReplayErrors::BadExpectation, what}; };
    const QJsonValue status = object.value(QStringLiteral("status"));
    if (status.isDouble() && status.toInt() >= 100 && status.toInt() <= 599)
        expect.status = status.toInt();
    else if (status.isString() && status.toString().size() == 3
        && status.toString().endsWith(QLatin1String("xx")) && status.toString()[0] >= u'1'
        && status.toString()[0] <= u'5')
        expect.statusClass = status.toString()[0].digitValue();
    else if (!status.isUndefined())
        return bad(QStringLiteral("expect.status must be a status code or a class like \"4xx\""));
    for (const auto &[key, target] : {std::pair {QStringLiteral("duplicate"), &expect.duplicate},
             std::pair {QStringLiteral("shouldProcess"), &expect.shouldProcess}}) {
        const QJsonValue value = object.value(key);
        if (value.isBool())
            *target = value.toBool();
        else if (!value.isUndefined())
            return bad(QStringLiteral("expect.%1 must be true or false").arg(key));
    }
    return expect;
}
