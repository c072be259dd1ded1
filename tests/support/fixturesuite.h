#pragma once

#include "models/dataset.h"

#include <QObject>
#include <QString>

#include <memory>

namespace pe::test {

// The base of a suite that runs on both fixtures, Fixtures::small() and Fixtures::builtIn(),
// loaded once by its initTestCase(). A data row names the dataset it runs on, "small" or
// "builtIn", and the test function takes it back with dataset().
class FixtureSuite : public QObject
{
protected:
    // False, with *error set to the loader's problems, when either fixture does not load:
    // the suite's initTestCase() QVERIFY2s it, so that no test runs on a missing dataset.
    bool loadFixtures(QString *error);
    std::shared_ptr<const Dataset> dataset(const QString &name) const;

    std::shared_ptr<const Dataset> m_small;
    std::shared_ptr<const Dataset> m_builtIn;
};

} // namespace pe::test
