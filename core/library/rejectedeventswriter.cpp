#include "core/library/rejectedeventswriter.h"

#include "core/common/commonerrors.h"
#include "core/io/jsontext.h"
#include "core/json/jsonsyntaxchecker.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {

constexpr int maxDepth = 256;

bool isJson(const QByteArray &text)
{
    return JsonSyntaxChecker::check(
               std::string_view(text.constData(), size_t(text.size())), maxDepth)
               .code
        == QLatin1String("ok");
}

Error unwritable(const QString &path, const QSaveFile &file)
{
    return Error {CommonErrors::Io,
        QCoreApplication::translate("RejectedEventsWriter", "%1: cannot write: %2")
            .arg(path, file.errorString())};
}

} // namespace

namespace RejectedEventsWriter {

QByteArray line(const PortableEvent &event)
{
    if (!isJson(event.payload)) // one line as read; a line break would split it in two
        return QByteArray(event.payload).replace('\r', ' ').replace('\n', ' ') + '\n';
    QByteArray text = "{";
    if (!event.family.isEmpty())
        text += "\"family\":" + JsonText::quote(event.family) + ',';
    if (!event.name.isEmpty())
        text += "\"name\":" + JsonText::quote(event.name) + ',';
    return text + "\"payload\":" + JsonText::minify(event.payload) + "}\n";
}

Result<> write(const QString &path, const QList<PortableEvent> &events)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return unwritable(path, file);
    for (const PortableEvent &event : events)
        file.write(line(event));
    if (!file.commit())
        return unwritable(path, file);
    return {};
}

} // namespace RejectedEventsWriter
