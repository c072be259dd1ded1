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

class FilterState;

// The one search box and the shared filters (years, category, region, sector) that apply
// across every view, with a visible "filters active" state and one click to clear. It edits
// the one FilterState and shows whatever that state holds.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(FilterState *state, QWidget *parent = nullptr);

    // Refills the category, sector and place lists: the window calls it for a new dataset
    // and once per language switch (LanguageChange itself only renames the fixed labels).
    void setDataset(std::shared_ptr<const Dataset> dataset, const QString &dataLanguage);
    const RecordFilter &filter() const;
    void focusSearch();
    QLineEdit *searchField() const { return m_search; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillCombos();
    void readControls();
    void showFilter();
    void offerPlace(const QString &placeId);
    static void selectData(QComboBox *combo, const QVariant &data);

    FilterState *m_state;
    std::shared_ptr<const Dataset> m_dataset;
    QString m_language = QStringLiteral("en");

    QLineEdit *m_search = nullptr;
    QLabel *m_yearsLabel = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_sector = nullptr;
    QToolButton *m_clear = nullptr;
};

} // namespace pe
