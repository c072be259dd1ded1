#pragma once

#include <QByteArray>
#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>

class QKeyEvent;
class QTimer;
class QMainWindow;
class QSplitter;
class QTabWidget;
class QTableView;
class QWidget;

namespace pe {

class DataChartView;
class DetailPane;
class TimelineView;

class BlankScreen;
class CaptionBar;
class PresenterCard;
class TourPlayer;
class StepCounter;
class StepOverview;

// Presentation mode: large type, a dark high-contrast palette, full screen, and nothing in
// front of a class but the pictures and the detail pane. The keys lecturers know from
// reveal.js and PowerPoint work at window level, whatever view has the focus, because a
// presenter's clicker sends them: next and previous step (the timeline's events, then the
// views), first and last, a black or white screen, go to a step, an overview of the steps
// and a card of the keys.
class PresentationMode : public QObject
{
    Q_OBJECT

public:
    // What changes when presenting; the window keeps owning all of it.
    struct Parts
    {
        QMainWindow *window = nullptr;
        QSplitter *splitter = nullptr; // the views beside the detail pane
        QTabWidget *tabs = nullptr;
        int timelineTab = 0;
        TimelineView *timeline = nullptr;
        DetailPane *detail = nullptr;
        QList<DataChartView *> charts;
        QList<QTableView *> tables;
        QList<QWidget *> hidden;    // filter bar, menu bar, status bar
        QList<QWidget *> secondary; // the lists beside the pictures: timeline, charts, ventures
        QList<QWidget *> controls;  // what stays on a slide to be used: the chart's pickers
        // The columns a table keeps on a slide, sharing its width but for the last (a year,
        // a count), as wide as its numbers; the others wait for the end of the lecture. A
        // table not named keeps all of them.
        QHash<QTableView *, QList<int>> slideColumns;
        // Tables whose heading above says what their columns hold: on a slide their header
        // gives its width to the names.
        QList<QTableView *> headedTables;
        // A page's list beside its table (the pairings per region) is wider on a slide.
        QSplitter *pageSplitter = nullptr;
    };

    explicit PresentationMode(const Parts &parts, QObject *parent = nullptr);

    bool isOn() const { return m_on; }
    // fullScreen false keeps the window's size: screenshots of presentation mode.
    void setOn(bool on, bool fullScreen = true);
    // The keys of presentation mode; false for any other key, or when not presenting.
    bool handleKey(QKeyEvent *event);

    // While a tour plays its steps are the tour's; the window shows each step and gives its
    // caption (or, before a reveal, its question) and the tour's title and step titles.
    void setTourPlayer(TourPlayer *player);
    void showCaption(const QString &caption, const QString &sources);
    void setTourTitles(const QString &title, const QStringList &stepTitles);
    // A tour's step without a record gives the detail pane's room to the slide.
    void setDetailShown(bool shown);
    bool isDetailShown() const;
    // Another window whose keys are presentation mode's too: the presenter view.
    void addKeyWindow(QWidget *window);
    // Esc held this long shows the overview instead of leaving (reveal.js).
    static constexpr int escapeHoldMs = 600;
    QString captionText() const;

    // Steps: the views, in tab order; on the timeline, its events come first.
    int stepCount() const;
    int currentStep() const;
    void goToStep(int step);

    // For tests and screenshots: what is shown over the views.
    bool isBlank() const;
    QColor blankColour() const;
    bool isShowingKeys() const;
    bool isShowingOverview() const;
    QString counterText() const;

signals:
    // After the palette is in place and before the window goes full screen: the window
    // re-themes its views.
    void toggled(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void step(int direction);
    void showKeys();
    void showOverview();
    void updateCounter();
    // Type for the size of the screen: 1 at 1280×720, up to 2 on larger screens.
    qreal stageFactor() const;
    void applyScale();
    void showSlideColumns(bool on);
    void reserveCaptionRoom(bool on);
    // The number typed after G (or a digit), shown in a prompt until Enter.
    bool handlePrompt(QKeyEvent *event);
    bool handleOverview(QKeyEvent *event);
    bool handleEscape(QKeyEvent *event);
    static bool isPresentationKey(const QKeyEvent *event);
    static int keyOf(const QKeyEvent *event);

    Parts m_parts;
    bool m_on = false;
    QByteArray m_splitterStateBefore;
    QByteArray m_pageSplitterStateBefore;
    QHash<QTableView *, QByteArray> m_headerStatesBefore;
    BlankScreen *m_blank = nullptr;
    StepCounter *m_counter = nullptr;
    PresenterCard *m_card = nullptr;
    StepOverview *m_overview = nullptr;
    CaptionBar *m_caption = nullptr;
    TourPlayer *m_tour = nullptr;
    QString m_tourTitle;
    QStringList m_stepTitles;
    bool m_prompting = false;
    bool m_forwarding = false; // a key sent on to the timeline is the timeline's
    QList<QWidget *> m_keyWindows;
    QTimer *m_escapeHold = nullptr; // runs from Esc's press; leaving waits for its release
    bool m_escapeHeld = false;
    bool m_detailWasVisible = true;
    qreal m_stage = 0; // the factor applyScale last applied
    QString m_typedStep;
};

} // namespace pe
