#pragma once

#include "models/chartdata/chartlandmark.h"
#include "models/chartdata/chartseriesbuilder.h"
#include "widgets/charts/datachartview.h"

#include <QPointer>

#include <optional>

#include <QAbstractItemModel>
class QXYSeries;

namespace pe {

// Belarus–Kazakhstan trade over the dataset's chart window, in US$ million: one line per
// indicator and reporting side from the book's full-year figures, broken where a year has
// none; supplementary, part-year and other figures as their own marked points; the years
// without any figure shaded and labelled; landmarks called out.
class TurnoverChart : public DataChartView
{
    Q_OBJECT

public:
    // What a drawn series holds, so that tests and the tooltip code can tell them apart.
    enum class Kind { Line, Main, Supplementary, PartYear, Key };
    struct DrawnSeries
    {
        QXYSeries *series = nullptr;
        Kind kind = Kind::Line;
        std::optional<Indicator> indicator; // none for the legend key
        std::optional<Side> side;           // lines and their main markers only
        QList<ChartPoint> points;
    };

    explicit TurnoverChart(QWidget *parent = nullptr);

    // An ObservationModel, or a RecordFilterModel over one: then the chart draws the whole
    // series of its source within the filter's years and book-only choice, and ignores the
    // rest of the filter (a search or a place does not select national figures).
    void setModel(QAbstractItemModel *observations);

    // The dataset's dated landmarks (a treaty's signature), drawn as labelled rules; and the
    // years shown by default. Without them nothing is marked and the data's own years show.
    void setLandmarks(const QList<ChartLandmark> &landmarks);
    void setYearWindow(const YearWindow &window);
    // Which lines to draw (by default turnover, both sides).
    void setSeries(const TradeSeriesChoice &series);
    const TradeSeriesChoice &series() const { return m_series; }

    // A vertical marker for a year chosen elsewhere (the selected event's); 0 clears it.
    void setMarkedYear(int year);
    int markedYear() const { return m_markedYear; }

    const TradeChartData &data() const;
    QList<DrawnSeries> drawnSeries() const;
    // The year under a point of the view (nearest year), or 0 outside the plot.
    int yearAt(const QPoint &viewPos) const;
    QPoint viewPosition(double year, double value) const;
    QString toolTipFor(const ChartPoint &point) const;

    QStringList sourceIds() const override;
    QList<ChartItem> chartItems() const override;
    QString altText() const override;
    QString longDescription() const override;
    QList<QStringList> csvRows() const override;
    QString exportNotes() const override;

signals:
    void yearClicked(int year);
    void observationActivated(const QString &id);

protected:
    void rebuild() override;
    bool hasData() const override { return !m_data.isEmpty(); }
    void paintUnderlay(QPainter *painter) override;
    void paintOverlay(QPainter *painter) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Style
    {
        QColor colour;
        int shape = 0; // QScatterSeries::MarkerShape
        Qt::PenStyle line = Qt::SolidLine;
    };
    Style styleFor(Indicator indicator) const;
    QXYSeries *addScatter(const QList<ChartPoint> &points, Kind kind, Indicator indicator,
                          const QColor &edge, const QBrush &fill, qreal size, int shape,
                          bool dashed, const QString &name);
    void addIndicator(const IndicatorSeries &series);
    QPointF chartPosition(double year, double value) const;
    // A run of years without a full-year figure: its band in the plot and where its label
    // may go (from the foot of the band up to its top; upright where the band is narrow).
    struct GapBand
    {
        QRectF band;
        QList<QRectF> labelSpots; // none where even an upright label would stick out
        bool labelUpright = false;
    };
    QList<GapBand> gapBands() const;
    // Where both sides give a figure for a year and they differ: the two figures.
    struct SideDifference
    {
        int year = 0;
        double belarus = 0;
        double kazakhstan = 0;
    };
    QList<SideDifference> sideDifferences() const;
    // The drawn markers, which no label may cover.
    QList<QRectF> markerRects() const;
    QList<ChartPoint> visiblePoints() const;
    int yearStepFor(qreal width) const;
    void showToolTip(QXYSeries *series, const QPointF &value, bool state);
    void activate(QXYSeries *series, const QPointF &value);
    const ChartPoint *pointAt(QXYSeries *series, const QPointF &value) const;

    TradeChartData m_data;
    QList<DrawnSeries> m_drawn;
    QXYSeries *m_anchor = nullptr;
    QAbstractSeries *m_partYearLeader = nullptr;
    QList<QAbstractSeries *> m_partYearMembers;
    QAbstractSeries *m_keyLeader = nullptr;
    QList<ChartLandmark> m_landmarks;
    YearWindow m_window;
    TradeSeriesChoice m_series;
    QMetaObject::Connection m_filterConnection;
    int m_markedYear = 0;
    int m_yearStep = 1;
};

} // namespace pe
