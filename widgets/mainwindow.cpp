#include "mainwindow.h"

#include "eventmodel.h"
#include "languagemanager.h"
#include "observationmodel.h"
#include "pairingmodel.h"
#include "placemodel.h"
#include "problemsdialog.h"
#include "recordfiltermodel.h"
#include "sourcemodel.h"
#include "venturemodel.h"

#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>

namespace pe {

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
{
    m_tabs = new QTabWidget(this);
    const QList<DatasetModel *> models = {new EventModel(this), new ObservationModel(this),
                                          new VentureModel(this), new PairingModel(this),
                                          new PlaceModel(this), new SourceModel(this)};
    const char *const keys[] = {"events", "observations", "ventures", "pairings", "places", "sources"};
    for (int i = 0; i < models.size(); ++i) {
        auto *proxy = new RecordFilterModel(this);
        proxy->setSourceModel(models.at(i));
        m_models.insert(QLatin1String(keys[i]), models.at(i));
        m_proxies.insert(QLatin1String(keys[i]), proxy);
        auto *view = new QTableView(m_tabs);
        view->setModel(proxy);
        view->setSortingEnabled(true);
        view->sortByColumn(0, Qt::AscendingOrder);
        m_tabs->addTab(view, QLatin1String(keys[i]));
    }
    setCentralWidget(m_tabs);
    connect(&m_store, &DatasetStore::datasetChanged, this, &MainWindow::applyDataset);
    connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::applyLanguage);
    retranslateUi();
}

MainWindow::~MainWindow() = default;

RecordFilterModel *MainWindow::proxyFor(const QString &collection) const
{
    return m_proxies.value(collection);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Partnership Explorer"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::applyLanguage(const QString &language)
{
    for (DatasetModel *model : std::as_const(m_models))
        model->setLanguage(LanguageManager::dataLanguage(language));
}

void MainWindow::applyDataset()
{
    for (DatasetModel *model : std::as_const(m_models))
        model->setDataset(m_store.dataset());
}

void MainWindow::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    for (RecordFilterModel *proxy : std::as_const(m_proxies))
        proxy->setFilter(filter);
    emit filterChanged(filter);
}

bool MainWindow::openDataset(const QString &path, bool quiet)
{
    const LoadResult result = m_store.open(path);
    if (!result.ok()) {
        if (!quiet) {
            auto *dialog = new ProblemsDialog(path, result.problems, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }
        return false;
    }
    return true;
}

} // namespace pe
