#include "RoundSidebar.h"

#include "RoundItemDelegate.h"
#include "RoundSummaries.h"
#include "WorkspaceSession.h"
#include "domain/Errors.h"
#include "models/RoundListModel.h"

#include <QAction>
#include <QListView>
#include <QVBoxLayout>

namespace gonggu {

RoundSidebar::RoundSidebar(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session),
      m_model(new RoundListModel(session.workspace(), session.summaries().lookup(), this)), m_list(new QListView(this))
{
    m_list->setObjectName(QStringLiteral("roundList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new RoundItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(180);
    m_list->setAccessibleName(tr("Rounds"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &RoundSidebar::followCurrentIndex);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);

    // Every edit reaches the list through the session, so undo and redo update it the same way.
    connect(&session, &WorkspaceSession::roundsChanged, this, &RoundSidebar::reloadAll);
    connect(&session, &WorkspaceSession::roundChanged, this, &RoundSidebar::refreshRound);
    connect(&session, &WorkspaceSession::ordersChanged, this, [this](RoundId round) { refreshRound(round); });
    connect(&session, &WorkspaceSession::paymentsChanged, this, &RoundSidebar::refreshRound);
}

void RoundSidebar::setRoundActions(QAction *newRound, QAction *editRound)
{
    m_list->addActions({newRound, editRound});
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_list, &QAbstractItemView::activated, editRound, &QAction::trigger);
}

const RoundSummary *RoundSidebar::currentSummary() const
{
    const int row = m_current ? m_model->rowOf(*m_current) : -1;
    return row < 0 ? nullptr : &m_model->summaryAt(row);
}

bool RoundSidebar::selectRound(RoundId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

void RoundSidebar::ensureSelection()
{
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
}

void RoundSidebar::reloadAll()
{
    const int before = m_model->rowCount();
    const std::optional<RoundId> previous = m_current;
    try {
        m_model->reload();
    } catch (const Error &error) {
        m_session.reportError(error.message());
        return;
    }
    // A reset clears the view's current index without a signal: put it back, or move to the first round
    // when the selected one was removed.
    if (!previous || !selectRound(*previous)) {
        m_current.reset();
        ensureSelection();
        if (!m_current)
            emit currentRoundChanged();
    } else {
        emit currentRoundUpdated();
    }
    if (m_model->rowCount() != before)
        emit roundCountChanged(m_model->rowCount());
}

void RoundSidebar::refreshRound(RoundId id)
{
    // Reloading everything began with roundsChanged: the whole list was read again then.
    if (m_session.isReloadingEverything())
        return;
    if (m_model->rowOf(id) < 0) { // a round the list has not seen yet
        reloadAll();
        return;
    }
    try {
        m_model->refreshRound(id);
    } catch (const Error &error) {
        m_session.reportError(error.message());
        return;
    }
    if (m_current == id)
        emit currentRoundUpdated();
}

void RoundSidebar::followCurrentIndex()
{
    const QModelIndex current = m_list->currentIndex();
    const std::optional<RoundId> id =
        current.isValid() ? std::optional(current.data(RoundListModel::RoundIdRole).value<RoundId>()) : std::nullopt;
    if (id == m_current)
        return;
    m_current = id;
    emit currentRoundChanged();
}

} // namespace gonggu
