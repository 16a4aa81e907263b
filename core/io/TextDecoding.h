#pragma once

#include <QByteArray>
#include <QString>

namespace gonggu {

/** Text decoded from a file's bytes, with the name of the encoding it was read as. */
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8 with BOM", "UTF-8", "CP949", "UTF-16LE", "UTF-16BE", or the caller's override
};

/** Turns the bytes of a text file into text, recognising what Korean banks, forms and Excel write:
 *  UTF-8 with or without BOM, CP949 (EUC-KR and its Windows extension) and UTF-16 with a BOM. */
class TextDecoding
{
public:
    /** Decodes \a bytes, detecting the encoding unless \a encoding names one ("UTF-8", "CP949", "EUC-KR",
     *  "UTF-16LE", or any name Qt/ICU knows). \a sourceName names the file in messages.
     *  Throws InputError for binary data, undecodable text or an unknown encoding name. */
    static DecodedText decode(const QByteArray &bytes, const QString &sourceName, const QString &encoding = {});
};

} // namespace gonggu
