#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;
class QToolButton;

namespace pe {

class DatasetStore;

// The status bar's word on a dataset being read in the background: its name, how far the
// reading has got, and a button to cancel it. It appears only for loads that last (a short
// one would only flash) and hides when the load ends.
class LoadingIndicator : public QWidget
{
    Q_OBJECT

public:
    explicit LoadingIndicator(DatasetStore *store, QWidget *parent = nullptr);

    static constexpr int showAfterMs = 300;

protected:
    void changeEvent(QEvent *event) override;

private:
    void start(const QString &path);
    void retranslate();

    DatasetStore *m_store;
    QString m_path;
    QLabel *m_label;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QTimer *m_delay;
};

} // namespace pe
