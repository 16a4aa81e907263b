#pragma once

#include "TempWorkspace.h"
#include "WorkspaceSession.h"
#include "services/DemoWorkspace.h"
#include "storage/RoundRepository.h"

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <ostream>

// Failures print QStrings as text rather than as UTF-16 code units (found by ADL in QString's namespace).
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace gonggu::test {

/** A session over a fresh temporary workspace (the demo when asked), as the window would hold it. */
class PageTest : public TempWorkspaceTest
{
protected:
    void SetUp() override
    {
        TempWorkspaceTest::SetUp();
        // The session owns its workspace, as the window's does; the fixture's own stays unused.
        m_session = std::make_unique<WorkspaceSession>(
            std::make_unique<Workspace>(pathFor(QStringLiteral("session.gonggu")), m_clock), m_clock);
    }
    void TearDown() override
    {
        m_session.reset();
        TempWorkspaceTest::TearDown();
    }

    WorkspaceSession &session() { return *m_session; }
    Workspace &sessionWorkspace() { return m_session->workspace(); }
    Round populateDemo()
    {
        DemoWorkspace::populate(sessionWorkspace());
        return *RoundRepository(sessionWorkspace()).find(1);
    }

    /** Types the text into the widget key by key, Hangul included (QTest::keyClicks takes ASCII only). */
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar c : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }

    /** Runs `inspect` on the next modal dialog of type T once it shows (the caller then exec()s it). */
    template <typename T> static void whenDialogShows(std::function<void(T *)> inspect)
    {
        QTimer::singleShot(0, [inspect] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<T *>(widget); dialog && dialog->isVisible()) {
                    inspect(dialog);
                    return;
                }
            }
            ADD_FAILURE() << "no dialog showed";
        });
    }

private:
    std::unique_ptr<WorkspaceSession> m_session;
};

} // namespace gonggu::test
