#pragma once

#include <QByteArray>
#include <QString>

namespace gonggu::test {

/** Import files made up for the crash test. Every row of batch N carries the batch's marker, so that counting the
 *  rows with that marker tells whether the import landed whole, not at all, or (the failure) in part. */
namespace MarkedSheets {

/** A form export of \a rows new buyers, one copy each, picked up at the meetup; nicknames "app<batch>x<row>". */
QByteArray applications(int batch, int rows);
/** The LIKE pattern that finds the people of an applications batch. */
QString applicantPattern(int batch);

/** A bank statement (Shinhan layout) of \a rows deposits from depositors "bk<batch>x<row>" whom nobody knows, so
 *  every one is imported for review. */
QByteArray bankStatement(int batch, int rows);
/** The LIKE pattern that finds the payments of a bank statement batch. */
QString depositorPattern(int batch);

} // namespace MarkedSheets
} // namespace gonggu::test
