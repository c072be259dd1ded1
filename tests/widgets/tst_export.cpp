#include "models/chartdata/tradeserieschoice.h"
#include "models/datasetloader.h"
#include "models/items/recordfiltermodel.h"
#include "render/export/csv.h"
#include "render/export/exportcontext.h"
#include "render/export/exportservice.h"
#include "render/export/exportsource.h"
#include "tests/support/fixtures.h"
#include "tests/support/imagecomparison.h"
#include "tests/support/tempfiles.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/export/exportdialog.h"
#include "widgets/export/exportregistry.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/timeline/timelineview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

using namespace pe;

namespace {

// A view built for export, with its default document (which draws through the source).
struct BuiltView
{
    std::unique_ptr<ExportSource> source;
    ExportDocument document;
};

BuiltView build(const QString &key, const ExportContext &context)
{
    const ExportableView *view = ExportRegistry::find(key);
    if (!view)
        return {};
    BuiltView built;
    built.source = view->build(context);
    built.document = ExportRegistry::document(*view, *built.source, context);
    return built;
}

} // namespace

// Every view in every format it offers, written and read back as a journalist's tools would.
// Exports are built from an ExportContext, as the command line does: no window is needed.
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
    void dialogWarnsOfSmallType();
    void dialogExportsBookFiguresOnly();
    void typeIsLegibleAtEveryPreset_data();
    void typeIsLegibleAtEveryPreset();
    void labelsNeverCollide_data();
    void labelsNeverCollide();
    void registryNamesEveryView();
    void serviceWritesAltTextBesidePictures();
    void windowSelectionStaysOutOfExports();

private:
    QString path(const QString &name) const { return m_files.path(name); }
    test::TempFiles m_files;
    ExportContext m_context;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_files.isValid());
    QString error;
    m_context.dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_context.dataset, qPrintable(error));
}

void TestExport::cleanupTestCase()
{
    // Nothing above built a window: every export stood on its own.
    const QWidgetList windows = QApplication::topLevelWidgets();
    QVERIFY(std::none_of(windows.cbegin(), windows.cend(),
                         [](QWidget *w) { return qobject_cast<MainWindow *>(w); }));
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
    const BuiltView built = build(view, m_context);
    const ExportDocument &document = built.document;
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
        // The page's background reaches the corners at every size and density.
        QCOMPARE(image.pixelColor(0, 0), options.theme.background);
        QCOMPARE(image.pixelColor(image.width() - 1, image.height() - 1), options.theme.background);
        // The article page (light theme, 1200×675 at 1×) is compared whole with its reference
        // (tests/data/reference/export-*.png): title, chart, notes and source line, each in
        // its place. The other sizes are the same layout routine at another type scale.
        if (size == QSize(1200, 675) && qFuzzyCompare(scale, 1.0))
            PE_COMPARE_IMAGE(image, QStringLiteral("export-") + view);
    } else if (format == QLatin1String("svg")) {
        QXmlStreamReader xml(bytes);
        QString title;
        QString text;
        while (!xml.atEnd()) {
            xml.readNext();
            // SVG's own title; the metadata's dc:title is tested in tst_exportmetadata.
            if (xml.isStartElement() && xml.name() == QLatin1String("title") &&
                xml.namespaceUri() == QLatin1String("http://www.w3.org/2000/svg"))
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
    for (const QString &view : ExportRegistry::keys())
        QTest::newRow(qPrintable(view)) << view;
}

void TestExport::csv()
{
    QFETCH(QString, view);
    QVERIFY(ExportRegistry::find(view)->supports(ExportFormat::Csv));
    const BuiltView built = build(view, m_context);
    const CsvRows rows = built.source->csvRows();
    QVERIFY(rows.size() > 1);
    const int columns = int(rows.first().size());
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), columns);
    if (view == QLatin1String("pairings"))
        QCOMPARE(rows.size() - 1, m_context.dataset->pairings.size());
    if (view == QLatin1String("ventures"))
        QCOMPARE(rows.size() - 1, m_context.dataset->ventures.size());
    if (view == QLatin1String("sources"))
        QCOMPARE(rows.size() - 1, m_context.dataset->sources.size());
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
    ExportContext filtered = m_context;
    filtered.filter.toYear = 2008;
    const ExportDocument early = build(QStringLiteral("turnover"), filtered).document;
    QVERIFY2(early.sourceLine.contains(QStringLiteral("note 6")), qPrintable(early.sourceLine));
    QVERIFY(!early.sourceLine.contains(QStringLiteral("supplementary")));
    QVERIFY2(early.subtitle.contains(QStringLiteral("…–2008")), qPrintable(early.subtitle));
    const ExportDocument all = build(QStringLiteral("turnover"), m_context).document;
    QVERIFY(all.sourceLine.contains(QStringLiteral("supplementary figures, not from the book")));
}

void TestExport::altTextDescribesTheChart()
{
    const QString alt = build(QStringLiteral("turnover"), m_context).source->altText();
    QVERIFY2(alt.contains(QStringLiteral("2021")), qPrintable(alt));
    QVERIFY2(alt.contains(QStringLiteral("1,092.5")) || alt.contains(QStringLiteral("1092.5")),
             qPrintable(alt));
    const QString timeline = build(QStringLiteral("timeline"), m_context).source->altText();
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
    QVERIFY(!Exporter::write(file, build(QStringLiteral("turnover"), m_context).document, options,
                             &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFile::exists(file));
}

void TestExport::dialogPreviewAndSave()
{
    {
        ExportDialog dialog(m_context, QStringLiteral("turnover"));
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
    ExportDialog again(m_context, QStringLiteral("turnover"));
    QCOMPARE(again.format(), QStringLiteral("png"));
    QCOMPARE(again.options().size, QSize(1920, 1080));
    // Set PE_EXPORT_DIALOG_SHOT=file.png to look at the dialog as a journalist sees it.
    if (qEnvironmentVariableIsSet("PE_EXPORT_DIALOG_SHOT")) {
        again.show();
        QTest::qWait(400);
        again.grab().save(qEnvironmentVariable("PE_EXPORT_DIALOG_SHOT"));
    }
    // Tables offer CSV only.
    ExportDialog table(m_context, QStringLiteral("pairings"));
    QCOMPARE(table.format(), QStringLiteral("csv"));
    // Plain CSV by default; "CSV for Excel" starts the file with a byte order mark, and in
    // French puts semicolons between fields.
    QString error;
    const QString plainFile = path(QStringLiteral("pairings-plain.csv"));
    QVERIFY2(table.saveTo(plainFile, &error), qPrintable(error));
    auto *excel = table.findChild<QCheckBox *>(QStringLiteral("csvForExcel"));
    QVERIFY(excel);
    excel->setChecked(true);
    const QString excelFile = path(QStringLiteral("pairings-excel.csv"));
    QVERIFY2(table.saveTo(excelFile, &error), qPrintable(error));
    QFile plain(plainFile);
    QFile forExcel(excelFile);
    QVERIFY(plain.open(QIODevice::ReadOnly) && forExcel.open(QIODevice::ReadOnly));
    const QByteArray plainBytes = plain.readAll();
    const QByteArray excelBytes = forExcel.readAll();
    QVERIFY(!plainBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(excelBytes.startsWith("\xEF\xBB\xBF"));
    ExportContext french = m_context;
    french.dataLanguage = QStringLiteral("fr");
    ExportDialog frenchTable(french, QStringLiteral("pairings"));
    frenchTable.findChild<QCheckBox *>(QStringLiteral("csvForExcel"))->setChecked(true);
    const QString frenchFile = path(QStringLiteral("pairings-fr.csv"));
    QVERIFY2(frenchTable.saveTo(frenchFile, &error), qPrintable(error));
    QFile frenchCsv(frenchFile);
    QVERIFY(frenchCsv.open(QIODevice::ReadOnly));
    const QByteArray header = frenchCsv.readLine();
    QVERIFY2(header.count(';') >= 3 && !header.contains(','), header.constData());
}

// The dialog's own "book figures only": the file written has no supplementary figure, its
// source line names no page outside the book, and its subtitle says so.
void TestExport::dialogExportsBookFiguresOnly()
{
    ExportDialog dialog(m_context, QStringLiteral("turnover"));
    dialog.setFormat(QStringLiteral("csv"));
    auto *origin = dialog.findChild<QComboBox *>(QStringLiteral("tradeOrigin"));
    QVERIFY(origin);
    QCOMPARE(origin->currentIndex(), 0);
    const auto written = [&dialog, this](const QString &name) {
        QString error;
        const QString file = path(name);
        if (!dialog.saveTo(file, &error))
            return QString();
        QFile csv(file);
        return csv.open(QIODevice::ReadOnly) ? QString::fromUtf8(csv.readAll()) : QString();
    };
    const QString all = written(QStringLiteral("all.csv"));
    QVERIFY(all.contains(QStringLiteral("supplementary (not from the book)")));
    QVERIFY(dialog.document().sourceLine.contains(QStringLiteral("not from the book")));
    QVERIFY(dialog.document().notes.contains(QStringLiteral("Hollow markers")));
    origin->setCurrentIndex(1);
    const QString book = written(QStringLiteral("book.csv"));
    QVERIFY(!book.isEmpty());
    QVERIFY(!book.contains(QStringLiteral("supplementary (not from the book)")));
    QVERIFY(!dialog.document().sourceLine.contains(QStringLiteral("not from the book")));
    QVERIFY(dialog.document().subtitle.contains(QStringLiteral("from the book only")));
    // No note explains markers the chart no longer draws.
    QVERIFY(!dialog.document().notes.contains(QStringLiteral("Hollow markers")));
}

void TestExport::dialogWarnsOfSmallType()
{
    ExportDialog dialog(m_context, QStringLiteral("turnover"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("legibilityWarning"));
    QVERIFY(warning);
    dialog.setFormat(QStringLiteral("png"));
    dialog.setPreset(QStringLiteral("print"));
    QTRY_VERIFY(dialog.smallestTextPoints() >= Exporter::legiblePoints);
    QVERIFY(warning->isHidden());
    // Density is offered for every preset, not only a custom size.
    auto *scale = dialog.findChild<QDoubleSpinBox *>();
    QVERIFY(scale && scale->isEnabled());
    QCOMPARE(dialog.options().scale, 3.0);
    scale->setValue(2.0);
    QCOMPARE(dialog.options().scale, 2.0);
    QCOMPARE(dialog.options().size, QSize(900, 600));
    // A page far smaller than the type it needs: the dialog says so, with the size.
    dialog.setPreset(QStringLiteral("custom"));
    const QList<QSpinBox *> sides = dialog.findChildren<QSpinBox *>();
    QVERIFY(sides.size() >= 2);
    sides.at(0)->setValue(320);
    sides.at(1)->setValue(200);
    QTRY_VERIFY(!warning->isHidden());
    QVERIFY(dialog.smallestTextPoints() < Exporter::legiblePoints);
    QVERIFY2(warning->text().contains(QStringLiteral(" pt")), qPrintable(warning->text()));
    // The title and subtitle the view proposes show their start, not their end.
    const QList<QLineEdit *> texts = dialog.findChildren<QLineEdit *>();
    QVERIFY(texts.size() >= 2);
    for (const QLineEdit *text : texts) {
        QVERIFY(!text->text().isEmpty());
        QCOMPARE(text->cursorPosition(), 0);
    }
    // No selection in this context: nothing to show.
    auto *selection = dialog.findChild<QCheckBox *>(QStringLiteral("showSelection"));
    QVERIFY(selection && !selection->isEnabled() && !selection->isChecked());
}

void TestExport::typeIsLegibleAtEveryPreset_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QSize>("size");
    for (const ExportableView &view : ExportRegistry::views()) {
        if (!view.formats.contains(ExportFormat::Png))
            continue;
        for (const ExportDialog::Preset &preset : ExportDialog::presets()) {
            if (preset.size.isValid())
                QTest::addRow("%s %s", qPrintable(view.key), qPrintable(preset.key))
                    << view.key << preset.size;
        }
    }
}

void TestExport::typeIsLegibleAtEveryPreset()
{
    QFETCH(QString, view);
    QFETCH(QSize, size);
    const BuiltView built = build(view, m_context);
    ExportOptions options;
    options.size = size;
    const qreal smallest = Exporter::smallestTextPoints(built.document, options);
    qDebug() << view << size << smallest;
    QVERIFY(smallest > 0);
    QVERIFY2(smallest >= Exporter::legiblePoints, qPrintable(QString::number(smallest)));
}

void TestExport::labelsNeverCollide_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<qreal>("fontScale");
    const QList<std::pair<QString, QString>> views = {
        {QStringLiteral("turnover"), QStringLiteral("turnover")},
        {QStringLiteral("turnover"), QStringLiteral("exports,imports")},
        {QStringLiteral("turnover"), QStringLiteral("turnover,compare")},
        {QStringLiteral("turnover"), QStringLiteral("balance")},
        {QStringLiteral("regional-trade"), QString()},
        {QStringLiteral("venture-output"), QString()},
        {QStringLiteral("timeline"), QString()},
        {QStringLiteral("map"), QString()}};
    for (const auto &[view, series] : views) {
        for (const QString language : {"en", "fr", "ru", "kk", "be"}) {
            for (const ExportDialog::Preset &preset : ExportDialog::presets()) {
                if (preset.size.isValid())
                    QTest::addRow("%s %s %s %s", qPrintable(view), qPrintable(series),
                                  qPrintable(language), qPrintable(preset.key))
                        << view << series << language << preset.size << 1.0;
            }
            // A slide in presentation mode's large type.
            QTest::addRow("%s %s %s present", qPrintable(view), qPrintable(series),
                          qPrintable(language))
                << view << series << language << QSize(1920, 1080)
                << ViewTheme::presentationFontScale;
        }
    }
}

// Every piece of text on the page, the chart's own and the annotations, keeps clear of the
// others and whole: two labels over each other read as neither, "Tur…" as nothing.
void TestExport::labelsNeverCollide()
{
    QFETCH(QString, view);
    QFETCH(QString, series);
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(qreal, fontScale);
    LanguageManager languages;
    QVERIFY(languages.setLanguage(language));
    ExportContext context = m_context;
    context.fontScale = fontScale;
    context.dataLanguage = LanguageManager::dataLanguage(language);
    if (!series.isEmpty())
        context.tradeSeries = TradeSeriesChoice::parse(series).value();
    const BuiltView built = build(view, context);
    ExportOptions options;
    options.size = size;
    const QList<TextProbe::Run> runs = Exporter::textRuns(built.document, options);
    QVERIFY(!runs.isEmpty());
    QStringList collisions;
    const QRectF page(QPointF(0, 0), QSizeF(size));
    // The timeline's event labels end where the next event begins, by design: an overview
    // of 99 events in one-line lanes, whose whole titles are in the table and the CSV.
    const bool labelsMayBeCut = view == QLatin1String("timeline");
    for (const TextProbe::Run &run : runs) {
        // Cut short ("Tur…") or off the page, a label says nothing.
        if ((!labelsMayBeCut && run.text.endsWith(QChar(0x2026))) || !page.contains(run.rect))
            collisions.append(QStringLiteral("“%1” cut").arg(run.text));
    }
    for (int i = 0; i < runs.size(); ++i) {
        for (int j = i + 1; j < runs.size(); ++j) {
            const QRectF overlap = runs.at(i).rect.intersected(runs.at(j).rect);
            // Glyph boxes include the line's leading: a sliver is not a collision.
            if (overlap.width() > 1.5 && overlap.height() > 1.5)
                collisions.append(QStringLiteral("“%1” and “%2” at %3,%4")
                                      .arg(runs.at(i).text, runs.at(j).text)
                                      .arg(qRound(overlap.x()))
                                      .arg(qRound(overlap.y())));
        }
    }
    // Set PE_COLLISIONS_DIR to look at the pages where labels collide.
    if (!collisions.isEmpty() && qEnvironmentVariableIsSet("PE_COLLISIONS_DIR"))
        Exporter::image(built.document, options)
            .save(qEnvironmentVariable("PE_COLLISIONS_DIR") + QLatin1Char('/') +
                  QString::fromLatin1(QTest::currentDataTag())
                      .replace(QLatin1Char(' '), QLatin1Char('-')) +
                  QStringLiteral(".png"));
    QVERIFY2(collisions.isEmpty(), qPrintable(collisions.join(QStringLiteral("; "))));
}

void TestExport::registryNamesEveryView()
{
    // One table of views: the command line's contract lists exactly these.
    QCOMPARE(ExportRegistry::keys(),
             QStringList({"timeline", "turnover", "regional-trade", "venture-output", "map",
                          "pairings", "ventures", "sources"}));
    for (const ExportableView &view : ExportRegistry::views()) {
        QVERIFY2(!view.displayName().isEmpty() && !view.defaultTitle().isEmpty(),
                 qPrintable(view.key));
        QVERIFY(view.supports(ExportFormat::Csv));
        QVERIFY(ExportRegistry::find(view.key) == &view);
    }
    QVERIFY(!ExportRegistry::find(QStringLiteral("map-of-mars")));
    QCOMPARE(ExportRegistry::summary(),
             QStringLiteral("timeline, turnover, regional-trade, venture-output, map (png, svg, "
                            "pdf, csv); pairings, ventures, sources (csv)"));
}

void TestExport::serviceWritesAltTextBesidePictures()
{
    BuiltView built = build(QStringLiteral("turnover"), m_context);
    ExportOptions options;
    QString error;
    const QString picture = path(QStringLiteral("service.svg"));
    QVERIFY2(ExportService::write(picture, ExportFormat::Svg, built.document, options,
                                  *built.source, &error),
             qPrintable(error));
    QFile alt(ExportService::altTextPath(picture));
    QVERIFY(alt.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(alt.readAll()).trimmed(), built.document.description);
    // A CSV is the numbers alone: no alt text beside it.
    const QString table = path(QStringLiteral("service.csv"));
    QVERIFY2(ExportService::write(table, ExportFormat::Csv, built.document, options, *built.source,
                                  &error),
             qPrintable(error));
    QVERIFY(!QFile::exists(ExportService::altTextPath(table)));
    QFile csv(table);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), Csv::encode(built.source->csvRows()));
}

void TestExport::windowSelectionStaysOutOfExports()
{
    LanguageManager languages;
    MainWindow window(&languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.resize(1280, 720);
    window.show();
    const QString treaty = QStringLiteral("ev-2017-11-treaty-2026");
    const ExportContext before = window.exportContext();
    ExportOptions options;
    options.size = QSize(800, 450);
    const QImage clean =
        Exporter::image(build(QStringLiteral("turnover"), before).document, options);
    // The reader selects an event and marks its year; the window's chart shows both.
    window.selectRecord(treaty);
    QCOMPARE(window.selectedId(), treaty);
    const QSize screenSize = window.turnoverChart()->size();
    const QImage after = Exporter::image(
        build(QStringLiteral("turnover"), window.exportContext()).document, options);
    // The picture is the same: the selection is the reader's, not the article's.
    QCOMPARE(after, clean);
    // And the chart on screen was not touched by the export.
    QCOMPARE(window.turnoverChart()->size(), screenSize);
    QCOMPARE(window.selectedId(), treaty);
    // Unless the reader asks for it ("show the selection" in the dialog).
    ExportContext shown = window.exportContext();
    QCOMPARE(shown.selectedId, treaty);
    QCOMPARE(shown.markedYear, 2017);
    shown.showSelection = true;
    for (const QString &view : {QStringLiteral("turnover"), QStringLiteral("timeline")}) {
        const QImage plain = Exporter::image(build(view, before).document, options);
        const QImage marked = Exporter::image(build(view, shown).document, options);
        QVERIFY2(marked != plain, qPrintable(view));
    }
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
