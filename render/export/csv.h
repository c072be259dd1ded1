#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QAbstractItemModel;

namespace pe {

class Dataset;

using CsvRows = QList<QStringList>; // the first row is the header

// Comma-separated values as spreadsheets and Datawrapper read them: UTF-8, a header row,
// fields quoted when they need it (RFC 4180), numbers left unformatted.
class Csv
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    static QByteArray encode(const CsvRows &rows);
    // Every row and column of a table model as shown, plus the record's id and the full
    // reference of each of its sources.
    static CsvRows fromModel(const QAbstractItemModel &model, const Dataset &dataset);
    // "B. Zalesskij, … note 61" or the supplementary page's outlet and address.
    static QString sourceReference(const Dataset &dataset, const QStringList &sourceIds);
};

// The line under every exported picture, built from the sources of the data it shows.
class SourceLine
{
    Q_DECLARE_TR_FUNCTIONS(SourceLine)

public:
    static QString compose(const Dataset &dataset, const QStringList &sourceIds);
};

} // namespace pe
