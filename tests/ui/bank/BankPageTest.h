#pragma once

#include "PageTest.h"
#include "TestPaths.h"
#include "domain/Person.h"
#include "io/SheetReader.h"
#include "services/OrderBook.h"
#include "services/RoundLedger.h"
#include "services/bank/BankImporter.h"
#include "storage/ItemRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PersonRepository.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

namespace gonggu::test {

/** A round whose buyers are the depositors of tests/data/bank: 홍길동 (gildong) and 박철수 (chulsoo) owe
 *  30,000, 김영희 (younghee) 60,000 for two copies, 성춘향 (chunhyang) 25,000 for a cheaper book, 이몽룡
 *  (mongryong) 25,000 as well. Pickup, so no shipping fee. Remembered column mappings go to a settings file
 *  of the test's own. */
class BankPageTest : public PageTest
{
protected:
    void SetUp() override
    {
        PageTest::SetUp();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        Workspace &ws = sessionWorkspace();
        m_round.title = QStringLiteral("1차 공구");
        m_round.supplier = QStringLiteral("가나다출판사");
        m_round.id = RoundRepository(ws).create(m_round);
        const Item book = addItem(QStringLiteral("실전 리팩터링"), 30000);
        const Item cheap = addItem(QStringLiteral("작은 책"), 25000);
        OrderBook orders(ws, m_clock);
        m_gildong = addPerson(QStringLiteral("홍길동"), QStringLiteral("gildong"));
        m_younghee = addPerson(QStringLiteral("김영희"), QStringLiteral("younghee"));
        m_chulsoo = addPerson(QStringLiteral("박철수"), QStringLiteral("chulsoo"));
        m_chunhyang = addPerson(QStringLiteral("성춘향"), QStringLiteral("chunhyang"));
        m_mongryong = addPerson(QStringLiteral("이몽룡"), QStringLiteral("mongryong"));
        orders.setQuantity(m_round, m_gildong, book, 1);
        orders.setQuantity(m_round, m_younghee, book, 2);
        orders.setQuantity(m_round, m_chulsoo, book, 1);
        orders.setQuantity(m_round, m_chunhyang, cheap, 1);
        orders.setQuantity(m_round, m_mongryong, cheap, 1);
    }

    static QString fixture(const QString &name) { return dataDir() + QStringLiteral("/bank/") + name; }

    /** Imports a statement straight through core, as an earlier session would have. */
    std::vector<PaymentId> importDirectly(const QString &path)
    {
        BankImporter importer(sessionWorkspace());
        return importer.apply(m_round, importer.plan(m_round, SheetReader::readFile(path)));
    }

    /** Writes a statement of the test's own and returns its path. */
    QString writeStatement(const QString &name, const QByteArray &text)
    {
        const QString path = m_settingsDir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        return path;
    }

    Money paidBy(PersonId person)
    {
        Money sum;
        for (const Payment &payment : PaymentRepository(sessionWorkspace()).forPerson(m_round.id, person))
            sum += payment.amount;
        return sum;
    }
    std::vector<Payment> payments() { return PaymentRepository(sessionWorkspace()).forRound(m_round.id); }
    std::vector<Payment> waiting()
    {
        return PaymentRepository(sessionWorkspace()).deposits(m_round.id, PaymentRepository::DepositFilter::Unassigned);
    }
    RoundSummary summary() { return RoundLedger(sessionWorkspace()).summary(m_round); }

    QTemporaryDir m_settingsDir;
    Round m_round;
    PersonId m_gildong = 0, m_younghee = 0, m_chulsoo = 0, m_chunhyang = 0, m_mongryong = 0;

private:
    Item addItem(const QString &name, qint64 price)
    {
        Item item;
        item.roundId = m_round.id;
        item.name = name;
        item.unitPrice = Money::won(price);
        item.listPrice = Money::won(price);
        item.id = ItemRepository(sessionWorkspace()).add(item);
        return item;
    }
    PersonId addPerson(const QString &name, const QString &nickname)
    {
        Person person;
        person.displayName = name;
        person.realName = name;
        person.nickname = nickname;
        return PersonRepository(sessionWorkspace()).add(person);
    }
};

} // namespace gonggu::test
