#pragma once

#include "models/datasetproblem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace pe {

// Where a value of the dataset came from in a package: a cell of one of its CSV files.
struct PackagePosition
{
    QString file;
    int line = 0;
    int column = 0;
};

// A data package turned back into the dataset file it was written from.
struct PackageDocument
{
    QByteArray json; // the dataset as a dataset file; empty when the package has problems
    DatasetProblems problems;
    bool unreadable = false; // the descriptor itself is missing or unreadable
    // JSON pointer ("/events/3/title/en") → the cell it was read from.
    QHash<QString, PackagePosition> positions;

    // The cell of the pointer, or of the nearest value containing it ("/events/3" for
    // "/events/3/title"); the descriptor when none.
    PackagePosition locate(const QString &pointer) const;
    QString descriptor;
};

// Reads a package DataPackageWriter wrote (docs/datapackage.md), or one edited in a
// spreadsheet since, back into the dataset's JSON, which DatasetLoader then validates like
// any dataset file. Problems name the CSV file, line, column and column name.
class DataPackageReader
{
    Q_DECLARE_TR_FUNCTIONS(DataPackageReader)

public:
    // A file named datapackage.json is read as a package.
    static bool isDescriptor(const QString &path);
    static PackageDocument read(const QString &descriptorPath);
};

} // namespace pe
