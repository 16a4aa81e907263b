// MessagesPage's sending: the editor's wording made into messages for one buyer, the checked buyers or the
// community, then copied, opened as an e-mail or a text, or marked sent into the contact log.
#include "MessagesPage.h"

#include "MessageChoiceBar.h"
#include "MessageLinks.h"
#include "MessageText.h"
#include "MessageWriter.h"
#include "RecipientsModel.h"
#include "RecipientsPanel.h"
#include "TemplateEditor.h"
#include "WorkspaceSession.h"
#include "commands/MessageCommands.h"
#include "services/messages/MessageAudience.h"
#include "services/messages/MessageComposer.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QStatusTipEvent>
#include <QTimer>

namespace gonggu {

std::optional<std::vector<ComposedMessage>> MessagesPage::sendable(const std::vector<OrderId> &orders)
{
    if (!m_round)
        return std::nullopt;
    std::vector<ComposedMessage> messages;
    const MessageTemplate wording = m_editor->wording();
    if (!guarded([&] {
            messages = MessageAudience::addressesCommunity(wording.kind)
                           ? std::vector<ComposedMessage>{m_writer->composeCommunityPost(*m_round, wording)}
                           : m_writer->compose(*m_round, orders, wording);
        }))
        return std::nullopt;
    for (const ComposedMessage &message : messages) {
        if (message.hasErrors()) { // the buttons are off already; this guards a stale click
            notify(tr("Not sent: unknown placeholder %1.").arg(message.unknownPlaceholders.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    return messages;
}

void MessagesPage::copyCurrent()
{
    const Recipient *recipient = currentRecipient();
    const bool community = MessageAudience::addressesCommunity(kind());
    if (!community && !recipient)
        return;
    const std::optional<std::vector<ComposedMessage>> messages =
        sendable(community ? std::vector<OrderId>{} : std::vector<OrderId>{recipient->orderId});
    if (!messages)
        return;
    QGuiApplication::clipboard()->setText(MessageLinks::clipboardText(*messages));
    notify(community ? tr("Copied the community post.")
                     : tr("Copied the message to %1.").arg(MessageLinks::addressee(messages->front())));
}

void MessagesPage::copyChecked()
{
    const std::vector<OrderId> orders = m_recipients->model()->checkedOrders();
    if (orders.empty())
        return;
    const std::optional<std::vector<ComposedMessage>> messages = sendable(orders);
    if (!messages)
        return;
    QGuiApplication::clipboard()->setText(MessageLinks::clipboardText(*messages));
    notify(messages->size() == 1 ? tr("Copied 1 message.") : tr("Copied %1 messages.").arg(messages->size()));
}

void MessagesPage::openLink(ContactChannel via)
{
    const Recipient *recipient = currentRecipient();
    const bool email = via == ContactChannel::Email;
    if (!recipient || (email ? recipient->email.isEmpty() : MessageLinks::dialable(recipient->phone).isEmpty()))
        return;
    const std::optional<std::vector<ComposedMessage>> messages = sendable({recipient->orderId});
    if (!messages)
        return;
    const ComposedMessage &message = messages->front();
    setChannel(via); // what Mark Sent records next
    const QUrl link = email ? MessageLinks::mailto(recipient->email, message.subject, message.text)
                            : MessageLinks::sms(recipient->phone, message.text);
    if (!m_openUrl(link))
        notify(email ? tr("No email program opened. Copy the message and paste it instead.")
                     : tr("No messaging app opened. Copy the message and paste it instead."));
    else
        notify(email ? tr("Opened an email to %1. Mark it sent once it has gone.").arg(recipient->label())
                     : tr("Opened a text message to %1. Mark it sent once it has gone.").arg(recipient->label()));
}

void MessagesPage::markCurrentSent()
{
    const Recipient *recipient = currentRecipient();
    if (!recipient || MessageAudience::addressesCommunity(kind()))
        return;
    const OrderId order = recipient->orderId;
    const int row = m_recipients->model()->rowOf(order);
    std::optional<std::vector<ComposedMessage>> messages = sendable({order});
    if (!messages)
        return;
    markSent(std::move(*messages));
    // One buyer after another: the next one is ready to send.
    if (row + 1 < m_recipients->model()->rowCount())
        m_recipients->selectOrder(m_recipients->model()->recipientAt(row + 1).orderId);
}

void MessagesPage::markCheckedSent()
{
    const std::vector<OrderId> orders = m_recipients->model()->checkedOrders();
    if (orders.empty() || MessageAudience::addressesCommunity(kind()))
        return;
    std::optional<std::vector<ComposedMessage>> messages = sendable(orders);
    if (messages)
        markSent(std::move(*messages));
}

void MessagesPage::markSent(std::vector<ComposedMessage> messages)
{
    const std::size_t count = messages.size();
    const QString to = count == 1 ? MessageLinks::addressee(messages.front()) : QString();
    if (!m_session.execute(std::make_unique<MarkSentCommand>(m_session, m_round->id, std::move(messages), channel())))
        return;
    notify(count == 1 ? tr("Marked the message to %1 as sent.").arg(to) : tr("Marked %1 messages as sent.").arg(count));
}

void MessagesPage::copyProgressPost()
{
    if (!m_round)
        return;
    guarded([this] {
        // The round's saved wording, as the community sees it every time, whatever is being edited here.
        const ComposedMessage post = MessageComposer(m_session.workspace(), m_session.clock())
                                         .composeCommunityPost(*m_round, ContactKind::Progress, language());
        QGuiApplication::clipboard()->setText(post.text);
        const QString done = tr("Copied the progress post: %1").arg(post.text.section(u'\n', 0, 1).simplified());
        notify(done);
        if (!isVisible()) {
            // Used from the menu or its shortcut on another tab: the status bar says it, once the menu is gone.
            QTimer::singleShot(0, this, [this, done] {
                QStatusTipEvent tip(done);
                QCoreApplication::sendEvent(window(), &tip);
            });
        }
    });
}

} // namespace gonggu
