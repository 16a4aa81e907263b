#include "ContactHistoryList.h"

#include "EmptyTableHint.h"
#include "MessageText.h"

#include <QHeaderView>

namespace gonggu {

ContactHistoryList::ContactHistoryList(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("contactHistoryList"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHeaderLabels({tr("Sent"), tr("Message"), tr("By"), tr("Text")});
    header()->setStretchLastSection(true);
    header()->resizeSection(0, 130);
    header()->resizeSection(1, 120);
    header()->resizeSection(2, 80);
    m_emptyHint = new EmptyTableHint(this);
}

void ContactHistoryList::showHistory(const std::vector<ContactLogEntry> &entries)
{
    clear();
    // Newest first: the last message is the one the coordinator looks for.
    for (auto entry = entries.crbegin(); entry != entries.crend(); ++entry) {
        const QString firstLine = entry->message.section(u'\n', 0, 0);
        auto *item = new QTreeWidgetItem({MessageText::sentTime(entry->sentAt), MessageText::of(entry->kind),
                                          MessageText::of(entry->channel), firstLine});
        item->setToolTip(3, entry->message);
        item->setData(0, Qt::UserRole, entry->id);
        addTopLevelItem(item);
    }
    m_emptyHint->setEmptyText(tr("Nothing recorded for this buyer yet. Mark a message as sent to keep it here."));
}

void ContactHistoryList::showNothing(const QString &reason)
{
    clear();
    m_emptyHint->setEmptyText(reason);
}

} // namespace gonggu
