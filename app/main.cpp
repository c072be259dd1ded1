#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTextStream>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PartnershipExplorer"));
    QCoreApplication::setApplicationName(QStringLiteral("partnership-explorer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PE_VERSION));
}

int runGui(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Explore thirty years of the Belarus–Kazakhstan partnership.\n\n"
                "Commands:\n"
                "  validate FILE              check a dataset (exit 0 valid, 1 invalid, 2 "
                "unreadable)\n"
                "  export --view V --format F --out FILE   render a view without a display\n"
                "  screenshot --out-dir DIR   render every view to DIR/VIEW.png"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"), QCoreApplication::translate("main", "Open this dataset file."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Interface language: en, fr, ru, kk or be."),
        QStringLiteral("LANG"));
    parser.addOption(datasetOption);
    parser.addOption(langOption);
    parser.process(app);

    pe::LanguageManager languages;
    QString language = QSettings().value(QStringLiteral("language"), QStringLiteral("en")).toString();
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
    window.show();
    if (parser.isSet(datasetOption))
        window.openDataset(parser.value(datasetOption));
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    using pe::commandline::Mode;
    const Mode mode = pe::commandline::modeOf(argc, argv);
    if (mode == Mode::Validate) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return pe::commandline::runValidate(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    return runGui(app);
}
