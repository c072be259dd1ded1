#include "render/export/pngencoder.h"

#include <QtEndian>

#include <zlib.h>

#include <vector>

namespace pe {

namespace {

void appendChunk(QByteArray &out, const char type[4], const QByteArray &data)
{
    char length[4];
    qToBigEndian<quint32>(quint32(data.size()), length);
    out.append(length, 4);
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    uLong crc = crc32(0L, Z_NULL, 0);
    crc = crc32(crc, reinterpret_cast<const Bytef *>(out.constData() + start),
                uInt(out.size() - start));
    char crcBytes[4];
    qToBigEndian<quint32>(quint32(crc), crcBytes);
    out.append(crcBytes, 4);
}

QByteArray bigEndian(std::initializer_list<quint32> values)
{
    QByteArray bytes;
    for (const quint32 value : values) {
        char word[4];
        qToBigEndian<quint32>(value, word);
        bytes.append(word, 4);
    }
    return bytes;
}

} // namespace

QByteArray PngEncoder::encode(const QImage &image)
{
    if (image.isNull() || image.format() != QImage::Format_RGB32)
        return {};
    const int width = image.width();
    const int height = image.height();

    z_stream stream{};
    if (deflateInit2(&stream, 1, Z_DEFLATED, 15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray compressed;
    compressed.resize(qsizetype(deflateBound(&stream, uLong(height) * (1 + uLong(width) * 3))));
    stream.next_out = reinterpret_cast<Bytef *>(compressed.data());
    stream.avail_out = uInt(compressed.size());

    // One row at a time: the filter byte, then each pixel's difference from its left
    // neighbour ("Sub"), in R, G, B order.
    std::vector<unsigned char> row(1 + size_t(width) * 3);
    row[0] = 1; // Sub
    bool ok = true;
    for (int y = 0; y < height && ok; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        unsigned char *out = row.data() + 1;
        int r0 = 0, g0 = 0, b0 = 0;
        for (int x = 0; x < width; ++x) {
            const int r = qRed(pixels[x]), g = qGreen(pixels[x]), b = qBlue(pixels[x]);
            *out++ = static_cast<unsigned char>(r - r0);
            *out++ = static_cast<unsigned char>(g - g0);
            *out++ = static_cast<unsigned char>(b - b0);
            r0 = r;
            g0 = g;
            b0 = b;
        }
        stream.next_in = row.data();
        stream.avail_in = uInt(row.size());
        ok = deflate(&stream, y + 1 == height ? Z_FINISH : Z_NO_FLUSH) ==
             (y + 1 == height ? Z_STREAM_END : Z_OK);
    }
    if (height == 0)
        ok = false;
    compressed.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    if (!ok)
        return {};

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray header = bigEndian({quint32(width), quint32(height)});
    header.append(char(8)); // bits per sample
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // deflate
    header.append(char(0)); // adaptive filtering (a filter byte per row)
    header.append(char(0)); // not interlaced
    appendChunk(png, "IHDR", header);
    QByteArray density =
        bigEndian({quint32(image.dotsPerMeterX()), quint32(image.dotsPerMeterY())});
    density.append(char(1)); // the unit is the metre
    appendChunk(png, "pHYs", density);
    appendChunk(png, "IDAT", compressed);
    appendChunk(png, "IEND", QByteArray());
    return png;
}

} // namespace pe
