#include "widgets/tours/presenterview.h"

#include "render/export/exportsource.h"
#include "render/viewtheme.h"
#include "widgets/export/exportregistry.h"
#include "widgets/export/tourhandout.h"
#include "widgets/style/appstyle.h"

#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QScreen>
#include <QVBoxLayout>

namespace pe {

namespace {

QLabel *plainLabel(qreal points, int weight, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // tour and dataset text is never markup
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont font = label->font();
    font.setPointSizeF(points);
    font.setWeight(QFont::Weight(weight));
    label->setFont(font);
    return label;
}

QString clock(qint64 milliseconds)
{
    const qint64 seconds = milliseconds / 1000;
    const QString minutesAndSeconds = QStringLiteral("%1:%2")
                                          .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                          .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return seconds >= 3600 ? QStringLiteral("%1:%2").arg(seconds / 3600).arg(minutesAndSeconds)
                           : minutesAndSeconds;
}

} // namespace

PresenterView::PresenterView(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_counter(plainLabel(30, QFont::Bold, this))
    , m_clock(plainLabel(30, QFont::Bold, this))
    , m_nowHeading(plainLabel(12, QFont::DemiBold, this))
    , m_now(plainLabel(20, QFont::DemiBold, this))
    , m_answer(plainLabel(16, QFont::Normal, this))
    , m_sources(plainLabel(12, QFont::Normal, this))
    , m_nextHeading(plainLabel(12, QFont::DemiBold, this))
    , m_next(plainLabel(14, QFont::Normal, this))
    , m_nextPicture(new QLabel(this))
    , m_notesHeading(plainLabel(12, QFont::DemiBold, this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("presenterView"));
    // The lecturer reads it in a dim room as the class reads the slide: the same dark ground.
    setPalette(appstyle::darkPalette());
    setAutoFillBackground(true);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignTop);
    for (QLabel *heading : {m_nowHeading, m_nextHeading, m_notesHeading})
        heading->setForegroundRole(QPalette::PlaceholderText);
    m_sources->setForegroundRole(QPalette::PlaceholderText);
    // The answer in the accent colour: the lecturer tells at a glance what the class has
    // not seen.
    m_answer->setForegroundRole(QPalette::Link);
    m_notes->setReadOnly(true);
    m_notes->setFrameShape(QFrame::NoFrame);
    QFont notesFont = m_notes->font();
    notesFont.setPointSizeF(18);
    m_notes->setFont(notesFont);
    m_nextPicture->setMinimumSize(320, 180);
    m_nextPicture->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(32, 24, 32, 24);
    grid->setHorizontalSpacing(40);
    grid->setVerticalSpacing(10);
    grid->addWidget(m_counter, 0, 0);
    grid->addWidget(m_clock, 0, 1);
    grid->addWidget(m_nowHeading, 1, 0);
    grid->addWidget(m_nextHeading, 1, 1);
    auto *now = new QVBoxLayout;
    now->addWidget(m_now);
    now->addWidget(m_answer);
    grid->addLayout(now, 2, 0);
    auto *next = new QVBoxLayout;
    next->addWidget(m_next);
    next->addWidget(m_nextPicture);
    next->addStretch();
    grid->addLayout(next, 2, 1, 3, 1);
    grid->addWidget(m_sources, 3, 0);
    grid->addWidget(m_notesHeading, 4, 0);
    grid->addWidget(m_notes, 5, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(5, 1);

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &PresenterView::tick);
    retranslateUi();
    tick();
}

QScreen *PresenterView::lecturerScreen(const QScreen *audience)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen != audience)
            return screen;
    }
    return nullptr;
}

void PresenterView::placeOn(QScreen *screen)
{
    if (!screen)
        return;
    setScreen(screen);
    setGeometry(screen->availableGeometry());
}

void PresenterView::showStep(const Tour &tour, int index, bool revealed, const ExportContext &base,
                             const QString &sources)
{
    const QString language = base.dataLanguage;
    const int count = int(tour.steps.size());
    if (index < 0 || index >= count)
        return;
    const TourStep &step = tour.steps.at(index);
    m_counter->setText(tr("%1 / %2").arg(index + 1).arg(count));
    const bool holding = !revealed && !step.revealRecord.isEmpty();
    // Before a reveal the class reads the question; the lecturer also sees the answer.
    m_now->setText(holding ? step.revealPrompt.text(language) : step.caption.text(language));
    m_answer->setText(holding ? tr("Answer: %1").arg(step.caption.text(language)) : QString());
    m_answer->setVisible(holding);
    m_sources->setText(sources);
    m_notes->setPlainText(step.notes.text(language));
    if (holding) {
        m_next->setText(tr("The answer, on this slide"));
        drawNextPicture(step, base);
    } else if (index + 1 < count) {
        const TourStep &next = tour.steps.at(index + 1);
        m_next->setText(next.revealRecord.isEmpty() ? next.caption.text(language)
                                                    : next.revealPrompt.text(language));
        TourStep shown = next;
        if (!next.revealRecord.isEmpty()) {
            // What the class will see first: the question, without its answer.
            shown.filter.heldBack.insert(next.revealRecord);
            shown.revealRecord.clear();
            if (shown.select == next.revealRecord)
                shown.select.clear();
        }
        drawNextPicture(shown, base);
    } else {
        m_next->setText(tr("End of the tour"));
        m_nextImage = QImage();
        m_nextPicture->clear();
    }
}

void PresenterView::drawNextPicture(const TourStep &step, const ExportContext &base)
{
    const ExportableView *view = ExportRegistry::find(TourHandout::pictureKey(step.view));
    if (!view || !base.dataset) {
        m_nextImage = QImage();
        m_nextPicture->clear();
        return;
    }
    const qreal ratio = devicePixelRatioF();
    const QSize size(480, 270);
    m_nextImage = QImage(size * ratio, QImage::Format_ARGB32_Premultiplied);
    m_nextImage.setDevicePixelRatio(ratio);
    const ViewTheme theme = ViewTheme::dark();
    m_nextImage.fill(theme.background);
    {
        QPainter painter(&m_nextImage);
        const ExportContext context = TourHandout::stepContext(step, base);
        view->build(context)->paint(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
    }
    m_nextPicture->setPixmap(QPixmap::fromImage(m_nextImage));
}

void PresenterView::startClock()
{
    m_elapsed.start();
    m_ticker.start();
    tick();
}

void PresenterView::stopClock()
{
    m_ticker.stop();
}

void PresenterView::tick()
{
    m_clock->setText(clock(m_elapsed.isValid() ? m_elapsed.elapsed() : 0));
}

QString PresenterView::counterText() const
{
    return m_counter->text();
}

QString PresenterView::clockText() const
{
    return m_clock->text();
}

QString PresenterView::nowText() const
{
    return m_now->text();
}

QString PresenterView::answerText() const
{
    return m_answer->text();
}

QString PresenterView::nextText() const
{
    return m_next->text();
}

QString PresenterView::notesText() const
{
    return m_notes->toPlainText();
}

void PresenterView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PresenterView::retranslateUi()
{
    setWindowTitle(tr("Presenter View"));
    m_nowHeading->setText(tr("On the screen"));
    m_nextHeading->setText(tr("Next"));
    m_notesHeading->setText(tr("Notes"));
}

} // namespace pe
