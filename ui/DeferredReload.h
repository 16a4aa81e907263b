#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace gonggu {

class WorkspaceSession;

/** A page's reload that runs at once while the page is showing and otherwise once, when it is next shown: a
 *  hidden tab neither reads a 100,000-buyer round before it is chosen nor again after every edit made on another
 *  tab. While the session reloads everything (a change made elsewhere sends every kind of change signal), a
 *  showing page also reads once, at the end. */
class DeferredReload : public QObject
{
public:
    /** `reload` reads what the page shows; a gonggu::Error it throws is reported through the session. */
    DeferredReload(QWidget &page, WorkspaceSession &session, std::function<void()> reload);

    /** Reloads now if the page is visible; otherwise when it is next shown (or, while the session reloads
     *  everything, when it has sent all its signals). */
    void request();
    /** Runs a pending reload now (the page is about to be used while hidden). */
    void flush();
    /** Drops a pending reload (the page was cleared, or read what it shows by other means). */
    void cancel() { m_pending = false; }
    bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void run();

    QWidget &m_page;
    WorkspaceSession &m_session;
    std::function<void()> m_reload;
    bool m_pending = false;
};

} // namespace gonggu
