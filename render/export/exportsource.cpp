#include "render/export/exportsource.h"

#include "models/items/roles.h"

#include <QAbstractItemModel>
#include <QSet>

namespace pe {

QStringList sourceIdsOfRows(const QAbstractItemModel &model)
{
    QStringList ids;
    QSet<QString> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (const QString &id : model.index(row, 0).data(SourcesRole).toStringList()) {
            if (!seen.contains(id)) {
                seen.insert(id);
                ids.append(id);
            }
        }
    }
    return ids;
}

} // namespace pe
