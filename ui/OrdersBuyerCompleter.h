#pragma once

#include "domain/Person.h"

#include <QCompleter>
#include <QSet>

#include <vector>

namespace gonggu {

/** Completes a buyer from the people directory: what is typed may be any part of a name, nickname or
 *  phone (or a name's Hangul initials); the list shows "김민준 · tini · 010-2101-0001" and marks who is
 *  already in the round; picking someone puts their plain name in the field. */
class OrdersBuyerCompleter : public QCompleter
{
    Q_OBJECT

public:
    /** `people` must outlive the completer. */
    OrdersBuyerCompleter(const std::vector<Person> &people, const QSet<PersonId> &alreadyOrdering,
                         QObject *parent = nullptr);

    QString pathFromIndex(const QModelIndex &index) const override;

signals:
    void personChosen(gonggu::PersonId id);
};

} // namespace gonggu
