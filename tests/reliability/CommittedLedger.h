#pragma once

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace gonggu::test {

class WorkspaceProbe;

/** One write the crash test asks gonggu-cli for. */
struct CrashWrite
{
    enum class Kind
    {
        Payment,      // payment add, noted "crash-pay-<serial>"
        Applications, // import applications of MarkedSheets::applications(serial, rows)
        Bank          // import bank of MarkedSheets::bankStatement(serial, rows)
    };
    Kind kind = Kind::Payment;
    int serial = 0;
    qint64 amount = 0; // payments
    int rows = 0;      // imports

    QString describe() const;
};

/** What gonggu-cli reported as committed during the crash test, and the check that all of it is still in the
 *  workspace after a kill: each payment with its amount, each import whole; a write that was killed before it
 *  reported may have landed or not, but never in part. */
class CommittedLedger
{
public:
    void paymentCommitted(const CrashWrite &write, qint64 id);
    void importCommitted(const CrashWrite &write);
    /** The write that was running when the kill came: its outcome is settled by the next verify(). */
    void killedDuring(const CrashWrite &write) { m_killed = write; }

    /** Everything wrong with the workspace at \a path, as readable lines (empty when sound). Settles the killed
     *  write as committed when it landed whole. \a landed, when given, is set to whether it did. */
    QStringList verify(const QString &path, bool *landed = nullptr);

    std::size_t paymentCount() const { return m_payments.size(); }
    std::size_t importCount() const { return m_imports.size(); }

private:
    QStringList checkPayments(const WorkspaceProbe &probe) const;
    QStringList checkImports(const WorkspaceProbe &probe) const;
    /** How many rows of an import's batch are in the workspace, or a problem line when its tables disagree. */
    std::optional<int> importedRows(const WorkspaceProbe &probe, const CrashWrite &write, QStringList *problems) const;
    QStringList settleKilled(const WorkspaceProbe &probe, bool *landed);

    std::map<qint64, CrashWrite> m_payments; // by payment id
    std::vector<CrashWrite> m_imports;
    std::optional<CrashWrite> m_killed;
};

} // namespace gonggu::test
