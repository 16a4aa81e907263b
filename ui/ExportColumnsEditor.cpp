#include "ExportColumnsEditor.h"

#include "services/export/ExportColumns.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace gonggu {
namespace {

constexpr int KeyRole = Qt::UserRole;

enum Column
{
    TitleColumn,
    PartColumn
};

/** Only a column's title is typed over; the table it belongs to is fixed. */
class TitleOnlyDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return index.column() == TitleColumn ? QStyledItemDelegate::createEditor(parent, option, index) : nullptr;
    }
};

const ExportColumnSpec *specOf(ExportKind kind, const QString &key)
{
    for (const ExportColumnSpec &spec : ExportColumns::catalogue(kind)) {
        if (spec.keyText() == key)
            return &spec;
    }
    return nullptr;
}

QString partName(ExportPart part)
{
    switch (part) {
    case ExportPart::Items:
        return ExportColumnsEditor::tr("Items");
    case ExportPart::Recipients:
        return ExportColumnsEditor::tr("Recipients");
    case ExportPart::Invoices:
        return ExportColumnsEditor::tr("Tax invoices");
    case ExportPart::Handover:
        return ExportColumnsEditor::tr("Hand-over");
    }
    return {};
}

} // namespace

ExportColumnsEditor::ExportColumnsEditor(QWidget *parent) : QWidget(parent)
{
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("columnsList"));
    m_list->setHeaderLabels({tr("Column"), tr("Table")});
    m_list->setRootIsDecorated(false);
    m_list->setItemDelegate(new TitleOnlyDelegate(m_list));
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setToolTip(tr("Tick the columns to send; drag to reorder; double-click a title to rename it"));

    m_up = new QPushButton(tr("Move &Up"));
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_down = new QPushButton(tr("Move Do&wn"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    auto *defaults = new QPushButton(tr("Reset to Defaults"));
    defaults->setObjectName(QStringLiteral("defaultColumnsButton"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(defaults, &QPushButton::clicked, this, &ExportColumnsEditor::restoreDefaults);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);
    buttons->addWidget(defaults);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    // A drag arrives as a removal and an insertion; either way the choice is read afresh from the list.
    const auto notify = [this] {
        if (!m_filling)
            emit changed();
        updateButtons();
    };
    connect(m_list, &QTreeWidget::itemChanged, this, notify);
    connect(m_list->model(), &QAbstractItemModel::rowsInserted, this, notify);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, notify);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ExportColumnsEditor::updateButtons);
    updateButtons();
}

void ExportColumnsEditor::setColumns(ExportKind kind, const std::vector<ExportColumnChoice> &chosen, Language language)
{
    m_kind = kind;
    m_language = language;
    const std::vector<ExportColumnChoice> ticked = chosen.empty() ? ExportColumns::defaults(kind) : chosen;

    m_filling = true;
    m_list->clear();
    const auto add = [this](const ExportColumnSpec &spec, const QString &title, bool on) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsEditable |
                       Qt::ItemIsDragEnabled); // not a drop target: columns never nest
        item->setData(TitleColumn, KeyRole, spec.keyText());
        item->setText(TitleColumn, title.isEmpty() ? spec.title(m_language) : title);
        item->setText(PartColumn, partName(spec.part));
        item->setCheckState(TitleColumn, on ? Qt::Checked : Qt::Unchecked);
    };
    std::set<QString> listed;
    for (const ExportColumnChoice &column : ticked) {
        if (const ExportColumnSpec *spec = specOf(kind, column.key); spec && listed.insert(column.key).second)
            add(*spec, column.title, true);
    }
    for (const ExportColumnSpec &spec : ExportColumns::catalogue(kind)) {
        if (listed.insert(spec.keyText()).second)
            add(spec, {}, false);
    }
    // Only the publisher's list has several tables; the others need no column saying which.
    const auto &catalogue = ExportColumns::catalogue(kind);
    const bool severalParts = std::any_of(catalogue.begin(), catalogue.end(), [&](const ExportColumnSpec &spec) {
        return spec.part != catalogue.front().part;
    });
    m_list->setColumnHidden(PartColumn, !severalParts);
    m_list->setHeaderHidden(!severalParts);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    m_filling = false;
    updateButtons();
    emit changed();
}

void ExportColumnsEditor::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_filling = true;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->text(TitleColumn) == defaultTitle(*item, m_language))
            item->setText(TitleColumn, defaultTitle(*item, language));
    }
    m_language = language;
    m_filling = false;
    emit changed();
}

std::vector<ExportColumnChoice> ExportColumnsEditor::choice() const
{
    std::vector<ExportColumnChoice> columns;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->checkState(TitleColumn) != Qt::Checked)
            continue;
        const QString title = item->text(TitleColumn).trimmed();
        // A cleared title goes back to the default rather than a blank header.
        const bool isDefault = title.isEmpty() || title == defaultTitle(*item, m_language);
        columns.push_back({item->data(TitleColumn, KeyRole).toString(), isDefault ? QString() : title});
    }
    return columns;
}

void ExportColumnsEditor::moveCurrent(int step)
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int row = m_list->indexOfTopLevelItem(item);
    const int target = row + step;
    if (target < 0 || target >= m_list->topLevelItemCount())
        return;
    m_filling = true;
    m_list->takeTopLevelItem(row);
    m_list->insertTopLevelItem(target, item);
    m_list->setCurrentItem(item);
    m_filling = false;
    updateButtons();
    emit changed();
}

void ExportColumnsEditor::restoreDefaults()
{
    setColumns(m_kind, {}, m_language);
}

QString ExportColumnsEditor::defaultTitle(const QTreeWidgetItem &item, Language language) const
{
    const ExportColumnSpec *spec = specOf(m_kind, item.data(TitleColumn, KeyRole).toString());
    return spec ? spec->title(language) : QString();
}

void ExportColumnsEditor::updateButtons()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->topLevelItemCount());
}

} // namespace gonggu
