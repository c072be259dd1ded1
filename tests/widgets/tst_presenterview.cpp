#include "models/datasetloader.h"
#include "models/tours/tourloader.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/presentationmode.h"
#include "widgets/tours/presenterview.h"
#include "widgets/tours/tourcontroller.h"
#include "widgets/tours/tourplayer.h"

#include <QApplication>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QWindow>

using namespace pe;

// A lecture given with two screens, as a laptop on a projector: the class sees the slide,
// the lecturer sees what comes next, the notes, the time and the sources. The suite runs on
// two offscreen screens (tests/data/two-screens.json, set in tests/CMakeLists.txt).
class TestPresenterView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensOnTheLecturersScreen();
    void keysOnEitherScreenStep();
    void theAnswerIsTheLecturersAlone();
    void theClockRuns();
    void leavingClosesIt();

private:
    PresenterView *presenter() const { return m_window->tours()->presenterView(); }

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<MainWindow> m_window;
    Tour m_tour;
};

void TestPresenterView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages = new LanguageManager(this);
    QCOMPARE(QGuiApplication::screens().size(), 2);
}

void TestPresenterView::init()
{
    m_window = std::make_unique<MainWindow>(m_languages);
    QVERIFY(m_window->openDataset(DatasetLoader::builtInPath(), true));
    m_window->setScreen(QGuiApplication::primaryScreen());
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QString path = QStringLiteral(":/tours/thirty-years.json");
    m_tour = *TourLoader::loadFile(path, *m_window->store()->dataset()).tour;
    QVERIFY(m_window->tours()->presentFile(path, true, true));
}

void TestPresenterView::cleanup()
{
    m_window.reset();
}

void TestPresenterView::opensOnTheLecturersScreen()
{
    QVERIFY(presenter());
    QVERIFY(presenter()->isVisible());
    QScreen *audience = m_window->windowHandle()->screen();
    QVERIFY(presenter()->screen() != audience);
    QCOMPARE(presenter()->geometry(), presenter()->screen()->availableGeometry());
    // The first step, what comes next, the notes and the sources.
    QCOMPARE(presenter()->counterText(), QStringLiteral("1 / %1").arg(m_tour.steps.size()));
    QCOMPARE(presenter()->nowText(), m_tour.steps.at(0).caption.en);
    QCOMPARE(presenter()->notesText(), m_tour.steps.at(0).notes.en);
    const TourStep &next = m_tour.steps.at(1);
    QCOMPARE(presenter()->nextText(),
             next.revealRecord.isEmpty() ? next.caption.en : next.revealPrompt.en);
    QVERIFY(!presenter()->nextPicture().isNull());
    // The class's screen shows the slide only.
    QCOMPARE(m_window->presentation()->captionText(), m_tour.steps.at(0).caption.en);
}

void TestPresenterView::keysOnEitherScreenStep()
{
    // The lecturer's laptop has the focus: its keys drive the slides on the projector.
    presenter()->activateWindow();
    QTest::keyClick(presenter(), Qt::Key_PageDown);
    QCOMPARE(m_window->tourPlayer()->currentIndex(), 1);
    QCOMPARE(presenter()->counterText(), QStringLiteral("2 / %1").arg(m_tour.steps.size()));
    QTest::keyClick(m_window.get(), Qt::Key_End);
    QCOMPARE(m_window->tourPlayer()->currentIndex(), m_tour.steps.size() - 1);
    QCOMPARE(presenter()->nextText(), QStringLiteral("End of the tour"));
    QTest::keyClick(presenter(), Qt::Key_Home);
    QCOMPARE(m_window->tourPlayer()->currentIndex(), 0);
}

void TestPresenterView::theAnswerIsTheLecturersAlone()
{
    int reveal = -1;
    for (int i = 0; i < m_tour.steps.size() && reveal < 0; ++i)
        reveal = m_tour.steps.at(i).revealRecord.isEmpty() ? -1 : i;
    QVERIFY(reveal > 0);
    const TourStep &step = m_tour.steps.at(reveal);
    m_window->tourPlayer()->goTo(reveal);
    QCOMPARE(m_window->presentation()->captionText(), step.revealPrompt.en);
    QCOMPARE(presenter()->nowText(), step.revealPrompt.en);
    QVERIFY(presenter()->answerText().contains(step.caption.en));
    QCOMPARE(presenter()->nextText(), QStringLiteral("The answer, on this slide"));
    QTest::keyClick(presenter(), Qt::Key_Space);
    QCOMPARE(presenter()->nowText(), step.caption.en);
    QVERIFY(presenter()->answerText().isEmpty());
}

void TestPresenterView::theClockRuns()
{
    const QRegularExpression clock(QStringLiteral("^\\d\\d:\\d\\d$"));
    QVERIFY(clock.match(presenter()->clockText()).hasMatch());
    QCOMPARE(presenter()->clockText(), QStringLiteral("00:00"));
    QTRY_COMPARE_WITH_TIMEOUT(presenter()->clockText(), QStringLiteral("00:01"), 2500);
}

void TestPresenterView::leavingClosesIt()
{
    QTest::keyClick(presenter(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresentationMode());
    QVERIFY(!presenter()->isVisible());
}

QTEST_MAIN(TestPresenterView)
#include "tst_presenterview.moc"
