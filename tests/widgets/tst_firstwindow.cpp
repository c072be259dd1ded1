#include "models/datasetloader.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/settings/settings.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/filterbar.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"

#include <QAbstractButton>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace pe;

// The first window a new user meets, on the screen this run has (an offscreen screen of the
// size CTest gives it: 1280×720, 1024×768 or 2560×1600 at scale 2, tests/data/screen-*.json),
// in every language: it opens at the screen's size, fits it, and nothing is cut off.
class TestFirstWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensAtTheScreenSize();
    void fitsInEveryLanguage_data();
    void fitsInEveryLanguage();
    void aSavedWindowLargerThanTheScreenIsFitted();

private:
    QRect available() const { return QGuiApplication::primaryScreen()->availableGeometry(); }
    LanguageManager *m_languages = nullptr;
};

void TestFirstWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages = new LanguageManager(this);
    qInfo("screen: %dx%d at %g", available().width(), available().height(),
          QGuiApplication::primaryScreen()->devicePixelRatio());
}

void TestFirstWindow::opensAtTheScreenSize()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
    MainWindow window(m_languages);
    QVERIFY(window.isFirstStart());
    window.showAsFirstOpened();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(available().contains(window.geometry()),
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    QCOMPARE(window.size(), available().size());
}

void TestFirstWindow::fitsInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageManager::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestFirstWindow::fitsInEveryLanguage()
{
    QFETCH(QString, language);
    QSettings().clear();
    m_languages->setLanguage(language);
    MainWindow window(m_languages);
    QVERIFY(window.openDataset(DatasetLoader::builtInPath(), true));
    window.showAsFirstOpened();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the charts lay out their axes after the first show

    // Narrow enough for a 1024-pixel screen, whatever the language.
    QVERIFY2(window.minimumSizeHint().width() < 1000,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QVERIFY(window.width() <= available().width());

    // Every control of the filter bar and the detail pane's buttons lie inside the window.
    const QRect inside = window.rect();
    QList<QWidget *> controls = window.findChild<FilterBar *>()->findChildren<QWidget *>();
    for (QAbstractButton *button : window.detailPane()->findChildren<QAbstractButton *>())
        controls.append(button);
    for (QWidget *control : std::as_const(controls)) {
        if (!control->isVisibleTo(&window) || control->isWindow())
            continue;
        const QRect where(control->mapTo(&window, QPoint(0, 0)), control->size());
        QVERIFY2(inside.contains(where),
                 qPrintable(control->objectName() + QStringLiteral(" at ") +
                            QString::number(where.x()) + QLatin1Char(',') +
                            QString::number(where.y()) + QStringLiteral(" size ") +
                            QString::number(where.width())));
        // A control as wide as its own text needs: nothing clipped ("бастап" in Kazakh).
        QVERIFY2(control->width() >= control->minimumSizeHint().width(),
                 qPrintable(control->objectName() + QStringLiteral(": ") +
                            QString::number(control->width()) + QStringLiteral(" < ") +
                            QString::number(control->minimumSizeHint().width())));
    }

    // The turnover chart's axis labels and title are whole, in the window as it opened and
    // at its smallest height (Qt Charts elides them with "..." in a chart too short).
    window.showView(MainWindow::View::Turnover);
    const auto elidedLabel = [&window]() -> QString {
        for (QGraphicsItem *item : window.turnoverChart()->scene()->items()) {
            if (const auto *text = dynamic_cast<QGraphicsTextItem *>(item)) {
                if (text->toPlainText().contains(QLatin1String("...")) ||
                    text->toPlainText().contains(QChar(0x2026)))
                    return text->toPlainText();
            }
        }
        return {};
    };
    for (const int height : {window.height(), window.minimumSizeHint().height()}) {
        window.resize(window.width(), height);
        // The chart lays its axes out after the resize, in an event of its own.
        QTRY_VERIFY2(
            elidedLabel().isEmpty(),
            qPrintable(QStringLiteral("%1 at a height of %2").arg(elidedLabel()).arg(height)));
    }
}

// A window saved on a bigger screen (or a corrupted size) comes back within this one.
void TestFirstWindow::aSavedWindowLargerThanTheScreenIsFitted()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
    {
        MainWindow window(m_languages);
        window.resize(4000, 3000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.close();
    }
    MainWindow window(m_languages);
    QVERIFY(!window.isFirstStart());
    window.showAsFirstOpened();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(available().contains(window.geometry()));
}

QTEST_MAIN(TestFirstWindow)
#include "tst_firstwindow.moc"
