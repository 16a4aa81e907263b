#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace gonggu {

/** A date that may be left unset: a check box turns it on, and while it is off the field reads "Not set"
 *  (QDateEdit alone cannot hold "no date"). */
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget *parent = nullptr);

    /** The date, or a null QDate when unset. */
    QDate date() const;
    /** Sets the date; a null date unsets it. */
    void setDate(const QDate &date);
    /** The date offered when the user turns the field on (today when not given). */
    void setSuggestedDate(const QDate &date) { m_suggested = date; }

    /** The user's short date format with a four-digit year ("yyyy. M. d." in Korean): a two-digit year
     *  is ambiguous while typing a date. */
    static QString editFormat();

    QCheckBox *checkBox() const { return m_enabled; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    void dateChanged();

private:
    void setOn(bool on);

    QCheckBox *m_enabled;
    QDateEdit *m_edit;
    QDate m_suggested;
    QDate m_last; // what the field held before it was turned off, offered again when turned on
};

} // namespace gonggu
