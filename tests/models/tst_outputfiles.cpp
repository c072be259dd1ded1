#include "models/files/outputfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

using namespace pe;

// Only regular files are written, all of them or none, and a full disk is reported. Every
// special file here is made in a private folder: no test ever points the writer at a real
// device, so a writer that regressed could not replace /dev/null.
class TestOutputFiles : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesARegularFile();
    void refusesWhatIsNotARegularFile_data();
    void refusesWhatIsNotARegularFile();
    void devicesAreRefusedBeforeAnythingIsWritten();
    void writesThroughALinkToAFileOfTheUser();
    void refusesALinkToAnythingElse_data();
    void refusesALinkToAnythingElse();
    void refusesALinkToAnotherUsersFile();
    void fullDiskKeepsThePreviousFile();
    void fullDiskWritesNoneOfASet();
    void failedRenamePutsBackTheOthers();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // Every name in the folder, hidden ones too: a temporary or a copy left behind shows.
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
    static bool makeFifo(const QString &file)
    {
        return ::mkfifo(QFile::encodeName(file).constData(), 0600) == 0;
    }
    static bool isFifo(const QString &file)
    {
        struct stat st;
        return ::lstat(QFile::encodeName(file).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
    }
    // A listening Unix socket at file; its descriptor, or -1.
    static int makeSocket(const QString &file)
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray name = QFile::encodeName(file);
        if (fd < 0 || name.size() >= qsizetype(sizeof(address.sun_path)))
            return -1;
        std::copy(name.cbegin(), name.cend(), address.sun_path);
        if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0) {
            ::close(fd);
            return -1;
        }
        return fd;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestOutputFiles::init()
{
    // Short: a socket's path must fit in 108 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pe-out-XXXXXX"));
    QVERIFY(m_dir->isValid());
    OutputFiles::setFaultForTesting({});
}

void TestOutputFiles::cleanup()
{
    OutputFiles::setFaultForTesting({});
    m_dir.reset();
}

void TestOutputFiles::writesARegularFile()
{
    QString error;
    QVERIFY2(OutputFiles::write(path(QStringLiteral("a.csv")), "one\n", &error), qPrintable(error));
    QVERIFY2(OutputFiles::write(path(QStringLiteral("a.csv")), "two\n", &error), qPrintable(error));
    QCOMPARE(contents(path(QStringLiteral("a.csv"))), QByteArray("two\n"));
    QCOMPARE(entries(), QStringList{QStringLiteral("a.csv")});
}

void TestOutputFiles::refusesWhatIsNotARegularFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a FIFO") << "fifo"
                            << "is a named pipe (FIFO), not a regular file";
    QTest::newRow("a socket") << "socket"
                              << "is a socket, not a regular file";
    QTest::newRow("a folder") << "folder"
                              << "is a folder, not a regular file";
}

void TestOutputFiles::refusesWhatIsNotARegularFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString target = path(QStringLiteral("out.png"));
    int socket = -1;
    if (kind == QLatin1String("fifo"))
        QVERIFY(makeFifo(target));
    else if (kind == QLatin1String("socket"))
        QVERIFY((socket = makeSocket(target)) >= 0);
    else
        QVERIFY(QDir().mkdir(target));
    struct stat before;
    QCOMPARE(::lstat(QFile::encodeName(target).constData(), &before), 0);

    QString error;
    QVERIFY(!OutputFiles::write(target, "picture", &error));
    QVERIFY2(error.contains(target) && error.contains(message), qPrintable(error));
    // Still what it was, the same inode, and nothing beside it.
    struct stat after;
    QCOMPARE(::lstat(QFile::encodeName(target).constData(), &after), 0);
    QCOMPARE(after.st_ino, before.st_ino);
    QCOMPARE(after.st_mode & S_IFMT, before.st_mode & S_IFMT);
    QCOMPARE(entries(), QStringList{QStringLiteral("out.png")});
    if (socket >= 0)
        ::close(socket);
}

void TestOutputFiles::devicesAreRefusedBeforeAnythingIsWritten()
{
    // resolve() only looks: asking about /dev/null writes nothing, whatever it answers.
    QString error;
    QVERIFY(!OutputFiles::resolve(QStringLiteral("/dev/null"), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("/dev/null: it is a device, not a regular file")),
             qPrintable(error));
}

void TestOutputFiles::writesThroughALinkToAFileOfTheUser()
{
    QVERIFY(QDir().mkdir(path(QStringLiteral("real"))));
    const QString file = path(QStringLiteral("real/chart.svg"));
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old");
    old.close();
    const QString link = path(QStringLiteral("chart.svg"));
    QVERIFY(QFile::link(file, link));

    QString target;
    QVERIFY(OutputFiles::resolve(link, &target, nullptr));
    QCOMPARE(target, QFileInfo(file).canonicalFilePath());
    QString error;
    QVERIFY2(OutputFiles::write(link, "new", &error), qPrintable(error));
    // The file the link names holds the new bytes; the link is still a link to it.
    QCOMPARE(contents(file), QByteArray("new"));
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QFileInfo(link).symLinkTarget(), QFileInfo(file).absoluteFilePath());
    QCOMPARE(QDir(path(QStringLiteral("real"))).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("chart.svg")});
}

void TestOutputFiles::refusesALinkToAnythingElse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("a link to a FIFO") << "fifo"
                                      << "which is a named pipe (FIFO), not a regular file";
    QTest::newRow("a link to a folder") << "folder"
                                        << "which is a folder, not a regular file";
    QTest::newRow("a link to nothing") << "dangling"
                                       << "which does not exist";
    QTest::newRow("a link to a link to a FIFO")
        << "chain"
        << "which is a named pipe (FIFO), not a regular file";
}

void TestOutputFiles::refusesALinkToAnythingElse()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const QString end = path(QStringLiteral("end"));
    if (kind == QLatin1String("fifo") || kind == QLatin1String("chain"))
        QVERIFY(makeFifo(end));
    else if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkdir(end));
    QString linked = end;
    if (kind == QLatin1String("chain")) {
        linked = path(QStringLiteral("middle"));
        QVERIFY(QFile::link(end, linked));
    }
    const QString link = path(QStringLiteral("out.csv"));
    QVERIFY(QFile::link(linked, link));
    const QStringList before = entries();

    QString error;
    QVERIFY(!OutputFiles::write(link, "a,b\n", &error));
    QVERIFY2(error.contains(link) && error.contains(message), qPrintable(error));
    QVERIFY(QFileInfo(link).isSymLink());
    if (kind == QLatin1String("fifo") || kind == QLatin1String("chain"))
        QVERIFY(isFifo(end));
    if (kind == QLatin1String("dangling"))
        QVERIFY(!QFileInfo::exists(end));
    QCOMPARE(entries(), before);
}

void TestOutputFiles::refusesALinkToAnotherUsersFile()
{
    const QString file = path(QStringLiteral("theirs.png"));
    QFile theirs(file);
    QVERIFY(theirs.open(QIODevice::WriteOnly));
    theirs.write("theirs");
    theirs.close();
    // Only root can give a file away; as anyone else the case cannot be set up here.
    if (::chown(QFile::encodeName(file).constData(), 65534, 65534) != 0)
        QSKIP("cannot give a file to another user (not root)");
    const QString link = path(QStringLiteral("out.png"));
    QVERIFY(QFile::link(file, link));
    QString error;
    QVERIFY(!OutputFiles::write(link, "mine", &error));
    QVERIFY2(error.contains(QStringLiteral("belongs to another user")), qPrintable(error));
    QCOMPARE(contents(file), QByteArray("theirs"));
}

void TestOutputFiles::fullDiskKeepsThePreviousFile()
{
    const QString file = path(QStringLiteral("turnover.pdf"));
    QString error;
    QVERIFY(OutputFiles::write(file, "good old file", &error));

    OutputFiles::setFaultForTesting({5, -1});
    QVERIFY(!OutputFiles::write(file, "a longer new file that does not fit", &error));
    QCOMPARE(error, QStringLiteral("cannot write %1: no space left on device").arg(file));
    QCOMPARE(contents(file), QByteArray("good old file"));
    QCOMPARE(entries(), QStringList{QStringLiteral("turnover.pdf")});

    // A file that was not there is not there after.
    OutputFiles::setFaultForTesting({0, -1});
    QVERIFY(!OutputFiles::write(path(QStringLiteral("new.pdf")), "x", &error));
    QCOMPARE(entries(), QStringList{QStringLiteral("turnover.pdf")});
}

void TestOutputFiles::fullDiskWritesNoneOfASet()
{
    const QString picture = path(QStringLiteral("chart.png"));
    const QString alt = path(QStringLiteral("chart.png.alt.txt"));
    QString error;
    QVERIFY(OutputFiles::write(picture, "old picture", &error));
    QVERIFY(OutputFiles::write(alt, "old alt", &error));

    // The picture fits, its alt text does not: neither is written.
    OutputFiles::setFaultForTesting({20, -1});
    OutputFiles set;
    set.add(picture, "new picture"); // 11 bytes
    set.add(alt, "new alt text, too long");
    QVERIFY(!set.commit(&error));
    QCOMPARE(error, QStringLiteral("cannot write %1: no space left on device").arg(alt));
    QCOMPARE(contents(picture), QByteArray("old picture"));
    QCOMPARE(contents(alt), QByteArray("old alt"));
    QCOMPARE(entries(),
             (QStringList{QStringLiteral("chart.png"), QStringLiteral("chart.png.alt.txt")}));
}

void TestOutputFiles::failedRenamePutsBackTheOthers()
{
    const QString picture = path(QStringLiteral("map.svg"));
    const QString alt = path(QStringLiteral("map.svg.alt.txt"));
    const QString desc = path(QStringLiteral("map.svg.desc.txt"));
    QString error;
    QVERIFY(OutputFiles::write(picture, "old picture", &error));

    // The picture and the alt text are renamed into place, then the description fails: the
    // old picture comes back, the alt text (new) goes, no copy is left.
    OutputFiles::setFaultForTesting({-1, 2});
    OutputFiles set;
    set.add(picture, "new picture");
    set.add(alt, "new alt");
    set.add(desc, "new description");
    QVERIFY(!set.commit(&error));
    QVERIFY2(error.startsWith(QStringLiteral("cannot write %1: ").arg(desc)), qPrintable(error));
    QCOMPARE(contents(picture), QByteArray("old picture"));
    QCOMPARE(entries(), QStringList{QStringLiteral("map.svg")});

    OutputFiles::setFaultForTesting({});
    QVERIFY2(set.commit(&error), qPrintable(error));
    QCOMPARE(contents(picture), QByteArray("new picture"));
    QCOMPARE(contents(desc), QByteArray("new description"));
    QCOMPARE(entries().size(), 3);
}

QTEST_GUILESS_MAIN(TestOutputFiles)
#include "tst_outputfiles.moc"
