#include "models/items/roles.h"
#include "render/palette.h"
#include "render/textwrap.h"
#include "render/timeline/timelineframe.h"
#include "render/timeline/timelineitems.h"
#include "render/timeline/timelinerenderer.h"
#include "render/timeline/timelineviewport.h"
#include "render/viewtheme.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace pe;

namespace {

struct Row
{
    const char *id;
    int dateKey;
    Category category;
};

std::unique_ptr<QStandardItemModel> modelOf(const QList<Row> &rows)
{
    auto model = std::make_unique<QStandardItemModel>(0, 1);
    for (const Row &r : rows) {
        auto *item = new QStandardItem;
        item->setData(QString::fromLatin1(r.id), IdRole);
        item->setData(r.dateKey, DateKeyRole);
        item->setData(r.dateKey / 10000, YearRole);
        item->setData(QVariant::fromValue(r.category), CategoryRole);
        item->setData(QStringLiteral("Event %1").arg(QString::fromLatin1(r.id)), TitleRole);
        model->appendRow(item);
    }
    return model;
}

const QSize imageSize(1200, 700);

bool near(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

// The renderer alone, with no widget anywhere: this suite links the render library only.
class TestTimelineRenderer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void periodBandCoversItsYears();
    void noPeriodsNoBand();
    void periodLabelWraps_data();
    void periodLabelWraps();
    void narrowBandGetsASecondLine();
    void selectionIsDrawnWhereTheFrameSays();
    void emptyItems();

private:
    QImage render(const TimelinePeriods &periods, const QString &selected = {});
    TimelineFrame frameFor(const QImage &image, const TimelinePeriods &periods = {}) const;

    std::unique_ptr<QStandardItemModel> m_model;
    TimelineItems m_items;
    TimelineViewport m_viewport;
    ViewTheme m_theme = ViewTheme::light();
};

void TestTimelineRenderer::init()
{
    m_model = modelOf({{"a", 19960405, Category::Treaties},
                       {"b", 20030612, Category::Trade},
                       {"c", 20100300, Category::Industry},
                       {"d", 20150000, Category::Regions}});
    m_items = TimelineItems::fromModel(m_model.get());
    QCOMPARE(m_items.size(), 4);
    m_viewport = TimelineViewport::fitted(m_items.domain(TimelineDomain{1992.0, 2023.0}));
}

QImage TestTimelineRenderer::render(const TimelinePeriods &periods, const QString &selected)
{
    QImage image(imageSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(m_theme.background);
    TimelineRenderer renderer;
    renderer.setPeriods(periods);
    QPainter painter(&image);
    renderer.paint(&painter, QRectF(QPointF(0, 0), QSizeF(imageSize)), m_theme, m_items, m_viewport,
                   selected);
    painter.end();
    return image;
}

TimelineFrame TestTimelineRenderer::frameFor(const QImage &image,
                                             const TimelinePeriods &periods) const
{
    return TimelineFrame::compute(&image, QRectF(QPointF(0, 0), QSizeF(imageSize)), m_theme,
                                  m_items.lanes(), m_viewport, periods);
}

void TestTimelineRenderer::periodBandCoversItsYears()
{
    const QImage image = render({{2000.0, 2005.0, QStringLiteral("P")}});
    const TimelineFrame f = frameFor(image);
    // Along the top of the period strip, above its label, only the band is drawn.
    const int y = int(f.periodStrip.top()) + 2;
    const double x0 = f.x(2000.0);
    const double x1 = f.x(2005.0);
    const QColor background = m_theme.background;
    int inked = 0;
    for (int x = int(f.plot.left()) + 1; x < int(f.plot.right()) - 1; ++x) {
        const bool tinted = image.pixelColor(x, y) != background;
        if (x > x0 + 1.5 && x < x1 - 1.5) {
            QVERIFY2(tinted, qPrintable(QStringLiteral("x %1 inside the band").arg(x)));
            ++inked;
        } else if (x < x0 - 1.5 || x > x1 + 1.5) {
            QVERIFY2(!tinted, qPrintable(QStringLiteral("x %1 outside the band").arg(x)));
        }
    }
    QVERIFY(inked > 0);
    // The band reaches down through the lanes: between two grid lines, the tint is there.
    const int laneY = int(f.plot.bottom()) - 2;
    const QImage none = render({});
    QVERIFY(image.pixelColor(int(f.x(2002.5)), laneY) != none.pixelColor(int(f.x(2002.5)), laneY));
    QCOMPARE(image.pixelColor(int(f.x(2007.5)), laneY), none.pixelColor(int(f.x(2007.5)), laneY));
}

void TestTimelineRenderer::noPeriodsNoBand()
{
    const QImage image = render({});
    const TimelineFrame f = frameFor(image);
    // Whole pixels inside the strip: its bottom edge is the lanes' top, where grid lines start.
    const QRect strip = f.periodStrip.adjusted(1, 1, -1, -1).toRect().intersected(image.rect());
    for (int y = strip.top(); y <= strip.bottom(); ++y) {
        for (int x = strip.left(); x <= strip.right(); ++x) {
            QVERIFY2(image.pixelColor(x, y) == m_theme.background,
                     qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
        }
    }
    // A period outside the visible years draws nothing either.
    QCOMPARE(render({{1900.0, 1950.0, QStringLiteral("Long ago")}}), image);
}

void TestTimelineRenderer::periodLabelWraps_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("widthOf"); // the room is this text's width
    QTest::addColumn<int>("maxLines");
    QTest::addColumn<QStringList>("expected");
    const QString programme = QStringLiteral("Economic cooperation programme 2009–2016");
    QTest::newRow("fits") << programme << programme << 2 << QStringList{programme};
    QTest::newRow("two lines") << programme << QStringLiteral("Economic cooperation programme") << 2
                               << QStringList{QStringLiteral("Economic cooperation programme"),
                                              QStringLiteral("2009–2016")};
    QTest::newRow("breaks between words, not inside")
        << programme << QStringLiteral("Economic cooperation prog") << 2
        << QStringList{QStringLiteral("Economic cooperation"),
                       QStringLiteral("programme 2009–2016")};
    QTest::newRow("one line allowed: elided")
        << programme << QStringLiteral("Economic cooperation") << 1
        << QStringList{QStringLiteral("Economic coopera…")};
}

void TestTimelineRenderer::periodLabelWraps()
{
    QFETCH(QString, label);
    QFETCH(QString, widthOf);
    QFETCH(int, maxLines);
    QFETCH(QStringList, expected);
    QImage device(10, 10, QImage::Format_ARGB32);
    const QFontMetricsF fm(m_theme.font(0.85), &device);
    const qreal width = fm.horizontalAdvance(widthOf) + 0.5;
    const QStringList lines = wrapText(fm, label, width, maxLines);
    for (const QString &line : lines)
        QVERIFY2(fm.horizontalAdvance(line) <= width, qPrintable(line));
    if (QTest::currentDataTag() == QByteArray("one line allowed: elided")) {
        // Where the ellipsis falls depends on the font: only its presence is the rule.
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().endsWith(QChar(0x2026)));
        return;
    }
    QCOMPARE(lines, expected);
}

void TestTimelineRenderer::narrowBandGetsASecondLine()
{
    QImage image(imageSize, QImage::Format_ARGB32_Premultiplied);
    const TimelineFrame plain = frameFor(image, {{2017.9, 2023.0, QStringLiteral("Treaty")}});
    QCOMPARE(plain.periodLines, 1);
    const TimelinePeriod treaty{2017.9, 2023.0,
                                QStringLiteral("Treaty on economic cooperation for 2017–2026")};
    const TimelineFrame wrapped = frameFor(image, {treaty});
    QCOMPARE(wrapped.periodLines, 2);
    QVERIFY(wrapped.periodStrip.height() > plain.periodStrip.height());
    // The lanes give up the room; the strip still ends where the plot begins.
    QCOMPARE(wrapped.plot.top(), wrapped.periodStrip.bottom());
    const QFontMetricsF fm(wrapped.periodFont, &image);
    const QStringList lines = wrapText(fm, treaty.label, wrapped.periodLabelRoom(treaty), 2);
    QCOMPARE(lines.join(QLatin1Char(' ')), treaty.label);
}

void TestTimelineRenderer::selectionIsDrawnWhereTheFrameSays()
{
    const QImage plain = render({});
    const QImage selected = render({}, QStringLiteral("b"));
    const TimelineFrame f = frameFor(selected);
    TimelineRenderer renderer;
    const TimelineLayout &layout = renderer.layout(f, m_items);
    const int node = layout.nodeOfEvent(m_items.indexOf(QStringLiteral("b")));
    QVERIFY(node >= 0);
    const QRectF marker = f.markerRect(layout.nodes()[size_t(node)]);
    QVERIFY(!marker.isEmpty());

    // The marker is in its category's colour at its centre, with or without selection.
    const QColor category = m_theme.adjust(palette::category(Category::Trade));
    QVERIFY(near(selected.pixelColor(marker.center().toPoint()), category, 8));
    QVERIFY(near(plain.pixelColor(marker.center().toPoint()), category, 8));

    // The selection ring, in the highlight colour, surrounds the marker and nothing else.
    const QColor highlight = palette::highlight();
    const QRect around = marker.adjusted(-12 * f.u, -12 * f.u, 12 * f.u, 12 * f.u).toAlignedRect();
    auto highlightIn = [&](const QImage &image, const QRect &area) {
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                if (near(image.pixelColor(x, y), highlight, 10))
                    return true;
            }
        }
        return false;
    };
    QVERIFY(highlightIn(selected, around));
    QVERIFY(!highlightIn(plain, around));
    // Left of the marker, the same lane is untouched by the selection.
    const QRect before(int(f.plot.left()) + 2, around.top(), around.left() - int(f.plot.left()) - 4,
                       around.height());
    QVERIFY(!highlightIn(selected, before));
}

void TestTimelineRenderer::emptyItems()
{
    // No events, and no model at all: the axis and legend still draw, with the message.
    m_items = TimelineItems();
    m_viewport = TimelineViewport::fitted(m_items.domain());
    const QImage image = render({});
    QVERIFY(!image.isNull());
    QVERIFY(m_items.domain().span() >= 1);
    QVERIFY(!m_items.modelHasNoRows());
    QStandardItemModel empty(0, 1);
    QVERIFY(TimelineItems::fromModel(&empty).modelHasNoRows());
}

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
