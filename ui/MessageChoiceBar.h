#pragma once

#include "domain/Language.h"
#include "domain/Statuses.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;

namespace gonggu {

/** The Messages page's top line: which message and in which language, what the page did last, and the
 *  progress post button. */
class MessageChoiceBar : public QWidget
{
    Q_OBJECT

public:
    /** `copyProgressPost` gets a button at the end of the line. The language starts as the UI's. */
    explicit MessageChoiceBar(QAction *copyProgressPost, QWidget *parent = nullptr);

    ContactKind kind() const;
    void setKind(ContactKind kind);
    Language language() const;
    void setLanguage(Language language);

    QString notice() const;
    /** Says what the page did last ("Copied 2 messages."); empty clears it. */
    void setNotice(const QString &text);

signals:
    /** Another kind or language was chosen: the page shows its wording. */
    void wordingChosen();

private:
    QComboBox *m_kind;
    QComboBox *m_language;
    QLabel *m_notice;
};

} // namespace gonggu
