#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace gonggu::test {

/** The bytes of broken, hostile or absurd input files, made on the spot (same bytes every run). */
namespace MalformedInputs {

/** The header of a web-form applications export that the importer recognises. */
QByteArray applicationsHeader();
/** That header and then \a lines, each a row of name, nickname, phone, copies, delivery (UTF-8, LF). */
QByteArray applications(const QStringList &lines);
/** An applications export with a timestamp column, and one row submitted at \a timestamp. */
QByteArray applicationSubmittedAt(const QString &timestamp);

/** The header of a Shinhan-style bank statement (date, time, summary, out, in, name, balance, branch). */
QByteArray bankHeader();
/** That header and then \a lines (UTF-8, LF). */
QByteArray bank(const QStringList &lines);

/** \a size bytes from a fixed seed; with \a withoutNul no byte is 0 and every byte has the high bit set, so the
 *  file reads as text of an unknown encoding rather than as binary. */
QByteArray randomBytes(qsizetype size, bool withoutNul = false);
/** A text file whose bytes are neither UTF-8 nor CP949: lone continuation bytes, an overlong form, a surrogate. */
QByteArray invalidUtf8();
/** A CP949 file with byte pairs CP949 has no character for. */
QByteArray invalidCp949();
/** An applications export with one cell of about \a megabytes MB. */
QByteArray hugeCell(bool bankStatement, int megabytes = 10);
/** A header row of \a columns columns and one row under it. */
QByteArray wideSheet(int columns);
/** The first half of a file of tests/data. */
QByteArray truncatedFixture(const QString &relativePath);
/** A file of tests/data as it is. */
QByteArray fixture(const QString &relativePath);
/** A zip holding a text file and nothing of a workbook. */
QByteArray zipThatIsNotAWorkbook();

} // namespace MalformedInputs
} // namespace gonggu::test
