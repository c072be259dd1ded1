#pragma once

#include <QString>
#include <QStringList>

class QFontMetricsF;

namespace pe {

// Text in at most maxLines lines of width, broken between words; only a word longer than
// the width, or text beyond the last line, is elided. A period band's label on the
// timeline, a bar's category on the regional chart.
QStringList wrapText(const QFontMetricsF &metrics, const QString &text, qreal width, int maxLines);

// The text on two lines as even as its words allow (an annotation that would otherwise run
// across the plot); one line when it has no space to break at.
QStringList splitInTwo(const QFontMetricsF &metrics, const QString &text);

} // namespace pe
