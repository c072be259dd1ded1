#pragma once

#include "render/viewtheme.h"

#include "widgets/accessibility/accessibleentries.h"

#include <QChartView>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <functional>

#include <QAbstractItemModel>
class QLegendMarker;

namespace pe {

struct ChartPoint;

// What the turnover, regional and venture charts share: the model watching, the theme and
// type scale, one paint routine for screen and every export format, an empty-state message
// and the layers drawn under and over the series (gaps, markers, annotations). Subclasses
// build their series in rebuild() from the model rows only.
class DataChartView : public QChartView, public AccessibleEntrySource
{
    Q_OBJECT

public:
    explicit DataChartView(QWidget *parent = nullptr);
    ~DataChartView() override;

    void setTheme(const ViewTheme &theme);
    const ViewTheme &theme() const { return m_theme; }
    // Presentation mode: type, markers and lines grow together.
    void setFontScale(qreal scale);
    qreal fontScale() const { return m_fontScale; }

    // Renders the chart (plot, axes, legend, annotations; no title) into rect of any paint
    // device: a QImage with a device pixel ratio, a QSvgGenerator or a QPdfWriter. The chart
    // is laid out for the target's size first, so labels are placed for it and not for the
    // window, then put back as it was.
    void paint(QPainter *painter, const QRectF &rect, const ViewTheme &theme);

    // Optional: a SourceModel (or a proxy over one), to name the outlet of supplementary
    // figures in tooltips and CSV ("Supplementary: BelTA (not from the book)").
    void setSourceModel(QAbstractItemModel *sources);
    // "Book, note 61", or the supplementary outlets of the point's sources.
    QString sourceText(const ChartPoint &point) const;
    // Csv::sourceColumns() of these sources, read from the source model's dataset: empty
    // cells when the chart has no source model.
    QStringList sourceCsvColumns(const QStringList &sourceIds) const;

    // The CSV columns every chart gives a drawn figure (year, period, indicator, value,
    // qualifier, side, origin, source, id, full references, addresses), after any columns
    // of the chart's own.
    static QStringList pointCsvHeader();
    QStringList pointCsvRow(const ChartPoint &point) const;

    // Source ids of the records drawn (hidden series left out).
    virtual QStringList sourceIds() const = 0;
    // A plain-language description of what the chart shows, for screen readers and exports.
    virtual QString altText() const = 0;
    // The long form, for FILE.desc.txt and the SVG's <desc>.
    virtual QString longDescription() const { return altText(); }
    // Header row, then one row per drawn record.
    virtual QList<QStringList> csvRows() const = 0;
    // The notes under an export of the chart: what its symbols mean, for those it draws.
    virtual QString exportNotes() const { return {}; }

    // A point or a bar as the keyboard steps through them (arrows, Home, End; Enter opens its
    // record) and a screen reader reads them, in reading order, hidden series left out.
    struct ChartItem
    {
        QString id;          // the record it stands for
        QString name;        // "Turnover, 2014: US$ 966.8 M"
        QString description; // "Full year · Belarusian statistics · Book, note 61"
        QRectF rect;         // where it is drawn, in chart coordinates
    };
    virtual QList<ChartItem> chartItems() const { return {}; }
    // The item the keyboard is on, or -1.
    int keyboardItem() const { return m_keyboardItem; }
    void setKeyboardItem(int index);
    QList<AccessibleEntry> accessibleEntries() override;
    QAccessible::Role accessibleRole() const override { return QAccessible::Chart; }
    QString accessibleSummary() override { return altText(); }

    // The legend groups the reader hid (their leaders' object names), so another chart of the
    // same data (an export) can hide the same ones.
    QSet<QString> hiddenGroups() const;
    void setHiddenGroups(const QSet<QString> &names);

    bool isEmpty() const;
    QString emptyMessage() const { return m_emptyMessage; }

signals:
    // The reader opened an item (Enter on it, or its accessible "press"): select its record.
    void itemActivated(const QString &id);

public:
    // Rebuilds now if the model changed since the last build (the views coalesce the many
    // signals a filter proxy emits into one rebuild on the next event-loop turn).
    void ensureUpToDate() const;

protected:
    // Creates every series and axis from the model and the theme; the chart is empty on entry.
    virtual void rebuild() = 0;
    virtual bool hasData() const = 0;
    // Drawn below the series (bands, year markers) and above them (labels, callouts), in
    // chart coordinates, at paint time, so they follow every layout, on screen or in export.
    virtual void paintUnderlay(QPainter *painter);
    virtual void paintOverlay(QPainter *painter);

    void watchModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    void scheduleRebuild();
    void setEmptyMessage(const QString &message) { m_emptyMessage = message; }
    // The size the chart is being laid out for: the export target inside paint(), else the
    // view. Label density (every year or every other year) depends on it.
    QSizeF targetSize() const;

    // Fonts and lengths in this view's theme and scale.
    QFont scaledFont(qreal relative = 1.0, int weight = QFont::Normal) const;
    qreal scaled(qreal length) const { return length * m_fontScale; }
    void keepLabelsWhole();
    void styleChart();
    void styleAxis(QAbstractAxis *axis, bool gridVisible);
    // Legend entries that stand for a group: clicking one hides or shows every series of the
    // group, and the entry is dimmed while hidden, as Qt's legendmarkers example does.
    void addLegendGroup(QAbstractSeries *leader, const QList<QAbstractSeries *> &members);
    void finishLegend();
    bool isGroupVisible(const QAbstractSeries *member) const;
    void setGroupVisible(QAbstractSeries *leader, bool visible);
    QList<QAbstractSeries *> legendLeaders() const;

    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    // The keyboard's item ringed on screen only: exports render the scene, not the view.
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;

    // Painting text with a halo of the background colour keeps labels readable over lines.
    void drawHaloText(QPainter *painter, const QPointF &baseline, const QString &text,
                      const QColor &colour) const;

public:
    // One entry of the legend as drawn: its marker (label, pen, brush, shape) and where it
    // is, in chart coordinates.
    struct LegendEntry
    {
        QLegendMarker *marker = nullptr;
        QRectF rect;
        QString text; // the label, elided only when it is wider than the chart by itself
    };
    const QList<LegendEntry> &legendEntries() const { return m_legend; }

private:
    class Layer;
    void rebuildNow();
    // The legend is drawn by the view rather than by Qt Charts, whose legend puts every
    // entry on one row and elides what does not fit ("Tur… Turn…"): this one wraps onto as
    // many rows as the width needs, on screen and in every export, and the plot starts
    // below it.
    void layoutLegend();
    void paintLegend(QPainter *painter) const;
    void paintLegendSymbol(QPainter *painter, QLegendMarker *marker, const QRectF &box) const;
    const LegendEntry *legendEntryAt(const QPoint &viewPos) const;
    void toggleGroup(QLegendMarker *marker);
    void dimMarker(QLegendMarker *marker, bool visible);

    struct Group
    {
        QAbstractSeries *leader = nullptr;
        QList<QAbstractSeries *> members;
        bool visible = true;
    };

    QPointer<QAbstractItemModel> m_model;
    QPointer<QAbstractItemModel> m_sources;
    QList<QMetaObject::Connection> m_modelConnections;
    ViewTheme m_theme = ViewTheme::light();
    qreal m_fontScale = 1.0;
    QString m_emptyMessage;
    QSizeF m_exportSize; // valid only inside paint()
    mutable bool m_dirty = true;
    bool m_rebuildPending = false;
    bool m_inRebuild = false;
    bool m_showing = false; // in showEvent: see rebuildNow
    QList<Group> m_groups;
    QSet<QString> m_hiddenGroups; // leaders' object names: kept across rebuilds
    Layer *m_underlay = nullptr;
    Layer *m_overlay = nullptr;
    Layer *m_legendLayer = nullptr;
    QList<LegendEntry> m_legend;
    QMargins m_margins; // the chart's own, before the legend's rows are added on top
    int m_keyboardItem = -1;
};

} // namespace pe
