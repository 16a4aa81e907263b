// The cases of the bad-input matrix: malformed application, bank and tracking files, absurd values on the command
// line, and workspaces that are not what they should be.
#include "BadInputMatrix.h"
#include "MalformedInputs.h"

namespace gonggu::test {
using namespace Qt::StringLiterals;
namespace {

const QStringList importApplications{u"import"_s, u"applications"_s, u"--round"_s, u"1"_s, u"{input}"_s};
const QStringList importBank{u"import"_s, u"bank"_s, u"--round"_s, u"1"_s, u"{input}"_s};
const QStringList importTracking{u"import"_s, u"tracking"_s, u"--round"_s, u"1"_s, u"{input}"_s};
const QStringList orderSet{u"order"_s, u"set"_s,    u"--round"_s, u"1"_s,    u"--person"_s,
                           u"tini"_s,  u"--item"_s, u"1"_s,       u"--qty"_s};
const QStringList paymentAdd{u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s};

QByteArray oneApplication(const QString &copies)
{
    return MalformedInputs::applications({u"박새봄,saebom,010-2222-3333,%1,현장 수령"_s.arg(copies)});
}

QByteArray oneDeposit(const QString &date, const QString &time, const QString &amount, const QString &balance)
{
    return MalformedInputs::bank({u"%1,%2,타행이체,,%3,박새봄,%4,"_s.arg(date, time, amount, balance)});
}

BadInputCase applicationsCase(const char *name, std::function<QByteArray()> bytes, const QString &messagePart,
                              bool listsRejectedRows = false)
{
    BadInputCase c{name, importApplications, messagePart, std::move(bytes)};
    c.listsRejectedRows = listsRejectedRows;
    return c;
}

BadInputCase bankCase(const char *name, std::function<QByteArray()> bytes, const QString &messagePart,
                      bool listsRejectedRows = false)
{
    BadInputCase c{name, importBank, messagePart, std::move(bytes)};
    c.listsRejectedRows = listsRejectedRows;
    return c;
}

BadInputCase withInputName(BadInputCase c, const QString &inputName)
{
    c.inputName = inputName;
    return c;
}

BadInputCase withInput(BadInputCase c, InputFile input)
{
    c.input = input;
    return c;
}

BadInputCase onWorkspace(const char *name, WorkspaceFile workspace, QStringList arguments, const QString &messagePart)
{
    BadInputCase c{name, std::move(arguments), messagePart};
    c.workspace = workspace;
    return c;
}

using namespace MalformedInputs;

INSTANTIATE_TEST_SUITE_P(
    ApplicationFiles, BadInputMatrixTest,
    ::testing::Values(
        applicationsCase(
            "EmptyFile", [] { return QByteArray(); }, u"is empty"_s),
        applicationsCase(
            "HeaderOnly", [] { return applicationsHeader(); }, u"no applications under it"_s),
        applicationsCase(
            "BomOnly", [] { return QByteArray("\xEF\xBB\xBF"); }, u"is empty"_s),
        applicationsCase(
            "RandomBinary", [] { return randomBytes(4096); }, u"binary file"_s),
        applicationsCase(
            "RandomHighBytes", [] { return randomBytes(4096, true); }, u"neither UTF-8 nor CP949"_s),
        applicationsCase(
            "NulBytesInText", [] { return applications({u"김하나,tini\u0000x,010,1,현장 수령"_s}); }, u"NUL bytes"_s),
        applicationsCase(
            "InvalidUtf8", [] { return invalidUtf8(); }, u"neither UTF-8 nor CP949"_s),
        applicationsCase(
            "Utf8BomThenInvalidBytes", [] { return "\xEF\xBB\xBF" + invalidUtf8(); }, u"bytes that are not UTF-8"_s),
        applicationsCase(
            "InvalidCp949", [] { return invalidCp949(); }, u"neither UTF-8 nor CP949"_s),
        applicationsCase(
            "TenMegabyteCell", [] { return hugeCell(false); }, u"more than a spreadsheet cell can hold"_s),
        applicationsCase(
            "TenThousandColumns", [] { return wideSheet(10000); }, u"lacks a name or nickname column"_s),
        applicationsCase(
            "MoreColumnsThanExcel", [] { return wideSheet(16385); }, u"more than 16384 columns"_s),
        applicationsCase(
            "UnclosedQuote", [] { return applications({u"\"김하나,tini,010-1234-5678,1,현장 수령"_s}); },
            u"closing quote is missing"_s),
        applicationsCase(
            "QuoteInsideAField", [] { return applications({u"김\"하나\",tini,\"010-1234-5678,1,현장 수령"_s}); },
            u"closing quote is missing"_s),
        applicationsCase(
            "CopiesHuge", [] { return oneApplication(u"99999999999999999999"_s); },
            u"line 2: copies '99999999999999999999' is more than one order can take"_s, true),
        applicationsCase(
            "CopiesNegative", [] { return oneApplication(u"-1"_s); }, u"line 2: copies '-1' cannot be negative"_s,
            true),
        applicationsCase(
            "CopiesZero", [] { return oneApplication(u"0"_s); }, u"line 2: no copies ordered"_s, true),
        applicationsCase(
            "NameOfThreeHundredCharacters",
            [] { return applications({QString(300, u'가') + u",tini,010-1234-5678,1,현장 수령"_s}); },
            u"line 2: the name is 300 characters long; at most 200 fit"_s, true),
        applicationsCase(
            "SubmittedFebruary30", [] { return applicationSubmittedAt(u"2026-02-30 10:00:00"_s); },
            u"line 2: time '2026-02-30 10:00:00' is not a real date"_s, true),
        applicationsCase(
            "SubmittedMonth13", [] { return applicationSubmittedAt(u"2026. 13. 1 오후 2:30:00"_s); },
            u"is not a real date"_s, true),
        withInputName(applicationsCase(
                          "TruncatedXlsx", [] { return truncatedFixture(u"io/applications.xlsx"_s); },
                          u"damaged or incomplete"_s),
                      u"applications.xlsx"_s),
        withInputName(applicationsCase(
                          "ZipThatIsNotAWorkbook", [] { return zipThatIsNotAWorkbook(); }, u"no workbook part"_s),
                      u"applications.xlsx"_s),
        withInputName(applicationsCase(
                          "TruncatedXls", [] { return fixture(u"io/applications-truncated.xls"_s); },
                          u"damaged or incomplete"_s),
                      u"applications.xls"_s),
        withInputName(applicationsCase(
                          "PasswordProtectedXlsx", [] { return fixture(u"io/password-protected.xlsx"_s); },
                          u"password"_s),
                      u"applications.xlsx"_s),
        withInputName(applicationsCase(
                          "WordDocument", [] { return fixture(u"io/word-document.doc"_s); }, u"Word document"_s),
                      u"applications.doc"_s),
        withInput(applicationsCase("FolderAsInput", {}, u"is a folder, not a file"_s), InputFile::Folder),
        withInput(applicationsCase("MissingFile", {}, u"does not exist"_s), InputFile::Missing),
        BadInputCase{"UnknownRound",
                     {u"import"_s, u"applications"_s, u"--round"_s, u"99"_s, u"{input}"_s},
                     u"no round '99'"_s,
                     [] { return oneApplication(u"1"_s); }},
        BadInputCase{"UnknownColumnRole", importApplications + QStringList{u"--columns"_s, u"shoe_size=발 크기"_s},
                     u"unknown role 'shoe_size'"_s, [] { return oneApplication(u"1"_s); }}),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    BankStatements, BadInputMatrixTest,
    ::testing::Values(
        bankCase(
            "EmptyFile", [] { return QByteArray(); }, u"is empty"_s),
        bankCase(
            "HeaderOnly", [] { return bankHeader(); }, u"no transactions under it"_s),
        bankCase(
            "RandomBinary", [] { return randomBytes(4096); }, u"binary file"_s),
        bankCase(
            "NoHeaderAnywhere", [] { return u"입금 내역입니다\n그냥 메모\n"_s.toUtf8(); },
            u"no bank statement header found"_s),
        bankCase(
            "DepositHuge",
            [] { return oneDeposit(u"2026-11-02"_s, u"10:00:00"_s, u"99999999999999999999"_s, u"1000000"_s); },
            u"deposit '99999999999999999999' is not an amount in won"_s, true),
        bankCase(
            "DepositNegative", [] { return oneDeposit(u"2026-11-02"_s, u"10:00:00"_s, u"-30000"_s, u"1000000"_s); },
            u"is negative"_s, true),
        bankCase(
            "DateFebruary30", [] { return oneDeposit(u"2026-02-30"_s, u"10:00:00"_s, u"30000"_s, u"1000000"_s); },
            u"'2026-02-30' is not a date"_s, true),
        bankCase(
            "DateMonth13", [] { return oneDeposit(u"2026-13-01"_s, u"10:00:00"_s, u"30000"_s, u"1000000"_s); },
            u"'2026-13-01' is not a date"_s, true),
        bankCase(
            "TimeImpossible", [] { return oneDeposit(u"2026-11-02"_s, u"25:61:00"_s, u"30000"_s, u"1000000"_s); },
            u"'25:61:00' is not a time"_s, true),
        bankCase(
            "TenMegabyteDepositorName", [] { return hugeCell(true); }, u"more than a spreadsheet cell can hold"_s),
        bankCase(
            "UnclosedQuote", [] { return bank({u"2026-11-02,10:00:00,\"타행이체,,30000,박새봄,1000000,"_s}); },
            u"closing quote is missing"_s),
        withInputName(bankCase(
                          "TruncatedXlsx", [] { return truncatedFixture(u"bank/statement.xlsx"_s); },
                          u"damaged or incomplete"_s),
                      u"statement.xlsx"_s),
        withInputName(bankCase(
                          "TruncatedXls", [] { return truncatedFixture(u"bank/statement.xls"_s); },
                          u"damaged or incomplete"_s),
                      u"statement.xls"_s),
        withInput(bankCase("FolderAsInput", {}, u"is a folder, not a file"_s), InputFile::Folder)),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    TrackingFiles, BadInputMatrixTest,
    ::testing::Values(BadInputCase{"EmptyFile", importTracking, u"is empty"_s, [] { return QByteArray(); }},
                      BadInputCase{"RandomBinary", importTracking, u"binary file"_s, [] { return randomBytes(4096); }},
                      BadInputCase{"HeaderOnly", importTracking, u"no rows under the header"_s,
                                   [] { return u"송장번호,이름\n"_s.toUtf8(); }},
                      BadInputCase{"NoTrackingColumn", importTracking, u"no column of tracking numbers"_s,
                                   [] { return applicationsHeader(); }}),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    CommandValues, BadInputMatrixTest,
    ::testing::Values(
        BadInputCase{"PaymentAmountHuge", paymentAdd + QStringList{u"--amount"_s, u"99999999999999999999"_s},
                     u"--amount '99999999999999999999' is not a whole number of won"_s},
        BadInputCase{"PaymentDateFebruary30",
                     paymentAdd + QStringList{u"--amount"_s, u"1000"_s, u"--date"_s, u"2026-02-30"_s},
                     u"--date '2026-02-30' is not a date"_s},
        BadInputCase{"PaymentDateMonth13",
                     paymentAdd + QStringList{u"--amount"_s, u"1000"_s, u"--date"_s, u"2026-13-01"_s},
                     u"--date '2026-13-01' is not a date"_s},
        BadInputCase{"OrderCopiesHuge", orderSet + QStringList{u"99999999999999999999"_s},
                     u"--qty '99999999999999999999' is not a whole number"_s},
        BadInputCase{"OrderCopiesNegative", orderSet + QStringList{u"-1"_s}, u"--qty must be more than zero"_s},
        BadInputCase{"OrderCopiesZero", orderSet + QStringList{u"0"_s}, u"--qty must be more than zero"_s},
        BadInputCase{"ItemPriceHuge",
                     {u"item"_s, u"add"_s, u"--round"_s, u"1"_s, u"--name"_s, u"굿즈"_s, u"--unit-price"_s,
                      u"99999999999999999999"_s},
                     u"is not a whole number of won"_s},
        BadInputCase{"PersonNameOfAThousandCharacters",
                     {u"person"_s, u"add"_s, u"--name"_s, QString(1000, u'가')},
                     u"the name is 1000 characters long; at most 200 fit"_s},
        BadInputCase{"RoundClosesFebruary30",
                     {u"round"_s, u"create"_s, u"--title"_s, u"겨울 공구"_s, u"--supplier"_s, u"출판사"_s,
                      u"--closes"_s, u"2026-02-30"_s},
                     u"--closes '2026-02-30'"_s}),
    caseName);

const QStringList addPayment{u"payment"_s,  u"add"_s,  u"--round"_s,  u"1"_s,
                             u"--person"_s, u"tini"_s, u"--amount"_s, u"1000"_s};

INSTANTIATE_TEST_SUITE_P(
    Workspaces, BadInputMatrixTest,
    ::testing::Values(
        onWorkspace("TextFile", WorkspaceFile::TextFile, addPayment, u"not an SQLite database"_s),
        onWorkspace("RandomBytes", WorkspaceFile::RandomBytes, {u"round"_s, u"list"_s}, u"not an SQLite database"_s),
        onWorkspace("TruncatedWorkspace", WorkspaceFile::Truncated, addPayment,
                    u"cannot be read as a Gonggu workspace"_s),
        onWorkspace("OtherProgramsDatabase", WorkspaceFile::OtherProgram, addPayment, u"not a Gonggu workspace"_s),
        onWorkspace("NewerSchema", WorkspaceFile::NewerSchema, addPayment, u"written by a newer Gonggu"_s),
        onWorkspace("Folder", WorkspaceFile::Folder, {u"round"_s, u"list"_s}, u"directory"_s),
        onWorkspace("InMissingFolder", WorkspaceFile::InMissingFolder, addPayment, u"does not exist"_s),
        onWorkspace("ReadOnlyOnAWrite", WorkspaceFile::ReadOnly, addPayment, u"read-only"_s),
        onWorkspace("ZeroLengthOnAFailedWrite", WorkspaceFile::ZeroLength,
                    {u"payment"_s, u"add"_s, u"--round"_s, u"1"_s, u"--person"_s, u"tini"_s, u"--amount"_s, u"1000"_s},
                    u"no round '1'"_s)),
    caseName);

} // namespace
} // namespace gonggu::test
