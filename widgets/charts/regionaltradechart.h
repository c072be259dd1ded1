#pragma once

#include "models/chartdata/chartseriesbuilder.h"
#include "widgets/charts/datachartview.h"

#include <QAbstractItemModel>
#include <QPointer>

class QBarSet;
class QHorizontalStackedBarSeries;

namespace pe {

// The figures the book gives per oblast or region (US$ million), one horizontal bar per
// observation, labelled "Region — indicator, year[, period]" so that unlike figures are
// never stacked or merged. Largest first.
class RegionalTradeChart : public DataChartView
{
    Q_OBJECT

public:
    explicit RegionalTradeChart(QWidget *parent = nullptr);

    // An ObservationModel or any proxy over one.
    void setModel(QAbstractItemModel *observations);
    // Highlights the bars about this place (or a place within it); empty clears.
    void setPlace(const QString &placeId);
    QString place() const { return m_place; }

    const QList<RegionalBar> &bars() const;
    int barCount() const;
    QList<int> highlightedBars() const; // indexes into bars()
    QString toolTipFor(const RegionalBar &bar) const;

    QStringList sourceIds() const override;
    QList<ChartItem> chartItems() const override;
    QString altText() const override;
    QList<QStringList> csvRows() const override;

signals:
    void observationActivated(const QString &id);

protected:
    void rebuild() override;
    bool hasData() const override { return !m_bars.isEmpty(); }
    void paintOverlay(QPainter *painter) override;

private:
    bool matchesPlace(const RegionalBar &bar) const;
    int barAt(QBarSet *set, int index) const;

    QList<RegionalBar> m_bars;
    QList<QBarSet *> m_sets;
    QList<QString> m_setKinds;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QString m_place;
};

} // namespace pe
