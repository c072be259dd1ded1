#pragma once

#include "models/items/datasetmodel.h"

namespace pe {

// Joint ventures, assembly plants and projects.
class VentureModel : public DatasetModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SectorColumn,
        PlaceColumn,
        StartColumn,
        StatusColumn,
        BelarusianPartnersColumn,
        KazakhPartnersColumn,
        SourceColumn,
        ColumnCount
    };
    using DatasetModel::DatasetModel;

    const Venture *venture(int row) const;

protected:
    int recordCount() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant recordData(int row, int column, int role) const override;
};

} // namespace pe
