#include "models/tours/tourloader.h"
#include "models/tours/tourstepsmodel.h"

#include "models/dataset.h"
#include "tests/support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pe;

// The list a lecturer prepares a tour in: every change keeps the model consistent for the
// views (QAbstractItemModelTester), marks the tour modified, and touches only the language
// being written.
class TestTourStepsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addsMovesAndRemoves();
    void movesEitherWay_data();
    void movesEitherWay();
    void editsOneLanguageOnly();
    void showsTheFirstSentence();

private:
    static TourStep stepNamed(const QString &caption);
    QStringList captions() const;

    std::shared_ptr<const Dataset> m_dataset;
    Tour m_builtIn;
    std::unique_ptr<TourStepsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTourStepsModel::initTestCase()
{
    QString error;
    m_dataset = test::Fixtures::builtIn(&error);
    QVERIFY2(m_dataset, qPrintable(error));
    const TourLoadResult result =
        TourLoader::loadFile(QStringLiteral(":/tours/thirty-years.json"), *m_dataset);
    QVERIFY(result.ok());
    m_builtIn = *result.tour;
}

void TestTourStepsModel::init()
{
    m_tester.reset();
    m_model = std::make_unique<TourStepsModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

TourStep TestTourStepsModel::stepNamed(const QString &caption)
{
    TourStep step;
    step.view = QStringLiteral("timeline");
    step.caption.en = caption;
    return step;
}

QStringList TestTourStepsModel::captions() const
{
    QStringList list;
    for (const TourStep &step : m_model->tour().steps)
        list.append(step.caption.en);
    return list;
}

void TestTourStepsModel::addsMovesAndRemoves()
{
    QSignalSpy modified(m_model.get(), &TourStepsModel::modifiedChanged);
    m_model->insertStep(0, stepNamed(QStringLiteral("B")));
    QCOMPARE(modified.size(), 1);
    QVERIFY(m_model->isModified());
    m_model->insertStep(0, stepNamed(QStringLiteral("A")));
    m_model->insertStep(99, stepNamed(QStringLiteral("C"))); // past the end: appended
    QCOMPARE(captions(), (QStringList{"A", "B", "C"}));
    QVERIFY(m_model->removeRows(1, 1));
    QCOMPARE(captions(), (QStringList{"A", "C"}));
    QVERIFY(!m_model->removeRows(2, 1));
    m_model->setModified(false);
    QVERIFY(!m_model->isModified());
    m_model->setTour(m_builtIn);
    QVERIFY(!m_model->isModified());
    QCOMPARE(m_model->rowCount(), m_builtIn.steps.size());
}

void TestTourStepsModel::movesEitherWay_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to"); // Qt's destination: the row the step goes before
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("down one") << 0 << 2 << QStringList{"B", "A", "C", "D"};
    QTest::newRow("up one") << 2 << 1 << QStringList{"A", "C", "B", "D"};
    QTest::newRow("to the end") << 0 << 4 << QStringList{"B", "C", "D", "A"};
    QTest::newRow("to the start") << 3 << 0 << QStringList{"D", "A", "B", "C"};
}

void TestTourStepsModel::movesEitherWay()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QStringList, expected);
    for (const char *caption : {"A", "B", "C", "D"})
        m_model->insertStep(m_model->rowCount(), stepNamed(QLatin1String(caption)));
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QVERIFY(m_model->moveRow(QModelIndex(), from, QModelIndex(), to));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(captions(), expected);
    // Onto itself is no move.
    QVERIFY(!m_model->moveRow(QModelIndex(), 1, QModelIndex(), 1));
}

void TestTourStepsModel::editsOneLanguageOnly()
{
    m_model->setTour(m_builtIn);
    m_model->setLanguage(QStringLiteral("fr"));
    const QModelIndex first = m_model->index(0);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(
        m_model->setData(first, QStringLiteral("Septembre 1992."), TourStepsModel::CaptionRole));
    QVERIFY(
        m_model->setData(first, QStringLiteral("Demander pourquoi."), TourStepsModel::NotesRole));
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_model->isModified());
    const TourStep &step = m_model->step(0);
    QCOMPARE(step.caption.fr, QStringLiteral("Septembre 1992."));
    QCOMPARE(step.notes.fr, QStringLiteral("Demander pourquoi."));
    QCOMPARE(step.caption.en, m_builtIn.steps.first().caption.en);
    QCOMPARE(step.caption.ru, m_builtIn.steps.first().caption.ru);
    // The same text again changes nothing.
    QVERIFY(
        m_model->setData(first, QStringLiteral("Septembre 1992."), TourStepsModel::CaptionRole));
    QCOMPARE(changed.size(), 2);
    m_model->setTitle(QStringLiteral("Mon cours"));
    QCOMPARE(m_model->tour().title.fr, QStringLiteral("Mon cours"));
    QCOMPARE(m_model->tour().title.en, m_builtIn.title.en);
    // Reading another language shows that language's text.
    m_model->setLanguage(QStringLiteral("ru"));
    QCOMPARE(first.data(TourStepsModel::CaptionRole).toString(),
             m_builtIn.steps.first().caption.ru);
}

void TestTourStepsModel::showsTheFirstSentence()
{
    m_model->insertStep(0,
                        stepNamed(QStringLiteral("2021: the first billion. More follows here.")));
    QCOMPARE(m_model->index(0).data().toString(), QStringLiteral("2021: the first billion."));
    m_model->insertStep(1, stepNamed(QString(200, QLatin1Char('x'))));
    const QString shown = m_model->index(1).data().toString();
    QVERIFY(shown.size() < 90);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QCOMPARE(m_model->index(1).data(Qt::ToolTipRole).toString(), QString(200, QLatin1Char('x')));
}

QTEST_GUILESS_MAIN(TestTourStepsModel)
#include "tst_tourstepsmodel.moc"
