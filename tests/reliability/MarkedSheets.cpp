#include "MarkedSheets.h"

namespace gonggu::test::MarkedSheets {

QByteArray applications(int batch, int rows)
{
    QByteArray csv = QStringLiteral("이름,닉네임,휴대폰 번호,구매 수량,수령 방법\n").toUtf8();
    for (int row = 0; row < rows; ++row) {
        // Names and phones differ from every other batch too: each row must be a new person, never a match.
        csv += QStringLiteral("구매자%1-%2,app%1x%2,010-%3-%4,1,현장 수령\n")
                   .arg(batch)
                   .arg(row)
                   .arg(batch % 10000, 4, 10, QLatin1Char('0'))
                   .arg(row % 10000, 4, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return csv;
}

QString applicantPattern(int batch)
{
    return QStringLiteral("app%1x%").arg(batch);
}

QByteArray bankStatement(int batch, int rows)
{
    QByteArray csv = QStringLiteral("거래일자,거래시간,적요,출금(원),입금(원),내용,잔액(원),거래점명\n").toUtf8();
    for (int row = 0; row < rows; ++row) {
        const int second = row % 86400;
        csv += QStringLiteral("2026-11-%1,%2:%3:%4,타행이체,,%5,bk%6x%7,%8,\n")
                   .arg(2 + batch % 25, 2, 10, QLatin1Char('0'))
                   .arg(second / 3600, 2, 10, QLatin1Char('0'))
                   .arg(second / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(second % 60, 2, 10, QLatin1Char('0'))
                   .arg(1000 + row)
                   .arg(batch)
                   .arg(row)
                   .arg(1'000'000 + row)
                   .toUtf8();
    }
    return csv;
}

QString depositorPattern(int batch)
{
    return QStringLiteral("bk%1x%").arg(batch);
}

} // namespace gonggu::test::MarkedSheets
