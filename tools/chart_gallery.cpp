// Writes every chart in every theme, at two sizes, as PNG (2x), plus SVG and PDF, into a
// folder for a person to look at. Not a test: nothing is checked but that files were written.
//
//   chart_gallery OUT_DIR [--dataset FILE] [--marked YEAR] [--place PLACE_ID]

#include "models/datasetloader.h"
#include "models/items/observationmodel.h"
#include "models/items/venturemodel.h"
#include "render/viewtheme.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextStream>

using namespace pe;

namespace {

bool writeChart(const QDir &dir, const QString &name, DataChartView &chart)
{
    const QList<QSize> sizes = {{1600, 1000}, {1280, 720}};
    const QStringList themes = {QStringLiteral("light"), QStringLiteral("dark"),
                                QStringLiteral("print")};
    for (const QSize &size : sizes) {
        for (const QString &theme : themes) {
            QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(2);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            chart.paint(&painter, QRectF(QPointF(0, 0), size), ViewTheme::fromName(theme));
            painter.end();
            const QString file = dir.filePath(QStringLiteral("%1-%2-%3x%4.png")
                                                  .arg(name, theme)
                                                  .arg(size.width())
                                                  .arg(size.height()));
            if (!image.save(file)) {
                QTextStream(stderr) << "cannot write " << file << Qt::endl;
                return false;
            }
        }
    }
    QSvgGenerator svg;
    svg.setFileName(dir.filePath(name + QStringLiteral(".svg")));
    svg.setSize(QSize(1280, 720));
    svg.setViewBox(QRect(0, 0, 1280, 720));
    QPainter svgPainter(&svg);
    chart.paint(&svgPainter, QRectF(0, 0, 1280, 720), ViewTheme::light());
    svgPainter.end();
    QPdfWriter pdf(dir.filePath(name + QStringLiteral(".pdf")));
    pdf.setPageSize(QPageSize(QSizeF(297, 167), QPageSize::Millimeter));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter pdfPainter(&pdf);
    chart.paint(&pdfPainter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())),
                ViewTheme::print());
    pdfPainter.end();
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes every chart in every theme into OUT_DIR for a person to look at."));
    parser.addHelpOption();
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"), QStringLiteral("Draw this dataset."), QStringLiteral("FILE"));
    const QCommandLineOption markedOption(QStringLiteral("marked"),
                                          QStringLiteral("Mark this year on the turnover chart."),
                                          QStringLiteral("YEAR"));
    const QCommandLineOption placeOption(QStringLiteral("place"),
                                         QStringLiteral("Highlight this place's regional bars."),
                                         QStringLiteral("PLACE_ID"));
    parser.addOptions({datasetOption, markedOption, placeOption});
    parser.addPositionalArgument(QStringLiteral("OUT_DIR"), QStringLiteral("Where to write."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const QString datasetPath =
        parser.isSet(datasetOption) ? parser.value(datasetOption) : DatasetLoader::builtInPath();
    const LoadResult loaded = DatasetLoader::loadFile(datasetPath);
    if (!loaded.ok()) {
        for (const DatasetProblem &problem : loaded.problems)
            QTextStream(stderr) << problem.toString() << Qt::endl;
        return 1;
    }
    const QDir dir(parser.positionalArguments().constFirst());
    if (!QDir().mkpath(dir.path())) {
        QTextStream(stderr) << "cannot create " << dir.path() << Qt::endl;
        return 2;
    }

    ObservationModel observations;
    observations.setDataset(loaded.dataset);
    VentureModel ventures;
    ventures.setDataset(loaded.dataset);
    TurnoverChart turnover;
    turnover.setModel(&observations);
    turnover.setMarkedYear(parser.value(markedOption).toInt());
    RegionalTradeChart regional;
    regional.setModel(&observations);
    regional.setPlace(parser.value(placeOption));
    VentureOutputChart output;
    output.setModel(&ventures);
    const bool written = writeChart(dir, QStringLiteral("turnover"), turnover) &&
                         writeChart(dir, QStringLiteral("regional"), regional) &&
                         writeChart(dir, QStringLiteral("ventures"), output);
    return written ? 0 : 2;
}
