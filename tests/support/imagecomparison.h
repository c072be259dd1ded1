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
