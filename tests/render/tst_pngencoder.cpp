// The PNG encoder's files, decoded by libpng (through Qt): every pixel and the print density
// come back as they were drawn.

#include "render/export/pngencoder.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

using namespace pe;

class TestPngEncoder : public QObject
{
    Q_OBJECT

private slots:
    void decodesToTheSamePixels_data();
    void decodesToTheSamePixels();
    void refusesWhatItCannotWrite();
};

void TestPngEncoder::decodesToTheSamePixels_data()
{
    QTest::addColumn<QImage>("image");
    QImage chart(640, 360, QImage::Format_RGB32);
    chart.fill(Qt::white);
    {
        QPainter painter(&chart);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(0x35, 0x74, 0xb8), 3));
        painter.drawLine(10, 300, 630, 40);
        painter.fillRect(100, 100, 80, 200, QColor(200, 30, 40));
        painter.drawText(20, 30, QStringLiteral("Товарооборот 2014 — 1 800 млн $"));
    }
    chart.setDotsPerMeterX(7559); // 192 dpi
    chart.setDotsPerMeterY(7559);
    QTest::newRow("a chart") << chart;

    // Noise: neighbouring pixels unrelated, every difference and wrap-around of "Sub".
    QImage noise(257, 3, QImage::Format_RGB32);
    QRandomGenerator random(42);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, 0xff000000 | random.bounded(0x1000000));
    QTest::newRow("noise") << noise;

    QImage pixel(1, 1, QImage::Format_RGB32);
    pixel.fill(QColor(1, 2, 3));
    QTest::newRow("one pixel") << pixel;
}

void TestPngEncoder::decodesToTheSamePixels()
{
    QFETCH(QImage, image);
    QByteArray png = PngEncoder::encode(image);
    QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
    QBuffer buffer(&png);
    QImageReader reader(&buffer, "png");
    const QImage decoded = reader.read();
    QVERIFY2(!decoded.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(decoded.size(), image.size());
    QVERIFY(!decoded.hasAlphaChannel());
    QCOMPARE(decoded.convertToFormat(QImage::Format_RGB32), image);
    QCOMPARE(decoded.dotsPerMeterX(), image.dotsPerMeterX());
    QCOMPARE(decoded.dotsPerMeterY(), image.dotsPerMeterY());
}

void TestPngEncoder::refusesWhatItCannotWrite()
{
    QVERIFY(PngEncoder::encode(QImage()).isEmpty());
    // A picture with transparency would lose it: the encoder writes opaque pictures only.
    QVERIFY(PngEncoder::encode(QImage(4, 4, QImage::Format_ARGB32)).isEmpty());
}

QTEST_MAIN(TestPngEncoder)
#include "tst_pngencoder.moc"
