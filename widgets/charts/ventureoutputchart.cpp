#include "widgets/charts/ventureoutputchart.h"

#include "models/localedates.h"

#include "render/export/csv.h"
#include "render/palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>

namespace pe {

namespace {

// Okabe–Ito order, then the rarer category colours: distinguishable for colour-blind readers.
QColor ventureColour(int index)
{
    const QList<QColor> colours = {
        palette::turnover(),
        palette::exports(),
        palette::balance(),
        palette::supplementary(),
        palette::imports(),
        palette::highlight(),
        palette::category(Category::Construction),
        palette::category(Category::Education),
        palette::category(Category::Science),
        palette::category(Category::Transport),
    };
    return colours.at(index % colours.size());
}

constexpr qreal barGroupWidth = 0.8;

} // namespace

VentureOutputChart::VentureOutputChart(QWidget *parent)
    : DataChartView(parent)
{
    setObjectName(QStringLiteral("ventureOutputChart"));
}

void VentureOutputChart::setModel(QAbstractItemModel *ventures)
{
    watchModel(ventures);
}

const QList<VentureOutput> &VentureOutputChart::ventures() const
{
    ensureUpToDate();
    return m_ventures;
}

QList<int> VentureOutputChart::years() const
{
    ensureUpToDate();
    return m_years;
}

double VentureOutputChart::unitsAt(const QString &ventureId, int year) const
{
    ensureUpToDate();
    double units = 0;
    for (const VentureOutput &venture : m_ventures) {
        if (venture.id != ventureId)
            continue;
        for (const VentureMilestonePoint &m : venture.milestones) {
            if (m.year == year)
                units = std::max(units, m.units);
        }
    }
    return units;
}

void VentureOutputChart::rebuild()
{
    m_sets.clear();
    m_years.clear();
    m_series = nullptr;
    m_ventures = ChartSeriesBuilder::ventureOutput(model());
    setEmptyMessage(tr("No venture gives units produced for the filters"));
    if (m_ventures.isEmpty())
        return;
    for (const VentureOutput &venture : std::as_const(m_ventures)) {
        for (const VentureMilestonePoint &m : venture.milestones) {
            if (!m_years.contains(m.year))
                m_years.append(m.year);
        }
    }
    std::sort(m_years.begin(), m_years.end());

    m_series = new QBarSeries;
    m_series->setBarWidth(barGroupWidth);
    double high = 0;
    for (int v = 0; v < m_ventures.size(); ++v) {
        const VentureOutput &venture = m_ventures.at(v);
        auto *set = new QBarSet(venture.name);
        const QColor colour = theme().adjust(ventureColour(v));
        set->setBrush(colour);
        set->setPen(theme().greyscale ? QPen(theme().text, scaled(0.8)) : QPen(Qt::NoPen));
        for (const int year : std::as_const(m_years)) {
            const double units = unitsAt(venture.id, year);
            set->append(units);
            high = std::max(high, units);
        }
        m_series->append(set);
        m_sets.append(set);
        connect(set, &QBarSet::hovered, this, [this, v](bool status, int index) {
            if (status && index >= 0 && index < m_years.size())
                QToolTip::showText(QCursor::pos(), toolTipFor(m_ventures.at(v), m_years.at(index)),
                                   this);
            else
                QToolTip::hideText();
        });
        connect(set, &QBarSet::clicked, this,
                [this, v](int) { emit ventureActivated(m_ventures.at(v).id); });
    }
    chart()->addSeries(m_series);

    auto *yearAxis = new QBarCategoryAxis;
    for (const int year : std::as_const(m_years))
        yearAxis->append(QString::number(year));
    styleAxis(yearAxis, false);

    const AxisScale scale = ChartSeriesBuilder::niceScale(0, high * 1.08, 6);
    auto *unitsAxis = new QValueAxis;
    unitsAxis->setRange(scale.min, scale.max);
    unitsAxis->setTickType(QValueAxis::TicksDynamic);
    unitsAxis->setTickAnchor(0);
    unitsAxis->setTickInterval(scale.step);
    unitsAxis->setLabelFormat(QStringLiteral("%.0f"));
    styleAxis(unitsAxis, true);
    unitsAxis->setTitleText(tr("Units"));

    chart()->addAxis(yearAxis, Qt::AlignBottom);
    chart()->addAxis(unitsAxis, Qt::AlignLeft);
    // Years too wide for their bars (large type on a narrow slide) turn upright rather than
    // shrink to "2…": a year is never elided.
    const auto fitYears = [this, yearAxis](const QRectF &plot) {
        if (m_years.isEmpty())
            return;
        const QFontMetricsF metrics(yearAxis->labelsFont());
        const qreal room = plot.width() / m_years.size();
        const int angle = metrics.horizontalAdvance(QStringLiteral("0000")) + 6 > room ? -90 : 0;
        if (yearAxis->labelsAngle() != angle)
            yearAxis->setLabelsAngle(angle);
    };
    connect(chart(), &QChart::plotAreaChanged, yearAxis, fitYears);
    fitYears(chart()->plotArea());
    m_series->attachAxis(yearAxis);
    m_series->attachAxis(unitsAxis);
    const auto markers = chart()->legend()->markers(m_series);
    for (QLegendMarker *marker : markers)
        marker->setShape(QLegend::MarkerShapeRectangle);
}

QString VentureOutputChart::toolTipFor(const VentureOutput &venture, int year) const
{
    QStringList lines;
    lines << QStringLiteral("<b>%1, %2</b>").arg(venture.name.toHtmlEscaped()).arg(year);
    const QLocale locale = LocaleNumbers::numberLocale();
    for (const VentureMilestonePoint &m : venture.milestones) {
        if (m.year != year)
            continue;
        lines << tr("%n unit(s): %1", "", int(m.units)).arg(m.text.toHtmlEscaped());
    }
    lines
        << QStringLiteral("<i>%1</i>").arg(tr("Book, %1").arg(venture.sourceLabel).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QList<DataChartView::ChartItem> VentureOutputChart::chartItems() const
{
    ensureUpToDate();
    QList<ChartItem> items;
    if (!m_series)
        return items;
    // Year by year, each year's bars left to right, as they are read.
    const int sets = int(m_sets.size());
    const QLocale locale = LocaleNumbers::numberLocale();
    for (int i = 0; i < m_years.size(); ++i) {
        for (int s = 0; s < sets; ++s) {
            const double units = m_sets.at(s)->at(i);
            if (units <= 0)
                continue;
            const qreal left = i - barGroupWidth / 2 + s * barGroupWidth / sets;
            const QPointF from = chart()->mapToPosition(QPointF(left, 0), m_series);
            const QPointF to =
                chart()->mapToPosition(QPointF(left + barGroupWidth / sets, units), m_series);
            const VentureOutput &venture = m_ventures.at(s);
            QStringList about;
            for (const VentureMilestonePoint &m : venture.milestones) {
                if (m.year == m_years.at(i))
                    about.append(m.text);
            }
            about.append(tr("Book, %1").arg(venture.sourceLabel));
            items.append({venture.id,
                          tr("%1, %2: %3 units")
                              .arg(venture.name)
                              .arg(m_years.at(i))
                              .arg(locale.toString(units, 'f', 0)),
                          about.join(QStringLiteral(" · ")), QRectF(from, to).normalized()});
        }
    }
    return items;
}

QStringList VentureOutputChart::sourceIds() const
{
    ensureUpToDate();
    QStringList ids;
    for (const VentureOutput &venture : m_ventures) {
        for (const VentureMilestonePoint &m : venture.milestones) {
            for (const QString &id : m.sources) {
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
    }
    ids.sort();
    return ids;
}

QList<QStringList> VentureOutputChart::csvRows() const
{
    ensureUpToDate();
    QList<QStringList> rows;
    rows.append(QStringList{tr("Venture"), tr("Year"), tr("Units"), tr("Milestone"), tr("Source"),
                            tr("Record id")} +
                Csv::sourceColumnsHeader());
    for (const VentureOutput &venture : m_ventures) {
        for (const VentureMilestonePoint &m : venture.milestones) {
            rows.append(QStringList{venture.name, QString::number(m.year),
                                    QString::number(m.units, 'g', 12), m.text,
                                    tr("Book, %1").arg(venture.sourceLabel), venture.id} +
                        sourceCsvColumns(m.sources));
        }
    }
    return rows;
}

QString VentureOutputChart::altText() const
{
    ensureUpToDate();
    if (m_ventures.isEmpty())
        return tr("Venture output chart: no venture gives units produced for the filters.");
    QStringList parts;
    parts << tr("Bar chart of units produced or delivered per year by %n venture(s), grouped "
                "by year.",
                "", int(m_ventures.size()));
    const QLocale locale = LocaleNumbers::numberLocale();
    for (const VentureOutput &venture : m_ventures) {
        QStringList items;
        for (const VentureMilestonePoint &m : venture.milestones)
            items << tr("%1 in %2").arg(locale.toString(m.units, 'f', 0)).arg(m.year);
        parts << tr("%1: %2.").arg(venture.name, items.join(QStringLiteral(", ")));
    }
    return parts.join(QLatin1Char(' '));
}

void VentureOutputChart::paintOverlay(QPainter *painter)
{
    DataChartView::paintOverlay(painter);
    if (!m_series || m_sets.isEmpty())
        return;
    // Unit counts above the bars: small values (1, 3) would otherwise be invisible.
    const QFont font = scaledFont(0.8);
    const QFontMetricsF metrics(font);
    painter->setFont(font);
    const QLocale locale = LocaleNumbers::numberLocale();
    const int sets = int(m_sets.size());
    for (int s = 0; s < sets; ++s) {
        if (!m_series->isVisible())
            continue;
        for (int i = 0; i < m_years.size(); ++i) {
            const double units = m_sets.at(s)->at(i);
            if (units <= 0)
                continue;
            const qreal x = i - barGroupWidth / 2 + (s + 0.5) * barGroupWidth / sets;
            const QPointF top = chart()->mapToPosition(QPointF(x, units), m_series);
            const QString text = locale.toString(units, 'f', 0);
            const qreal w = metrics.horizontalAdvance(text);
            drawHaloText(painter, QPointF(top.x() - w / 2, top.y() - scaled(4)), text,
                         theme().mutedText);
        }
    }
}

} // namespace pe
