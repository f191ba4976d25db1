#include "core/io/csvreader.h"

namespace {
constexpr qint64 chunkSize = 1 << 16;
}

CsvReader::CsvReader(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{ }

char CsvReader::detectDelimiter(const QByteArray &sample)
{
    int counts[3] = {0, 0, 0};
    const char candidates[3] = {',', ';', '\t'};
    bool quoted = false;
    for (const char c : sample) {
        if (c == '"')
            quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r'))
            break; // the header line decides
        for (int i = 0; i < 3; ++i)
            if (!quoted && c == candidates[i])
                ++counts[i];
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    m_buffer = m_device->read(chunkSize);
    m_pos = 0;
    return !m_buffer.isEmpty();
}

int CsvReader::next()
{
    if (!fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos++));
}

bool CsvReader::readRow(QStringList *fields)
{
    fields->clear();
    if (!m_started) {
        m_started = true;
        if (m_device->peek(3) == QByteArray("\xEF\xBB\xBF"))
            m_device->read(3);
        if (m_delimiter == 0)
            m_delimiter = detectDelimiter(m_device->peek(chunkSize));
    }
    int c = next();
    while (c == '\n' || c == '\r') { // blank lines between rows carry no data
        m_line += c == '\n';
        c = next();
    }
    if (c < 0)
        return false;
    m_rowLine = m_line;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (;; c = next()) {
        if (c < 0 && quoted) {
            m_error = QStringLiteral("line %1: a quoted field is never closed").arg(m_rowLine);
            return false;
        }
        if (quoted) {
            if (c == '"') {
                const int after = next();
                if (after == '"') {
                    field += '"';
                    continue;
                }
                quoted = false;
                --m_pos; // look at `after` again as an unquoted byte
                if (after < 0)
                    m_pos = m_buffer.size();
                continue;
            }
            m_line += c == '\n';
            field += static_cast<char>(c);
            continue;
        }
        if (c < 0 || c == '\n' || c == '\r' || c == m_delimiter) {
            fields->append(QString::fromUtf8(field));
            field.clear();
            wasQuoted = false;
            if (c == m_delimiter)
                continue;
            if (c == '\r' && next() != '\n' && m_pos > 0)
                --m_pos;
            m_line += c >= 0;
            return true;
        }
        if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = wasQuoted = true;
            continue;
        }
        field += static_cast<char>(c);
    }
}
