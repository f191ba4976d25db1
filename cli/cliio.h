#pragma once

#include <QFileDevice>
#include <QIODevice>

// Where a command reads and writes; real streams in the program, buffers in tests.
struct CliIo
{
    QIODevice *out = nullptr;
    QIODevice *err = nullptr;
    bool errIsTerminal = false; // progress bars only on a terminal

    void print(const QString &text) const { out->write(text.toUtf8()); }
    void printError(const QString &text) const { err->write(text.toUtf8()); }
    // Pushes what was printed out now, through the C library's buffer too (a pipe is
    // block-buffered): for a line that must be seen as it happens.
    void flushOut() const
    {
        if (auto *file = qobject_cast<QFileDevice *>(out))
            file->flush();
    }
};
