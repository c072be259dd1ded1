#include "widgets/charts/datachartview.h"

#include "models/chartdata/chartseriesbuilder.h"
#include "models/items/roles.h"
#include "models/items/sourcemodel.h"
#include "models/vocabulary.h"
#include "render/export/csv.h"
#include "render/flowrows.h"
#include "render/textwrap.h"
#include "widgets/style/plaintext.h"

#include <QAbstractAxis>
#include <QAbstractItemModel>
#include <QAbstractProxyModel>
#include <QAbstractSeries>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QKeyEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>

namespace pe {

namespace {
// Chart units are 1/96 inch, like CSS pixels: fonts are given in these units (pixel sizes)
// so text keeps its size relative to the plot on every device, whatever its resolution.
constexpr qreal unitsPerInch = 96.0;
} // namespace

// A layer of the chart painted by the view at paint time. Being a child of the chart, it is
// in the scene that paint() renders, so screen and export draw the same thing.
class DataChartView::Layer : public QGraphicsItem
{
public:
    Layer(QChart *chart, std::function<void(QPainter *)> painter, qreal z)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_paint(std::move(painter))
    {
        setZValue(z);
        setAcceptedMouseButtons(Qt::NoButton);
        setAcceptHoverEvents(false);
    }

    QRectF boundingRect() const override { return m_chart->rect(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->save();
        m_paint(painter);
        painter->restore();
    }
    void geometryChanged() { prepareGeometryChange(); }

private:
    QChart *m_chart;
    std::function<void(QPainter *)> m_paint;
};

DataChartView::DataChartView(QWidget *parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    // Tab reaches the chart; the arrows step through its points or bars.
    setFocusPolicy(Qt::StrongFocus);
    installViewAccessibility();
    keepLabelsWhole();
    chart()->setAnimationOptions(QChart::NoAnimation);
    chart()->layout()->setContentsMargins(0, 0, 0, 0);
    chart()->setBackgroundRoundness(0);
    chart()->setDropShadowEnabled(false);
    // Z values between Qt Charts' own: above the grid (2), below the series (4); above the
    // series, below the legend (5).
    m_underlay = new Layer(
        chart(),
        [this](QPainter *p) {
            if (hasData())
                paintUnderlay(p);
        },
        2.5);
    m_overlay = new Layer(
        chart(), [this](QPainter *p) { paintOverlay(p); }, 4.5);
    m_legendLayer = new Layer(
        chart(), [this](QPainter *p) { paintLegend(p); }, 6);
    connect(chart(), &QChart::geometryChanged, this, [this] {
        m_underlay->geometryChanged();
        m_overlay->geometryChanged();
        m_legendLayer->geometryChanged();
    });
    connect(chart(), &QChart::plotAreaChanged, this, [this] {
        m_underlay->update();
        m_overlay->update();
        m_legendLayer->update();
    });
}

DataChartView::~DataChartView() = default;

void DataChartView::setTheme(const ViewTheme &theme)
{
    m_theme = theme;
    rebuildNow();
}

void DataChartView::setFontScale(qreal scale)
{
    m_fontScale = qBound(0.5, scale, 4.0);
    keepLabelsWhole();
    rebuildNow();
}

void DataChartView::setKeyboardItem(int index)
{
    const QList<ChartItem> items = chartItems();
    index = items.isEmpty() ? -1 : std::clamp(index, -1, int(items.size()) - 1);
    if (index == m_keyboardItem)
        return;
    m_keyboardItem = index;
    viewport()->update();
    if (index < 0)
        return;
    // What a sighted keyboard user reads where the pointer would have shown it.
    const ChartItem &item = items.at(index);
    const QPoint anchor = mapFromScene(chart()->mapToScene(item.rect.center())) + QPoint(0, -12);
    // The item's name and description hold dataset text (a venture's name): never markup.
    QToolTip::showText(viewport()->mapToGlobal(anchor),
                       plaintext::toolTip(item.name + QLatin1Char('\n') + item.description),
                       viewport());
    notifyAccessibleFocus(this, index);
}

void DataChartView::keyPressEvent(QKeyEvent *event)
{
    const QList<ChartItem> items = chartItems();
    if (items.isEmpty() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QChartView::keyPressEvent(event);
        return;
    }
    const int last = int(items.size()) - 1;
    const int at = m_keyboardItem;
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        setKeyboardItem(at < 0 ? 0 : std::min(at + 1, last));
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
        setKeyboardItem(at < 0 ? last : std::max(at - 1, 0));
        break;
    case Qt::Key_Home:
        setKeyboardItem(0);
        break;
    case Qt::Key_End:
        setKeyboardItem(last);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (at >= 0)
            emit itemActivated(items.at(at).id);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void DataChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    viewport()->update();
}

void DataChartView::focusOutEvent(QFocusEvent *event)
{
    QChartView::focusOutEvent(event);
    QToolTip::hideText();
    viewport()->update();
}

void DataChartView::drawForeground(QPainter *painter, const QRectF &rect)
{
    QChartView::drawForeground(painter, rect);
    if (!hasFocus())
        return;
    const QList<ChartItem> items = chartItems();
    // The item the keyboard is on; the plot itself while none is.
    const QRectF ring =
        m_keyboardItem >= 0 && m_keyboardItem < items.size()
            ? chart()->mapRectToScene(items.at(m_keyboardItem).rect).adjusted(-4, -4, 4, 4)
            : chart()->mapRectToScene(chart()->plotArea()).adjusted(-2, -2, 2, 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(palette().color(QPalette::Highlight), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(ring, 3, 3);
    painter->restore();
}

QList<AccessibleEntry> DataChartView::accessibleEntries()
{
    QList<AccessibleEntry> entries;
    const QList<ChartItem> items = chartItems();
    for (int i = 0; i < items.size(); ++i) {
        const ChartItem &item = items.at(i);
        AccessibleEntry entry;
        entry.name = item.name;
        entry.description = item.description;
        entry.rect = mapFromScene(chart()->mapRectToScene(item.rect)).boundingRect();
        entry.focused = i == m_keyboardItem;
        const QString id = item.id;
        entry.activate = [this, id] { emit itemActivated(id); };
        entries.append(entry);
    }
    return entries;
}

void DataChartView::keepLabelsWhole()
{
    // Qt Charts shortens axis labels and titles to "..." in a chart too short for them
    // rather than drawing fewer: the chart is never made that short. Measured: the turnover
    // chart keeps them whole from about 260 pixels, legend included; bigger type (presentation
    // mode) needs proportionally more. A minimum of the widget only: an export lays the chart
    // out for its own size.
    setMinimumHeight(int(std::ceil(fontMetrics().height() * 20 * m_fontScale)));
}

void DataChartView::watchModel(QAbstractItemModel *model)
{
    for (const auto &connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_model = model;
    if (model) {
        const auto changed = [this] { scheduleRebuild(); };
        m_modelConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, changed),
            connect(model, &QAbstractItemModel::dataChanged, this, changed),
            connect(model, &QAbstractItemModel::layoutChanged, this, changed),
            connect(model, &QAbstractItemModel::rowsInserted, this, changed),
            connect(model, &QAbstractItemModel::rowsRemoved, this, changed),
            connect(model, &QAbstractItemModel::rowsMoved, this, changed),
            connect(model, &QObject::destroyed, this, changed),
        };
    }
    rebuildNow();
}

void DataChartView::setSourceModel(QAbstractItemModel *sources)
{
    m_sources = sources;
}

QString DataChartView::sourceText(const ChartPoint &p) const
{
    if (!p.has(ChartPoint::Supplementary))
        return tr("Book, %1").arg(p.sourceLabel);
    QStringList outlets;
    for (int row = 0; m_sources && row < m_sources->rowCount(); ++row) {
        const QModelIndex index = m_sources->index(row, SourceModel::OutletColumn);
        if (!p.sources.contains(index.data(IdRole).toString()))
            continue;
        QString outlet = index.data().toString();
        if (outlet.isEmpty())
            outlet = index.data(TitleRole).toString();
        if (!outlet.isEmpty() && !outlets.contains(outlet))
            outlets.append(outlet);
    }
    if (outlets.isEmpty())
        return tr("Supplementary (not from the book)");
    return tr("Supplementary: %1 (not from the book)").arg(outlets.join(QStringLiteral("; ")));
}

QStringList DataChartView::sourceCsvColumns(const QStringList &sourceIds) const
{
    // The source model may sit behind proxies; its dataset holds the book's reference.
    const QAbstractItemModel *model = m_sources;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    const auto *sources = qobject_cast<const DatasetModel *>(model);
    return Csv::sourceColumns(sources ? sources->dataset() : nullptr, sourceIds);
}

QStringList DataChartView::pointCsvHeader()
{
    QStringList header{
        tr("Year"),      tr("Period"),      tr("Indicator"), tr("Value (US$ million)"),
        tr("Qualifier"), tr("Reported by"), tr("Origin"),    tr("Source"),
        tr("Record id")};
    return header + Csv::sourceColumnsHeader();
}

QStringList DataChartView::pointCsvRow(const ChartPoint &p) const
{
    QStringList row{QString::number(p.year),
                    p.period.isEmpty() ? tr("full year") : p.period,
                    p.indicatorText,
                    QString::number(p.value, 'g', 12),
                    Vocabulary::label(p.qualifier),
                    p.sideText,
                    p.has(ChartPoint::Supplementary) ? tr("supplementary (not from the book)")
                                                     : tr("book"),
                    sourceText(p),
                    p.id};
    return row + sourceCsvColumns(p.sources);
}

void DataChartView::scheduleRebuild()
{
    m_dirty = true;
    // A chart on a tab nobody looks at is built when it is shown (showEvent) or when an
    // export asks for it (ensureUpToDate): start-up and filtering pay only for what is seen.
    if (m_rebuildPending || !isVisible())
        return;
    m_rebuildPending = true;
    // A filter proxy emits a burst of row signals per keystroke: build once afterwards.
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuildNow();
    });
}

void DataChartView::showEvent(QShowEvent *event)
{
    QChartView::showEvent(event);
    if (m_dirty) {
        m_showing = true;
        rebuildNow();
        m_showing = false;
    }
}

void DataChartView::ensureUpToDate() const
{
    if (m_dirty)
        const_cast<DataChartView *>(this)->rebuildNow();
}

void DataChartView::rebuildNow()
{
    if (m_inRebuild)
        return;
    m_inRebuild = true;
    m_rebuildPending = false;
    m_dirty = false;
    // Remember which groups the reader hid, so a new filter or theme does not bring them back.
    for (const Group &group : std::as_const(m_groups)) {
        if (!group.visible)
            m_hiddenGroups.insert(group.leader->objectName());
        else
            m_hiddenGroups.remove(group.leader->objectName());
    }
    m_groups.clear();
    chart()->removeAllSeries();
    const auto axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_legend.clear();
    styleChart();
    rebuild();
    layoutLegend();
    // A filter may have taken the item the keyboard was on.
    if (m_keyboardItem >= chartItems().size())
        m_keyboardItem = -1;
    // Qt Charts deletes the items of removed series and axes later; an export that renders
    // the scene before the event loop runs again would draw them over the new ones. Not while
    // the window shows its children: the flush would also delete widgets Qt's layouts gave up
    // meanwhile, under the loop that shows them (a crash at start-up on the turnover tab).
    if (!m_showing)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_underlay->update();
    m_overlay->update();
    m_legendLayer->update();
    m_inRebuild = false;
}

QSet<QString> DataChartView::hiddenGroups() const
{
    QSet<QString> hidden = m_hiddenGroups;
    for (const Group &group : m_groups) {
        if (group.visible)
            hidden.remove(group.leader->objectName());
        else
            hidden.insert(group.leader->objectName());
    }
    return hidden;
}

void DataChartView::setHiddenGroups(const QSet<QString> &names)
{
    m_hiddenGroups = names;
    // The groups of the current build take the new choice at the next rebuild.
    for (Group &group : m_groups)
        group.visible = !names.contains(group.leader->objectName());
    m_dirty = true;
}

bool DataChartView::isEmpty() const
{
    ensureUpToDate();
    return !hasData();
}

void DataChartView::paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme)
{
    if (!painter || !painter->isActive() || rect.isEmpty())
        return;
    ensureUpToDate();

    // The size of rect in chart units: the device's resolution, its pixel ratio and the
    // painter's own scaling all say how many device pixels one painter unit is.
    QPaintDevice *device = painter->device();
    const qreal deviceDpi = device ? device->logicalDpiX() : unitsPerInch;
    const qreal ratio = device ? device->devicePixelRatioF() : 1.0;
    const QTransform transform = painter->deviceTransform();
    const qreal transformScale = std::hypot(transform.m11(), transform.m12());
    const qreal painterDpi = deviceDpi * ratio / (transformScale > 0 ? transformScale : 1.0);
    const QSizeF layoutSize = rect.size() * (unitsPerInch / painterDpi);

    const ViewTheme screenTheme = m_theme;
    const QRectF screenGeometry = chart()->geometry();
    const bool wasInteractive = isInteractive();
    setInteractive(false);
    m_theme = theme;
    m_exportSize = layoutSize;
    rebuildNow();
    chart()->setGeometry(QRectF(QPointF(0, 0), layoutSize));
    chart()->layout()->activate();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    scene()->render(painter, rect, QRectF(QPointF(0, 0), layoutSize), Qt::IgnoreAspectRatio);
    painter->restore();

    m_theme = screenTheme;
    m_exportSize = QSizeF();
    rebuildNow();
    chart()->setGeometry(screenGeometry);
    chart()->layout()->activate();
    setInteractive(wasInteractive);
}

QSizeF DataChartView::targetSize() const
{
    if (m_exportSize.isValid())
        return m_exportSize;
    return viewport()->size();
}

void DataChartView::paintUnderlay(QPainter *) {}

void DataChartView::paintOverlay(QPainter *painter)
{
    if (hasData() || m_emptyMessage.isEmpty())
        return;
    painter->setFont(scaledFont(1.3));
    painter->setPen(m_theme.mutedText);
    painter->drawText(chart()->rect(), Qt::AlignCenter | Qt::TextWordWrap, m_emptyMessage);
}

QFont DataChartView::scaledFont(qreal relative, int weight) const
{
    QFont font = m_theme.font(m_fontScale * relative, weight);
    font.setPixelSize(std::max(1, int(std::lround(font.pointSizeF() * unitsPerInch / 72.0))));
    return font;
}

void DataChartView::styleChart()
{
    QChart *c = chart();
    c->setBackgroundBrush(m_theme.background);
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    m_margins = QMargins(int(scaled(12)), int(scaled(16)), int(scaled(16)), int(scaled(8)));
    c->setMargins(m_margins);
    c->setTitle(QString());
    // Value axes then read "1,000" (or "1 000") in the reader's locale.
    c->setLocalizeNumbers(true);
    c->setLocale(QLocale());
    setBackgroundBrush(m_theme.background);
    // Qt's legend keeps the markers (labels, pens, brushes, clicks); the view draws them.
    QLegend *legend = c->legend();
    legend->setVisible(false);
    legend->setLabelColor(m_theme.text);
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
}

void DataChartView::styleAxis(QAbstractAxis *axis, bool gridVisible)
{
    axis->setLabelsFont(scaledFont(0.95));
    axis->setLabelsColor(m_theme.mutedText);
    axis->setTitleFont(scaledFont(0.95));
    axis->setTitleBrush(m_theme.mutedText);
    axis->setGridLineVisible(gridVisible);
    axis->setMinorGridLineVisible(false);
    axis->setGridLinePen(QPen(m_theme.grid, scaled(1)));
    axis->setLinePen(QPen(m_theme.axis, scaled(1)));
    axis->setLineVisible(!gridVisible);
    axis->setShadesVisible(false);
}

void DataChartView::addLegendGroup(QAbstractSeries *leader, const QList<QAbstractSeries *> &members)
{
    Group group;
    group.leader = leader;
    group.members = members;
    if (!group.members.contains(leader))
        group.members.prepend(leader);
    group.visible = !m_hiddenGroups.contains(leader->objectName());
    m_groups.append(group);
}

void DataChartView::finishLegend()
{
    QLegend *legend = chart()->legend();
    const auto markers = legend->markers();
    for (QLegendMarker *marker : markers) {
        const auto it = std::find_if(m_groups.cbegin(), m_groups.cend(), [marker](const Group &g) {
            return g.leader == marker->series();
        });
        if (it == m_groups.cend()) {
            marker->setVisible(false);
            continue;
        }
        // Markers are new after every rebuild, so each is connected once.
        connect(marker, &QLegendMarker::clicked, this, [this, marker] { toggleGroup(marker); });
    }
    for (const Group &group : std::as_const(m_groups)) {
        if (!group.visible)
            setGroupVisible(group.leader, false);
    }
}

bool DataChartView::isGroupVisible(const QAbstractSeries *member) const
{
    for (const Group &group : m_groups) {
        if (group.members.contains(const_cast<QAbstractSeries *>(member)))
            return group.visible;
    }
    return member && member->isVisible();
}

QList<QAbstractSeries *> DataChartView::legendLeaders() const
{
    QList<QAbstractSeries *> leaders;
    for (const Group &group : m_groups)
        leaders.append(group.leader);
    return leaders;
}

void DataChartView::setGroupVisible(QAbstractSeries *leader, bool visible)
{
    for (Group &group : m_groups) {
        if (group.leader != leader)
            continue;
        group.visible = visible;
        for (QAbstractSeries *series : std::as_const(group.members))
            series->setVisible(visible);
        // Hiding a series hides its legend entry too: keep the entry, dimmed, so the
        // reader can bring the series back.
        const auto markers = chart()->legend()->markers(leader);
        for (QLegendMarker *marker : markers) {
            marker->setVisible(true);
            dimMarker(marker, visible);
        }
        if (visible)
            m_hiddenGroups.remove(leader->objectName());
        else
            m_hiddenGroups.insert(leader->objectName());
    }
    m_underlay->update();
    m_overlay->update();
    m_legendLayer->update();
}

void DataChartView::toggleGroup(QLegendMarker *marker)
{
    for (const Group &group : std::as_const(m_groups)) {
        if (group.leader == marker->series()) {
            setGroupVisible(group.leader, !group.visible);
            return;
        }
    }
}

void DataChartView::dimMarker(QLegendMarker *marker, bool visible)
{
    const qreal alpha = visible ? 1.0 : 0.35;
    QBrush brush = marker->labelBrush();
    QColor colour = m_theme.text;
    colour.setAlphaF(alpha);
    brush.setColor(colour);
    marker->setLabelBrush(brush);
    QBrush markerBrush = marker->brush();
    QColor fill = markerBrush.color();
    fill.setAlphaF(visible ? 1.0 : 0.25);
    markerBrush.setColor(fill);
    marker->setBrush(markerBrush);
    QPen pen = marker->pen();
    QColor line = pen.color();
    line.setAlphaF(visible ? 1.0 : 0.25);
    pen.setColor(line);
    marker->setPen(pen);
}

void DataChartView::layoutLegend()
{
    m_legend.clear();
    QList<QSizeF> sizes;
    const QFont font = scaledFont(0.95);
    const QFontMetricsF metrics(font);
    const qreal symbol = scaled(22);
    const qreal textGap = scaled(6);
    const qreal available = targetSize().width() - m_margins.left() - m_margins.right() - scaled(4);
    const auto markers = chart()->legend()->markers();
    // A chart of legend groups shows one entry per group; any other, one per marker (a bar
    // chart's sets). Qt's hidden legend reports every marker as hidden, so it cannot say.
    const auto isEntry = [this](QLegendMarker *marker) {
        if (marker->label().isEmpty() || !marker->series())
            return false;
        return m_groups.isEmpty() ||
               std::any_of(m_groups.cbegin(), m_groups.cend(),
                           [marker](const Group &g) { return g.leader == marker->series(); });
    };
    for (QLegendMarker *marker : markers) {
        if (!isEntry(marker))
            continue;
        LegendEntry entry;
        entry.marker = marker;
        entry.text = metrics.elidedText(marker->label(), Qt::ElideRight,
                                        std::max(available - symbol - textGap, symbol));
        m_legend.append(entry);
        sizes.append(QSizeF(symbol + textGap + metrics.horizontalAdvance(entry.text),
                            std::max(metrics.height(), scaled(12))));
    }
    QMargins margins = m_margins;
    if (m_legend.isEmpty()) {
        chart()->setMargins(margins);
        return;
    }
    const FlowRows rows = FlowRows::arrange(sizes, available, scaled(20), scaled(4));
    if (rows.height <= targetSize().height() * 0.4) {
        const QPointF origin(m_margins.left(), scaled(8));
        for (int i = 0; i < m_legend.size(); ++i)
            m_legend[i].rect = rows.items.at(i).translated(origin);
        margins.setTop(int(std::ceil(origin.y() + rows.height + scaled(18))));
        chart()->setMargins(margins);
        return;
    }
    // Rows that would leave the plot little height (a short chart, large type): one column
    // beside the plot instead, each entry cut at its end only if the column must be narrow.
    qreal widest = 0;
    for (const QSizeF &size : std::as_const(sizes))
        widest = std::max(widest, size.width());
    const qreal column = std::min(widest, available * 0.38);
    const qreal left = targetSize().width() - m_margins.right() - column;
    qreal top = m_margins.top();
    // A long name wraps onto a second line where the column has the height for it, and is
    // cut at its end only beyond that.
    const auto columnHeight = [&](int maxLines) {
        qreal height = 0;
        for (const LegendEntry &entry : std::as_const(m_legend))
            height += metrics.lineSpacing() * (wrapText(metrics, entry.marker->label(),
                                                        column - symbol - textGap, maxLines)
                                                   .size() -
                                               1) +
                      std::max(metrics.height(), scaled(12)) + scaled(4);
        return height;
    };
    const int maxLines =
        columnHeight(2) <= targetSize().height() - m_margins.top() - m_margins.bottom() ? 2 : 1;
    for (int i = 0; i < m_legend.size(); ++i) {
        LegendEntry &entry = m_legend[i];
        const QStringList lines =
            wrapText(metrics, entry.marker->label(), column - symbol - textGap, maxLines);
        entry.text = lines.join(QLatin1Char('\n'));
        const qreal height = std::max(
            sizes.at(i).height(), metrics.lineSpacing() * (lines.size() - 1) + metrics.height());
        entry.rect = QRectF(left, top, column, height);
        top += height + scaled(4);
    }
    margins.setRight(int(std::ceil(m_margins.right() + column + scaled(16))));
    chart()->setMargins(margins);
}

void DataChartView::paintLegend(QPainter *painter) const
{
    if (m_legend.isEmpty() || !hasData())
        return;
    const QFont font = scaledFont(0.95);
    const QFontMetricsF metrics(font);
    const qreal symbol = scaled(22);
    painter->setFont(font);
    for (const LegendEntry &entry : m_legend) {
        const QRectF box(entry.rect.left(), entry.rect.top(), symbol, entry.rect.height());
        paintLegendSymbol(painter, entry.marker, box);
        painter->setPen(entry.marker->labelBrush().color());
        const QStringList lines = entry.text.split(QLatin1Char('\n'));
        const qreal textHeight = metrics.lineSpacing() * (lines.size() - 1) + metrics.height();
        qreal baseline =
            entry.rect.top() + (entry.rect.height() - textHeight) / 2 + metrics.ascent();
        for (const QString &line : lines) {
            painter->drawText(QPointF(box.right() + scaled(6), baseline), line);
            baseline += metrics.lineSpacing();
        }
    }
}

void DataChartView::paintLegendSymbol(QPainter *painter, QLegendMarker *marker,
                                      const QRectF &box) const
{
    // The marker's own pen and brush are Qt's legend's, unset while it is hidden: the
    // symbol is drawn from the series, faded while the reader has it hidden.
    const bool shown = isGroupVisible(marker->series());
    const auto faded = [shown](QColor colour) {
        if (!shown)
            colour.setAlphaF(colour.alphaF() * 0.3f);
        return colour;
    };
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPointF centre = box.center();
    if (auto *bar = qobject_cast<QBarLegendMarker *>(marker)) {
        // A bar's key: a swatch of its fill.
        const qreal side = scaled(11);
        painter->setPen(Qt::NoPen);
        painter->setBrush(faded(bar->barset()->brush().color()));
        painter->drawRect(QRectF(centre.x() - side / 2, centre.y() - side / 2, side, side));
    } else if (auto *scatter = qobject_cast<QScatterSeries *>(marker->series())) {
        // A marker: its shape, fill and outline, no larger than the type.
        const qreal size = std::min(scatter->markerSize(), scaled(12));
        const QRectF r(centre.x() - size / 2, centre.y() - size / 2, size, size);
        QPen pen = scatter->pen();
        pen.setColor(faded(pen.color()));
        pen.setWidthF(std::min(pen.widthF(), scaled(2)));
        painter->setPen(pen);
        painter->setBrush(faded(scatter->brush().color()));
        switch (scatter->markerShape()) {
        case QScatterSeries::MarkerShapeRectangle:
            painter->drawRect(r);
            break;
        case QScatterSeries::MarkerShapeRotatedRectangle:
            painter->drawPolygon(
                QPolygonF({QPointF(centre.x(), r.top()), QPointF(r.right(), centre.y()),
                           QPointF(centre.x(), r.bottom()), QPointF(r.left(), centre.y())}));
            break;
        case QScatterSeries::MarkerShapeTriangle:
            painter->drawPolygon(
                QPolygonF({QPointF(centre.x(), r.top()), r.bottomRight(), r.bottomLeft()}));
            break;
        default:
            painter->drawEllipse(r);
            break;
        }
    } else if (auto *line = qobject_cast<QXYSeries *>(marker->series())) {
        // A line: a short stretch of its pen, dashes and all.
        QPen pen = line->pen();
        pen.setColor(faded(pen.color()));
        pen.setCapStyle(Qt::FlatCap);
        painter->setPen(pen);
        painter->drawLine(QPointF(box.left(), centre.y()), QPointF(box.right(), centre.y()));
    }
    painter->restore();
}

const DataChartView::LegendEntry *DataChartView::legendEntryAt(const QPoint &viewPos) const
{
    const QPointF chartPos = chart()->mapFromScene(mapToScene(viewPos));
    for (const LegendEntry &entry : m_legend) {
        if (entry.rect.contains(chartPos))
            return &entry;
    }
    return nullptr;
}

void DataChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // The legend's rows follow the width; the plot follows the legend.
    if (!m_exportSize.isValid() && !m_legend.isEmpty()) {
        layoutLegend();
        m_legendLayer->update();
    }
}

bool DataChartView::viewportEvent(QEvent *event)
{
    // An elided entry tells its whole label on hover.
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const LegendEntry *entry = legendEntryAt(help->pos())) {
            QToolTip::showText(help->globalPos(), plaintext::toolTip(entry->marker->label()),
                               viewport());
            return true;
        }
    }
    return QChartView::viewportEvent(event);
}

void DataChartView::mousePressEvent(QMouseEvent *event)
{
    // A legend entry shows or hides its series, as Qt's own legend did.
    if (event->button() == Qt::LeftButton) {
        if (const LegendEntry *entry = legendEntryAt(event->position().toPoint())) {
            emit entry->marker->clicked();
            event->accept();
            return;
        }
    }
    // Qt Charts 6.4 reads the item under the pointer without checking there is one: a press
    // where the chart does not reach (beside a plot narrower than the view) would crash.
    if (!itemAt(event->position().toPoint())) {
        event->ignore();
        return;
    }
    QChartView::mousePressEvent(event);
}

void DataChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        scheduleRebuild();
    QChartView::changeEvent(event);
}

void DataChartView::drawHaloText(QPainter *painter, const QPointF &baseline, const QString &text,
                                 const QColor &colour) const
{
    // A soft box in the background colour rather than an outlined path: text stays text in
    // SVG and PDF (selectable, searchable, small).
    const QFontMetricsF metrics(painter->font());
    QRectF box(baseline.x(), baseline.y() - metrics.ascent(), metrics.horizontalAdvance(text),
               metrics.height());
    QColor halo = m_theme.background;
    halo.setAlphaF(0.85);
    painter->fillRect(box.adjusted(-2, 0, 2, 0), halo);
    painter->setPen(colour);
    painter->drawText(baseline, text);
}

} // namespace pe
