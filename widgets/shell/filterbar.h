#pragma once

#include "models/dataset.h"
#include "models/items/recordfilter.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace pe {

// The one search box and the shared filters (years, category, region, sector) that apply
// across every view, with a visible "filters active" state and one click to clear.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset, const QString &dataLanguage);
    RecordFilter filter() const { return m_filter; }
    void setFilter(const RecordFilter &filter);
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

signals:
    void filterChanged(const pe::RecordFilter &filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    void readControls();
    void showFilter();
    static void selectData(QComboBox *combo, const QString &data);

    std::shared_ptr<const Dataset> m_dataset;
    QString m_language = QStringLiteral("en");
    RecordFilter m_filter;
    bool m_updating = false;

    QLineEdit *m_search = nullptr;
    QLabel *m_yearsLabel = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_sector = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_active = nullptr;
};

} // namespace pe
