#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace gonggu {

/** The documents a round ends with: the publisher's order list, the courier shipping list and the meetup's
 *  hand-over sheet. The keys are stored in the workspace and named on the command line. */
enum class ExportKind
{
    Publisher,
    Recipients,
    Handover
};

inline QString toKey(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Publisher:
        return QStringLiteral("publisher");
    case ExportKind::Recipients:
        return QStringLiteral("recipients");
    case ExportKind::Handover:
        return QStringLiteral("handover");
    }
    return {};
}

inline std::optional<ExportKind> exportKindFromKey(const QString &key)
{
    for (const ExportKind kind : {ExportKind::Publisher, ExportKind::Recipients, ExportKind::Handover}) {
        if (key == toKey(kind))
            return kind;
    }
    return std::nullopt;
}

inline QStringList exportKindKeys()
{
    return {toKey(ExportKind::Publisher), toKey(ExportKind::Recipients), toKey(ExportKind::Handover)};
}

/** One column a document carries: its key, and the title the user gave it (empty: the default title in
 *  the document's language). */
struct ExportColumnChoice
{
    QString key;
    QString title;

    bool operator==(const ExportColumnChoice &) const = default;
};

/** How a supplier wants one kind of document: which orders count, which columns go out in what order and
 *  under which titles, and the contact printed in the header. Saved per supplier and kind. */
struct ExportTemplate
{
    QString supplier; // the round's supplier name, trimmed; empty for rounds without one
    ExportKind kind = ExportKind::Publisher;
    bool paidOnly = false;                   // confirmed and paid in full; otherwise every confirmed order
    std::vector<ExportColumnChoice> columns; // empty: the kind's default columns
    QString contact;                         // the coordinator's name and phone or email, for the header

    bool operator==(const ExportTemplate &) const = default;
};

} // namespace gonggu
