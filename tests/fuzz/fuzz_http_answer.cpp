// Fuzzes the reading of an HTTP answer from a (hostile) server: the bytes arrive in the pieces
// the first byte chooses; the parser completes, fails with a message or wants more, and the
// body it keeps never passes its cap.
#include "tests/fuzz/fuzzcheck.h"

#include "core/net/httpanswerparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const size_t piece = 1 + data[0] % 64;
    HttpAnswerParser parser;
    HttpAnswerParser::State state = HttpAnswerParser::State::NeedMore;
    for (size_t at = 1; at < size && state == HttpAnswerParser::State::NeedMore; at += piece)
        state = parser.feed(FuzzCheck::bytes(data + at, std::min(piece, size - at)));
    if (state == HttpAnswerParser::State::Failed)
        FuzzCheck::require(!parser.error().isEmpty(), "failed without a message");
    const HttpAnswerParser::Answer answer = parser.takeAnswer();
    FuzzCheck::require(answer.body.size() <= SendResult::MaxBodyBytes, "body over its cap");
    FuzzCheck::require(answer.bodyBytes >= answer.body.size(), "kept more than received");
    return 0;
}
