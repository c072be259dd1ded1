#include "bench/syntheticdataset.h"
#include "models/datasetloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

// Writes the large dataset (bench/syntheticdataset.h) to a file, for timing whole processes
// against it: `pe-make-dataset OUT [EVENTS PAIRINGS VENTURES]` (default 10000 2000 1000).
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2 && args.size() != 5) {
        QTextStream(stderr) << "usage: pe-make-dataset OUT [EVENTS PAIRINGS VENTURES]\n";
        return 2;
    }
    QFile shipped(pe::DatasetLoader::builtInPath());
    if (!shipped.open(QIODevice::ReadOnly))
        return 1;
    const int events = args.size() == 5 ? args.at(2).toInt() : 10000;
    const int pairings = args.size() == 5 ? args.at(3).toInt() : 2000;
    const int ventures = args.size() == 5 ? args.at(4).toInt() : 1000;
    QFile out(args.at(1));
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(pe::bench::largeDataset(shipped.readAll(), events, pairings, ventures));
    return 0;
}
