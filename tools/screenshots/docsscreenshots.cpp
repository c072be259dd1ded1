// The screenshots of docs/screenshots: the whole window, each main view with a record in the
// detail pane, as a reader sees it. `partnership-explorer screenshot` renders the views alone;
// this tool shows them in their window.
//
//   pe-docs-screenshots OUT_DIR [--lang L] [--theme light|dark] [--present] [--size WxH]
//   pe-docs-screenshots OUT_DIR --tour NAME:STEP [--revealed] [--presenter]   a tour's step
//   pe-docs-screenshots OUT_DIR --edit-tour NAME                  the tour editor
#include "models/datasetloader.h"
#include "models/tours/tourstepsmodel.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/style/appstyle.h"
#include "widgets/tours/presenterview.h"
#include "widgets/tours/tourcontroller.h"
#include "widgets/tours/toureditor.h"
#include "widgets/tours/tourplayer.h"

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
    {pe::MainWindow::View::Sources, "sources", "fn-50"},
    {pe::MainWindow::View::Map, "map", "pair-gomel-kostanay-2013"},
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
    const QCommandLineOption tour(QStringLiteral("tour"), QStringLiteral("A built-in tour's step"),
                                  QStringLiteral("NAME:STEP"));
    const QCommandLineOption presenter(QStringLiteral("presenter"),
                                       QStringLiteral("With --tour: the presenter view too"));
    const QCommandLineOption revealed(QStringLiteral("revealed"),
                                      QStringLiteral("With --tour: the step's answer shown"));
    const QCommandLineOption editTour(QStringLiteral("edit-tour"),
                                      QStringLiteral("The editor with a built-in tour"),
                                      QStringLiteral("NAME"));
    parser.addOptions({lang, theme, present, size, tour, presenter, revealed, editTour});
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
    const auto save = [&dir](QWidget &widget, const QString &name) {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        const QString path = dir.filePath(name + QStringLiteral(".png"));
        if (!widget.grab().save(path)) {
            QTextStream(stderr) << "cannot write " << path << Qt::endl;
            return false;
        }
        QTextStream(stdout) << path << Qt::endl;
        return true;
    };
    if (parser.isSet(tour)) {
        const QString name = parser.value(tour).section(QLatin1Char(':'), 0, 0);
        const int step = parser.value(tour).section(QLatin1Char(':'), 1).toInt();
        pe::TourController *tours = window.tours();
        tours->setPresenterViewWanted(parser.isSet(presenter));
        if (!tours->presentFile(QStringLiteral(":/tours/%1.json").arg(name), true, false))
            return 1;
        tours->player()->goTo(std::max(0, step - 1));
        if (parser.isSet(revealed) && !tours->player()->isRevealed())
            tours->player()->next();
        window.resize(windowSize);
        const QString shot =
            QStringLiteral("presentation-tour-%1-%2%3")
                .arg(name)
                .arg(step)
                .arg(parser.isSet(revealed) ? QStringLiteral("-revealed") : QString());
        if (!save(window, shot))
            return 2;
        if (parser.isSet(presenter) && tours->presenterView()) {
            tours->presenterView()->resize(windowSize);
            return save(*tours->presenterView(), QStringLiteral("presenter-view")) ? 0 : 2;
        }
        return 0;
    }
    if (parser.isSet(editTour)) {
        pe::TourController *tours = window.tours();
        if (!tours->openForEditing(QStringLiteral(":/tours/%1.json").arg(parser.value(editTour)),
                                   true))
            return 1;
        window.showView(pe::MainWindow::View::Turnover);
        tours->editor()->setCurrentRow(2);
        return save(window, QStringLiteral("tour-editor")) ? 0 : 2;
    }
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
