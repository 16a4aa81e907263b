#include "SplitDepositDialog.h"

#include "BuyerPicker.h"
#include "FieldError.h"
#include "WorkspaceSession.h"
#include "commands/ReconciliationCommands.h"
#include "commands/TryExecute.h"
#include "models/DisplayText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

namespace gonggu {

SplitDepositDialog::SplitDepositDialog(WorkspaceSession &session, Round round, Payment deposit,
                                       const DepositMatch &match, QWidget *parent)
    : QDialog(parent), m_session(session), m_round(std::move(round)), m_deposit(std::move(deposit)),
      m_buyers(RoundLedger(session.workspace()).balances(m_round))
{
    setObjectName(QStringLiteral("splitDepositDialog"));
    setWindowTitle(tr("Split Deposit"));

    auto *what = new QLabel(
        tr("%1 from %2 on %3")
            .arg(DisplayText::money(m_deposit.amount), m_deposit.depositorName, DisplayText::date(m_deposit.paidOn)));
    what->setTextFormat(Qt::PlainText);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    auto *advice = new QLabel(tr("Give each buyer their part; the parts must add up to the deposit."));
    advice->setWordWrap(true);

    m_rows = new QVBoxLayout;
    auto *addButton = new QPushButton(tr("&Add Buyer"));
    addButton->setObjectName(QStringLiteral("addPartButton"));
    addButton->setAutoDefault(false); // Enter after typing an amount splits, once the parts add up
    connect(addButton, &QPushButton::clicked, this, [this] { addPart(); });
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(addButton);
    addRow->addStretch();

    m_remainder = new QLabel;
    m_remainder->setObjectName(QStringLiteral("remainderLabel"));
    m_remainder->setTextFormat(Qt::PlainText);
    m_error = new FieldError;
    m_error->setObjectName(QStringLiteral("splitError"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_splitButton = buttons->addButton(tr("Split"), QDialogButtonBox::AcceptRole);
    m_splitButton->setObjectName(QStringLiteral("splitButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_splitButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(advice);
    layout->addLayout(m_rows);
    layout->addLayout(addRow);
    layout->addWidget(m_remainder);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    if (match.split) {
        for (const MatchCandidate &candidate : match.candidates)
            addPart(candidate.personId, candidate.amount);
    } else {
        // The best candidate takes what they owe, the next one the rest: usually right for a family's transfer.
        Money left = m_deposit.amount;
        for (std::size_t i = 0; i < match.candidates.size() && i < 2; ++i) {
            const MatchCandidate &candidate = match.candidates[i];
            const Money part = i == 0 && candidate.owed > Money() && candidate.owed < left ? candidate.owed : left;
            addPart(candidate.personId, part);
            left -= part;
        }
    }
    while (partCount() < 2)
        addPart();
    refresh();
    resize(520, sizeHint().height());
}

void SplitDepositDialog::addPart(std::optional<PersonId> person, std::optional<Money> amount)
{
    const int index = partCount();
    auto *row = new QWidget;
    auto *buyer = new BuyerPicker(row);
    buyer->setObjectName(QStringLiteral("splitBuyer%1").arg(index));
    buyer->setBuyers(m_buyers);
    if (person)
        buyer->choose(*person);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(QStringLiteral("splitAmount%1").arg(index));
    edit->setAlignment(Qt::AlignRight);
    edit->setPlaceholderText(tr("Amount"));
    edit->setMaximumWidth(140);
    if (amount) // with the thousands separators a bank shows; Money::parse reads them back
        edit->setText(QLocale().toString(amount->toWon()));
    auto *remove = new QToolButton(row);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Take this buyer out of the split"));
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(buyer, 1);
    rowLayout->addWidget(edit);
    rowLayout->addWidget(remove);
    m_rows->addWidget(row);
    m_parts.push_back({row, buyer, edit});

    connect(buyer, &BuyerPicker::buyerChanged, this, &SplitDepositDialog::refresh);
    connect(edit, &QLineEdit::textChanged, this, &SplitDepositDialog::refresh);
    connect(remove, &QToolButton::clicked, this, [this, row] { removePart(row); });
    refresh();
}

void SplitDepositDialog::removePart(QWidget *row)
{
    const auto found =
        std::find_if(m_parts.begin(), m_parts.end(), [row](const PartRow &part) { return part.row == row; });
    if (found == m_parts.end())
        return;
    m_parts.erase(found);
    row->deleteLater();
    refresh();
}

std::optional<std::vector<SplitPart>> SplitDepositDialog::parts(QString *problem) const
{
    const auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return std::nullopt;
    };
    if (m_parts.size() < 2)
        return fail(tr("A split needs at least two buyers."));
    std::vector<SplitPart> parts;
    std::set<PersonId> buyers;
    Money sum;
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        const BuyerBalance *buyer = m_parts[i].buyer->currentBuyer();
        if (!buyer)
            return fail(tr("Row %1: choose a buyer of this round.").arg(i + 1));
        if (!buyers.insert(buyer->order.personId).second)
            return fail(tr("Row %1: %2 already has a part.").arg(i + 1).arg(BuyerPicker::label(buyer->order)));
        const std::optional<Money> amount = Money::parse(m_parts[i].amount->text());
        if (!amount || *amount <= Money())
            return fail(tr("Row %1: type an amount above zero.").arg(i + 1));
        parts.push_back({buyer->order.personId, *amount});
        sum += *amount;
    }
    if (sum != m_deposit.amount)
        return fail({}); // the remainder line says by how much
    return parts;
}

void SplitDepositDialog::refresh()
{
    Money typed;
    for (const PartRow &part : m_parts)
        typed += Money::parse(part.amount->text()).value_or(Money());
    const Money left = m_deposit.amount - typed;
    if (left > Money())
        m_remainder->setText(tr("Left to place: %1").arg(DisplayText::money(left)));
    else if (left < Money())
        m_remainder->setText(tr("%1 more than the deposit").arg(DisplayText::money(-left)));
    else
        m_remainder->setText(tr("The parts add up to the deposit."));

    // While amounts are still being typed the remainder line is advice enough; a red line would nag.
    QString problem;
    const bool complete = parts(&problem).has_value();
    m_error->showMessage(left.isZero() ? problem : QString());
    m_splitButton->setEnabled(complete);
}

void SplitDepositDialog::accept()
{
    std::optional<std::vector<SplitPart>> split = parts();
    if (!split)
        return;
    QStringList names;
    for (const PartRow &part : m_parts)
        names << BuyerPicker::label(part.buyer->currentBuyer()->order);
    if (const std::optional<QString> refused =
            tryExecute(m_session, std::make_unique<SplitDepositCommand>(m_session, m_round, m_deposit,
                                                                        std::move(*split), names))) {
        m_error->showMessage(*refused);
        return;
    }
    QDialog::accept();
}

} // namespace gonggu
