#include "models/ranges.h"

#include <QStringList>

namespace pe {

QString compressRuns(const QList<int> &sorted, int minRun)
{
    QStringList parts;
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        if (j > i && j - i + 1 >= minRun) {
            parts.append(QStringLiteral("%1–%2").arg(sorted.at(i)).arg(sorted.at(j)));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                parts.append(QString::number(sorted.at(k)));
        }
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace pe
