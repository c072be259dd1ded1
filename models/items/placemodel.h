#pragma once

#include "models/items/datasetmodel.h"

namespace pe {

// Oblasts, regions, cities and districts, for look-ups and the region filter.
class PlaceModel : public DatasetModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        CountryColumn,
        ParentColumn,
        AltNamesColumn,
        ColumnCount
    };
    using DatasetModel::DatasetModel;

protected:
    int recordCount() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant recordData(int row, int column, int role) const override;
};

} // namespace pe
