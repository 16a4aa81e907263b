#include "MalformedInputs.h"

#include "TestPaths.h"
#include "core/io/ZipBuilder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>

namespace gonggu::test::MalformedInputs {

QByteArray applicationsHeader()
{
    return QStringLiteral("이름,닉네임,휴대폰 번호,구매 수량,수령 방법\n").toUtf8();
}

QByteArray applications(const QStringList &lines)
{
    QByteArray bytes = applicationsHeader();
    for (const QString &line : lines)
        bytes += line.toUtf8() + '\n';
    return bytes;
}

QByteArray applicationSubmittedAt(const QString &timestamp)
{
    return QStringLiteral("타임스탬프,이름,닉네임,휴대폰 번호,구매 수량,수령 방법\n"
                          "%1,박새봄,saebom,010-2222-3333,1,현장 수령\n")
        .arg(timestamp)
        .toUtf8();
}

QByteArray bankHeader()
{
    return QStringLiteral("거래일자,거래시간,적요,출금(원),입금(원),내용,잔액(원),거래점명\n").toUtf8();
}

QByteArray bank(const QStringList &lines)
{
    QByteArray bytes = bankHeader();
    for (const QString &line : lines)
        bytes += line.toUtf8() + '\n';
    return bytes;
}

QByteArray randomBytes(qsizetype size, bool withoutNul)
{
    QRandomGenerator random(20261110);
    QByteArray bytes(size, '\0');
    for (char &byte : bytes)
        byte = char(withoutNul ? 0x80 | random.bounded(0x80) : random.bounded(0x100));
    if (!withoutNul)
        bytes[size / 2] = '\0'; // binary for certain, whatever the seed gives
    return bytes;
}

QByteArray invalidUtf8()
{
    return applicationsHeader() +
           QByteArray("\x80\xBF\xC0\xAF,hana\xED\xA0\x80,010-1234-5678,1,\xF8\x88\x80\x80\x80\n");
}

QByteArray invalidCp949()
{
    QStringEncoder cp949("windows-949");
    QByteArray bytes = cp949.encode(QStringLiteral("이름,닉네임,휴대폰 번호,구매 수량,수령 방법\n"));
    // 0xC9 0x41 and 0xFE 0x41 are lead bytes of user-defined rows followed by a trail byte no table maps.
    return bytes + QByteArray("\xC9\x41\xFE\x41,\xFF\xFF,010-1234-5678,1,\x80\n");
}

QByteArray hugeCell(bool bankStatement, int megabytes)
{
    // Three bytes per syllable in UTF-8.
    const QByteArray cell = QString(megabytes * 1024 * 1024 / 3, QChar(u'가')).toUtf8();
    if (bankStatement)
        return bankHeader() + "2026-11-02,10:00:00,타행이체,,30000," + cell + ",1000000,\n";
    return applicationsHeader() + "김하나," + cell + ",010-1234-5678,1,현장 수령\n";
}

QByteArray wideSheet(int columns)
{
    QByteArrayList header;
    QByteArrayList row;
    for (int column = 0; column < columns; ++column) {
        header << "c" + QByteArray::number(column);
        row << "1";
    }
    return header.join(',') + '\n' + row.join(',') + '\n';
}

QByteArray fixture(const QString &relativePath)
{
    QFile file(dataDir() + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray truncatedFixture(const QString &relativePath)
{
    const QByteArray bytes = fixture(relativePath);
    return bytes.left(bytes.size() / 2);
}

QByteArray zipThatIsNotAWorkbook()
{
    return zipOf({{QStringLiteral("readme.txt"), QByteArray("공구 안내문입니다. 엑셀 파일이 아닙니다.\n")}});
}

} // namespace gonggu::test::MalformedInputs
