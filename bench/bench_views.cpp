#include "bench/syntheticdataset.h"
#include "models/datasetloader.h"
#include "models/items/eventmodel.h"
#include "models/items/recordfiltermodel.h"
#include "render/export/exportcontext.h"
#include "render/export/exportdocument.h"
#include "render/export/exportsource.h"
#include "render/timeline/timelineitems.h"
#include "render/timeline/timelinerenderer.h"
#include "render/timeline/timelineviewport.h"
#include "widgets/export/exportregistry.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace pe;

// Budgets (docs/performance.md): export of a 1920×1080 chart at 2× — PNG < 250 ms, SVG < 100 ms,
// PDF < 250 ms; a timeline pan/zoom frame < 16 ms with 10,000 events.
class BenchViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportChart_data();
    void exportChart();
    void renderOnly_data();
    void renderOnly();
    void timelineFrame_data();
    void timelineFrame();
    void typingInTheWindow_data();
    void typingInTheWindow();

private:
    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void BenchViews::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_languages = new LanguageManager(this);
    m_window = new MainWindow(m_languages);
    QVERIFY(m_window->openDataset(DatasetLoader::builtInPath(), true));
}

void BenchViews::cleanupTestCase()
{
    delete m_window;
}

void BenchViews::exportChart_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("format");
    for (const char *view : {"turnover", "timeline", "map"})
        for (const char *format : {"png", "svg", "pdf"})
            QTest::addRow("%s %s", view, format) << view << format;
}

void BenchViews::exportChart()
{
    QFETCH(QString, view);
    QFETCH(QString, format);
    ExportOptions options;
    ExportOptions::formatFromName(format, &options.format);
    options.size = QSize(1920, 1080);
    options.scale = 2.0;
    const QString path = m_dir.filePath(view + QLatin1Char('.') + format);
    QString error;
    const ExportContext context = m_window->exportContext();
    const ExportableView *exportable = ExportRegistry::find(view);
    // Building the view is part of an export: each one starts from the data.
    QBENCHMARK
    {
        const auto source = exportable->build(context);
        const ExportDocument document = ExportRegistry::document(*exportable, *source, context);
        if (!Exporter::write(path, document, options, &error))
            QFAIL(qPrintable(error));
    }
}

void BenchViews::renderOnly_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("turnover") << "turnover";
    QTest::newRow("timeline") << "timeline";
    QTest::newRow("map") << "map";
}

// The drawing alone, without PNG encoding: tells layout and paint time from zlib's.
void BenchViews::renderOnly()
{
    QFETCH(QString, view);
    ExportOptions options;
    options.size = QSize(1920, 1080);
    options.scale = 2.0;
    const ExportContext context = m_window->exportContext();
    const ExportableView *exportable = ExportRegistry::find(view);
    const auto source = exportable->build(context);
    const ExportDocument document = ExportRegistry::document(*exportable, *source, context);
    QBENCHMARK
    {
        const QImage image = Exporter::image(document, options);
        QVERIFY(!image.isNull());
    }
}

void BenchViews::timelineFrame_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<double>("span");
    for (const int events : {0, 10000, 100000}) {
        const QByteArray name =
            events ? QLocale(QLocale::English).toString(events).toLatin1() + " events"
                   : QByteArrayLiteral("built-in");
        for (const double span : {10.0, 2.0, 0.5})
            QTest::addRow("%s, %g years", name.constData(), span) << events << span;
    }
}

// One frame of a pan at a zoom level: the visible range moves, then the whole timeline is
// drawn. Straight through the renderer, as an export does: no widget involved.
void BenchViews::timelineFrame()
{
    QFETCH(int, events);
    QFETCH(double, span);
    // Made once for the three zoom levels: at 100,000 events, making and loading the dataset
    // three times would outlast Qt Test's time limit for one function.
    static QHash<int, LoadResult> loaded;
    if (!loaded.contains(events))
        loaded.insert(events,
                      events ? DatasetLoader::loadBytes(bench::syntheticDataset(events, 10, 10),
                                                        QStringLiteral("synthetic"))
                             : DatasetLoader::loadFile(DatasetLoader::builtInPath()));
    const LoadResult result = loaded.value(events);
    QVERIFY(result.ok());
    EventModel model;
    model.setDataset(result.dataset);
    RecordFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(0);
    const TimelineItems items = TimelineItems::fromModel(&proxy);
    const TimelineDomain domain = items.domain(TimelineDomain{1992.0, 2023.0});
    TimelineRenderer renderer;
    QImage frame(1600, 700, QImage::Format_ARGB32_Premultiplied);
    double shift = 0;
    QBENCHMARK
    {
        shift = shift > 5 ? 0 : shift + span / 40;
        const TimelineViewport viewport = TimelineViewport::clamped(2000 + shift, span, domain);
        QPainter painter(&frame);
        renderer.paint(&painter, QRectF(0, 0, 1600, 700), ViewTheme::light(), items, viewport);
    }
}

void BenchViews::typingInTheWindow_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<QString>("typed");
    for (const int events : {10000, 100000}) {
        for (const char *typed : {"a", "astan", "astana trade"})
            QTest::addRow("%d events, %s", events, typed) << events << QString::fromLatin1(typed);
    }
}

// A letter typed in the window's search field, as the reader sees it: every view's proxy
// filtered, the views told, and the window painted again. The window had been idle before
// (its proxies fold the records' text then); the text before the letter is set untimed.
void BenchViews::typingInTheWindow()
{
    QFETCH(int, events);
    QFETCH(QString, typed);
    const QString path = m_dir.filePath(QStringLiteral("typing-%1.json").arg(events));
    if (!QFile::exists(path)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bench::syntheticDataset(events, 2000, 1000));
    }
    MainWindow window(m_languages);
    window.resize(1600, 900);
    QVERIFY(window.openDataset(path, true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(events / 25);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    const QString before = typed.left(typed.size() - 1);
    std::vector<qint64> nanoseconds;
    for (int run = 0; run < 7; ++run) {
        search->setText(before);
        QCoreApplication::processEvents();
        window.repaint();
        QElapsedTimer timer;
        timer.start();
        search->setText(typed);
        QCoreApplication::processEvents(); // what the views scheduled for the next turn
        window.repaint();
        nanoseconds.push_back(timer.nsecsElapsed());
    }
    std::sort(nanoseconds.begin(), nanoseconds.end());
    QTest::setBenchmarkResult(qreal(nanoseconds.at(nanoseconds.size() / 2)) / 1e6,
                              QTest::WalltimeMilliseconds);
}

QTEST_MAIN(BenchViews)
#include "bench_views.moc"
