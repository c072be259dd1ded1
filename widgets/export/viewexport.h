#pragma once

#include "render/export/csv.h"
#include "render/export/exportdocument.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pe {

class MainWindow;

// What each main view exports, shared by the export dialog and `partnership-explorer
// export`: the picture (charts and timeline), the CSV (tables, and the numbers behind any
// chart), the alt text and the source line, all from the data as currently shown.
class ViewExport
{
    Q_DECLARE_TR_FUNCTIONS(ViewExport)

public:
    // timeline, turnover, regional-trade, venture-output, pairings, ventures
    static QStringList keys();
    static bool isTable(const QString &key);
    static bool supportsFormat(const QString &key, const QString &format);
    static QStringList formats(const QString &key);

    static QString defaultTitle(const QString &key);
    static QString defaultSubtitle(const MainWindow &window, const QString &key);
    static QString defaultNotes(const QString &key);

    // The picture, with default title, subtitle, notes and source line.
    static ExportDocument document(const MainWindow &window, const QString &key);
    static CsvRows csv(const MainWindow &window, const QString &key);
    static QString altText(const MainWindow &window, const QString &key);
    static QStringList sourceIds(const MainWindow &window, const QString &key);
};

} // namespace pe
