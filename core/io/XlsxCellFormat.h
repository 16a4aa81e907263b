#pragma once

#include <QString>
#include <QStringView>

#include <optional>
#include <vector>

class QXmlStreamReader;

namespace gonggu {

/** How an .xlsx cell's number is meant to be read, from its style: as a plain number or as an Excel
 *  date/time serial, and the text Gonggu gives it either way. */
class XlsxCellFormat
{
public:
    enum class Kind
    {
        Number,
        Date,
        Time,
        DateTime
    };

    /** The kind of each cell style (cellXfs) of a styles part, by index; the caller checks \a xml for errors. */
    static std::vector<Kind> readStyles(QXmlStreamReader &xml);

    /** The kind of a built-in number format id (14 is a short date, 21 a time…). */
    static Kind builtInKind(int numFmtId);

    /** The kind of a custom format code such as "yyyy-mm-dd hh:mm" (quoted text and [brackets] ignored). */
    static Kind codeKind(QStringView formatCode);

    /** A number as Excel shows it in General: up to 15 significant digits, no ".0", never an exponent. */
    static QString numberText(double value);

    /** An Excel serial as "yyyy-MM-dd", "HH:mm:ss" or "yyyy-MM-dd HH:mm:ss"; nothing if it is no date. */
    static std::optional<QString> serialText(double serial, Kind kind, bool date1904);
};

} // namespace gonggu
