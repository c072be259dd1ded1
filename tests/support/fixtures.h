#pragma once

#include "models/dataset.h"

#include <QString>

#include <memory>

namespace pe::test {

// The datasets the suites run on: the built-in one (the app's own resource) and the small
// hand-made ones in tests/data/. Loaded through the real loader, so a fixture that stops
// validating fails the suite that uses it instead of silently testing less.
class Fixtures
{
public:
    // tests/data/NAME, from the source tree (the path CMake gives, not the working directory).
    static QString path(const QString &name);
    // resources/data/partnership.json, from the source tree: the file the built-in dataset is
    // compiled from, for a process that reads it from disk (the command line's validate).
    static QString shippedPath();
    // tests/data/small.json: one record of each kind, with the edge cases the suites check.
    static std::shared_ptr<const Dataset> small(QString *error = nullptr);
    static std::shared_ptr<const Dataset> builtIn(QString *error = nullptr);
    // Null with *error set to the loader's problems when the file does not validate.
    static std::shared_ptr<const Dataset> load(const QString &path, QString *error = nullptr);
};

} // namespace pe::test
