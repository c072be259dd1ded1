#include "models/datapackage/csvtable.h"
#include "models/datapackage/datapackagereader.h"
#include "models/datapackage/datapackagewriter.h"
#include "models/datasetloader.h"
#include "tests/support/csvreader.h"
#include "tests/support/specialfiles.h"
#include "tests/support/tempfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace pe;
using nlohmann::json;

// The dataset as a Frictionless data package: written, read back and checked against its
// own Table Schemas by a CSV reader independent of the writer.
class TestDataPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripIsExact_data();
    void roundTripIsExact();
    void writingIsDeterministic();
    void tablesMatchTheirSchemas();
    void keysHold();
    void editedPackageProblems_data();
    void editedPackageProblems();
    void folderStandsForItsDescriptor();
    void anUnreadableTableIsOneProblem();
    void formulasAreGuarded();

private:
    // Writes the package of bytes to a fresh folder and returns the descriptor's path.
    QString writePackage(const QByteArray &bytes, const QString &folder);
    QByteArray m_builtIn;
    test::TempFiles m_temp;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

json parse(const QByteArray &bytes)
{
    return json::parse(bytes.constBegin(), bytes.constEnd());
}

QList<QStringList> readCsv(const QString &path)
{
    QString error;
    const auto rows = test::CsvReader::parse(readAll(path), QLatin1Char(','), &error);
    if (!rows)
        qWarning("%s: %s", qPrintable(path), qPrintable(error));
    return rows.value_or(QList<QStringList>());
}

QStringList names(const json &value)
{
    QStringList list;
    if (value.is_string())
        list.append(QString::fromStdString(value.get<std::string>()));
    else
        for (const json &v : value)
            list.append(QString::fromStdString(v.get<std::string>()));
    return list;
}

} // namespace

void TestDataPackage::initTestCase()
{
    QVERIFY(m_temp.isValid());
    m_builtIn = readAll(DatasetLoader::builtInPath());
    QVERIFY(!m_builtIn.isEmpty());
}

QString TestDataPackage::writePackage(const QByteArray &bytes, const QString &folder)
{
    QString error;
    const QString dir = m_temp.path(folder);
    if (!DataPackageWriter::write(bytes, dir, &error))
        qWarning("%s", qPrintable(error));
    return QDir(dir).filePath(DataPackageWriter::descriptorName());
}

void TestDataPackage::roundTripIsExact_data()
{
    QTest::addColumn<QString>("dataset");
    QTest::newRow("built-in") << DatasetLoader::builtInPath();
    QTest::newRow("small fixture") << QFINDTESTDATA("../data/small.json");
    // Texts a spreadsheet would run as formulas are guarded in the CSV files and read back
    // as they were, apostrophes of their own included.
    json formulas = parse(readAll(QFINDTESTDATA("../data/small.json")));
    json &event = formulas["events"][0];
    event["title"] = {
        {"en", "=HYPERLINK(\"http://evil.example\",\"x\")"}, {"fr", "'=1+1"}, {"ru", "''-2+3"}};
    event["text"] = {{"en", "@SUM(A1:A9)"}, {"fr", "'Quoted' text"}, {"ru", "+7 727 000"}};
    QTest::newRow("texts like formulas") << m_temp.write(
        QStringLiteral("formulas.json"), QByteArray::fromStdString(formulas.dump(2)));
}

// JSON → package → JSON: every record, field and list element as it was, numbers included.
void TestDataPackage::roundTripIsExact()
{
    QFETCH(QString, dataset);
    const QByteArray original = readAll(dataset);
    QVERIFY(DatasetLoader::loadBytes(original, dataset).ok());
    const QString descriptor = writePackage(original, QTest::currentDataTag());

    const PackageDocument read = DataPackageReader::read(descriptor);
    QVERIFY2(read.problems.isEmpty(), qPrintable(read.problems.value(0).toString()));
    const json before = parse(original);
    const json after = parse(read.json);
    for (const auto &[collection, records] : before.items()) {
        QVERIFY2(after.contains(collection), collection.c_str());
        if (!records.is_array()) {
            QVERIFY2(after[collection] == records, collection.c_str());
            continue;
        }
        QCOMPARE(after[collection].size(), records.size());
        for (size_t i = 0; i < records.size(); ++i)
            QVERIFY2(after[collection][i] == records[i],
                     qPrintable(QStringLiteral("%1: %2\nwas    %3")
                                    .arg(QString::fromStdString(collection),
                                         QString::fromStdString(after[collection][i].dump()),
                                         QString::fromStdString(records[i].dump()))));
    }
    QCOMPARE(after.size(), before.size());

    // And the loader opens the package as a dataset, with the same records.
    const LoadResult loaded = DatasetLoader::loadFile(descriptor);
    QVERIFY2(loaded.ok(), qPrintable(loaded.problems.value(0).toString()));
    const LoadResult direct = DatasetLoader::loadBytes(original, dataset);
    QCOMPARE(loaded.dataset->events.size(), direct.dataset->events.size());
    QCOMPARE(loaded.dataset->ventures.constLast().milestones.size(),
             direct.dataset->ventures.constLast().milestones.size());
}

void TestDataPackage::writingIsDeterministic()
{
    const QList<PackageFile> first = DataPackageWriter::files(m_builtIn);
    const PackageDocument read =
        DataPackageReader::read(writePackage(m_builtIn, QStringLiteral("again")));
    QVERIFY(read.problems.isEmpty());
    const QList<PackageFile> second = DataPackageWriter::files(read.json);
    QCOMPARE(second.size(), first.size());
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(second[i].name, first[i].name);
        QVERIFY2(second[i].bytes == first[i].bytes, qPrintable(first[i].name));
    }
}

// Every resource's file is there, with the schema's columns in the schema's order, and
// every cell has the schema's type and constraints: what a Frictionless validator checks.
void TestDataPackage::tablesMatchTheirSchemas()
{
    const QString descriptor = writePackage(m_builtIn, QStringLiteral("schemas"));
    const json package = parse(readAll(descriptor));
    QCOMPARE(QString::fromStdString(package["profile"]), QStringLiteral("tabular-data-package"));
    QVERIFY(!package["sources"].empty());
    // The terms of reuse, as the Data Package spec names them (an SPDX id and its address).
    QCOMPARE(QString::fromStdString(package["licenses"][0]["name"]), QStringLiteral("CC-BY-4.0"));
    QVERIFY(QString::fromStdString(package["licenses"][0]["path"]).startsWith(u"https://"));
    const QDir folder = QFileInfo(descriptor).dir();
    QStringList files = folder.entryList(QDir::Files);
    files.removeOne(DataPackageWriter::descriptorName());
    QCOMPARE(int(package["resources"].size()), int(files.size()));
    const QRegularExpression resourceName(QStringLiteral("^[a-z0-9._-]+$"));
    for (const json &resource : package["resources"]) {
        const QString name = QString::fromStdString(resource["name"]);
        QVERIFY(resourceName.match(name).hasMatch());
        const QList<QStringList> rows =
            readCsv(folder.filePath(QString::fromStdString(resource["path"])));
        QVERIFY2(!rows.isEmpty(), qPrintable(name));
        QStringList header;
        for (const json &field : resource["schema"]["fields"])
            header.append(QString::fromStdString(field["name"]));
        QCOMPARE(rows.constFirst(), header);
        for (int c = 0; c < header.size(); ++c) {
            const json &field = resource["schema"]["fields"][size_t(c)];
            const std::string type = field["type"];
            const bool required =
                field.contains("constraints") && field["constraints"].value("required", false);
            QSet<QString> seen;
            for (int r = 1; r < rows.size(); ++r) {
                const QString cell = rows[r].value(c);
                const QString where =
                    QStringLiteral("%1 line %2 %3").arg(name).arg(r + 1).arg(header[c]);
                QVERIFY2(!required || !cell.isEmpty(), qPrintable(where));
                if (cell.isEmpty())
                    continue;
                bool ok = true;
                if (type == "integer")
                    cell.toLongLong(&ok);
                else if (type == "number")
                    cell.toDouble(&ok);
                QVERIFY2(ok, qPrintable(where + QStringLiteral(": ") + cell));
                if (field.contains("constraints") && field["constraints"].value("unique", false)) {
                    QVERIFY2(!seen.contains(cell), qPrintable(where));
                    seen.insert(cell);
                }
            }
        }
    }
}

// Primary keys are unique and every foreign key names a row that exists.
void TestDataPackage::keysHold()
{
    const QString descriptor = writePackage(m_builtIn, QStringLiteral("keys"));
    const json package = parse(readAll(descriptor));
    const QDir folder = QFileInfo(descriptor).dir();
    QHash<QString, QList<QStringList>> tables;
    for (const json &resource : package["resources"])
        tables.insert(QString::fromStdString(resource["name"]),
                      readCsv(folder.filePath(QString::fromStdString(resource["path"]))));
    const auto keysOf = [&](const QString &table, const QStringList &columns) {
        const QList<QStringList> &rows = tables[table];
        QList<int> at;
        for (const QString &c : columns)
            at.append(int(rows.constFirst().indexOf(c)));
        QStringList keys;
        for (int r = 1; r < rows.size(); ++r) {
            QStringList key;
            for (int i : at)
                key.append(rows[r].value(i));
            keys.append(key.join(QLatin1Char('\x1f')));
        }
        return keys;
    };
    int foreignKeys = 0;
    for (const json &resource : package["resources"]) {
        const QString name = QString::fromStdString(resource["name"]);
        const json &schema = resource["schema"];
        if (schema.contains("primaryKey")) {
            const QStringList keys = keysOf(name, names(schema["primaryKey"]));
            QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
        }
        for (const json &fk : schema.value("foreignKeys", json::array())) {
            QString target = QString::fromStdString(fk["reference"]["resource"]);
            if (target.isEmpty())
                target = name;
            QVERIFY2(tables.contains(target), qPrintable(target));
            const QStringList referenced = keysOf(target, names(fk["reference"]["fields"]));
            const QSet<QString> existing(referenced.cbegin(), referenced.cend());
            for (const QString &key : keysOf(name, names(fk["fields"]))) {
                if (key.isEmpty())
                    continue; // an empty cell is a missing value, not a reference
                QVERIFY2(existing.contains(key), qPrintable(name + QStringLiteral(": ") + key));
            }
            ++foreignKeys;
        }
    }
    QVERIFY(foreignKeys > 20);
}

// A package edited by hand, in a spreadsheet or by a stranger: each problem names the file,
// the line and the column.
void TestDataPackage::editedPackageProblems_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("problemFile");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("phrase");

    // The first observation's row is line 2; its year is the second column.
    QTest::newRow("a year that is not a number")
        << "observations.csv"
        << "obs-2005-turnover-fn6,2005,"
        << "obs-2005-turnover-fn6,20o5,"
        << "observations.csv" << 2 << 23 << "expected a whole number";
    QTest::newRow("a year out of range") << "observations.csv"
                                         << "obs-2005-turnover-fn6,2005,"
                                         << "obs-2005-turnover-fn6,1805,"
                                         << "observations.csv" << 2 << 23 << "1805";
    QTest::newRow("a required text left empty")
        << "events.csv"
        << ",Belarus and Kazakhstan establish diplomatic relations,"
        << ",,"
        << "events.csv" << 2 << 51 << "/events/0/title/en";
    QTest::newRow("a link to an unknown record")
        << "event_places.csv"
        << "ev-1992-09-diplomatic-relations,by\r\n"
        << "ev-1992-09-diplomatic-relations,by\r\nev-nowhere,by\r\n"
        << "event_places.csv" << 3 << 1 << "ev-nowhere";
    QTest::newRow("an unknown place") << "event_places.csv"
                                      << "ev-1992-09-diplomatic-relations,by\r\n"
                                      << "ev-1992-09-diplomatic-relations,atlantis\r\n"
                                      << "event_places.csv" << 2 << 33 << "atlantis";
    QTest::newRow("a renamed column") << "events.csv"
                                      << "id,date,"
                                      << "id,day,"
                                      << "events.csv" << 1 << 4 << "unknown column";
    // The quote pairs with the next one in the file: the reader sees where it stops making sense.
    QTest::newRow("a stray quote") << "events.csv"
                                   << ",diplomacy,"
                                   << ",\"diplomacy,"
                                   << "events.csv" << 3 << 223 << "after the closing quote";
    QTest::newRow("an unclosed quote") << "period_sources.csv"
                                       << "period-programme-2009-2016,fn-8"
                                       << "period-programme-2009-2016,\"fn-8"
                                       << "period_sources.csv" << 2 << 28 << "never closed";
    QTest::newRow("a path outside the package")
        << "datapackage.json"
        << "\"path\": \"events.csv\""
        << "\"path\": \"../events.csv\""
        << "datapackage.json" << -1 << -1 << "beside datapackage.json";
    QTest::newRow("a missing resource")
        << "datapackage.json"
        << "\"name\": \"event_places\""
        << "\"name\": \"event_spaces\""
        << "datapackage.json" << -1 << -1 << "no resource \"event_places\"";
}

void TestDataPackage::editedPackageProblems()
{
    QFETCH(QString, file);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, problemFile);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, phrase);
    const QString descriptor = writePackage(m_builtIn, QTest::currentDataTag());
    const QString path = QFileInfo(descriptor).dir().filePath(file);
    QByteArray bytes = readAll(path);
    QVERIFY2(bytes.contains(from.toUtf8()), qPrintable(from));
    bytes.replace(from.toUtf8(), to.toUtf8());
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();

    const LoadResult result = DatasetLoader::loadFile(descriptor);
    QVERIFY(!result.ok());
    QVERIFY(!result.problems.isEmpty());
    const DatasetProblem &problem = result.problems.constFirst();
    QVERIFY2(problem.file.endsWith(problemFile), qPrintable(problem.toString()));
    if (line >= 0) {
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
    }
    QVERIFY2(problem.toString().contains(phrase), qPrintable(problem.toString()));
}

void TestDataPackage::folderStandsForItsDescriptor()
{
    const QString descriptor = writePackage(m_builtIn, QStringLiteral("folder"));
    const LoadResult result = DatasetLoader::loadFile(QFileInfo(descriptor).path());
    QVERIFY2(result.ok(), qPrintable(result.problems.value(0).toString()));
}

// A table that cannot be read (here a folder in its place, as a FIFO or a device would be) is
// one problem, not one more for each row of its lists, and nothing waits on it.
void TestDataPackage::anUnreadableTableIsOneProblem()
{
    const QString descriptor = writePackage(m_builtIn, QStringLiteral("unreadable"));
    const QDir folder = QFileInfo(descriptor).dir();
    QVERIFY(QFile::remove(folder.filePath(QStringLiteral("events.csv"))));
    QVERIFY(folder.mkdir(QStringLiteral("events.csv")));
    const LoadResult result = DatasetLoader::loadFile(descriptor);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.constFirst().toString().contains(QStringLiteral("is a folder")),
             qPrintable(result.problems.constFirst().toString()));

    // A named pipe for a table: refused at once (the guard ends the wait if it is not).
    QVERIFY(folder.rmdir(QStringLiteral("events.csv")));
    QVERIFY(!test::makeFifo(folder.filePath(QStringLiteral("events.csv"))).isEmpty());
    const test::FifoGuard guard(folder.filePath(QStringLiteral("events.csv")), 5);
    const LoadResult piped = DatasetLoader::loadFile(descriptor);
    QVERIFY2(!guard.fired(), "the reader waited on the named pipe");
    QVERIFY(!piped.ok());
    QCOMPARE(piped.problems.size(), 1);
    QVERIFY2(piped.problems.constFirst().toString().contains(
                 QStringLiteral("events.csv: is a named pipe (FIFO), not a file")),
             qPrintable(piped.problems.constFirst().toString()));
}

void TestDataPackage::formulasAreGuarded()
{
    // Each guard undone exactly, whatever apostrophes the text had. A text column's "-3.5"
    // is a text: guarded too (a number column's never is).
    struct Case
    {
        const char *text;
        bool guarded;
    };
    for (const Case &c : {Case{"=1", true}, Case{"'=1", true}, Case{"''=1", true}, Case{"+1", true},
                          Case{"-a", true}, Case{"@a", true}, Case{"\t=1", true},
                          Case{"\r=1", true}, Case{"-3.5", true}, Case{"'a", false},
                          Case{"''", false}, Case{"a=1", false}, Case{"", false}}) {
        const QString original = QString::fromUtf8(c.text);
        const QString written = package::CsvTable::guardFormula(original);
        QCOMPARE(written, c.guarded ? QLatin1Char('\'') + original : original);
        QCOMPARE(package::CsvTable::unguardFormula(written), original);
    }
    // In the files: the text cells, as a spreadsheet reads them.
    json dataset = parse(readAll(QFINDTESTDATA("../data/small.json")));
    dataset["events"][0]["title"]["en"] = "=1+1";
    const QString descriptor =
        writePackage(QByteArray::fromStdString(dataset.dump()), QStringLiteral("guarded"));
    const QList<QStringList> events =
        readCsv(QFileInfo(descriptor).absoluteDir().filePath(QStringLiteral("events.csv")));
    QVERIFY(events.size() > 1);
    QCOMPARE(events.at(1).at(events.at(0).indexOf(QStringLiteral("title_en"))),
             QStringLiteral("'=1+1"));
    // Numbers are typed, and negative ones stay numbers.
    const QList<QStringList> observations =
        readCsv(QFileInfo(descriptor).absoluteDir().filePath(QStringLiteral("observations.csv")));
    for (const QStringList &row : observations)
        for (const QString &cell : row)
            QVERIFY2(!cell.startsWith(QLatin1String("'-")) || !cell.mid(1).toDouble(),
                     qPrintable(cell));
}

QTEST_GUILESS_MAIN(TestDataPackage)
#include "tst_datapackage.moc"
