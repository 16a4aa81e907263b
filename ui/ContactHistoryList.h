#pragma once

#include "domain/ContactLogEntry.h"

#include <QTreeWidget>

#include <vector>

namespace gonggu {

class EmptyTableHint;

/** What one buyer was sent so far (the contact log), newest first: when, which message, how, and its text. */
class ContactHistoryList : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ContactHistoryList(QWidget *parent = nullptr);

    void showHistory(const std::vector<ContactLogEntry> &entries);
    /** Shows no entries and why (no buyer chosen). */
    void showNothing(const QString &reason);

private:
    EmptyTableHint *m_emptyHint;
};

} // namespace gonggu
