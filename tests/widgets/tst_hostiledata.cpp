#include "models/datasetloader.h"
#include "models/datasetstore.h"
#include "models/state/selectionstate.h"
#include "tests/support/fixtures.h"
#include "tests/support/specialfiles.h"
#include "tests/support/tempfiles.h"
#include "widgets/charts/datachartview.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/ventureoutputchart.h"
#include "widgets/export/exportdialog.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/problemsdialog.h"
#include "widgets/shell/recordformatter.h"
#include "widgets/tours/tourcontroller.h"

#include <QApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHelpEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolTip>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

using namespace pe;

namespace {

// Markup in a dataset's text: an image read from the disk, bold type. Shown anywhere, it
// must read as these very characters.
const QString hostile = QStringLiteral("<img src=\"/nonexistent/pe-hostile.png\"><b>bold</b>");

// Records the links handed to the desktop, by scheme.
class LinkCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

// What a hostile or merely enormous dataset must not do to the window: turn its text into
// markup (an image read from disk in a tooltip), freeze a view, or open a link that is not a
// web page.
class TestHostileData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void datasetTextIsNeverMarkup();
    void problemsAreShownAsText();
    void relatedRecordsAreCapped();
    void longWordsAndAddressesStayQuick();
    void onlyWebLinksOpen_data();
    void onlyWebLinksOpen();
    void aHoveredLinkShowsWhereItLeads();
    void namedPipesNeverBlockTheWindow();

private:
    QString hostileDatasetPath();
    static void checkNoMarkupShown();
    static QString toolTipOver(QWidget *widget, const QPoint &pos);

    test::TempFiles m_files;
    LanguageManager *m_languages = nullptr;
};

void TestHostileData::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages = new LanguageManager(this);
    m_languages->setLanguage(QStringLiteral("en"));
}

QString TestHostileData::hostileDatasetPath()
{
    QFile file(test::Fixtures::path(QStringLiteral("small.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    auto document = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    const std::string h = hostile.toStdString();
    // Every kind of text a view shows: titles, places, ventures, partners, sources.
    for (auto &event : document["events"]) {
        event["title"]["en"] = h + " " + event["title"]["en"].get<std::string>();
        event["text"]["en"] = h;
    }
    for (auto &place : document["places"])
        place["name"]["en"] = h + " " + place["name"]["en"].get<std::string>();
    for (auto &venture : document["ventures"]) {
        venture["name"]["en"] = h + " venture";
        venture["description"]["en"] = h;
    }
    for (auto &pairing : document["pairings"]) {
        pairing["belarusianSide"]["name"]["en"] = h;
        pairing["description"]["en"] = h;
    }
    for (auto &source : document["sources"]) {
        source["title"] = h;
        source["quote"] = h;
        source["outlet"] = h;
    }
    for (auto &observation : document["observations"])
        observation["note"] = {{"en", h}, {"fr", h}, {"ru", h}};
    // A regional figure, so that the regional chart draws a bar labelled with place names.
    document["observations"][1]["scope"] = "region";
    document["observations"][1]["places"] = {"kz-kostanay-region"};
    document["title"]["en"] = h;
    return m_files.write(QStringLiteral("hostile.json"),
                         QByteArray::fromStdString(document.dump()));
}

QString TestHostileData::toolTipOver(QWidget *widget, const QPoint &pos)
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, pos, widget->mapToGlobal(pos));
    QApplication::sendEvent(widget, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

// No label shows the markup as markup, and no widget's tooltip holds it unescaped.
void TestHostileData::checkNoMarkupShown()
{
    const auto widgets = QApplication::allWidgets();
    for (const QWidget *widget : widgets) {
        if (const auto *label = qobject_cast<const QLabel *>(widget);
            label && label->text().contains(QLatin1String("<img")))
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(label->objectName() + QLatin1String(": ") + label->text()));
        QVERIFY2(!widget->toolTip().contains(QLatin1String("<img")),
                 qPrintable(widget->objectName() + QLatin1String(": ") + widget->toolTip()));
    }
}

void TestHostileData::datasetTextIsNeverMarkup()
{
    const QString path = hostileDatasetPath();
    QVERIFY(!path.isEmpty());
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(path, true));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // The tables' tooltips (an event's text, a venture's description, a source's quote).
    for (const char *collection : {"events", "ventures", "pairings", "sources", "observations"}) {
        window.showView(collection == QByteArray("events")     ? MainWindow::View::Timeline
                        : collection == QByteArray("ventures") ? MainWindow::View::Ventures
                        : collection == QByteArray("pairings") ? MainWindow::View::Pairings
                        : collection == QByteArray("sources")  ? MainWindow::View::Sources
                                                               : MainWindow::View::Turnover);
        QTableView *table = window.tableFor(QLatin1String(collection));
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QVERIFY(table->model()->rowCount() > 0);
        int column = 0;
        for (; column < table->model()->columnCount(); ++column) {
            if (table->model()->index(0, column).data(Qt::ToolTipRole).toString().contains(hostile))
                break;
        }
        QVERIFY2(column < table->model()->columnCount(), collection);
        table->scrollTo(table->model()->index(0, column));
        const QRect cell = table->visualRect(table->model()->index(0, column));
        const QString tip = toolTipOver(table->viewport(), cell.center());
        QVERIFY2(tip.contains(QLatin1String("&lt;img")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("<img")), qPrintable(tip));
    }

    // The detail pane, on each kind of record.
    for (const char *id :
         {"ev-2011", "jv-tractors", "pair-gomel-kostanay", "kz-kostanay", "fn-6", "obs-2010"}) {
        window.selectRecord(QLatin1String(id));
        const QString html = window.detailPane()->html();
        QVERIFY2(html.contains(QLatin1String("&lt;img")), id);
        QVERIFY2(!html.contains(QLatin1String("<img")), id);
    }

    // The charts: Qt Charts reads its labels as rich text; what the views draw and show on
    // hover (the venture legend, a regional bar's label) is the dataset's text as it is.
    window.showView(MainWindow::View::RegionalTrade);
    RegionalTradeChart *regional = window.regionalChart();
    QTRY_VERIFY(regional->barCount() > 0);
    window.showView(MainWindow::View::Ventures);
    VentureOutputChart *ventures = window.ventureOutputChart();
    QTRY_VERIFY(!ventures->ventures().isEmpty());
    for (DataChartView *chart : std::initializer_list<DataChartView *>{regional, ventures}) {
        window.showView(chart == regional ? MainWindow::View::RegionalTrade
                                          : MainWindow::View::Ventures);
        QTRY_VERIFY(chart->isVisible());
        const auto items = chart->scene()->items();
        for (const QGraphicsItem *item : items) {
            if (const auto *text = dynamic_cast<const QGraphicsTextItem *>(item))
                QVERIFY2(!text->toHtml().contains(QLatin1String("<img")),
                         qPrintable(text->toHtml()));
        }
        chart->setFocus();
        chart->setKeyboardItem(0);
        QVERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QLatin1String("&lt;img")), qPrintable(QToolTip::text()));
        QVERIFY2(!QToolTip::text().contains(QLatin1String("<img")), qPrintable(QToolTip::text()));
    }
    bool sawLegend = false;
    for (const DataChartView::LegendEntry &entry : ventures->legendEntries()) {
        if (!entry.marker->label().contains(hostile))
            continue;
        sawLegend = true;
        const QPoint at =
            ventures->mapFromScene(ventures->chart()->mapToScene(entry.rect.center()));
        const QString tip = toolTipOver(ventures->viewport(), at);
        QVERIFY2(tip.contains(QLatin1String("&lt;img")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("<img")), qPrintable(tip));
    }
    QVERIFY(sawLegend);

    // The export dialog's source line, built from the dataset.
    window.showView(MainWindow::View::Ventures);
    window.showExportDialog();
    ExportDialog *dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    auto *sourceLine = dialog->findChild<QLabel *>(QStringLiteral("sourceLine"));
    QVERIFY(sourceLine);
    QCOMPARE(sourceLine->textFormat(), Qt::PlainText);
    checkNoMarkupShown();
    dialog->close();
    QToolTip::hideText();
}

void TestHostileData::problemsAreShownAsText()
{
    const QString path = m_files.path(hostile + QStringLiteral(".json"));
    const DatasetProblems problems = {{path, 3, 4, QStringLiteral("/events/0/yaer"),
                                       QStringLiteral("unknown field \"%1\"").arg(hostile)}};
    ProblemsDialog dialog(path, problems);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("problemsSummary"));
    QVERIFY(summary);
    QCOMPARE(summary->textFormat(), Qt::PlainText);
    auto *tree = dialog.findChild<QTreeWidget *>();
    QVERIFY(tree);
    const QString tip = tree->topLevelItem(0)->toolTip(3);
    QVERIFY2(tip.contains(QLatin1String("&lt;img")), qPrintable(tip));
    QVERIFY2(!tip.contains(QLatin1String("<img")), qPrintable(tip));
    checkNoMarkupShown();
}

namespace {

// A dataset of many events in one Belarusian city: a country's place lists every one of them.
std::shared_ptr<Dataset> crowdedDataset(int events)
{
    auto dataset = std::make_shared<Dataset>();
    const auto text = [](const QString &s) { return LocalizedText{s, s, s}; };
    Source source;
    source.id = QStringLiteral("fn-1");
    source.footnote = 1;
    source.title = QStringLiteral("A note");
    source.quote = QStringLiteral("A quote");
    dataset->sources.append(source);
    Place country;
    country.id = QStringLiteral("by");
    country.kind = PlaceKind::Country;
    country.name = text(QStringLiteral("Belarus"));
    Place city;
    city.id = QStringLiteral("by-minsk");
    city.kind = PlaceKind::City;
    city.parent = country.id;
    city.name = text(QStringLiteral("Minsk"));
    dataset->places = {country, city};
    dataset->events.reserve(events);
    for (int i = 0; i < events; ++i) {
        Event e;
        e.id = QStringLiteral("ev-%1").arg(i);
        e.year = 1992 + i % 30;
        e.date = QString::number(e.year);
        e.title = text(QStringLiteral("Event %1").arg(i));
        e.text = text(QStringLiteral("Text %1").arg(i));
        e.places = {city.id};
        e.sources = {source.id};
        dataset->events.append(e);
    }
    dataset->index();
    return dataset;
}

} // namespace

// Selecting Belarus in a dataset of a hundred thousand events lists a bounded number of them,
// and says how many more there are.
void TestHostileData::relatedRecordsAreCapped()
{
    constexpr int events = 100000;
    const std::shared_ptr<Dataset> dataset = crowdedDataset(events);
    QElapsedTimer timer;
    timer.start();
    const QString html = RecordFormatter(*dataset, QStringLiteral("en")).html(QStringLiteral("by"));
    QCOMPARE(html.count(QLatin1String("<li>")), RecordFormatter::maxListed + 1);
    QVERIFY2(html.contains(QStringLiteral("and %1 more").arg(events - RecordFormatter::maxListed)),
             qPrintable(html.right(200)));

    SelectionState selection;
    DetailPane pane(&selection);
    pane.resize(360, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setDataset(dataset);
    selection.setCurrentId(QStringLiteral("by"));
    auto *browser = pane.findChild<QTextBrowser *>();
    QVERIFY(browser);
    QVERIFY(browser->document()->blockCount() < 200);
    // A year of the same dataset lists its events the same way.
    selection.selectYear(1992);
    QVERIFY(browser->document()->blockCount() < 200);
    QVERIFY2(pane.html().contains(QLatin1String("more")), qPrintable(pane.html().right(300)));
    pane.grab();
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

// A word of a megabyte and an address of a megabyte (a dataset built by a program, past the
// validator's limits) are laid out in moments: the word may break, the address is shortened
// where it is shown and whole in its link.
void TestHostileData::longWordsAndAddressesStayQuick()
{
    const std::shared_ptr<Dataset> dataset = crowdedDataset(1);
    const QString word(1024 * 1024, QLatin1Char('w'));
    dataset->events.first().text = LocalizedText{word, word, word};
    const QString address = QStringLiteral("https://example.org/") + QString(1024 * 1024, 'a');
    dataset->sources.first().url = address;

    SelectionState selection;
    DetailPane pane(&selection);
    pane.resize(360, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setDataset(dataset);
    QElapsedTimer timer;
    timer.start();
    selection.setCurrentId(dataset->events.first().id);
    pane.grab();
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    auto *browser = pane.findChild<QTextBrowser *>();
    const QString shown = browser->toPlainText();
    QVERIFY(shown.contains(QChar(0x200B))); // the word may break
    // The address is never one unbroken line (shortened where it is a link, breakable in the
    // citation), and the link holds all of it.
    QVERIFY(!shown.contains(address.left(200)));
    bool linked = false;
    for (QTextBlock block = browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            linked = linked || it.fragment().charFormat().anchorHref() == address;
    }
    QVERIFY(linked);
}

void TestHostileData::onlyWebLinksOpen_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("opens");
    QTest::newRow("https") << QUrl(QStringLiteral("https://example.org/page")) << true;
    QTest::newRow("http") << QUrl(QStringLiteral("http://example.org/page")) << true;
    QTest::newRow("a scheme that starts with http")
        << QUrl(QStringLiteral("httpfoo://example.org/")) << false;
    QTest::newRow("file") << QUrl(QStringLiteral("file:///etc/passwd")) << false;
    QTest::newRow("javascript") << QUrl(QStringLiteral("javascript:alert(1)")) << false;
    QTest::newRow("a local program") << QUrl(QStringLiteral("steam://run/1")) << false;
}

void TestHostileData::onlyWebLinksOpen()
{
    QFETCH(QUrl, url);
    QFETCH(bool, opens);
    LinkCatcher catcher;
    for (const char *scheme : {"http", "https", "httpfoo", "file", "javascript", "steam"})
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &catcher, "open");
    SelectionState selection;
    DetailPane pane(&selection);
    auto *browser = pane.findChild<QTextBrowser *>();
    QVERIFY(browser);
    emit browser->anchorClicked(url);
    for (const char *scheme : {"http", "https", "httpfoo", "file", "javascript", "steam"})
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
    QCOMPARE(catcher.opened.size(), opens ? 1 : 0);
}

void TestHostileData::aHoveredLinkShowsWhereItLeads()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectRecord(QStringLiteral("sup-page"));
    auto *browser = window.detailPane()->findChild<QTextBrowser *>();
    QVERIFY(browser);
    QSignalSpy hovered(window.detailPane(), &DetailPane::linkHovered);
    const QUrl page(QStringLiteral("https://example.org/page"));
    emit browser->highlighted(page);
    QCOMPARE(hovered.count(), 1);
    QCOMPARE(hovered.first().at(0).toString(), page.toString());
    QCOMPARE(window.statusBar()->currentMessage(), page.toString());
    QVERIFY(browser->toolTip().contains(page.toString()));
    // Leaving the link clears both; a link to a record says nothing of an address.
    emit browser->highlighted(QUrl());
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QVERIFY(browser->toolTip().isEmpty());
    emit browser->highlighted(QUrl(QStringLiteral("record:fn-6")));
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
}

// A named pipe opened from the window (Open Recent, drag and drop, a tour) is refused at once:
// the window never waits on it.
void TestHostileData::namedPipesNeverBlockTheWindow()
{
    test::TempFiles files;
    const QString fifo = test::makeFifo(files.path(QStringLiteral("recent.json")));
    QVERIFY(!fifo.isEmpty());
    // The window's own handler of a drop, as a file manager's drop reaches it.
    struct Window : MainWindow
    {
        using MainWindow::dropEvent;
        using MainWindow::MainWindow;
    } window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    const auto before = window.store()->dataset();
    const test::FifoGuard guard(fifo, 5);

    QVERIFY(!window.openDataset(fifo, true)); // --dataset, Open Recent
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(fifo)});
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    window.dropEvent(&drop); // drag and drop (read in the background; its problems shown)
    QTRY_VERIFY_WITH_TIMEOUT(!window.store()->isLoading(), 2000);
    QVERIFY(!window.presentTour(fifo, true, false));
    QVERIFY(!window.tours()->openForEditing(fifo, true));
    QVERIFY2(!guard.fired(), "the window waited on the named pipe");
    QCOMPARE(window.store()->dataset(), before);
    QTRY_COMPARE(window.findChildren<ProblemsDialog *>().size(), 1);
    const auto dialogs = window.findChildren<ProblemsDialog *>();
    QVERIFY(dialogs.first()->findChild<QTreeWidget *>()->topLevelItem(0)->text(3).contains(
        QLatin1String("named pipe")));
}

QTEST_MAIN(TestHostileData)
#include "tst_hostiledata.moc"
