#include "models/chartdata/tradeserieschoice.h"
#include "models/citations/citationwriter.h"
#include "models/datasetloader.h"
#include "models/items/recordfilter.h"
#include "models/tours/tourloader.h"
#include "render/export/csv.h"
#include "render/export/exportcontext.h"
#include "render/export/exportsource.h"
#include "tests/support/apprun.h"
#include "tests/support/csvreader.h"
#include "tests/support/externalrenderers.h"
#include "tests/support/fixtures.h"
#include "tests/support/tempfiles.h"
#include "widgets/export/exportregistry.h"
#include "widgets/shell/filterbar.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace pe;
using test::AppRun;
using test::CsvReader;

Q_DECLARE_METATYPE(pe::RecordFilter)

namespace {

// The CSV read back, with its columns found by header name.
struct Table
{
    QList<QStringList> rows; // without the header
    QStringList header;
    int column(const QString &name) const { return int(header.indexOf(name)); }
};

std::optional<Table> readTable(const QByteArray &bytes, QChar separator, QString *error)
{
    const QByteArray body =
        CsvReader::hasByteOrderMark(bytes) ? bytes.mid(CsvReader::bom().size()) : bytes;
    std::optional<QList<QStringList>> rows = CsvReader::parse(body, separator, error);
    if (!rows || rows->isEmpty())
        return std::nullopt;
    Table table;
    table.header = rows->takeFirst();
    table.rows = *rows;
    return table;
}

// The columns each view's CSV had before the source columns were added: scripts read them
// by position, so they stay as they were.
const QHash<QString, QStringList> &columnsBefore()
{
    static const QHash<QString, QStringList> columns = {
        {"timeline", {"id", "year", "Date", "Category", "Event", "Places", "Source", "sources"}},
        {"turnover",
         {"Year", "Period", "Indicator", "Value (US$ million)", "Qualifier", "Reported by",
          "Origin", "Source", "Record id"}},
        {"regional-trade",
         {"Region", "Year", "Period", "Indicator", "Value (US$ million)", "Qualifier",
          "Reported by", "Origin", "Source", "Record id"}},
        {"venture-output", {"Venture", "Year", "Units", "Milestone", "Source", "Record id"}},
        {"map", {"Layer", "Name", "Country", "Places", "Count", "Record ids"}},
        {"pairings",
         {"id", "year", "Belarusian side", "Kazakh side", "Level", "Since", "Document", "Areas",
          "Source", "sources"}},
        {"ventures",
         {"id", "year", "Venture", "Sector", "Place", "Since", "Status", "Belarusian partners",
          "Kazakh partners", "Source", "sources"}},
        {"sources",
         {"id", "year", "Note", "Author", "Title", "Outlet", "Year", "Address", "sources"}},
    };
    return columns;
}

} // namespace

// `export` and `screenshot` with the filter bar's filters, run as the real executable: each
// filter changes what a CSV holds, bad values are usage errors, and the bytes are those an
// export of the same filter writes in-process, from an ExportContext or from the window.
class TestCommandLineExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filtersChangeTheCsv_data();
    void filtersChangeTheCsv();
    void rejectsBadValues_data();
    void rejectsBadValues();
    void sameBytesAsAnExportContext_data();
    void sameBytesAsAnExportContext();
    void sameBytesAsTheWindowsFilterBar();
    void sourceColumnsComeLast_data();
    void sourceColumnsComeLast();
    void excelCsvFollowsTheLanguage_data();
    void excelCsvFollowsTheLanguage();
    void pictureSubtitleNamesTheFilters();
    void screenshotFollowsTheFilters();
    void handoutHasAPagePerStep_data();
    void handoutHasAPagePerStep();
    void handoutRefusesWhatItCannotPrint_data();
    void handoutRefusesWhatItCannotPrint();
    void citesARecord_data();
    void citesARecord();
    void citesEverySourceAViewShows_data();
    void citesEverySourceAViewShows();
    void citeRefuses_data();
    void citeRefuses();
    void exportsADataPackage();
    void dataPackageRefuses_data();
    void dataPackageRefuses();

private:
    AppRun run(const QStringList &arguments) const
    {
        return AppRun::run(QStringLiteral(PE_APP_PATH), arguments);
    }
    // `export --view VIEW --format csv` with the arguments: the file's bytes, or empty with
    // *error saying why.
    QByteArray exportCsv(const QString &view, const QStringList &arguments, QString *error);
    QByteArray inProcessCsv(const QString &view, const ExportContext &context,
                            const CsvDialect &dialect = {}) const;

    test::TempFiles m_files;
    LanguageManager m_languages;
    std::shared_ptr<const Dataset> m_builtIn;
    QHash<QString, int> m_unfilteredRows;
    int m_written = 0;
};

void TestCommandLineExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_files.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PE_APP_PATH)));
    QString error;
    m_builtIn = test::Fixtures::builtIn(&error);
    QVERIFY2(m_builtIn, qPrintable(error));
    for (const QString &view : ExportRegistry::keys()) {
        const std::optional<Table> table = readTable(exportCsv(view, {}, &error), u',', &error);
        QVERIFY2(table, qPrintable(error));
        m_unfilteredRows.insert(view, int(table->rows.size()));
    }
}

QByteArray TestCommandLineExport::exportCsv(const QString &view, const QStringList &arguments,
                                            QString *error)
{
    const QString target = m_files.path(QStringLiteral("export-%1.csv").arg(++m_written));
    const AppRun result = run(QStringList{QStringLiteral("export"), QStringLiteral("--view"), view,
                                          QStringLiteral("--format"), QStringLiteral("csv"),
                                          QStringLiteral("--out"), target} +
                              arguments);
    QFile file(target);
    if (result.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("export %1 %2 failed (%3): %4")
                     .arg(view, arguments.join(QLatin1Char(' ')))
                     .arg(result.exitCode)
                     .arg(result.err);
        return {};
    }
    return file.readAll();
}

QByteArray TestCommandLineExport::inProcessCsv(const QString &view, const ExportContext &context,
                                               const CsvDialect &dialect) const
{
    const ExportableView *exportable = ExportRegistry::find(view);
    if (!exportable)
        return {};
    return Csv::encode(exportable->build(context)->csvRows(), dialect);
}

void TestCommandLineExport::filtersChangeTheCsv_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("column"); // empty: only the row count is checked
    QTest::addColumn<QString>("everyValue");
    QTest::newRow("years, timeline")
        << "timeline" << QStringList{"--from", "2010", "--to", "2012"} << "year"
        << "^(2010|2011|2012)$";
    QTest::newRow("a year, turnover")
        << "turnover" << QStringList{"--from", "2014", "--to", "2014"} << "Year"
        << "^2014$";
    QTest::newRow("from only") << "pairings" << QStringList{"--from", "2015"} << "year"
                               << "^(0|20(1[5-9]|2\\d))?$";
    QTest::newRow("a category") << "timeline" << QStringList{"--category", "treaties"} << "Category"
                                << "^Treaties$";
    QTest::newRow("two categories")
        << "timeline" << QStringList{"--category", "treaties,diplomacy"} << "Category"
        << "^(Treaties|Diplomacy)$";
    QTest::newRow("a region, timeline")
        << "timeline" << QStringList{"--place", "kz-kostanay-region"} << "Places"
        << "Kostanay";
    QTest::newRow("a region, regional trade")
        << "regional-trade" << QStringList{"--place", "by-gomel-region"} << "Region"
        << "^Gomel Region";
    QTest::newRow("a city") << "ventures" << QStringList{"--place", "kz-kostanay"} << "Place"
                            << "Kostanay";
    QTest::newRow("a sector") << "ventures" << QStringList{"--sector", "automotive"} << "Sector"
                              << "^Vehicles$";
    QTest::newRow("book only, sources") << "sources" << QStringList{"--sources", "book"} << "Note"
                                        << "^\\d+$";
    QTest::newRow("book only, turnover")
        << "turnover" << QStringList{"--sources", "book"} << "Origin"
        << "^book$";
    QTest::newRow("search") << "timeline" << QStringList{"--search", "tractor"} << ""
                            << "";
    QTest::newRow("search, two words")
        << "ventures" << QStringList{"--search", "Kostanay tractor"} << ""
        << "";
}

void TestCommandLineExport::filtersChangeTheCsv()
{
    QFETCH(QString, view);
    QFETCH(QStringList, arguments);
    QFETCH(QString, column);
    QFETCH(QString, everyValue);
    QString error;
    const std::optional<Table> table = readTable(exportCsv(view, arguments, &error), u',', &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY2(!table->rows.isEmpty(), "the filter leaves nothing to check");
    QVERIFY(table->rows.size() < m_unfilteredRows.value(view));
    if (column.isEmpty())
        return;
    const int index = table->column(column);
    QVERIFY2(index >= 0, qPrintable(table->header.join(QLatin1Char(','))));
    const QRegularExpression pattern(everyValue);
    for (const QStringList &row : table->rows)
        QVERIFY2(pattern.match(row.at(index)).hasMatch(), qPrintable(row.join(QLatin1Char('|'))));
}

void TestCommandLineExport::rejectsBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList turnover{"export", "--view", "turnover", "--format", "csv"};
    QTest::newRow("year before the data")
        << turnover + QStringList{"--from", "1990"}
        << "--from must be a year from 1991 to 2030, not \"1990\"";
    QTest::newRow("year after the data") << turnover + QStringList{"--to", "2031"}
                                         << "--to must be a year from 1991 to 2030, not \"2031\"";
    QTest::newRow("year not a number")
        << turnover + QStringList{"--from", "twenty"} << "--from must be a year";
    QTest::newRow("from after to") << turnover + QStringList{"--from", "2015", "--to", "2010"}
                                   << "--from 2015 is after --to 2010";
    QTest::newRow("unknown category")
        << turnover + QStringList{"--category", "sports"}
        << "--category must be one or more of diplomacy, treaties, trade";
    QTest::newRow("one bad category of two")
        << turnover + QStringList{"--category", "treaties,sports"} << "not \"sports\"";
    QTest::newRow("category key is case-sensitive")
        << turnover + QStringList{"--category", "Treaties"} << "not \"Treaties\"";
    QTest::newRow("unknown sector") << turnover + QStringList{"--sector", "space"}
                                    << "--sector must be one of agriculture-food";
    QTest::newRow("unknown sources") << turnover + QStringList{"--sources", "web"}
                                     << "--sources must be book or all, not \"web\"";
    QTest::newRow("unknown place")
        << turnover + QStringList{"--place", "kz-atlantis"}
        << "--place \"kz-atlantis\" is not a place of the dataset: expected by, by-brest-region";
    QTest::newRow("unknown series") << turnover + QStringList{"--series", "sideways"}
                                    << "--series: unknown series \"sideways\": expected";
    QTest::newRow("series on another view")
        << QStringList{"export", "--view", "pairings", "--format", "csv", "--series", "turnover"}
        << "--series applies to the turnover view only, not to pairings";
    QTest::newRow("excel csv for a picture")
        << QStringList{"export", "--view", "turnover", "--format", "png", "--csv-excel"}
        << "--csv-excel applies to the csv format only, not to png";
    QTest::newRow("screenshot, bad year")
        << QStringList{"screenshot", "--out-dir", "DIR", "--to", "1800"} << "--to must be a year";
    QTest::newRow("screenshot, unknown place")
        << QStringList{"screenshot", "--out-dir", "DIR", "--place", "mars"}
        << "--place \"mars\" is not a place";
}

void TestCommandLineExport::rejectsBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString target = m_files.path(QStringLiteral("rejected.out"));
    const QString dir = m_files.path(QStringLiteral("rejected-shots"));
    arguments.replaceInStrings(QRegularExpression(QStringLiteral("^DIR$")), dir);
    if (arguments.first() == QLatin1String("export"))
        arguments << QStringLiteral("--out") << target;
    const AppRun result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    // One line: a script's log shows the whole reason. (Qt may warn about the environment
    // of a test run outside ctest: not the app's output.)
    QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeIf(
        [](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths:")); });
    QCOMPARE(lines.size(), 1);
    QVERIFY(!QFile::exists(target));
    QVERIFY(QDir(dir).isEmpty());
}

void TestCommandLineExport::sameBytesAsAnExportContext_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<RecordFilter>("filter");
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("excel");
    for (const QString &view : ExportRegistry::keys())
        QTest::addRow("%s, no filter", qPrintable(view))
            << view << QStringList() << RecordFilter() << ""
            << "en" << false;

    RecordFilter years;
    years.fromYear = 2010;
    years.toYear = 2012;
    for (const char *view : {"timeline", "turnover", "pairings", "sources"})
        QTest::addRow("%s, years", view)
            << view << QStringList{"--from", "2010", "--to", "2012"} << years << ""
            << "en" << false;
    RecordFilter regionAndCategory;
    regionAndCategory.place = QStringLiteral("kz-kostanay-region");
    regionAndCategory.categories = {Category::Industry, Category::Trade};
    for (const char *view : {"timeline", "ventures", "pairings"})
        QTest::addRow("%s, region and categories", view)
            << view << QStringList{"--place",  "kz-kostanay-region", "--category",
                                   "industry", "--category",         "trade"}
            << regionAndCategory << ""
            << "en" << false;
    RecordFilter bookOnly;
    bookOnly.bookOnly = true;
    for (const char *view : {"turnover", "regional-trade", "sources"})
        QTest::addRow("%s, book only", view)
            << view << QStringList{"--sources", "book"} << bookOnly << ""
            << "en" << false;
    RecordFilter sector;
    sector.sector = Sector::AgriculturalMachinery;
    for (const char *view : {"venture-output", "ventures", "timeline"})
        QTest::addRow("%s, sector", view)
            << view << QStringList{"--sector", "agricultural-machinery"} << sector << ""
            << "en" << false;
    RecordFilter search;
    search.text = QStringLiteral("Kostanay tractor");
    QTest::newRow("timeline, search")
        << "timeline" << QStringList{"--search", "Kostanay tractor"} << search << ""
        << "en" << false;
    // The turnover chart's lines travel in the context (the chart reads them when it is
    // wired to): the CLI must fill them as the in-process export does.
    QTest::newRow("turnover, series")
        << "turnover" << QStringList{"--series", "exports-by,imports-by"} << RecordFilter()
        << "exports-by,imports-by"
        << "en" << false;
    QTest::newRow("turnover, French for Excel")
        << "turnover" << QStringList{"--lang", "fr", "--csv-excel"} << RecordFilter() << ""
        << "fr" << true;
    QTest::newRow("ventures, Russian for Excel, sector")
        << "ventures" << QStringList{"--lang", "ru", "--csv-excel", "--sector", "automotive"} <<
        [] {
            RecordFilter f;
            f.sector = Sector::Automotive;
            return f;
        }()
        << ""
        << "ru" << true;
    QTest::newRow("sources, Kazakh")
        << "sources" << QStringList{"--lang", "kk"} << RecordFilter() << ""
        << "kk" << false;
}

// What the window would write for the same filter is what the command line writes.
void TestCommandLineExport::sameBytesAsAnExportContext()
{
    QFETCH(QString, view);
    QFETCH(QStringList, arguments);
    QFETCH(RecordFilter, filter);
    QFETCH(QString, series);
    QFETCH(QString, language);
    QFETCH(bool, excel);
    QString error;
    const QByteArray cli = exportCsv(view, arguments, &error);
    QVERIFY2(!cli.isEmpty(), qPrintable(error));

    QVERIFY(m_languages.setLanguage(language) || language == m_languages.language());
    ExportContext context;
    context.dataset = m_builtIn;
    context.filter = filter;
    context.dataLanguage = LanguageManager::dataLanguage(language);
    const std::optional<TradeSeriesChoice> choice = TradeSeriesChoice::parse(series);
    QVERIFY(choice);
    context.tradeSeries = *choice;
    const QByteArray inProcess =
        inProcessCsv(view, context, excel ? CsvDialect::spreadsheet(language) : CsvDialect());
    m_languages.setLanguage(QStringLiteral("en"));
    QCOMPARE(cli, inProcess);
}

// The filter bar's controls set as a reader would, then every view exported from the
// window's context: the same bytes as the command line with the same choices. (The window
// also passes its tables' sort order, which the command line has no option for: left out.)
void TestCommandLineExport::sameBytesAsTheWindowsFilterBar()
{
    MainWindow window(&m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    FilterBar *bar = window.filterBar();
    auto *from = bar->findChild<QSpinBox *>(QStringLiteral("fromYear"));
    auto *to = bar->findChild<QSpinBox *>(QStringLiteral("toYear"));
    auto *category = bar->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    auto *region = bar->findChild<QComboBox *>(QStringLiteral("regionFilter"));
    auto *sector = bar->findChild<QComboBox *>(QStringLiteral("sectorFilter"));
    QVERIFY(from && to && category && region && sector);

    const auto compareEveryView = [&](const QStringList &arguments) {
        ExportContext context = window.exportContext();
        context.tableSort.clear();
        for (const QString &view : ExportRegistry::keys()) {
            QString error;
            const QByteArray cli = exportCsv(view, arguments, &error);
            if (cli.isEmpty())
                return QStringLiteral("%1: %2").arg(view, error);
            if (cli != inProcessCsv(view, context))
                return QStringLiteral("%1 with %2 differs from the window's export")
                    .arg(view, arguments.join(QLatin1Char(' ')));
        }
        return QString();
    };

    from->setValue(2008);
    to->setValue(2016);
    category->setCurrentIndex(category->findData(QVariant::fromValue(Category::Industry)));
    region->setCurrentIndex(region->findData(QStringLiteral("kz-kostanay-region")));
    QCOMPARE(window.filter().categories, QSet<Category>{Category::Industry});
    QString problem = compareEveryView({"--from", "2008", "--to", "2016", "--category", "industry",
                                        "--place", "kz-kostanay-region"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    from->setValue(from->minimum()); // "from": open again
    to->setValue(to->minimum());
    category->setCurrentIndex(0);
    region->setCurrentIndex(0);
    sector->setCurrentIndex(sector->findData(QVariant::fromValue(Sector::Automotive)));
    bar->searchField()->setText(QStringLiteral("MAZ"));
    QCOMPARE(window.filter().fromYear, 0);
    QCOMPARE(window.filter().text, QStringLiteral("MAZ"));
    problem = compareEveryView({"--sector", "automotive", "--search", "MAZ"});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCommandLineExport::sourceColumnsComeLast_data()
{
    QTest::addColumn<QString>("view");
    for (const QString &view : ExportRegistry::keys())
        QTest::newRow(qPrintable(view)) << view;
}

// Every row names its sources in full and gives their addresses, after the columns that
// were there before.
void TestCommandLineExport::sourceColumnsComeLast()
{
    QFETCH(QString, view);
    QString error;
    const std::optional<Table> table = readTable(exportCsv(view, {}, &error), u',', &error);
    QVERIFY2(table, qPrintable(error));
    QVERIFY(columnsBefore().contains(view));
    const QStringList expected =
        columnsBefore().value(view) + QStringList{"source_reference", "source_url"};
    QCOMPARE(table->header, expected);
    const int reference = table->column(QStringLiteral("source_reference"));
    const int url = table->column(QStringLiteral("source_url"));
    int withUrl = 0;
    for (const QStringList &row : table->rows) {
        QCOMPARE(row.size(), table->header.size());
        QVERIFY2(row.at(reference).contains(QStringLiteral("Vecteur de partenariat")) ||
                     row.at(reference).startsWith(QStringLiteral("Supplementary")),
                 qPrintable(row.join(QLatin1Char('|'))));
        withUrl += !row.at(url).isEmpty();
    }
    // Most of the book's footnotes cite an article online.
    QVERIFY2(withUrl * 2 > table->rows.size(), qPrintable(QString::number(withUrl)));
    if (view == QLatin1String("sources")) {
        const int address = table->column(QStringLiteral("Address"));
        for (const QStringList &row : table->rows)
            QCOMPARE(row.at(url), row.at(address));
    }
}

void TestCommandLineExport::excelCsvFollowsTheLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QString>("value"); // the 2014 figure from note 61
    QTest::newRow("default") << QStringList() << false << QChar(u',') << "966.8";
    QTest::newRow("French, for scripts")
        << QStringList{"--lang", "fr"} << false << QChar(u',') << "966.8";
    QTest::newRow("English, for Excel")
        << QStringList{"--csv-excel"} << true << QChar(u',') << "966.8";
    for (const char *language : {"fr", "ru", "kk", "be"})
        QTest::addRow("%s, for Excel", language)
            << QStringList{"--lang", language, "--csv-excel"} << true << QChar(u';') << "966,8";
}

void TestCommandLineExport::excelCsvFollowsTheLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, bom);
    QFETCH(QChar, separator);
    QFETCH(QString, value);
    QString error;
    const QByteArray bytes = exportCsv(QStringLiteral("turnover"), arguments, &error);
    QVERIFY2(!bytes.isEmpty(), qPrintable(error));
    QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), bom);
    const std::optional<Table> table = readTable(bytes, separator, &error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->header.size(), columnsBefore().value(QStringLiteral("turnover")).size() + 2);
    const int id = table->header.size() - 3; // Record id, before the source columns
    const QRegularExpression number(separator == QLatin1Char(';')
                                        ? QStringLiteral("^-?\\d+(,\\d+)?$")
                                        : QStringLiteral("^-?\\d+(\\.\\d+)?$"));
    bool found = false;
    for (const QStringList &row : table->rows) {
        QCOMPARE(row.size(), table->header.size());
        QVERIFY2(number.match(row.at(3)).hasMatch(), qPrintable(row.at(3)));
        if (row.at(id) == QLatin1String("obs-2014-turnover-fn61")) {
            QCOMPARE(row.at(3), value);
            found = true;
        }
    }
    QVERIFY(found);
}

// A picture says which filters made it, under its title.
void TestCommandLineExport::pictureSubtitleNamesTheFilters()
{
    const QString target = m_files.path(QStringLiteral("filtered.svg"));
    const AppRun result =
        run({"export", "--view", "timeline", "--format", "svg", "--out", target, "--from", "2010",
             "--to", "2012", "--category", "treaties", "--sources", "book"});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY2(svg.contains(QStringLiteral("Filtered: 2010–2012, Treaties, from the book only")),
             qPrintable(svg.left(400)));
}

// Screenshots follow the filters as the window does: a category changes the timeline and
// leaves the tables, which have no category, as they were.
void TestCommandLineExport::screenshotFollowsTheFilters()
{
    const auto shoot = [this](const QString &name, const QStringList &filters) {
        const QString dir = m_files.path(name);
        const AppRun result =
            run(QStringList{"screenshot", "--out-dir", dir, "--width", "640", "--height", "400"} +
                filters);
        return result.exitCode == 0 ? dir : QStringLiteral("failed: ") + result.err;
    };
    const QString all = shoot(QStringLiteral("shots-all"), {});
    const QString treaties = shoot(QStringLiteral("shots-treaties"), {"--category", "treaties"});
    QVERIFY2(!all.startsWith(QLatin1String("failed")), qPrintable(all));
    QVERIFY2(!treaties.startsWith(QLatin1String("failed")), qPrintable(treaties));
    const auto image = [](const QString &dir, const char *view) {
        return QImage(dir + QLatin1Char('/') + QLatin1String(view) + QStringLiteral(".png"));
    };
    QVERIFY(!image(all, "timeline").isNull());
    QVERIFY(image(all, "timeline") != image(treaties, "timeline"));
    QCOMPARE(image(all, "pairings"), image(treaties, "pairings"));
}

void TestCommandLineExport::handoutHasAPagePerStep_data()
{
    QTest::addColumn<QString>("tour");
    QTest::addColumn<QString>("lang");
    for (const QString &path : TourLoader::builtInPaths()) {
        const QString name = QFileInfo(path).completeBaseName();
        for (const char *lang : {"en", "ru"})
            QTest::addRow("%s-%s", qPrintable(name), lang) << name << QString::fromLatin1(lang);
    }
}

// A handout as a student gets it: read by poppler, a page per step, each with the words of
// its caption and the lecturer's notes, and a first page with a picture on it.
void TestCommandLineExport::handoutHasAPagePerStep()
{
    PE_NEED_TOOLS(QStringLiteral("pdfinfo"), QStringLiteral("pdftotext"),
                  QStringLiteral("pdftoppm"));
    QFETCH(QString, tour);
    QFETCH(QString, lang);
    const QString target = m_files.path(QStringLiteral("handout-%1-%2.pdf").arg(tour, lang));
    const AppRun result =
        run({"export", "--tour", tour, "--format", "pdf", "--out", target, "--lang", lang});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const Tour expected =
        *TourLoader::loadFile(QStringLiteral(":/tours/%1.json").arg(tour), *m_builtIn).tour;
    QString error;
    const QString info = test::ExternalRenderers::pdfInfo(target, false, &error);
    QVERIFY2(!info.isEmpty(), qPrintable(error));
    QVERIFY2(info.contains(
                 QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(expected.steps.size()))),
             qPrintable(info));
    QVERIFY(info.contains(QStringLiteral("A4")));
    for (int page = 1; page <= expected.steps.size(); ++page) {
        QByteArray text;
        QVERIFY2(test::ExternalRenderers::run(QStringLiteral("pdftotext"),
                                              {QStringLiteral("-f"), QString::number(page),
                                               QStringLiteral("-l"), QString::number(page), target,
                                               QStringLiteral("-")},
                                              &text, &error),
                 qPrintable(error));
        // NFKC: the PDF draws "fi" as one ligature glyph, which pdftotext gives back as "ﬁ".
        const QString words =
            QString::fromUtf8(text).normalized(QString::NormalizationForm_KC).simplified();
        const TourStep &step = expected.steps.at(page - 1);
        for (const QString &wanted : {step.caption.text(lang), step.notes.text(lang)}) {
            const QString start = wanted.simplified().left(24);
            QVERIFY2(words.contains(start),
                     qPrintable(QStringLiteral("page %1 lacks \"%2\"").arg(page).arg(start)));
        }
    }
    const QImage first = test::ExternalRenderers::renderPdf(target, 40, &error);
    QVERIFY2(!first.isNull(), qPrintable(error));
    QVERIFY(first.height() > first.width()); // portrait
    QSet<QRgb> colours;
    for (int y = 0; y < first.height(); y += 3)
        for (int x = 0; x < first.width(); x += 3)
            colours.insert(first.pixel(x, y));
    QVERIFY2(colours.size() > 50, "the first page has no picture on it");
}

void TestCommandLineExport::handoutRefusesWhatItCannotPrint_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("with a view") << QStringList{"--tour", "thirty-years", "--view", "timeline"} << 2
                                 << "cannot be used together";
    QTest::newRow("as png") << QStringList{"--tour", "thirty-years", "--format", "png"} << 2
                            << "written as pdf";
    QTest::newRow("no such tour") << QStringList{"--tour", "no-such-tour"} << 2
                                  << "no-such-tour: no such file";
    QTest::newRow("broken tour") << QStringList{"--tour", "BROKEN"} << 1 << "broken-tour.json:";
}

void TestCommandLineExport::handoutRefusesWhatItCannotPrint()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QFile tour(QStringLiteral(":/tours/thirty-years.json"));
    QVERIFY(tour.open(QIODevice::ReadOnly));
    const QString broken = m_files.path(QStringLiteral("broken-tour.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(tour.readAll().replace("\"view\": \"timeline\"", "\"view\": \"map2\""));
    out.close();
    arguments.replaceInStrings(QStringLiteral("BROKEN"), broken);
    const QString target = m_files.path(QStringLiteral("refused.pdf"));
    const AppRun result = run(QStringList{"export", "--out", target} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(target));
}

void TestCommandLineExport::citesARecord_data()
{
    QTest::addColumn<QString>("style");
    for (const QString &style : CitationWriter::styleKeys())
        QTest::newRow(qPrintable(style)) << style;
}

// What `cite` prints is the writer's entry, whatever the style: --style reaches the command
// (Qt would otherwise take it for a widget style) and no window opens.
void TestCommandLineExport::citesARecord()
{
    QFETCH(QString, style);
    const QString record = QStringLiteral("obs-2014-turnover-fn61");
    const AppRun result = run({"cite", record, "--style", style});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const CitationWriter writer(*m_builtIn, QLocale(QStringLiteral("en")));
    const auto chosen = *CitationWriter::styleFromKey(style);
    QString expected = writer.bibliography(m_builtIn->sourcesOf(record), chosen);
    if (!CitationWriter::isMachineStyle(chosen))
        expected += QLatin1Char('\n');
    QCOMPARE(result.out, expected);
}

void TestCommandLineExport::citesEverySourceAViewShows_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QStringList>("filters");
    QTest::newRow("turnover") << "turnover" << QStringList();
    QTest::newRow("turnover, book only") << "turnover" << QStringList{"--sources", "book"};
    QTest::newRow("timeline, treaties") << "timeline" << QStringList{"--category", "treaties"};
    QTest::newRow("pairings") << "pairings" << QStringList();
}

// One entry per source the view shows with those filters, as the export's source line
// counts them.
void TestCommandLineExport::citesEverySourceAViewShows()
{
    QFETCH(QString, view);
    QFETCH(QStringList, filters);
    const AppRun result = run(QStringList{"cite", "--view", view, "--style", "ris"} + filters);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    ExportContext context;
    context.dataset = m_builtIn;
    if (filters.contains(QStringLiteral("book")))
        context.filter.bookOnly = true;
    if (filters.contains(QStringLiteral("treaties")))
        context.filter.categories.insert(Category::Treaties);
    const QStringList shown = ExportRegistry::find(view)->build(context)->sourceIds();
    QVERIFY(!shown.isEmpty());
    // One record a source, after the book's.
    QCOMPARE(int(result.out.count(QStringLiteral("TY  - "))), int(shown.size()) + 1);
    for (const QString &id : shown)
        QVERIFY2(result.out.contains(QStringLiteral("ID  - %1\n").arg(id)), qPrintable(id));
}

void TestCommandLineExport::citeRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown record")
        << QStringList{"cite", "ev-nope"} << 1 << "no record \"ev-nope\"";
    QTest::newRow("unknown style")
        << QStringList{"cite", "fn-6", "--style", "mla"} << 2 << "unknown style \"mla\"";
    QTest::newRow("record and view")
        << QStringList{"cite", "fn-6", "--view", "turnover"} << 2 << "usage:";
    QTest::newRow("unknown view") << QStringList{"cite", "--view", "map2"} << 2
                                  << "unknown view \"map2\"";
}

void TestCommandLineExport::citeRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const AppRun result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

// The whole dataset as a data package: validate reads it back, --dataset opens it, and pandas
// reads every table with the types its schema declares.
void TestCommandLineExport::exportsADataPackage()
{
    const QString dir = m_files.path(QStringLiteral("package"));
    const AppRun exported = run({QStringLiteral("export"), QStringLiteral("--view"),
                                 QStringLiteral("dataset"), QStringLiteral("--format"),
                                 QStringLiteral("datapackage"), QStringLiteral("--out"), dir});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QString descriptor = QDir(dir).filePath(QStringLiteral("datapackage.json"));
    const AppRun validated = run({QStringLiteral("validate"), descriptor});
    QVERIFY2(validated.exitCode == 0, qPrintable(validated.err));
    QVERIFY2(validated.out.contains(QStringLiteral("%1 events").arg(m_builtIn->events.size())),
             qPrintable(validated.out));
    // A view drawn from the package is the view drawn from the file it was written from.
    QString error;
    const QByteArray fromFile = exportCsv(QStringLiteral("ventures"), {}, &error);
    const QByteArray fromPackage =
        exportCsv(QStringLiteral("ventures"), {QStringLiteral("--dataset"), descriptor}, &error);
    QVERIFY2(!fromPackage.isEmpty(), qPrintable(error));
    QCOMPARE(fromPackage, fromFile);

    // pandas as Debian ships it, not a Python of the user's own that may lack it.
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    const AppRun read = AppRun::run(python, {QFINDTESTDATA("read_datapackage.py"), dir});
    if (read.exitCode == 77 && !test::ExternalRenderers::required())
        QSKIP("pandas is not installed");
    QVERIFY2(read.exitCode == 0, qPrintable(read.err + read.out));
    QVERIFY2(read.out.contains(QStringLiteral("events: %1 rows").arg(m_builtIn->events.size())),
             qPrintable(read.out));
}

void TestCommandLineExport::dataPackageRefuses_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("a picture format") << QStringList{"--format", "png"} << "\"datapackage\"";
    QTest::newRow("a filter") << QStringList{"--format", "datapackage", "--from", "2010"}
                              << "--from does not apply";
}

void TestCommandLineExport::dataPackageRefuses()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const AppRun result = run(QStringList{QStringLiteral("export"), QStringLiteral("--view"),
                                          QStringLiteral("dataset"), QStringLiteral("--out"),
                                          m_files.path(QStringLiteral("refused"))} +
                              arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFileInfo::exists(m_files.path(QStringLiteral("refused"))));
}

QTEST_MAIN(TestCommandLineExport)
#include "tst_commandlineexport.moc"
