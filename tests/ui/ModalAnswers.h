#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QPair>
#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace gonggu::test {

/** Answers the modal dialogs and message boxes that come up while a test drives the GUI, in order: each answer
 *  names the modal widget (object name) and the button to click in it (object name, or "ok" / "cancel" for a
 *  message box's standard buttons). Records what it answered, so that the test can check which boxes showed. */
class ModalAnswers : public QObject
{
public:
    explicit ModalAnswers(QList<QPair<QString, QString>> script) : m_script(std::move(script))
    {
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswers::answer);
        m_timer.start();
    }

    QStringList answered() const { return m_answered; }
    /** The main and informative text of every message box answered. */
    QStringList texts() const { return m_texts; }
    bool done() const { return m_script.isEmpty(); }

private:
    void answer()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || m_script.isEmpty() || modal->objectName() != m_script.constFirst().first)
            return;
        const QString buttonName = m_script.takeFirst().second;
        QAbstractButton *button = nullptr;
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            m_texts << box->text() + u'\n' + box->informativeText();
            if (buttonName == u"ok")
                button = box->button(QMessageBox::Ok);
            else if (buttonName == u"cancel")
                button = box->button(QMessageBox::Cancel);
        }
        if (!button)
            button = modal->findChild<QAbstractButton *>(buttonName);
        m_answered << modal->objectName() + u'/' + buttonName;
        // Queued: a click that opens the next modal must not run inside this timer's slot, or the timer (which
        // Qt does not re-enter) could not answer that one.
        if (button)
            QMetaObject::invokeMethod(button, &QAbstractButton::click, Qt::QueuedConnection);
    }

    QTimer m_timer;
    QList<QPair<QString, QString>> m_script;
    QStringList m_answered;
    QStringList m_texts;
};

} // namespace gonggu::test
