#pragma once

#include "domain/Clock.h"
#include "domain/Ids.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace gonggu::bench {

/** What every benchmark of a run works on, made once: the scale workspace (the demo's round of 100,000
 *  buyers, or a workspace the caller made with `gonggu-cli demo`); an application form of 100,000 rows from
 *  its buyers, so that imports match real people; a round where all of them are confirmed and shipped to
 *  (the publisher's list then has a line per buyer), and the bank statement of their payments. The files are
 *  made when a benchmark first asks for them, so that running one benchmark does not wait for the others'. */
class ScaleFixture
{
public:
    struct Options
    {
        QString workspace; // an existing scale workspace; empty: the demo is made in the data folder
        QString dataDir;   // where the files go; empty: a temporary folder removed at exit
        int buyers = 100'000;
        int rows = 100'000; // of the application form and of the bank statement
    };

    /** Makes (or finds) the files. Call once, before any benchmark runs. */
    static void prepare(const Options &options);
    static ScaleFixture &instance();

    QString workspacePath() const { return m_workspace; }
    RoundId scaleRound() const { return m_scaleRound; }
    QString applicationsFile();
    QString bankStatementFile();
    /** A copy of the scale workspace with a new, empty round of one book (id in `*round`), for imports. */
    QString newRoundCopy(const QString &name, RoundId *round) const;
    /** A copy of an empty workspace with one round of one book (id in `*round`), for imports of new people. */
    QString emptyWorkspaceCopy(const QString &name, RoundId *round) const;
    /** A workspace whose round (id in `*round`) has `rows` confirmed courier orders, so that the publisher's
     *  list has that many lines; exports only read it. */
    QString exportWorkspace(RoundId *round);
    /** A copy of that workspace, for the bank statement's import (its buyers have not paid yet). */
    QString exportRoundCopy(const QString &name, RoundId *round);
    /** A path in the data folder for files a benchmark writes. */
    QString outputPath(const QString &name) const;

    /** The day the benchmarks take as today: a week after the scale round's payment due date. */
    static const Clock &clock();

private:
    ScaleFixture() = default;
    void makeWorkspaces(const Options &options);
    enum class ApplicationMix
    {
        Everyday,             // a quarter by courier, the rest picked up; status left to the import
        AllConfirmedByCourier // for the export round
    };
    void writeApplications(const QString &path, int rows, ApplicationMix mix) const;
    void makeExportRound(int rows);
    void writeBankStatement(int rows);
    QString copyOf(const QString &source, const QString &name) const;

    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_dataDir;
    QString m_workspace;
    QString m_newRoundTemplate;
    QString m_emptyTemplate;
    QString m_exportTemplate;
    QString m_applications;
    QString m_bankStatement;
    int m_rows = 0;
    RoundId m_scaleRound = 2;
    RoundId m_newRound = 0;
    RoundId m_emptyRound = 0;
    RoundId m_exportRound = 0;
};

} // namespace gonggu::bench
