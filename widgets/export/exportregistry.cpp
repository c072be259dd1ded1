#include "widgets/export/exportregistry.h"

#include "models/items/observationmodel.h"
#include "models/items/pairingmodel.h"
#include "models/items/sourcemodel.h"
#include "models/items/venturemodel.h"
#include "models/vocabulary.h"
#include "render/export/csv.h"
#include "render/export/exportcontext.h"
#include "render/export/exportsource.h"
#include "widgets/charts/chartexportsource.h"
#include "widgets/charts/regionaltradechart.h"
#include "widgets/charts/turnoverchart.h"
#include "widgets/charts/ventureoutputchart.h"
#include "widgets/export/tableexportsource.h"
#include "widgets/map/mapexportsource.h"
#include "widgets/timeline/timelineexportsource.h"

#include <QPainter>

namespace pe {

namespace {

const QList<ExportFormat> pictureFormats = {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf,
                                            ExportFormat::Csv};
const QList<ExportFormat> tableFormats = {ExportFormat::Csv};

template<class Chart, class Records>
std::function<std::unique_ptr<ExportSource>(const ExportContext &)> chart(const char *key)
{
    return [key](const ExportContext &context) -> std::unique_ptr<ExportSource> {
        return std::make_unique<ChartExportSource>(
            context, QLatin1String(key), std::make_unique<Records>(),
            [&context](QAbstractItemModel *records) {
                auto view = std::make_unique<Chart>();
                view->setModel(records);
                if constexpr (std::is_same_v<Chart, RegionalTradeChart>)
                    view->setPlace(context.filter.place);
                if constexpr (std::is_same_v<Chart, TurnoverChart>) {
                    view->setYearWindow(YearWindow::turnoverOf(*context.dataset));
                    view->setLandmarks(
                        ChartLandmark::fromDataset(*context.dataset, context.dataLanguage));
                    view->setSeries(context.tradeSeries);
                    if (context.showSelection)
                        view->setMarkedYear(context.markedYear);
                }
                return view;
            });
    };
}

template<class Records>
std::function<std::unique_ptr<ExportSource>(const ExportContext &)> table(const char *key)
{
    return [key](const ExportContext &context) -> std::unique_ptr<ExportSource> {
        return std::make_unique<TableExportSource>(context, QLatin1String(key),
                                                   std::make_unique<Records>());
    };
}

} // namespace

QString ExportableView::displayName() const
{
    return ExportRegistry::tr(name);
}

QString ExportableView::defaultTitle() const
{
    return ExportRegistry::tr(title);
}

QString ExportableView::defaultNotes() const
{
    return notes ? ExportRegistry::tr(notes) : QString();
}

const QList<ExportableView> &ExportRegistry::views()
{
    static const QList<ExportableView> table_ = {
        {QStringLiteral("timeline"), QT_TR_NOOP("Timeline"),
         QT_TR_NOOP("Belarus and Kazakhstan: thirty years of partnership"), nullptr, nullptr,
         pictureFormats,
         [](const ExportContext &context) -> std::unique_ptr<ExportSource> {
             return std::make_unique<TimelineExportSource>(context);
         }},
        {QStringLiteral("turnover"), QT_TR_NOOP("Turnover chart"),
         QT_TR_NOOP("Belarus–Kazakhstan trade turnover"),
         QT_TR_NOOP("US$ million, as reported by each side; part-year and approximate values "
                    "marked; gaps are years with no figure"),
         nullptr, pictureFormats, chart<TurnoverChart, ObservationModel>("turnover")},
        {QStringLiteral("regional-trade"), QT_TR_NOOP("Regional trade chart"),
         QT_TR_NOOP("Trade of Belarusian and Kazakh regions with the partner country"),
         QT_TR_NOOP("US$ million, figures the book gives per oblast or region"), nullptr,
         pictureFormats, chart<RegionalTradeChart, ObservationModel>("regional-trade")},
        {QStringLiteral("venture-output"), QT_TR_NOOP("Venture output chart"),
         QT_TR_NOOP("Output of Belarusian–Kazakh assembly plants"),
         QT_TR_NOOP("Units produced or delivered per year, as the book reports them"), nullptr,
         pictureFormats, chart<VentureOutputChart, VentureModel>("venture-output")},
        {QStringLiteral("map"), QT_TR_NOOP("Map"),
         QT_TR_NOOP("Belarus–Kazakhstan partnerships and joint ventures on the map"), nullptr,
         nullptr, pictureFormats,
         [](const ExportContext &context) -> std::unique_ptr<ExportSource> {
             return std::make_unique<MapExportSource>(context);
         }},
        {QStringLiteral("pairings"), QT_TR_NOOP("Region pairings table"),
         QT_TR_NOOP("Partnerships between Belarusian and Kazakh regions, cities and "
                    "institutions"),
         nullptr, nullptr, tableFormats, table<PairingModel>("pairings")},
        {QStringLiteral("ventures"), QT_TR_NOOP("Joint ventures table"),
         QT_TR_NOOP("Belarusian–Kazakh joint ventures and assembly plants"), nullptr, nullptr,
         tableFormats, table<VentureModel>("ventures")},
        {QStringLiteral("sources"), QT_TR_NOOP("Sources table"),
         QT_TR_NOOP("Sources: the book's footnotes and supplementary pages"), nullptr, nullptr,
         tableFormats, table<SourceModel>("sources")},
    };
    return table_;
}

const ExportableView *ExportRegistry::find(const QString &key)
{
    for (const ExportableView &view : views()) {
        if (view.key == key)
            return &view;
    }
    return nullptr;
}

QStringList ExportRegistry::keys()
{
    QStringList keys;
    for (const ExportableView &view : views())
        keys.append(view.key);
    return keys;
}

QString ExportRegistry::summary()
{
    // Views grouped by the formats they share, in the table's order.
    QList<std::pair<QList<ExportFormat>, QStringList>> groups;
    for (const ExportableView &view : views()) {
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [&](const auto &g) { return g.first == view.formats; });
        if (group == groups.end())
            groups.append({view.formats, {view.key}});
        else
            group->second.append(view.key);
    }
    QStringList parts;
    for (const auto &[formats, keys] : groups)
        parts.append(QStringLiteral("%1 (%2)").arg(keys.join(QStringLiteral(", ")),
                                                   formatKeys(formats).join(QStringLiteral(", "))));
    return parts.join(QStringLiteral("; "));
}

QString ExportRegistry::filterDescription(const ExportContext &context)
{
    const RecordFilter &f = context.filter;
    QStringList parts;
    if (!f.text.trimmed().isEmpty())
        parts.append(tr("matching “%1”").arg(f.text.trimmed()));
    if (f.fromYear || f.toYear)
        parts.append(tr("%1–%2").arg(f.fromYear ? QString::number(f.fromYear) : QStringLiteral("…"),
                                     f.toYear ? QString::number(f.toYear) : QStringLiteral("…")));
    // In the vocabulary's order, not the set's: the same filter always reads the same.
    for (const Category c : allValues<Category>()) {
        if (f.categories.contains(c))
            parts.append(Vocabulary::label(c));
    }
    if (!f.place.isEmpty()) {
        const Place *p = context.dataset ? context.dataset->place(f.place) : nullptr;
        parts.append(p ? p->name.text(context.dataLanguage) : f.place);
    }
    if (f.sector)
        parts.append(Vocabulary::label(*f.sector));
    // Without it a book-only picture would pass for the whole record.
    if (f.bookOnly)
        parts.append(tr("from the book only"));
    return parts.join(QStringLiteral(", "));
}

ExportDocument ExportRegistry::document(const ExportableView &view, ExportSource &source,
                                        const ExportContext &context)
{
    ExportDocument doc;
    doc.title = view.defaultTitle();
    doc.subtitle = source.subtitle();
    if (doc.subtitle.isEmpty() && view.subtitle)
        doc.subtitle = tr(view.subtitle);
    const QString filters = filterDescription(context);
    if (!filters.isEmpty())
        doc.subtitle += (doc.subtitle.isEmpty() ? QString() : QStringLiteral(" · ")) +
                        tr("Filtered: %1").arg(filters);
    doc.notes = source.notes();
    if (doc.notes.isEmpty())
        doc.notes = view.defaultNotes();
    doc.description = source.altText();
    doc.longDescription = source.longDescription();
    if (context.dataset) {
        doc.sourceLine = SourceLine::compose(*context.dataset, source.sourceIds());
        doc.datasetTitle = context.dataset->title.text(context.dataLanguage);
        doc.datasetSha256 = context.dataset->sha256;
    }
    doc.paintBody = [&source](QPainter *painter, const QRectF &rect, const ViewTheme &theme) {
        source.paint(painter, rect, theme);
    };
    return doc;
}

} // namespace pe
