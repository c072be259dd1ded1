#pragma once

#include "models/items/datasetmodel.h"

namespace pe {

// The dataset's events, in date order (the order Dataset::index() leaves them in).
class EventModel : public DatasetModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        CategoryColumn,
        TitleColumn,
        PlacesColumn,
        SourceColumn,
        ColumnCount
    };
    using DatasetModel::DatasetModel;

    const Event *eventAt(int row) const;
    static QString formatDate(const Event &event);

protected:
    int recordCount() const override;
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    QVariant recordData(int row, int column, int role) const override;
};

} // namespace pe
