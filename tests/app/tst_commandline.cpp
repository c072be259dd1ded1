#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Runs the real executable, as scripts and CI will, and checks the contract of PRODUCT.md:
// exit status, and problems on stderr as FILE:LINE:COLUMN: /pointer: message.
class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validate_data();
    void validate();
    void versionAndHelp();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments);
    QString writeFile(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(PE_APP_PATH)));
}

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PE_APP_PATH), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCommandLine::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestCommandLine::validate_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expectedOnStderr");

    QTest::newRow("fixture") << QStringList{"validate", QFINDTESTDATA("../data/small.json")} << 0
                             << "";
    QTest::newRow("shipped dataset")
        << QStringList{"validate", QFINDTESTDATA("../../resources/data/partnership.json")} << 0 << "";
    QTest::newRow("broken JSON")
        << QStringList{"validate", writeFile("broken.json", "{\n  \"a\": 1,\n  }")} << 1
        << "broken.json:3:3: broken JSON";
    QTest::newRow("schema problem")
        << QStringList{"validate", writeFile("schema.json", "{\"schemaVersion\": 7}")} << 1
        << "schema.json:1:19: /schemaVersion: schema version 7 is not supported";
    QTest::newRow("empty file") << QStringList{"validate", writeFile("empty.json", "")} << 1
                                << "empty.json:1:1: the file is empty";
    QTest::newRow("invalid UTF-8")
        << QStringList{"validate", writeFile("utf8.json", "{\"a\": \"\xFF\"}")} << 1
        << "utf8.json:1:";
    QTest::newRow("deep nesting")
        << QStringList{"validate", writeFile("deep.json", QByteArray(200000, '{'))} << 1
        << "nesting deeper than 64 levels";
    QTest::newRow("missing file") << QStringList{"validate", "/nonexistent/x.json"} << 2
                                  << "no such file";
    QTest::newRow("no file argument") << QStringList{"validate"} << 2 << "usage:";
    QTest::newRow("two files") << QStringList{"validate", "a", "b"} << 2 << "usage:";
    QTest::newRow("unknown option") << QStringList{"validate", "--frobnicate", "a"} << 2
                                    << "frobnicate";
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
    const Run validateHelp = run({QStringLiteral("validate"), QStringLiteral("--help")});
    QCOMPARE(validateHelp.exitCode, 0);
    QVERIFY(validateHelp.out.contains(QStringLiteral("Exit status")));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
