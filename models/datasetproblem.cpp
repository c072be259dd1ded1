#include "models/datasetproblem.h"

namespace pe {

QString DatasetProblem::toString() const
{
    QString located = file;
    if (line > 0)
        located += QStringLiteral(":%1:%2").arg(line).arg(column);
    if (!pointer.isEmpty())
        located += QStringLiteral(": ") + pointer;
    return located + QStringLiteral(": ") + message;
}

bool DatasetProblem::operator==(const DatasetProblem &other) const
{
    return file == other.file && line == other.line && column == other.column &&
           pointer == other.pointer && message == other.message;
}

} // namespace pe
