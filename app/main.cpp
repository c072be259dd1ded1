#include "app/commandline.h"
#include "models/tours/tourloader.h"
#include "widgets/settings/settings.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/style/appstyle.h"
#include "widgets/tours/tourcontroller.h"

#include <QApplication>

#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QTextStream>

#ifdef PE_FIRST_PAINT_PROBE_BUILD
// Only in bench's build of the app (bench/CMakeLists.txt), never in the shipped one.
#include "bench/firstpaintprobe.h"
#endif

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartnershipExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("partnership-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PE_VERSION));
}

// The application's options; --help and --version are answered by process() and exit.
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Explore thirty years of the Belarus–Kazakhstan partnership.\n\n"
                "Commands:\n"
                "  validate FILE              check a dataset (exit 0 valid, 1 invalid, 2 "
                "unreadable)\n"
                "  export --view VIEW --format FMT --out FILE [--width PX --height PX --scale N]\n"
                "         [--lang L] [--theme light|dark|print] [--dataset FILE]\n"
                "         [--from YEAR --to YEAR --place ID --category C --sector S\n"
                "          --search TEXT --sources book|all] [--series LIST] [--csv-excel]\n"
                "                             render a view without a display, filtered as in\n"
                "                             the window\n"
                "  export --tour NAME|FILE --format pdf --out FILE [--lang L] [--dataset FILE]\n"
                "                             print a tour as a handout, a page per step\n"
                "  cite RECORD-ID [--style chicago|apa|gost|bibtex|ris|csl-json] [--lang L]\n"
                "  cite --view VIEW [the filters of export] [--style S]\n"
                "                             print a record's citation, or a view's "
                "bibliography\n"
                "  screenshot --out-dir DIR [--lang L] [--theme T] [--present]\n"
                "         [the filters of export]\n"
                "                             render every main view to DIR/VIEW.png\n"
                "Each command takes --help."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"), QCoreApplication::translate("main", "Open this dataset file."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: en, fr, ru, kk or be."),
        QStringLiteral("LANG"));
    const QCommandLineOption resetOption(
        QStringLiteral("reset-settings"),
        QCoreApplication::translate("main", "Forget every remembered setting (window, language, "
                                            "recent files, export choices) before starting."));
    parser.addOption(datasetOption);
    parser.addOption(langOption);
    parser.addOption(resetOption);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("main", "A dataset or a tour to open (a file manager passes "
                                            "the file opened with the app)."),
        QStringLiteral("[FILE]"));
}

int runGui(QApplication &app)
{
    // Qt has taken its own options (-platform, -style…) from the arguments; what is left is
    // ours, and anything we do not know is refused rather than ignored.
    QCommandLineParser parser;
    describeOptions(parser);
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return pe::commandline::Usage;
    }
    const QCommandLineOption datasetOption(QStringLiteral("dataset"));
    const QCommandLineOption langOption(QStringLiteral("lang"));
    if (parser.isSet(QStringLiteral("reset-settings")))
        pe::Settings::reset();
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        QTextStream(stderr) << QCoreApplication::translate("main", "open one FILE at a time")
                            << Qt::endl;
        return pe::commandline::Usage;
    }
    // The name of the desktop entry, icon and AppStream component (packaging/): on Wayland the
    // window is matched to its menu entry by it, and the installed icon is found under it.
    const QString desktopId = QStringLiteral("io.github.partnership_explorer.partnership_explorer");
    QGuiApplication::setDesktopFileName(desktopId);
    QApplication::setWindowIcon(QIcon::fromTheme(desktopId));

    pe::appstyle::apply(app);
    pe::LanguageManager languages;
    QString language = pe::Settings::language();
    if (!pe::LanguageManager::languages().contains(language))
        language = QStringLiteral("en"); // a remembered language this version does not have
    if (parser.isSet(langOption)) {
        language = parser.value(langOption);
        if (!pe::LanguageManager::languages().contains(language)) {
            QTextStream(stderr) << QCoreApplication::translate("main",
                                                               "unknown language \"%1\": expected "
                                                               "en, fr, ru, kk or be")
                                       .arg(language)
                                << Qt::endl;
            return pe::commandline::Usage;
        }
    }
    languages.setLanguage(language);

    pe::MainWindow window(&languages);
    window.openDataset(pe::DatasetLoader::builtInPath(), true);
#ifdef PE_FIRST_PAINT_PROBE_BUILD
    if (pe::FirstPaintProbe::enabled())
        new pe::FirstPaintProbe(&window);
#endif
    window.showAsFirstOpened();
    // A dataset named on the command line is validated like any other: on failure the
    // problems are listed and the built-in dataset stays.
    if (parser.isSet(datasetOption))
        window.loadDataset(parser.value(datasetOption));
    // A file the app was asked to open (the menu entry's %f): a tour opens in the tour editor,
    // as Tour ▸ Open Tour does, anything else as a dataset, checked like any other.
    if (!files.isEmpty()) {
        const QString &path = files.constFirst();
        if (pe::TourLoader::isTourFile(path))
            window.tours()->openForEditing(path);
        else
            window.loadDataset(path);
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    using pe::commandline::Mode;
    const Mode mode = pe::commandline::modeOf(argc, argv);
    // Only the window remembers anything: a command never writes the window's settings (its
    // --lang is for its own output, not the next start's language).
    pe::Settings::setReadOnly(mode != Mode::Gui);
    if (mode == Mode::Info) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app);
        return 0;
    }
    if (mode == Mode::Validate || mode == Mode::Unknown) {
        QCoreApplication app(argc, argv);
        describeApplication();
        pe::LanguageManager languages;
        languages.setLanguage(pe::commandline::languageOf(QCoreApplication::arguments()));
        return mode == Mode::Validate
                   ? pe::commandline::runValidate(QCoreApplication::arguments())
                   : pe::commandline::reportUnknownCommand(QCoreApplication::arguments());
    }
    if (mode == Mode::Gui) {
        QApplication app(argc, argv);
        describeApplication();
        return runGui(app);
    }
    // Rendering without a display: the offscreen platform draws the same pixels anywhere.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A headless command's arguments are its own: Qt is shown none of them, so cite's
    // --style is never taken for a widget style, nor an export's value for a Qt option.
    QStringList typed;
    for (int i = 0; i < argc; ++i)
        typed.append(QString::fromLocal8Bit(argv[i]));
    int qtArgc = 1;
    QApplication app(qtArgc, argv);
    describeApplication();
    // An unknown language is the command's to report; meanwhile it speaks English.
    pe::LanguageManager languages;
    languages.setLanguage(pe::commandline::languageOf(typed));
    switch (mode) {
    case Mode::Export:
        return pe::commandline::runExport(typed);
    case Mode::Screenshot:
        return pe::commandline::runScreenshot(typed);
    default:
        return pe::commandline::runCite(typed);
    }
}
