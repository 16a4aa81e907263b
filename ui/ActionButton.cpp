#include "ActionButton.h"

#include <QAction>

namespace gonggu {

ActionButton::ActionButton(QAction *action, QWidget *parent) : QPushButton(parent), m_action(action)
{
    setObjectName(action->objectName() + QStringLiteral("Button"));
    setAutoDefault(false); // Enter belongs to the page's Accept, not to whichever button has the focus
    connect(this, &QPushButton::clicked, action, &QAction::trigger);
    connect(action, &QAction::changed, this, &ActionButton::follow);
    follow();
}

void ActionButton::follow()
{
    setText(m_action->text());
    setToolTip(m_action->toolTip());
    setEnabled(m_action->isEnabled());
    // Shown without a parent, a button would open as a window of its own: it shows once it is laid out.
    if (parentWidget() || !m_action->isVisible())
        setVisible(m_action->isVisible());
}

} // namespace gonggu
