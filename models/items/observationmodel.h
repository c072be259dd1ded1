#pragma once

#include "models/items/datasetmodel.h"

namespace pe {

// Trade figures and counts, one row per observation as the dataset gives them: several
// values for one year stay several rows.
class ObservationModel : public DatasetModel
{
    Q_OBJECT

public:
    enum Column {
        YearColumn,
        PeriodColumn,
        IndicatorColumn,
        ValueColumn,
        ScopeColumn,
        SideColumn,
        SourceColumn,
        ColumnCount
    };
    using DatasetModel::DatasetModel;

    const Observation *observation(int row) const;
    QString scopeText(const Observation &o) const;

protected:
    int recordCount() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant recordData(int row, int column, int role) const override;
    Qt::Alignment columnAlignment(int column) const override;
};

} // namespace pe
