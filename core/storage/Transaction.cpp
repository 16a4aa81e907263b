#include "Transaction.h"

#include "Workspace.h"

namespace gonggu {

Transaction::Transaction(Workspace &workspace) : m_workspace(workspace)
{
    m_outermost = m_workspace.beginTransaction();
}

Transaction::~Transaction()
{
    if (!m_finished)
        m_workspace.endTransaction(m_outermost, false);
}

void Transaction::commit()
{
    m_finished = true;
    m_workspace.endTransaction(m_outermost, true);
}

} // namespace gonggu
