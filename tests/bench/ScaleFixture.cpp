#include "ScaleFixture.h"

#include "domain/PaymentRules.h"
#include "domain/TextNormalization.h"
#include "io/SheetReader.h"
#include "services/DemoWorkspace.h"
#include "services/applications/ApplicationImporter.h"
#include "storage/ItemRepository.h"
#include "storage/LedgerQueries.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <stdexcept>
#include <string>

namespace gonggu::bench {
namespace {

ScaleFixture *theFixture = nullptr;

void writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0)
        throw std::runtime_error("cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
}

/** The scale round's buyers as read by the ledger, with what each owes now. */
struct ScaleBuyer
{
    BuyerLedgerRow row;
    Money due;
    Money owed;
};

std::vector<ScaleBuyer> scaleBuyers(const QString &workspacePath, RoundId roundId)
{
    const Workspace workspace(workspacePath);
    const std::optional<Round> round = RoundRepository(workspace).find(roundId);
    if (!round)
        throw std::runtime_error("the workspace has no round " + std::to_string(roundId) +
                                 " (the scale round is made by gonggu-cli demo --buyers N)");
    std::vector<ScaleBuyer> buyers;
    for (BuyerLedgerRow &row : LedgerQueries(workspace).buyerRows(roundId)) {
        const Money due = amountDue(row.status, row.delivery, row.goods, round->shippingFee);
        const Money owed = due - row.paid;
        buyers.push_back({std::move(row), due, owed});
    }
    if (buyers.empty())
        throw std::runtime_error("the scale round has no buyers");
    return buyers;
}

/** A round of one book in `workspace`, as a coordinator starts the next group buy. */
RoundId addNextRound(Workspace &workspace)
{
    Round round;
    round.title = QStringLiteral("『테스트 주도 개발』 겨울 공동구매");
    round.supplier = QStringLiteral("가나다출판사");
    round.status = RoundStatus::Open;
    round.opensOn = QDate(2026, 12, 1);
    round.closesOn = QDate(2026, 12, 28);
    round.shippingFee = Money::won(3500);
    round.id = RoundRepository(workspace).create(round);
    Item book;
    book.roundId = round.id;
    book.name = QStringLiteral("테스트 주도 개발");
    book.unitPrice = Money::won(21600);
    ItemRepository(workspace).add(book);
    return round.id;
}

} // namespace

void ScaleFixture::prepare(const Options &options)
{
    auto fixture = std::unique_ptr<ScaleFixture>(new ScaleFixture);
    if (options.dataDir.isEmpty()) {
        fixture->m_temporary = std::make_unique<QTemporaryDir>();
        fixture->m_dataDir = fixture->m_temporary->path();
    } else {
        fixture->m_dataDir = QFileInfo(options.dataDir).absoluteFilePath();
        QDir().mkpath(fixture->m_dataDir);
    }
    fixture->m_applications = QDir(fixture->m_dataDir).filePath(QStringLiteral("applications.csv"));
    fixture->m_bankStatement = QDir(fixture->m_dataDir).filePath(QStringLiteral("bank-statement.csv"));
    // Made afresh on first use (an earlier run may have used another workspace).
    QFile::remove(fixture->m_applications);
    QFile::remove(fixture->m_bankStatement);
    fixture->m_rows = options.rows;
    fixture->makeWorkspaces(options);
    theFixture = fixture.release();
}

ScaleFixture &ScaleFixture::instance()
{
    if (!theFixture)
        throw std::logic_error("ScaleFixture::prepare() was not called");
    return *theFixture;
}

const Clock &ScaleFixture::clock()
{
    static const FixedClock fixed(QDateTime(QDate(2026, 12, 11), QTime(3, 0), Qt::UTC));
    return fixed;
}

void ScaleFixture::makeWorkspaces(const Options &options)
{
    m_workspace = options.workspace;
    if (m_workspace.isEmpty()) {
        m_workspace = QDir(m_dataDir).filePath(QStringLiteral("scale-%1.gonggu").arg(options.buyers));
        if (!QFileInfo::exists(m_workspace)) {
            std::fprintf(stderr, "making the scale workspace (%d buyers)...\n", options.buyers);
            Workspace workspace(m_workspace);
            DemoWorkspace::populate(workspace, options.buyers);
        }
    }
    if (!QFileInfo::exists(m_workspace))
        throw std::runtime_error("no workspace at " + m_workspace.toStdString());

    // Templates for the imports, copied before each run (a run changes its copy).
    m_newRoundTemplate = QDir(m_dataDir).filePath(QStringLiteral("template-next-round.gonggu"));
    QFile::remove(m_newRoundTemplate);
    if (!QFile::copy(m_workspace, m_newRoundTemplate))
        throw std::runtime_error("cannot copy the scale workspace into " + m_dataDir.toStdString());
    {
        Workspace workspace(m_newRoundTemplate);
        m_newRound = addNextRound(workspace);
    }
    m_emptyTemplate = QDir(m_dataDir).filePath(QStringLiteral("template-empty.gonggu"));
    QFile::remove(m_emptyTemplate);
    {
        Workspace workspace(m_emptyTemplate);
        m_emptyRound = addNextRound(workspace);
    }
}

void ScaleFixture::writeApplications(const QString &path, int rows, ApplicationMix mix) const
{
    // The form most coordinators use (a Google Form's sheet), one row per buyer of the scale round. The rows
    // of the export round are all confirmed and shipped, so that its publisher list has a line for each.
    const bool shipAll = mix == ApplicationMix::AllConfirmedByCourier;
    const std::vector<ScaleBuyer> buyers = scaleBuyers(m_workspace, m_scaleRound);
    QString csv = QStringLiteral("타임스탬프,이름,닉네임,휴대폰 번호,구매 수량,수령 방법,주소(택배 선택 시)%1\n")
                      .arg(shipAll ? QStringLiteral(",상태") : QString());
    csv.reserve(rows * 100);
    for (int i = 0; i < rows; ++i) {
        const BuyerLedgerRow &buyer = buyers[std::size_t(i) % buyers.size()].row;
        const int day = 1 + i * 27 / rows;
        const int secondOfDay = 8 * 3600 + (i * 37) % (14 * 3600);
        const int hour = secondOfDay / 3600;
        const bool courier = shipAll || i % 4 == 0;
        csv += QStringLiteral("2026. 12. %1 %2 %3:%4:%5,%6,%7,%8,%9,%10,%11%12\n")
                   .arg(day)
                   .arg(hour < 12 ? QStringLiteral("오전") : QStringLiteral("오후"))
                   .arg(hour > 12 ? hour - 12 : hour)
                   .arg(secondOfDay / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(secondOfDay % 60, 2, 10, QLatin1Char('0'))
                   .arg(buyer.displayName, buyer.nickname, buyer.phone)
                   .arg(i % 5 == 0 ? 2 : 1)
                   .arg(courier ? QStringLiteral("택배") : QStringLiteral("현장 수령"),
                        courier ? QStringLiteral("경기도 성남시 분당구 판교로 %1").arg(1 + i % 300) : QString(),
                        shipAll ? QStringLiteral(",확정") : QString());
    }
    writeFile(path, csv);
}

void ScaleFixture::makeExportRound(int rows)
{
    // The publisher's list has a line per confirmed courier order: a round of `rows` of them, brought in
    // through the application import as a coordinator would.
    const QString form = outputPath(QStringLiteral("export-round-applications.csv"));
    writeApplications(form, rows, ApplicationMix::AllConfirmedByCourier);
    m_exportTemplate = copyOf(m_newRoundTemplate, QStringLiteral("template-export.gonggu"));
    Workspace workspace(m_exportTemplate, clock());
    const Round round = *RoundRepository(workspace).find(m_newRound);
    ApplicationImporter importer(workspace);
    const ApplicationImportPlan plan = importer.plan(round, SheetReader::readFile(form));
    if (!plan.rejected.empty())
        throw std::runtime_error("the export round's applications were rejected: " +
                                 plan.rejected.front().reason.toStdString());
    importer.apply(round, plan);
    m_exportRound = round.id;
}

void ScaleFixture::writeBankStatement(int rows)
{
    // A bank's export as coordinators download it in the week payments are due: the export round's buyers (all
    // confirmed, none paid yet) paying what they owe, most under their own name, some with their phone's last
    // digits after it, a few as someone's mother. Buyers who share a name (동명이인) are left for review.
    RoundId round = 0;
    const QString workspace = exportWorkspace(&round);
    std::vector<ScaleBuyer> payers = scaleBuyers(workspace, round);
    const QLocale grouping(QLocale::English);
    QString csv = QStringLiteral("거래일자,거래시간,적요,출금(원),입금(원),내용,잔액(원),거래점명\n");
    csv.reserve(rows * 80);
    qint64 balance = 1'000'000;
    for (int i = 0; i < rows; ++i) {
        const ScaleBuyer &payer = payers[std::size_t(i) % payers.size()];
        const Money amount = payer.owed > Money() ? payer.owed : payer.due;
        QString depositor = payer.row.displayName;
        if (i % 20 == 7)
            depositor += phoneDigits(payer.row.phone).right(4);
        else if (i % 50 == 13)
            depositor += QStringLiteral("엄마");
        balance += amount.toWon();
        const int secondOfDay = 8 * 3600 + (i % 4000) * 12;
        csv += QStringLiteral("%1,%2:%3:%4,타행이체,,\"%5\",%6,\"%7\",인터넷뱅킹\n")
                   .arg(QDate(2026, 12, 1).addDays(i / 4000).toString(Qt::ISODate))
                   .arg(secondOfDay / 3600, 2, 10, QLatin1Char('0'))
                   .arg(secondOfDay / 60 % 60, 2, 10, QLatin1Char('0'))
                   .arg(secondOfDay % 60, 2, 10, QLatin1Char('0'))
                   .arg(grouping.toString(amount.toWon()), depositor, grouping.toString(balance));
    }
    writeFile(m_bankStatement, csv);
}

QString ScaleFixture::copyOf(const QString &source, const QString &name) const
{
    const QString target = outputPath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    if (!QFile::copy(source, target))
        throw std::runtime_error("cannot copy " + source.toStdString() + " to " + target.toStdString());
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

QString ScaleFixture::newRoundCopy(const QString &name, RoundId *round) const
{
    *round = m_newRound;
    return copyOf(m_newRoundTemplate, name);
}

QString ScaleFixture::emptyWorkspaceCopy(const QString &name, RoundId *round) const
{
    *round = m_emptyRound;
    return copyOf(m_emptyTemplate, name);
}

QString ScaleFixture::applicationsFile()
{
    if (!QFileInfo::exists(m_applications))
        writeApplications(m_applications, m_rows, ApplicationMix::Everyday);
    return m_applications;
}

QString ScaleFixture::bankStatementFile()
{
    if (!QFileInfo::exists(m_bankStatement))
        writeBankStatement(m_rows);
    return m_bankStatement;
}

QString ScaleFixture::exportWorkspace(RoundId *round)
{
    if (m_exportRound == 0)
        makeExportRound(m_rows);
    *round = m_exportRound;
    return m_exportTemplate;
}

QString ScaleFixture::exportRoundCopy(const QString &name, RoundId *round)
{
    return copyOf(exportWorkspace(round), name);
}

QString ScaleFixture::outputPath(const QString &name) const
{
    return QDir(m_dataDir).filePath(name);
}

} // namespace gonggu::bench
