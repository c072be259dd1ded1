#include "commandline.h"

#include "datasetloader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>

namespace pe::commandline {

namespace {

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

} // namespace

Mode modeOf(int argc, char **argv)
{
    // The subcommand is the first argument that is not an option (or an option's value).
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--dataset") == 0 || std::strcmp(arg, "--lang") == 0) {
            ++i;
            continue;
        }
        if (arg[0] == '-')
            continue;
        if (std::strcmp(arg, "validate") == 0)
            return Mode::Validate;
        if (std::strcmp(arg, "export") == 0)
            return Mode::Export;
        if (std::strcmp(arg, "screenshot") == 0)
            return Mode::Screenshot;
        break;
    }
    return Mode::Gui;
}

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("commandline",
                                    "Checks a dataset file against the schema (docs/dataset.md).\n"
                                    "Exit status: 0 valid, 1 invalid, 2 unreadable or bad usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("validate"),
                                 QCoreApplication::translate("commandline", "The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("commandline", "The dataset to check."));
    if (!parser.parse(arguments)) {
        err() << parser.errorText() << Qt::endl;
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err() << QCoreApplication::translate("commandline",
                                             "usage: partnership-explorer validate FILE")
              << Qt::endl;
        return Usage;
    }
    const QString path = positional.at(1);
    const LoadResult result = DatasetLoader::loadFile(path);
    for (const DatasetProblem &problem : result.problems)
        err() << problem.toString() << Qt::endl;
    if (result.unreadable)
        return Usage;
    if (!result.ok())
        return Invalid;
    const Dataset &d = *result.dataset;
    out() << QCoreApplication::translate("commandline",
                                         "%1: valid (%2 events, %3 observations, %4 ventures, "
                                         "%5 pairings, %6 places, %7 sources)")
                 .arg(path)
                 .arg(d.events.size())
                 .arg(d.observations.size())
                 .arg(d.ventures.size())
                 .arg(d.pairings.size())
                 .arg(d.places.size())
                 .arg(d.sources.size())
          << Qt::endl;
    return Success;
}

} // namespace pe::commandline
