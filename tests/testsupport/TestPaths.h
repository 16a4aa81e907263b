#pragma once

#include <QString>

namespace gonggu::test {

/** tests/data in the source tree. */
inline QString dataDir()
{
    return QStringLiteral(GONGGU_TEST_DATA_DIR);
}

/** The gonggu-cli built alongside the tests. */
inline QString cliPath()
{
    return QStringLiteral(GONGGU_CLI_PATH);
}

} // namespace gonggu::test
