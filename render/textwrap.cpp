#include "render/textwrap.h"

#include <QFontMetricsF>

#include <algorithm>

namespace pe {

QStringList wrapText(const QFontMetricsF &metrics, const QString &text, qreal width, int maxLines)
{
    if (text.isEmpty() || width <= 0 || maxLines < 1)
        return {};
    if (metrics.horizontalAdvance(text) <= width || maxLines == 1)
        return {metrics.elidedText(text, Qt::ElideRight, width)};
    // Greedy by words: "Economic cooperation" / "programme 2009–2016". The last line takes
    // what is left and is elided only if even that does not fit.
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
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

QStringList splitInTwo(const QFontMetricsF &metrics, const QString &text)
{
    QStringList best{text};
    qreal bestWidth = metrics.horizontalAdvance(text);
    for (qsizetype at = text.indexOf(QLatin1Char(' ')); at > 0;
         at = text.indexOf(QLatin1Char(' '), at + 1)) {
        const QString first = text.left(at).trimmed();
        const QString second = text.mid(at + 1).trimmed();
        if (first.isEmpty() || second.isEmpty())
            continue;
        const qreal width =
            std::max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second));
        if (width < bestWidth) {
            bestWidth = width;
            best = {first, second};
        }
    }
    return best;
}

} // namespace pe
