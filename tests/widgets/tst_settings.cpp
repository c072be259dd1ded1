#include "models/datasetloader.h"
#include "render/export/exportdocument.h"
#include "widgets/settings/settings.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/recentfiles.h"

#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMenu>
#include <QRandomGenerator>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace pe;

namespace {

// A geometry in QWidget::saveGeometry's layout (version 3), with the rectangles given.
QByteArray geometryBlob(const QRect &frame, const QRect &normal, const QRect &geometry,
                        qint32 screenWidth = 1280)
{
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_4_0);
    stream << quint32(0x1D9D0CB) << quint16(3) << quint16(0) << frame << normal << qint32(0)
           << quint8(0) << quint8(0) << screenWidth << geometry;
    return data;
}

// A splitter state in QSplitter::saveState's layout: magic, version, the sizes, then the
// flags (collapsible, handle width, opaque resize, orientation).
QByteArray splitterBlob(quint32 count, const QList<qint32> &sizes, qint32 handleWidth = 5)
{
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_5_0);
    stream << qint32(0xff) << qint32(1) << count;
    for (const qint32 size : sizes)
        stream << size;
    stream << false << handleWidth << true << qint32(Qt::Horizontal) << true;
    return data;
}

QByteArray noise(int size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : data)
        c = char(random.bounded(256));
    return data;
}

} // namespace

// The settings file is the user's, and may be damaged, hand-edited or written by another
// version: whatever it holds, the window starts, on the screen, and paints.
class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void brokenSettingsStillStart_data();
    void brokenSettingsStillStart();
    void recentListsAreCappedAndChecked();
    void languageIsChecked();
    void theSameLanguageIsNotWrittenAgain();
    void exportChoicesAreClamped();
    void resetForgetsEverything();
    void readOnlyWritesNothing();

private:
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }
    LanguageManager *m_languages = nullptr;
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages = new LanguageManager(this);
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestSettings::brokenSettingsStillStart_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    constexpr int huge = std::numeric_limits<int>::max() / 2;
    const QRect enormous(0, 0, huge, huge);
    QTest::newRow("an enormous geometry")
        << "window/geometry" << QVariant(geometryBlob(enormous, enormous, enormous));
    QTest::newRow("a geometry far off every screen")
        << "window/geometry"
        << QVariant(geometryBlob(QRect(-huge, -huge, 800, 600), QRect(-huge, -huge, 800, 600),
                                 QRect(-huge, -huge, 800, 600)));
    QTest::newRow("an empty geometry")
        << "window/geometry"
        << QVariant(geometryBlob(QRect(10, 10, 0, 0), QRect(10, 10, 0, 0), QRect(10, 10, 0, 0)));
    QTest::newRow("a screen of no width")
        << "window/geometry"
        << QVariant(geometryBlob(QRect(0, 0, 800, 600), QRect(0, 0, 800, 600),
                                 QRect(0, 0, 800, 600), 0));
    QTest::newRow("noise for a geometry") << "window/geometry" << QVariant(noise(64));
    QTest::newRow("a splitter of two billion panes")
        << "window/splitter" << QVariant(splitterBlob(0x7fffffff, {100, 100}));
    QTest::newRow("enormous panes")
        << "window/splitter" << QVariant(splitterBlob(2, {huge, huge}, huge));
    QTest::newRow("negative panes") << "window/splitter" << QVariant(splitterBlob(2, {-huge, -5}));
    QTest::newRow("noise for a splitter") << "window/splitter" << QVariant(noise(4096));
    QTest::newRow("a megabyte of window state") << "window/state" << QVariant(noise(1 << 20));
    QTest::newRow("noise for a window state") << "window/state" << QVariant(noise(300));
    QTest::newRow("a tab out of range") << "window/tab" << QVariant(100000);
    QTest::newRow("a tab that is not a number") << "window/tab" << QVariant(QStringLiteral("x"));
    QTest::newRow("a list for a geometry")
        << "window/geometry" << QVariant(QStringList{QStringLiteral("a"), QStringLiteral("b")});
    QTest::newRow("a newer version") << "settingsVersion" << QVariant(99);
    QTest::newRow("a version that is not a number")
        << "settingsVersion" << QVariant(QStringLiteral("two"));
}

void TestSettings::brokenSettingsStillStart()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QSettings().clear();
    // A sane window saved first, so that only the broken value differs from a normal start.
    {
        MainWindow window(m_languages);
        window.setGeometry(QRect(available().topLeft() + QPoint(20, 20), QSize(1000, 600)));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    QSettings().setValue(key, value);
    QSettings().sync();

    QElapsedTimer timer;
    timer.start();
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.showAsFirstOpened();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(available().contains(window.geometry()), qPrintable(QStringLiteral("%1,%2 %3x%4")
                                                                     .arg(window.x())
                                                                     .arg(window.y())
                                                                     .arg(window.width())
                                                                     .arg(window.height())));
    const auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    for (const int size : splitter->sizes())
        QVERIFY(size >= 0 && size <= available().width());
    QVERIFY(window.tabs()->currentIndex() >= 0);
    // It paints: the timeline, then every view.
    for (int view = 0; view < MainWindow::viewCount; ++view) {
        window.showView(MainWindow::View(view));
        QVERIFY(!window.grab().isNull());
    }
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
}

void TestSettings::recentListsAreCappedAndChecked()
{
    QSettings().clear();
    QStringList stored;
    stored << QStringLiteral("relative/path.json") << QString()
           << QStringLiteral("/with\ncontrol.json") << QStringLiteral("/a.json")
           << QStringLiteral("/a.json") << QLatin1Char('/') + QString(5000, QLatin1Char('x'));
    // Far more than are kept (QSettings writes a long list slowly: a few thousand suffice).
    for (int i = 0; i < 3000; ++i)
        stored << QStringLiteral("/data/%1.json").arg(i);
    QSettings().setValue(QStringLiteral("recentFiles"), stored);
    QSettings().setValue(QStringLiteral("recentTours"), 42);

    const QStringList recent = Settings::recentFiles();
    QCOMPARE(recent.size(), Settings::maxRecent);
    QCOMPARE(recent.first(), QStringLiteral("/a.json"));
    QCOMPARE(recent.at(1), QStringLiteral("/data/0.json"));
    QVERIFY(Settings::recentTours().isEmpty());

    QMenu menu;
    RecentFiles files(&menu);
    QCOMPARE(files.paths().size(), RecentFiles::maxCount);
    QCOMPARE(menu.actions().size(), RecentFiles::maxCount);
}

void TestSettings::languageIsChecked()
{
    QSettings().clear();
    QCOMPARE(Settings::language(), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("fr"));
    QCOMPARE(Settings::language(), QStringLiteral("fr"));
    QSettings().setValue(QStringLiteral("language"), QString(100000, QLatin1Char('x')));
    QCOMPARE(Settings::language(), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("language"),
                         QStringList{QStringLiteral("fr"), QStringLiteral("ru")});
    QCOMPARE(Settings::language(), QStringLiteral("en"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("fr"));
    QSettings().setValue(QStringLiteral("settingsVersion"), Settings::version + 1);
    QCOMPARE(Settings::language(), QStringLiteral("en"));
}

// The window applies its language at every start; the file is written only when it changes.
void TestSettings::theSameLanguageIsNotWrittenAgain()
{
    QSettings().clear();
    Settings::setLanguage(QStringLiteral("fr"));
    const QString file = QSettings().fileName();
    const QDateTime written = QFileInfo(file).lastModified();
    QVERIFY(written.isValid());
    QTest::qWait(50);
    Settings::setLanguage(QStringLiteral("fr"));
    QCOMPARE(QFileInfo(file).lastModified(), written);
    Settings::setLanguage(QStringLiteral("ru"));
    QCOMPARE(Settings::language(), QStringLiteral("ru"));
    QVERIFY(QFileInfo(file).lastModified() > written);
}

void TestSettings::exportChoicesAreClamped()
{
    QSettings().clear();
    QSettings settings;
    settings.setValue(QStringLiteral("export/width"), 1e12);
    settings.setValue(QStringLiteral("export/height"), QStringLiteral("tall"));
    settings.setValue(QStringLiteral("export/scale"), -7);
    settings.sync();
    const Settings::ExportChoices choices = Settings::exportChoices();
    QCOMPARE(choices.width, Exporter::maxSide);
    QCOMPARE(choices.height, Settings::ExportChoices().height);
    QCOMPARE(choices.scale, 1.0);
}

void TestSettings::resetForgetsEverything()
{
    Settings::setLanguage(QStringLiteral("kk"));
    Settings::setRecentFiles({QStringLiteral("/a.json")});
    Settings::reset();
    QCOMPARE(Settings::language(), QStringLiteral("en"));
    QVERIFY(Settings::recentFiles().isEmpty());
    QVERIFY(QSettings().allKeys().isEmpty());
}

// What the commands run with: nothing they do reaches the window's settings.
void TestSettings::readOnlyWritesNothing()
{
    QSettings().clear();
    Settings::setReadOnly(true);
    Settings::setLanguage(QStringLiteral("kk"));
    Settings::setRecentFiles({QStringLiteral("/a.json")});
    Settings::saveWindow(QByteArray("x"), QByteArray("y"), QByteArray("z"), 3);
    Settings::setExportChoices(Settings::ExportChoices());
    Settings::setReadOnly(false);
    QVERIFY(QSettings().allKeys().isEmpty());
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
