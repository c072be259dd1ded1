#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace pe {

class TourStepsModel;

// Where a lecturer prepares a tour: its title, its steps in order (add the view on screen,
// move, remove) and, for the step chosen, the caption the class reads and the notes the
// lecturer keeps. It edits the model; opening, saving and presenting are the window's.
class TourEditor : public QWidget
{
    Q_OBJECT

public:
    static constexpr int captionLength = 240; // what a slide holds, as the built-in tours

    explicit TourEditor(TourStepsModel *model, QWidget *parent = nullptr);

    int currentRow() const;
    void setCurrentRow(int row);
    QTableView *stepsView() const { return m_steps; }
    QPlainTextEdit *captionEdit() const { return m_caption; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QLineEdit *titleEdit() const { return m_title; }
    // What the chosen step shows ("Turnover · 2021 · sources: note 97"), set by the window,
    // which knows the dataset.
    void setStepSummary(const QString &summary);

signals:
    // The view on screen, as a step after row (-1: at the end).
    void addRequested(int afterRow);
    void presentRequested(int fromRow);
    void saveRequested();
    void currentRowChanged(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    // Title and steps from the model, the first step chosen.
    void reload();
    void showStep(int row);
    void moveCurrent(int by);
    void removeCurrent();
    void updateButtons();
    void updateCaptionCount();

    TourStepsModel *m_model;
    QLineEdit *m_title;
    QTableView *m_steps;
    QToolButton *m_add;
    QToolButton *m_up;
    QToolButton *m_down;
    QToolButton *m_remove;
    QLabel *m_summary;
    QLabel *m_captionLabel;
    QLabel *m_captionCount;
    QPlainTextEdit *m_caption;
    QLabel *m_notesLabel;
    QPlainTextEdit *m_notes;
    QPushButton *m_present;
    QPushButton *m_save;
    bool m_loading = false; // filling the fields from the model, not the user typing
};

} // namespace pe
