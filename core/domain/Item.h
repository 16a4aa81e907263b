#pragma once

#include "Ids.h"
#include "Money.h"

#include <QString>

#include <optional>

namespace gonggu {

/** Something a round sells (usually a book), at a group unit price. */
struct Item
{
    ItemId id = 0;
    RoundId roundId = 0;
    QString name;
    QString isbn; // ISBN or the supplier's SKU; may be empty
    Money listPrice;
    Money unitPrice;
    std::optional<int> maxQuantity;
};

} // namespace gonggu
