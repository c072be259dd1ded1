// The screenshots of docs/screenshots: the whole window, each main view with a record in the
// detail pane, as a reader sees it. `partnership-explorer screenshot` renders the views alone;
// this tool shows them in their window.
//
//   pe-docs-screenshots OUT_DIR [--lang L] [--theme light|dark] [--present] [--size WxH]
#include "models/datasetloader.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/style/appstyle.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace {

// What each shot shows in the detail pane: records a reader would open first.
struct Shot
{
    pe::MainWindow::View view;
    const char *key;
    const char *recordId;
};

const Shot shots[] = {
    {pe::MainWindow::View::Timeline, "timeline", "ev-2017-11-treaty-2026"},
    {pe::MainWindow::View::Turnover, "turnover", "obs-2014-turnover-fn61"},
    {pe::MainWindow::View::RegionalTrade, "regional-trade", "obs-2014-turnover-fn61"},
    {pe::MainWindow::View::Pairings, "pairings", nullptr},
    {pe::MainWindow::View::Ventures, "ventures", nullptr},
};

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("OUT_DIR"), QStringLiteral("Where to write"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language"),
                                  QStringLiteral("L"), QStringLiteral("en"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("light or dark"),
                                   QStringLiteral("T"), QStringLiteral("light"));
    const QCommandLineOption present(QStringLiteral("present"), QStringLiteral("Presentation"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size"),
                                  QStringLiteral("WxH"), QStringLiteral("1600x1000"));
    parser.addOptions({lang, theme, present, size});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QDir dir(parser.positionalArguments().constFirst());
    const QStringList sides = parser.value(size).split(QLatin1Char('x'));
    const QSize windowSize(sides.value(0).toInt(), sides.value(1).toInt());
    if (!QDir().mkpath(dir.path()) || windowSize.isEmpty())
        parser.showHelp(2);

    pe::appstyle::apply(app, parser.value(theme));
    pe::LanguageManager languages;
    languages.setLanguage(parser.value(lang));
    pe::MainWindow window(&languages);
    if (!window.openDataset(pe::DatasetLoader::builtInPath(), true))
        return 1;
    window.resize(windowSize);
    window.show();
    if (parser.isSet(present))
        window.setPresentationMode(true, false);
    window.resize(windowSize);
    for (const Shot &shot : shots) {
        window.showView(shot.view);
        if (shot.recordId)
            window.selectRecord(QLatin1String(shot.recordId));
        window.showView(shot.view);
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        const QString path = dir.filePath(QLatin1String(shot.key) + QStringLiteral(".png"));
        if (!window.grab().save(path)) {
            QTextStream(stderr) << "cannot write " << path << Qt::endl;
            return 2;
        }
        QTextStream(stdout) << path << Qt::endl;
    }
    return 0;
}
