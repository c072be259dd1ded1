// libFuzzer entry point: the loader must return problems, never crash, hang or leak,
// whatever bytes it is given. Seed it with tests/data and resources/data.
#include "models/datasetloader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const pe::LoadResult result = pe::DatasetLoader::loadBytes(bytes, QStringLiteral("fuzz.json"));
    // A dataset is handed out only when there is nothing to report.
    if (result.ok() == !result.problems.isEmpty())
        __builtin_trap();
    return 0;
}
