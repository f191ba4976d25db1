#include "core/io/ndjsonwriter.h"

#include "core/io/jsontext.h"

void NdjsonWriter::write(const PortableEvent &event)
{
    QByteArray line = "{\"family\":" + JsonText::quote(family(event));
    if (!event.name.isEmpty())
        line += ",\"name\":" + JsonText::quote(event.name);
    line += ",\"payload\":" + JsonText::minify(event.payload);
    if (!event.expect.isEmpty())
        line += ",\"expect\":" + JsonText::minify(event.expect);
    line += "}\n";
    m_out->write(line);
    ++m_count;
}
