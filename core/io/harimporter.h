#pragma once

#include "core/io/importreport.h"

#include "core/common/result.h"

#include <QCoreApplication>

// Reads an HTTP Archive (HAR 1.2, as browsers and proxies save it): POSTs to the events endpoint
// become events (family from the path, body from postData.text); other entries are skipped and
// listed. Names and expectations written by our export (entry `_eventsmith`) come back too.
class HarImporter final
{
public:
    static Result<ImportReport> importData(const QByteArray &json, const QString &name);
    static Result<ImportReport> importFile(const QString &path);

    Q_DECLARE_TR_FUNCTIONS(HarImporter)
};
