#include "models/datapackage/datapackagereader.h"

#include "models/datapackage/csvtable.h"
#include "models/datapackage/packagelayout.h"
#include "models/datasetloader.h"
#include "models/io/regularfile.h"
#include "models/json/jsonparse.h"
#include "models/json/jsonpositionindex.h"

#include <QDir>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>
#include <optional>

namespace pe {

using nlohmann::json;
using namespace package;

PackagePosition PackageDocument::locate(const QString &pointer) const
{
    QString p = pointer;
    while (!p.isEmpty()) {
        const auto it = positions.constFind(p);
        if (it != positions.constEnd())
            return *it;
        p.truncate(p.lastIndexOf(QLatin1Char('/')));
    }
    return {descriptor, 0, 0};
}

bool DataPackageReader::isDescriptor(const QString &path)
{
    return QFileInfo(path).fileName().compare(QLatin1String("datapackage.json"),
                                              Qt::CaseInsensitive) == 0;
}

namespace {

std::string toStd(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return {utf8.constData(), size_t(utf8.size())};
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// One CSV file of the package, read and checked against the columns its table must have.
struct CsvFile
{
    QString label; // as problems name it
    QHash<QString, int> columns;
    QList<CsvRecord> rows; // without the header
};

class PackageReader
{
    Q_DECLARE_TR_FUNCTIONS(DataPackageReader)

public:
    explicit PackageReader(const QString &descriptorPath)
        : m_descriptorPath(descriptorPath)
        , m_folder(QFileInfo(descriptorPath).dir())
    {
        m_document.descriptor = QFileInfo(descriptorPath).filePath();
    }

    PackageDocument read();

private:
    void problem(const QString &file, int line, int column, const QString &message)
    {
        if (m_document.problems.size() < DatasetLoader::maxProblems)
            m_document.problems.append({file, line, column, QString(), message});
    }
    void descriptorProblem(const QString &pointer, const QString &message)
    {
        // Indexed once, on the first problem: a valid package never pays for it.
        if (!m_descriptorPositions)
            m_descriptorPositions.emplace(m_descriptorBytes);
        const JsonPositionIndex::Position at = m_descriptorPositions->find(pointer);
        m_document.problems.append({m_document.descriptor, at.line, at.column, pointer, message});
    }
    std::optional<QByteArray> readBytes(const QString &path, const QString &label);
    bool readResourcePaths(const json &descriptor);
    std::optional<CsvFile> readCsv(const char *resource, const QStringList &expected);
    std::optional<json> value(const CsvFile &file, const CsvCell &cell, const QString &column,
                              FieldType type);
    void setFields(const CsvFile &file, const CsvRecord &row, const std::vector<Field> &fields,
                   const QString &pointer, json *record);
    void readTable(const Table &table, json *root);
    // owners: the records (or milestones) the list's rows belong to, found by their key in
    // ownerIndex; ownerPointer gives an owner's JSON pointer.
    void readList(const List &list, const QStringList &keyColumns, const QString &ownerResource,
                  json *owners, const std::function<QString(int)> &ownerPointer,
                  const QHash<QString, int> &ownerIndex);

    QString m_descriptorPath;
    QDir m_folder;
    QByteArray m_descriptorBytes;
    std::optional<JsonPositionIndex> m_descriptorPositions;
    QHash<QString, QString> m_paths; // resource name → file, as the descriptor gives it
    PackageDocument m_document;
};

std::optional<QByteArray> PackageReader::readBytes(const QString &path, const QString &label)
{
    // The descriptor and every CSV file: regular files of bounded size only, never a pipe.
    FileRead read = RegularFile::read(path, DatasetLoader::maxFileSize);
    if (!read.ok()) {
        problem(label, 0, 0, read.error);
        return std::nullopt;
    }
    return std::move(read.bytes);
}

bool PackageReader::readResourcePaths(const json &descriptor)
{
    const auto resources = descriptor.find("resources");
    if (resources == descriptor.end() || !resources->is_array()) {
        descriptorProblem(QString(), tr("expected a \"resources\" array"));
        return false;
    }
    for (size_t i = 0; i < resources->size(); ++i) {
        const json &r = (*resources)[i];
        const QString pointer = QStringLiteral("/resources/%1").arg(i);
        const auto name = r.is_object() ? r.find("name") : r.end();
        const auto path = r.is_object() ? r.find("path") : r.end();
        if (!r.is_object() || name == r.end() || !name->is_string() || path == r.end() ||
            !path->is_string()) {
            descriptorProblem(pointer, tr("expected a resource with a \"name\" and a \"path\""));
            continue;
        }
        const QString file = QString::fromStdString(path->get<std::string>());
        // Only files beside the descriptor: a package from elsewhere must not make the app
        // read /etc/passwd or a URL.
        if (QDir::isAbsolutePath(file) || file.contains(QLatin1String("..")) ||
            file.contains(QLatin1Char(':')) || file.contains(QLatin1Char('\\'))) {
            descriptorProblem(
                pointer + QStringLiteral("/path"),
                tr("expected a file name beside datapackage.json, found %1").arg(quoted(file)));
            continue;
        }
        m_paths.insert(QString::fromStdString(name->get<std::string>()), file);
    }
    return true;
}

std::optional<CsvFile> PackageReader::readCsv(const char *resource, const QStringList &expected)
{
    const QString name = QString::fromLatin1(resource);
    const auto path = m_paths.constFind(name);
    if (path == m_paths.constEnd()) {
        descriptorProblem(QStringLiteral("/resources"),
                          tr("the package has no resource %1").arg(quoted(name)));
        return std::nullopt;
    }
    CsvFile file;
    file.label = QFileInfo(m_folder.filePath(*path)).filePath();
    const std::optional<QByteArray> bytes = readBytes(m_folder.filePath(*path), file.label);
    if (!bytes)
        return std::nullopt;
    CsvCell why;
    std::optional<QList<CsvRecord>> records = CsvTable::parse(*bytes, &why);
    if (!records) {
        problem(file.label, why.line, why.column, why.text);
        return std::nullopt;
    }
    if (records->isEmpty()) {
        problem(file.label, 0, 0, tr("is empty: expected a header row"));
        return std::nullopt;
    }
    const CsvRecord header = records->takeFirst();
    bool ok = true;
    for (int i = 0; i < header.size(); ++i) {
        if (!expected.contains(header[i].text)) {
            problem(file.label, header[i].line, header[i].column,
                    tr("unknown column %1; expected %2")
                        .arg(quoted(header[i].text), expected.join(QStringLiteral(", "))));
            ok = false;
        }
        file.columns.insert(header[i].text, i);
    }
    for (const QString &column : expected) {
        if (!file.columns.contains(column)) {
            problem(file.label, 1, 1, tr("no column %1").arg(quoted(column)));
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    for (const CsvRecord &row : std::as_const(*records)) {
        // A blank line (a spreadsheet's last one) is not a row.
        if (row.size() == 1 && row.constFirst().text.isEmpty())
            continue;
        if (row.size() != header.size()) {
            problem(file.label, row.constFirst().line, 1,
                    tr("expected %1 fields, as in the header, found %2")
                        .arg(header.size())
                        .arg(row.size()));
            continue;
        }
        file.rows.append(row);
    }
    return file;
}

// The JSON value of a cell; nullopt for an empty cell or (with a problem) a bad number.
std::optional<json> PackageReader::value(const CsvFile &file, const CsvCell &cell,
                                         const QString &column, FieldType type)
{
    if (cell.text.isEmpty())
        return std::nullopt;
    switch (type) {
    case FieldType::String:
    case FieldType::Text:
        return json(toStd(cell.text));
    case FieldType::Integer: {
        bool ok = false;
        const qlonglong n = cell.text.toLongLong(&ok);
        if (ok)
            return json(n);
        problem(file.label, cell.line, cell.column,
                tr("column %1: expected a whole number, found %2")
                    .arg(quoted(column), quoted(cell.text)));
        return std::nullopt;
    }
    case FieldType::Number: {
        bool ok = false;
        if (const qlonglong n = cell.text.toLongLong(&ok); ok)
            return json(n);
        const double d = cell.text.toDouble(&ok);
        if (ok && std::isfinite(d))
            return json(d);
        problem(file.label, cell.line, cell.column,
                tr("column %1: expected a number written with a point (1092.5), found %2")
                    .arg(quoted(column), quoted(cell.text)));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

void PackageReader::setFields(const CsvFile &file, const CsvRecord &row,
                              const std::vector<Field> &fields, const QString &pointer,
                              json *record)
{
    for (const Field &f : fields) {
        const QStringList path = QString::fromLatin1(f.path).split(QLatin1Char('/'));
        json *target = record;
        for (qsizetype i = 0; i + 1 < path.size(); ++i)
            target = &(*target)[toStd(path[i])];
        const std::string key = toStd(path.constLast());
        const QString fieldPointer = pointer + QLatin1Char('/') + QString::fromLatin1(f.path);
        const QStringList columns = f.columns();
        if (f.type != FieldType::Text) {
            const CsvCell &cell = row[file.columns.value(columns.constFirst())];
            // Empty cells too: a required value left out is reported at its cell.
            m_document.positions.insert(fieldPointer, {file.label, cell.line, cell.column});
            if (auto v = value(file, cell, columns.constFirst(), f.type))
                (*target)[key] = std::move(*v);
            continue;
        }
        json text = json::object();
        for (int l = 0; l < columns.size(); ++l) {
            const CsvCell &cell = row[file.columns.value(columns[l])];
            const PackagePosition at{file.label, cell.line, cell.column};
            m_document.positions.insert(fieldPointer + QLatin1Char('/') + textLanguages()[l], at);
            if (l == 0)
                m_document.positions.insert(fieldPointer, at);
            if (!cell.text.isEmpty())
                text[toStd(textLanguages()[l])] = toStd(cell.text);
        }
        if (!text.empty())
            (*target)[key] = std::move(text);
    }
    // Pairing sides are objects of their own: drop one left empty.
    for (auto it = record->begin(); it != record->end();) {
        if (it->is_object() && it->empty())
            it = record->erase(it);
        else
            ++it;
    }
}

void PackageReader::readTable(const Table &table, json *root)
{
    QStringList expected;
    for (const Field &f : table.fields)
        expected += f.columns();
    json records = json::array();
    QHash<QString, int> index;
    const QString pointer = QLatin1Char('/') + QString::fromLatin1(table.resource);
    const std::optional<CsvFile> file = readCsv(table.resource, expected);
    if (!file)
        return; // its lists would each say that every row names a record missing from it
    for (const CsvRecord &row : file->rows) {
        const QString recordPointer = pointer + QLatin1Char('/') + QString::number(records.size());
        m_document.positions.insert(recordPointer, {file->label, row.constFirst().line, 1});
        json record = json::object();
        setFields(*file, row, table.fields, recordPointer, &record);
        index.insert(row[file->columns.value(QStringLiteral("id"))].text, int(records.size()));
        records.push_back(std::move(record));
    }
    const auto recordPointer = [&](int i) {
        return pointer + QLatin1Char('/') + QString::number(i);
    };
    for (const List &list : table.lists)
        readList(list, {QString::fromLatin1(table.key)}, QString::fromLatin1(table.resource),
                 &records, recordPointer, index);
    (*root)[table.resource] = std::move(records);
}

void PackageReader::readList(const List &list, const QStringList &keyColumns,
                             const QString &ownerResource, json *owners,
                             const std::function<QString(int)> &ownerPointer,
                             const QHash<QString, int> &ownerIndex)
{
    const std::optional<CsvFile> file = readCsv(list.resource, keyColumns + list.valueColumns());
    const std::string field = list.field;
    // An element's key in the nested lists' tables: owner key, then its position.
    QHash<QString, int> elementIndex;
    if (file) {
        for (const CsvRecord &row : file->rows) {
            QStringList key;
            for (const QString &k : keyColumns)
                key.append(row[file->columns.value(k)].text);
            const CsvCell &keyCell = row[file->columns.value(keyColumns.constLast())];
            const auto owner = ownerIndex.constFind(key.join(QChar(0x1f)));
            if (owner == ownerIndex.constEnd()) {
                problem(file->label, keyCell.line, keyCell.column,
                        tr("column %1: no record %2 in %3")
                            .arg(quoted(keyColumns.constLast()), quoted(key.join(QLatin1Char('/'))),
                                 fileOf(qPrintable(ownerResource))));
                continue;
            }
            json &array = (*owners)[size_t(*owner)][field];
            if (!array.is_array())
                array = json::array();
            const QString elementPointer = ownerPointer(*owner) + QLatin1Char('/') +
                                           QString::fromLatin1(list.field) + QLatin1Char('/') +
                                           QString::number(array.size());
            switch (list.shape) {
            case ListShape::Values: {
                const CsvCell &cell = row[file->columns.value(QString::fromLatin1(list.column))];
                m_document.positions.insert(elementPointer, {file->label, cell.line, cell.column});
                array.push_back(toStd(cell.text));
                break;
            }
            case ListShape::Texts: {
                json text = json::object();
                const QStringList columns = list.valueColumns();
                m_document.positions.insert(elementPointer, {file->label, keyCell.line, 1});
                for (int l = 0; l < columns.size(); ++l) {
                    const CsvCell &cell = row[file->columns.value(columns[l])];
                    m_document.positions.insert(elementPointer + QLatin1Char('/') +
                                                    textLanguages()[l],
                                                {file->label, cell.line, cell.column});
                    if (!cell.text.isEmpty())
                        text[toStd(textLanguages()[l])] = toStd(cell.text);
                }
                array.push_back(std::move(text));
                break;
            }
            case ListShape::Records: {
                const CsvCell &position = row[file->columns.value(positionColumn())];
                m_document.positions.insert(elementPointer,
                                            {file->label, position.line, position.column});
                json element = json::object();
                setFields(*file, row, list.fields, elementPointer, &element);
                const QString elementKey = key.join(QChar(0x1f)) + QChar(0x1f) + position.text;
                if (elementIndex.contains(elementKey))
                    problem(file->label, position.line, position.column,
                            tr("column %1: %2 is given twice for %3")
                                .arg(quoted(positionColumn()), quoted(position.text),
                                     quoted(key.join(QLatin1Char('/')))));
                elementIndex.insert(elementKey, int(array.size()));
                array.push_back(std::move(element));
                break;
            }
            }
        }
    }
    if (list.alwaysPresent) {
        for (json &owner : *owners)
            if (!owner.contains(field))
                owner[field] = json::array();
    }
    if (list.shape != ListShape::Records)
        return;
    // The nested lists (a milestone's sources): their owners are this list's elements, named
    // by their owner's key and their position, gathered in one flat list and put back after.
    for (const List &inner : list.lists) {
        json flat = json::array();
        QHash<QString, int> flatIndex;
        QList<std::pair<int, int>> where; // flat index → (owner, element)
        for (auto e = elementIndex.constBegin(); e != elementIndex.constEnd(); ++e) {
            flatIndex.insert(e.key(), int(flat.size()));
            where.append({ownerIndex.value(e.key().section(QChar(0x1f), 0, -2)), e.value()});
            flat.push_back(json::object());
        }
        const auto innerPointer = [&](int i) {
            return ownerPointer(where[i].first) + QLatin1Char('/') +
                   QString::fromLatin1(list.field) + QLatin1Char('/') +
                   QString::number(where[i].second);
        };
        readList(inner, keyColumns + QStringList{QString::fromLatin1(list.column)},
                 QString::fromLatin1(list.resource), &flat, innerPointer, flatIndex);
        const std::string innerField = inner.field;
        for (int i = 0; i < int(where.size()); ++i) {
            const auto values = flat[size_t(i)].find(innerField);
            if (values != flat[size_t(i)].end())
                (*owners)[size_t(where[i].first)][field][size_t(where[i].second)][innerField] =
                    *values;
        }
    }
}

PackageDocument PackageReader::read()
{
    const QString label = m_document.descriptor;
    const std::optional<QByteArray> bytes = readBytes(m_descriptorPath, label);
    if (!bytes) {
        m_document.unreadable = true;
        return m_document;
    }
    m_descriptorBytes = *bytes;
    json descriptor;
    if (const auto failure =
            reading::parseDocument(*bytes, DatasetLoader::maxNesting, descriptor)) {
        problem(label, failure->line, failure->column, failure->message);
        return m_document;
    }
    if (!descriptor.is_object()) {
        descriptorProblem(QString(), tr("expected a data package descriptor (an object)"));
        return m_document;
    }
    const auto own = descriptor.find("partnershipExplorer");
    if (own == descriptor.end() || !own->is_object()) {
        descriptorProblem(QString(),
                          tr("not a Partnership Explorer data package: expected a "
                             "\"partnershipExplorer\" object with the schema version, title and "
                             "metadata"));
        return m_document;
    }
    if (!readResourcePaths(descriptor))
        return m_document;
    json root = json::object();
    for (const char *key : {"schemaVersion", "title", "metadata"})
        if (const auto it = own->find(key); it != own->end())
            root[key] = *it;
    for (const Table &table : tables()) {
        // A version 1 dataset has no periods: its package has no such table.
        if (!m_paths.contains(QString::fromLatin1(table.resource)) &&
            qstrcmp(table.resource, "periods") == 0)
            continue;
        readTable(table, &root);
    }
    if (m_document.problems.isEmpty())
        m_document.json = QByteArray::fromStdString(root.dump());
    return m_document;
}

} // namespace

PackageDocument DataPackageReader::read(const QString &descriptorPath)
{
    return PackageReader(descriptorPath).read();
}

} // namespace pe
