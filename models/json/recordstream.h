#pragma once

// Reading a dataset as nlohmann/json parses it (its SAX interface): the records of the
// collections are handed over one at a time, each as a small tree (jsontree.h), so that the
// whole file is never held as a document; where each record lies in the bytes is kept, to locate
// problems afterwards without a second pass over the rest of the file. Private to pe_models.

#include "models/json/jsonparse.h"
#include "models/json/jsontree.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace pe::reading {

// Where a record, or a member of the top level, lies: [begin, end) in the bytes.
struct ByteRange
{
    qsizetype begin = 0;
    qsizetype end = 0;
};

// The parts of a dataset document as streamed: the top level without the records (each
// streamed collection stands as an empty array), and where every record lies.
// A key given twice in one object: the parser keeps only the later value, so the earlier one
// would be lost without a word.
struct DuplicateKey
{
    qsizetype offset = 0; // where the second one starts (its opening quote)
    QString pointer;      // the member, as a JSON pointer
    QString key;
};

struct StreamedDocument
{
    JsonTree root;                                  // its first node is the document's value
    QHash<QString, std::vector<ByteRange>> records; // each collection's records, in order
    std::vector<DuplicateKey> duplicateKeys;
    bool stopped = false; // the caller asked to stop (carryOn returned false)
};

// Called with each record of a streamed collection as soon as it has been read; the record's
// tree is reused for the next one, so a handler that keeps it keeps a copy.
using RecordHandler =
    std::function<void(const QString &collection, int index, const JsonValue &record)>;

// Asked after each record with how far the parser has read (an offset in the bytes): false
// stops the parse there.
using CarryOn = std::function<bool(qsizetype offset)>;

// Parses bytes, streaming the records of the named collections (arrays at the top level) to
// handle; the rest of the top level goes into document.root. Refuses what parseDocument
// refuses (empty files, broken JSON, NUL bytes, nesting deeper than maxNesting).
std::optional<ParseFailure> streamDocument(const QByteArray &bytes, int maxNesting,
                                           const QStringList &collections,
                                           const RecordHandler &handle, StreamedDocument &document,
                                           const CarryOn &carryOn = {});

} // namespace pe::reading
