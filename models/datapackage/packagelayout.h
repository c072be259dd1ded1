#pragma once

// How the dataset's JSON maps onto the tables of a data package (docs/datapackage.md): one
// description read by the writer, the reader and the Table Schema generator alike, so the
// three cannot drift apart. Private to pe_models.

#include <QString>
#include <QStringList>

#include <vector>

namespace pe::package {

// The languages a dataset text carries: a text field is one column per language.
inline const QStringList &textLanguages()
{
    static const QStringList languages{QStringLiteral("en"), QStringLiteral("fr"),
                                       QStringLiteral("ru")};
    return languages;
}

enum class FieldType { String, Integer, Number, Text };

// A value of a record: path is its place in the record's JSON ("belarusianSide/name").
struct Field
{
    const char *path;
    FieldType type;
    bool required = false;
    const char *references = nullptr; // the resource whose id this names
    const char *description = nullptr;

    // "belarusianSide_place"; a text field's columns add the language ("name_en").
    QString column() const;
    QStringList columns() const;
};

// What a JSON array of a record holds, and so the shape of its table.
enum class ListShape {
    Values,  // strings (ids or names): one value column
    Texts,   // texts: one column per language
    Records, // objects: a position column and one column per field
};

// An array of a record stored as its own table, one row per element, in the array's order.
struct List
{
    const char *resource; // "event_places"
    const char *field;    // "places"
    ListShape shape;
    const char *column = nullptr;     // the value column (Values), the text (Texts) or, for
                                      // Records, the column naming an element in its lists
                                      // ("milestone", holding its position)
    const char *references = nullptr; // the resource a value names (Values)
    bool alwaysPresent = false;       // written as [] when the table has no row for a record
    std::vector<Field> fields = {};   // Records
    std::vector<List> lists = {};     // Records: arrays inside each element
    const char *description = nullptr;

    QStringList valueColumns() const;
};

// A collection of the dataset ("events") and the tables of its arrays.
struct Table
{
    const char *resource; // the collection's name, also the resource's
    const char *key;      // the column naming a record in its lists' tables ("event")
    std::vector<Field> fields;
    std::vector<List> lists;
    const char *description;
};

// The dataset's collections in the order the file lists them.
const std::vector<Table> &tables();

// The file each resource is written to: "event_places.csv".
inline QString fileOf(const char *resource)
{
    return QString::fromLatin1(resource) + QStringLiteral(".csv");
}

// The column of a list's table holding an element's position (Records only).
inline QString positionColumn()
{
    return QStringLiteral("position");
}

} // namespace pe::package
