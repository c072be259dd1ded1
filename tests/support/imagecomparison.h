#pragma once

#include <QImage>
#include <QString>

namespace pe::test {

// How far a rendered picture may stray from its reference. The defaults let through the odd
// edge pixel that anti-aliasing places differently, and no more: on the 960×540 turnover
// chart, erasing one legend entry changes 261 pixels (0.05 %) and erasing the three markers of
// one series 186 (0.036 %), both caught.
struct ImageTolerance
{
    int channel = 32;                  // largest difference of any channel that counts as equal
    double differingFraction = 0.0002; // share of pixels allowed to differ by more
};

// How far two renderers' pictures of one file (Qt's PNG and librsvg's drawing of the SVG, say)
// may differ. Both are shrunk first, each shrunk pixel the mean of shrink×shrink, so that what
// renderers are free to do differently (anti-aliasing, hinting, where a glyph's edge falls)
// averages out. Two kinds of mistake remain, and each has its own limit: something drawn
// where it should not be (a label outside its box, a marker past the plot) is a block of
// shrunk pixels off by far more than strongChannel; something faint spilled over a wide area
// (hatching across the plot) is off by little, but over a large share of the picture.
//
// Measured on the four views at 1200×675 (light, and dark for the turnover chart): SVG and
// PDF agree with the PNG to within 64 everywhere, and differ by more than 8 on at most 4.4 %
// of shrunk pixels; the turnover chart's hatching spilled across its plot differs by more
// than 8 on 23 % of them.
struct RenderingTolerance
{
    int shrink = 4;
    int strongChannel = 64;
    double strongFraction = 0.0002; // 10 shrunk pixels of 50,400
    int faintChannel = 8;
    double faintFraction = 0.08;
};

// Compares a rendered picture with a reference PNG in tests/data/reference/, with a tolerance
// for the anti-aliasing and glyph rasterising that differ slightly between FreeType and Qt
// builds. A missing series, a moved legend or a lost title changes far more pixels, by far
// more, than the tolerance lets through.
//
// On a mismatch, the actual picture and a diff (differing pixels in red over a faded copy of
// the reference) are written to the build's test output folder, and the message says where.
// To accept a deliberate change of the drawing, run the suite with PE_UPDATE_REFERENCES=1: the
// actual pictures are written as the new references (then look at them before committing).
class ImageComparison
{
public:
    struct Result
    {
        bool matches = false;
        QString message;
    };

    static Result compare(const QImage &actual, const QString &referenceName,
                          ImageTolerance tolerance = {});
    // Actual against another rendering of the same file; name labels the message and the
    // pictures written on a mismatch (actual, expected, diff).
    static Result compareRenderings(const QImage &actual, const QImage &expected,
                                    const QString &name, RenderingTolerance tolerance = {});
    static QString referencePath(const QString &referenceName);
    static QString outputPath(const QString &fileName);
    static bool updatingReferences();
};

} // namespace pe::test

// QVERIFY-style: fails the test with the comparison's message (the default tolerance).
#define PE_COMPARE_IMAGE(actual, referenceName)                                                    \
    do {                                                                                           \
        const pe::test::ImageComparison::Result peImageResult =                                    \
            pe::test::ImageComparison::compare((actual), (referenceName));                         \
        QVERIFY2(peImageResult.matches, qPrintable(peImageResult.message));                        \
    } while (false)
