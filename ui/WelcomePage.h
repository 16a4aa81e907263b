#pragma once

#include <QWidget>

namespace gonggu {

class FieldError;

/** What a workspace without rounds shows: start a round, or look around the demo workspace first. */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    /** Where the demo workspace lives: demo.gonggu in the application data folder. */
    static QString defaultDemoPath();
    /** Uses another demo file (tests); defaultDemoPath() otherwise. */
    void setDemoPath(const QString &path) { m_demoPath = path; }
    QString demoPath() const;

public slots:
    /** Writes the demo workspace unless it exists already, then emits openDemoRequested(); a failure is
     *  shown on the page. */
    void openDemo();

signals:
    void newRoundRequested();
    void openDemoRequested(const QString &path);
    void openWorkspaceRequested();

private:
    QString m_demoPath;
    FieldError *m_error = nullptr;
};

} // namespace gonggu
