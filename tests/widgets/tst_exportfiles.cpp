#include "models/datapackage/datapackagewriter.h"
#include "models/datasetloader.h"
#include "models/files/outputfiles.h"
#include "models/tours/tourloader.h"
#include "render/export/csv.h"
#include "render/export/exportcontext.h"
#include "render/export/exportmetadata.h"
#include "render/export/exportservice.h"
#include "render/export/exportsource.h"
#include "tests/support/csvreader.h"
#include "tests/support/externalrenderers.h"
#include "tests/support/fixtures.h"
#include "widgets/export/exportdialog.h"
#include "widgets/export/exportregistry.h"
#include "widgets/export/tourhandout.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QXmlStreamReader>

#include <sys/stat.h>

using namespace pe;
using pe::test::ExternalRenderers;

namespace {

// What a dataset's texts could hold, each part aimed at one consumer: a spreadsheet formula,
// markup and an entity, a CDATA end, and characters XML 1.0 cannot hold at all.
const QString hostilePrefix =
    QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")<script>alert(1)</"
                   "script>&amp;]]>\u0001\u001f\uFFFE ");

// Every text of every language and every source's title, outlet and quote prefixed with
// text; ids and vocabulary keys stay.
QJsonValue prefixTexts(const QJsonValue &value, const QString &text, bool inText = false)
{
    if (value.isString())
        return inText ? QJsonValue(text + value.toString()) : value;
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(prefixTexts(element, text));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const bool text_ = key == QLatin1String("en") || key == QLatin1String("fr") ||
                           key == QLatin1String("ru") || key == QLatin1String("outlet") ||
                           key == QLatin1String("quote");
        *it = prefixTexts(*it, text, text_);
    }
    return object;
}

bool isFifo(const QString &file)
{
    struct stat st;
    return ::lstat(QFile::encodeName(file).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

// The files an export writes, as a whole: a picture and its two texts together or not at
// all, nothing but regular files, and text from a dataset that stays text in an SVG and in
// a spreadsheet.
class TestExportFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void pictureAndAltTextFailTogether();
    void refusesAFifoAsPictureOrAltText_data();
    void refusesAFifoAsPictureOrAltText();
    void dialogShowsAFailure();
    void handoutRefusesAFifo();
    void dataPackageIsWrittenWhole();
    void hostileTextMakesWellFormedSvg_data();
    void hostileTextMakesWellFormedSvg();
    void csvCellsNeverRunAsFormulas_data();
    void csvCellsNeverRunAsFormulas();
    void spreadsheetShowsTheTextNotAFormula();

private:
    struct Built
    {
        std::unique_ptr<ExportSource> source;
        ExportDocument document;
    };
    Built build(const QString &key, const ExportContext &context) const
    {
        const ExportableView *view = ExportRegistry::find(key);
        Built built;
        built.source = view->build(context);
        built.document = ExportRegistry::document(*view, *built.source, context);
        return built;
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QStringList entries() const
    {
        return QDir(m_dir->path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                       QDir::Name);
    }
    static QByteArray contents(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
    }

    ExportContext m_context;
    ExportContext m_hostile;
    bool m_hostileHasControls = true;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestExportFiles::initTestCase()
{
    QString error;
    m_context.dataset = test::Fixtures::small(&error);
    QVERIFY2(m_context.dataset, qPrintable(error));

    QFile file(test::Fixtures::path(QStringLiteral("small.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    LoadResult loaded = DatasetLoader::loadBytes(
        QJsonDocument(prefixTexts(root, hostilePrefix).toObject()).toJson(),
        QStringLiteral("hostile.json"));
    if (!loaded.ok()) {
        // A loader that refuses control characters in texts is fine: the rest is still text
        // that must not become markup or a formula.
        QString printable = hostilePrefix;
        printable.remove(QChar(0x01)).remove(QChar(0x1f)).remove(QChar(0xFFFE));
        m_hostileHasControls = false;
        loaded = DatasetLoader::loadBytes(
            QJsonDocument(prefixTexts(root, printable).toObject()).toJson(),
            QStringLiteral("hostile.json"));
    }
    QVERIFY2(loaded.ok(),
             qPrintable(loaded.problems.isEmpty() ? QString()
                                                  : loaded.problems.constFirst().toString()));
    m_hostile.dataset = loaded.dataset;
    if (!m_hostileHasControls)
        qInfo("the loader refuses control characters: the hostile texts are tested without");
}

void TestExportFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    OutputFiles::setFaultForTesting({});
}

void TestExportFiles::cleanup()
{
    OutputFiles::setFaultForTesting({});
    m_dir.reset();
}

void TestExportFiles::pictureAndAltTextFailTogether()
{
    const Built built = build(QStringLiteral("turnover"), m_context);
    ExportOptions options;
    options.format = ExportFormat::Svg;
    const QString picture = path(QStringLiteral("turnover.svg"));
    QString error;
    QVERIFY2(ExportService::write(picture, ExportFormat::Svg, built.document, options,
                                  *built.source, &error),
             qPrintable(error));
    const QStringList written = entries();
    QCOMPARE(written,
             (QStringList{QStringLiteral("turnover.svg"), QStringLiteral("turnover.svg.alt.txt"),
                          QStringLiteral("turnover.svg.desc.txt")}));
    const QByteArray oldPicture = contents(picture);
    const QByteArray oldAlt = contents(ExportService::altTextPath(picture));
    QVERIFY(!oldAlt.trimmed().isEmpty());

    // A full disk anywhere (the picture itself, the alt text, the description): the three
    // files stay as they were, and nothing is left beside them.
    Built other = build(QStringLiteral("turnover"), m_context);
    other.document.title = QStringLiteral("A new title");
    other.document.description = QStringLiteral("A new alt text");
    QByteArray newPicture;
    QVERIFY(Exporter::encode(other.document, options, &newPicture, &error));
    for (const qint64 space : {qint64(0), newPicture.size() - 1, newPicture.size() + 3}) {
        OutputFiles::setFaultForTesting({space, -1});
        QVERIFY(!ExportService::write(picture, ExportFormat::Svg, other.document, options,
                                      *other.source, &error));
        QVERIFY2(error.endsWith(QStringLiteral(": no space left on device")), qPrintable(error));
        QCOMPARE(contents(picture), oldPicture);
        QCOMPARE(contents(ExportService::altTextPath(picture)), oldAlt);
        QCOMPARE(entries(), written);
    }
    // A new picture whose alt text does not fit is not written at all.
    OutputFiles::setFaultForTesting({newPicture.size() + 3, -1});
    QVERIFY(!ExportService::write(path(QStringLiteral("new.svg")), ExportFormat::Svg,
                                  other.document, options, *other.source, &error));
    QVERIFY2(error.contains(QStringLiteral("new.svg.alt.txt")), qPrintable(error));
    QCOMPARE(entries(), written);
    // And when the last rename fails, the first two are put back.
    OutputFiles::setFaultForTesting({-1, 2});
    QVERIFY(!ExportService::write(picture, ExportFormat::Svg, other.document, options,
                                  *other.source, &error));
    QCOMPARE(contents(picture), oldPicture);
    QCOMPARE(contents(ExportService::altTextPath(picture)), oldAlt);
    QCOMPARE(entries(), written);
}

void TestExportFiles::refusesAFifoAsPictureOrAltText_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("fifo");
    QTest::newRow("png") << "png"
                         << "out.png";
    QTest::newRow("pdf") << "pdf"
                         << "out.pdf";
    QTest::newRow("csv") << "csv"
                         << "out.csv";
    QTest::newRow("the alt text of an svg") << "svg"
                                            << "out.svg.alt.txt";
    QTest::newRow("the description of a png") << "png"
                                              << "out.png.desc.txt";
}

void TestExportFiles::refusesAFifoAsPictureOrAltText()
{
    QFETCH(QString, format);
    QFETCH(QString, fifo);
    QVERIFY(::mkfifo(QFile::encodeName(path(fifo)).constData(), 0600) == 0);
    const ExportFormat exportFormat = *formatFromKey(format);
    const Built built = build(QStringLiteral("turnover"), m_context);
    QString error;
    QVERIFY(!ExportService::write(path(QStringLiteral("out.") + format), exportFormat,
                                  built.document, ExportOptions(), *built.source, &error));
    QVERIFY2(error.contains(path(fifo) + QStringLiteral(": it is a named pipe (FIFO)")),
             qPrintable(error));
    QVERIFY(isFifo(path(fifo)));
    QCOMPARE(entries(), QStringList{fifo});
}

void TestExportFiles::dialogShowsAFailure()
{
    const QString fifo = path(QStringLiteral("turnover.png"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QStandardPaths::setTestModeEnabled(true);
    ExportDialog dialog(m_context, QStringLiteral("turnover"));
    QVERIFY(!dialog.saveAs(fifo));
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox *>()) && box->isVisible());
    QVERIFY2(box->informativeText().contains(fifo), qPrintable(box->informativeText()));
    box->accept();
    QVERIFY(isFifo(fifo));
}

void TestExportFiles::handoutRefusesAFifo()
{
    // The built-in tours name records of the built-in dataset.
    ExportContext context;
    QString error;
    context.dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(context.dataset, qPrintable(error));
    const TourLoadResult tour =
        TourLoader::loadFile(TourLoader::builtInPaths().constFirst(), *context.dataset);
    QVERIFY(tour.ok());
    const QString fifo = path(QStringLiteral("handout.pdf"));
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QVERIFY(!TourHandout::write(fifo, *tour.tour, context, ViewTheme::light(), &error));
    QVERIFY2(error.contains(QStringLiteral("named pipe")), qPrintable(error));
    QVERIFY(isFifo(fifo));
}

void TestExportFiles::dataPackageIsWrittenWhole()
{
    QFile file(test::Fixtures::path(QStringLiteral("small.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QString error;

    // A FIFO where a table goes: refused, and nothing else written.
    const QString folder = path(QStringLiteral("package"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(::mkfifo(QFile::encodeName(folder + QStringLiteral("/events.csv")).constData(), 0600) ==
            0);
    QVERIFY(!DataPackageWriter::write(json, folder, &error));
    QVERIFY2(error.contains(QStringLiteral("events.csv: it is a named pipe")), qPrintable(error));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                    QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("events.csv")});

    // A full disk half-way: no table at all, and a folder made for it is gone again.
    const QString fresh = path(QStringLiteral("fresh"));
    OutputFiles::setFaultForTesting({4000, -1});
    QVERIFY(!DataPackageWriter::write(json, fresh, &error));
    QVERIFY2(error.endsWith(QStringLiteral(": no space left on device")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(fresh));
    OutputFiles::setFaultForTesting({});
    QVERIFY2(DataPackageWriter::write(json, fresh, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(fresh + QStringLiteral("/datapackage.json")));
}

void TestExportFiles::hostileTextMakesWellFormedSvg_data()
{
    QTest::addColumn<QString>("view");
    for (const ExportableView &view : ExportRegistry::views())
        if (view.supports(ExportFormat::Svg))
            QTest::newRow(qPrintable(view.key)) << view.key;
}

void TestExportFiles::hostileTextMakesWellFormedSvg()
{
    QFETCH(QString, view);
    Built built = build(view, m_hostile);
    // And what a journalist types in the dialog, with the same text and unpaired surrogates
    // (which no JSON file can hold, but a pasted text can).
    const QString lone = QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") + QChar(0xDC00) +
                         QStringLiteral("c \U0001F600");
    built.document.notes = hostilePrefix + QStringLiteral("notes ") + lone;
    built.document.title += lone;
    built.document.longDescription += lone;
    QCOMPARE(ExportMetadata::xmlSafe(lone), QStringLiteral("abc \U0001F600"));
    ExportOptions options;
    options.format = ExportFormat::Svg;
    const QByteArray svg = Exporter::svg(built.document, options);
    QVERIFY(!svg.isEmpty());

    // A strict XML parser reads it to the end, and no element came from the text.
    QXmlStreamReader reader(svg);
    QStringList elements;
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement)
            elements.append(reader.name().toString());
    QVERIFY2(!reader.hasError(),
             qPrintable(
                 QStringLiteral("line %1: %2").arg(reader.lineNumber()).arg(reader.errorString())));
    QVERIFY(!elements.contains(QStringLiteral("script")));
    QVERIFY(!svg.contains("<script"));
    QVERIFY(svg.contains("&lt;script&gt;"));
    for (const char forbidden : {'\x01', '\x1f'})
        QVERIFY(!svg.contains(forbidden));
    QVERIFY(!svg.contains("\xEF\xBF\xBE"));

    // As the tools a journalist's pipeline runs read it.
    const QString file = path(view + QStringLiteral(".svg"));
    QString error;
    QVERIFY2(OutputFiles::write(file, svg, &error), qPrintable(error));
    PE_NEED_TOOLS(QStringLiteral("xmllint"), QStringLiteral("rsvg-convert"));
    QByteArray out;
    QVERIFY2(ExternalRenderers::run(QStringLiteral("xmllint"), {QStringLiteral("--noout"), file},
                                    &out, &error),
             qPrintable(error));
    const QImage drawn = ExternalRenderers::renderSvg(file, QSize(600, 338), &error);
    QVERIFY2(!drawn.isNull(), qPrintable(error));
}

void TestExportFiles::csvCellsNeverRunAsFormulas_data()
{
    QTest::addColumn<QString>("view");
    for (const ExportableView &view : ExportRegistry::views())
        if (view.supports(ExportFormat::Csv))
            QTest::newRow(qPrintable(view.key)) << view.key;
}

void TestExportFiles::csvCellsNeverRunAsFormulas()
{
    QFETCH(QString, view);
    for (const CsvDialect &dialect :
         {CsvDialect(), CsvDialect::spreadsheet(QStringLiteral("fr"))}) {
        const Built built = build(view, m_hostile);
        const QByteArray bytes = Csv::encode(built.source->csvRows(), dialect);
        QString error;
        const auto rows =
            test::CsvReader::parse(test::CsvReader::hasByteOrderMark(bytes) ? bytes.mid(3) : bytes,
                                   dialect.separator, &error);
        QVERIFY2(rows, qPrintable(error));
        int guarded = 0;
        int numbers = 0;
        static const QRegularExpression number(QStringLiteral("^-?[0-9]+([.,][0-9]+)?$"));
        for (const QStringList &row : *rows) {
            for (const QString &cell : row) {
                if (cell.startsWith(QLatin1Char('\'')))
                    ++guarded;
                if (number.match(cell).hasMatch()) {
                    ++numbers;
                    continue; // a number stays a number, negative ones included
                }
                for (const QChar c : {u'=', u'+', u'-', u'@', u'\t', u'\r'})
                    QVERIFY2(!cell.startsWith(c), qPrintable(view + QStringLiteral(": ") + cell));
            }
        }
        // The dataset's texts reached the tables that start cells with them, guarded.
        if (view == QLatin1String("pairings") || view == QLatin1String("ventures") ||
            view == QLatin1String("timeline"))
            QVERIFY2(guarded > 0, qPrintable(view));
    }
    // Each rule on its own.
    QCOMPARE(Csv::guardFormula(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("+7 707")), QStringLiteral("'+7 707"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("-1+cmd|' /C calc'!A0")),
             QStringLiteral("'-1+cmd|' /C calc'!A0"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("\t=1")), QStringLiteral("'\t=1"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("\r=1")), QStringLiteral("'\r=1"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("-3.5")), QStringLiteral("-3.5"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("-1e-05")), QStringLiteral("-1e-05"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("-120")), QStringLiteral("-120"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("Minsk")), QStringLiteral("Minsk"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("-")), QStringLiteral("-"));
    QCOMPARE(Csv::guardFormula(QStringLiteral("--")), QStringLiteral("'--"));
    QCOMPARE(Csv::encode({{QStringLiteral("-3.5"), QStringLiteral("=A1")}},
                         CsvDialect::spreadsheet(QStringLiteral("ru"))),
             QByteArray("\xEF\xBB\xBF-3,5;'=A1\r\n"));
}

void TestExportFiles::spreadsheetShowsTheTextNotAFormula()
{
    // LibreOffice opens the CSV as a reader would and saves what its cells show: a formula
    // that ran would show its result (2), a guarded cell its text.
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice is not installed");
    const QString csv = path(QStringLiteral("cells.csv"));
    QString error;
    QVERIFY(OutputFiles::write(csv,
                               Csv::encode({{QStringLiteral("text"), QStringLiteral("value")},
                                            {QStringLiteral("=1+1"), QStringLiteral("-3.5")},
                                            {QStringLiteral("@SUM(1;1)"), QStringLiteral("-2")}}),
                               &error));
    const QString outDir = path(QStringLiteral("converted"));
    QByteArray out;
    // A profile of its own, so that a running LibreOffice or another test is not disturbed.
    const QString profile = QUrl::fromLocalFile(path(QStringLiteral("profile"))).toString();
    if (!ExternalRenderers::run(soffice,
                                {QStringLiteral("-env:UserInstallation=") + profile,
                                 QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                 QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,0,"
                                                "false,true,false,false"),
                                 QStringLiteral("--outdir"), outDir, csv},
                                &out, &error))
        QSKIP(qPrintable(QStringLiteral("LibreOffice did not convert: ") + error));
    const QByteArray shown = contents(outDir + QStringLiteral("/cells.csv"));
    const auto rows = test::CsvReader::parse(shown, QLatin1Char(','), &error);
    QVERIFY2(rows && rows->size() == 3, qPrintable(error + QString::fromUtf8(shown)));
    QVERIFY2(rows->at(1).at(0).contains(QStringLiteral("=1+1")), qPrintable(rows->at(1).at(0)));
    QVERIFY2(rows->at(2).at(0).contains(QStringLiteral("SUM")), qPrintable(rows->at(2).at(0)));
    QCOMPARE(rows->at(1).at(1), QStringLiteral("-3.5"));
    QCOMPARE(rows->at(2).at(1), QStringLiteral("-2"));
}

QTEST_MAIN(TestExportFiles)
#include "tst_exportfiles.moc"
