#pragma once

#include "models/dataset.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

namespace pe {

// How many records of a (filtered) model concern each region: the "counts per region"
// beside the pairings table. A record counts once for every region it touches; a record
// tied only to a whole country counts under that country.
class RegionCountModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RegionColumn, CountryColumn, CountColumn, ColumnCount };

    explicit RegionCountModel(QObject *parent = nullptr);

    void setDataset(std::shared_ptr<const Dataset> dataset);
    void setSourceModel(QAbstractItemModel *model);
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int countFor(const QString &placeId) const;
    // The interface language changed: the headers and the country column come from tr().
    void retranslate();

private:
    void recount();
    static QVariant alignmentOf(int column);

    struct Row
    {
        QString placeId;
        int count = 0;
    };
    std::shared_ptr<const Dataset> m_dataset;
    QPointer<QAbstractItemModel> m_source;
    QString m_language = QStringLiteral("en");
    QList<Row> m_rows;
};

} // namespace pe
