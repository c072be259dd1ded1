#include "models/datapackage/datapackagewriter.h"

#include "models/datapackage/csvtable.h"
#include "models/datapackage/packagelayout.h"
#include "models/files/outputfiles.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <functional>

namespace pe {

using nlohmann::json;
using nlohmann::ordered_json;
using namespace package;

namespace {

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// The value at a '/'-separated path inside a record, or null.
const json *at(const json &record, const char *path)
{
    const json *value = &record;
    for (const QString &key : QString::fromLatin1(path).split(QLatin1Char('/'))) {
        if (!value->is_object())
            return nullptr;
        const auto it = value->find(key.toStdString());
        if (it == value->end())
            return nullptr;
        value = &*it;
    }
    return value;
}

QString cell(const json *value)
{
    if (!value || value->is_null())
        return QString();
    if (value->is_string())
        return fromStd(value->get<std::string>());
    // Numbers as the dataset file spells them: 215 stays an integer, 847.9 keeps its digits.
    return fromStd(value->dump());
}

// A cell of a CSV file: a text that a spreadsheet would take for a formula is guarded.
QString csvCell(const json *value)
{
    const QString text = cell(value);
    return value && value->is_string() ? CsvTable::guardFormula(text) : text;
}

// The cells of one value: a text gives one per language, empty where it has none.
QStringList cells(const json *value, FieldType type)
{
    if (type != FieldType::Text)
        return {csvCell(value)};
    QStringList texts;
    for (const QString &language : textLanguages())
        texts.append(value && value->is_object() ? csvCell(at(*value, qPrintable(language)))
                                                 : QString());
    return texts;
}

QStringList fieldCells(const json &record, const std::vector<Field> &fields)
{
    QStringList row;
    for (const Field &f : fields)
        row += cells(at(record, f.path), f.type);
    return row;
}

QStringList fieldColumns(const std::vector<Field> &fields)
{
    QStringList names;
    for (const Field &f : fields)
        names += f.columns();
    return names;
}

// Appends the rows of a list (and, for records, of its own lists) for one owner, whose key
// cells come first in every row.
void addListRows(const List &list, const json &owner, const QStringList &keys,
                 QHash<QString, QList<QStringList>> *rows)
{
    const json *array = at(owner, list.field);
    if (!array || !array->is_array())
        return;
    QList<QStringList> &table = (*rows)[QString::fromLatin1(list.resource)];
    int position = 0;
    for (const json &element : *array) {
        ++position;
        QStringList row = keys;
        switch (list.shape) {
        case ListShape::Values:
            row.append(csvCell(&element));
            break;
        case ListShape::Texts:
            row += cells(&element, FieldType::Text);
            break;
        case ListShape::Records: {
            row.append(QString::number(position));
            row += fieldCells(element, list.fields);
            for (const List &inner : list.lists)
                addListRows(inner, element, keys + QStringList{QString::number(position)}, rows);
            break;
        }
        }
        table.append(row);
    }
}

ordered_json schemaField(const QString &name, FieldType type, bool required,
                         const char *description = nullptr)
{
    ordered_json f;
    f["name"] = name.toStdString();
    f["type"] = type == FieldType::Integer  ? "integer"
                : type == FieldType::Number ? "number"
                                            : "string";
    if (description)
        f["description"] = description;
    if (required)
        f["constraints"] = {{"required", true}};
    return f;
}

ordered_json foreignKey(const QStringList &fields, const QString &resource,
                        const QStringList &referenced)
{
    const auto list = [](const QStringList &names) {
        ordered_json a = ordered_json::array();
        for (const QString &n : names)
            a.push_back(n.toStdString());
        return names.size() == 1 ? a[0] : a;
    };
    return {{"fields", list(fields)},
            {"reference", {{"resource", resource.toStdString()}, {"fields", list(referenced)}}}};
}

ordered_json resource(const char *name, const char *description, ordered_json fields,
                      const QStringList &primaryKey, ordered_json foreignKeys)
{
    ordered_json schema;
    schema["fields"] = std::move(fields);
    if (!primaryKey.isEmpty()) {
        ordered_json key = ordered_json::array();
        for (const QString &k : primaryKey)
            key.push_back(k.toStdString());
        schema["primaryKey"] = key;
    }
    if (!foreignKeys.empty())
        schema["foreignKeys"] = std::move(foreignKeys);
    ordered_json r;
    r["name"] = name;
    r["path"] = fileOf(name).toStdString();
    r["profile"] = "tabular-data-resource";
    r["format"] = "csv";
    r["mediatype"] = "text/csv";
    r["encoding"] = "utf-8";
    if (description)
        r["description"] = description;
    r["schema"] = std::move(schema);
    return r;
}

// A self reference is written with the empty resource name, as Table Schema asks.
QString referenceTo(const char *target, const char *self)
{
    return qstrcmp(target, self) == 0 ? QString() : QString::fromLatin1(target);
}

void addFieldSchemas(const std::vector<Field> &fields, const char *self, ordered_json *schema,
                     ordered_json *foreignKeys)
{
    for (const Field &f : fields) {
        for (const QString &column : f.columns()) {
            ordered_json field = schemaField(column, f.type, f.required, f.description);
            if (qstrcmp(f.path, "id") == 0)
                field["constraints"]["unique"] = true;
            schema->push_back(field);
        }
        if (f.references)
            foreignKeys->push_back(
                foreignKey({f.column()}, referenceTo(f.references, self), {QStringLiteral("id")}));
    }
}

// The resources of a list: keyColumns name the owner ("venture", then "milestone").
void addListResources(const List &list, const QStringList &keyColumns,
                      const QList<std::pair<QString, QStringList>> &ownerKeys,
                      ordered_json *resources)
{
    ordered_json fields = ordered_json::array();
    ordered_json foreignKeys = ordered_json::array();
    for (const QString &k : keyColumns)
        fields.push_back(schemaField(k, FieldType::String, true));
    // The owner: a record's id, or a milestone's (venture, position).
    const auto &[ownerResource, ownerColumns] = ownerKeys.constLast();
    foreignKeys.push_back(foreignKey(keyColumns, ownerResource, ownerColumns));
    QStringList primaryKey;
    switch (list.shape) {
    case ListShape::Values:
        fields.push_back(schemaField(QString::fromLatin1(list.column), FieldType::String, true));
        if (list.references)
            foreignKeys.push_back(foreignKey({QString::fromLatin1(list.column)},
                                             QString::fromLatin1(list.references),
                                             {QStringLiteral("id")}));
        break;
    case ListShape::Texts:
        for (const QString &column : Field{list.column, FieldType::Text}.columns())
            fields.push_back(schemaField(column, FieldType::String, false));
        break;
    case ListShape::Records: {
        ordered_json position = schemaField(positionColumn(), FieldType::Integer, true,
                                            "The element's place in its owner's list, from 1");
        position["constraints"]["minimum"] = 1;
        fields.push_back(position);
        addFieldSchemas(list.fields, list.resource, &fields, &foreignKeys);
        primaryKey = keyColumns + QStringList{positionColumn()};
        break;
    }
    }
    resources->push_back(
        resource(list.resource, list.description, fields, primaryKey, foreignKeys));
    if (list.shape != ListShape::Records)
        return;
    for (const List &inner : list.lists) {
        auto keys = ownerKeys;
        keys.append({QString::fromLatin1(list.resource), primaryKey});
        addListResources(inner, keyColumns + QStringList{QString::fromLatin1(list.column)}, keys,
                         resources);
    }
}

QString bookLine(const json &root)
{
    const json *book = at(root, "metadata/book");
    if (!book)
        return QString();
    const auto text = [&](const char *key) { return cell(at(*book, key)); };
    QString line = text("authorFamily");
    if (!text("authorGiven").isEmpty())
        line += QStringLiteral(", ") + text("authorGiven");
    line += QStringLiteral(". ") + text("title");
    if (!text("subtitle").isEmpty())
        line += QStringLiteral(": ") + text("subtitle");
    line += QStringLiteral(". ");
    if (!text("place").isEmpty())
        line += text("place") + QStringLiteral(": ");
    if (!text("publisher").isEmpty())
        line += text("publisher") + QStringLiteral(", ");
    line += text("year") + QLatin1Char('.');
    if (!text("isbn").isEmpty())
        line += QStringLiteral(" ISBN ") + text("isbn") + QLatin1Char('.');
    return line;
}

ordered_json toOrdered(const json &value)
{
    return ordered_json::parse(value.dump());
}

} // namespace

QList<PackageFile> DataPackageWriter::files(const QByteArray &datasetJson)
{
    const json root = json::parse(datasetJson.constBegin(), datasetJson.constEnd());
    QList<PackageFile> files;
    ordered_json resources = ordered_json::array();
    for (const Table &table : tables()) {
        const json *records = at(root, table.resource);
        if (!records) // a version 1 file has no periods
            continue;
        QList<QStringList> rows{fieldColumns(table.fields)};
        QHash<QString, QList<QStringList>> listRows;
        for (const json &record : *records) {
            rows.append(fieldCells(record, table.fields));
            for (const List &list : table.lists)
                addListRows(list, record, {csvCell(at(record, "id"))}, &listRows);
        }
        files.append({fileOf(table.resource), CsvTable::encode(rows)});

        ordered_json fields = ordered_json::array();
        ordered_json foreignKeys = ordered_json::array();
        addFieldSchemas(table.fields, table.resource, &fields, &foreignKeys);
        resources.push_back(resource(table.resource, table.description, fields,
                                     {QStringLiteral("id")}, foreignKeys));

        // Each list's table, and a milestone's sources after the milestones.
        const QStringList key{QString::fromLatin1(table.key)};
        const QList<std::pair<QString, QStringList>> owner{
            {QString::fromLatin1(table.resource), {QStringLiteral("id")}}};
        std::function<void(const List &, const QStringList &)> addFile =
            [&](const List &list, const QStringList &keys) {
                QList<QStringList> table{keys + list.valueColumns()};
                table += listRows.value(QString::fromLatin1(list.resource));
                files.append({fileOf(list.resource), CsvTable::encode(table)});
                for (const List &inner : list.lists)
                    addFile(inner, keys + QStringList{QString::fromLatin1(list.column)});
            };
        for (const List &list : table.lists) {
            addFile(list, key);
            addListResources(list, key, owner, &resources);
        }
    }

    ordered_json descriptor;
    descriptor["profile"] = "tabular-data-package";
    descriptor["name"] = "belarus-kazakhstan-partnership";
    if (const json *title = at(root, "title/en"))
        descriptor["title"] = *title;
    descriptor["description"] =
        "Events, figures, joint ventures and twinning agreements of the Belarus–Kazakhstan "
        "partnership, each citing its footnote in the book or a supplementary page (sources "
        "of kind \"supplementary\", not from the book). Texts are in English, French and "
        "Russian: columns ending in _en, _fr and _ru. Rows of a list's table keep the list's "
        "order.";
    if (const json *licence = at(root, "metadata/licence"))
        descriptor["licenses"] = ordered_json::array({toOrdered(*licence)});
    ordered_json sources = ordered_json::array();
    if (const QString book = bookLine(root); !book.isEmpty())
        sources.push_back({{"title", book.toStdString()}});
    sources.push_back(
        {{"title", "Supplementary public pages (not from the book): the sources "
                   "of kind \"supplementary\" in sources.csv, with their addresses"}});
    descriptor["sources"] = sources;
    // What the tables do not hold, so that reading the package gives back the same dataset.
    ordered_json dataset;
    for (const char *key : {"schemaVersion", "title", "metadata"})
        if (const json *value = at(root, key))
            dataset[key] = toOrdered(*value);
    descriptor["partnershipExplorer"] = dataset;
    descriptor["resources"] = resources;
    files.prepend({descriptorName(), QByteArray::fromStdString(descriptor.dump(2)) + '\n'});
    return files;
}

bool DataPackageWriter::write(const QByteArray &datasetJson, const QString &directory,
                              QString *error)
{
    const QFileInfo folder(directory);
    if (folder.exists() && !folder.isDir()) {
        *error = tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    const bool made = !folder.exists();
    if (!QDir().mkpath(directory)) {
        *error = tr("cannot make the folder %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    // Every file or none: a package cut short by a full disk would read back as another
    // dataset, or not at all.
    QList<PackageFile> all = files(datasetJson);
    all.append(all.takeFirst()); // the descriptor renamed into place last
    OutputFiles out;
    const QDir dir(directory);
    for (const PackageFile &file : std::as_const(all))
        out.add(dir.filePath(file.name), file.bytes);
    if (out.commit(error))
        return true;
    if (made)
        QDir().rmdir(directory);
    return false;
}

} // namespace pe
