#include "tests/support/imagecomparison.h"

#include <QDir>
#include <QFileInfo>
#include <QPainter>

#include <algorithm>
#include <cstdlib>

namespace pe::test {

namespace {

int channelDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
}

QString saved(const QImage &image, const QString &fileName)
{
    const QString path = ImageComparison::outputPath(fileName);
    QDir().mkpath(QFileInfo(path).absolutePath());
    return image.save(path) ? path : QStringLiteral("(could not write %1)").arg(path);
}

} // namespace

bool ImageComparison::updatingReferences()
{
    return qEnvironmentVariableIntValue("PE_UPDATE_REFERENCES") == 1;
}

QString ImageComparison::referencePath(const QString &referenceName)
{
    return QDir(QStringLiteral(PE_REFERENCE_DIR)).filePath(referenceName + QStringLiteral(".png"));
}

QString ImageComparison::outputPath(const QString &fileName)
{
    return QDir(QStringLiteral(PE_TEST_OUTPUT_DIR)).filePath(fileName);
}

ImageComparison::Result ImageComparison::compare(const QImage &actualImage,
                                                 const QString &referenceName,
                                                 ImageTolerance tolerance)
{
    // Compared as stored in a PNG: device pixel ratio and premultiplication do not matter.
    QImage actual = actualImage.convertToFormat(QImage::Format_ARGB32);
    actual.setDevicePixelRatio(1);
    const QString reference = referencePath(referenceName);
    if (updatingReferences()) {
        QDir().mkpath(QFileInfo(reference).absolutePath());
        if (!actual.save(reference))
            return {false, QStringLiteral("could not write the reference %1").arg(reference)};
        return {true, QStringLiteral("wrote the reference %1").arg(reference)};
    }

    const QImage expected = QImage(reference).convertToFormat(QImage::Format_ARGB32);
    if (expected.isNull()) {
        return {false,
                QStringLiteral("no reference %1 (actual picture: %2; run with "
                               "PE_UPDATE_REFERENCES=1 to write it)")
                    .arg(reference, saved(actual, referenceName + QStringLiteral(".actual.png")))};
    }
    if (expected.size() != actual.size()) {
        return {false, QStringLiteral("%1: size %2x%3, the reference is %4x%5 (actual: %6)")
                           .arg(referenceName)
                           .arg(actual.width())
                           .arg(actual.height())
                           .arg(expected.width())
                           .arg(expected.height())
                           .arg(saved(actual, referenceName + QStringLiteral(".actual.png")))};
    }

    // The diff: the reference faded to a light grey picture, differing pixels in red.
    QImage diff =
        expected.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_ARGB32);
    {
        QPainter painter(&diff);
        painter.fillRect(diff.rect(), QColor(255, 255, 255, 200));
    }
    qint64 differing = 0;
    int worst = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        auto *d = reinterpret_cast<QRgb *>(diff.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int difference = channelDifference(a[x], e[x]);
            worst = std::max(worst, difference);
            if (difference > tolerance.channel) {
                ++differing;
                d[x] = qRgb(255, 0, 0);
            }
        }
    }
    const qint64 pixels = qint64(actual.width()) * actual.height();
    const double fraction = double(differing) / double(pixels);
    const QString summary = QStringLiteral("%1: %2 of %3 pixels (%4 %) differ by more than %5 "
                                           "(largest difference %6; allowed %7 %)")
                                .arg(referenceName)
                                .arg(differing)
                                .arg(pixels)
                                .arg(fraction * 100, 0, 'f', 3)
                                .arg(tolerance.channel)
                                .arg(worst)
                                .arg(tolerance.differingFraction * 100, 0, 'f', 3);
    if (fraction <= tolerance.differingFraction)
        return {true, summary};
    return {false, summary + QStringLiteral("\n  actual: %1\n  diff:   %2\n  reference: %3")
                                 .arg(saved(actual, referenceName + QStringLiteral(".actual.png")),
                                      saved(diff, referenceName + QStringLiteral(".diff.png")),
                                      reference)};
}

} // namespace pe::test
