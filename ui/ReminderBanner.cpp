#include "ReminderBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStringList>

namespace gonggu {

ReminderBanner::ReminderBanner(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_show(new QPushButton(tr("Show"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("reminderBanner"));
    setFrameShape(QFrame::StyledPanel);
    // The tooltip colours: a note that stands out from the window in light and dark palettes alike.
    setAutoFillBackground(true);
    QPalette note = palette();
    note.setColor(QPalette::Window, note.color(QPalette::ToolTipBase));
    note.setColor(QPalette::WindowText, note.color(QPalette::ToolTipText));
    setPalette(note);

    m_text->setObjectName(QStringLiteral("reminderBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_show->setObjectName(QStringLiteral("reminderBannerShow"));
    m_show->setAutoDefault(false);
    m_dismiss->setObjectName(QStringLiteral("reminderBannerDismiss"));
    m_dismiss->setAutoDefault(false);
    connect(m_show, &QPushButton::clicked, this, [this] {
        const RoundId round = m_notices.empty() ? 0 : m_notices.front().round;
        dismiss();
        if (round != 0)
            emit showRequested(round);
    });
    connect(m_dismiss, &QPushButton::clicked, this, &ReminderBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    hide();
}

QString ReminderBanner::summary(const std::vector<ReminderNotice> &notices)
{
    if (notices.empty())
        return {};
    if (notices.size() == 1)
        return tr("Reminder: %1 (%2)").arg(notices.front().text, notices.front().roundTitle);
    QStringList first;
    for (std::size_t i = 0; i < notices.size() && i < 2; ++i)
        first << notices[i].text;
    QString line = tr("%1 reminders are due: %2")
                       .arg(QLocale().toString(qint64(notices.size())), first.join(QStringLiteral(" · ")));
    if (notices.size() > 2)
        line += QStringLiteral(" …");
    return line;
}

void ReminderBanner::addNotices(const std::vector<ReminderNotice> &notices)
{
    if (notices.empty())
        return;
    m_notices.insert(m_notices.end(), notices.begin(), notices.end());
    m_text->setText(summary(m_notices));
    show();
}

void ReminderBanner::dismiss()
{
    m_notices.clear();
    m_text->clear();
    hide();
}

QString ReminderBanner::text() const
{
    return m_text->text();
}

} // namespace gonggu
