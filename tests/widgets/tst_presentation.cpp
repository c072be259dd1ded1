#include "models/datasetloader.h"
#include "models/tours/tourloader.h"
#include "models/tours/tourwriter.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/map/mapview.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/presentationmode.h"
#include "widgets/timeline/timelineview.h"
#include "widgets/tours/tourplayer.h"

#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace pe;

// Presentation mode driven as a lecturer drives it: with the keys a presenter's clicker and
// a keyboard send, whatever view has the focus.
class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void clickerStepsFromEveryView_data();
    void clickerStepsFromEveryView();
    void timelineStepsThroughEventsThenViews();
    void blankScreens_data();
    void blankScreens();
    void goToStep_data();
    void goToStep();
    void overviewPicksAStep();
    void helpCardShowsTheKeys();
    void shortcutsWorkWithoutTheMenuBar();
    void escapeLeaves();
    void escapeHeldShowsTheOverview();
    void detailPaneOnlyForARecord();
    void linksReadOnTheDarkGround();
    void tourPlaysWithTheKeys();
    void brokenTourLeavesTheOneInUse();

private:
    void focusView(MainWindow::View view);
    QWidget *focused() const;

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages = new LanguageManager(this);
}

void TestPresentation::init()
{
    m_window = std::make_unique<MainWindow>(m_languages);
    QVERIFY(m_window->openDataset(DatasetLoader::builtInPath(), true));
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setPresentationMode(true, false);
    QVERIFY(m_window->isPresentationMode());
}

void TestPresentation::cleanup()
{
    m_window.reset();
}

QWidget *TestPresentation::focused() const
{
    QWidget *widget = QApplication::focusWidget();
    return widget ? widget : m_window.get();
}

// The widget of a view a lecturer would have clicked last: the chart, the timeline, a table.
void TestPresentation::focusView(MainWindow::View view)
{
    m_window->showView(view);
    QWidget *target = nullptr;
    switch (view) {
    case MainWindow::View::Timeline:
        target = m_window->timeline();
        break;
    case MainWindow::View::Turnover:
        target = m_window->turnoverChart();
        break;
    case MainWindow::View::Pairings:
        target = m_window->tableFor(QStringLiteral("pairings"));
        break;
    case MainWindow::View::Ventures:
        target = m_window->tableFor(QStringLiteral("ventures"));
        break;
    case MainWindow::View::Sources:
        target = m_window->tableFor(QStringLiteral("sources"));
        break;
    case MainWindow::View::Map:
        target = m_window->map();
        break;
    default:
        target = m_window->tabs()->currentWidget();
        break;
    }
    target->setFocusPolicy(Qt::StrongFocus);
    target->setFocus(Qt::OtherFocusReason);
    QCoreApplication::processEvents();
}

void TestPresentation::clickerStepsFromEveryView_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("expected");
    using V = MainWindow::View;
    for (const V view : {V::Turnover, V::RegionalTrade, V::Pairings, V::Ventures}) {
        const int v = int(view);
        const QByteArray key = MainWindow::viewKey(view).toLatin1();
        const char *name = key.constData();
        QTest::addRow("%s PageDown", name) << v << int(Qt::Key_PageDown) << v + 1;
        QTest::addRow("%s PageUp", name) << v << int(Qt::Key_PageUp) << v - 1;
        QTest::addRow("%s Space", name) << v << int(Qt::Key_Space) << v + 1;
        QTest::addRow("%s Backspace", name) << v << int(Qt::Key_Backspace) << v - 1;
        QTest::addRow("%s Right", name) << v << int(Qt::Key_Right) << v + 1;
        QTest::addRow("%s Up", name) << v << int(Qt::Key_Up) << v - 1;
    }
    const int last = MainWindow::viewCount - 1; // the map
    QTest::addRow("sources End") << int(V::Sources) << int(Qt::Key_End) << last;
    QTest::addRow("sources Home") << int(V::Sources) << int(Qt::Key_Home) << int(V::Timeline);
    QTest::addRow("sources PageDown") << int(V::Sources) << int(Qt::Key_PageDown) << last;
    QTest::addRow("map PageDown, the last") << last << int(Qt::Key_PageDown) << last;
}

void TestPresentation::clickerStepsFromEveryView()
{
    QFETCH(int, view);
    QFETCH(int, key);
    QFETCH(int, expected);
    focusView(MainWindow::View(view));
    QTest::keyClick(focused(), Qt::Key(key));
    QCOMPARE(m_window->tabs()->currentIndex(), expected);
    // The counter says where the lecture is.
    QVERIFY2(m_window->presentation()->counterText().startsWith(
                 QStringLiteral("%1 / %2").arg(expected + 1).arg(MainWindow::viewCount)),
             qPrintable(m_window->presentation()->counterText()));
}

void TestPresentation::timelineStepsThroughEventsThenViews()
{
    focusView(MainWindow::View::Timeline);
    TimelineView *timeline = m_window->timeline();
    QTest::keyClick(focused(), Qt::Key_PageDown);
    const QString first = timeline->currentId();
    QVERIFY(!first.isEmpty());
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(timeline->currentId() != first);
    QTest::keyClick(focused(), Qt::Key_PageUp);
    QCOMPARE(timeline->currentId(), first);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::View::Timeline));
    // Past the last event, the next view.
    QTest::keyClick(focused(), Qt::Key_End);
    QCOMPARE(m_window->tabs()->currentIndex(), MainWindow::viewCount - 1);
}

void TestPresentation::blankScreens_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<QColor>("colour");
    QTest::newRow("B") << int(Qt::Key_B) << QColor(Qt::black);
    QTest::newRow(".") << int(Qt::Key_Period) << QColor(Qt::black);
    QTest::newRow("W") << int(Qt::Key_W) << QColor(Qt::white);
    // The same keys under a Cyrillic layout.
    QTest::newRow("И, B under a Russian layout") << 0x0418 << QColor(Qt::black);
    QTest::newRow("Ю, . under a Russian layout") << 0x042E << QColor(Qt::black);
    QTest::newRow("Ц, W under a Russian layout") << 0x0426 << QColor(Qt::white);
}

void TestPresentation::blankScreens()
{
    QFETCH(int, key);
    QFETCH(QColor, colour);
    for (const MainWindow::View view : {MainWindow::View::Pairings, MainWindow::View::Turnover}) {
        focusView(view);
        PresentationMode *present = m_window->presentation();
        if (key > 0xff) {
            // QTest types ASCII only: the key press a Cyrillic layout delivers.
            QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(QChar(key)).toLower());
            QApplication::sendEvent(focused(), &press);
        } else {
            QTest::keyClick(focused(), Qt::Key(key));
        }
        QVERIFY(present->isBlank());
        QCOMPARE(present->blankColour(), colour);
        // What the class sees: the whole window in that colour.
        const QImage shot = m_window->grab().toImage();
        QCOMPARE(QColor(shot.pixel(shot.width() / 2, shot.height() / 2)), colour);
        // Any key comes back, without stepping.
        QTest::keyClick(focused(), Qt::Key_PageDown);
        QVERIFY(!present->isBlank());
        QCOMPARE(m_window->tabs()->currentIndex(), int(view));
    }
}

void TestPresentation::goToStep_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expected");
    QTest::newRow("G 3 Enter") << "g3" << 2;
    QTest::newRow("4 Enter") << "4" << 3;
    QTest::newRow("G 1 2 Enter: past the end") << "g12" << MainWindow::viewCount - 1;
}

void TestPresentation::goToStep()
{
    QFETCH(QString, typed);
    QFETCH(int, expected);
    focusView(MainWindow::View::Pairings);
    QTest::keyClicks(focused(), typed);
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_window->tabs()->currentIndex(), expected);
    // A prompt given up with Escape goes nowhere and stays in presentation mode.
    QTest::keyClicks(focused(), QStringLiteral("g1"));
    QTest::keyClick(focused(), Qt::Key_Escape);
    QCOMPARE(m_window->tabs()->currentIndex(), expected);
    QVERIFY(m_window->isPresentationMode());
}

void TestPresentation::overviewPicksAStep()
{
    focusView(MainWindow::View::Turnover);
    PresentationMode *present = m_window->presentation();
    QTest::keyClick(focused(), Qt::Key_O);
    QVERIFY(present->isShowingOverview());
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Down);
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(!present->isShowingOverview());
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::View::Pairings));
}

void TestPresentation::helpCardShowsTheKeys()
{
    focusView(MainWindow::View::Ventures);
    PresentationMode *present = m_window->presentation();
    QTest::keyClick(focused(), Qt::Key_Question, Qt::ShiftModifier);
    QVERIFY(present->isShowingKeys());
    // Set PE_PRESENTATION_SHOT=file.png to look at the card over a view.
    if (qEnvironmentVariableIsSet("PE_PRESENTATION_SHOT"))
        m_window->grab().save(qEnvironmentVariable("PE_PRESENTATION_SHOT"));
    QTest::keyClick(focused(), Qt::Key_Space);
    QVERIFY(!present->isShowingKeys());
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::View::Ventures));
}

void TestPresentation::shortcutsWorkWithoutTheMenuBar()
{
    focusView(MainWindow::View::Timeline);
    QTest::keyClick(focused(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::View::Turnover));
}

void TestPresentation::escapeLeaves()
{
    focusView(MainWindow::View::Pairings);
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresentationMode());
    // Out of presentation mode the keys are the views' own again.
    QTest::keyClick(focused(), Qt::Key_B);
    QVERIFY(!m_window->presentation()->isBlank());
}

// Held, Esc opens the overview rather than leaving (reveal.js); the keys it repeats while
// held do nothing more, and its release leaves the overview open.
void TestPresentation::escapeHeldShowsTheOverview()
{
    focusView(MainWindow::View::Turnover);
    QWidget *target = focused();
    QTest::keyPress(target, Qt::Key_Escape);
    QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier, QString(), true);
    QCoreApplication::sendEvent(target, &repeat);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->presentation()->isShowingOverview(),
                             PresentationMode::escapeHoldMs * 3);
    QTest::keyRelease(focused(), Qt::Key_Escape);
    QVERIFY(m_window->isPresentationMode());
    QVERIFY(m_window->presentation()->isShowingOverview());
    // Enter takes the step chosen; a tap of Esc then leaves as before.
    QTest::keyClick(focused(), Qt::Key_Return);
    QVERIFY(!m_window->presentation()->isShowingOverview());
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresentationMode());
}

// In a tour the detail pane takes room from the slide only at a step that shows a record,
// and comes back as it was when the lecture ends.
void TestPresentation::detailPaneOnlyForARecord()
{
    Tour tour;
    tour.id = QStringLiteral("detail");
    tour.title.en = QStringLiteral("Detail");
    TourStep chart;
    chart.view = QStringLiteral("turnover");
    chart.caption.en = QStringLiteral("The chart alone.");
    TourStep event = chart;
    event.view = QStringLiteral("timeline");
    event.select = QStringLiteral("ev-1992-09-diplomatic-relations");
    event.caption.en = QStringLiteral("An event and its sources.");
    tour.steps = {chart, event, chart};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("detail.json"));
    QString error;
    QVERIFY2(TourWriter::save(tour, path, &error), qPrintable(error));
    QVERIFY(m_window->presentTour(path, true, false));
    QVERIFY(!m_window->detailPane()->isVisible());
    QTest::keyClick(focused(), Qt::Key_PageDown);
    QVERIFY(m_window->detailPane()->isVisible());
    QCOMPARE(m_window->selectedId(), event.select);
    QTest::keyClick(focused(), Qt::Key_PageDown);
    QVERIFY(!m_window->detailPane()->isVisible());
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresentationMode());
    QVERIFY(m_window->detailPane()->isVisible());
}

// Links in the detail pane take the dark palette's light blue, not the light theme's dark
// blue on near-black, and contrast with the ground by at least WCAG AA's 4.5 : 1.
void TestPresentation::linksReadOnTheDarkGround()
{
    m_window->selectRecord(QStringLiteral("obs-2014-turnover-fn61"));
    const QPalette palette = m_window->detailPane()->palette();
    const QColor link = palette.color(QPalette::Link);
    const QColor ground = palette.color(QPalette::Base);
    const auto luminance = [](const QColor &c) {
        const auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const qreal contrast = (std::max(luminance(link), luminance(ground)) + 0.05) /
                           (std::min(luminance(link), luminance(ground)) + 0.05);
    QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    QVERIFY2(m_window->detailPane()->html().contains(link.name(), Qt::CaseInsensitive),
             qPrintable(link.name()));
}

// A built-in tour, driven with the clicker: each step shows its view and caption; a step
// with a reveal asks first, with the answer held back everywhere, and shows it on the next
// key before moving on.
void TestPresentation::tourPlaysWithTheKeys()
{
    const QString path = QStringLiteral(":/tours/thirty-years.json");
    const TourLoadResult loaded = TourLoader::loadFile(path, *m_window->store()->dataset());
    QVERIFY(loaded.ok());
    const Tour &tour = *loaded.tour;
    QVERIFY(m_window->presentTour(path, true, false));
    PresentationMode *present = m_window->presentation();
    QCOMPARE(present->counterText(),
             QStringLiteral("1 / %1 · %2").arg(tour.steps.size()).arg(tour.title.en));
    QCOMPARE(present->captionText(), tour.steps.first().caption.en);
    QCOMPARE(m_window->tabs()->currentIndex(), MainWindow::viewFromKey(tour.steps.first().view));

    int reveal = -1;
    for (int i = 0; i < tour.steps.size() && reveal < 0; ++i)
        reveal = tour.steps.at(i).revealRecord.isEmpty() ? -1 : i;
    QVERIFY(reveal > 0);
    const TourStep &step = tour.steps.at(reveal);
    QTest::keyClicks(focused(), QStringLiteral("g%1").arg(reveal + 1));
    QTest::keyClick(focused(), Qt::Key_Return);
    QCOMPARE(m_window->tourPlayer()->currentIndex(), reveal);
    // The question, and the answer nowhere: not in the views, not in the detail pane.
    QCOMPARE(present->captionText(), step.revealPrompt.en);
    QVERIFY(m_window->filter().heldBack.contains(step.revealRecord));
    QVERIFY(m_window->selectedId() != step.revealRecord);
    QCOMPARE(m_window->tabs()->currentIndex(), MainWindow::viewFromKey(step.view));
    // Set PE_TOUR_SHOTS=DIR to look at the step before and after its reveal.
    const QString shots = qEnvironmentVariable("PE_TOUR_SHOTS");
    if (!shots.isEmpty()) {
        QCoreApplication::processEvents();
        m_window->grab().save(shots + QStringLiteral("/tour-question.png"));
    }
    // The next key reveals, without leaving the step.
    QTest::keyClick(focused(), Qt::Key_PageDown);
    QCOMPARE(m_window->tourPlayer()->currentIndex(), reveal);
    QCOMPARE(present->captionText(), step.caption.en);
    QVERIFY(m_window->filter().heldBack.isEmpty());
    QCOMPARE(m_window->selectedId(), step.revealRecord);
    if (!shots.isEmpty()) {
        QCoreApplication::processEvents();
        m_window->grab().save(shots + QStringLiteral("/tour-answer.png"));
    }
    // Then moves on, and back.
    QTest::keyClick(focused(), Qt::Key_Space);
    QCOMPARE(m_window->tourPlayer()->currentIndex(), reveal + 1);
    QTest::keyClick(focused(), Qt::Key_PageUp);
    QCOMPARE(m_window->tourPlayer()->currentIndex(), reveal);
    // Leaving presentation mode ends the tour.
    QTest::keyClick(focused(), Qt::Key_Escape);
    QVERIFY(!m_window->tourPlayer()->isPlaying());
    QVERIFY(present->captionText().isEmpty());
}

void TestPresentation::brokenTourLeavesTheOneInUse()
{
    QVERIFY(m_window->presentTour(QStringLiteral(":/tours/assembly-plants.json"), true, false));
    QTest::keyClick(focused(), Qt::Key_PageDown);
    const int index = m_window->tourPlayer()->currentIndex();
    const QString caption = m_window->presentation()->captionText();
    const QString broken = QDir::temp().filePath(QStringLiteral("pe-broken-tour.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "partnership-explorer-tour", "version": 1, "id": "x",
                  "title": {"en": "x", "fr": "x", "ru": "x"},
                  "steps": [{"view": "map", "caption": {"en": "x"}, "sources": []}]})");
    file.close();
    QVERIFY(!m_window->presentTour(broken, true, false));
    QCOMPARE(m_window->tourPlayer()->currentIndex(), index);
    QCOMPARE(m_window->presentation()->captionText(), caption);
    QVERIFY(m_window->tourPlayer()->tour()->id == QLatin1String("assembly-plants"));
    file.remove();
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
