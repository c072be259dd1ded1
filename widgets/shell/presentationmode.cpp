#include "widgets/shell/presentationmode.h"

#include "widgets/charts/datachartview.h"
#include "widgets/shell/detailpane.h"
#include "widgets/shell/presentationoverlays.h"
#include "widgets/style/appstyle.h"
#include "widgets/timeline/timelineview.h"
#include "widgets/tours/tourplayer.h"

#include <QApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLayout>
#include <QMainWindow>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

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
    , m_blank(new BlankScreen(parts.window))
    , m_counter(new StepCounter(parts.window))
    , m_card(new PresenterCard(parts.window))
    , m_overview(new StepOverview(parts.window))
    , m_caption(new CaptionBar(parts.window))
{
    connect(m_parts.tabs, &QTabWidget::currentChanged, this, [this] { updateCounter(); });
    m_keyWindows.append(parts.window);
    m_escapeHold = new QTimer(this);
    m_escapeHold->setSingleShot(true);
    m_escapeHold->setInterval(escapeHoldMs);
    connect(m_escapeHold, &QTimer::timeout, this, [this] {
        m_escapeHeld = true;
        showOverview();
    });
}

void PresentationMode::addKeyWindow(QWidget *window)
{
    if (!m_keyWindows.contains(window))
        m_keyWindows.append(window);
}

void PresentationMode::setDetailShown(bool shown)
{
    if (!m_on)
        return;
    m_parts.detail->setVisible(shown);
}

bool PresentationMode::isDetailShown() const
{
    return m_parts.detail->isVisible();
}

void PresentationMode::setOn(bool on, bool fullScreen)
{
    if (on == m_on)
        return;
    m_on = on;
    for (QWidget *widget : std::as_const(m_parts.hidden))
        widget->setVisible(!on);
    m_parts.tabs->tabBar()->setVisible(true);
    // No clutter in front of a class: the lists beside the timeline and the charts give way
    // to the pictures; the detail pane stays, as the speaker's card.
    for (QWidget *secondary : std::as_const(m_parts.secondary))
        secondary->setVisible(!on);
    // A slide cites its sources in the caption; the formatted citation is for the desk.
    m_parts.detail->setCitationShown(!on);
    if (on) {
        m_detailWasVisible = m_parts.detail->isVisible();
        m_splitterStateBefore = m_parts.splitter->saveState();
        const int width = m_parts.window->width();
        m_parts.splitter->setSizes({int(width * 0.7), int(width * 0.3)});
        if (QSplitter *page = m_parts.pageSplitter) {
            m_pageSplitterStateBefore = page->saveState();
            page->setSizes({int(width * 0.42), int(width * 0.28)});
        }
    } else if (!m_splitterStateBefore.isEmpty()) {
        m_parts.splitter->restoreState(m_splitterStateBefore);
        if (m_parts.pageSplitter)
            m_parts.pageSplitter->restoreState(m_pageSplitterStateBefore);
    }
    m_stage = 0;
    applyScale();
    showSlideColumns(on);
    // High contrast for a projector: light text on a dark ground everywhere.
    m_parts.window->setPalette(on ? appstyle::darkPalette() : QPalette());
    // The keys are read before any view sees them: a table would keep Space, the timeline
    // the arrows, a hidden menu bar its shortcuts.
    if (on)
        qApp->installEventFilter(this);
    else
        qApp->removeEventFilter(this);
    m_blank->hide();
    m_card->hide();
    m_overview->hide();
    m_escapeHold->stop();
    m_escapeHeld = false;
    if (!on) {
        m_parts.detail->setVisible(m_detailWasVisible);
        m_caption->hide();
        reserveCaptionRoom(false);
        if (m_tour)
            m_tour->stop();
    }
    m_prompting = false;
    m_counter->setVisible(on);
    updateCounter();
    emit toggled(on);
    if (!fullScreen)
        return;
    if (on)
        m_parts.window->showFullScreen();
    else
        m_parts.window->showNormal();
}

qreal PresentationMode::stageFactor() const
{
    // A slide keeps its proportions on any screen, as reveal.js scales its slides: type sized
    // for 1280×720 grows with a projector's 1920×1080 rather than shrinking into it.
    if (!m_on)
        return 1.0;
    const QSize size = m_parts.window->size();
    return std::clamp(std::min(size.height() / 720.0, size.width() / 1280.0), 1.0, 2.0);
}

void PresentationMode::applyScale()
{
    const qreal stage = stageFactor();
    if (std::abs(stage - m_stage) < 0.05)
        return;
    m_stage = stage;
    const qreal scale = m_on ? fontScale * stage : 1.0;
    m_parts.timeline->setFontScale(scale);
    for (DataChartView *chart : std::as_const(m_parts.charts))
        chart->setFontScale(scale);
    m_parts.detail->setFontScale(m_on ? detailScale * stage : 1.0);
    // Out of presentation mode every font is the inherited one again (an empty QFont sets
    // nothing), so that a change of the system's font size still reaches them.
    const auto sized = [this](qreal factor) {
        if (!m_on)
            return QFont();
        QFont f = QApplication::font();
        f.setPointSizeF(f.pointSizeF() * factor);
        return f;
    };
    const QFont tabFont = sized(tabScale * stage);
    m_parts.tabs->tabBar()->setFont(tabFont);
    // A control the lecturer uses in front of the class is read from the back row too.
    for (QWidget *control : std::as_const(m_parts.controls))
        control->setFont(tabFont);
    for (QTableView *table : std::as_const(m_parts.tables)) {
        table->setFont(sized(scale));
        table->horizontalHeader()->setFont(sized(scale));
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    }
    // The cards, the caption and the counter take the window's type.
    m_parts.window->setFont(sized(stage));
    // The step counter sits in the bottom corner, over the detail pane: its text ends above.
    m_parts.detail->setContentsMargins(0, 0, 0, m_on ? counterRoom(m_parts.window) : 0);
}

void PresentationMode::showSlideColumns(bool on)
{
    for (auto it = m_parts.slideColumns.cbegin(); it != m_parts.slideColumns.cend(); ++it) {
        QHeaderView *header = it.key()->horizontalHeader();
        if (m_parts.headedTables.contains(it.key()))
            header->setVisible(!on);
        if (!on) {
            header->restoreState(m_headerStatesBefore.value(it.key()));
            continue;
        }
        m_headerStatesBefore.insert(it.key(), header->saveState());
        const QList<int> &kept = it.value();
        for (int column = 0; column < header->count(); ++column) {
            header->setSectionHidden(column, !kept.contains(column));
            header->setSectionResizeMode(column, column == kept.constLast()
                                                     ? QHeaderView::ResizeToContents
                                                     : QHeaderView::Stretch);
        }
    }
}

int PresentationMode::keyOf(const QKeyEvent *event)
{
    // Under a Russian, Kazakh or Belarusian layout the letter keys send Cyrillic letters: the
    // keys at the places of B, W, G, O and "." mean what those do.
    switch (event->key()) {
    case 0x0418: // И
    case 0x0406: // І (Belarusian, in the place of И)
        return Qt::Key_B;
    case 0x0426: // Ц
        return Qt::Key_W;
    case 0x041F: // П
        return Qt::Key_G;
    case 0x0429: // Щ
    case 0x040E: // Ў (Belarusian, in the place of Щ)
        return Qt::Key_O;
    case 0x042E: // Ю
        return Qt::Key_Period;
    default:
        return event->key();
    }
}

bool PresentationMode::isPresentationKey(const QKeyEvent *event)
{
    // With Ctrl or Alt held a key is a shortcut (Alt+2 shows a view): not ours.
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int key = keyOf(event);
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_B:
    case Qt::Key_Period:
    case Qt::Key_W:
    case Qt::Key_G:
    case Qt::Key_O:
    case Qt::Key_Question:
    case Qt::Key_Escape:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return true;
    default:
        return key >= Qt::Key_0 && key <= Qt::Key_9;
    }
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    if (m_on && watched == m_parts.window && event->type() == QEvent::Resize) {
        applyScale();
        return false;
    }
    if (!m_on || m_forwarding ||
        (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride &&
         event->type() != QEvent::KeyRelease))
        return false;
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || !m_keyWindows.contains(widget->window()))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (event->type() == QEvent::KeyRelease)
        return key->key() == Qt::Key_Escape && handleEscape(key);
    if (event->type() == QEvent::ShortcutOverride) {
        // Claimed here, the key comes back as a key press instead of firing a shortcut.
        if (isPresentationKey(key) || m_blank->isVisible() || m_card->isVisible()) {
            event->accept();
            return true;
        }
        return false;
    }
    return handleKey(key);
}

bool PresentationMode::handleKey(QKeyEvent *event)
{
    if (!m_on)
        return false;
    const bool modifierOnly = event->key() == Qt::Key_Shift || event->key() == Qt::Key_Control ||
                              event->key() == Qt::Key_Alt || event->key() == Qt::Key_Meta;
    // Any key brings the class back from a blank screen or closes the card of keys.
    if (m_blank->isVisible()) {
        if (!modifierOnly)
            m_blank->hide();
        return true;
    }
    if (m_prompting)
        return handlePrompt(event);
    if (m_overview->isVisible())
        return handleOverview(event);
    if (m_card->isVisible()) {
        if (!modifierOnly)
            m_card->hide();
        return true;
    }
    if (!isPresentationKey(event))
        return false;
    switch (keyOf(event)) {
    case Qt::Key_Escape:
        return handleEscape(event);
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        step(+1);
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        step(-1);
        return true;
    case Qt::Key_Home:
        goToStep(0);
        return true;
    case Qt::Key_End:
        goToStep(stepCount() - 1);
        return true;
    case Qt::Key_B:
    case Qt::Key_Period:
        m_blank->showColour(Qt::black);
        return true;
    case Qt::Key_W:
        m_blank->showColour(Qt::white);
        return true;
    case Qt::Key_O:
        showOverview();
        return true;
    case Qt::Key_Question:
        showKeys();
        return true;
    case Qt::Key_G:
        m_prompting = true;
        m_typedStep.clear();
        m_card->showPrompt(tr("Go to step: %1").arg(QStringLiteral("…")));
        return true;
    default:
        if (event->key() >= Qt::Key_0 && event->key() <= Qt::Key_9) {
            m_prompting = true;
            m_typedStep.clear();
            return handlePrompt(event);
        }
        return true;
    }
}

bool PresentationMode::handleEscape(QKeyEvent *event)
{
    // A tap leaves; held, the overview opens and the release then does nothing. The keys a
    // held Esc repeats are swallowed.
    if (event->isAutoRepeat())
        return true;
    if (event->type() == QEvent::KeyPress) {
        m_escapeHeld = false;
        m_escapeHold->start();
        return true;
    }
    if (m_escapeHold->isActive()) {
        m_escapeHold->stop();
        setOn(false);
    }
    m_escapeHeld = false;
    return true;
}

bool PresentationMode::handlePrompt(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && m_typedStep.size() < 3) {
        m_typedStep += QChar(u'0' + (key - Qt::Key_0));
    } else if (key == Qt::Key_Backspace) {
        m_typedStep.chop(1);
    } else if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        m_prompting = false;
        m_card->hide();
        if (!m_typedStep.isEmpty())
            goToStep(m_typedStep.toInt() - 1);
        return true;
    } else if (key != Qt::Key_G) {
        // Anything else gives up.
        m_prompting = false;
        m_card->hide();
        return true;
    }
    m_card->showPrompt(
        tr("Go to step: %1").arg(m_typedStep.isEmpty() ? QStringLiteral("…") : m_typedStep));
    return true;
}

bool PresentationMode::handleOverview(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        m_overview->moveBy(-1);
        break;
    case Qt::Key_Down:
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        m_overview->moveBy(+1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_overview->hide();
        goToStep(m_overview->currentRow());
        break;
    default:
        m_overview->hide();
        break;
    }
    return true;
}

void PresentationMode::setTourPlayer(TourPlayer *player)
{
    m_tour = player;
    connect(player, &TourPlayer::stopped, this, [this] {
        m_caption->hide();
        reserveCaptionRoom(false);
        updateCounter();
    });
}

void PresentationMode::showCaption(const QString &caption, const QString &sources)
{
    m_caption->showCaption(caption, sources);
    reserveCaptionRoom(true);
    updateCounter();
}

void PresentationMode::reserveCaptionRoom(bool on)
{
    // The views end above the caption rather than under it: nothing of a slide is hidden.
    if (QWidget *central = m_parts.window->centralWidget(); central && central->layout())
        central->layout()->setContentsMargins(
            0, 0, 0, on ? m_caption->height() + counterRoom(m_parts.window) + 12 : 0);
}

void PresentationMode::setTourTitles(const QString &title, const QStringList &stepTitles)
{
    m_tourTitle = title;
    m_stepTitles = stepTitles;
}

QString PresentationMode::captionText() const
{
    return m_caption->caption();
}

int PresentationMode::stepCount() const
{
    if (m_tour && m_tour->isPlaying())
        return m_tour->stepCount();
    return m_parts.tabs->count();
}

int PresentationMode::currentStep() const
{
    if (m_tour && m_tour->isPlaying())
        return m_tour->currentIndex();
    return m_parts.tabs->currentIndex();
}

void PresentationMode::goToStep(int step)
{
    if (m_tour && m_tour->isPlaying())
        m_tour->goTo(step);
    else
        m_parts.tabs->setCurrentIndex(std::clamp(step, 0, stepCount() - 1));
    updateCounter();
}

void PresentationMode::step(int direction)
{
    if (m_tour && m_tour->isPlaying()) {
        direction > 0 ? m_tour->next() : m_tour->previous();
        updateCounter();
        return;
    }
    // On the timeline a step is its next event; past the last one, the next view.
    QTabWidget *tabs = m_parts.tabs;
    if (tabs->currentIndex() == m_parts.timelineTab) {
        const QString before = m_parts.timeline->currentId();
        QKeyEvent key(QEvent::KeyPress, direction > 0 ? Qt::Key_Right : Qt::Key_Left,
                      Qt::NoModifier);
        m_forwarding = true;
        QApplication::sendEvent(m_parts.timeline, &key);
        m_forwarding = false;
        if (m_parts.timeline->currentId() != before)
            return;
    }
    goToStep(tabs->currentIndex() + direction);
}

void PresentationMode::showKeys()
{
    m_card->showKeys({{tr("→  ↓  Page Down  Space"), tr("next step")},
                      {tr("←  ↑  Page Up  Backspace"), tr("previous step")},
                      {tr("Home  End"), tr("first, last step")},
                      {tr("B  or  ."), tr("black screen (any key returns)")},
                      {tr("W"), tr("white screen")},
                      {tr("G, or a number, then Enter"), tr("go to a step")},
                      {tr("O, or Esc held"), tr("overview of the steps")},
                      {tr("?"), tr("these keys")},
                      {tr("Esc"), tr("leave presentation mode")}},
                     tr("Presentation keys"));
}

void PresentationMode::showOverview()
{
    QStringList titles;
    if (m_tour && m_tour->isPlaying()) {
        titles = m_stepTitles;
    } else {
        for (int i = 0; i < m_parts.tabs->count(); ++i)
            titles.append(m_parts.tabs->tabText(i).remove(QLatin1Char('&')));
    }
    m_overview->showSteps(titles, currentStep(),
                          tr("Steps — arrows to choose, Enter to go, any other key to close"));
}

void PresentationMode::updateCounter()
{
    if (!m_on)
        return;
    const bool touring = m_tour && m_tour->isPlaying();
    m_counter->setStep(currentStep() + 1, stepCount(),
                       touring ? m_tourTitle
                               : m_parts.tabs->tabText(currentStep()).remove(QLatin1Char('&')));
}

bool PresentationMode::isBlank() const
{
    return m_blank->isVisible();
}

QColor PresentationMode::blankColour() const
{
    return m_blank->colour();
}

bool PresentationMode::isShowingKeys() const
{
    return m_card->isVisible() && !m_prompting;
}

bool PresentationMode::isShowingOverview() const
{
    return m_overview->isVisible();
}

QString PresentationMode::counterText() const
{
    return m_counter->isVisible() ? m_counter->text() : QString();
}

} // namespace pe
