#pragma once

#include "PageTest.h"
#include "domain/Payment.h"
#include "domain/Person.h"
#include "services/OrderBook.h"
#include "services/PaymentBook.h"
#include "storage/ItemRepository.h"
#include "storage/OrderRepository.h"
#include "storage/PersonRepository.h"

#include <QSettings>
#include <QTemporaryDir>

namespace gonggu::test {

/** A round of 가나다출판사 with a shipping fee of 3,000, two books (실전 리팩터링 25,000, 테스트 주도 개발 20,000) and:
 *  - 김하나 (hana): pickup, 2 × 실전 리팩터링, paid in full
 *  - 이두리 (duri): courier, one of each, phone 010-1111-0002, paid in full (48,000)
 *  - 박세나 (sena): courier, 1 × 테스트 주도 개발, phone 010-2222-0003, nothing paid
 *  - 최다섯 (daseot): only applied, in no document.
 *  Settings (the remembered contact, folder and format) go to a file of the test's own. */
class ExportPageTest : public PageTest
{
protected:
    void SetUp() override
    {
        PageTest::SetUp();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        Workspace &ws = sessionWorkspace();
        m_round.title = QStringLiteral("2차 공구");
        m_round.supplier = QStringLiteral("가나다출판사");
        m_round.shippingFee = Money::won(3000);
        m_round.id = RoundRepository(ws).create(m_round);
        const Item refactoring = addItem(QStringLiteral("실전 리팩터링"), 25000);
        const Item tdd = addItem(QStringLiteral("테스트 주도 개발"), 20000);

        const auto confirmed = OrderStatus::Confirmed;
        m_hanaOrder = order(QStringLiteral("김하나"), QStringLiteral("hana"), {}, {{&refactoring, 2}}, confirmed,
                            Delivery::Pickup, 50000);
        m_duriOrder = order(QStringLiteral("이두리"), QStringLiteral("duri"), QStringLiteral("010-1111-0002"),
                            {{&refactoring, 1}, {&tdd, 1}}, confirmed, Delivery::Courier, 48000);
        m_senaOrder = order(QStringLiteral("박세나"), QStringLiteral("sena"), QStringLiteral("010-2222-0003"),
                            {{&tdd, 1}}, confirmed, Delivery::Courier, 0);
        order(QStringLiteral("최다섯"), QStringLiteral("daseot"), {}, {{&tdd, 1}}, OrderStatus::Applied,
              Delivery::Courier, 0);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }
    Order orderOf(OrderId id) { return *OrderRepository(sessionWorkspace()).find(id); }

    QTemporaryDir m_dir;
    Round m_round;
    OrderId m_hanaOrder = 0, m_duriOrder = 0, m_senaOrder = 0;

private:
    Item addItem(const QString &name, qint64 price)
    {
        Item item;
        item.roundId = m_round.id;
        item.name = name;
        item.unitPrice = Money::won(price);
        item.id = ItemRepository(sessionWorkspace()).add(item);
        return item;
    }

    OrderId order(const QString &name, const QString &nickname, const QString &phone,
                  const std::vector<std::pair<const Item *, int>> &lines, OrderStatus status, Delivery delivery,
                  qint64 paid)
    {
        Workspace &ws = sessionWorkspace();
        Person person;
        person.displayName = name;
        person.realName = name;
        person.nickname = nickname;
        person.phone = phone;
        person.address = delivery == Delivery::Courier ? QStringLiteral("서울시 마포구 1") : QString();
        person.id = PersonRepository(ws).add(person);
        OrderId id = 0;
        for (const auto &[item, quantity] : lines)
            id = OrderBook(ws, m_clock).setQuantity(m_round, person.id, *item, quantity, {status, delivery});
        if (paid > 0) {
            Payment payment;
            payment.personId = person.id;
            payment.amount = Money::won(paid);
            payment.paidOn = QDate(2026, 3, 5);
            PaymentBook(ws).record(m_round, payment);
        }
        return id;
    }
};

} // namespace gonggu::test
