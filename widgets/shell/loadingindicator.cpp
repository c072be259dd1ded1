#include "widgets/shell/loadingindicator.h"

#include "models/datasetstore.h"

#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

namespace pe {

LoadingIndicator::LoadingIndicator(DatasetStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_label(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("loadingIndicator"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    m_label->setTextFormat(Qt::PlainText); // a file name is never markup
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16);
    m_cancel->setAutoRaise(true);
    m_delay->setSingleShot(true);
    m_delay->setInterval(showAfterMs);
    hide();
    retranslate();

    connect(m_cancel, &QToolButton::clicked, m_store, &DatasetStore::cancelLoading);
    connect(m_delay, &QTimer::timeout, this, &QWidget::show);
    connect(m_store, &DatasetStore::loadingStarted, this, &LoadingIndicator::start);
    connect(m_store, &DatasetStore::loadingProgressed, m_progress, &QProgressBar::setValue);
    connect(m_store, &DatasetStore::loadingFinished, this, [this] {
        m_delay->stop();
        hide();
    });
}

void LoadingIndicator::start(const QString &path)
{
    m_path = path;
    m_progress->setValue(0);
    retranslate();
    m_delay->start();
}

void LoadingIndicator::retranslate()
{
    m_label->setText(tr("Loading %1…").arg(QFileInfo(m_path).fileName()));
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading this dataset and keep the one in use"));
    m_cancel->setAccessibleName(tr("Cancel loading"));
    m_cancel->setAccessibleDescription(m_cancel->toolTip());
}

void LoadingIndicator::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pe
