#include "models/datasetloader.h"
#include "render/viewtheme.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/shell/languagemanager.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/style/appstyle.h"
#include "widgets/timeline/timelineview.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

#include <cmath>

using namespace pe;

namespace {

// WCAG 2's contrast ratio of two colours.
qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](qreal v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The controls a reader works with, not Qt's insides (a spin box's line edit, a combo box's
// popup, a scroll area's bars, a tab bar's scroll buttons).
bool isInteractive(const QWidget *w)
{
    if (w->objectName().startsWith(QLatin1String("qt_")) || qobject_cast<const QScrollBar *>(w))
        return false;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p) ||
            qobject_cast<const QTabBar *>(p) || qobject_cast<const QLineEdit *>(p) ||
            p->objectName().startsWith(QLatin1String("qt_")))
            return false;
    }
    return w->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton *>(w);
}

} // namespace

// What a screen reader and a keyboard user get: a name and a description for every control,
// the points, bars and events the views draw as accessible children, charts stepped through
// with the arrows, and colours that read (WCAG AA) in every theme.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyControlHasANameAndADescription_data();
    void everyControlHasANameAndADescription();
    void aChartReadsItsPoints();
    void theArrowsStepThroughAChart();
    void theTimelineReadsEventsAndClusters();
    void followsTheSystemFontSize();
    void coloursReadInEveryTheme_data();
    void coloursReadInEveryTheme();

private:
    LanguageManager *m_languages = nullptr;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QAccessible::setActive(true);
    m_languages = new LanguageManager(this);
    m_window = new MainWindow(m_languages);
    QVERIFY(m_window->openDataset(DatasetLoader::builtInPath(), true));
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestAccessibility::cleanupTestCase()
{
    delete m_window;
}

void TestAccessibility::everyControlHasANameAndADescription_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageManager::languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestAccessibility::everyControlHasANameAndADescription()
{
    QFETCH(QString, language);
    m_languages->setLanguage(language);
    QStringList missing;
    for (QWidget *w : m_window->findChildren<QWidget *>()) {
        if (!isInteractive(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name).trimmed();
        const QString description = iface->text(QAccessible::Description).trimmed();
        if (name.isEmpty() || description.isEmpty())
            missing.append(
                QStringLiteral("%1 \"%2\"%3%4")
                    .arg(QLatin1String(w->metaObject()->className()), w->objectName(),
                         name.isEmpty() ? QStringLiteral(" no name") : QString(),
                         description.isEmpty() ? QStringLiteral(" no description") : QString()));
    }
    m_languages->setLanguage(QStringLiteral("en"));
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
}

// The turnover chart's figures as a screen reader lists them: value, year, side, source.
void TestAccessibility::aChartReadsItsPoints()
{
    m_window->showView(MainWindow::View::Turnover);
    QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(m_window->turnoverChart());
    QVERIFY(chart);
    QCOMPARE(chart->role(), QAccessible::Chart);
    QVERIFY(chart->childCount() > 10);
    QStringList names;
    for (int i = 0; i < chart->childCount(); ++i) {
        QAccessibleInterface *point = chart->child(i);
        QVERIFY(point && point->isValid());
        QCOMPARE(point->parent(), chart);
        QCOMPARE(chart->indexOfChild(point), i);
        QVERIFY(!point->rect().isEmpty());
        names.append(point->text(QAccessible::Name) + QStringLiteral(" | ") +
                     point->text(QAccessible::Description));
    }
    const QString record =
        names.filter(QStringLiteral("2014")).filter(QStringLiteral("966.8")).value(0);
    QVERIFY2(record.contains(QStringLiteral("note 61")), qPrintable(names.join(u'\n')));
}

// Tab reaches the chart, the arrows walk its points, Enter opens one in the detail pane.
void TestAccessibility::theArrowsStepThroughAChart()
{
    m_window->showView(MainWindow::View::Turnover);
    TurnoverChart *chart = m_window->turnoverChart();
    chart->setFocus(Qt::TabFocusReason);
    QVERIFY(chart->hasFocus());
    QCOMPARE(chart->keyboardItem(), -1);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->keyboardItem(), 0);
    QTest::keyClick(chart, Qt::Key_Right);
    QCOMPARE(chart->keyboardItem(), 1);
    QTest::keyClick(chart, Qt::Key_End);
    const int last = int(chart->chartItems().size()) - 1;
    QCOMPARE(chart->keyboardItem(), last);
    QTest::keyClick(chart, Qt::Key_Right); // stays at the end
    QCOMPARE(chart->keyboardItem(), last);
    QTest::keyClick(chart, Qt::Key_Left);
    QTest::keyClick(chart, Qt::Key_Return);
    QCOMPARE(m_window->selectedId(), chart->chartItems().at(last - 1).id);
    // The accessible child under the keyboard says it has the focus.
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
    QVERIFY(iface->child(last - 1)->state().focused);
    QVERIFY(!iface->child(0)->state().focused);
}

// Timeline events are read with their date and category; a cluster is a list of its events.
void TestAccessibility::theTimelineReadsEventsAndClusters()
{
    m_window->showView(MainWindow::View::Timeline);
    m_window->timeline()->fitAll();
    QAccessibleInterface *timeline = QAccessible::queryAccessibleInterface(m_window->timeline());
    QVERIFY(timeline && timeline->childCount() > 5);
    QAccessibleInterface *cluster = nullptr;
    QAccessibleInterface *event = nullptr;
    for (int i = 0; i < timeline->childCount(); ++i) {
        QAccessibleInterface *child = timeline->child(i);
        if (child->role() == QAccessible::List && !cluster)
            cluster = child;
        if (child->role() == QAccessible::ListItem && !event)
            event = child;
    }
    QVERIFY(cluster && event);
    QVERIFY(cluster->childCount() > 1);
    QVERIFY2(cluster->text(QAccessible::Name).contains(QString::number(cluster->childCount())),
             qPrintable(cluster->text(QAccessible::Name)));
    QCOMPARE(cluster->child(0)->parent(), cluster);
    QVERIFY(!cluster->child(0)->text(QAccessible::Name).isEmpty());
    QVERIFY(!event->text(QAccessible::Description).isEmpty());
}

// A reader who set a bigger font gets bigger labels in the timeline and the charts too.
void TestAccessibility::followsTheSystemFontSize()
{
    const QFont before = QApplication::font();
    QFont big = before;
    big.setPointSizeF(15);
    QApplication::setFont(big);
    QTRY_COMPARE(m_window->timeline()->theme().baseFontPointSize, 15.0);
    QCOMPARE(m_window->turnoverChart()->theme().baseFontPointSize, 15.0);
    QApplication::setFont(before);
    QTRY_VERIFY(m_window->timeline()->theme().baseFontPointSize < 15.0);
}

void TestAccessibility::coloursReadInEveryTheme_data()
{
    QTest::addColumn<QColor>("foreground");
    QTest::addColumn<QColor>("background");
    QTest::addColumn<qreal>("minimum");
    const QList<std::pair<const char *, QPalette>> palettes = {
        {"light", appstyle::lightPalette()}, {"dark and presentation", appstyle::darkPalette()}};
    for (const auto &[name, p] : palettes) {
        const QList<std::tuple<const char *, QPalette::ColorRole, QPalette::ColorRole>> pairs = {
            {"text", QPalette::Text, QPalette::Base},
            {"window text", QPalette::WindowText, QPalette::Window},
            {"button text", QPalette::ButtonText, QPalette::Button},
            {"selected text", QPalette::HighlightedText, QPalette::Highlight},
            {"link", QPalette::Link, QPalette::Base},
            {"tooltip", QPalette::ToolTipText, QPalette::ToolTipBase},
            {"alternate row", QPalette::Text, QPalette::AlternateBase}};
        for (const auto &[what, fg, bg] : pairs)
            QTest::addRow("%s, %s", name, what) << p.color(fg) << p.color(bg) << 4.5;
        // A placeholder is a hint, not content, but it still has to be read.
        QTest::addRow("%s, placeholder", name)
            << p.color(QPalette::PlaceholderText) << p.color(QPalette::Base) << 3.0;
        // The frame around the keyboard's row or chart item is a control's focus indicator
        // (WCAG 1.4.11: 3 : 1 against what it borders).
        QTest::addRow("%s, focus frame", name)
            << p.color(QPalette::Highlight) << p.color(QPalette::Base) << 3.0;
    }
    const QList<std::pair<const char *, ViewTheme>> themes = {{"chart light", ViewTheme::light()},
                                                              {"chart dark", ViewTheme::dark()},
                                                              {"chart print", ViewTheme::print()}};
    for (const auto &[name, theme] : themes) {
        QTest::addRow("%s, text", name) << theme.text << theme.background << 4.5;
        QTest::addRow("%s, muted text", name) << theme.mutedText << theme.background << 4.5;
        QTest::addRow("%s, axis", name) << theme.axis << theme.background << 3.0;
    }
}

void TestAccessibility::coloursReadInEveryTheme()
{
    QFETCH(QColor, foreground);
    QFETCH(QColor, background);
    QFETCH(qreal, minimum);
    const qreal ratio = contrast(foreground, background);
    QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1 on %2: %3 : 1")
                                              .arg(foreground.name(), background.name())
                                              .arg(ratio, 0, 'f', 2)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
