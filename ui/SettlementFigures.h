#pragma once

#include "services/RoundSettlement.h"

#include <QList>
#include <QScrollArea>

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;

namespace gonggu {

/** A settlement's figures laid out to be read: what the buyers owe and are owed, what the supplier is owed
 *  and was paid, each with how it is worked out, and beside them the walk from money collected to what is
 *  left with every step signed. Scrolls sideways on a narrow pane rather than widening the window. */
class SettlementFigures : public QScrollArea
{
    Q_OBJECT

public:
    explicit SettlementFigures(QWidget *parent = nullptr);

    /** Shows the settlement's figures, or dashes without one. */
    void showSettlement(const std::optional<Settlement> &settlement);
    /** The amount shown for a figure ("₩30,000"; "+ ₩30,000" in the walk), where it first appears. */
    QString figureText(SettlementFigure figure) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return {160, 120}; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildContent();
    void addRow(QGridLayout *grid, SettlementFigure figure, const QString &objectName, bool withExplanation,
                const QString &sign = {});
    void showExplanations(bool shown);
    QStringList hints(const Settlement &settlement) const;

    struct FigureRow
    {
        SettlementFigure figure;
        QString sign; // "+" or "−" in the walk
        QLabel *label;
        QLabel *amount;
        QLabel *explanation; // null in the walk
    };
    std::vector<FigureRow> m_rows;
    QList<QGridLayout *> m_explainedGrids; // the boxes whose third column explains each figure
    QLabel *m_hints = nullptr;
    int m_roomyWidth = 0; // the width the explanations need to be shown
};

} // namespace gonggu
