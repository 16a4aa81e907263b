#pragma once

namespace gonggu {

class Workspace;

/** Scope guard for a write transaction: rolls back unless commit() was called. Nested guards join
 *  the outermost one, so a service can group repository calls that guard themselves. */
class Transaction
{
public:
    explicit Transaction(Workspace &workspace);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Workspace &m_workspace;
    bool m_outermost = false;
    bool m_finished = false;
};

} // namespace gonggu
