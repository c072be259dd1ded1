#pragma once

#include "render/export/exportdocument.h"
#include "render/export/exportformat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace pe {

class ExportSource;
struct ExportContext;

// One view that can be exported: its key on the command line, its names, the formats it
// writes and how to build it. The registry's table is the only list of views there is: the
// export dialog, the command line, its help and the screenshots all read it.
struct ExportableView
{
    QString key;
    const char *name;     // in the export dialog ("Turnover chart"); tr() source text
    const char *title;    // the default title of an exported picture
    const char *subtitle; // the default subtitle when the data says nothing more, or null
    const char *notes;    // the default notes, or null
    QList<ExportFormat> formats;
    std::function<std::unique_ptr<ExportSource>(const ExportContext &)> build;

    QString displayName() const;
    QString defaultTitle() const;
    QString defaultNotes() const;
    bool supports(ExportFormat format) const { return formats.contains(format); }
    bool hasPicture() const { return supports(ExportFormat::Png); }
};

class ExportRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ExportRegistry)

public:
    // timeline, turnover, regional-trade, venture-output, map, pairings, ventures, sources
    static const QList<ExportableView> &views();
    static const ExportableView *find(const QString &key);
    static QStringList keys();
    // "timeline, turnover, … (png, svg, pdf, csv); pairings, … (csv)", for help and errors.
    static QString summary();

    // The picture as it is written by default: title, subtitle (with the filters in force),
    // notes, the source line built from the records drawn, the alt text and the body.
    static ExportDocument document(const ExportableView &view, ExportSource &source,
                                   const ExportContext &context);
    // "matching “tractor”, 2005–2012, Kostanay Region, from the book only", or empty without
    // filters.
    static QString filterDescription(const ExportContext &context);
};

} // namespace pe
