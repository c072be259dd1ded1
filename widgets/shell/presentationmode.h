#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QKeyEvent;
class QMainWindow;
class QSplitter;
class QTabWidget;
class QTableView;
class QWidget;

namespace pe {

class DataChartView;
class DetailPane;
class TimelineView;

// Presentation mode: large type, a dark high-contrast palette, full screen, and nothing in
// front of a class but the pictures and the detail pane. A presenter's clicker steps
// through the timeline's events or through the tabs.
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
        QList<QWidget *> secondary; // the lists under the timeline and the chart
    };

    explicit PresentationMode(const Parts &parts, QObject *parent = nullptr);

    bool isOn() const { return m_on; }
    // fullScreen false keeps the window's size: screenshots of presentation mode.
    void setOn(bool on, bool fullScreen = true);
    // Escape, PageUp/PageDown, Space and Backspace while presenting; false for any other key.
    bool handleKey(QKeyEvent *event);

signals:
    // After the palette is in place and before the window goes full screen: the window
    // re-themes its views.
    void toggled(bool on);

private:
    void step(int direction);

    Parts m_parts;
    bool m_on = false;
    QByteArray m_splitterStateBefore;
};

} // namespace pe
