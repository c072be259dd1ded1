#include "widgets/charts/turnoverchart.h"

#include "models/localedates.h"

#include "models/chartdata/turnoverdescription.h"
#include "render/clipgeometry.h"
#include "render/colour.h"
#include "render/labelplacer.h"

#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "models/items/sourcemodel.h"
#include "models/vocabulary.h"
#include "render/palette.h"

#include <QAbstractItemModel>
#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace pe {

TurnoverChart::TurnoverChart(QWidget *parent)
    : DataChartView(parent)
{
    setObjectName(QStringLiteral("turnoverChart"));
}

void TurnoverChart::setModel(QAbstractItemModel *observations)
{
    disconnect(m_filterConnection);
    watchModel(observations);
    // The chart reads the proxy's source, so the proxy may never map its rows and then emits
    // no row signals when the filter changes: listen to the filter itself.
    if (auto *proxy = qobject_cast<RecordFilterModel *>(observations))
        m_filterConnection = connect(proxy, &RecordFilterModel::filterChanged, this,
                                     &TurnoverChart::scheduleRebuild);
}

void TurnoverChart::setLandmarks(const QList<ChartLandmark> &landmarks)
{
    m_landmarks = landmarks;
    scheduleRebuild();
}

void TurnoverChart::setYearWindow(const YearWindow &window)
{
    m_window = window;
    scheduleRebuild();
}

void TurnoverChart::setSeries(const TradeSeriesChoice &series)
{
    if (series == m_series)
        return;
    m_series = series;
    scheduleRebuild();
}

void TurnoverChart::setMarkedYear(int year)
{
    if (year == m_markedYear)
        return;
    m_markedYear = year;
    chart()->update();
    viewport()->update();
}

const TradeChartData &TurnoverChart::data() const
{
    ensureUpToDate();
    return m_data;
}

QList<TurnoverChart::DrawnSeries> TurnoverChart::drawnSeries() const
{
    ensureUpToDate();
    return m_drawn;
}

TurnoverChart::Style TurnoverChart::styleFor(Indicator indicator) const
{
    Style style{palette::indicator(indicator), QScatterSeries::MarkerShapeCircle, Qt::SolidLine};
    switch (indicator) {
    case Indicator::Exports:
        style.shape = QScatterSeries::MarkerShapeRectangle;
        style.line = Qt::DashLine;
        break;
    case Indicator::Imports:
        style.shape = QScatterSeries::MarkerShapeTriangle;
        style.line = Qt::DotLine;
        break;
    case Indicator::Balance:
        style.shape = QScatterSeries::MarkerShapeRotatedRectangle;
        style.line = Qt::DashDotLine;
        break;
    case Indicator::Turnover:
    case Indicator::Growth:
    case Indicator::Count:
        break;
    }
    style.colour = theme().adjust(style.colour);
    // On screen colour tells the lines apart; in print the dash pattern has to.
    if (!theme().greyscale)
        style.line = Qt::SolidLine;
    return style;
}

int TurnoverChart::yearStepFor(qreal width) const
{
    const int years = std::max(1, m_data.lastYear - m_data.firstYear + 1);
    const QFontMetricsF metrics(scaledFont(0.95));
    const qreal label = metrics.horizontalAdvance(QStringLiteral("2000")) * 1.8;
    const qreal perYear = (width * 0.85) / years;
    for (const int step : {1, 2, 5})
        if (perYear * step >= label)
            return step;
    return 10;
}

QXYSeries *TurnoverChart::addScatter(const QList<ChartPoint> &points, Kind kind,
                                     Indicator indicator, const QColor &edge, const QBrush &fill,
                                     qreal size, int shape, bool dashed, const QString &name)
{
    auto *series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(QScatterSeries::MarkerShape(shape));
    // Equal sizes make a diamond or a triangle look smaller than a circle: even them out.
    const qreal optical = shape == QScatterSeries::MarkerShapeRotatedRectangle ? 1.3
                          : shape == QScatterSeries::MarkerShapeTriangle       ? 1.2
                          : shape == QScatterSeries::MarkerShapeRectangle      ? 0.9
                                                                               : 1.0;
    series->setMarkerSize(scaled(size * optical));
    QPen pen(edge, scaled(kind == Kind::Main && !dashed ? 1.5 : 1.8));
    if (dashed)
        pen.setDashPattern({2.0, 1.5});
    series->setPen(pen);
    series->setBrush(fill);
    for (const ChartPoint &p : points)
        series->append(p.year, p.value);
    chart()->addSeries(series);
    connect(series, &QXYSeries::hovered, this, [this, series](const QPointF &value, bool state) {
        showToolTip(series, value, state);
    });
    connect(series, &QXYSeries::clicked, this,
            [this, series](const QPointF &value) { activate(series, value); });
    m_drawn.append({series, kind, indicator, std::nullopt, points});
    return series;
}

void TurnoverChart::addIndicator(const IndicatorSeries &data)
{
    const Style style = styleFor(data.indicator);
    const QColor background = theme().background;
    const QColor tint = colour::mix(style.colour, background, 0.72);
    const QColor supplementary = theme().adjust(palette::supplementary());
    const auto split = [](const QList<ChartPoint> &points, bool inexact) {
        QList<ChartPoint> part;
        std::copy_if(points.cbegin(), points.cend(), std::back_inserter(part),
                     [inexact](const ChartPoint &p) { return p.isInexact() == inexact; });
        return part;
    };

    for (int li = 0; li < data.lines.size(); ++li) {
        const TradeLine &line = data.lines.at(li);
        const QString name = TurnoverDescription::lineName(data, line);
        QList<QAbstractSeries *> members;
        QAbstractSeries *leader = nullptr;
        // A QLineSeries joins across a NaN: each run of consecutive years is its own series,
        // with the same pen, and only the first one shows in the legend.
        QPen pen(style.colour, scaled(li == 0 ? 2.6 : 1.8));
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        pen.setStyle(li == 0 ? style.line : Qt::DashLine);
        // Object names carry the file's keys ("line-turnover-BY"): the hidden legend groups
        // an export copies from the window are named by them.
        const QString objectBase =
            QStringLiteral("line-%1-%2").arg(keyOf(data.indicator), keyOf(line.side));
        // A segment touching a supplementary figure is dashed: the line is whole, and the
        // reader still sees which stretch rests on a figure from outside the book.
        QPen fillPen = pen;
        fillPen.setStyle(Qt::DotLine);
        int piece = 0;
        for (const QList<ChartPoint> &run : line.segments) {
            // Consecutive edges of the same kind make one piece; a lone year is one point.
            QList<QList<ChartPoint>> pieces{{run.first()}};
            QList<bool> dashed{false};
            for (int k = 1; k < run.size(); ++k) {
                const bool fill = run.at(k).has(ChartPoint::Supplementary) ||
                                  run.at(k - 1).has(ChartPoint::Supplementary);
                if (pieces.last().size() == 1) {
                    dashed.last() = fill; // a piece's first edge says what it is
                } else if (fill != dashed.last()) {
                    pieces.append({run.at(k - 1)});
                    dashed.append(fill);
                }
                pieces.last().append(run.at(k));
            }
            for (int pi = 0; pi < pieces.size(); ++pi) {
                auto *segment = new QLineSeries;
                segment->setName(name);
                segment->setPen(dashed.at(pi) ? fillPen : pen);
                segment->setObjectName(objectBase + QLatin1Char('-') + QString::number(piece++));
                for (const ChartPoint &p : pieces.at(pi))
                    segment->append(p.year, p.value);
                chart()->addSeries(segment);
                m_drawn.append({segment, Kind::Line, data.indicator, line.side, pieces.at(pi)});
                if (!leader) {
                    leader = segment;
                    segment->setObjectName(objectBase);
                }
                members.append(segment);
            }
        }
        QList<ChartPoint> points;
        QList<ChartPoint> fills;
        for (const ChartPoint &p : line.points())
            (p.has(ChartPoint::Supplementary) ? fills : points).append(p);
        const QColor edge = li == 0 ? background : style.colour;
        const QBrush fill = li == 0 ? QBrush(style.colour) : QBrush(background);
        if (const auto exact = split(points, false); !exact.isEmpty())
            members.append(addScatter(exact, Kind::Main, data.indicator, edge, fill, 10,
                                      style.shape, false, name));
        if (const auto inexact = split(points, true); !inexact.isEmpty())
            members.append(addScatter(inexact, Kind::Main, data.indicator, style.colour,
                                      QBrush(tint), 10, style.shape, true, name));
        for (DrawnSeries &drawn : m_drawn) {
            if (drawn.kind == Kind::Main && members.contains(drawn.series))
                drawn.side = line.side;
        }
        // The supplementary figures on the line: hollow, in the figures-from-outside colour.
        if (const auto exact = split(fills, false); !exact.isEmpty())
            members.append(addScatter(exact, Kind::Supplementary, data.indicator, supplementary,
                                      QBrush(background), 10, style.shape, false, name));
        if (const auto inexact = split(fills, true); !inexact.isEmpty())
            members.append(addScatter(inexact, Kind::Supplementary, data.indicator, supplementary,
                                      QBrush(background), 10, style.shape, true, name));
        for (DrawnSeries &drawn : m_drawn) {
            if (drawn.kind == Kind::Supplementary && members.contains(drawn.series))
                drawn.side = line.side;
        }
        if (leader)
            addLegendGroup(leader, members);
    }

    if (!data.supplementary.isEmpty()) {
        const QString name = tr("%1 (not from the book)").arg(Vocabulary::label(data.indicator));
        QList<QAbstractSeries *> members;
        if (const auto exact = split(data.supplementary, false); !exact.isEmpty())
            members.append(addScatter(exact, Kind::Supplementary, data.indicator, supplementary,
                                      QBrush(background), 10, style.shape, false, name));
        if (const auto inexact = split(data.supplementary, true); !inexact.isEmpty())
            members.append(addScatter(inexact, Kind::Supplementary, data.indicator, supplementary,
                                      QBrush(background), 10, style.shape, true, name));
        members.first()->setObjectName(
            QStringLiteral("supplementary-%1").arg(keyOf(data.indicator)));
        addLegendGroup(members.first(), members);
    }

    // Part-year figures are never joined to anything: small hollow markers, labelled with
    // their period in the overlay; book ones in the indicator's colour, the others purple.
    const QString partName = tr("Part of a year (period shown)");
    for (const bool fromBook : {true, false}) {
        QList<ChartPoint> points;
        std::copy_if(data.partYear.cbegin(), data.partYear.cend(), std::back_inserter(points),
                     [fromBook](const ChartPoint &p) {
                         return p.has(ChartPoint::Supplementary) != fromBook;
                     });
        const QColor edge = fromBook ? style.colour : supplementary;
        for (const bool inexact : {false, true}) {
            const auto part = split(points, inexact);
            if (part.isEmpty())
                continue;
            QXYSeries *series = addScatter(part, Kind::PartYear, data.indicator, edge,
                                           QBrush(background), 7, style.shape, inexact, partName);
            m_partYearMembers.append(series);
            if (!m_partYearLeader) {
                m_partYearLeader = series;
                series->setObjectName(QStringLiteral("part-year"));
            }
        }
    }
}

void TurnoverChart::rebuild()
{
    m_drawn.clear();
    m_anchor = nullptr;
    m_partYearLeader = nullptr;
    m_partYearMembers.clear();
    m_keyLeader = nullptr;
    // The whole series, whatever a search or a place filter leaves: the chart takes only the
    // filter's years and its book-only choice, so that no landmark is a fact of a part.
    TradeChartOptions options;
    options.series = m_series;
    const QAbstractItemModel *series = model();
    if (const auto *proxy = qobject_cast<const RecordFilterModel *>(model())) {
        series = proxy->sourceModel();
        options.fromYear = proxy->filter().fromYear;
        options.toYear = proxy->filter().toYear;
        options.bookOnly = proxy->filter().bookOnly;
        options.heldBack = proxy->filter().heldBack;
    }
    m_data = ChartSeriesBuilder::trade(series, m_window, options);
    setEmptyMessage(tr("No trade figures match the filters"));
    if (m_data.isEmpty())
        return;

    for (const IndicatorSeries &series : std::as_const(m_data.indicators))
        addIndicator(series);
    if (m_partYearLeader)
        addLegendGroup(m_partYearLeader, m_partYearMembers);

    // A legend key (no data) for the dashed outline of approximate figures and bounds.
    const QList<ChartPoint> all = m_data.allPoints();
    if (std::any_of(all.cbegin(), all.cend(), [](const ChartPoint &p) { return p.isInexact(); })) {
        auto *key = new QScatterSeries;
        key->setName(tr("Approximate or lower bound"));
        key->setObjectName(QStringLiteral("key-inexact"));
        key->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        key->setMarkerSize(scaled(10));
        QPen pen(theme().mutedText, scaled(1.8));
        pen.setDashPattern({2.0, 1.5});
        key->setPen(pen);
        key->setBrush(theme().background);
        chart()->addSeries(key);
        m_drawn.append({key, Kind::Key, std::nullopt, std::nullopt, {}});
        m_keyLeader = key;
        addLegendGroup(key, {key});
    }

    // A key for the hollow markers of figures from outside the book that sit on a line,
    // unless those off any line already have an entry that says it.
    const auto supplementary = [this](bool onLine) {
        return std::any_of(m_drawn.cbegin(), m_drawn.cend(), [onLine](const DrawnSeries &d) {
            return d.kind == Kind::Supplementary && d.side.has_value() == onLine;
        });
    };
    if (supplementary(true) && !supplementary(false)) {
        auto *key = new QScatterSeries;
        key->setName(tr("Not from the book"));
        key->setObjectName(QStringLiteral("key-supplementary"));
        key->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        key->setMarkerSize(scaled(10));
        key->setPen(QPen(theme().adjust(palette::supplementary()), scaled(1.8)));
        key->setBrush(theme().background);
        chart()->addSeries(key);
        m_drawn.append({key, Kind::Key, std::nullopt, std::nullopt, {}});
        addLegendGroup(key, {key});
    }

    // Axes: years as labelled categories (no thousands separator, a label every 1, 2 or 5
    // years as space allows), amounts on rounded ticks.
    double low = 0;
    double high = 0;
    for (const ChartPoint &p : all) {
        low = std::min(low, p.value);
        high = std::max(high, p.value);
    }
    const AxisScale scale = ChartSeriesBuilder::niceScale(low, high);
    m_yearStep = yearStepFor(targetSize().width());

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(m_data.firstYear - 0.5, m_data.lastYear + 0.5);
    x->setStartValue(m_data.firstYear - 0.5);
    int lastLabelled = 0;
    for (int year = m_data.firstYear; year <= m_data.lastYear; ++year) {
        if ((year - m_data.firstYear) % m_yearStep == 0) {
            x->append(QString::number(year), year);
            lastLabelled = year;
        }
    }
    // The last year is always labelled: it is the one the reader looks for. Closer to the
    // previous label than a step, it takes that label's place.
    if (lastLabelled != m_data.lastYear) {
        if (m_data.lastYear - lastLabelled < m_yearStep)
            x->remove(QString::number(lastLabelled));
        x->append(QString::number(m_data.lastYear), m_data.lastYear);
    }
    styleAxis(x, false);
    x->setTitleText(QString());

    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(scale.min, scale.max);
    y->setStartValue(scale.min - scale.step * 1e-6);
    const QLocale locale = LocaleNumbers::numberLocale();
    for (const double tick : scale.ticks())
        y->append(locale.toString(tick, 'f', scale.step < 1 ? 1 : 0), tick);
    styleAxis(y, true);
    y->setTitleText(tr("US$ million"));

    chart()->addAxis(x, Qt::AlignBottom);
    chart()->addAxis(y, Qt::AlignLeft);
    const auto seriesList = chart()->series();
    for (QAbstractSeries *series : seriesList) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_anchor = m_drawn.isEmpty() ? nullptr : m_drawn.first().series;
    finishLegend();
}

void TurnoverChart::resizeEvent(QResizeEvent *event)
{
    DataChartView::resizeEvent(event);
    if (hasData() && yearStepFor(viewport()->width()) != m_yearStep)
        scheduleRebuild();
}

QString TurnoverChart::exportNotes() const
{
    ensureUpToDate();
    QString notes =
        tr("Belarusian and Kazakh statistics differ; each line keeps one side's figures.");
    // Only where hollow markers are drawn (not in a book-only chart).
    const bool hollow = std::any_of(m_drawn.cbegin(), m_drawn.cend(), [this](const DrawnSeries &d) {
        return d.kind == Kind::Supplementary && !d.points.isEmpty() && isGroupVisible(d.series);
    });
    if (m_series.compareSides && !sideDifferences().isEmpty())
        notes += QLatin1Char(' ') +
                 tr("Grey bars: how far the two sides' figures for the same year differ.");
    if (hollow)
        notes +=
            QLatin1Char(' ') + tr("Hollow markers: figures from public pages outside the book.");
    return notes;
}

QPointF TurnoverChart::chartPosition(double year, double value) const
{
    if (!m_anchor)
        return {};
    return chart()->mapToPosition(QPointF(year, value), m_anchor);
}

QPoint TurnoverChart::viewPosition(double year, double value) const
{
    ensureUpToDate();
    return mapFromScene(chart()->mapToScene(chartPosition(year, value)));
}

int TurnoverChart::yearAt(const QPoint &viewPos) const
{
    ensureUpToDate();
    if (!m_anchor)
        return 0;
    const QPointF position = chart()->mapFromScene(mapToScene(viewPos));
    if (!chart()->plotArea().contains(position))
        return 0;
    const int year = int(std::lround(chart()->mapToValue(position, m_anchor).x()));
    return qBound(m_data.firstYear, year, m_data.lastYear);
}

void TurnoverChart::mousePressEvent(QMouseEvent *event)
{
    DataChartView::mousePressEvent(event);
    // Take the press in the plot, so that the release comes here and picks the year.
    if (event->button() == Qt::LeftButton && yearAt(event->position().toPoint()))
        event->accept();
}

void TurnoverChart::mouseReleaseEvent(QMouseEvent *event)
{
    DataChartView::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    if (const int year = yearAt(event->position().toPoint()))
        emit yearClicked(year);
}

const ChartPoint *TurnoverChart::pointAt(QXYSeries *series, const QPointF &value) const
{
    for (const DrawnSeries &drawn : m_drawn) {
        if (drawn.series != series)
            continue;
        const ChartPoint *best = nullptr;
        double distance = 0;
        for (const ChartPoint &p : drawn.points) {
            const double d = std::abs(p.year - value.x()) * 1e6 + std::abs(p.value - value.y());
            if (!best || d < distance) {
                best = &p;
                distance = d;
            }
        }
        return best;
    }
    return nullptr;
}

void TurnoverChart::showToolTip(QXYSeries *series, const QPointF &value, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    if (const ChartPoint *p = pointAt(series, value))
        QToolTip::showText(QCursor::pos(), toolTipFor(*p), this);
}

void TurnoverChart::activate(QXYSeries *series, const QPointF &value)
{
    if (const ChartPoint *p = pointAt(series, value))
        emit observationActivated(p->id);
}

QString TurnoverChart::toolTipFor(const ChartPoint &p) const
{
    QString period = p.period.isEmpty() ? tr("full year") : p.period;
    QStringList lines;
    lines << QStringLiteral("<b>%1, %2</b>").arg(p.indicatorText.toHtmlEscaped()).arg(p.year);
    lines << QStringLiteral("%1 · %2").arg(p.valueText.toHtmlEscaped(),
                                           Vocabulary::label(p.qualifier).toHtmlEscaped());
    lines << QStringLiteral("%1 · %2").arg(period.toHtmlEscaped(), p.sideText.toHtmlEscaped());
    if (p.has(ChartPoint::Alternative))
        lines << tr("Another book figure for this year; the line shows the one preferred by "
                    "side, exactness and precision.")
                     .toHtmlEscaped();
    lines << QStringLiteral("<i>%1</i>").arg(sourceText(p).toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

QList<ChartPoint> TurnoverChart::visiblePoints() const
{
    ensureUpToDate();
    QList<ChartPoint> points;
    for (const DrawnSeries &drawn : m_drawn) {
        if (drawn.kind != Kind::Line && drawn.kind != Kind::Key && isGroupVisible(drawn.series))
            points += drawn.points;
    }
    std::stable_sort(points.begin(), points.end(), [](const ChartPoint &a, const ChartPoint &b) {
        if (a.year != b.year)
            return a.year < b.year;
        return ChartSeriesBuilder::tradeIndicators().indexOf(a.indicator) <
               ChartSeriesBuilder::tradeIndicators().indexOf(b.indicator);
    });
    return points;
}

QList<DataChartView::ChartItem> TurnoverChart::chartItems() const
{
    QList<ChartItem> items;
    if (!m_anchor)
        return items;
    const qreal radius = scaled(7);
    for (const ChartPoint &p : visiblePoints()) {
        const QPointF at = chart()->mapToPosition(QPointF(p.year, p.value), m_anchor);
        QStringList about{p.period.isEmpty() ? tr("full year") : p.period, p.sideText};
        if (p.qualifier != Qualifier::Exact)
            about.append(Vocabulary::label(p.qualifier));
        about.append(sourceText(p));
        items.append({p.id, tr("%1, %2: %3").arg(p.indicatorText).arg(p.year).arg(p.valueText),
                      about.join(QStringLiteral(" · ")),
                      QRectF(at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius))});
    }
    return items;
}

QStringList TurnoverChart::sourceIds() const
{
    QStringList ids;
    for (const ChartPoint &p : visiblePoints()) {
        for (const QString &id : p.sources) {
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    ids.sort();
    return ids;
}

QList<QStringList> TurnoverChart::csvRows() const
{
    QList<QStringList> rows{pointCsvHeader()};
    for (const ChartPoint &p : visiblePoints())
        rows.append(pointCsvRow(p));
    return rows;
}

QString TurnoverChart::longDescription() const
{
    ensureUpToDate();
    return TurnoverDescription::longDescription(m_data, m_landmarks);
}

QString TurnoverChart::altText() const
{
    ensureUpToDate();
    return TurnoverDescription::altText(m_data, m_landmarks);
}

} // namespace pe
