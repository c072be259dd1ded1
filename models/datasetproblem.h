#pragma once

#include <QList>
#include <QString>

namespace pe {

// One thing wrong with a dataset file, located well enough for a person to fix it:
// FILE:LINE:COLUMN: /json/pointer: message.
struct DatasetProblem
{
    QString file;
    int line = 0;   // 1-based; 0 when the problem is about the file as a whole
    int column = 0; // 1-based, in characters
    QString pointer;
    QString message;

    QString toString() const;
    bool operator==(const DatasetProblem &other) const;
};

using DatasetProblems = QList<DatasetProblem>;

} // namespace pe
