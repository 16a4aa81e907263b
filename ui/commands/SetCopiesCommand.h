#pragma once

#include "EditCommand.h"
#include "domain/Item.h"

#include <QCoreApplication>

namespace gonggu {

/** Sets how many copies of one item a buyer orders; 0 removes the line. */
class SetCopiesCommand : public EditCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCopiesCommand)

public:
    /** `buyer` names the buyer in the Edit menu; `nameItem` adds the item's name (rounds of several items). */
    SetCopiesCommand(WorkspaceSession &session, const Item &item, OrderId orderId, const QString &buyer,
                     int oldQuantity, int newQuantity, bool nameItem);

    void apply() override;
    void revert() override;
    void announce() override;

private:
    static QString describe(const Item &item, const QString &buyer, int quantity, bool nameItem);

    Item m_item;
    OrderId m_orderId;
    int m_oldQuantity;
    int m_newQuantity;
};

} // namespace gonggu
