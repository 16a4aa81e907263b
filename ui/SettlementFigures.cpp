#include "SettlementFigures.h"

#include "models/DisplayText.h"
#include "models/SettlementReport.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {
namespace {

const QString plus = QStringLiteral("+");
const QString minus = QStringLiteral("\u2212"); // a real minus sign lines up with the plus

QFrame *rule(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    return line;
}

bool isTotal(SettlementFigure figure)
{
    return figure == SettlementFigure::Left || figure == SettlementFigure::LeftAfterSettling;
}

} // namespace

SettlementFigures::SettlementFigures(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("settlementFigures"));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    QWidget *content = buildContent();
    setWidget(content);
    // Squeezed into a sliver the explanations would read a word a line: when they do not fit at their
    // comfortable width they give way to the figures (and stay in the tooltips).
    m_roomyWidth = content->minimumSizeHint().width();
    showSettlement(std::nullopt);
}

void SettlementFigures::addRow(QGridLayout *grid, SettlementFigure figure, const QString &objectName,
                               bool withExplanation, const QString &sign)
{
    const int row = grid->rowCount();
    auto *label = new QLabel(SettlementReport::label(figure));
    auto *amount = new QLabel;
    amount->setObjectName(objectName);
    amount->setTextFormat(Qt::PlainText);
    amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    amount->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy a figure into a message
    grid->addWidget(label, row, 0);
    grid->addWidget(amount, row, 1);
    QLabel *explanation = nullptr;
    if (withExplanation) {
        explanation = new QLabel;
        explanation->setWordWrap(true);
        explanation->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
        explanation->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(explanation, row, 2);
    }
    if (isTotal(figure)) {
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        amount->setFont(bold);
    }
    m_rows.push_back({figure, sign, label, amount, explanation});
}

QWidget *SettlementFigures::buildContent()
{
    using F = SettlementFigure;
    const auto key = [](F figure) { return QStringLiteral("figure_") + toKey(figure); };
    const auto walkKey = [](F figure) { return QStringLiteral("walk_") + toKey(figure); };
    const auto grid = [](QGroupBox *box) {
        auto *grid = new QGridLayout(box);
        grid->setHorizontalSpacing(16);
        grid->setColumnMinimumWidth(1, 110);
        return grid;
    };
    auto *content = new QWidget;

    auto *buyers = new QGroupBox(tr("From the buyers"), content);
    QGridLayout *buyersGrid = grid(buyers);
    for (const F figure : {F::AmountDue, F::Outstanding, F::RefundsOwed, F::UnassignedDeposits})
        addRow(buyersGrid, figure, key(figure), true);
    auto *supplier = new QGroupBox(tr("The supplier"), content);
    QGridLayout *supplierGrid = grid(supplier);
    for (const F figure : {F::SupplierCost, F::PaidToSupplier, F::SupplierStillToPay})
        addRow(supplierGrid, figure, key(figure), true);
    // The two boxes' amounts line up as one column.
    int labelWidth = 0;
    for (const FigureRow &row : m_rows)
        labelWidth = std::max(labelWidth, row.label->sizeHint().width());
    m_explainedGrids = {buyersGrid, supplierGrid};
    for (QGridLayout *explained : m_explainedGrids) {
        explained->setColumnMinimumWidth(0, labelWidth);
        explained->setColumnStretch(2, 1);
    }

    // The walk from money in to what is left: each step with its sign, so that nobody has to guess
    // whether a figure adds or subtracts.
    auto *walk = new QGroupBox(tr("Money in hand"), content);
    QGridLayout *walkGrid = grid(walk);
    addRow(walkGrid, F::Collected, key(F::Collected), false, plus);
    addRow(walkGrid, F::RefundsPaid, key(F::RefundsPaid), false, minus);
    addRow(walkGrid, F::PaidToSupplier, walkKey(F::PaidToSupplier), false, minus);
    addRow(walkGrid, F::ShippingCosts, key(F::ShippingCosts), false, minus);
    addRow(walkGrid, F::OtherCosts, key(F::OtherCosts), false, minus);
    walkGrid->addWidget(rule(walk), walkGrid->rowCount(), 0, 1, 2);
    addRow(walkGrid, F::Left, key(F::Left), false);
    addRow(walkGrid, F::RefundsOwed, walkKey(F::RefundsOwed), false, minus);
    addRow(walkGrid, F::SupplierStillToPay, walkKey(F::SupplierStillToPay), false, minus);
    walkGrid->addWidget(rule(walk), walkGrid->rowCount(), 0, 1, 2);
    addRow(walkGrid, F::LeftAfterSettling, key(F::LeftAfterSettling), false);
    walkGrid->setRowStretch(walkGrid->rowCount(), 1);

    m_hints = new QLabel(content);
    m_hints->setObjectName(QStringLiteral("settlementHints"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::PlainText);

    auto *left = new QVBoxLayout;
    left->addWidget(buyers);
    left->addWidget(supplier);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(walk);
    right->addWidget(m_hints);
    right->addStretch();
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    return content;
}

void SettlementFigures::showSettlement(const std::optional<Settlement> &settlement)
{
    QPalette negative = palette();
    negative.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28)); // FieldError's red
    for (const FigureRow &row : m_rows) {
        if (!settlement) {
            row.amount->setText(QStringLiteral("—"));
            row.amount->setPalette(palette());
            if (row.explanation)
                row.explanation->clear();
            continue;
        }
        const Money value = settlement->value(row.figure);
        const QString amount = DisplayText::money(value);
        row.amount->setText(row.sign.isEmpty() ? amount : row.sign + u' ' + amount);
        row.amount->setPalette(value.isNegative() ? negative : palette());
        const QString explanation = SettlementReport::explanation(row.figure, *settlement);
        if (row.explanation)
            row.explanation->setText(explanation);
        row.label->setToolTip(explanation);
        row.amount->setToolTip(explanation);
    }
    QStringList lines = settlement ? hints(*settlement) : QStringList();
    for (QString &line : lines)
        line.prepend(QStringLiteral("• "));
    m_hints->setText(lines.join(u'\n'));
    m_hints->setVisible(!lines.isEmpty());
}

QStringList SettlementFigures::hints(const Settlement &s) const
{
    QStringList hints;
    if (s.outstanding > Money()) {
        const Money once = s.leftAfterSettling() + s.outstanding;
        const QString owed = DisplayText::money(s.outstanding);
        if (once.isNegative())
            hints << tr("Buyers still owe %1; even once they have paid it, the round is %2 short.")
                         .arg(owed, DisplayText::money(-once));
        else
            hints << tr("Buyers still owe %1; once they have paid it, %2 is left.").arg(owed, DisplayText::money(once));
    }
    if (s.unassignedDeposits > Money())
        hints << tr("%1 in bank deposits is not matched to a buyer yet and is not counted here; match it on "
                    "the Reconciliation tab.")
                     .arg(DisplayText::money(s.unassignedDeposits));
    if (s.paidToSupplier > s.supplierCost)
        hints << tr("The supplier was paid %1 more than the cost of the copies ordered.")
                     .arg(DisplayText::money(s.paidToSupplier - s.supplierCost));
    return hints;
}

QString SettlementFigures::figureText(SettlementFigure figure) const
{
    for (const FigureRow &row : m_rows) {
        if (row.figure == figure)
            return row.amount->text();
    }
    return {};
}

void SettlementFigures::showExplanations(bool shown)
{
    for (const FigureRow &row : m_rows) {
        if (row.explanation)
            row.explanation->setVisible(shown);
    }
    for (QGridLayout *grid : m_explainedGrids)
        grid->setColumnStretch(2, shown ? 1 : 0);
}

// The height the figures need at the width they get (their explanations wrap), so that they scroll up and
// down only when the window is too short for them; QScrollArea's own hint caps it.
QSize SettlementFigures::sizeHint() const
{
    const QWidget *content = widget();
    const int minimumWidth = content->minimumSizeHint().width();
    const int width = std::max(viewport()->width(), minimumWidth);
    int height = content->hasHeightForWidth() ? content->heightForWidth(width) : content->sizeHint().height();
    if (viewport()->width() < minimumWidth)
        height += horizontalScrollBar()->sizeHint().height();
    return {content->sizeHint().width(), height};
}

bool SettlementFigures::eventFilter(QObject *watched, QEvent *event)
{
    // The figures' layout changed (hints shown, explanations hidden): their height may have too.
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QScrollArea::eventFilter(watched, event);
}

void SettlementFigures::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    if (event->size().width() == event->oldSize().width())
        return;
    showExplanations(viewport()->width() >= m_roomyWidth);
    updateGeometry(); // a new width wraps the explanations differently
}

} // namespace gonggu
