#include "render/timeline/timelineperiod.h"

#include <QFontMetricsF>

namespace pe {

QStringList wrapPeriodLabel(const QFontMetricsF &metrics, const QString &label, qreal width,
                            int maxLines)
{
    if (label.isEmpty() || width <= 0 || maxLines < 1)
        return {};
    if (metrics.horizontalAdvance(label) <= width || maxLines == 1)
        return {metrics.elidedText(label, Qt::ElideRight, width)};
    // Greedy by words: "Economic cooperation" / "programme 2009–2016". The last line takes
    // what is left and is elided only if even that does not fit.
    const QStringList words = label.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    qsizetype next = 0;
    while (next < words.size() && lines.size() < maxLines - 1) {
        const QString candidate =
            line.isEmpty() ? words.at(next) : line + QLatin1Char(' ') + words.at(next);
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            ++next;
        } else {
            lines.append(line);
            line.clear();
        }
    }
    QStringList last = words.mid(next);
    if (!line.isEmpty())
        last.prepend(line);
    if (!last.isEmpty())
        lines.append(last.join(QLatin1Char(' ')));
    for (QString &l : lines)
        l = metrics.elidedText(l, Qt::ElideRight, width);
    return lines;
}

} // namespace pe
