#include "languagemanager.h"
#include "mainwindow.h"
#include "problemsdialog.h"
#include "recordfiltermodel.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace pe;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadsBuiltInDataset();
    void brokenDatasetKeepsPrevious();
    void searchFiltersEveryView();
    void switchesLanguageWhileRunning();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::loadsBuiltInDataset()
{
    LanguageManager languages;
    MainWindow window(&languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    QVERIFY(window.proxyFor(QStringLiteral("events"))->rowCount() > 0);
    QCOMPARE(window.tabs()->count(), 6);
}

void TestMainWindow::brokenDatasetKeepsPrevious()
{
    LanguageManager languages;
    MainWindow window(&languages);
    QVERIFY(window.openDataset(QFINDTESTDATA("../data/small.json"), true));
    const int events = window.proxyFor(QStringLiteral("events"))->rowCount();
    QCOMPARE(events, 4);

    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"schemaVersion\": 1, \"events\": [");
    file.close();

    QVERIFY(!window.openDataset(broken));
    auto *dialog = window.findChild<ProblemsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->problemCount(), 1);
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), events);
    QVERIFY(window.store()->path().endsWith(QLatin1String("small.json")));
    dialog->close();
}

void TestMainWindow::searchFiltersEveryView()
{
    LanguageManager languages;
    MainWindow window(&languages);
    QVERIFY(window.openDataset(QFINDTESTDATA("../data/small.json"), true));
    QSignalSpy changed(&window, &MainWindow::filterChanged);
    RecordFilter filter;
    filter.text = QStringLiteral("kostanay");
    window.setFilter(filter);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 2);
    QCOMPARE(window.proxyFor(QStringLiteral("ventures"))->rowCount(), 1);
    QCOMPARE(window.proxyFor(QStringLiteral("pairings"))->rowCount(), 1);
    window.setFilter(RecordFilter());
    QCOMPARE(window.proxyFor(QStringLiteral("events"))->rowCount(), 4);
}

void TestMainWindow::switchesLanguageWhileRunning()
{
    LanguageManager languages;
    MainWindow window(&languages);
    QVERIFY(window.openDataset(QFINDTESTDATA("../data/small.json"), true));
    auto *events = window.proxyFor(QStringLiteral("events"));
    QSignalSpy languageChanged(&languages, &LanguageManager::languageChanged);
    QVERIFY(languages.setLanguage(QStringLiteral("fr")));
    QCOMPARE(languageChanged.count(), 1);
    QCOMPARE(events->index(0, 2).data().toString(), QStringLiteral("Traité d'amitié"));
    QVERIFY(languages.setLanguage(QStringLiteral("kk")));
    // Kazakh readers see the Russian dataset text.
    QCOMPARE(events->index(0, 2).data().toString(), QStringLiteral("Договор о дружбе"));
    QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
    QVERIFY(languages.setLanguage(QStringLiteral("en")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
