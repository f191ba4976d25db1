#include "core/io/curlwriter.h"

QByteArray CurlWriter::shellQuote(const QByteArray &text)
{
    QByteArray out = text;
    return '\'' + out.replace("'", "'\\''") + '\'';
}

void CurlWriter::start()
{
    m_out->write("#!/bin/sh\n# " + m_options.setName.toUtf8() + ": the API key is read from $"
        + m_options.target.envVar.toUtf8() + "\n");
}

void CurlWriter::write(const PortableEvent &event)
{
    const QByteArray var = "$" + m_options.target.envVar.toUtf8();
    const bool inQuery = m_options.target.authMode == TargetConfig::AuthMode::Query;
    QByteArray address = shellQuote(url(family(event)).toUtf8());
    if (inQuery)
        address += "\"?api_key=" + var + '"';
    QByteArray out = "\n# " + event.name.toUtf8().replace('\n', ' ') + "\n";
    out += "curl --request POST \\\n  --url " + address + " \\\n";
    out += "  --header 'Content-Type: application/json' \\\n";
    if (!inQuery)
        out += "  --header \"api_key: " + var + "\" \\\n";
    out += "  --data-raw " + shellQuote(event.payload) + "\n";
    m_out->write(out);
    ++m_count;
}
