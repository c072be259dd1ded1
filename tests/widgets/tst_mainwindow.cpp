#include "bench/syntheticdataset.h"
#include "models/datasetloader.h"
#include "models/datasetstore.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "models/state/filterstate.h"
#include "models/state/selectionstate.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempfiles.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/settings/settings.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/filterbar.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/loadingindicator.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/problemsdialog.h"
#include "widgets/shell/recordtableview.h"
#include "widgets/timeline/timelineview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

using namespace pe;

namespace {

// Chooses a record's row as a reader does, with a click: the row is scrolled into view.
void clickRow(QTableView *table, const QString &id)
{
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(IdRole).toString() != id)
            continue;
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        return;
    }
    QFAIL(qPrintable(QStringLiteral("no row for ") + id));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsBuiltInDataset();
    void brokenDatasetKeepsPrevious_data();
    void brokenDatasetKeepsPrevious();
    void filterChangesEveryView_data();
    void filterChangesEveryView();
    void filterBarShowsActiveState();
    void filterBarCombosHoldTheVocabulary();
    void pickerShowsBookFiguresOnly();
    void selectingEventUpdatesDetailAndChart();
    void keyboardMovesSelection();
    void detailLinksNavigate();
    void chartYearListsThatYear();
    void regionCountFiltersViews();
    void citeCopiesCitation();
    void switchesLanguageWhileRunning();
    void tableHeadersAreWhole_data();
    void tableHeadersAreWhole();
    void filterReachesEveryViewOnce();
    void selectionReachesEveryViewOnce();
    void aPlaceMeansOneThingInEveryView_data();
    void aPlaceMeansOneThingInEveryView();
    void theSelectionStaysWhenFiltersChange();
    void escapeClearsTheSelection();
    void tabLeavesATable();
    void languageSwitchRefreshesEachModelOnce();
    void presentationMode();
    void aLargeFileLoadsWhileTheWindowWorks();
    void startsOnTheSavedTab_data();
    void startsOnTheSavedTab();

private:
    test::TempFiles m_files;
    LanguageManager *m_languages = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
    m_languages = new LanguageManager(this);
}

void TestMainWindow::loadsBuiltInDataset()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    QVERIFY(window.proxyFor(QStringLiteral("events"))->rowCount() >= 80);
    QCOMPARE(window.tabs()->count(), MainWindow::viewCount);
    QCOMPARE(window.timeline()->visibleEventCount(),
             window.proxyFor(QStringLiteral("events"))->rowCount());
    QCOMPARE(MainWindow::viewFromKey(QStringLiteral("regional-trade")),
             int(MainWindow::View::RegionalTrade));
    QCOMPARE(MainWindow::viewFromKey(QStringLiteral("nope")), -1);
}

void TestMainWindow::brokenDatasetKeepsPrevious_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("broken JSON") << QByteArray("{\"schemaVersion\": 1, \"events\": [")
                                 << "broken JSON";
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("wrong schema") << QByteArray("{\"schemaVersion\": 9}") << "schema version 9";
    QTest::newRow("invalid UTF-8") << QByteArray("{\"title\": \"\xC3\x28\"}") << "broken JSON";
}

void TestMainWindow::brokenDatasetKeepsPrevious()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 4);
    const auto before = window.store()->dataset();

    const QString broken = m_files.write(QStringLiteral("broken.json"), bytes);
    QVERIFY(!broken.isEmpty());
    QVERIFY(!window.openDataset(broken));
    auto *dialog = window.findChild<ProblemsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->problemCount() >= 1);
    const auto *list = dialog->findChild<QTreeWidget *>();
    QVERIFY(list);
    QVERIFY2(list->topLevelItem(0)->text(3).contains(expected),
             qPrintable(list->topLevelItem(0)->text(3)));
    QCOMPARE(window.store()->dataset(), before);
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 4);
    QCOMPARE(window.timeline()->visibleEventCount(), 4);
    dialog->close();
}

void TestMainWindow::filterChangesEveryView_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("place");
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("ventures");
    QTest::addColumn<int>("pairings");
    QTest::newRow("none") << ""
                          << "" << 0 << 4 << 1 << 1;
    QTest::newRow("search") << "kostanay"
                            << "" << 0 << 2 << 1 << 1;
    QTest::newRow("region") << ""
                            << "kz-kostanay-region" << 0 << 2 << 1 << 1;
    QTest::newRow("other region") << ""
                                  << "by-gomel-region" << 0 << 1 << 0 << 1;
    QTest::newRow("years") << ""
                           << "" << 2011 << 2 << 0 << 1; // the venture started in 2010
    QTest::newRow("nothing") << "zzzz"
                             << "" << 0 << 0 << 0 << 0;
}

void TestMainWindow::filterChangesEveryView()
{
    QFETCH(QString, text);
    QFETCH(QString, place);
    QFETCH(int, fromYear);
    QFETCH(int, events);
    QFETCH(int, ventures);
    QFETCH(int, pairings);
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    QSignalSpy changed(window.filterState(), &FilterState::changed);
    RecordFilter filter;
    filter.text = text;
    filter.place = place;
    filter.fromYear = fromYear;
    window.setFilter(filter);
    QCOMPARE(changed.count(), filter.isActive() ? 1 : 0);
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), events);
    QCOMPARE(window.timeline()->visibleEventCount(), events);
    QCOMPARE(window.proxyFor(QStringLiteral("ventures"))->rowCount(), ventures);
    QCOMPARE(window.proxyFor(QStringLiteral("pairings"))->rowCount(), pairings);
    // The filter bar shows the same filter.
    QCOMPARE(window.filterBar()->filter(), filter);
}

void TestMainWindow::filterBarShowsActiveState()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *search = window.filterBar()->searchField();
    auto *clear = window.filterBar()->findChild<QToolButton *>(QStringLiteral("clearFilters"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("matchCount"));
    QVERIFY(clear && count);
    QVERIFY(!clear->isEnabled());
    QVERIFY(count->text().isEmpty());
    const QList<QWidget *> controls = window.filterBar()->findChildren<QWidget *>();
    QList<QRect> before;
    for (const QWidget *control : controls)
        before.append(control->geometry());
    QTest::keyClicks(search, QStringLiteral("treaty"));
    QCOMPARE(window.filter().text, QStringLiteral("treaty"));
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 1);
    QVERIFY(clear->isEnabled());
    // The bar shows the state without moving a control; the status bar says what is left.
    for (int i = 0; i < controls.size(); ++i)
        QCOMPARE(controls.at(i)->geometry(), before.at(i));
    QCOMPARE(count->text(), QStringLiteral("1 of 4 events shown"));
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!window.filter().isActive());
    QCOMPARE(search->text(), QString());
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 4);

    auto *region = window.filterBar()->findChild<QComboBox *>(QStringLiteral("regionFilter"));
    QVERIFY(region);
    region->setCurrentIndex(region->findData(QStringLiteral("kz-kostanay-region")));
    QCOMPARE(window.filter().place, QStringLiteral("kz-kostanay-region"));
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 2);
}

// "Book figures only" above the turnover chart is the filter's: the chart loses its
// supplementary points, the other views their supplementary records, the filter bar shows
// a filter, and "Clear filters" brings the supplementary figures back to the picker too.
void TestMainWindow::pickerShowsBookFiguresOnly()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.resize(1280, 720);
    window.show();
    window.findChild<QTabWidget *>(QStringLiteral("viewTabs"))->setCurrentIndex(1);
    auto *origin = window.findChild<QComboBox *>(QStringLiteral("tradeOrigin"));
    QVERIFY(origin && origin->isVisible());
    const auto supplementaryPoints = [&window] {
        int count = 0;
        window.turnoverChart()->ensureUpToDate();
        for (const TurnoverChart::DrawnSeries &s : window.turnoverChart()->drawnSeries()) {
            for (const ChartPoint &p : s.points)
                count += p.has(ChartPoint::Supplementary) ? 1 : 0;
        }
        return count;
    };
    QVERIFY(supplementaryPoints() > 0);
    const int observations = window.proxyFor(QStringLiteral("observations"))->rowCount();

    origin->setCurrentIndex(1);
    QVERIFY(window.filter().bookOnly);
    QCOMPARE(supplementaryPoints(), 0);
    QVERIFY(window.proxyFor(QStringLiteral("observations"))->rowCount() < observations);
    auto *clear = window.filterBar()->findChild<QToolButton *>(QStringLiteral("clearFilters"));
    QVERIFY(clear->isEnabled()); // a filter like the others, cleared with them
    // What an export of the window would show.
    QVERIFY(window.exportContext().filter.bookOnly);

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(!window.filter().bookOnly);
    QCOMPARE(origin->currentIndex(), 0);
    QVERIFY(supplementaryPoints() > 0);
    QCOMPARE(window.proxyFor(QStringLiteral("observations"))->rowCount(), observations);
}

// The category and sector lists write the enums into the shared filter, and show a filter
// set elsewhere.
void TestMainWindow::filterBarCombosHoldTheVocabulary()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(QFINDTESTDATA("../data/small.json"), true));
    auto *category = window.filterBar()->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *sector = window.filterBar()->findChild<QComboBox *>(QStringLiteral("sectorFilter"));
    QVERIFY(category && sector);
    QCOMPARE(category->count(), int(allValues<Category>().size()) + 1); // and "All"
    QCOMPARE(sector->count(), int(allValues<Sector>().size()) + 1);

    category->setCurrentIndex(category->findData(QVariant::fromValue(Category::Treaties)));
    QCOMPARE(category->currentText(), QStringLiteral("Treaties"));
    QCOMPARE(window.filter().categories, QSet<Category>{Category::Treaties});
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 1);

    RecordFilter filter;
    filter.sector = Sector::AgriculturalMachinery;
    window.filterState()->setFilter(filter);
    QCOMPARE(category->currentIndex(), 0);
    QCOMPARE(sector->currentData().value<Sector>(), Sector::AgriculturalMachinery);
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 1);

    sector->setCurrentIndex(0);
    QVERIFY(!window.filter().isActive());
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 4);
}

void TestMainWindow::selectingEventUpdatesDetailAndChart()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy selected(window.selectionState(), &SelectionState::currentIdChanged);
    window.timeline()->setCurrentId(QStringLiteral("ev-2010"));
    emit window.timeline()->currentChanged(QStringLiteral("ev-2010"));
    QCOMPARE(selected.count(), 1);
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("ev-2010"));
    QVERIFY(window.detailPane()->html().contains(
        QStringLiteral("Tractor assembly starts in Kostanay")));
    QCOMPARE(window.turnoverChart()->markedYear(), 2010);
    // The events table follows.
    QTableView *table = window.tableFor(QStringLiteral("events"));
    QCOMPARE(table->currentIndex().siblingAtColumn(0).data(IdRole).toString(),
             QStringLiteral("ev-2010"));

    // And the other way: a row chosen in the table selects the event on the timeline.
    clickRow(table, QStringLiteral("ev-1996"));
    QCOMPARE(window.timeline()->currentId(), QStringLiteral("ev-1996"));
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("ev-1996"));
    QCOMPARE(window.turnoverChart()->markedYear(), 1996);
}

void TestMainWindow::keyboardMovesSelection()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::View::Timeline);
    window.timeline()->setFocus();
    QTest::keyClick(window.timeline(), Qt::Key_Home);
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("ev-1996"));
    QTest::keyClick(window.timeline(), Qt::Key_Right);
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("ev-2010"));
    QTest::keyClick(window.timeline(), Qt::Key_End);
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("ev-2012-05"));
    QTest::keyClick(window.timeline(), Qt::Key_Left);
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("ev-2011"));
}

void TestMainWindow::detailLinksNavigate()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.selectRecord(QStringLiteral("ev-2010"));
    // The event links to its venture; following the link opens the ventures view.
    QVERIFY(window.detailPane()->html().contains(QStringLiteral("record:jv-tractors")));
    auto *browser = window.detailPane()->findChild<QTextBrowser *>();
    QVERIFY(browser);
    emit browser->anchorClicked(QUrl(QStringLiteral("record:jv-tractors")));
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::View::Ventures));
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("jv-tractors"));
    QCOMPARE(window.tableFor(QStringLiteral("ventures"))
                 ->currentIndex()
                 .siblingAtColumn(0)
                 .data(IdRole)
                 .toString(),
             QStringLiteral("jv-tractors"));
    emit browser->anchorClicked(QUrl(QStringLiteral("record:pair-gomel-kostanay")));
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::View::Pairings));
}

void TestMainWindow::chartYearListsThatYear()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    emit window.turnoverChart()->yearClicked(2010);
    QCOMPARE(window.detailPane()->currentYear(), 2010);
    const QString html = window.detailPane()->html();
    QVERIFY(html.contains(QStringLiteral("Tractor assembly starts in Kostanay")));
    QVERIFY(html.contains(QStringLiteral("record:obs-2010")));
    QVERIFY(html.contains(QStringLiteral("record:jv-tractors")));
    QCOMPARE(window.timeline()->markedYear(), 2010);
}

void TestMainWindow::regionCountFiltersViews()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    auto *counts = window.findChild<QTableView *>(QStringLiteral("regionCountsTable"));
    QVERIFY(counts);
    QCOMPARE(counts->model()->rowCount(), 2);
    int gomel = -1;
    for (int row = 0; row < counts->model()->rowCount(); ++row) {
        if (counts->model()->index(row, 0).data(IdRole).toString() ==
            QLatin1String("by-gomel-region"))
            gomel = row;
    }
    QVERIFY(gomel >= 0);
    emit counts->activated(counts->model()->index(gomel, 0));
    QCOMPARE(window.filter().place, QStringLiteral("by-gomel-region"));
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 1);
    QCOMPARE(window.proxyFor(QStringLiteral("ventures"))->rowCount(), 0);
}

void TestMainWindow::citeCopiesCitation()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.selectRecord(QStringLiteral("ev-1996"));
    auto *cite = window.detailPane()->findChild<QPushButton *>(QStringLiteral("citeButton"));
    QVERIFY(cite && cite->isEnabled());
    QMenu *menu = window.detailPane()->citeMenu();
    QVERIFY(menu && cite->menu() == menu);
    const auto chicago = [menu] { return menu->actions().constFirst(); };
    chicago()->trigger();
    const QString text = QApplication::clipboard()->text();
    // The fixture (version 1) names no book: the citation says "the book", never a title
    // the dataset does not give.
    QVERIFY2(text.contains(QStringLiteral("Quoted in the book, note 6.")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Vecteur")));
    // The shipped dataset names it, from its metadata, with rich text beside the plain.
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.selectRecord(QStringLiteral("ev-1996-01-17-friendship-treaty"));
    chicago()->trigger();
    const QMimeData *data = QApplication::clipboard()->mimeData();
    QVERIFY2(data->text().contains(QStringLiteral(
                 "Quoted in Boris Zalesskij, Vecteur de partenariat – Kazakhstan: ")),
             qPrintable(data->text()));
    QVERIFY(data->html().contains(QStringLiteral("<i>Vecteur de partenariat")));
    // The pane shows the citation too, in the style last copied.
    const auto paneText = [&window] {
        QTextDocument document;
        document.setHtml(window.detailPane()->html());
        return document.toPlainText();
    };
    QVERIFY2(paneText().contains(QStringLiteral("How to cite (Chicago)")), qPrintable(paneText()));
    QVERIFY(paneText().contains(data->text().section(QLatin1Char('\n'), 0, 0).left(60)));
    menu->actions().at(1)->trigger(); // APA
    QVERIFY(paneText().contains(QStringLiteral("How to cite (APA)")));
    QVERIFY(paneText().contains(QStringLiteral("(Cited in Zalesskij, B. (2023).")));
    // A year's summary cites what it lists instead of greying Cite out.
    window.selectionState()->selectYear(2017);
    QVERIFY(cite->isEnabled());
    QVERIFY(window.detailPane()->citedSources().size() > 3);
}

void TestMainWindow::switchesLanguageWhileRunning()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.selectRecord(QStringLiteral("ev-1996"));
    auto *events = window.proxyFor(QStringLiteral("events"));
    QSignalSpy languageChanged(m_languages, &LanguageManager::languageChanged);
    QSignalSpy headers(events, &QAbstractItemModel::headerDataChanged);
    QVERIFY(m_languages->setLanguage(QStringLiteral("fr")));
    QCOMPARE(languageChanged.count(), 1);
    // The interface is French too: headers, tabs and the category labels in the cells.
    QVERIFY(headers.count() >= 1);
    QCOMPARE(events->headerData(2, Qt::Horizontal).toString(), QStringLiteral("Événement"));
    QTRY_COMPARE(window.tabs()->tabText(int(MainWindow::View::Turnover)),
                 QStringLiteral("Échanges commerciaux"));
    QCOMPARE(events->index(0, 2).data().toString(), QStringLiteral("Traité d'amitié"));
    QVERIFY(window.detailPane()->html().contains(QStringLiteral("Traité d'amitié")));
    QVERIFY(m_languages->setLanguage(QStringLiteral("kk")));
    // Kazakh readers see the Russian dataset text.
    QCOMPARE(events->index(0, 2).data().toString(), QStringLiteral("Договор о дружбе"));
    QVERIFY(!m_languages->setLanguage(QStringLiteral("xx")));
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QCOMPARE(events->index(0, 2).data().toString(), QStringLiteral("Friendship treaty"));
}

// Every table's column holds its header whole, in the language the window opens in and in the
// one it is switched to: the widths are chosen for English, and a header is clipped, not
// shortened with "…" as a cell is.
void TestMainWindow::tableHeadersAreWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("switchedTo");
    QTest::newRow("en, then ru") << "en"
                                 << "ru";
    QTest::newRow("fr, then kk") << "fr"
                                 << "kk";
    QTest::newRow("ru, then be") << "ru"
                                 << "be";
    QTest::newRow("kk, then fr") << "kk"
                                 << "fr";
    QTest::newRow("be, then en") << "be"
                                 << "en";
}

void TestMainWindow::tableHeadersAreWhole()
{
    QFETCH(QString, language);
    QFETCH(QString, switchedTo);
    QVERIFY(m_languages->setLanguage(language));
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    const auto tables = window.findChildren<RecordTableView *>();
    QVERIFY(tables.size() >= 5); // the five collections, and the regions of the pairings
    const auto checkHeaders = [&] {
        for (RecordTableView *table : tables) {
            const QHeaderView *header = table->horizontalHeader();
            // The last column stretches to the table's edge.
            for (int column = 0; column + 1 < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    continue;
                const QString text = table->model()->headerData(column, Qt::Horizontal).toString();
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(QStringLiteral("%1, %2: \"%3\" in %4 of %5 px")
                                        .arg(m_languages->language(), table->objectName(), text)
                                        .arg(header->sectionSize(column))
                                        .arg(header->sectionSizeHint(column))));
            }
        }
    };
    checkHeaders();
    QVERIFY(m_languages->setLanguage(switchedTo));
    checkHeaders();
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
}

void TestMainWindow::presentationMode()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPresentationMode(true);
    QVERIFY(window.isPresentationMode());
    QVERIFY(window.filterBar()->isHidden());
    QVERIFY(window.timeline()->fontScale() > 1.0);
    window.showView(MainWindow::View::Turnover);
    QTest::keyClick(&window, Qt::Key_PageDown);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::View::RegionalTrade));
    QTest::keyClick(&window, Qt::Key_PageUp);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::View::Turnover));
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(!window.isPresentationMode());
    QVERIFY(!window.filterBar()->isHidden());
    QCOMPARE(window.timeline()->fontScale(), 1.0);
}

void TestMainWindow::filterReachesEveryViewOnce()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    const QStringList collections = {QStringLiteral("events"), QStringLiteral("observations"),
                                     QStringLiteral("ventures"), QStringLiteral("pairings"),
                                     QStringLiteral("sources")};
    QList<QSignalSpy *> spies;
    for (const QString &c : collections)
        spies.append(new QSignalSpy(window.proxyFor(c), &RecordFilterModel::filterChanged));
    QSignalSpy state(window.filterState(), &FilterState::changed);
    auto *region = window.filterBar()->findChild<QComboBox *>(QStringLiteral("regionFilter"));
    region->setCurrentIndex(region->findData(QStringLiteral("kz-kostanay-region")));
    QCOMPARE(state.count(), 1);
    for (QSignalSpy *spy : std::as_const(spies))
        QCOMPARE(spy->count(), 1);
    QCOMPARE(window.regionalChart()->place(), QStringLiteral("kz-kostanay-region"));
    QCOMPARE(window.timeline()->visibleEventCount(), 2);
    // The same filter again reaches nobody.
    window.setFilter(window.filter());
    QCOMPARE(state.count(), 1);
    for (QSignalSpy *spy : std::as_const(spies))
        QCOMPARE(spy->count(), 1);
    qDeleteAll(spies);
}

void TestMainWindow::selectionReachesEveryViewOnce()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    QSignalSpy ids(window.selectionState(), &SelectionState::currentIdChanged);
    QSignalSpy years(window.selectionState(), &SelectionState::markedYearChanged);
    QSignalSpy timeline(window.timeline(), &TimelineView::currentChanged);
    // A row chosen in the events table.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    clickRow(window.tableFor(QStringLiteral("events")), QStringLiteral("ev-2010"));
    QCOMPARE(ids.count(), 1);
    QCOMPARE(years.count(), 1);
    QCOMPARE(timeline.count(), 0); // followed, not echoed
    QCOMPARE(window.timeline()->currentId(), QStringLiteral("ev-2010"));
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("ev-2010"));
    QCOMPARE(window.turnoverChart()->markedYear(), 2010);
    // A detail link to a venture: one change, the ventures tab and its table follow.
    auto *browser = window.detailPane()->findChild<QTextBrowser *>();
    emit browser->anchorClicked(QUrl(QStringLiteral("record:jv-tractors")));
    QCOMPARE(ids.count(), 2);
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::View::Ventures));
    QCOMPARE(window.tableFor(QStringLiteral("ventures"))
                 ->currentIndex()
                 .siblingAtColumn(0)
                 .data(IdRole)
                 .toString(),
             QStringLiteral("jv-tractors"));
    // Back: one change, to the event again.
    auto *back = window.detailPane()->findChild<QToolButton *>();
    QVERIFY(back && back->isEnabled());
    back->click();
    QCOMPARE(ids.count(), 3);
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("ev-2010"));
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::View::Timeline));
    // A year link: the record goes, the year stays marked.
    emit browser->anchorClicked(QUrl(QStringLiteral("year:2012")));
    QCOMPARE(window.detailPane()->currentYear(), 2012);
    QCOMPARE(window.timeline()->markedYear(), 2012);
    QCOMPARE(ids.count(), 4);
    QCOMPARE(years.count(), 2);
}

void TestMainWindow::languageSwitchRefreshesEachModelOnce()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    QList<QSignalSpy *> spies;
    for (const char *c : {"events", "observations", "ventures", "pairings", "sources"})
        spies.append(new QSignalSpy(window.proxyFor(QLatin1String(c))->sourceModel(),
                                    &QAbstractItemModel::dataChanged));
    // The widgets that show dataset text redraw it once too.
    auto *categories = window.findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *details = window.detailPane()->findChild<QTextBrowser *>();
    QVERIFY(categories && details);
    QSignalSpy categoriesRefilled(categories->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy detailsRedrawn(details, &QTextBrowser::textChanged);
    QVERIFY(m_languages->setLanguage(QStringLiteral("fr")));
    // Let the posted LanguageChange events arrive too.
    QTRY_COMPARE(window.tabs()->tabText(int(MainWindow::View::Turnover)),
                 QStringLiteral("Échanges commerciaux"));
    QCoreApplication::processEvents();
    for (QSignalSpy *spy : std::as_const(spies))
        QCOMPARE(spy->count(), 1);
    QCOMPARE(categoriesRefilled.count(), 1);
    QCOMPARE(categories->itemText(0), QStringLiteral("Toutes les catégories"));
    QCOMPARE(detailsRedrawn.count(), 1);
    QVERIFY(m_languages->setLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    qDeleteAll(spies);
}

void TestMainWindow::startsOnTheSavedTab_data()
{
    QTest::addColumn<int>("tab");
    for (int tab = 0; tab < MainWindow::viewCount; ++tab)
        QTest::addRow("%d", tab) << tab;
}

// The window opens on the tab it was closed on. A chart first shown there rebuilds while
// the window shows its children; it once flushed every deferred deletion then, freeing
// widgets under Qt's loop (a crash at start-up, seen under valgrind). Several starts each.
void TestMainWindow::startsOnTheSavedTab()
{
    QFETCH(int, tab);
    Settings::saveWindow({}, {}, {}, tab);
    for (int start = 0; start < 4; ++start) {
        MainWindow window(m_languages);
        QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.tabs()->currentIndex(), tab);
    }
    Settings::saveWindow({}, {}, {}, 0);
}

void TestMainWindow::aPlaceMeansOneThingInEveryView_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("hidden");
    QTest::addColumn<QString>("note"); // what the status bar says the view cannot apply
    // Gomel Region: events there, its regional figures, the ventures of Gomel's companies
    // (Gomselmash builds combines in Kostanay), its partnerships, the sources about them.
    QTest::newRow("timeline") << "events"
                              << "ev-2011-gomel-almaty-agreement"
                              << "ev-1992-09-diplomatic-relations"
                              << "";
    QTest::newRow("figures") << "observations"
                             << "obs-2016-turnover-gomel-pavlodar"
                             << "obs-2014-turnover-fn61"
                             << "";
    QTest::newRow("ventures, through a partner") << "ventures"
                                                 << "jv-gomselmash-agromashholding-kostanay"
                                                 << "jv-kazbelaz-karaganda"
                                                 << "";
    QTest::newRow("partnerships") << "pairings"
                                  << "pair-gomel-kostanay-2013"
                                  << ""
                                  << "";
    QTest::newRow("sources, through what cites them") << "sources"
                                                      << "fn-50"
                                                      << "fn-1"
                                                      << "";
}

// One meaning for the place filter: a record shows when any of its places, or its partners',
// lies in the place; a source when a record citing it does.
void TestMainWindow::aPlaceMeansOneThingInEveryView()
{
    QFETCH(QString, collection);
    QFETCH(QString, shown);
    QFETCH(QString, hidden);
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.filterState()->setPlace(QStringLiteral("by-gomel-region"));
    const RecordFilterModel *proxy = window.proxyFor(collection);
    QVERIFY(proxy->rowCount() > 0);
    QVERIFY2(proxy->acceptsId(shown), qPrintable(shown));
    if (!hidden.isEmpty())
        QVERIFY2(!proxy->acceptsId(hidden), qPrintable(hidden));
}

// Filters and searches change what the views show, never what is selected: the record
// stays in the detail pane, marked as hidden while the filters hide it.
void TestMainWindow::theSelectionStaysWhenFiltersChange()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::View::Pairings);
    clickRow(window.tableFor(QStringLiteral("pairings")),
             QStringLiteral("pair-gomel-kostanay-2013"));
    QCOMPARE(window.selectedId(), QStringLiteral("pair-gomel-kostanay-2013"));
    QSignalSpy selected(window.selectionState(), &SelectionState::currentIdChanged);

    // A search that hides it: another row becomes the table's first, nothing is chosen.
    QTest::keyClicks(window.filterBar()->searchField(), QStringLiteral("Karaganda"));
    QCOMPARE(selected.count(), 0);
    QVERIFY(window.detailPane()->isHiddenByFilters());
    QVERIFY(window.detailPane()->html().contains(QStringLiteral("Hidden by the current filters")));
    // A region chosen in the counts: the same.
    window.filterBar()->searchField()->clear();
    QVERIFY(!window.detailPane()->isHiddenByFilters());
    QTableView *counts = window.findChild<QTableView *>(QStringLiteral("regionCountsTable"));
    const QModelIndex first = counts->model()->index(0, 0);
    // A double click as the system delivers it: a click, then the second press as a double.
    const QPoint at = counts->visualRect(first).center();
    QTest::mouseClick(counts->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(counts->viewport(), Qt::LeftButton, {}, at);
    QVERIFY(window.filter().place.size() > 0);
    QCOMPARE(selected.count(), 0);
    QCOMPARE(window.detailPane()->currentId(), QStringLiteral("pair-gomel-kostanay-2013"));
    // The note's link clears the filters, and the row is selected again in its table.
    window.filterState()->setPlace(QStringLiteral("kz-mangystau-region"));
    QVERIFY(window.detailPane()->isHiddenByFilters());
    auto *browser = window.detailPane()->findChild<QTextBrowser *>();
    emit browser->anchorClicked(QUrl(QStringLiteral("filters:clear")));
    QVERIFY(!window.filter().isActive());
    QVERIFY(!window.detailPane()->isHiddenByFilters());
    QCOMPARE(window.tableFor(QStringLiteral("pairings"))
                 ->currentIndex()
                 .siblingAtColumn(0)
                 .data(IdRole)
                 .toString(),
             QStringLiteral("pair-gomel-kostanay-2013"));
    QCOMPARE(selected.count(), 0);
}

void TestMainWindow::escapeClearsTheSelection()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectRecord(QStringLiteral("ev-2010"));
    QTest::keyClick(window.tableFor(QStringLiteral("events")), Qt::Key_Escape);
    QVERIFY(window.selectedId().isEmpty());
    QVERIFY(window.detailPane()->html().contains(QStringLiteral("Nothing selected")));
    // Back returns to it, with the key a browser uses.
    QTest::keyClick(window.tableFor(QStringLiteral("events")), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window.selectedId(), QStringLiteral("ev-2010"));
}

// Tab goes on to the next control, not cell by cell through the table; inside it, the arrows
// move from record to record.
void TestMainWindow::tabLeavesATable()
{
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::View::Pairings);
    QTableView *table = window.tableFor(QStringLiteral("pairings"));
    table->setFocus(Qt::TabFocusReason);
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Down);
    const QString first = window.selectedId();
    QVERIFY(!first.isEmpty());
    QTest::keyClick(table, Qt::Key_Down);
    QVERIFY(window.selectedId() != first);
    QTest::keyClick(table, Qt::Key_Tab);
    QWidget *next = QApplication::focusWidget();
    QVERIFY(next && next != table && !table->isAncestorOf(next));
    QTest::keyClick(next, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), table);
}

// A file that takes a while to read: the window keeps working on the dataset in use, the
// status bar shows the progress with a Cancel button, and cancelling keeps what was there.
void TestMainWindow::aLargeFileLoadsWhileTheWindowWorks()
{
    QFile shipped(test::Fixtures::shippedPath());
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QString large = m_files.write(QStringLiteral("large-gui.json"),
                                        bench::largeDataset(shipped.readAll(), 10000, 2000, 1000));
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(test::Fixtures::path(QStringLiteral("small.json")), true));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto before = window.store()->dataset();
    auto *indicator = window.findChild<LoadingIndicator *>();
    QVERIFY(indicator);
    QVERIFY(!indicator->isVisible());

    window.loadDataset(large);
    // The window answers meanwhile: a search filters the dataset in use.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral("Minsk"));
    QCOMPARE(window.store()->dataset(), before);
    QTRY_VERIFY(indicator->isVisible());
    QVERIFY(window.store()->isLoading());

    auto *cancel = indicator->findChild<QToolButton *>();
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!indicator->isVisible());
    QVERIFY(!window.store()->isLoading());
    QCOMPARE(window.store()->dataset(), before);
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("large-gui.json")));

    // Loaded to the end, it replaces the dataset and joins the recent files.
    window.loadDataset(large);
    QTRY_VERIFY_WITH_TIMEOUT(!window.store()->isLoading(), 60000);
    QCOMPARE(window.store()->dataset()->events.size(), 10000);
    QVERIFY(!indicator->isVisible());
    QCOMPARE(Settings::recentFiles().value(0), large);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
