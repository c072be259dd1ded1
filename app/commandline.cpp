#include "app/commandline.h"

#include "app/filteroptions.h"
#include "models/citations/citationwriter.h"
#include "models/datapackage/datapackagewriter.h"
#include "models/datasetloader.h"
#include "models/files/outputfiles.h"
#include "models/tours/tourloader.h"
#include "render/export/exportcontext.h"
#include "render/export/exportdocument.h"
#include "render/export/exportservice.h"
#include "render/export/exportsource.h"
#include "widgets/export/exportregistry.h"
#include "widgets/export/tourhandout.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/style/appstyle.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>

namespace pe::commandline {

namespace {

// The one translation context of the command line's messages, whatever function or struct
// writes them (lupdate would otherwise file them under each enclosing scope).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Parses the arguments; an exit code when the process is done (a usage error, or --help).
std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments)
{
    // "-platform" is one unknown option, not eight unknown letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    return std::nullopt;
}

// The window's options that take a value, ours and Qt's own (-style fusion, -platform xcb):
// the value is not a command.
bool takesValue(const char *option)
{
    static const char *const options[] = {"--dataset",   "--lang",
                                          "-style",      "--style",
                                          "-stylesheet", "-platform",
                                          "--platform",  "-platformtheme",
                                          "-plugin",     "-platformpluginpath",
                                          "-geometry",   "-qwindowgeometry",
                                          "-title",      "-qwindowtitle",
                                          "-icon",       "-qwindowicon",
                                          "-session",    "-display",
                                          "-name",       "-visual"};
    return std::any_of(std::begin(options), std::end(options),
                       [option](const char *known) { return std::strcmp(option, known) == 0; });
}

} // namespace

Mode modeOf(int argc, char **argv)
{
    // The subcommand is the first argument that is not an option (or an option's value).
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (takesValue(arg)) {
            ++i;
            continue;
        }
        if (std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 ||
            std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0)
            return Mode::Info;
        if (arg[0] == '-')
            continue;
        if (std::strcmp(arg, "validate") == 0)
            return Mode::Validate;
        if (std::strcmp(arg, "export") == 0)
            return Mode::Export;
        if (std::strcmp(arg, "screenshot") == 0)
            return Mode::Screenshot;
        if (std::strcmp(arg, "cite") == 0)
            return Mode::Cite;
        // A file to open in the window (as a file manager passes it); any other word is a
        // command mistyped.
        return QFileInfo::exists(QString::fromLocal8Bit(arg)) ? Mode::Gui : Mode::Unknown;
    }
    return Mode::Gui;
}

QString languageOf(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return QStringLiteral("en");
}

QString commandList()
{
    return QStringLiteral("validate, export, cite, screenshot");
}

int reportUnknownCommand(const QStringList &arguments)
{
    // The first argument that is neither an option nor an option's value, as modeOf found it.
    QString command;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (takesValue(arg.toLocal8Bit().constData())) {
            ++i;
            continue;
        }
        if (!arg.startsWith(QLatin1Char('-'))) {
            command = arg;
            break;
        }
    }
    err() << CommandLine::tr("unknown command \"%1\": expected one of %2, a file to open, or "
                             "nothing to open the window (partnership-explorer --help lists them)")
                 .arg(command, commandList())
          << Qt::endl;
    return Usage;
}

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "commandline", "Checks a dataset file against the schema (docs/dataset.md), or a tour\n"
                       "file (docs/tours.md) against the built-in dataset.\n"
                       "Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("validate"), CommandLine::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("The dataset to check."));
    parser.addOption({QStringLiteral("lang"),
                      CommandLine::tr("Language of the messages: en, fr, ru, kk or be."),
                      QStringLiteral("L"), QStringLiteral("en")});
    if (const auto exit = parseOrExit(parser, arguments))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err() << CommandLine::tr("usage: partnership-explorer validate FILE") << Qt::endl;
        return Usage;
    }
    const QString &path = positional.at(1);
    // A tour is checked against the built-in dataset, whose records its steps name.
    if (TourLoader::isTourFile(path)) {
        const LoadResult data = DatasetLoader::loadFile(DatasetLoader::builtInPath());
        if (!data.ok())
            return Usage;
        const TourLoadResult tour = TourLoader::loadFile(path, *data.dataset);
        for (const DatasetProblem &problem : tour.problems)
            err() << problem.toString() << Qt::endl;
        if (tour.unreadable)
            return Usage;
        if (!tour.ok())
            return Invalid;
        out() << CommandLine::tr("%1: valid tour (%n steps)", "", int(tour.tour->steps.size()))
                     .arg(path)
              << Qt::endl;
        return Success;
    }
    // The process ends once the verdict is printed: the records are left for the system to
    // reclaim with the process (as compilers do), not freed one by one, which over a large
    // file takes a tenth of the whole run. Held from a static, they are not a leak.
    static LoadResult *kept = nullptr;
    delete kept; // a second check in one process frees the first
    kept = new LoadResult(DatasetLoader::check(path));
    const LoadResult &result = *kept;
    for (const DatasetProblem &problem : result.problems)
        err() << problem.toString() << Qt::endl;
    if (result.unreadable)
        return Usage;
    if (!result.ok())
        return Invalid;
    const Dataset &d = *result.dataset;
    out() << CommandLine::tr("%1: valid (%2 events, %3 observations, %4 ventures, "
                             "%5 pairings, %6 places, %7 sources)")
                 .arg(path)
                 .arg(d.events.size())
                 .arg(d.observations.size())
                 .arg(d.ventures.size())
                 .arg(d.pairings.size())
                 .arg(d.places.size())
                 .arg(d.sources.size())
          << Qt::endl;
    return Success;
}

namespace {

// Options shared by export and screenshot: the language, theme and dataset to render, and
// the filters the views follow.
struct RenderSetup
{
    QCommandLineOption lang{QStringLiteral("lang"),
                            CommandLine::tr("Language: en, fr, ru, kk or be."), QStringLiteral("L"),
                            QStringLiteral("en")};
    QCommandLineOption theme{QStringLiteral("theme"),
                             CommandLine::tr("Theme: light, dark or print."), QStringLiteral("T"),
                             QStringLiteral("light")};
    QCommandLineOption dataset{QStringLiteral("dataset"),
                               CommandLine::tr("Dataset file (default: the built-in dataset)."),
                               QStringLiteral("FILE")};
    QCommandLineOption width{QStringLiteral("width"), CommandLine::tr("Width in pixels."),
                             QStringLiteral("PX")};
    QCommandLineOption height{QStringLiteral("height"), CommandLine::tr("Height in pixels."),
                              QStringLiteral("PX")};
    FilterOptions filters;

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({lang, theme, dataset, width, height});
        filters.addTo(parser);
    }

    // The filters into the context, before the dataset is loaded (all but the place); on a
    // problem prints it and returns false.
    bool readFilters(const QCommandLineParser &parser, pe::ExportContext *context) const
    {
        QString why;
        if (filters.read(parser, &context->filter, &context->tradeSeries, &why))
            return true;
        err() << why << Qt::endl;
        return false;
    }

    // Checks the shared options; on a problem prints it and returns false.
    bool check(const QCommandLineParser &parser, QSize *size, const QSize &defaultSize) const
    {
        if (!pe::LanguageManager::languages().contains(parser.value(lang))) {
            err() << CommandLine::tr("unknown language \"%1\": expected en, fr, ru, kk or be")
                         .arg(parser.value(lang))
                  << Qt::endl;
            return false;
        }
        const QStringList themes{QStringLiteral("light"), QStringLiteral("dark"),
                                 QStringLiteral("print")};
        if (!themes.contains(parser.value(theme))) {
            err() << CommandLine::tr("unknown theme \"%1\": expected light, dark or print")
                         .arg(parser.value(theme))
                  << Qt::endl;
            return false;
        }
        *size = defaultSize;
        for (const auto &[option, side] :
             {std::pair{&width, &QSize::rwidth}, std::pair{&height, &QSize::rheight}}) {
            if (!parser.isSet(*option))
                continue;
            bool ok = false;
            const int value = parser.value(*option).toInt(&ok);
            if (!ok || value < pe::Exporter::minSide || value > pe::Exporter::maxSide) {
                err() << CommandLine::tr(
                             "--%1 must be a whole number of pixels from %2 to %3, not \"%4\"")
                             .arg(option->names().constFirst())
                             .arg(pe::Exporter::minSide)
                             .arg(pe::Exporter::maxSide)
                             .arg(parser.value(*option))
                      << Qt::endl;
                return false;
            }
            (size->*side)() = value;
        }
        return true;
    }

    // Loads the dataset into the context, in the language asked for; prints problems and
    // returns the exit code on failure. No window is built: each export builds its own view.
    int open(const QCommandLineParser &parser, pe::ExportContext *context) const
    {
        pe::LoadResult result;
        if (const int code = load(parser, &result); code != Success)
            return code;
        QString why;
        if (!filters.readPlace(parser, *result.dataset, &context->filter, &why)) {
            err() << why << Qt::endl;
            return Usage;
        }
        context->dataset = std::move(result.dataset);
        context->dataLanguage = pe::LanguageManager::dataLanguage(parser.value(lang));
        return Success;
    }

    // Loads --dataset (or the built-in dataset) into *result, and its file's bytes into
    // *document if given; prints problems and returns the exit code.
    int load(const QCommandLineParser &parser, pe::LoadResult *result,
             QByteArray *document = nullptr) const
    {
        const QString path =
            parser.isSet(dataset) ? parser.value(dataset) : pe::DatasetLoader::builtInPath();
        *result = pe::DatasetLoader::loadFile(path, document);
        for (const pe::DatasetProblem &problem : result->problems)
            err() << problem.toString() << Qt::endl;
        if (result->unreadable)
            return Usage;
        return result->ok() ? Success : Invalid;
    }
};

bool writableTarget(const QString &path, QString *why)
{
    const QFileInfo info(path);
    if (info.isDir() && !info.isSymLink()) {
        *why = CommandLine::tr("%1 is a folder").arg(path);
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir()) {
        *why = CommandLine::tr("the folder %1 does not exist").arg(info.absolutePath());
        return false;
    }
    if (!folder.isWritable()) {
        *why = CommandLine::tr("the folder %1 is not writable").arg(info.absolutePath());
        return false;
    }
    return true;
}

// Prints why a target cannot be written, if one cannot: checked before anything is drawn,
// and again by the writer itself (OutputFiles), which refuses anything but a regular file.
bool sayIfNotWritable(const QStringList &targets)
{
    for (const QString &target : targets) {
        QString why;
        if (!pe::OutputFiles::resolve(target, nullptr, &why)) {
            err() << why << Qt::endl;
            return false;
        }
        if (!writableTarget(target, &why)) {
            err() << CommandLine::tr("cannot write %1: %2").arg(target, why) << Qt::endl;
            return false;
        }
    }
    return true;
}

// The file a --tour names: a built-in tour by its name, or a path.
QString tourPath(const QString &nameOrFile)
{
    for (const QString &path : pe::TourLoader::builtInPaths()) {
        if (QFileInfo(path).completeBaseName() == nameOrFile)
            return path;
    }
    return nameOrFile;
}

// `export --view dataset --format datapackage --out DIR`: the whole dataset as a Frictionless
// data package, the same in every language and for every filter.
int exportDataPackage(const QCommandLineParser &parser, const RenderSetup &setup,
                      const QCommandLineOption &format, const QCommandLineOption &outDir)
{
    if (parser.value(format).compare(QLatin1String("datapackage"), Qt::CaseInsensitive) != 0) {
        err() << CommandLine::tr("the dataset view is exported as \"datapackage\", not \"%1\"")
                     .arg(parser.value(format))
              << Qt::endl;
        return Usage;
    }
    if (const QString filter = setup.filters.firstSet(parser); !filter.isEmpty()) {
        err() << CommandLine::tr("--%1 does not apply: a data package holds the whole dataset")
                     .arg(filter)
              << Qt::endl;
        return Usage;
    }
    QByteArray document;
    pe::LoadResult loaded;
    if (const int code = setup.load(parser, &loaded, &document); code != Success)
        return code;
    QString why;
    if (!pe::DataPackageWriter::write(document, parser.value(outDir), &why)) {
        err() << why << Qt::endl;
        return Usage;
    }
    return Success;
}

int exportHandout(const QCommandLineParser &parser, const RenderSetup &setup,
                  const QCommandLineOption &tour, const QCommandLineOption &format,
                  const QCommandLineOption &outFile)
{
    if (parser.isSet(QStringLiteral("view"))) {
        err() << CommandLine::tr(
                     "--tour and --view cannot be used together: a handout shows each step's view")
              << Qt::endl;
        return Usage;
    }
    if (!parser.isSet(outFile)) {
        err() << CommandLine::tr(
                     "missing --out; usage: partnership-explorer export --tour NAME|FILE --format "
                     "pdf --out FILE")
              << Qt::endl;
        return Usage;
    }
    if (parser.isSet(format) &&
        parser.value(format).compare(QLatin1String("pdf"), Qt::CaseInsensitive) != 0) {
        err() << CommandLine::tr("a handout is written as pdf, not as \"%1\"")
                     .arg(parser.value(format))
              << Qt::endl;
        return Usage;
    }
    QSize size;
    if (!setup.check(parser, &size, QSize(1200, 675)))
        return Usage;
    const QString target = parser.value(outFile);
    if (!sayIfNotWritable({target}))
        return Usage;
    QString why;
    pe::appstyle::apply(*qApp, parser.value(setup.theme));
    pe::ExportContext context;
    if (const int code = setup.open(parser, &context); code != Success)
        return code;
    const pe::TourLoadResult loaded =
        pe::TourLoader::loadFile(tourPath(parser.value(tour)), *context.dataset);
    for (const pe::DatasetProblem &problem : loaded.problems)
        err() << problem.toString() << Qt::endl;
    if (loaded.unreadable)
        return Usage;
    if (!loaded.ok())
        return Invalid;
    if (!pe::TourHandout::write(target, *loaded.tour, context,
                                pe::ViewTheme::fromName(parser.value(setup.theme)), &why)) {
        err() << why << Qt::endl;
        return Usage;
    }
    return Success;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr(
            "Renders a view to a file without a display.\nViews: %1.\nThe whole dataset as a "
            "Frictionless data package: --view dataset --format datapackage --out DIR.")
            .arg(pe::ExportRegistry::summary()));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), CommandLine::tr("The command."));
    const QCommandLineOption view(QStringLiteral("view"), CommandLine::tr("The view to export."),
                                  QStringLiteral("VIEW"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandLine::tr("png, svg, pdf or csv (datapackage for the dataset)."),
        QStringLiteral("FMT"));
    const QCommandLineOption outFile(
        QStringLiteral("out"), CommandLine::tr("The file to write (a folder for a data package)."),
        QStringLiteral("FILE"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   CommandLine::tr("Pixel density of a PNG: 1 to 3."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption csvExcel(
        QStringLiteral("csv-excel"),
        CommandLine::tr(
            "A CSV for Excel: a byte order mark and, in a language with decimal commas (fr, ru, "
            "kk, be), semicolons between fields and commas in numbers."));
    const QCommandLineOption tour(
        QStringLiteral("tour"),
        CommandLine::tr(
            "A tour to print as a handout, one page per step (--format pdf): the name of a "
            "built-in tour or a tour file."),
        QStringLiteral("NAME|FILE"));
    parser.addOptions({view, tour, format, outFile, scale, csvExcel});
    RenderSetup setup;
    setup.addTo(parser);
    if (const auto exit = parseOrExit(parser, arguments))
        return *exit;
    if (parser.isSet(tour))
        return exportHandout(parser, setup, tour, format, outFile);
    for (const QCommandLineOption *required : {&view, &format, &outFile}) {
        if (!parser.isSet(*required)) {
            err()
                << CommandLine::tr(
                       "missing --%1; usage: partnership-explorer export --view VIEW --format FMT "
                       "--out FILE")
                       .arg(required->names().constFirst())
                << Qt::endl;
            return Usage;
        }
    }
    const QString key = parser.value(view);
    if (key == QLatin1String("dataset"))
        return exportDataPackage(parser, setup, format, outFile);
    const pe::ExportableView *exportable = pe::ExportRegistry::find(key);
    if (!exportable) {
        err() << CommandLine::tr("unknown view \"%1\": expected %2")
                     .arg(key, pe::ExportRegistry::keys().join(QStringLiteral(", ")))
              << Qt::endl;
        return Usage;
    }
    const std::optional<pe::ExportFormat> fmt = pe::formatFromKey(parser.value(format));
    if (!fmt || !exportable->supports(*fmt)) {
        err() << CommandLine::tr("the %1 view cannot be exported as \"%2\": expected %3")
                     .arg(key, parser.value(format),
                          pe::formatKeys(exportable->formats).join(QStringLiteral(", ")))
              << Qt::endl;
        return Usage;
    }
    bool scaleOk = false;
    const double scaleValue = parser.value(scale).toDouble(&scaleOk);
    // Written so that nan, which compares false with everything, is refused too.
    if (!scaleOk || !(scaleValue >= 1.0 && scaleValue <= 3.0)) {
        err() << CommandLine::tr("--scale must be a number from 1 to 3, not \"%1\"")
                     .arg(parser.value(scale))
              << Qt::endl;
        return Usage;
    }
    QSize size;
    if (!setup.check(parser, &size, QSize(1200, 675)))
        return Usage;
    pe::ExportContext context;
    if (!setup.readFilters(parser, &context))
        return Usage;
    // Only the turnover chart draws a choice of trade lines: elsewhere --series would be
    // silently ignored.
    if (setup.filters.seriesSet(parser) && key != QLatin1String("turnover")) {
        err() << CommandLine::tr("--series applies to the turnover view only, not to %1").arg(key)
              << Qt::endl;
        return Usage;
    }
    if (parser.isSet(csvExcel) && *fmt != pe::ExportFormat::Csv) {
        err() << CommandLine::tr("--csv-excel applies to the csv format only, not to %1")
                     .arg(parser.value(format))
              << Qt::endl;
        return Usage;
    }
    const QString target = parser.value(outFile);
    if (!sayIfNotWritable(pe::ExportService::writtenPaths(target, *fmt)))
        return Usage;
    QString why;

    pe::appstyle::apply(*qApp, parser.value(setup.theme));
    if (const int code = setup.open(parser, &context); code != Success)
        return code;

    const std::unique_ptr<pe::ExportSource> source = exportable->build(context);
    pe::ExportOptions options;
    options.size = size;
    options.scale = scaleValue;
    options.theme = pe::ViewTheme::fromName(parser.value(setup.theme));
    if (parser.isSet(csvExcel))
        options.csv = pe::CsvDialect::spreadsheet(parser.value(setup.lang));
    const pe::ExportDocument document =
        pe::isPicture(*fmt) ? pe::ExportRegistry::document(*exportable, *source, context)
                            : pe::ExportDocument();
    if (!pe::ExportService::write(target, *fmt, document, options, *source, &why)) {
        err() << why << Qt::endl;
        return Usage;
    }
    return Success;
}

int runScreenshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr("Renders each main view to DIR/VIEW.png without a display."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("screenshot"), CommandLine::tr("The command."));
    const QCommandLineOption outDir(QStringLiteral("out-dir"),
                                    CommandLine::tr("Where to write the PNGs."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption present(QStringLiteral("present"),
                                     CommandLine::tr("Presentation mode."));
    parser.addOptions({outDir, present});
    RenderSetup setup;
    setup.addTo(parser);
    if (const auto exit = parseOrExit(parser, arguments))
        return *exit;
    if (!parser.isSet(outDir)) {
        err() << CommandLine::tr(
                     "missing --out-dir; usage: partnership-explorer screenshot --out-dir DIR")
              << Qt::endl;
        return Usage;
    }
    QSize size;
    if (!setup.check(parser, &size, QSize(1600, 1000)))
        return Usage;
    // Every view follows the filters, as in the window; --series shapes the turnover view.
    pe::ExportContext context;
    if (!setup.readFilters(parser, &context))
        return Usage;
    const QString dir = parser.value(outDir);
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isWritable()) {
        err() << CommandLine::tr("cannot write to the folder %1").arg(dir) << Qt::endl;
        return Usage;
    }

    pe::appstyle::apply(*qApp, parser.value(setup.theme));
    if (const int code = setup.open(parser, &context); code != Success)
        return code;
    // Presentation mode: the projector's dark, high-contrast look with large type.
    const bool presenting = parser.isSet(present);
    const pe::ViewTheme theme =
        presenting ? pe::ViewTheme::dark() : pe::ViewTheme::fromName(parser.value(setup.theme));
    if (presenting)
        context.fontScale = pe::ViewTheme::presentationFontScale;

    // Each view is built alone, drawn at the size asked for, and let go before the next;
    // the pictures are written together once all are drawn.
    pe::OutputFiles files;
    QStringList paths;
    for (const pe::ExportableView &view : pe::ExportRegistry::views()) {
        const std::unique_ptr<pe::ExportSource> source = view.build(context);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(theme.background);
        {
            QPainter painter(&image);
            source->paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        const QString path = QDir(dir).filePath(view.key + QStringLiteral(".png"));
        files.add(path, bytes);
        paths.append(path);
    }
    QString why;
    if (!files.commit(&why)) {
        err() << why << Qt::endl;
        return Usage;
    }
    for (const QString &path : std::as_const(paths))
        out() << path << Qt::endl;
    return Success;
}

int runCite(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CommandLine::tr(
            "Prints the citation of a record, or the bibliography of what a view shows.\n"
            "Styles: %1.")
            .arg(pe::CitationWriter::styleKeys().join(QStringLiteral(", "))));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("cite"), CommandLine::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("RECORD-ID"),
                                 CommandLine::tr("The record to cite."),
                                 QStringLiteral("[RECORD-ID]"));
    const QCommandLineOption style(QStringLiteral("style"),
                                   CommandLine::tr("chicago, apa, gost, bibtex, ris or csl-json."),
                                   QStringLiteral("STYLE"), QStringLiteral("chicago"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  CommandLine::tr("Cite every source of what this view shows."),
                                  QStringLiteral("VIEW"));
    parser.addOptions({style, view});
    RenderSetup setup;
    setup.addTo(parser);
    if (const auto exit = parseOrExit(parser, arguments))
        return *exit;
    const QStringList ids = parser.positionalArguments().mid(1);
    const auto chosen = pe::CitationWriter::styleFromKey(parser.value(style));
    if (!chosen) {
        err() << CommandLine::tr("unknown style \"%1\": expected %2")
                     .arg(parser.value(style),
                          pe::CitationWriter::styleKeys().join(QStringLiteral(", ")))
              << Qt::endl;
        return Usage;
    }
    if (ids.size() + (parser.isSet(view) ? 1 : 0) != 1) {
        err() << CommandLine::tr("usage: partnership-explorer cite RECORD-ID [--style STYLE] or "
                                 "partnership-explorer cite --view VIEW [filters] [--style STYLE]")
              << Qt::endl;
        return Usage;
    }
    const pe::ExportableView *exportable =
        parser.isSet(view) ? pe::ExportRegistry::find(parser.value(view)) : nullptr;
    if (parser.isSet(view) && !exportable) {
        err() << CommandLine::tr("unknown view \"%1\": expected %2")
                     .arg(parser.value(view), pe::ExportRegistry::keys().join(QStringLiteral(", ")))
              << Qt::endl;
        return Usage;
    }
    QSize size;
    if (!setup.check(parser, &size, QSize(1200, 675)))
        return Usage;
    pe::ExportContext context;
    if (!setup.readFilters(parser, &context))
        return Usage;
    if (const int code = setup.open(parser, &context); code != Success)
        return code;
    const pe::CitationWriter writer(*context.dataset);
    QStringList sources;
    if (exportable) {
        sources = exportable->build(context)->sourceIds();
    } else {
        const QString &id = ids.constFirst();
        if (context.dataset->kindOf(id) == pe::RecordKind::None) {
            err() << CommandLine::tr("no record \"%1\" in the dataset").arg(id) << Qt::endl;
            return Invalid;
        }
        sources = context.dataset->sourcesOf(id);
    }
    out() << writer.bibliography(sources, *chosen);
    if (!pe::CitationWriter::isMachineStyle(*chosen))
        out() << Qt::endl;
    // `cite … > refs.bib` on a full disk: a bibliography cut short is an error, not a success.
    out().flush();
    if (out().status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout)) {
        err() << CommandLine::tr("cannot write the citation to the standard output: %1")
                     .arg(qt_error_string(errno))
              << Qt::endl;
        return Usage;
    }
    return Success;
}

} // namespace pe::commandline
