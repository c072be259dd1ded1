#include "widgets/charts/turnoverchart.h"

#include "models/chartdata/turnoverdescription.h"
#include "render/clipgeometry.h"
#include "render/colour.h"
#include "render/labelplacer.h"

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
    watchModel(observations);
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

TurnoverChart::Style TurnoverChart::styleFor(const QString &indicator) const
{
    Style style;
    if (indicator == QLatin1String("exports")) {
        style = {palette::exports(), QScatterSeries::MarkerShapeRectangle, Qt::DashLine};
    } else if (indicator == QLatin1String("imports")) {
        style = {palette::imports(), QScatterSeries::MarkerShapeTriangle, Qt::DotLine};
    } else if (indicator == QLatin1String("balance")) {
        style = {palette::balance(), QScatterSeries::MarkerShapeRotatedRectangle, Qt::DashDotLine};
    } else {
        style = {palette::turnover(), QScatterSeries::MarkerShapeCircle, Qt::SolidLine};
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
                                     const QString &indicator, const QColor &edge,
                                     const QBrush &fill, qreal size, int shape, bool dashed,
                                     const QString &name)
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
    m_drawn.append({series, kind, indicator, QString(), points});
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
        for (int si = 0; si < line.segments.size(); ++si) {
            auto *segment = new QLineSeries;
            segment->setName(name);
            segment->setPen(pen);
            segment->setObjectName(
                QStringLiteral("line-%1-%2-%3").arg(data.indicator, line.side).arg(si));
            for (const ChartPoint &p : line.segments.at(si))
                segment->append(p.year, p.value);
            chart()->addSeries(segment);
            m_drawn.append({segment, Kind::Line, data.indicator, line.side, line.segments.at(si)});
            if (!leader) {
                leader = segment;
                segment->setObjectName(QStringLiteral("line-%1-%2").arg(data.indicator, line.side));
            }
            members.append(segment);
        }
        const QList<ChartPoint> points = line.points();
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
        if (li == 0) {
            if (const auto exact = split(data.alternatives, false); !exact.isEmpty())
                members.append(addScatter(exact, Kind::Alternative, data.indicator, style.colour,
                                          QBrush(tint), 7, style.shape, false, name));
            if (const auto inexact = split(data.alternatives, true); !inexact.isEmpty())
                members.append(addScatter(inexact, Kind::Alternative, data.indicator, style.colour,
                                          QBrush(background), 7, style.shape, true, name));
        }
        if (leader)
            addLegendGroup(leader, members);
    }

    if (!data.supplementary.isEmpty()) {
        const QString name =
            tr("%1 (not from the book)").arg(Vocabulary::indicator(data.indicator));
        QList<QAbstractSeries *> members;
        if (const auto exact = split(data.supplementary, false); !exact.isEmpty())
            members.append(addScatter(exact, Kind::Supplementary, data.indicator, supplementary,
                                      QBrush(background), 10, style.shape, false, name));
        if (const auto inexact = split(data.supplementary, true); !inexact.isEmpty())
            members.append(addScatter(inexact, Kind::Supplementary, data.indicator, supplementary,
                                      QBrush(background), 10, style.shape, true, name));
        members.first()->setObjectName(QStringLiteral("supplementary-%1").arg(data.indicator));
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
    m_data = ChartSeriesBuilder::trade(model(), m_window);
    setEmptyMessage(tr("No trade figures match the filters"));
    if (m_data.isEmpty()) {
        chart()->legend()->setVisible(false);
        return;
    }

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
        m_drawn.append({key, Kind::Key, QString(), QString(), {}});
        m_keyLeader = key;
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
    for (int year = m_data.firstYear; year <= m_data.lastYear; ++year) {
        if ((year - m_data.firstYear) % m_yearStep == 0)
            x->append(QString::number(year), year);
    }
    styleAxis(x, false);
    x->setTitleText(QString());

    auto *y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y->setRange(scale.min, scale.max);
    y->setStartValue(scale.min - scale.step * 1e-6);
    const QLocale locale;
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
    // A legend on the right keeps every entry whole (a top row elides them); narrow views
    // put it below the plot instead.
    chart()->legend()->setAlignment(targetSize().width() >= 940 ? Qt::AlignRight : Qt::AlignBottom);
    finishLegend();
}

void TurnoverChart::resizeEvent(QResizeEvent *event)
{
    DataChartView::resizeEvent(event);
    if (hasData() && yearStepFor(viewport()->width()) != m_yearStep)
        scheduleRebuild();
    // The legend's place depends on the width too: a window laid out after the first build
    // must not keep a legend squeezed under a wide chart.
    const Qt::Alignment legendAlignment =
        viewport()->width() >= 940 ? Qt::AlignRight : Qt::AlignBottom;
    if (hasData() && chart()->legend()->alignment() != legendAlignment)
        chart()->legend()->setAlignment(legendAlignment);
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
                                           Vocabulary::qualifier(p.qualifier).toHtmlEscaped());
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

QString TurnoverChart::altText() const
{
    ensureUpToDate();
    return TurnoverDescription::altText(m_data, m_landmarks);
}

void TurnoverChart::paintUnderlay(QPainter *painter)
{
    if (!m_anchor)
        return;
    // Everything below is drawn inside the plot by its own geometry, without a clip: an SVG
    // reader ignores the painter's clip, and a PNG drawn without one shows what it would.
    const QRectF plot = chart()->plotArea();

    // Years with no figure at all: a faint hatched band, labelled, so that a break in a line
    // reads as "no data" and not as a drop.
    QColor hatch = theme().mutedText;
    hatch.setAlphaF(theme().isDark() ? 0.22f : 0.16f);
    QColor wash = theme().grid;
    wash.setAlphaF(0.35f);
    const QFont font = scaledFont(0.8);
    const QFontMetricsF metrics(font);
    const QString noFigure = tr("no figure");
    const QList<int> &gaps = m_data.gapYears;
    for (int i = 0; i < gaps.size();) {
        int j = i;
        while (j + 1 < gaps.size() && gaps.at(j + 1) == gaps.at(j) + 1)
            ++j;
        const qreal left = chartPosition(gaps.at(i) - 0.5, 0).x();
        const qreal right = chartPosition(gaps.at(j) + 0.5, 0).x();
        // Cut to the plot and hatched with lines cut to the band: the painter's clip is not
        // enough, an SVG reader would draw every line whole, across the chart.
        const QRectF band =
            QRectF(QPointF(left, plot.top()), QPointF(right, plot.bottom())).intersected(plot);
        if (band.isEmpty()) {
            i = j + 1;
            continue;
        }
        painter->fillRect(band, wash);
        QPen hatchPen(hatch, scaled(1));
        hatchPen.setCapStyle(Qt::FlatCap); // a square cap would reach past the band's edge
        painter->setPen(hatchPen);
        painter->drawLines(diagonalHatch(band, scaled(7)));

        painter->setFont(font);
        const qreal textWidth = metrics.horizontalAdvance(noFigure);
        const QColor textColour = theme().mutedText;
        if (textWidth + scaled(6) <= band.width()) {
            drawHaloText(painter,
                         QPointF(band.center().x() - textWidth / 2, band.bottom() - scaled(6)),
                         noFigure, textColour);
        } else if (textWidth + scaled(12) <= band.height() &&
                   metrics.height() + scaled(2) <= band.width()) {
            // Upright where the band is narrow; left out where even that would stick out.
            painter->save();
            painter->translate(band.center().x() + metrics.ascent() / 2 - metrics.descent(),
                               band.bottom() - scaled(6));
            painter->rotate(-90);
            drawHaloText(painter, QPointF(0, 0), noFigure, textColour);
            painter->restore();
        }
        i = j + 1;
    }

    // Landmarks: a thin dashed rule at their month.
    for (const ChartLandmark &landmark : std::as_const(m_landmarks)) {
        if (landmark.year < m_data.firstYear || landmark.year > m_data.lastYear)
            continue;
        const qreal x = chartPosition(landmark.axisPosition(), 0).x();
        painter->setPen(QPen(theme().mutedText, scaled(1.2), Qt::DashLine));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }

    if (m_markedYear >= m_data.firstYear && m_markedYear <= m_data.lastYear) {
        const qreal x = chartPosition(m_markedYear, 0).x();
        QColor colour = theme().adjust(palette::highlight());
        painter->setPen(QPen(colour, scaled(2)));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

void TurnoverChart::paintOverlay(QPainter *painter)
{
    DataChartView::paintOverlay(painter);
    if (!m_anchor)
        return;
    const QRectF plot = chart()->plotArea();
    LabelPlacer placer(plot.adjusted(scaled(2), scaled(2), -scaled(2), -scaled(2)));
    const qreal pad = scaled(3);

    // Markers are obstacles for labels.
    for (const DrawnSeries &drawn : std::as_const(m_drawn)) {
        if (drawn.kind == Kind::Line || !isGroupVisible(drawn.series))
            continue;
        for (const ChartPoint &p : drawn.points) {
            const QPointF c = chartPosition(p.year, p.value);
            const qreal r = scaled(6);
            placer.reserve(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r));
        }
    }

    const QFont labelFont = scaledFont(0.85);
    const QFont strongFont = scaledFont(0.85, QFont::DemiBold);
    const QFontMetricsF labelMetrics(labelFont);
    const QFontMetricsF strongMetrics(strongFont);

    if (m_markedYear >= m_data.firstYear && m_markedYear <= m_data.lastYear) {
        const qreal x = chartPosition(m_markedYear, 0).x();
        const QString text = QString::number(m_markedYear);
        painter->setFont(strongFont);
        const QRectF rect =
            placer.place({QRectF(x + pad, plot.top() + pad, strongMetrics.horizontalAdvance(text),
                                 strongMetrics.height()),
                          QRectF(x - pad - strongMetrics.horizontalAdvance(text), plot.top() + pad,
                                 strongMetrics.horizontalAdvance(text), strongMetrics.height())});
        drawHaloText(painter, QPointF(rect.left(), rect.top() + strongMetrics.ascent()), text,
                     theme().adjust(palette::highlight()));
    }

    for (const ChartLandmark &landmark : std::as_const(m_landmarks)) {
        if (landmark.year < m_data.firstYear || landmark.year > m_data.lastYear)
            continue;
        const qreal x = chartPosition(landmark.axisPosition(), 0).x();
        const QString &text = landmark.label;
        const qreal w = labelMetrics.horizontalAdvance(text);
        const qreal h = labelMetrics.height();
        const QRectF rect = placer.place({QRectF(x + pad, plot.top() + pad, w, h),
                                          QRectF(x - pad - w, plot.top() + pad, w, h),
                                          QRectF(x + pad, plot.top() + pad + h * 1.2, w, h),
                                          QRectF(x - pad - w, plot.top() + pad + h * 1.2, w, h)});
        painter->setFont(labelFont);
        drawHaloText(painter, QPointF(rect.left(), rect.top() + labelMetrics.ascent()), text,
                     theme().mutedText);
    }

    // Callouts for the record and the first billion: two lines of text and a leader line.
    const auto callout = [&](const ChartPoint &p, const QString &title) {
        const IndicatorSeries *turnover = m_data.indicator(QStringLiteral("turnover"));
        if (!turnover)
            return;
        for (const DrawnSeries &drawn : std::as_const(m_drawn)) {
            if (drawn.kind == Kind::Main && drawn.indicator == p.indicator &&
                !isGroupVisible(drawn.series))
                return;
        }
        const QPointF anchor = chartPosition(p.year, p.value);
        const QString value = p.valueText;
        const qreal w =
            std::max(strongMetrics.horizontalAdvance(title), labelMetrics.horizontalAdvance(value));
        const qreal h = strongMetrics.height() + labelMetrics.height();
        const qreal gap = scaled(14);
        const QList<QRectF> candidates = {
            QRectF(anchor.x() - w - gap, anchor.y() - h - gap * 0.6, w, h), // above left
            QRectF(anchor.x() + gap, anchor.y() - h - gap * 0.6, w, h),     // above right
            QRectF(anchor.x() - w - gap, anchor.y() - h / 2, w, h),         // left
            QRectF(anchor.x() + gap, anchor.y() - h / 2, w, h),             // right
            QRectF(anchor.x() - w / 2, anchor.y() - h - gap * 1.6, w, h),   // above
            QRectF(anchor.x() - w - gap, anchor.y() + gap * 0.6, w, h),     // below left
            QRectF(anchor.x() + gap, anchor.y() + gap * 0.6, w, h),         // below right
        };
        const QRectF rect = placer.place(candidates);
        // Leader from the marker's edge to the nearest corner of the label.
        const QPointF target(qBound(rect.left(), anchor.x(), rect.right()),
                             qBound(rect.top(), anchor.y(), rect.bottom()));
        QLineF leader(anchor, target);
        if (leader.length() > scaled(8)) {
            leader.setP1(leader.pointAt(scaled(7) / leader.length()));
            painter->setPen(QPen(theme().mutedText, scaled(1)));
            painter->drawLine(leader);
        }
        painter->setFont(strongFont);
        drawHaloText(painter, QPointF(rect.left(), rect.top() + strongMetrics.ascent()), title,
                     theme().text);
        painter->setFont(labelFont);
        drawHaloText(
            painter,
            QPointF(rect.left(), rect.top() + strongMetrics.height() + labelMetrics.ascent()),
            value, theme().mutedText);
    };
    if (m_data.hasFirstBillion)
        callout(m_data.firstBillion,
                tr("%1: first year above US$ 1 billion").arg(m_data.firstBillion.year));
    if (m_data.hasRecord)
        callout(m_data.record, tr("%1 record").arg(m_data.record.year));

    // Part-year markers carry their period.
    painter->setFont(labelFont);
    for (const DrawnSeries &drawn : std::as_const(m_drawn)) {
        if (drawn.kind != Kind::PartYear || !isGroupVisible(drawn.series))
            continue;
        const QColor colour = drawn.series->pen().color();
        for (const ChartPoint &p : drawn.points) {
            const QPointF anchor = chartPosition(p.year, p.value);
            const qreal w = labelMetrics.horizontalAdvance(p.period);
            const qreal h = labelMetrics.height();
            const qreal off = scaled(6);
            const QRectF rect =
                placer.place({QRectF(anchor.x() + off, anchor.y() - h / 2, w, h),
                              QRectF(anchor.x() - off - w, anchor.y() - h / 2, w, h),
                              QRectF(anchor.x() - w / 2, anchor.y() + off, w, h),
                              QRectF(anchor.x() - w / 2, anchor.y() - off - h, w, h)});
            drawHaloText(painter, QPointF(rect.left(), rect.top() + labelMetrics.ascent()),
                         p.period, colour == theme().background ? theme().mutedText : colour);
        }
    }
}

} // namespace pe
