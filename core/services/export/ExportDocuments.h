#pragma once

#include "ExportSource.h"
#include "io/TableDocument.h"

#include <vector>

namespace gonggu {

// The round's documents, built from what counts with the chosen columns (empty: the defaults). Each leaves out
// a table it has no rows for; the caller adds the title and details that head the document.

/** For the publisher: copies and money per item with the grand total, the recipients of courier deliveries,
 *  and the tax invoice and cash receipt requests. */
std::vector<DocumentTable> publisherOrderList(const ExportSource &source, const std::vector<ExportColumnChoice> &choice,
                                              Language language);

/** For booking the courier: one row per courier delivery, by order number. */
std::vector<DocumentTable> shippingList(const ExportSource &source, const std::vector<ExportColumnChoice> &choice,
                                        Language language);

/** For the meetup: one row per buyer who picks up, sorted by name as Korean readers sort, with copies per item,
 *  what is still to collect and room to sign. */
std::vector<DocumentTable> handoverSheet(const ExportSource &source, const std::vector<ExportColumnChoice> &choice,
                                         Language language);

} // namespace gonggu
