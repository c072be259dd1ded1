#pragma once

#include "models/items/datasetmodel.h"

namespace pe {

// The book's footnotes and the supplementary pages every record cites.
class SourceModel : public DatasetModel
{
    Q_OBJECT

public:
    enum Column {
        NoteColumn,
        AuthorColumn,
        TitleColumn,
        OutletColumn,
        YearColumn,
        UrlColumn,
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
