#include "tests/support/chartpoints.h"

namespace pe::test {

QStringList ids(const QList<ChartPoint> &points)
{
    QStringList list;
    for (const ChartPoint &p : points)
        list.append(p.id);
    return list;
}

} // namespace pe::test
