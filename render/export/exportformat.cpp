#include "render/export/exportformat.h"

#include <QStringList>

#include <array>
#include <utility>

namespace pe {

namespace {
const std::array<std::pair<ExportFormat, const char *>, 4> formatTable = {{
    {ExportFormat::Png, "png"},
    {ExportFormat::Svg, "svg"},
    {ExportFormat::Pdf, "pdf"},
    {ExportFormat::Csv, "csv"},
}};
} // namespace

QString formatKey(ExportFormat format)
{
    for (const auto &[value, key] : formatTable) {
        if (value == format)
            return QLatin1String(key);
    }
    return {};
}

std::optional<ExportFormat> formatFromKey(const QString &key)
{
    for (const auto &[value, name] : formatTable) {
        if (key.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

QStringList formatKeys(const QList<ExportFormat> &formats)
{
    QStringList keys;
    for (ExportFormat format : formats)
        keys.append(formatKey(format));
    return keys;
}

} // namespace pe
