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

struct Difference
{
    qint64 differing = 0; // pixels differing by more than the channel tolerance
    int worst = 0;
    QImage picture; // expected faded to a light grey, differing pixels in red
};

// Both pictures of one size, as ARGB32.
Difference differenceOf(const QImage &actual, const QImage &expected, int channel)
{
    Difference result;
    result.picture =
        expected.convertToFormat(QImage::Format_Grayscale8).convertToFormat(QImage::Format_ARGB32);
    {
        QPainter painter(&result.picture);
        painter.fillRect(result.picture.rect(), QColor(255, 255, 255, 200));
    }
    for (int y = 0; y < actual.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *e = reinterpret_cast<const QRgb *>(expected.constScanLine(y));
        auto *d = reinterpret_cast<QRgb *>(result.picture.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int difference = channelDifference(a[x], e[x]);
            result.worst = std::max(result.worst, difference);
            if (difference > channel) {
                ++result.differing;
                d[x] = qRgb(255, 0, 0);
            }
        }
    }
    return result;
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

    const Difference difference = differenceOf(actual, expected, tolerance.channel);
    const qint64 differing = difference.differing;
    const int worst = difference.worst;
    const QImage &diff = difference.picture;
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

ImageComparison::Result ImageComparison::compareRenderings(const QImage &actualImage,
                                                           const QImage &expectedImage,
                                                           const QString &name,
                                                           RenderingTolerance tolerance)
{
    const QImage actual = actualImage.convertToFormat(QImage::Format_ARGB32);
    const QImage expected = expectedImage.convertToFormat(QImage::Format_ARGB32);
    if (actual.size() != expected.size()) {
        return {false, QStringLiteral("%1: size %2x%3, expected %4x%5")
                           .arg(name)
                           .arg(actual.width())
                           .arg(actual.height())
                           .arg(expected.width())
                           .arg(expected.height())};
    }
    const QSize shrunk(std::max(1, actual.width() / tolerance.shrink),
                       std::max(1, actual.height() / tolerance.shrink));
    // Smooth scaling averages the pixels each shrunk pixel covers.
    const auto shrink = [&](const QImage &image) {
        return image.scaled(shrunk, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
            .convertToFormat(QImage::Format_ARGB32);
    };
    const QImage a = shrink(actual);
    const QImage e = shrink(expected);
    const Difference strong = differenceOf(a, e, tolerance.strongChannel);
    const Difference faint = differenceOf(a, e, tolerance.faintChannel);

    // Where the faint differences are, in full-size pixels: says at once which part of the
    // page (the plot, a label, the footer) one renderer draws differently.
    QRect where;
    for (int y = 0; y < faint.picture.height(); ++y) {
        const auto *d = reinterpret_cast<const QRgb *>(faint.picture.constScanLine(y));
        for (int x = 0; x < faint.picture.width(); ++x) {
            if (d[x] == qRgb(255, 0, 0))
                where |= QRect(x * tolerance.shrink, y * tolerance.shrink, tolerance.shrink,
                               tolerance.shrink);
        }
    }
    const qint64 pixels = qint64(shrunk.width()) * shrunk.height();
    const double strongShare = double(strong.differing) / double(pixels);
    const double faintShare = double(faint.differing) / double(pixels);
    const auto percent = [](double share) { return QString::number(share * 100, 'f', 3); };
    QString summary = QStringLiteral("%1, shrunk 1/%2 to %3 pixels: %4 % differ by more than %5 "
                                     "(allowed %6 %), %7 % by more than %8 (allowed %9 %); "
                                     "largest difference %10")
                          .arg(name)
                          .arg(tolerance.shrink)
                          .arg(pixels)
                          .arg(percent(strongShare))
                          .arg(tolerance.strongChannel)
                          .arg(percent(tolerance.strongFraction))
                          .arg(percent(faintShare))
                          .arg(tolerance.faintChannel)
                          .arg(percent(tolerance.faintFraction))
                          .arg(strong.worst);
    if (!where.isEmpty())
        summary += QStringLiteral("; differences within x %1–%2, y %3–%4")
                       .arg(where.left())
                       .arg(where.right())
                       .arg(where.top())
                       .arg(where.bottom());
    if (strongShare <= tolerance.strongFraction && faintShare <= tolerance.faintFraction)
        return {true, summary};
    // The diff marks the faint differences, which include the strong ones.
    const QImage diff = faint.picture.scaled(actual.size());
    return {false, summary + QStringLiteral("\n  actual:   %1\n  expected: %2\n  diff:     %3")
                                 .arg(saved(actual, name + QStringLiteral(".actual.png")),
                                      saved(expected, name + QStringLiteral(".expected.png")),
                                      saved(diff, name + QStringLiteral(".diff.png")))};
}

} // namespace pe::test
