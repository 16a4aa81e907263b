#pragma once

#include "domain/Item.h"
#include "domain/Person.h"
#include "domain/Round.h"
#include "storage/ItemRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"

#include <optional>

namespace gonggu::test {

// Small builders for the rows most tests need; each returns the row as stored (with its id).

inline Round addRound(Workspace &workspace, const QString &title, qint64 shippingFee = 3000)
{
    Round round;
    round.title = title;
    round.supplier = QStringLiteral("가나다출판사");
    round.shippingFee = Money::won(shippingFee);
    round.id = RoundRepository(workspace).create(round);
    return round;
}

inline Item addItem(Workspace &workspace, RoundId roundId, const QString &name, qint64 unitPrice,
                    std::optional<int> maxQuantity = std::nullopt)
{
    Item item;
    item.roundId = roundId;
    item.name = name;
    item.unitPrice = Money::won(unitPrice);
    item.listPrice = Money::won(unitPrice);
    item.maxQuantity = maxQuantity;
    item.id = ItemRepository(workspace).add(item);
    return item;
}

inline PersonId addPerson(Workspace &workspace, const QString &name, const QString &nickname = QString())
{
    Person person;
    person.displayName = name;
    person.nickname = nickname;
    return PersonRepository(workspace).add(person);
}

} // namespace gonggu::test
