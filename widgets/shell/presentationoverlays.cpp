#include "widgets/shell/presentationoverlays.h"

#include <QApplication>
#include <QEvent>
#include <QFontInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

namespace pe {

namespace {

// Overlays follow the window's size: they are its children, not in any layout.
void fillParent(QWidget *overlay)
{
    if (QWidget *parent = overlay->parentWidget())
        overlay->setGeometry(parent->rect());
}

// In the window's colours as they are now (presentation mode's dark palette), and in its
// large type: the card is read from the back of the room.
void styleCard(QFrame *card)
{
    const QWidget *window = card->parentWidget() ? card->parentWidget() : card;
    const QPalette palette = window->palette();
    const qreal points = QFontInfo(window->font()).pointSizeF() * 1.5;
    card->setStyleSheet(QStringLiteral("#%1 { background: %2; border: 2px solid %3; "
                                       "border-radius: 10px; } QLabel, QListWidget { color: %4; "
                                       "background: transparent; border: none; "
                                       "font-size: %5pt; }")
                            .arg(card->objectName(), palette.color(QPalette::Window).name(),
                                 palette.color(QPalette::Highlight).name(),
                                 palette.color(QPalette::WindowText).name())
                            .arg(points, 0, 'f', 1));
}

} // namespace

int counterRoom(const QWidget *window)
{
    return QFontMetrics(window->font()).height() * 11 / 10 + 20;
}

BlankScreen::BlankScreen(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("blankScreen"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    window->installEventFilter(this);
    hide();
}

void BlankScreen::showColour(const QColor &colour)
{
    m_colour = colour;
    fillParent(this);
    raise();
    show();
    update();
}

void BlankScreen::paintEvent(QPaintEvent *)
{
    QPainter(this).fillRect(rect(), m_colour);
}

bool BlankScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        fillParent(this);
    return QWidget::eventFilter(watched, event);
}

StepCounter::StepCounter(QWidget *window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("stepCounter"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    window->installEventFilter(this);
    hide();
}

void StepCounter::setStep(int current, int count, const QString &title)
{
    m_text = tr("%1 / %2 · %3", "step of steps · title").arg(current).arg(count).arg(title);
    m_progress = count > 0 ? qreal(current) / count : 0;
    follow();
    update();
}

void StepCounter::follow()
{
    fillParent(this);
    raise();
}

void StepCounter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Discreet: small muted text in the bottom right corner and a 3 px line under it.
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const QRect box(width() - metrics.horizontalAdvance(m_text) - 28,
                    height() - metrics.height() - 16, metrics.horizontalAdvance(m_text) + 16,
                    metrics.height() + 6);
    QColor ground = palette().color(QPalette::Window);
    ground.setAlphaF(0.8f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ground);
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(box, Qt::AlignCenter, m_text);
    painter.fillRect(QRectF(0, height() - 3, width() * m_progress, 3),
                     palette().color(QPalette::Highlight));
}

bool StepCounter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        follow();
    return QWidget::eventFilter(watched, event);
}

PresenterCard::PresenterCard(QWidget *window)
    : QFrame(window)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("presenterCard"));
    // Keys and prompts are the app's own words, never the dataset's: rich text is safe here.
    m_label->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->addWidget(m_label);
    window->installEventFilter(this);
    hide();
}

void PresenterCard::showKeys(const QList<std::pair<QString, QString>> &keys, const QString &title)
{
    QString html = QStringLiteral("<h2>%1</h2><table cellspacing='0' cellpadding='5'>")
                       .arg(title.toHtmlEscaped());
    for (const auto &[key, meaning] : keys)
        html += QStringLiteral("<tr><td align='right'><b>%1</b></td><td>%2</td></tr>")
                    .arg(key.toHtmlEscaped(), meaning.toHtmlEscaped());
    html += QStringLiteral("</table>");
    m_label->setText(html);
    centre();
    show();
}

void PresenterCard::showPrompt(const QString &text)
{
    m_label->setText(QStringLiteral("<h2>%1</h2>").arg(text.toHtmlEscaped()));
    centre();
    show();
}

QString PresenterCard::text() const
{
    return m_label->text();
}

void PresenterCard::centre()
{
    styleCard(this);
    adjustSize();
    if (QWidget *parent = parentWidget())
        move((parent->width() - width()) / 2, (parent->height() - height()) / 2);
    raise();
}

bool PresenterCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        centre();
    return QFrame::eventFilter(watched, event);
}

CaptionBar::CaptionBar(QWidget *window)
    : QFrame(window)
    , m_caption(new QLabel(this))
    , m_sources(new QLabel(this))
{
    setObjectName(QStringLiteral("captionBar"));
    for (QLabel *label : {m_caption, m_sources}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->setSpacing(4);
    layout->addWidget(m_caption);
    layout->addWidget(m_sources);
    window->installEventFilter(this);
    hide();
}

void CaptionBar::showCaption(const QString &caption, const QString &sources)
{
    m_caption->setText(caption);
    m_sources->setText(sources);
    m_sources->setVisible(!sources.isEmpty());
    follow();
    show();
}

QString CaptionBar::caption() const
{
    return isVisible() ? m_caption->text() : QString();
}

void CaptionBar::follow()
{
    QWidget *parent = parentWidget();
    if (!parent)
        return;
    styleCard(this);
    m_sources->setStyleSheet(QStringLiteral("font-size: %1pt;")
                                 .arg(QFontInfo(parent->font()).pointSizeF() * 1.1, 0, 'f', 1));
    const int width = std::min(parent->width() - 48, parent->font().pointSizeF() > 0
                                                         ? int(1400 * parent->font().pointSizeF() /
                                                               QApplication::font().pointSizeF())
                                                         : 1400);
    setFixedWidth(width);
    adjustSize();
    // Above the step counter in the corner below it.
    move((parent->width() - width) / 2, parent->height() - height() - counterRoom(parent));
    raise();
}

bool CaptionBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        follow();
    return QFrame::eventFilter(watched, event);
}

StepOverview::StepOverview(QWidget *window)
    : QFrame(window)
    , m_heading(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("stepOverview"));
    m_heading->setTextFormat(Qt::PlainText); // a tour's title: never markup
    m_list->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_heading);
    layout->addWidget(m_list);
    window->installEventFilter(this);
    hide();
}

void StepOverview::showSteps(const QStringList &titles, int current, const QString &heading)
{
    m_heading->setText(heading);
    m_list->clear();
    for (int i = 0; i < titles.size(); ++i)
        m_list->addItem(tr("%1. %2", "step number. title").arg(i + 1).arg(titles.at(i)));
    m_list->setCurrentRow(current);
    centre();
    show();
}

int StepOverview::currentRow() const
{
    return m_list->currentRow();
}

void StepOverview::moveBy(int rows)
{
    m_list->setCurrentRow(std::clamp(m_list->currentRow() + rows, 0, m_list->count() - 1));
}

void StepOverview::centre()
{
    styleCard(this);
    if (QWidget *parent = parentWidget()) {
        resize(std::min(parent->width() - 80, 900), std::min(parent->height() - 80, 700));
        move((parent->width() - width()) / 2, (parent->height() - height()) / 2);
    }
    raise();
}

bool StepOverview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        centre();
    return QFrame::eventFilter(watched, event);
}

} // namespace pe
