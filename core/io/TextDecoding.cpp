#include "TextDecoding.h"

#include "domain/Errors.h"

#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace gonggu {

namespace {

// ICU resolves "CP949" to IBM-949, a different table that garbles the Hangul syllables Microsoft added
// (UHC, e.g. 똠, 햏); Korean Windows and the banks' exports use windows-949, a superset of EUC-KR.
constexpr char koreanCodec[] = "windows-949";

const QByteArray utf8Bom("\xEF\xBB\xBF");
const QByteArray utf16LeBom("\xFF\xFE");
const QByteArray utf16BeBom("\xFE\xFF");

std::optional<QString> decodeStrictly(QStringDecoder &&decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeUtf16(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    // Qt's UTF-16 decoder reports no error for a dangling byte, so check the length ourselves.
    if (bytes.size() % 2 != 0)
        return std::nullopt;
    return decodeStrictly(QStringDecoder(encoding, QStringConverter::Flag::Stateless), bytes);
}

// windows-949 maps most invalid bytes to C1 controls or the user-defined area instead of failing, so
// without this check any byte soup would pass as "CP949". No real Korean text file contains them.
bool isPlausibleKoreanText(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x80 && u <= 0x9F) || (u >= 0xE000 && u <= 0xF8FF) || u == 0xFFFD)
            return false;
    }
    return true;
}

std::optional<QString> decodeKorean(QByteArrayView bytes)
{
    auto text = decodeStrictly(QStringDecoder(koreanCodec, QStringConverter::Flag::Stateless), bytes);
    if (text && !isPlausibleKoreanText(*text))
        return std::nullopt;
    return text;
}

QString canonicalName(const QString &encoding)
{
    QString name = encoding.trimmed().toUpper();
    name.remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    return name;
}

bool isKoreanName(const QString &canonical)
{
    static const QStringList names = {QStringLiteral("CP949"), QStringLiteral("MS949"),      QStringLiteral("UHC"),
                                      QStringLiteral("EUCKR"), QStringLiteral("WINDOWS949"), QStringLiteral("KSC5601")};
    return names.contains(canonical);
}

DecodedText decodeAs(const QByteArray &bytes, const QString &sourceName, const QString &encoding)
{
    const QString canonical = canonicalName(encoding);
    std::optional<QString> text;
    QString label = encoding.trimmed();
    if (isKoreanName(canonical)) {
        text = decodeKorean(bytes);
        label = QStringLiteral("CP949");
    } else if (canonical == u"UTF16LE" || canonical == u"UTF16BE") {
        const bool little = canonical == u"UTF16LE";
        const QByteArray &bom = little ? utf16LeBom : utf16BeBom;
        const QByteArrayView body = bytes.startsWith(bom) ? QByteArrayView(bytes).sliced(2) : QByteArrayView(bytes);
        text = decodeUtf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, body);
        label = little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    } else {
        if (canonical == u"UTF8")
            label = QStringLiteral("UTF-8");
        QStringDecoder decoder(label.toLatin1().constData(), QStringConverter::Flag::Stateless);
        if (!decoder.isValid())
            throw InputError(QStringLiteral("unknown text encoding '%1'").arg(label));
        text = decodeStrictly(std::move(decoder), bytes);
    }
    if (!text)
        throw InputError(QStringLiteral("%1 is not valid %2 text").arg(sourceName, label));
    return {*text, label};
}

} // namespace

DecodedText TextDecoding::decode(const QByteArray &bytes, const QString &sourceName, const QString &encoding)
{
    const QString canonical = canonicalName(encoding);
    const bool utf16Bom = bytes.startsWith(utf16LeBom) || bytes.startsWith(utf16BeBom);
    // Text never contains NUL, except as part of a UTF-16 or UTF-32 character.
    if (!utf16Bom && !canonical.startsWith(u"UTF16") && !canonical.startsWith(u"UTF32") && bytes.contains('\0'))
        throw InputError(
            QStringLiteral("%1 looks like a binary file, not text (it contains NUL bytes)").arg(sourceName));
    if (!canonical.isEmpty())
        return decodeAs(bytes, sourceName, encoding);

    if (bytes.startsWith(utf8Bom)) {
        auto text = decodeStrictly(QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless),
                                   QByteArrayView(bytes).sliced(utf8Bom.size()));
        if (!text)
            throw InputError(
                QStringLiteral("%1 starts as UTF-8 but contains bytes that are not UTF-8").arg(sourceName));
        return {*text, QStringLiteral("UTF-8 with BOM")};
    }
    if (utf16Bom) // Excel's "Unicode text"
        return decodeAs(bytes, sourceName,
                        bytes.startsWith(utf16LeBom) ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
    if (auto text = decodeStrictly(QStringDecoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless), bytes))
        return {*text, QStringLiteral("UTF-8")};
    if (auto text = decodeKorean(bytes))
        return {*text, QStringLiteral("CP949")};
    throw InputError(QStringLiteral("%1 is neither UTF-8 nor CP949/EUC-KR text").arg(sourceName));
}

} // namespace gonggu
