#include "ExportTestSupport.h"

#include "domain/Payment.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"
#include "storage/RoundRepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <minizip/unzip.h>

#include <csignal>
#include <sys/resource.h>

namespace gonggu::test {

const QString ExportRoundTest::evilName = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"클릭\")");

namespace {

struct Buyer
{
    QString name;
    QString nickname;
    QString phone;
    QString address;
};

} // namespace

void ExportRoundTest::SetUp()
{
    TempWorkspaceTest::SetUp();
    m_round.title = QStringLiteral("『실전 리팩터링』 공동구매");
    m_round.supplier = QStringLiteral("가나다출판사");
    m_round.shippingFee = Money::won(3500);
    m_round.meetupAt = QDateTime(QDate(2026, 11, 14), QTime(5, 0), Qt::UTC); // 14:00 in Korea
    m_round.meetupPlace = QStringLiteral("판교역 카페");
    m_round.id = RoundRepository(workspace()).create(m_round);

    Item refactoring;
    refactoring.roundId = m_round.id;
    refactoring.name = QStringLiteral("실전 리팩터링");
    refactoring.isbn = QStringLiteral("979-11-0000-001-2");
    refactoring.listPrice = Money::won(28000);
    refactoring.unitPrice = Money::won(25200);
    m_refactoring = refactoring.id = ItemRepository(workspace()).add(refactoring);
    Item tdd;
    tdd.roundId = m_round.id;
    tdd.name = QStringLiteral("테스트 주도 개발");
    tdd.unitPrice = Money::won(21600);
    m_tdd = tdd.id = ItemRepository(workspace()).add(tdd);

    PersonRepository people(workspace());
    OrderRepository orders(workspace());
    OrderBook book(workspace(), m_clock);
    PaymentBook payments(workspace());
    const auto order = [&](const Buyer &buyer, std::vector<std::pair<const Item *, int>> lines, OrderStatus status,
                           Delivery delivery, qint64 paid) {
        Person person;
        person.displayName = buyer.name;
        person.nickname = buyer.nickname;
        person.realName = buyer.name;
        person.phone = buyer.phone;
        person.address = buyer.address;
        person.id = people.add(person);
        OrderId id = 0;
        for (const auto &[item, quantity] : lines)
            id = book.setQuantity(m_round, person.id, *item, quantity, {status, delivery});
        if (paid > 0) {
            Payment payment;
            payment.personId = person.id;
            payment.amount = Money::won(paid);
            payment.paidOn = QDate(2026, 11, 5);
            payments.record(m_round, payment);
        }
        return id;
    };
    const auto confirmed = OrderStatus::Confirmed;
    m_hanaOrder = order({QStringLiteral("김하나"), QStringLiteral("hana"), QStringLiteral("01011110001"), {}},
                        {{&refactoring, 2}}, confirmed, Delivery::Pickup, 50400);
    m_duriOrder = order({QStringLiteral("이두리"), QStringLiteral("duri"), QStringLiteral("010-1111-0002"),
                         QStringLiteral("서울시 강남구 테헤란로 1, 101호")},
                        {{&refactoring, 1}, {&tdd, 1}}, confirmed, Delivery::Courier, 50300);
    m_senaOrder = order({QStringLiteral("박세나"), QStringLiteral("sena"), QStringLiteral("010-1111-0003"), {}},
                        {{&tdd, 1}}, confirmed, Delivery::Pickup, 0);
    m_evilOrder = order(
        {evilName, QStringLiteral("evil"), QStringLiteral("+82 10-1111-0004"), QStringLiteral("@서울 -3층, \"지하\"")},
        {{&refactoring, 1}}, confirmed, Delivery::Courier, 10000);
    order({QStringLiteral("김하나"), QStringLiteral("hana2"), QStringLiteral("010-1111-0005"), {}}, {{&refactoring, 1}},
          confirmed, Delivery::Pickup, 25200);
    order({QStringLiteral("최다섯"), QStringLiteral("daseot"), QStringLiteral("010-1111-0006"), {}},
          {{&refactoring, 1}}, OrderStatus::Applied, Delivery::Pickup, 0);
    order({QStringLiteral("정여섯"), QStringLiteral("yeoseot"), QStringLiteral("010-1111-0007"),
           QStringLiteral("부산시 해운대구 1")},
          {{&refactoring, 1}}, OrderStatus::Cancelled, Delivery::Courier, 0);

    Order duri = *orders.find(m_duriOrder);
    duri.shippingAddress = QStringLiteral("서울시 강남구 테헤란로 1, 101호");
    duri.notes = QStringLiteral("문 앞에\n놓아 주세요");
    duri.wantsTaxInvoice = true;
    duri.invoiceBusinessNumber = QStringLiteral("123-45-67890");
    duri.invoiceCompany = QStringLiteral("두리상사");
    duri.invoiceEmail = QStringLiteral("duri@example.com");
    orders.update(duri);
    Order evil = *orders.find(m_evilOrder);
    evil.wantsCashReceipt = true; // the person's address stands in for the shipping address
    evil.notes = QStringLiteral("-경비실에 맡겨 주세요");
    orders.update(evil);
}

std::vector<QStringList> tableText(const DocumentTable &table)
{
    std::vector<QStringList> rows;
    QStringList header;
    for (const TableColumn &column : table.columns())
        header << column.title;
    rows.push_back(header);
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table.columnCount(); ++column) {
            const TableCell &cell = table.cell(row, column);
            const CellType type = table.columns()[std::size_t(column)].type;
            cells << (type == CellType::Text   ? cell.text
                      : !cell.hasNumber        ? QString()
                      : type == CellType::Date ? cell.date().toString(Qt::ISODate)
                                               : QString::number(cell.number));
        }
        rows.push_back(cells);
    }
    if (table.hasTotals()) {
        QStringList totals;
        bool labelled = false;
        for (int column = 0; column < table.columnCount(); ++column) {
            if (table.columns()[std::size_t(column)].summed) {
                totals << QString::number(table.total(column));
            } else {
                totals << (labelled ? QString() : table.totalsLabel());
                labelled = true;
            }
        }
        rows.push_back(totals);
    }
    return rows;
}

std::vector<QStringList> sheetText(const SheetData &sheet)
{
    std::vector<QStringList> rows;
    for (const SheetRow &row : sheet.rows)
        rows.push_back(row.cells);
    return rows;
}

std::string describeRows(const std::vector<QStringList> &rows)
{
    std::string text;
    for (const QStringList &row : rows)
        text += row.join(u'|').toStdString() + "\n";
    return text;
}

QByteArray zipPart(const QByteArray &zip, const QString &name)
{
    QTemporaryFile file;
    if (!file.open() || file.write(zip) != zip.size() || !file.flush())
        return {};
    const unzFile archive = unzOpen64(QFile::encodeName(file.fileName()).constData());
    if (!archive)
        return {};
    QByteArray bytes;
    const int caseSensitive = 1;
    if (unzLocateFile(archive, name.toUtf8().constData(), caseSensitive) == UNZ_OK &&
        unzOpenCurrentFile(archive) == UNZ_OK) {
        char chunk[64 * 1024];
        int got = 0;
        while ((got = unzReadCurrentFile(archive, chunk, sizeof chunk)) > 0)
            bytes.append(chunk, got);
        if (unzCloseCurrentFile(archive) != UNZ_OK || got < 0)
            bytes.clear();
    }
    unzClose(archive);
    return bytes;
}

std::optional<QString> run(const QString &program, const QStringList &arguments)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << program.toStdString() << " failed: " << process.readAllStandardError().toStdString();
        return QString();
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QStringList cells(std::initializer_list<const char16_t *> texts)
{
    QStringList list;
    for (const char16_t *text : texts)
        list << QString::fromUtf16(text);
    return list;
}

struct FileSizeLimit::Saved
{
    rlimit limit{};
    void (*handler)(int) = nullptr;
};

FileSizeLimit::FileSizeLimit(quint64 bytes) : m_saved(std::make_unique<Saved>())
{
    getrlimit(RLIMIT_FSIZE, &m_saved->limit);
    m_saved->handler = std::signal(SIGXFSZ, SIG_IGN); // fail the write with EFBIG instead of killing the test
    rlimit limit = m_saved->limit;
    limit.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &limit);
}

FileSizeLimit::~FileSizeLimit()
{
    setrlimit(RLIMIT_FSIZE, &m_saved->limit);
    std::signal(SIGXFSZ, m_saved->handler);
}

} // namespace gonggu::test
