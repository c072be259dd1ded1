#include "widgets/export/tourhandout.h"

#include "models/files/outputfiles.h"
#include "render/export/deterministichashorder.h"
#include "render/export/exportdocument.h"
#include "render/export/exportmetadata.h"
#include "render/export/exportsource.h"
#include "widgets/export/exportregistry.h"
#include "widgets/shell/recordformatter.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace pe {

namespace {

constexpr int logicalDpi = ExportMetadata::logicalDpi;

// Stacks wrapped paragraphs down a column and stops at its foot: text from a tour or a
// dataset is drawn as plain text, never as markup.
class Column
{
public:
    // A dry column only measures: the page gives the picture what the text leaves.
    Column(QPainter *painter, const QRectF &rect, bool dry = false)
        : m_painter(painter)
        , m_rect(rect)
        , m_y(rect.top())
        , m_dry(dry)
    {}

    qreal used() const { return m_y - m_rect.top(); }

    void paragraph(const QString &text, const QFont &font, const QColor &colour, qreal spaceAfter)
    {
        if (text.isEmpty() || m_y >= m_rect.bottom())
            return;
        m_painter->setFont(font);
        m_painter->setPen(colour);
        const QRectF room(m_rect.left(), m_y, m_rect.width(), m_rect.bottom() - m_y);
        const int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;
        QRectF used;
        if (m_dry)
            used = m_painter->boundingRect(room, flags, text);
        else
            m_painter->drawText(room, flags, text, &used);
        m_y += used.height() + spaceAfter;
    }

private:
    QPainter *m_painter;
    QRectF m_rect;
    qreal m_y;
    bool m_dry;
};

QFont sized(const ViewTheme &theme, qreal points, int weight = QFont::Normal)
{
    QFont font = theme.font(1.0, weight);
    font.setPointSizeF(points);
    return font;
}

} // namespace

QSizeF TourHandout::pageSize()
{
    const QSizeF millimetres = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    return {std::round(millimetres.width() / 25.4 * logicalDpi),
            std::round(millimetres.height() / 25.4 * logicalDpi)};
}

QString TourHandout::pictureKey(const QString &viewKey)
{
    if (viewKey == QLatin1String("ventures"))
        return QStringLiteral("venture-output");
    const ExportableView *view = ExportRegistry::find(viewKey);
    return view && view->hasPicture() ? viewKey : QString();
}

ExportContext TourHandout::stepContext(const TourStep &step, const ExportContext &base)
{
    ExportContext context = base;
    context.filter = step.filter;
    if (step.timelineYears)
        context.timelineRange = std::make_pair(double(step.timelineYears->first),
                                               double(step.timelineYears->second + 1));
    if (const auto series = TradeSeriesChoice::parse(step.series); series && !step.series.isEmpty())
        context.tradeSeries = *series;
    // The page shows the step as revealed: the answer is on the handout.
    context.selectedId = step.revealRecord.isEmpty() ? step.select : step.revealRecord;
    context.markedYear = step.highlightYear;
    context.showSelection = true;
    return context;
}

void TourHandout::paintPage(QPainter *painter, const QRectF &page, const Tour &tour, int index,
                            const ExportContext &base, const ViewTheme &theme)
{
    const TourStep &step = tour.steps.at(index);
    const QString language = base.dataLanguage;
    painter->save();
    painter->fillRect(page, theme.background);
    const qreal margin = 56;
    const QRectF body = page.adjusted(margin, margin, -margin, -margin);

    // Header: which lecture, which step.
    painter->setFont(sized(theme, 9.5, QFont::DemiBold));
    painter->setPen(theme.mutedText);
    const QRectF header(body.left(), body.top(), body.width(), 20);
    const QString counter = tr("Step %1 of %2").arg(index + 1).arg(tour.steps.size());
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, counter);
    const qreal counterWidth = painter->fontMetrics().horizontalAdvance(counter) + 24;
    painter->drawText(header.adjusted(0, 0, -counterWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(tour.title.text(language), Qt::ElideRight,
                                                        int(header.width() - counterWidth)));
    painter->setPen(QPen(theme.grid, 1));
    painter->drawLine(QPointF(body.left(), header.bottom() + 6),
                      QPointF(body.right(), header.bottom() + 6));

    const qreal top = header.bottom() + 20;
    const ExportContext context = stepContext(step, base);
    const RecordFormatter formatter(*base.dataset, language);
    const ExportableView *view = ExportRegistry::find(pictureKey(step.view));
    const auto text = [&](Column &column) {
        if (!step.revealRecord.isEmpty())
            column.paragraph(tr("Question: %1").arg(step.revealPrompt.text(language)),
                             sized(theme, 11.5), theme.mutedText, 8);
        column.paragraph(step.caption.text(language), sized(theme, 13, QFont::DemiBold), theme.text,
                         14);
        // A table's step has no picture: the record it shows stands in for it.
        if (!view && !context.selectedId.isEmpty())
            column.paragraph(formatter.citation(context.selectedId), sized(theme, 10.5), theme.text,
                             14);
        if (!step.notes.isEmpty()) {
            column.paragraph(tr("Notes"), sized(theme, 10.5, QFont::DemiBold), theme.text, 4);
            column.paragraph(step.notes.text(language), sized(theme, 10.5), theme.text, 14);
        }
        if (!step.sources.isEmpty()) {
            column.paragraph(tr("Sources"), sized(theme, 9.5, QFont::DemiBold), theme.mutedText, 4);
            for (const QString &id : step.sources)
                column.paragraph(formatter.citation(id), sized(theme, 9), theme.mutedText, 4);
        }
    };
    qreal y = top;
    if (view) {
        // The slide's picture, with its own title, source line and legend: as tall as the
        // text leaves room for, from a wide 16:9 to a squarer 4:3.
        Column measure(painter, QRectF(body.left(), 0, body.width(), body.height()), true);
        text(measure);
        const qreal room = body.bottom() - top - measure.used() - 24;
        const qreal height =
            std::clamp(room, std::round(body.width() * 9 / 16), std::round(body.width() * 3 / 4));
        const QRectF picture(body.left(), top, body.width(), height);
        const std::unique_ptr<ExportSource> source = view->build(context);
        const ExportDocument document = ExportRegistry::document(*view, *source, context);
        Exporter::paint(painter, picture, document, theme);
        painter->setPen(QPen(theme.grid, 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(picture);
        y = picture.bottom() + 24;
    }
    Column column(painter, QRectF(body.left(), y, body.width(), body.bottom() - y));
    text(column);
    painter->restore();
}

bool TourHandout::write(const QString &path, const Tour &tour, const ExportContext &base,
                        const ViewTheme &theme, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (tour.steps.isEmpty())
        return fail(tr("the tour has no step"));
    // Into memory, then written as one checked file: QPdfWriter reports no write error.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        const DeterministicHashOrder sameFontOrder;
        QPdfWriter writer(&buffer);
        ExportMetadata::setUpPdf(writer, tour.title.text(base.dataLanguage),
                                 QPageSize(QPageSize::A4));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(tr("cannot start drawing the PDF"));
        const QSizeF size = pageSize();
        const QRect target = painter.viewport();
        painter.setWindow(QRect(QPoint(0, 0), size.toSize()));
        painter.setViewport(target);
        for (int i = 0; i < tour.steps.size(); ++i) {
            if (i > 0)
                writer.newPage();
            paintPage(&painter, QRectF(QPointF(0, 0), size), tour, i, base, theme);
        }
        painter.end();
    }
    return OutputFiles::write(path, bytes, error);
}

} // namespace pe
