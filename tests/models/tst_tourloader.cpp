#include "models/tours/tourloader.h"
#include "models/tours/tourwriter.h"

#include "models/dataset.h"
#include "tests/support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pe;

// Tours are files a lecturer writes or receives: the built-in ones must hold, and a broken
// one must be refused with a message that says where and what, as datasets are.
class TestTourLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtInToursHold_data();
    void builtInToursHold();
    void rejectsBrokenTours_data();
    void rejectsBrokenTours();
    void brokenJsonIsLocated();
    void tellsToursFromDatasets();
    void savedToursReadBack_data();
    void savedToursReadBack();
    void ownToursMayBeInOneLanguage();
    void savingKeepsTheOldFile();

private:
    QJsonObject builtIn(const QString &name) const;

    std::shared_ptr<const Dataset> m_dataset;
};

void TestTourLoader::initTestCase()
{
    QString error;
    m_dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_dataset, qPrintable(error));
    QCOMPARE(TourLoader::builtInPaths().size(), 3);
}

QJsonObject TestTourLoader::builtIn(const QString &name) const
{
    QFile file(QStringLiteral(":/tours/%1.json").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestTourLoader::builtInToursHold_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : TourLoader::builtInPaths())
        QTest::newRow(qPrintable(path)) << path;
}

void TestTourLoader::builtInToursHold()
{
    QFETCH(QString, path);
    const TourLoadResult result = TourLoader::loadFile(path, *m_dataset);
    QStringList problems;
    for (const DatasetProblem &p : result.problems)
        problems.append(p.toString());
    QVERIFY2(result.ok(), qPrintable(problems.join(QLatin1Char('\n'))));
    const Tour &tour = *result.tour;
    QVERIFY(tour.steps.size() >= 8);
    QVERIFY(path.endsWith(tour.id + QStringLiteral(".json")));
    int reveals = 0;
    for (const TourStep &step : tour.steps) {
        // What the class reads, in the dataset's three languages, with its sources.
        QVERIFY(!step.caption.en.isEmpty() && !step.caption.fr.isEmpty() &&
                !step.caption.ru.isEmpty());
        QVERIFY(!step.sources.isEmpty());
        QVERIFY(step.caption.en.size() <= 240);
        reveals += step.revealRecord.isEmpty() ? 0 : 1;
    }
    QVERIFY(reveals >= 1);
}

void TestTourLoader::rejectsBrokenTours_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown view") << "view=map2"
                                  << "/steps/1/view"
                                  << "unknown view \"map2\"";
    QTest::newRow("unknown record") << "select=ev-nope"
                                    << "/steps/1/select"
                                    << "no record \"ev-nope\"";
    QTest::newRow("record of another view") << "select=obs-2005-turnover-fn6"
                                            << "/steps/1/select"
                                            << "not shown in the";
    QTest::newRow("unknown source") << "sources=fn-999"
                                    << "/steps/1/sources/0"
                                    << "no source \"fn-999\"";
    QTest::newRow("year out of range") << "highlight=1800"
                                       << "/steps/1/highlight/year"
                                       << "expected a year";
    QTest::newRow("unknown field") << "colour=red"
                                   << "/steps/1/colour"
                                   << "unknown field";
    QTest::newRow("caption in no language") << "caption-none"
                                            << "/steps/1/caption"
                                            << "at least one of en, fr and ru";
    QTest::newRow("wrong format") << "format"
                                  << "/format"
                                  << "expected \"partnership";
}

void TestTourLoader::rejectsBrokenTours()
{
    QFETCH(QString, change);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    QJsonObject tour = builtIn(QStringLiteral("thirty-years"));
    QJsonArray steps = tour.value(QLatin1String("steps")).toArray();
    QJsonObject step = steps.at(1).toObject();
    step.insert(QLatin1String("view"), QStringLiteral("timeline"));
    step.remove(QLatin1String("select"));
    step.remove(QLatin1String("reveal"));
    const QString key = change.section(QLatin1Char('='), 0, 0);
    const QString value = change.section(QLatin1Char('='), 1);
    if (key == QLatin1String("view") || key == QLatin1String("select") ||
        key == QLatin1String("colour"))
        step.insert(key, value);
    else if (key == QLatin1String("sources"))
        step.insert(key, QJsonArray{value});
    else if (key == QLatin1String("highlight"))
        step.insert(key, QJsonObject{{QStringLiteral("year"), value.toInt()}});
    else if (key == QLatin1String("caption-none"))
        step.insert(QLatin1String("caption"), QJsonObject());
    else if (key == QLatin1String("format"))
        tour.insert(QLatin1String("format"), QStringLiteral("a-dataset"));
    steps.replace(1, step);
    tour.insert(QLatin1String("steps"), steps);
    const TourLoadResult result = TourLoader::loadBytes(QJsonDocument(tour).toJson(),
                                                        QStringLiteral("broken.json"), *m_dataset);
    QVERIFY(!result.ok());
    QVERIFY(!result.tour);
    QCOMPARE(result.problems.size(), 1);
    const DatasetProblem &problem = result.problems.first();
    QCOMPARE(problem.pointer, pointer);
    QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
    // Where to look: the line and column of the value (or of the object that lacks it).
    QVERIFY(problem.line > 1 && problem.column > 0);
    QVERIFY(problem.toString().startsWith(QStringLiteral("broken.json:%1:%2: %3: ")
                                              .arg(problem.line)
                                              .arg(problem.column)
                                              .arg(pointer)));
}

void TestTourLoader::brokenJsonIsLocated()
{
    const QByteArray bytes = "{\n  \"format\": \"partnership-explorer-tour\",\n  \"steps\": [\n";
    const TourLoadResult result =
        TourLoader::loadBytes(bytes, QStringLiteral("cut.json"), *m_dataset);
    QCOMPARE(result.problems.size(), 1);
    QCOMPARE(result.problems.first().line, 4);
    QVERIFY(result.problems.first().message.startsWith(QStringLiteral("broken JSON")));
}

void TestTourLoader::tellsToursFromDatasets()
{
    QFile tour(TourLoader::builtInPaths().first());
    QVERIFY(tour.open(QIODevice::ReadOnly));
    QVERIFY(TourLoader::looksLikeTour(tour.readAll()));
    QFile dataset(test::Fixtures::shippedPath());
    QVERIFY(dataset.open(QIODevice::ReadOnly));
    QVERIFY(!TourLoader::looksLikeTour(dataset.read(4096)));
}

void TestTourLoader::savedToursReadBack_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : TourLoader::builtInPaths())
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

// What the editor saves is what it opens again, field for field; and the built-in tours,
// written by hand, come out byte for byte: the writer keeps the format's order and layout.
void TestTourLoader::savedToursReadBack()
{
    QFETCH(QString, path);
    const TourLoadResult original = TourLoader::loadFile(path, *m_dataset);
    QVERIFY(original.ok());
    const QByteArray written = TourWriter::toJson(*original.tour);
    const TourLoadResult reread =
        TourLoader::loadBytes(written, QStringLiteral("saved.json"), *m_dataset);
    QVERIFY(reread.ok());
    QVERIFY(*reread.tour == *original.tour);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected = file.readAll();
    QCOMPARE(written, expected);
}

void TestTourLoader::ownToursMayBeInOneLanguage()
{
    Tour tour;
    tour.id = QStringLiteral("my-lecture");
    tour.title.fr = QStringLiteral("Mon cours");
    TourStep step;
    step.view = QStringLiteral("turnover");
    step.filter.fromYear = 2005;
    step.filter.categories.insert(Category::Trade);
    step.filter.bookOnly = true;
    step.highlightYear = 2021;
    step.caption.fr = QStringLiteral("Le premier milliard : « 1 » <b>pas du HTML</b>");
    tour.steps.append(step);
    const TourLoadResult result = TourLoader::loadBytes(
        TourWriter::toJson(tour), QStringLiteral("my-lecture.json"), *m_dataset);
    QVERIFY2(result.ok(), result.problems.isEmpty()
                              ? "no tour"
                              : qPrintable(result.problems.first().toString()));
    QVERIFY(*result.tour == tour);
    // Readers of the other languages see the one it is written in.
    QCOMPARE(result.tour->steps.first().caption.text(QStringLiteral("en")), step.caption.fr);
}

void TestTourLoader::savingKeepsTheOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("lecture.json"));
    Tour tour = *TourLoader::loadFile(TourLoader::builtInPaths().first(), *m_dataset).tour;
    QString error;
    QVERIFY(TourWriter::save(tour, path, &error));
    QVERIFY(TourLoader::loadFile(path, *m_dataset).ok());
    // A folder where the file should be: refused with a reason, and nothing else written.
    const QString folder = dir.filePath(QStringLiteral("folder.json"));
    QVERIFY(QDir().mkdir(folder));
    QVERIFY(!TourWriter::save(tour, folder, &error));
    QVERIFY(error.contains(folder));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("lecture.json")});
}

QTEST_GUILESS_MAIN(TestTourLoader)
#include "tst_tourloader.moc"
