#include "FieldError.h"

namespace gonggu {

FieldError::FieldError(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText); // messages quote user data
    QPalette alert = palette();
    alert.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28)); // readable on light and dark palettes
    setPalette(alert);
    hide();
}

void FieldError::showMessage(const QString &message)
{
    setText(message);
    setVisible(!message.isEmpty());
}

} // namespace gonggu
