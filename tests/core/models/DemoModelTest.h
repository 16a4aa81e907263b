#pragma once

#include "TempWorkspace.h"
#include "services/DemoWorkspace.h"
#include "storage/RoundRepository.h"

#include <QLocale>

namespace gonggu::test {

/** A temporary workspace that tests fill with the demo, and the demo's real round (round 1). */
class DemoModelTest : public TempWorkspaceTest
{
protected:
    void TearDown() override
    {
        // Tests that switch the default locale must not leak it into the next test.
        QLocale::setDefault(m_savedLocale);
        TempWorkspaceTest::TearDown();
    }

    Round populateDemo(int scaleBuyers = 0)
    {
        DemoWorkspace::populate(workspace(), scaleBuyers);
        return *RoundRepository(workspace()).find(1);
    }

private:
    QLocale m_savedLocale;
};

} // namespace gonggu::test
