#include "RoundListModel.h"

#include "DisplayText.h"
#include "storage/RoundRepository.h"

namespace gonggu {

RoundListModel::RoundListModel(Workspace &workspace, QObject *parent) : RoundListModel(workspace, {}, parent) {}

RoundListModel::RoundListModel(Workspace &workspace, RoundSummaryLookup summaries, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace), m_summaries(std::move(summaries))
{
    reload();
}

void RoundListModel::reload()
{
    // Read everything before the reset so that a storage error leaves the model as it was.
    // A summary per round is a few aggregate queries; a workspace holds tens of rounds, not thousands.
    std::vector<RoundSummary> rounds;
    const RoundLedger ledger(m_workspace);
    for (const Round &round : RoundRepository(m_workspace).all())
        rounds.push_back(ledger.summary(round, m_summaries));

    beginResetModel();
    m_rounds = std::move(rounds);
    endResetModel();
}

void RoundListModel::refreshRound(RoundId id)
{
    const int row = rowOf(id);
    const std::optional<Round> round = RoundRepository(m_workspace).find(id);
    if (row < 0 || !round) {
        reload();
        return;
    }
    m_rounds[std::size_t(row)] = RoundLedger(m_workspace).summary(*round, m_summaries);
    emit dataChanged(index(row), index(row));
}

int RoundListModel::rowOf(RoundId id) const
{
    for (std::size_t row = 0; row < m_rounds.size(); ++row) {
        if (m_rounds[row].round.id == id)
            return int(row);
    }
    return -1;
}

int RoundListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rounds.size());
}

QVariant RoundListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoundSummary &summary = summaryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return summary.round.title;
    case Qt::ToolTipRole:
        return summary.round.supplier.isEmpty() ? details(summary) : summary.round.supplier + u'\n' + details(summary);
    case RoundIdRole:
        return summary.round.id;
    case StatusKeyRole:
        return toKey(summary.round.status);
    case StatusNameRole:
        return DisplayText::of(summary.round.status);
    case BuyersRole:
        return summary.buyers;
    case CopiesRole:
        return summary.copies;
    case DetailsRole:
        return details(summary);
    default:
        return {};
    }
}

QHash<int, QByteArray> RoundListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RoundIdRole, "roundId");
    names.insert(StatusKeyRole, "statusKey");
    names.insert(StatusNameRole, "statusName");
    names.insert(BuyersRole, "buyers");
    names.insert(CopiesRole, "copies");
    names.insert(DetailsRole, "details");
    return names;
}

QString RoundListModel::details(const RoundSummary &summary)
{
    return tr("%1 · %2 · %3")
        .arg(DisplayText::of(summary.round.status), DisplayText::buyers(summary.buyers),
             DisplayText::copies(summary.copies));
}

} // namespace gonggu
