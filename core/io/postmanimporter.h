#pragma once

#include "core/io/importreport.h"

#include "core/common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

// Reads a Postman collection (v2.1, v2.0 alike): every POST to the events endpoint, folders
// included, becomes an event with the family from the URL path and the raw body as its payload;
// other requests are listed as skipped. An expectation written by our export comes back too.
class PostmanImporter final
{
public:
    static Result<ImportReport> importData(const QByteArray &json, const QString &name);
    static Result<ImportReport> importFile(const QString &path);

private:
    static QHash<QString, QString> variables(const QJsonArray &list);
    static void visitItems(const QJsonArray &items, const QString &folder,
        const QHash<QString, QString> &variables, ImportReport &report);
    static void addRequest(const QJsonObject &item, const QString &label,
        const QHash<QString, QString> &variables, ImportReport &report);
    static QString urlText(const QJsonValue &url);
    static QByteArray expectation(const QJsonObject &item);

    Q_DECLARE_TR_FUNCTIONS(PostmanImporter)
};
