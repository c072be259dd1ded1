#include "models/datasetloader.h"
#include "models/state/filterstate.h"
#include "models/state/selectionstate.h"
#include "models/tours/tourloader.h"
#include "models/tours/tourstepsmodel.h"
#include "tests/support/externalrenderers.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/shell/presentationmode.h"
#include "widgets/timeline/timelineview.h"
#include "widgets/tours/tourcontroller.h"
#include "widgets/tours/toureditor.h"
#include "widgets/tours/tourplayer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace pe;

// A lecture prepared in the window as a lecturer prepares it: the views set up by hand and
// added as steps, captions typed, steps moved, the tour saved, opened again and presented.
class TestTourEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void capturesTheViewOnScreen_data();
    void capturesTheViewOnScreen();
    void typesAndReorders();
    void savesAndOpensAgain();
    void presentsFromTheChosenStep();
    void aBrokenStepIsNotPresented();
    void printsTheEditedTour();
    void closingAsksAboutChanges_data();
    void closingAsksAboutChanges();

private:
    TourController *tours() const { return m_window->tours(); }
    TourEditor *editor() const { return tours()->editor(); }
    // Sets up the turnover chart as a lecturer would, then adds it as a step.
    void addTurnoverStep();
    void addTimelineStep();
    QToolButton *button(const QString &toolTipStart) const;

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestTourEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    m_languages = new LanguageManager(this);
    QVERIFY(m_dir.isValid());
}

void TestTourEditor::init()
{
    m_window = std::make_unique<MainWindow>(m_languages);
    QVERIFY(m_window->openDataset(DatasetLoader::builtInPath(), true));
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestTourEditor::cleanup()
{
    // Nothing to save at the end of a test: the window closes without asking.
    tours()->steps()->setModified(false);
    m_window.reset();
}

QToolButton *TestTourEditor::button(const QString &toolTipStart) const
{
    for (QToolButton *b : editor()->findChildren<QToolButton *>()) {
        if (b->toolTip().startsWith(toolTipStart))
            return b;
    }
    return nullptr;
}

void TestTourEditor::addTurnoverStep()
{
    RecordFilter filter;
    filter.fromYear = 2005;
    filter.toYear = 2022;
    filter.bookOnly = true;
    m_window->setFilter(filter);
    m_window->selectRecord(QStringLiteral("obs-2021-turnover-fn97"));
    m_window->selectionState()->setMarkedYear(2021);
    m_window->showView(MainWindow::View::Turnover);
    tours()->addCurrentView(editor()->currentRow());
}

void TestTourEditor::addTimelineStep()
{
    m_window->setFilter(RecordFilter());
    m_window->showView(MainWindow::View::Timeline);
    m_window->selectRecord(QStringLiteral("ev-1996-01-17-friendship-treaty"));
    m_window->timeline()->setVisibleRange(1992, 2001);
    tours()->addCurrentView(editor()->currentRow());
}

void TestTourEditor::capturesTheViewOnScreen_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("turnover") << "turnover";
    QTest::newRow("timeline") << "timeline";
}

void TestTourEditor::capturesTheViewOnScreen()
{
    QFETCH(QString, view);
    if (view == QLatin1String("turnover"))
        addTurnoverStep();
    else
        addTimelineStep();
    QCOMPARE(tours()->steps()->rowCount(), 1);
    const TourStep &step = tours()->steps()->step(0);
    QCOMPARE(step.view, view);
    if (view == QLatin1String("turnover")) {
        QCOMPARE(step.select, QStringLiteral("obs-2021-turnover-fn97"));
        QCOMPARE(step.filter.fromYear, 2005);
        QCOMPARE(step.filter.toYear, 2022);
        QVERIFY(step.filter.bookOnly);
        QCOMPARE(step.highlightYear, 2021);
        QVERIFY(!step.series.isEmpty());
        QVERIFY(!step.timelineYears);
        QCOMPARE(step.sources, QStringList{QStringLiteral("fn-97")});
    } else {
        QCOMPARE(step.select, QStringLiteral("ev-1996-01-17-friendship-treaty"));
        QVERIFY(step.timelineYears);
        QCOMPARE(step.timelineYears->first, 1992);
        QCOMPARE(step.timelineYears->second, 2000);
        QVERIFY(!step.filter.isActive());
    }
    // A first caption to change, never an empty one: the record's title.
    QVERIFY(!step.caption.en.isEmpty());
    QCOMPARE(editor()->captionEdit()->toPlainText(), step.caption.en);
    QVERIFY(tours()->steps()->isModified());
    QVERIFY(tours()->editorDock()->windowTitle().contains(QStringLiteral("changed")));
}

void TestTourEditor::typesAndReorders()
{
    addTurnoverStep();
    addTimelineStep();
    QCOMPARE(editor()->currentRow(), 1);
    QPlainTextEdit *caption = editor()->captionEdit();
    caption->setFocus();
    caption->selectAll();
    QTest::keyClicks(caption, QStringLiteral("1996: the treaty."));
    QTest::keyClicks(editor()->notesEdit(), QStringLiteral("Ask why."));
    QCOMPARE(tours()->steps()->step(1).caption.en, QStringLiteral("1996: the treaty."));
    QCOMPARE(tours()->steps()->step(1).notes.en, QStringLiteral("Ask why."));
    // Up moves the chosen step, which stays chosen.
    QToolButton *up = button(QStringLiteral("Move the step up"));
    QVERIFY(up && up->isEnabled());
    up->click();
    QCOMPARE(tours()->steps()->step(0).view, QStringLiteral("timeline"));
    QCOMPARE(editor()->currentRow(), 0);
    QVERIFY(!up->isEnabled());
    QCOMPARE(editor()->captionEdit()->toPlainText(), QStringLiteral("1996: the treaty."));
    QToolButton *remove = button(QStringLiteral("Remove the step"));
    remove->click();
    QCOMPARE(tours()->steps()->rowCount(), 1);
    QCOMPARE(tours()->steps()->step(0).view, QStringLiteral("turnover"));
    QCOMPARE(editor()->captionEdit()->toPlainText(), tours()->steps()->step(0).caption.en);
    editor()->titleEdit()->setFocus();
    QTest::keyClicks(editor()->titleEdit(), QStringLiteral("My lecture"));
    QCOMPARE(tours()->steps()->tour().title.en, QStringLiteral("My lecture"));
}

void TestTourEditor::savesAndOpensAgain()
{
    addTurnoverStep();
    addTimelineStep();
    const QString path = m_dir.filePath(QStringLiteral("my-lecture.json"));
    QVERIFY(tours()->saveAs(path, true));
    QVERIFY(!tours()->steps()->isModified());
    QCOMPARE(tours()->path(), path);
    const Tour saved = tours()->steps()->tour();
    // The file is a tour the app and the command line read.
    const TourLoadResult loaded = TourLoader::loadFile(path, *m_window->store()->dataset());
    QVERIFY2(loaded.ok(),
             loaded.problems.isEmpty() ? "" : qPrintable(loaded.problems.first().toString()));
    QCOMPARE(loaded.tour->id, QStringLiteral("my-lecture"));
    QCOMPARE(loaded.tour->steps, saved.steps);
    // Opened again in a new window: the same steps, nothing to save, in the recent tours.
    cleanup();
    init();
    QVERIFY(tours()->openForEditing(path, true));
    QCOMPARE(tours()->steps()->tour().steps, saved.steps);
    QVERIFY(!tours()->steps()->isModified());
    QVERIFY(tours()->editorDock()->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("recentTours")).toStringList().value(0), path);
    // A file that is not a tour is refused and leaves the tour in the editor alone.
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"format\": \"partnership-explorer-tour\", \"steps\": [");
    file.close();
    QVERIFY(!tours()->openForEditing(broken, true));
    QCOMPARE(tours()->path(), path);
    QCOMPARE(tours()->steps()->tour().steps, saved.steps);
}

void TestTourEditor::presentsFromTheChosenStep()
{
    addTimelineStep();
    addTurnoverStep();
    QVERIFY(tours()->presentEditedTour(1, true, false));
    QVERIFY(m_window->isPresentationMode());
    QVERIFY(!tours()->editorDock()->isVisible()); // nothing but the slide
    QCOMPARE(m_window->tourPlayer()->currentIndex(), 1);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::View::Turnover));
    QCOMPARE(m_window->presentation()->captionText(), tours()->steps()->step(1).caption.en);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp);
    QCOMPARE(m_window->tourPlayer()->currentIndex(), 0);
    QCOMPARE(m_window->tabs()->currentIndex(), int(MainWindow::View::Timeline));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresentationMode());
    QVERIFY(tours()->editorDock()->isVisible()); // back to preparing
}

void TestTourEditor::aBrokenStepIsNotPresented()
{
    addTurnoverStep();
    editor()->captionEdit()->clear(); // no caption in any language
    QVERIFY(!tours()->presentEditedTour(0, true, false));
    QVERIFY(!m_window->isPresentationMode());
    // Saved all the same, so nothing typed is lost.
    QVERIFY(tours()->saveAs(m_dir.filePath(QStringLiteral("unfinished.json")), true));
}

// Tour ▸ Export Handout… writes what the command line writes: a page per step, here read
// back by poppler.
void TestTourEditor::printsTheEditedTour()
{
    PE_NEED_TOOLS(QStringLiteral("pdfinfo"));
    addTimelineStep();
    addTurnoverStep();
    const QString path = m_dir.filePath(QStringLiteral("handout.pdf"));
    QString error;
    QVERIFY2(tours()->writeHandout(tours()->steps()->tour(), path, &error), qPrintable(error));
    const QString info = test::ExternalRenderers::pdfInfo(path, false, &error);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))),
             qPrintable(info + error));
}

void TestTourEditor::closingAsksAboutChanges_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("discard") << int(QMessageBox::Discard) << true;
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << false;
}

void TestTourEditor::closingAsksAboutChanges()
{
    QFETCH(int, answer);
    QFETCH(bool, closes);
    addTurnoverStep();
    bool asked = false;
    QTimer::singleShot(0, this, [&asked, answer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        asked = box->text().contains(QStringLiteral("not saved"));
        box->button(QMessageBox::StandardButton(answer))->click();
    });
    QCOMPARE(m_window->close(), closes);
    QVERIFY(asked);
    QCOMPARE(m_window->isVisible(), !closes);
    QCOMPARE(tours()->steps()->rowCount(), 1);
}

QTEST_MAIN(TestTourEditor)
#include "tst_toureditor.moc"
