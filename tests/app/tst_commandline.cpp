#include "tests/support/apprun.h"
#include "tests/support/fixtures.h"
#include "tests/support/specialfiles.h"
#include "tests/support/tempfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

// Runs the real executable, as scripts and CI will, and checks the command line contract:
// exit status, and problems on stderr as FILE:LINE:COLUMN: /pointer: message.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validate_data();
    void validate();
    void versionAndHelp();
    void exportWrites_data();
    void exportWrites();
    void exportRejects_data();
    void exportRejects();
    void exportInFrench();
    void strictCommandLine_data();
    void strictCommandLine();
    void exportIsReproducible_data();
    void exportIsReproducible();
    void screenshotWritesEveryView();
    void exportWritesOnlyRegularFiles_data();
    void exportWritesOnlyRegularFiles();
    void exportReportsAFullDisk();
    void citeReportsAFullOutput();
    void periodsComeFromTheDataset_data();
    void periodsComeFromTheDataset();
    void namedPipesAreRefused_data();
    void namedPipesAreRefused();
    void commandsWriteNoSettings();

private:
    using Run = pe::test::AppRun;
    Run run(const QStringList &arguments) const
    {
        return Run::run(QStringLiteral(PE_APP_PATH), arguments);
    }
    QString writeFile(const QString &name, const QByteArray &bytes) const
    {
        return m_files.write(name, bytes);
    }

    pe::test::TempFiles m_files;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_files.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PE_APP_PATH)));
}

void TestCommandLine::validate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOnStderr");

    QTest::newRow("fixture") << QStringList{"validate",
                                            pe::test::Fixtures::path(QStringLiteral("small.json"))}
                             << 0 << "";
    QTest::newRow("shipped dataset")
        << QStringList{"validate", pe::test::Fixtures::shippedPath()} << 0 << "";
    QTest::newRow("broken JSON") << QStringList{"validate",
                                                writeFile("broken.json", "{\n  \"a\": 1,\n  }")}
                                 << 1 << "broken.json:3:3: broken JSON";
    QTest::newRow("schema problem")
        << QStringList{"validate", writeFile("schema.json", "{\"schemaVersion\": 7}")} << 1
        << "schema.json:1:19: /schemaVersion: schema version 7 is not supported";
    QTest::newRow("empty file") << QStringList{"validate", writeFile("empty.json", "")} << 1
                                << "empty.json:1:1: the file is empty";
    QTest::newRow("invalid UTF-8")
        << QStringList{"validate", writeFile("utf8.json", "{\"a\": \"\xFF\"}")} << 1
        << "utf8.json:1:";
    QTest::newRow("deep nesting") << QStringList{"validate",
                                                 writeFile("deep.json", QByteArray(200000, '['))}
                                  << 1 << "nesting deeper than 64 levels";
    QTest::newRow("missing file") << QStringList{"validate", "/nonexistent/x.json"} << 2
                                  << "no such file";
    QTest::newRow("no file argument") << QStringList{"validate"} << 2 << "usage:";
    QTest::newRow("two files") << QStringList{"validate", "a", "b"} << 2 << "usage:";
    QTest::newRow("unknown option")
        << QStringList{"validate", "--frobnicate", "a"} << 2 << "frobnicate";
}

void TestCommandLine::validate()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, expectedOnStderr);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    if (expectedOnStderr.isEmpty())
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    else
        QVERIFY2(result.err.contains(expectedOnStderr), qPrintable(result.err));
    if (exitCode == 0)
        QVERIFY(result.out.contains(QStringLiteral("valid")));
}

void TestCommandLine::versionAndHelp()
{
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(PE_VERSION)), qPrintable(version.out));
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("validate FILE")));
    QVERIFY(help.out.contains(QStringLiteral("--dataset")));
    QVERIFY(help.out.contains(QStringLiteral("--from YEAR --to YEAR")));
    const Run exportHelp = run({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(exportHelp.exitCode, 0);
    for (const char *option : {"--from", "--to", "--place", "--category", "--sector", "--search",
                               "--sources", "--series", "--csv-excel"})
        QVERIFY2(exportHelp.out.contains(QLatin1String(option)), option);
    const Run validateHelp = run({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(validateHelp.exitCode, 0);
    QVERIFY(validateHelp.out.contains(QStringLiteral("Exit status")));
}

void TestCommandLine::exportWrites_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("pixels");
    QTest::newRow("turnover png 2x")
        << QStringList{"--view", "turnover", "--format", "png",     "--width",
                       "960",    "--height", "540",      "--scale", "2"}
        << "turnover.png" << QSize(1920, 1080);
    QTest::newRow("timeline png default size")
        << QStringList{"--view", "timeline", "--format", "png"} << "timeline.png"
        << QSize(1200, 675);
    QTest::newRow("regional svg dark")
        << QStringList{"--view", "regional-trade", "--format", "svg", "--theme", "dark"}
        << "regional.svg" << QSize();
    QTest::newRow("turnover pdf print")
        << QStringList{"--view", "turnover", "--format", "pdf", "--theme", "print"}
        << "turnover.pdf" << QSize();
    QTest::newRow("pairings csv") << QStringList{"--view", "pairings", "--format", "csv"}
                                  << "pairings.csv" << QSize();
    QTest::newRow("turnover csv") << QStringList{"--view", "turnover", "--format", "CSV"}
                                  << "turnover.csv" << QSize();
    QTest::newRow("fixture dataset")
        << QStringList{"--view",    "ventures",
                       "--format",  "csv",
                       "--dataset", pe::test::Fixtures::path(QStringLiteral("small.json"))}
        << "ventures.csv" << QSize();
}

void TestCommandLine::exportWrites()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QSize, pixels);
    const QString target = m_files.path(file);
    const Run result =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), target} + arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    if (file.endsWith(QLatin1String(".png"))) {
        QCOMPARE(QImage::fromData(bytes).size(), pixels);
        QVERIFY(QFile::exists(target + QStringLiteral(".alt.txt")));
    } else if (file.endsWith(QLatin1String(".svg"))) {
        QVERIFY(bytes.startsWith("<?xml"));
        QVERIFY(bytes.contains("<title>"));
    } else if (file.endsWith(QLatin1String(".pdf"))) {
        QVERIFY(bytes.startsWith("%PDF"));
    } else {
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QVERIFY(lines.size() > 1);
        QVERIFY(lines.first().startsWith("id,") || lines.first().startsWith("Year,"));
        if (arguments.contains(QStringLiteral("--dataset")))
            QCOMPARE(lines.size(), 2); // the fixture has one venture
    }
}

void TestCommandLine::exportRejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown view") << QStringList{"--view", "atlas", "--format", "png"} << 2
                                  << "unknown view \"atlas\"";
    QTest::newRow("format not valid for a table")
        << QStringList{"--view", "pairings", "--format", "png"} << 2
        << "cannot be exported as \"png\"";
    QTest::newRow("unknown format") << QStringList{"--view", "turnover", "--format", "gif"} << 2
                                    << "cannot be exported as \"gif\"";
    QTest::newRow("width too small")
        << QStringList{"--view", "turnover", "--format", "png", "--width", "10"} << 2 << "--width";
    QTest::newRow("height not a number")
        << QStringList{"--view", "turnover", "--format", "png", "--height", "tall"} << 2
        << "--height";
    QTest::newRow("scale out of range")
        << QStringList{"--view", "turnover", "--format", "png", "--scale", "5"} << 2 << "--scale";
    // Not a number compares false with both ends of a range: each is refused by name.
    for (const char *value : {"nan", "NaN", "-nan", "inf", "-inf", "infinity", "1e999"})
        QTest::addRow("scale %s", value)
            << QStringList{"--view", "turnover", "--format", "png", "--scale", value} << 2
            << QStringLiteral("--scale must be a number from 1 to 3, not \"%1\"")
                   .arg(QLatin1String(value));
    for (const char *value : {"nan", "inf", "-inf", "1e3", "0x4b0"})
        QTest::addRow("width %s", value)
            << QStringList{"--view", "turnover", "--format", "png", "--width", value} << 2
            << QStringLiteral("--width must be a whole number of pixels from 200 to 8000, not "
                              "\"%1\"")
                   .arg(QLatin1String(value));
    QTest::newRow("height inf") << QStringList{"--view", "turnover", "--format",
                                               "svg",    "--height", "inf"}
                                << 2 << "--height must be a whole number";
    QTest::newRow("year nan") << QStringList{"--view", "pairings", "--format",
                                             "csv",    "--from",   "nan"}
                              << 2 << "--from";
    QTest::newRow("unknown language")
        << QStringList{"--view", "turnover", "--format", "png", "--lang", "de"} << 2
        << "unknown language";
    QTest::newRow("unknown theme")
        << QStringList{"--view", "turnover", "--format", "png", "--theme", "neon"} << 2
        << "unknown theme";
    QTest::newRow("missing format") << QStringList{"--view", "turnover"} << 2 << "missing --format";
    QTest::newRow("broken dataset")
        << QStringList{"--view", "turnover",  "--format",
                       "png",    "--dataset", writeFile("bad.json", "{\"schemaVersion\": 1")}
        << 1 << "bad.json:1:";
    QTest::newRow("missing dataset")
        << QStringList{"--view", "turnover", "--format", "png", "--dataset", "/nonexistent.json"}
        << 2 << "no such file";
}

void TestCommandLine::exportRejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString target = m_files.path(QStringLiteral("rejected.out"));
    const Run result =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), target} + arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(target));

    // An unwritable place is refused before anything is drawn.
    const Run nowhere =
        run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("turnover"),
             QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--out"),
             QStringLiteral("/nonexistent/folder/x.png")});
    QCOMPARE(nowhere.exitCode, 2);
    QVERIFY(nowhere.err.contains(QStringLiteral("does not exist")));
}

void TestCommandLine::strictCommandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("a misspelt command, never the window")
        << QStringList{"citee", "x", "--style", "apa"}
        << "unknown command \"citee\": expected one of validate, export, cite, screenshot";
    QTest::newRow("a stray word") << QStringList{"turnover"} << "unknown command \"turnover\"";
    QTest::newRow("a file that is not there")
        << QStringList{"/nonexistent/data.json"} << "unknown command \"/nonexistent/data.json\"";
    QTest::newRow("a stray word after an option")
        << QStringList{"--lang", "fr", "x"} << "commande inconnue «\u00a0x\u00a0»";
    QTest::newRow("a word after Qt's own options")
        << QStringList{"-platform", "offscreen", "-style", "fusion", "nope"}
        << "unknown command \"nope\"";
    QTest::newRow("an unknown option of the window")
        << QStringList{"--fullscreen"} << "Unknown option 'fullscreen'";
    QTest::newRow("a Qt option is not a headless command's")
        << QStringList{"cite", "fn-6", "-platform", "xcb"} << "Unknown option 'platform'";
    QTest::newRow("nor is a widget style")
        << QStringList{"export", "--view", "turnover", "--format", "png",
                       "--out",  "x.png",  "-style",   "fusion"}
        << "Unknown option 'style'";
    QTest::newRow("messages in the language asked for")
        << QStringList{"export", "--view", "atlas",  "--format", "png",
                       "--out",  "x.png",  "--lang", "ru"}
        << "неизвестное представление «atlas»";
    QTest::newRow("validate speaks it too")
        << QStringList{"validate", "/nonexistent/x.json", "--lang", "fr"} << "fichier introuvable";
}

// Anything the application does not know is refused with a message and status 2: nothing is
// guessed, no window opens for a typo.
void TestCommandLine::strictCommandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
}

void TestCommandLine::exportInFrench()
{
    const QString target = m_files.path(QStringLiteral("fr.svg"));
    const Run result =
        run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("turnover"),
             QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--lang"),
             QStringLiteral("fr"), QStringLiteral("--out"), target});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile file(target);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    const QString title =
        svg.section(QStringLiteral("<title>"), 1, 1).section(QStringLiteral("</title>"), 0, 0);
    QVERIFY(!title.isEmpty());
    // The French interface translates the title; the English one must not leak through.
    QVERIFY2(title != QStringLiteral("Belarus–Kazakhstan trade turnover"), qPrintable(title));
    QVERIFY2(title.contains(QStringLiteral("Bélarus")) ||
                 title.contains(QStringLiteral("Biélorussie")),
             qPrintable(title));
}

void TestCommandLine::exportIsReproducible_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("extension");
    QTest::newRow("turnover svg") << QStringList{"--view", "turnover", "--format", "svg"} << "svg";
    QTest::newRow("timeline svg in French")
        << QStringList{"--view", "timeline", "--format", "svg", "--lang", "fr"} << "svg";
    QTest::newRow("regional-trade svg dark")
        << QStringList{"--view", "regional-trade", "--format", "svg", "--theme", "dark"} << "svg";
    QTest::newRow("venture-output pdf")
        << QStringList{"--view", "venture-output", "--format", "pdf"} << "pdf";
    QTest::newRow("timeline pdf") << QStringList{"--view", "timeline", "--format", "pdf"} << "pdf";
    QTest::newRow("turnover csv") << QStringList{"--view", "turnover", "--format", "csv"} << "csv";
    QTest::newRow("ventures csv") << QStringList{"--view", "ventures", "--format", "csv"} << "csv";
    QTest::newRow("map svg in Russian")
        << QStringList{"--view", "map", "--format", "svg", "--lang", "ru"} << "svg";
    QTest::newRow("map png") << QStringList{"--view", "map", "--format", "png"} << "png";
    QTest::newRow("map csv") << QStringList{"--view", "map", "--format", "csv"} << "csv";
}

// Two processes writing the same export write the same bytes: a file can be regenerated and
// diffed, and nothing in it depends on a hash seed or an address. A PDF differs only in the
// creation date Qt writes into it.
void TestCommandLine::exportIsReproducible()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, extension);
    QList<QByteArray> written;
    for (const char *run_ : {"first", "second"}) {
        const QString target =
            m_files.path(QStringLiteral("reproducible-%1.%2").arg(QLatin1String(run_), extension));
        const Run result =
            run(QStringList{QStringLiteral("export"), QStringLiteral("--out"), target} + arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        if (extension == QLatin1String("pdf")) {
            static const QRegularExpression date(QStringLiteral("/CreationDate \\(D:[^)]*\\)"));
            const QString latin = QString::fromLatin1(bytes);
            const QRegularExpressionMatch match = date.match(latin);
            QVERIFY2(match.hasMatch(), "no creation date");
            bytes.replace(match.capturedStart(), match.capturedLength(),
                          QByteArray(match.capturedLength(), '_'));
        }
        written.append(bytes);
    }
    QVERIFY(written.first().size() > 100);
    if (written.first() != written.last()) {
        qsizetype at = 0;
        while (at < written.first().size() && written.first().at(at) == written.last().at(at))
            ++at;
        QFAIL(qPrintable(
            QStringLiteral("the files differ from byte %1: \"%2\" and \"%3\"")
                .arg(at)
                .arg(QString::fromLatin1(written.first().mid(at, 60).toPercentEncoding()),
                     QString::fromLatin1(written.last().mid(at, 60).toPercentEncoding()))));
    }
}

void TestCommandLine::screenshotWritesEveryView()
{
    const QString dir = m_files.path(QStringLiteral("shots"));
    const Run result = run({QStringLiteral("screenshot"), QStringLiteral("--out-dir"), dir,
                            QStringLiteral("--width"), QStringLiteral("1280"),
                            QStringLiteral("--height"), QStringLiteral("720")});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    for (const char *view :
         {"timeline", "turnover", "regional-trade", "pairings", "ventures", "map"}) {
        const QImage image(dir + QLatin1Char('/') + QLatin1String(view) + QStringLiteral(".png"));
        QCOMPARE(image.size(), QSize(1280, 720));
    }
}

void TestCommandLine::exportWritesOnlyRegularFiles_data()
{
    // Each target is made in a private folder: a FIFO, a socket or a folder stands for a
    // device such as /dev/null, which no test names, so that a regression cannot replace it.
    QTest::addColumn<QString>("target"); // "fifo", "folder", "link-to-fifo", "dangling"…
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList svg{"export", "--view", "turnover", "--format", "svg"};
    QTest::newRow("a FIFO") << "fifo" << svg << 2
                            << ": it is a named pipe (FIFO), not a regular file";
    QTest::newRow("a folder") << "folder" << svg << 2 << ": it is a folder, not a regular file";
    QTest::newRow("a link to a FIFO")
        << "link-to-fifo" << svg << 2 << "which is a named pipe (FIFO), not a regular file";
    QTest::newRow("a link to nothing") << "dangling" << svg << 2 << "which does not exist";
    QTest::newRow("a FIFO for the alt text")
        << "fifo-alt" << svg << 2 << ".alt.txt: it is a named pipe (FIFO)";
    QTest::newRow("a csv into a FIFO")
        << "fifo" << QStringList{"export", "--view", "pairings", "--format", "csv"} << 2
        << "named pipe";
    QTest::newRow("a handout into a FIFO")
        << "fifo" << QStringList{"export", "--tour", "thirty-years", "--format", "pdf"} << 2
        << "named pipe";
    QTest::newRow("a link to a file of the user") << "link-to-file" << svg << 0 << QString();
}

void TestCommandLine::exportWritesOnlyRegularFiles()
{
    QFETCH(QString, target);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("out.svg"));
    const QString end = dir.filePath(QStringLiteral("end"));
    const auto fifo = [](const QString &path) {
        return QProcess::execute(QStringLiteral("mkfifo"), {path}) == 0;
    };
    if (target == QLatin1String("fifo")) {
        QVERIFY(fifo(out));
    } else if (target == QLatin1String("folder")) {
        QVERIFY(QDir().mkdir(out));
    } else if (target == QLatin1String("link-to-fifo")) {
        QVERIFY(fifo(end));
        QVERIFY(QFile::link(end, out));
    } else if (target == QLatin1String("dangling")) {
        QVERIFY(QFile::link(end, out));
    } else if (target == QLatin1String("fifo-alt")) {
        QVERIFY(fifo(out + QStringLiteral(".alt.txt")));
    } else if (target == QLatin1String("link-to-file")) {
        QFile file(end);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        QVERIFY(QFile::link(end, out));
    }
    const QStringList before =
        QDir(dir.path())
            .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot);
    const Run result = run(arguments + QStringList{QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    if (exitCode != 0) {
        // The message names the file; nothing changed in the folder.
        QVERIFY2(result.err.contains(dir.path()), qPrintable(result.err));
        QCOMPARE(
            QDir(dir.path())
                .entryList(QDir::AllEntries | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot),
            before);
        QVERIFY(!QFileInfo(out).isFile() || QFileInfo(out).isSymLink() ||
                target == QLatin1String("fifo-alt"));
        return;
    }
    // Written through the link: the link stays, the file it names holds the picture.
    QVERIFY(QFileInfo(out).isSymLink());
    QFile written(end);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("<svg"));
}

void TestCommandLine::exportReportsAFullDisk()
{
    // A real full disk: a tiny tmpfs, which only root may mount (CI runs as root).
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (QProcess::execute(QStringLiteral("mount"),
                          {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                           QStringLiteral("size=64k"), QStringLiteral("tmpfs"), dir.path()}) != 0)
        QSKIP("cannot mount a small tmpfs here (not root, or no mount permission)");
    const auto unmount =
        qScopeGuard([&dir] { QProcess::execute(QStringLiteral("umount"), {dir.path()}); });
    const QString out = dir.filePath(QStringLiteral("timeline.png"));
    const QByteArray good = "a good picture from before";
    {
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(good);
    }
    const Run result =
        run({QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("timeline"),
             QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("--scale"),
             QStringLiteral("3"), QStringLiteral("--out"), out});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(QStringLiteral(": no space left on device")),
             qPrintable(result.err));
    QVERIFY2(result.err.contains(out), qPrintable(result.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), good);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("timeline.png")});

    // A data package that does not fit: none of its tables.
    const QString package = dir.filePath(QStringLiteral("package"));
    const Run data = run({QStringLiteral("export"), QStringLiteral("--view"),
                          QStringLiteral("dataset"), QStringLiteral("--format"),
                          QStringLiteral("datapackage"), QStringLiteral("--out"), package});
    if (data.exitCode == 0)
        return; // the package fitted in what the picture left: nothing to check
    QCOMPARE(data.exitCode, 2);
    QVERIFY2(data.err.contains(QStringLiteral(": no space left on device")), qPrintable(data.err));
    QVERIFY(!QFileInfo::exists(package));
}

void TestCommandLine::citeReportsAFullOutput()
{
    // `cite … > refs.bib` on a full disk, as /dev/full stands for it: written into, never
    // replaced (the child's output is opened on the device, which must exist already).
    const QFileInfo full(QStringLiteral("/dev/full"));
    if (!full.exists() || full.isFile() || full.isSymLink())
        QSKIP("no /dev/full device here");
    QProcess process;
    process.setStandardOutputFile(full.filePath());
    process.start(QStringLiteral(PE_APP_PATH),
                  {QStringLiteral("cite"), QStringLiteral("--view"), QStringLiteral("turnover"),
                   QStringLiteral("--style"), QStringLiteral("bibtex")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 2);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("cannot write the citation to the standard output: ")),
             qPrintable(err));
}

void TestCommandLine::periodsComeFromTheDataset_data()
{
    QTest::addColumn<QString>("view");
    QTest::addColumn<QString>("drawnWithPeriods");
    // Band labels may wrap onto two lines: their first words are enough to tell.
    QTest::newRow("timeline") << "timeline"
                              << "Economic cooperation";
    QTest::newRow("timeline, treaty") << "timeline"
                                      << "Cooperation treaty";
    // The chart's label of the treaty may take two lines too.
    QTest::newRow("turnover") << "turnover"
                              << "Nov 2017:";
}

// A copy of the shipped dataset without its periods draws neither the programme nor the
// treaty: what the views annotate is data, not code.
void TestCommandLine::periodsComeFromTheDataset()
{
    QFETCH(QString, view);
    QFETCH(QString, drawnWithPeriods);
    QFile shipped(pe::test::Fixtures::shippedPath());
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    nlohmann::json root = nlohmann::json::parse(shipped.readAll().toStdString());
    QVERIFY(!root["periods"].empty());
    const QString with =
        writeFile(QStringLiteral("with-periods.json"), QByteArray::fromStdString(root.dump()));
    root.erase("periods");
    const QString without =
        writeFile(QStringLiteral("without-periods.json"), QByteArray::fromStdString(root.dump()));
    const auto exported = [&](const QString &dataset) {
        const QString out = m_files.path(view + QStringLiteral("-") +
                                         QFileInfo(dataset).baseName() + QStringLiteral(".svg"));
        const Run result =
            run({QStringLiteral("export"), QStringLiteral("--view"), view,
                 QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), out,
                 QStringLiteral("--dataset"), dataset});
        QFile file(out);
        if (result.exitCode != 0 || !file.open(QIODevice::ReadOnly))
            return QStringLiteral("export failed: ") + result.err;
        return QString::fromUtf8(file.readAll());
    };
    const QString drawn = exported(with);
    QVERIFY2(drawn.contains(drawnWithPeriods), qPrintable(drawn.left(200)));
    const QString plain = exported(without);
    QVERIFY2(plain.startsWith(QStringLiteral("<?xml")), qPrintable(plain.left(200)));
    QVERIFY(!plain.contains(drawnWithPeriods));
}

void TestCommandLine::namedPipesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = m_files.path(QStringLiteral("never-written"));
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), QStringLiteral("FIFO")};
    QTest::newRow("export --dataset") << QStringList{
        QStringLiteral("export"),     QStringLiteral("--view"),    QStringLiteral("timeline"),
        QStringLiteral("--format"),   QStringLiteral("csv"),       QStringLiteral("--out"),
        out + QStringLiteral(".csv"), QStringLiteral("--dataset"), QStringLiteral("FIFO")};
    QTest::newRow("export --tour") << QStringList{
        QStringLiteral("export"),    QStringLiteral("--tour"), QStringLiteral("FIFO"),
        QStringLiteral("--format"),  QStringLiteral("pdf"),    QStringLiteral("--out"),
        out + QStringLiteral(".pdf")};
    QTest::newRow("cite --dataset")
        << QStringList{QStringLiteral("cite"), QStringLiteral("fn-6"), QStringLiteral("--dataset"),
                       QStringLiteral("FIFO")};
    QTest::newRow("screenshot --dataset")
        << QStringList{QStringLiteral("screenshot"), QStringLiteral("--out-dir"), out,
                       QStringLiteral("--dataset"), QStringLiteral("FIFO")};
}

// A named pipe given for a dataset or a tour is refused at once with a message naming it,
// never waited on: the run is given a few seconds, then ended (and the test fails) if it has
// not finished.
void TestCommandLine::namedPipesAreRefused()
{
    QFETCH(QStringList, arguments);
    pe::test::TempFiles files;
    const QString fifo = pe::test::makeFifo(files.path(QStringLiteral("data.json")));
    QVERIFY(!fifo.isEmpty());
    arguments.replaceInStrings(QStringLiteral("FIFO"), fifo);
    QProcess process;
    process.start(QStringLiteral(PE_APP_PATH), arguments);
    const bool finished = process.waitForFinished(30000);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    QVERIFY2(finished, "the command waited on the named pipe");
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(err.contains(QLatin1String("is a named pipe (FIFO), not a file")), qPrintable(err));
}

// The commands leave the window's settings as they were: none is created, whatever --lang.
void TestCommandLine::commandsWriteNoSettings()
{
    pe::test::TempFiles files;
    const QString config = files.path(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config));
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("HOME"), files.path(QStringLiteral("home")));
    const QString shipped = pe::test::Fixtures::shippedPath();
    const QList<QStringList> commands = {
        {QStringLiteral("validate"), shipped, QStringLiteral("--lang"), QStringLiteral("fr")},
        {QStringLiteral("cite"), QStringLiteral("obs-2021-turnover-fn97"), QStringLiteral("--lang"),
         QStringLiteral("kk")},
        {QStringLiteral("export"), QStringLiteral("--view"), QStringLiteral("sources"),
         QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--lang"),
         QStringLiteral("ru"), QStringLiteral("--out"), files.path(QStringLiteral("s.csv"))},
        {QStringLiteral("screenshot"), QStringLiteral("--out-dir"),
         files.path(QStringLiteral("shots")), QStringLiteral("--lang"), QStringLiteral("be"),
         QStringLiteral("--width"), QStringLiteral("400"), QStringLiteral("--height"),
         QStringLiteral("300")}};
    for (const QStringList &arguments : commands) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(PE_APP_PATH), arguments);
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, qPrintable(process.readAllStandardError()));
    }
    QStringList written;
    QDirIterator it(config, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        written.append(it.next());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
