#include "core/io/setfilewriter.h"

#include "core/io/jsontext.h"

void SetFileWriter::start()
{
    m_out->write("{\n  \"name\": " + JsonText::quote(m_options.setName)
        + ",\n  \"description\": " + JsonText::quote(m_options.description) + ",\n  \"events\": [");
}

void SetFileWriter::write(const PortableEvent &event)
{
    QByteArray out = m_count ? ",\n    {\n" : "\n    {\n";
    out += "      \"family\": " + JsonText::quote(family(event)) + ",\n";
    out += "      \"name\": " + JsonText::quote(event.name) + ",\n";
    out += "      \"payload\": " + JsonText::reindent(event.payload, 2, 6);
    if (!event.expect.isEmpty())
        out += ",\n      \"expect\": " + JsonText::reindent(event.expect, 2, 6);
    out += "\n    }";
    m_out->write(out);
    ++m_count;
}

void SetFileWriter::finish()
{
    m_out->write(m_count ? "\n  ]\n}\n" : "]\n}\n");
}
