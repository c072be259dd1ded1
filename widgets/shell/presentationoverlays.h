#pragma once

#include <QFrame>
#include <QStringList>

class QLabel;
class QListWidget;

namespace pe {

// The height the step counter takes at the bottom of the window, from the window's type:
// what the caption and the detail pane keep clear.
int counterRoom(const QWidget *window);

// What presentation mode lays over the window, each a child of it that covers or sits on
// the views without moving them.

// The whole window in black or white (B or "." / W): the class looks at the lecturer.
class BlankScreen : public QWidget
{
    Q_OBJECT

public:
    explicit BlankScreen(QWidget *window);
    void showColour(const QColor &colour);
    QColor colour() const { return m_colour; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QColor m_colour = Qt::black;
};

// "3 / 6 · Turnover" in a corner, and a thin progress line along the bottom.
class StepCounter : public QWidget
{
    Q_OBJECT

public:
    explicit StepCounter(QWidget *window);
    void setStep(int current, int count, const QString &title);
    QString text() const { return m_text; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QString m_text;
    qreal m_progress = 0;
};

// A card in the middle of the window: the keys (?) or a prompt ("Go to step: 4").
class PresenterCard : public QFrame
{
    Q_OBJECT

public:
    explicit PresenterCard(QWidget *window);
    // Rows of key and meaning.
    void showKeys(const QList<std::pair<QString, QString>> &keys, const QString &title);
    void showPrompt(const QString &text);
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void centre();

    QLabel *m_label;
};

// A tour step's caption along the bottom of the slide, with its sources underneath; or,
// while the step holds a record back, the question the class answers first. Dataset and
// tour text, so plain text only.
class CaptionBar : public QFrame
{
    Q_OBJECT

public:
    explicit CaptionBar(QWidget *window);
    void showCaption(const QString &caption, const QString &sources);
    QString caption() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void follow();

    QLabel *m_caption;
    QLabel *m_sources;
};

// Every step at once (O): the titles in a list; arrows move, Enter goes there.
class StepOverview : public QFrame
{
    Q_OBJECT

public:
    explicit StepOverview(QWidget *window);
    void showSteps(const QStringList &titles, int current, const QString &heading);
    int currentRow() const;
    void moveBy(int rows);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void centre();

    QLabel *m_heading;
    QListWidget *m_list;
};

} // namespace pe
