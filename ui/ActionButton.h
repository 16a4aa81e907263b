#pragma once

#include <QPushButton>

class QAction;

namespace gonggu {

/** A push button that stands for an action: its text (mnemonic included, which a QToolButton showing an
 *  action drops), enabled state, visibility and tip follow the action, and a click triggers it. */
class ActionButton : public QPushButton
{
    Q_OBJECT

public:
    explicit ActionButton(QAction *action, QWidget *parent = nullptr);

private:
    void follow();

    QAction *m_action;
};

} // namespace gonggu
