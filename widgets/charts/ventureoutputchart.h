#pragma once

#include "models/chartdata/chartseriesbuilder.h"
#include "widgets/charts/datachartview.h"

#include <QAbstractItemModel>

class QBarSeries;
class QBarSet;

namespace pe {

// Units produced or delivered per year, from the milestones of the ventures that give units:
// one bar set per venture, bars grouped by year.
class VentureOutputChart : public DataChartView
{
    Q_OBJECT

public:
    explicit VentureOutputChart(QWidget *parent = nullptr);

    // A VentureModel or any proxy over one.
    void setModel(QAbstractItemModel *ventures);

    const QList<VentureOutput> &ventures() const;
    QList<int> years() const;
    // Units drawn for a venture in a year: the largest figure of that year, because two
    // milestones of one year may count different things (kits shipped, machines built) and
    // must not be added up; the tooltip lists them all. 0 when none.
    double unitsAt(const QString &ventureId, int year) const;
    QString toolTipFor(const VentureOutput &venture, int year) const;

    QStringList sourceIds() const override;
    QString altText() const override;
    QList<QStringList> csvRows() const override;
    QList<ChartItem> chartItems() const override;

signals:
    void ventureActivated(const QString &id);

protected:
    void rebuild() override;
    bool hasData() const override { return !m_ventures.isEmpty(); }
    void paintOverlay(QPainter *painter) override;

private:
    QList<VentureOutput> m_ventures;
    QList<int> m_years;
    QList<QBarSet *> m_sets;
    QBarSeries *m_series = nullptr;
};

} // namespace pe
