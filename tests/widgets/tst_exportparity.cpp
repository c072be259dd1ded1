#include "render/export/exportcontext.h"
#include "render/export/exportservice.h"
#include "render/export/exportsource.h"
#include "tests/support/externalrenderers.h"
#include "tests/support/fixtures.h"
#include "tests/support/imagecomparison.h"
#include "tests/support/tempfiles.h"
#include "widgets/export/exportregistry.h"

#include <QImage>
#include <QTest>

using namespace pe;
using pe::test::ExternalRenderers;
using pe::test::ImageComparison;

// Every picture view written as PNG, SVG and PDF, the SVG drawn by librsvg and the PDF by
// poppler, each compared with Qt's own PNG of the same page. What the PNG shows is what the
// reader of the article sees: a vector file must show the same whatever opens it, and must
// not lean on what only Qt's painter does (Qt 6.4's SVG generator writes no clip paths, so
// anything drawn long and clipped by the painter spills out in a browser).
class TestExportParity : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameInEveryRenderer_data();
    void sameInEveryRenderer();

private:
    test::TempFiles m_files;
    ExportContext m_context;
};

void TestExportParity::initTestCase()
{
    QVERIFY(m_files.isValid());
    QString error;
    m_context.dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_context.dataset, qPrintable(error));
}

void TestExportParity::sameInEveryRenderer_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QPointF>("timelineYears"); // from, to; null for the whole span
    for (const ExportableView &view : ExportRegistry::views()) {
        if (!view.hasPicture())
            continue;
        QStringList themes{QStringLiteral("light")};
        // Dark once: the hatching and halos are drawn with alpha over the background.
        if (view.key == QLatin1String("turnover"))
            themes.append(QStringLiteral("dark"));
        for (const QString &theme : std::as_const(themes)) {
            for (const char *format : {"svg", "pdf"})
                QTest::addRow("%s %s %s", qPrintable(view.key), qPrintable(theme), format)
                    << view.key << theme << format << QPointF();
        }
    }
    // A timeline zoomed in on the window is exported as shown: events, bars, labels, periods
    // and grid lines run past both ends of the plot and must stop at its edges.
    for (const char *format : {"svg", "pdf"}) {
        QTest::addRow("timeline years %s", format)
            << QStringLiteral("timeline") << QStringLiteral("light") << format
            << QPointF(2010.4, 2014.7);
        QTest::addRow("timeline months %s", format)
            << QStringLiteral("timeline") << QStringLiteral("light") << format
            << QPointF(2017.55, 2018.3);
    }
}

void TestExportParity::sameInEveryRenderer()
{
    QFETCH(QString, view);
    QFETCH(QString, theme);
    QFETCH(QString, format);
    QFETCH(QPointF, timelineYears);
    if (format == QLatin1String("svg"))
        PE_NEED_TOOLS(QStringLiteral("rsvg-convert"));
    else
        PE_NEED_TOOLS(QStringLiteral("pdftoppm"));

    ExportContext context = m_context;
    if (!timelineYears.isNull())
        context.timelineRange = std::make_pair(timelineYears.x(), timelineYears.y());
    const ExportableView *exportable = ExportRegistry::find(view);
    QVERIFY(exportable);
    const std::unique_ptr<ExportSource> source = exportable->build(context);
    const ExportDocument document = ExportRegistry::document(*exportable, *source, context);
    ExportOptions options;
    options.size = QSize(1200, 675);
    options.scale = 1;
    options.theme = ViewTheme::fromName(theme);

    QString name = QStringLiteral("%1-%2").arg(view, theme);
    if (!timelineYears.isNull())
        name += QStringLiteral("-%1-%2").arg(timelineYears.x()).arg(timelineYears.y());
    const QString png = m_files.path(name + QStringLiteral(".png"));
    const QString vector = m_files.path(name + QLatin1Char('.') + format);
    ExportFormat vectorFormat = ExportFormat::Svg;
    QVERIFY(ExportOptions::formatFromName(format, &vectorFormat));
    QString error;
    QVERIFY2(ExportService::write(png, ExportFormat::Png, document, options, *source, &error),
             qPrintable(error));
    QVERIFY2(ExportService::write(vector, vectorFormat, document, options, *source, &error),
             qPrintable(error));
    const QImage expected(png);
    QCOMPARE(expected.size(), options.size);

    QImage actual;
    if (format == QLatin1String("svg")) {
        actual = ExternalRenderers::renderSvg(vector, options.size, &error);
    } else {
        // The page is the picture's logical size at 96 per inch: at 96 dpi, one pixel each.
        actual = ExternalRenderers::renderPdf(vector, 96, &error);
    }
    QVERIFY2(!actual.isNull(), qPrintable(error));
    QCOMPARE(actual.size(), options.size);

    const ImageComparison::Result result = ImageComparison::compareRenderings(
        actual, expected, QStringLiteral("parity-%1-%2").arg(name, format));
    qInfo("%s", qPrintable(result.message));
    QVERIFY2(result.matches, qPrintable(result.message));
}

QTEST_MAIN(TestExportParity)
#include "tst_exportparity.moc"
