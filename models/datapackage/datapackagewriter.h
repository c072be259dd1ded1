#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pe {

// One file of a data package, named relative to the package's folder.
struct PackageFile
{
    QString name;
    QByteArray bytes;
};

// Writes a dataset as a Frictionless Tabular Data Package (docs/datapackage.md):
// datapackage.json, with a Table Schema per resource (types, primary and foreign keys), and
// one UTF-8 CSV per collection and per array of a record, which LibreOffice and pandas open
// as they are and DataPackageReader turns back into the same dataset.
class DataPackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(DataPackageWriter)

public:
    static QString descriptorName() { return QStringLiteral("datapackage.json"); }

    // datasetJson: a dataset file DatasetLoader accepted. The descriptor comes first.
    static QList<PackageFile> files(const QByteArray &datasetJson);
    // Writes every file into directory (made if missing) through OutputFiles, all of them or
    // none, the descriptor renamed into place last, so a reader never finds a descriptor
    // naming a table not yet written.
    static bool write(const QByteArray &datasetJson, const QString &directory, QString *error);
};

} // namespace pe
