#pragma once

#include "models/tours/tour.h"
#include "render/export/exportcontext.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScreen;

namespace pe {

// The lecturer's screen while the class sees the slide: the step counter and the time
// since the start, the caption on screen now (with the answer of a reveal, which the class
// has not seen yet), what the next key brings with a picture of it, the speaker notes and
// the sources. It shows; the keys it receives are presentation mode's, like the window's.
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(QWidget *parent = nullptr);

    // base carries the dataset and language the next step's picture is drawn with.
    void showStep(const Tour &tour, int index, bool revealed, const ExportContext &base,
                  const QString &sources);
    void startClock();
    void stopClock();

    // A screen for the lecturer: any but the audience's; null with one screen.
    static QScreen *lecturerScreen(const QScreen *audience);
    void placeOn(QScreen *screen);

    // For tests and screenshots: what it shows.
    QString counterText() const;
    QString clockText() const;
    QString nowText() const;
    QString answerText() const; // empty unless a reveal holds its answer back
    QString nextText() const;
    QString notesText() const;
    QImage nextPicture() const { return m_nextImage; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void tick();
    void drawNextPicture(const TourStep &step, const ExportContext &base);

    QLabel *m_counter;
    QLabel *m_clock;
    QLabel *m_nowHeading;
    QLabel *m_now;
    QLabel *m_answer; // of a reveal, before the class sees it
    QLabel *m_sources;
    QLabel *m_nextHeading;
    QLabel *m_next;
    QLabel *m_nextPicture;
    QLabel *m_notesHeading;
    QPlainTextEdit *m_notes;
    QImage m_nextImage;
    QElapsedTimer m_elapsed;
    QTimer m_ticker;
};

} // namespace pe
