#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pe {

// What a view can be written as: a picture (PNG, SVG, PDF) or the numbers behind it (CSV).
enum class ExportFormat { Png, Svg, Pdf, Csv };

// The one key table of the formats: "png", "svg", "pdf", "csv" (also the file suffix).
QString formatKey(ExportFormat format);
std::optional<ExportFormat> formatFromKey(const QString &key); // case-insensitive
QStringList formatKeys(const QList<ExportFormat> &formats);
inline bool isPicture(ExportFormat format)
{
    return format != ExportFormat::Csv;
}

} // namespace pe
