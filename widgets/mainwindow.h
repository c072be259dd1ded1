#pragma once

#include "datasetstore.h"
#include "recordfilter.h"

#include <QMainWindow>

class QActionGroup;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;

namespace pe {

class DatasetModel;
class LanguageManager;
class RecordFilterModel;

// Interim window: one plain table per collection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    DatasetStore *store() { return &m_store; }
    bool openDataset(const QString &path, bool quiet = false);
    void setFilter(const RecordFilter &filter);
    const RecordFilter &filter() const { return m_filter; }
    QTabWidget *tabs() const { return m_tabs; }
    RecordFilterModel *proxyFor(const QString &collection) const;

signals:
    void filterChanged(const pe::RecordFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyDataset();
    void applyLanguage(const QString &language);

    LanguageManager *m_languages;
    DatasetStore m_store;
    RecordFilter m_filter;
    QHash<QString, RecordFilterModel *> m_proxies;
    QHash<QString, DatasetModel *> m_models;
    QTabWidget *m_tabs = nullptr;
};

} // namespace pe
