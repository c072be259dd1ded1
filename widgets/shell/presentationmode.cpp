#include "widgets/shell/presentationmode.h"

#include "widgets/charts/datachartview.h"
#include "widgets/shell/detailpane.h"
#include "widgets/style/appstyle.h"
#include "widgets/timeline/timelineview.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMainWindow>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

namespace pe {

namespace {
// Type in presentation mode: large enough for the back of a classroom, while the timeline
// still fits thirty years on one screen.
constexpr qreal fontScale = 1.6;
constexpr qreal detailScale = 1.35;
constexpr qreal tabScale = 1.4;
} // namespace

PresentationMode::PresentationMode(const Parts &parts, QObject *parent)
    : QObject(parent)
    , m_parts(parts)
{}

void PresentationMode::setOn(bool on, bool fullScreen)
{
    if (on == m_on)
        return;
    m_on = on;
    const qreal scale = on ? fontScale : 1.0;
    for (QWidget *widget : std::as_const(m_parts.hidden))
        widget->setVisible(!on);
    m_parts.tabs->tabBar()->setVisible(true);
    m_parts.timeline->setFontScale(scale);
    for (DataChartView *chart : std::as_const(m_parts.charts))
        chart->setFontScale(scale);
    m_parts.detail->setFontScale(on ? detailScale : 1.0);
    // No clutter in front of a class: the lists under the timeline and the chart give way
    // to the pictures; the detail pane stays, as the speaker's card.
    for (QWidget *secondary : std::as_const(m_parts.secondary))
        secondary->setVisible(!on);
    if (on) {
        m_splitterStateBefore = m_parts.splitter->saveState();
        const int width = m_parts.window->width();
        m_parts.splitter->setSizes({int(width * 0.7), int(width * 0.3)});
    } else if (!m_splitterStateBefore.isEmpty()) {
        m_parts.splitter->restoreState(m_splitterStateBefore);
    }
    QFont tabFont = QApplication::font();
    tabFont.setPointSizeF(tabFont.pointSizeF() * (on ? tabScale : 1.0));
    m_parts.tabs->tabBar()->setFont(tabFont);
    for (QTableView *table : std::as_const(m_parts.tables)) {
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * scale);
        table->setFont(f);
        table->verticalHeader()->setDefaultSectionSize(QFontMetrics(f).height() + 10);
    }
    // High contrast for a projector: light text on a dark ground everywhere.
    m_parts.window->setPalette(on ? appstyle::darkPalette() : QPalette());
    emit toggled(on);
    if (!fullScreen)
        return;
    if (on)
        m_parts.window->showFullScreen();
    else
        m_parts.window->showNormal();
}

bool PresentationMode::handleKey(QKeyEvent *event)
{
    if (!m_on)
        return false;
    switch (event->key()) {
    case Qt::Key_Escape:
        setOn(false);
        return true;
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        step(+1);
        return true;
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        step(-1);
        return true;
    default:
        return false;
    }
}

void PresentationMode::step(int direction)
{
    // A presenter clicker sends PageDown/PageUp: on the timeline they step through events,
    // elsewhere through the views.
    QTabWidget *tabs = m_parts.tabs;
    if (tabs->currentIndex() == m_parts.timelineTab) {
        QKeyEvent key(QEvent::KeyPress, direction > 0 ? Qt::Key_Right : Qt::Key_Left,
                      Qt::NoModifier);
        QApplication::sendEvent(m_parts.timeline, &key);
        return;
    }
    tabs->setCurrentIndex(std::clamp(tabs->currentIndex() + direction, 0, tabs->count() - 1));
}

} // namespace pe
