#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

// Reads RFC 4180 CSV from a device in chunks, one row at a time (100k-row files never sit in
// memory): quoted fields with "" escapes and embedded newlines, CRLF or LF, a UTF-8 BOM, and the
// delimiter (`,`, `;` or tab) detected from the header line unless given.
class CsvReader final
{
public:
    explicit CsvReader(QIODevice *device, char delimiter = 0);

    // False at the end of input or on an error (see errorString()).
    bool readRow(QStringList *fields);
    char delimiter() const { return m_delimiter; }
    int rowLine() const { return m_rowLine; } // 1-based line where the last row started
    QString errorString() const { return m_error; }

    static char detectDelimiter(const QByteArray &sample);

private:
    bool fill();
    int next(); // the next byte, or -1 at the end

    QIODevice *m_device;
    char m_delimiter;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_rowLine = 0;
    bool m_started = false;
    QString m_error;
};
