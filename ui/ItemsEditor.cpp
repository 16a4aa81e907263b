#include "ItemsEditor.h"

#include "EmptyTableHint.h"
#include "FieldError.h"
#include "models/ItemsTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace gonggu {
namespace {

/** Tints the cells whose model reports a problem, so the user sees where to look. */
class ProblemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(ItemsTableModel::ProblemRole).toString().isEmpty())
            option->backgroundBrush = QColor(0xc6, 0x28, 0x28, 48); // light enough to read through
    }
};

} // namespace

ItemsEditor::ItemsEditor(QWidget *parent)
    : QWidget(parent), m_items(new ItemsTableModel(this)), m_table(new QTableView(this)),
      m_add(new QPushButton(tr("Add Item"), this)), m_remove(new QPushButton(tr("Remove Item"), this)),
      m_message(new FieldError(this))
{
    m_table->setObjectName(QStringLiteral("itemsTable"));
    m_table->setModel(m_items);
    m_table->setItemDelegate(new ProblemDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(int(ItemsTableModel::Column::Name), QHeaderView::Stretch);
    // Fixed widths for what has a known size, the rest for names: Korean book titles run long.
    using Column = ItemsTableModel::Column;
    for (const auto &[column, width] : {std::pair{Column::Isbn, 140}, std::pair{Column::ListPrice, 90},
                                        std::pair{Column::UnitPrice, 90}, std::pair{Column::Ordered, 64}})
        m_table->setColumnWidth(int(column), width);
    m_table->setMinimumHeight(120);
    m_emptyHint = new EmptyTableHint(m_table);
    m_emptyHint->setEmptyText(tr("No items yet — add the books this round sells with Add Item."));

    m_add->setObjectName(QStringLiteral("addItemButton"));
    m_remove->setObjectName(QStringLiteral("removeItemButton"));
    connect(m_add, &QPushButton::clicked, this, &ItemsEditor::addItem);
    connect(m_remove, &QPushButton::clicked, this, &ItemsEditor::removeCurrentItem);

    m_message->setObjectName(QStringLiteral("itemsMessage"));

    connect(m_items, &ItemsTableModel::problemsChanged, this, [this] {
        m_refusal.clear();
        showProblems();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_remove->setEnabled(m_table->currentIndex().isValid()); });
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    showProblems();
}

void ItemsEditor::addItem()
{
    const QModelIndex name = m_items->index(m_items->addItem(), int(ItemsTableModel::Column::Name));
    m_table->setCurrentIndex(name);
    m_table->edit(name);
}

void ItemsEditor::removeCurrentItem()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const QString refusal = m_items->removeItem(current.row());
    if (!refusal.isEmpty()) {
        m_refusal = refusal;
        showProblems();
    }
}

void ItemsEditor::showProblems()
{
    const QStringList problems = m_items->problems();
    QString text = m_refusal;
    if (!problems.isEmpty())
        text = text.isEmpty() ? problems.first() : text + u'\n' + problems.first();
    m_message->showMessage(text);
}

} // namespace gonggu
