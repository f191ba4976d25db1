// Fuzzes the receiver's request framer (the bytes of a connection as they arrive): it never
// reads out of bounds, its counts never go backwards, and where the bytes are split between
// reads changes nothing it says.
#include "tests/fuzz/fuzzcheck.h"

#include "core/receiver/requestframer.h"

namespace {

struct Seen
{
    RequestFramer::Phase phase;
    qint64 bodyBytes;
    int started;
    bool operator==(const Seen &o) const
    {
        return phase == o.phase && bodyBytes == o.bodyBytes && started == o.started;
    }
};

Seen seen(const RequestFramer &framer)
{
    return {framer.phase(), framer.bodyBytes(), framer.requestsStarted()};
}

} // namespace

// The first byte picks the size of the pieces the rest is fed in.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype piece = qsizetype(data[0] % 17) + 1;
    const QByteArray input = FuzzCheck::bytes(data + 1, size - 1);
    RequestFramer whole;
    whole.feed(input);
    RequestFramer pieces;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        const int before = pieces.requestsStarted();
        pieces.feed(QByteArrayView(input).sliced(at, std::min(piece, input.size() - at)));
        FuzzCheck::require(pieces.requestsStarted() >= before, "requests counted backwards");
        FuzzCheck::require(pieces.bodyBytes() >= 0, "a negative body");
        FuzzCheck::require(pieces.bodyBytes() <= input.size(), "more body than bytes");
    }
    FuzzCheck::require(seen(whole) == seen(pieces), "the split between reads changed the framing");
    return 0;
}
