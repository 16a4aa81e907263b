#include "DeferredReload.h"

#include "WorkspaceSession.h"
#include "domain/Errors.h"

#include <QEvent>
#include <QWidget>

#include <utility>

namespace gonggu {

DeferredReload::DeferredReload(QWidget &page, WorkspaceSession &session, std::function<void()> reload)
    : QObject(&page), m_page(page), m_session(session), m_reload(std::move(reload))
{
    // A filter rather than the page's showEvent(): it sees the Show before the page does, so that whatever the
    // page does on showing (select a first row, count rows) works on what was just read.
    page.installEventFilter(this);
    connect(&session, &WorkspaceSession::everythingReloaded, this, [this] {
        if (m_page.isVisible())
            flush();
    });
}

void DeferredReload::request()
{
    if (m_page.isVisible() && !m_session.isReloadingEverything())
        run();
    else
        m_pending = true;
}

void DeferredReload::flush()
{
    if (m_pending)
        run();
}

bool DeferredReload::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_page && event->type() == QEvent::Show && m_pending)
        run();
    return QObject::eventFilter(watched, event);
}

void DeferredReload::run()
{
    m_pending = false;
    try {
        m_reload();
    } catch (const Error &error) {
        // Called from change signals and show events: an error must not escape into Qt's event loop.
        m_session.reportError(error.message());
    }
}

} // namespace gonggu
