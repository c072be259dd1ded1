#include "tests/support/fixturesuite.h"

#include "tests/support/fixtures.h"

namespace pe::test {

bool FixtureSuite::loadFixtures(QString *error)
{
    m_small = Fixtures::small(error);
    if (!m_small)
        return false;
    m_builtIn = Fixtures::builtIn(error);
    return m_builtIn != nullptr;
}

std::shared_ptr<const Dataset> FixtureSuite::dataset(const QString &name) const
{
    return name == QLatin1String("small") ? m_small : m_builtIn;
}

} // namespace pe::test
