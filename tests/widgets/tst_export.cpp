#include "models/items/recordfiltermodel.h"
#include "render/export/csv.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/export/exportdialog.h"
#include "widgets/export/viewexport.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"

#include <QImage>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace pe;

// Every view in every format it offers, written and read back as a journalist's tools would.
class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void images_data();
    void images();
    void csv_data();
    void csv();
    void csvQuoting();
    void sourceLineFollowsTheData();
    void altTextDescribesTheChart();
    void rejectsBadOptions_data();
    void rejectsBadOptions();
    void dialogPreviewAndSave();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_languages = new LanguageManager(this);
    m_window = new MainWindow(m_languages);
    QVERIFY(m_window->openDataset(DatasetLoader::builtInPath(), true));
}

void TestExport::cleanupTestCase()
{
    delete m_window;
}

void TestExport::images_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    for (const char *view : {"timeline", "turnover", "regional-trade", "venture-output"}) {
        QTest::addRow("%s png article", view) << view << "png" << QSize(1200, 675) << 1.0;
        QTest::addRow("%s png slide 2x", view) << view << "png" << QSize(1920, 1080) << 2.0;
        QTest::addRow("%s png square 1.5x", view) << view << "png" << QSize(1080, 1080) << 1.5;
        QTest::addRow("%s svg", view) << view << "svg" << QSize(1200, 675) << 1.0;
        QTest::addRow("%s pdf", view) << view << "pdf" << QSize(1200, 675) << 1.0;
    }
}

void TestExport::images()
{
    QFETCH(QString, view);
    QFETCH(QString, format);
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    ExportOptions options;
    QVERIFY(ExportOptions::formatFromName(format, &options.format));
    options.size = size;
    options.scale = scale;
    const ExportDocument document = ViewExport::document(*m_window, view);
    QVERIFY(!document.title.isEmpty());
    QVERIFY(document.sourceLine.contains(QStringLiteral("Vecteur de partenariat")));
    const QString file = path(view + QLatin1Char('.') + format);
    QString error;
    QVERIFY2(Exporter::write(file, document, options, &error), qPrintable(error));

    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    if (format == QLatin1String("png")) {
        const QImage image = QImage::fromData(bytes, "PNG");
        QCOMPARE(image.size(), QSize(qRound(size.width() * scale), qRound(size.height() * scale)));
        // Not a blank page: the title's dark pixels and the chart's colours are there.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    } else if (format == QLatin1String("svg")) {
        QXmlStreamReader xml(bytes);
        QString title;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("title"))
                title = xml.readElementText();
            else if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, document.title);
        QVERIFY(bytes.contains("<desc>"));
        // The source line is real text, not outlines: it can be edited and searched.
        QVERIFY2(text.contains(QStringLiteral("Vecteur")), qPrintable(text.left(300)));
        QVERIFY(text.contains(document.title.split(QLatin1Char(' ')).first()));
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
        static const QRegularExpression page(QStringLiteral("/Type\\s*/Page\\b(?!s)"));
        QCOMPARE(QString::fromLatin1(bytes).count(page), 1);
        QVERIFY(bytes.contains("/Title"));
    }
}

void TestExport::csv_data()
{
    QTest::addColumn<QString>("view");
    for (const QString &view : ViewExport::keys())
        QTest::newRow(qPrintable(view)) << view;
}

void TestExport::csv()
{
    QFETCH(QString, view);
    QVERIFY(ViewExport::supportsFormat(view, QStringLiteral("csv")));
    const CsvRows rows = ViewExport::csv(*m_window, view);
    QVERIFY(rows.size() > 1);
    const int columns = int(rows.first().size());
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), columns);
    if (view == QLatin1String("pairings") || view == QLatin1String("ventures"))
        QCOMPARE(rows.size() - 1, m_window->proxyFor(view)->rowCount());
    if (view == QLatin1String("turnover"))
        QCOMPARE(rows.size() - 1, m_window->turnoverChart()->csvRows().size() - 1);
    const QString file = path(view + QStringLiteral(".csv"));
    QString error;
    QVERIFY(Exporter::writeText(file, Csv::encode(rows), &error));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")),
             rows.size() + text.count(QStringLiteral("\"\r\n\"")) * 0);
}

void TestExport::csvQuoting()
{
    const QByteArray encoded =
        Csv::encode({{QStringLiteral("a"), QStringLiteral("b,c")},
                     {QStringLiteral("say \"hi\""), QStringLiteral("Костанай")}});
    QCOMPARE(encoded, QByteArray("a,\"b,c\"\r\n\"say \"\"hi\"\"\",Костанай\r\n"));
}

void TestExport::sourceLineFollowsTheData()
{
    // Filtering to the years before the first supplementary figure leaves only the book.
    RecordFilter filter;
    filter.toYear = 2008;
    m_window->setFilter(filter);
    m_window->turnoverChart()->ensureUpToDate();
    const ExportDocument early = ViewExport::document(*m_window, QStringLiteral("turnover"));
    QVERIFY2(early.sourceLine.contains(QStringLiteral("note 6")), qPrintable(early.sourceLine));
    QVERIFY(!early.sourceLine.contains(QStringLiteral("supplementary")));
    m_window->setFilter(RecordFilter());
    m_window->turnoverChart()->ensureUpToDate();
    const ExportDocument all = ViewExport::document(*m_window, QStringLiteral("turnover"));
    QVERIFY(all.sourceLine.contains(QStringLiteral("supplementary figures, not from the book")));
}

void TestExport::altTextDescribesTheChart()
{
    const QString alt = ViewExport::altText(*m_window, QStringLiteral("turnover"));
    QVERIFY2(alt.contains(QStringLiteral("2021")), qPrintable(alt));
    QVERIFY2(alt.contains(QStringLiteral("1,092.5")) || alt.contains(QStringLiteral("1092.5")),
             qPrintable(alt));
    const QString timeline = ViewExport::altText(*m_window, QStringLiteral("timeline"));
    QVERIFY2(timeline.contains(QStringLiteral("timeline")), qPrintable(timeline));
}

void TestExport::rejectsBadOptions_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("scale");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::newRow("too small") << QSize(100, 675) << 1.0 << "a.png"
                               << "out of range";
    QTest::newRow("too large") << QSize(1200, 9000) << 1.0 << "a.png"
                               << "out of range";
    QTest::newRow("scale") << QSize(1200, 675) << 4.0 << "a.png"
                           << "scale";
    QTest::newRow("no folder") << QSize(1200, 675) << 1.0 << "missing/a.png"
                               << "cannot write";
}

void TestExport::rejectsBadOptions()
{
    QFETCH(QSize, size);
    QFETCH(qreal, scale);
    QFETCH(QString, target);
    QFETCH(QString, message);
    ExportOptions options;
    options.size = size;
    options.scale = scale;
    QString error;
    const QString file = path(target);
    QVERIFY(!Exporter::write(file, ViewExport::document(*m_window, QStringLiteral("turnover")),
                             options, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(file));
}

void TestExport::dialogPreviewAndSave()
{
    {
        ExportDialog dialog(m_window, QStringLiteral("turnover"));
        dialog.setFormat(QStringLiteral("png"));
        dialog.setPreset(QStringLiteral("slide"));
        dialog.setTitle(QStringLiteral("Trade, 2005–2021"));
        // The preview follows the last change, after a short pause.
        QTRY_VERIFY(!dialog.previewImage().isNull() &&
                    dialog.previewImage().width() > dialog.previewImage().height());
        QCOMPARE(dialog.options().size, QSize(1920, 1080));
        QCOMPARE(dialog.document().title, QStringLiteral("Trade, 2005–2021"));
        // The view's own notes are there to keep or edit.
        QVERIFY(dialog.document().notes.contains(QStringLiteral("statistics differ")));
        // The preview is the picture itself, shrunk: same proportions as the export.
        const QImage preview = dialog.previewImage();
        QVERIFY2(qAbs(preview.width() / qreal(preview.height()) - 1920.0 / 1080.0) < 0.02,
                 qPrintable(QStringLiteral("%1x%2").arg(preview.width()).arg(preview.height())));
        QString error;
        const QString file = path(QStringLiteral("dialog.png"));
        QVERIFY2(dialog.saveTo(file, &error), qPrintable(error));
        QCOMPARE(QImage(file).size(), QSize(1920, 1080));
        QFile alt(file + QStringLiteral(".alt.txt"));
        QVERIFY(alt.open(QIODevice::ReadOnly));
        QVERIFY(alt.readAll().size() > 40);
        dialog.accept();
    }
    // The next dialog starts from the last choices.
    ExportDialog again(m_window, QStringLiteral("turnover"));
    QCOMPARE(again.format(), QStringLiteral("png"));
    QCOMPARE(again.options().size, QSize(1920, 1080));
    // Set PE_EXPORT_DIALOG_SHOT=file.png to look at the dialog as a journalist sees it.
    if (qEnvironmentVariableIsSet("PE_EXPORT_DIALOG_SHOT")) {
        again.show();
        QTest::qWait(400);
        again.grab().save(qEnvironmentVariable("PE_EXPORT_DIALOG_SHOT"));
    }
    // Tables offer CSV only.
    ExportDialog table(m_window, QStringLiteral("pairings"));
    QCOMPARE(table.format(), QStringLiteral("csv"));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
