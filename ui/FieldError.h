#pragma once

#include <QLabel>

namespace gonggu {

/** A red line under a form field saying what is wrong with it; hidden while there is nothing to say. */
class FieldError : public QLabel
{
    Q_OBJECT

public:
    explicit FieldError(QWidget *parent = nullptr);

    /** Shows the message, or hides the label when it is empty. */
    void showMessage(const QString &message);
};

} // namespace gonggu
