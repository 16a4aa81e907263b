#pragma once

#include "services/RoundLedger.h"

#include <QAbstractListModel>

#include <vector>

namespace gonggu {

class Workspace;

/** The workspace's rounds, oldest first, each with its status and head counts, for the rounds list. */
class RoundListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        RoundIdRole = Qt::UserRole + 1,
        StatusKeyRole,  // the stored key ("open"), for code; Qt::DisplayRole is the title
        StatusNameRole, // the translated status name
        BuyersRole,
        CopiesRole,
        DetailsRole, // "Ordered · 22 buyers · 27 copies", the second line under the title
    };

    explicit RoundListModel(Workspace &workspace, QObject *parent = nullptr);
    /** Takes the rounds' summaries from `summaries` (the window shares them with its tabs). */
    RoundListModel(Workspace &workspace, RoundSummaryLookup summaries, QObject *parent = nullptr);

    /** Reads the rounds and their summaries again (a round was added, removed or reordered). */
    void reload();
    /** Reads one round and its summary again (its orders, payments or details changed); the rows
     *  stay put, so views keep their selection. Reloads everything when the round is new or gone. */
    void refreshRound(RoundId id);

    const RoundSummary &summaryAt(int row) const { return m_rounds.at(std::size_t(row)); }
    /** The row showing the round, or -1. */
    int rowOf(RoundId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    static QString details(const RoundSummary &summary);

    Workspace &m_workspace;
    RoundSummaryLookup m_summaries;
    std::vector<RoundSummary> m_rounds;
};

} // namespace gonggu
