#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: an invariant that must hold on any input, and the input as
// Qt types. A broken invariant aborts, which libFuzzer reports as a crash with the input.
namespace FuzzCheck {

inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

// An importer's "skipped" lines never print the key of a skipped request's URL.
template<typename Report>
void requireNoKeyInSkipped(const Report &report)
{
    if (!report)
        return;
    for (const QString &line : report.value().skipped)
        require(!line.contains(QLatin1String("api_key=sk_fuzz")), "a key in a skipped line");
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace FuzzCheck
