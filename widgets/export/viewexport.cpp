#include "widgets/export/viewexport.h"

#include "models/items/eventmodel.h"
#include "models/items/recordfiltermodel.h"
#include "models/items/roles.h"
#include "models/vocabulary.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"
#include "widgets/shell/mainwindow.h"
#include "widgets/timeline/timelineview.h"

#include <QLocale>
#include <QSet>

namespace pe {

namespace {

// The chart of a view, brought up to date with the filters: a chart rebuilds lazily after
// the model changes, and an export must show what the filters say now.
DataChartView *chartFor(const MainWindow &window, const QString &key)
{
    DataChartView *chart = nullptr;
    if (key == QLatin1String("turnover"))
        chart = window.turnoverChart();
    else if (key == QLatin1String("regional-trade"))
        chart = window.regionalChart();
    else if (key == QLatin1String("venture-output"))
        chart = window.ventureOutputChart();
    if (chart)
        chart->ensureUpToDate();
    return chart;
}

QString tableCollection(const QString &key)
{
    if (key == QLatin1String("pairings"))
        return QStringLiteral("pairings");
    if (key == QLatin1String("ventures"))
        return QStringLiteral("ventures");
    if (key == QLatin1String("timeline"))
        return QStringLiteral("events");
    return {};
}

QString filterDescription(const MainWindow &window)
{
    const RecordFilter &f = window.filter();
    QStringList parts;
    if (!f.text.trimmed().isEmpty())
        parts.append(ViewExport::tr("matching “%1”").arg(f.text.trimmed()));
    if (f.fromYear || f.toYear)
        parts.append(ViewExport::tr("%1–%2").arg(
            f.fromYear ? QString::number(f.fromYear) : QStringLiteral("…"),
            f.toYear ? QString::number(f.toYear) : QStringLiteral("…")));
    for (const QString &c : f.categories)
        parts.append(Vocabulary::category(c));
    if (!f.place.isEmpty()) {
        const auto dataset = window.store()->dataset();
        const Place *p = dataset ? dataset->place(f.place) : nullptr;
        parts.append(p ? p->name.text(window.dataLanguage()) : f.place);
    }
    if (!f.sector.isEmpty())
        parts.append(Vocabulary::sector(f.sector));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QStringList ViewExport::keys()
{
    return {QStringLiteral("timeline"),       QStringLiteral("turnover"),
            QStringLiteral("regional-trade"), QStringLiteral("venture-output"),
            QStringLiteral("pairings"),       QStringLiteral("ventures")};
}

bool ViewExport::isTable(const QString &key)
{
    return key == QLatin1String("pairings") || key == QLatin1String("ventures");
}

QStringList ViewExport::formats(const QString &key)
{
    if (!keys().contains(key))
        return {};
    if (isTable(key))
        return {QStringLiteral("csv")};
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf"),
            QStringLiteral("csv")};
}

bool ViewExport::supportsFormat(const QString &key, const QString &format)
{
    return formats(key).contains(format.toLower());
}

QString ViewExport::defaultTitle(const QString &key)
{
    if (key == QLatin1String("timeline"))
        return tr("Belarus and Kazakhstan: thirty years of partnership");
    if (key == QLatin1String("turnover"))
        return tr("Belarus–Kazakhstan trade turnover");
    if (key == QLatin1String("regional-trade"))
        return tr("Trade of Belarusian and Kazakh regions with the partner country");
    if (key == QLatin1String("venture-output"))
        return tr("Output of Belarusian–Kazakh assembly plants");
    if (key == QLatin1String("pairings"))
        return tr("Partnerships between Belarusian and Kazakh regions, cities and institutions");
    if (key == QLatin1String("ventures"))
        return tr("Belarusian–Kazakh joint ventures and assembly plants");
    return {};
}

QString ViewExport::defaultSubtitle(const MainWindow &window, const QString &key)
{
    QString subtitle;
    if (key == QLatin1String("timeline")) {
        const auto *events = window.proxyFor(QStringLiteral("events"));
        int first = 0;
        int last = 0;
        for (int row = 0; row < events->rowCount(); ++row) {
            const int year = events->index(row, 0).data(YearRole).toInt();
            first = first ? std::min(first, year) : year;
            last = std::max(last, year);
        }
        subtitle = tr("%n event(s)", nullptr, events->rowCount());
        if (first)
            subtitle += QStringLiteral(", %1–%2").arg(first).arg(last);
        subtitle += tr(", by category");
    } else if (key == QLatin1String("turnover")) {
        subtitle = tr("US$ million, as reported by each side; part-year and approximate values "
                      "marked; gaps are years with no figure");
    } else if (key == QLatin1String("regional-trade")) {
        subtitle = tr("US$ million, figures the book gives per oblast or region");
    } else if (key == QLatin1String("venture-output")) {
        subtitle = tr("Units produced or delivered per year, as the book reports them");
    }
    const QString filters = filterDescription(window);
    if (!filters.isEmpty())
        subtitle += (subtitle.isEmpty() ? QString() : QStringLiteral(" · ")) +
                    tr("Filtered: %1").arg(filters);
    return subtitle;
}

QString ViewExport::defaultNotes(const QString &key)
{
    if (key == QLatin1String("turnover"))
        return tr("Belarusian and Kazakh statistics differ; each line keeps one side's figures. "
                  "Hollow markers: figures from public pages outside the book.");
    return {};
}

QStringList ViewExport::sourceIds(const MainWindow &window, const QString &key)
{
    if (DataChartView *chart = chartFor(window, key))
        return chart->sourceIds();
    QStringList ids;
    QSet<QString> seen;
    const auto *proxy = window.proxyFor(tableCollection(key));
    for (int row = 0; proxy && row < proxy->rowCount(); ++row) {
        for (const QString &id : proxy->index(row, 0).data(SourcesRole).toStringList()) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

QString ViewExport::altText(const MainWindow &window, const QString &key)
{
    if (DataChartView *chart = chartFor(window, key))
        return chart->altText();
    const auto *events = window.proxyFor(QStringLiteral("events"));
    if (key != QLatin1String("timeline") || !events || events->rowCount() == 0)
        return tr("No events match the filters.");
    QHash<QString, int> perCategory;
    for (int row = 0; row < events->rowCount(); ++row)
        ++perCategory[events->index(row, 0).data(CategoryRole).toString()];
    QStringList categories;
    for (auto it = perCategory.cbegin(); it != perCategory.cend(); ++it)
        categories.append(tr("%1: %2").arg(Vocabulary::category(it.key())).arg(it.value()));
    categories.sort();
    const QModelIndex first = events->index(0, EventModel::DateColumn);
    const QModelIndex last = events->index(events->rowCount() - 1, EventModel::DateColumn);
    return tr("A timeline of %n event(s) of the Belarus–Kazakhstan partnership, from %1 (%2) to "
              "%3 (%4), in lanes by category (%5).",
              nullptr, events->rowCount())
        .arg(first.data().toString(),
             first.siblingAtColumn(EventModel::TitleColumn).data().toString(),
             last.data().toString(),
             last.siblingAtColumn(EventModel::TitleColumn).data().toString(),
             categories.join(QStringLiteral("; ")));
}

ExportDocument ViewExport::document(const MainWindow &window, const QString &key)
{
    ExportDocument doc;
    doc.title = defaultTitle(key);
    doc.subtitle = defaultSubtitle(window, key);
    doc.description = altText(window, key);
    const auto dataset = window.store()->dataset();
    if (dataset)
        doc.sourceLine = SourceLine::compose(*dataset, sourceIds(window, key));
    doc.notes = defaultNotes(key);
    if (DataChartView *chart = chartFor(window, key)) {
        doc.paintBody = [chart](QPainter *painter, const QRectF &rect, const ViewTheme &theme) {
            chart->paint(painter, rect, theme);
        };
    } else if (key == QLatin1String("timeline")) {
        TimelineView *timeline = window.timeline();
        doc.paintBody = [timeline](QPainter *painter, const QRectF &rect, const ViewTheme &theme) {
            timeline->paint(painter, rect, theme);
        };
    }
    return doc;
}

CsvRows ViewExport::csv(const MainWindow &window, const QString &key)
{
    if (DataChartView *chart = chartFor(window, key))
        return chart->csvRows();
    const auto dataset = window.store()->dataset();
    const auto *proxy = window.proxyFor(tableCollection(key));
    if (!dataset || !proxy)
        return {};
    return Csv::fromModel(*proxy, *dataset);
}

} // namespace pe
