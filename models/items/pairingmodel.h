#pragma once

#include "models/items/datasetmodel.h"

namespace pe {

// Partnerships between Belarusian and Kazakh regions, cities and institutions.
class PairingModel : public DatasetModel
{
    Q_OBJECT

public:
    enum Column {
        BelarusianSideColumn,
        KazakhSideColumn,
        LevelColumn,
        YearColumn,
        DocumentColumn,
        AreasColumn,
        SourceColumn,
        ColumnCount
    };
    using DatasetModel::DatasetModel;

    const Pairing *pairing(int row) const;
    QString partyText(const Party &party) const;

protected:
    int recordCount() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant recordData(int row, int column, int role) const override;
};

} // namespace pe
