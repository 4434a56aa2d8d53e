// libFuzzer target: any bytes, fed in two pieces at a fuzzer-chosen split, must leave the
// response parser either complete, waiting, or failed with a message; never crash or hang.
#include "docker/HttpResponseParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::size_t split = data[0] % size;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    blihops::HttpResponseParser parser;
    const bool ok =
        parser.feed(bytes.left(qsizetype(split))) && parser.feed(bytes.mid(qsizetype(split)));
    parser.takeBody();
    if (ok && !parser.isComplete())
        parser.finishAtEof();
    if (parser.hasError() && parser.error().isEmpty())
        __builtin_trap();
    return 0;
}
