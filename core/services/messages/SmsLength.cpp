#include "SmsLength.h"

#include <QStringEncoder>

#include <optional>

namespace gonggu {

QString toKey(SmsKind kind)
{
    switch (kind) {
    case SmsKind::Sms:
        return QStringLiteral("sms");
    case SmsKind::Lms:
        return QStringLiteral("lms");
    case SmsKind::TooLong:
        return QStringLiteral("too_long");
    }
    return {};
}

SmsLength SmsLength::of(const QString &text)
{
    // ICU's "CP949" is IBM-949, which lacks the Hangul syllables Microsoft added (똠, 햏); carriers count
    // the windows-949 (UHC) repertoire.
    // Made in place, never moved: ICU reports errors into the state the converter was opened with.
    std::optional<QStringEncoder> encoder;
    const auto freshEncoder = [&encoder] { encoder.emplace("windows-949", QStringConverter::Flag::Stateless); };
    freshEncoder();
    SmsLength length;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size;) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            ++length.bytes;
            ++i;
            continue;
        }
        const qsizetype units = (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        const QString character = text.mid(i, units);
        i += units;
        const QByteArray encoded = encoder->encode(character);
        if (!encoder->isValid() || encoder->hasError()) {
            length.bytes += 2;
            if (!length.unencodable.contains(character))
                length.unencodable += character;
            // resetState() keeps the error flag set, which would call every later character unencodable.
            freshEncoder();
            continue;
        }
        length.bytes += int(encoded.size());
    }
    length.kind = length.bytes <= smsLimit ? SmsKind::Sms : length.bytes <= lmsLimit ? SmsKind::Lms : SmsKind::TooLong;
    return length;
}

} // namespace gonggu
