#include "MessagesPage.h"

#include "ActionButton.h"
#include "ContactHistoryList.h"
#include "DeferredReload.h"
#include "MessageChoiceBar.h"
#include "MessageLinks.h"
#include "MessagePreview.h"
#include "MessageText.h"
#include "MessageWriter.h"
#include "RecipientsModel.h"
#include "RecipientsPanel.h"
#include "TemplateDrafts.h"
#include "TemplateEditor.h"
#include "WorkspaceSession.h"
#include "commands/MessageCommands.h"
#include "domain/Errors.h"
#include "services/messages/ContactHistory.h"
#include "services/messages/MessageAudience.h"
#include "services/messages/MessageComposer.h"
#include "storage/RoundRepository.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusTipEvent>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace gonggu {
namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QWidget *column(QWidget *title, QWidget *body, QWidget *parent)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(title);
    layout->addWidget(body, 1);
    return widget;
}

} // namespace

MessagesPage::MessagesPage(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_reload(new DeferredReload(*this, session, [this] { reload(); })),
      m_writer(std::make_unique<MessageWriter>(session.workspace(), session.clock())),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_copyProgressPost(new QAction(tr("Copy Progress Po&st"), this)),
      m_choices(new MessageChoiceBar(m_copyProgressPost, this)), m_channel(new QComboBox(this)),
      m_recipients(new RecipientsPanel(this)), m_editor(new TemplateEditor(this)),
      m_drafts(std::make_unique<TemplateDrafts>(*m_editor)), m_preview(new MessagePreview(this)),
      m_history(new ContactHistoryList(this))
{
    createActions();
    m_recipients->setObjectName(QStringLiteral("recipientsPanel"));
    m_recipients->setActions({m_copyChecked, m_markCheckedSent});
    m_editor->setObjectName(QStringLiteral("templateEditor"));
    m_preview->setObjectName(QStringLiteral("messagePreview"));

    m_channel->setObjectName(QStringLiteral("channelCombo"));
    m_channel->setToolTip(tr("How the messages you mark as sent went out"));
    // Chat first: most messages go to the members of a group chat.
    for (const ContactChannel channel : {ContactChannel::Chat, ContactChannel::Sms, ContactChannel::Email,
                                         ContactChannel::Phone, ContactChannel::InPerson})
        m_channel->addItem(MessageText::of(channel), int(channel));
    auto *channelLabel = new QLabel(tr("Sen&t by:"), this);
    channelLabel->setBuddy(m_channel);
    QList<QWidget *> sendButtons;
    for (QAction *action : {m_copy, m_email, m_sms, m_markSent})
        sendButtons << new ActionButton(action, this);
    m_preview->addControlRow(sendButtons.mid(0, 3));
    m_preview->addControlRow({channelLabel, m_channel, sendButtons[3]});
    // Tab follows the eye: the message, what to do with it, then its buyer's history.
    const QList<QWidget *> tabChain{m_preview->textView(), sendButtons[0], sendButtons[1], sendButtons[2], m_channel,
                                    sendButtons[3],        m_history};
    for (qsizetype i = 1; i < tabChain.size(); ++i)
        setTabOrder(tabChain[i - 1], tabChain[i]);

    m_recipientsColumn = column(sectionTitle(tr("Goes to"), this), m_recipients, this);
    m_editorColumn = column(sectionTitle(tr("Wording"), this), m_editor, this);
    m_previewColumn = column(sectionTitle(tr("Preview"), this), m_preview, this);
    m_historyColumn = column(sectionTitle(tr("Sent to this buyer before"), this), m_history, this);
    const auto stack = [this](const QString &name, QWidget *top) {
        auto *splitter = new QSplitter(Qt::Vertical, this);
        splitter->setObjectName(name);
        splitter->addWidget(top);
        splitter->setStretchFactor(0, 3);
        splitter->setChildrenCollapsible(false);
        return splitter;
    };
    m_buyerSide = stack(QStringLiteral("buyerSplitter"), m_recipientsColumn);
    m_messageSide = stack(QStringLiteral("previewSplitter"), m_previewColumn);
    m_work = new QSplitter(Qt::Horizontal, this);
    m_work->setObjectName(QStringLiteral("wordingSplitter"));
    m_work->addWidget(m_editorColumn);
    m_work->addWidget(m_messageSide);
    m_work->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("messagesSplitter"));
    splitter->addWidget(m_buyerSide);
    splitter->addWidget(m_work);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 6);
    splitter->setSizes({340, 860}); // the buyers' names and when they were sent it fit side by side
    splitter->setChildrenCollapsible(false);
    arrange();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 6);
    // The page says itself how small it may get (minimumSizeHint()): laid out side by side, its parts would
    // make every window of the app at least that wide.
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_choices);
    layout->addWidget(splitter, 1);

    connect(m_choices, &MessageChoiceBar::wordingChosen, this, &MessagesPage::chooseWording);
    connect(m_editor, &TemplateEditor::wordingChanged, this, [this] {
        updatePreview();
        updateActions();
    });
    connect(m_editor->saveAction(), &QAction::triggered, this, &MessagesPage::saveWording);
    connect(m_editor->resetAction(), &QAction::triggered, this, &MessagesPage::resetWording);
    connect(m_recipients, &RecipientsPanel::currentOrderChanged, this, [this] {
        updatePreview();
        updateHistory();
        updateActions();
    });
    connect(m_recipients->model(), &RecipientsModel::checkedChanged, this, &MessagesPage::updateActions);

    const auto refreshRound = [this](RoundId round) { refreshLater(round); };
    connect(&m_session, &WorkspaceSession::ordersChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::paymentsChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::templatesChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::contactsChanged, this, refreshRound);
    connect(&m_session, &WorkspaceSession::roundChanged, this, &MessagesPage::roundEdited);
    connect(&m_session, &WorkspaceSession::peopleChanged, this, [this] {
        if (m_round)
            refreshLater(m_round->id);
    });
    clear();
}

MessagesPage::~MessagesPage() = default;

void MessagesPage::createActions()
{
    const auto make = [this](const QString &name, const QString &text, const QString &tip) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        return action;
    };
    // Ctrl+Shift+C confirms orders; P for the progress post is free in every menu.
    m_copyProgressPost->setObjectName(QStringLiteral("copyProgressPostAction"));
    m_copyProgressPost->setToolTip(tr("Copy the round's progress post (\"22 people, 27 copies so far\") for the "
                                      "community chat"));
    m_copyProgressPost->setStatusTip(m_copyProgressPost->toolTip());
    m_copyProgressPost->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_copy = make(QStringLiteral("copyMessageAction"), tr("&Copy"), tr("Copy this message to paste it anywhere"));
    m_email = make(QStringLiteral("emailMessageAction"), tr("E&mail…"),
                   tr("Open this message in your email program, addressed to the buyer"));
    m_sms = make(QStringLiteral("smsMessageAction"), tr("Te&xt…"),
                 tr("Open this message in your messaging app, addressed to the buyer's phone"));
    m_markSent = make(QStringLiteral("markSentAction"), tr("Mark Se&nt"),
                      tr("Record this message as sent, so that a bulk send leaves this buyer out"));
    m_copyChecked = make(QStringLiteral("copyCheckedAction"), tr("Cop&y Checked"),
                         tr("Copy the checked buyers' messages, each under the buyer's name"));
    m_markCheckedSent = make(QStringLiteral("markCheckedSentAction"), tr("Mark Checked Sent"),
                             tr("Record the checked buyers' messages as sent"));
    connect(m_copyProgressPost, &QAction::triggered, this, &MessagesPage::copyProgressPost);
    connect(m_copy, &QAction::triggered, this, &MessagesPage::copyCurrent);
    connect(m_email, &QAction::triggered, this, [this] { openLink(ContactChannel::Email); });
    connect(m_sms, &QAction::triggered, this, [this] { openLink(ContactChannel::Sms); });
    connect(m_markSent, &QAction::triggered, this, &MessagesPage::markCurrentSent);
    connect(m_copyChecked, &QAction::triggered, this, &MessagesPage::copyChecked);
    connect(m_markCheckedSent, &QAction::triggered, this, &MessagesPage::markCheckedSent);
}

ContactKind MessagesPage::kind() const
{
    return m_choices->kind();
}

void MessagesPage::setKind(ContactKind kind)
{
    m_choices->setKind(kind);
}

Language MessagesPage::language() const
{
    return m_choices->language();
}

void MessagesPage::setLanguage(Language language)
{
    m_choices->setLanguage(language);
}

ContactChannel MessagesPage::channel() const
{
    return ContactChannel(m_channel->currentData().toInt());
}

void MessagesPage::setChannel(ContactChannel channel)
{
    if (const int index = m_channel->findData(int(channel)); index >= 0)
        m_channel->setCurrentIndex(index);
}

QSize MessagesPage::minimumSizeHint() const
{
    // As arrange() lays the page out in a narrow window: the wording above the preview, next to the buyers and
    // their history.
    const auto minimum = [](const QWidget *widget) { return widget->minimumSizeHint(); };
    const int handle = style()->pixelMetric(QStyle::PM_SplitterWidth);
    const QSize buyers(std::max(minimum(m_recipientsColumn).width(), minimum(m_historyColumn).width()),
                       minimum(m_recipientsColumn).height() + handle + minimum(m_historyColumn).height());
    const QSize message(std::max(minimum(m_editorColumn).width(), minimum(m_previewColumn).width()),
                        minimum(m_editorColumn).height() + handle + minimum(m_previewColumn).height());
    const QMargins margins = layout()->contentsMargins();
    const int width = std::max(minimum(m_choices).width(), buyers.width() + handle + message.width());
    const int height = minimum(m_choices).height() + layout()->spacing() + std::max(buyers.height(), message.height());
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

void MessagesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
}

void MessagesPage::arrange()
{
    // Side by side, the wording and its preview are read together; in a narrow window one goes above the other
    // rather than both being squeezed, and the buyer's history moves under the buyers to make room.
    const int roomy = 3 * fontMetrics().averageCharWidth() * 12;
    const bool sideBySide = width() >= m_recipientsColumn->minimumSizeHint().width() +
                                           m_editorColumn->minimumSizeHint().width() +
                                           m_previewColumn->minimumSizeHint().width() + roomy;
    m_work->setOrientation(sideBySide ? Qt::Horizontal : Qt::Vertical);
    QSplitter *historySide = sideBySide ? m_messageSide : m_buyerSide;
    if (m_historyColumn->parentWidget() != historySide) {
        historySide->addWidget(m_historyColumn);
        historySide->setStretchFactor(1, 1);
    }
}

QString MessagesPage::notice() const
{
    return m_choices->notice();
}

void MessagesPage::showRound(const Round &round)
{
    m_drafts->stash();
    const bool sameRound = m_round && m_round->id == round.id;
    m_round = round;
    m_choices->setNotice(QString());
    if (!sameRound)
        m_recipients->model()->clear(); // what was checked by hand belongs to the other round
    m_reload->request();
    if (m_reload->isPending())
        updateActions();
}

void MessagesPage::clear()
{
    m_drafts->stash();
    m_round.reset();
    m_reload->cancel();
    m_writer->forget();
    m_choices->setNotice(QString());
    m_recipients->model()->clear();
    m_recipients->setEmptyText(tr("Choose a round to write its messages."));
    m_editor->clear();
    m_drafts->editorCleared();
    m_preview->showNothing(tr("No round chosen."));
    m_history->showNothing(QString());
    updateActions();
}

void MessagesPage::roundEdited(RoundId round)
{
    if (!m_round || m_round->id != round)
        return;
    guarded([this, round] {
        const std::optional<Round> fresh = RoundRepository(m_session.workspace()).find(round);
        if (!fresh) {
            clear(); // deleted (its creation undone)
            return;
        }
        m_round = *fresh; // the title, account and dates go into the messages
        refreshLater(round);
    });
}

void MessagesPage::refreshLater(RoundId round)
{
    if (!m_round || m_round->id != round)
        return;
    m_writer->forget();
    m_reload->request();
}

bool MessagesPage::guarded(const std::function<void()> &step)
{
    try {
        step();
        return true;
    } catch (const Error &error) {
        m_session.reportError(error.message());
        return false;
    }
}

void MessagesPage::chooseWording()
{
    m_drafts->stash();
    m_recipients->model()->clear(); // checks made by hand were for the other kind
    m_choices->setNotice(QString());
    if (m_round)
        m_reload->request();
}

void MessagesPage::reload()
{
    if (!m_round)
        return;
    m_drafts->stash(); // unsaved edits survive a reload (an undo elsewhere, a payment coming in)
    m_writer->forget();
    const OrderId current = m_recipients->currentOrder();
    loadRecipients();
    loadWording();
    m_recipients->selectOrder(current);
    updatePreview();
    updateHistory();
    updateActions();
}

void MessagesPage::loadRecipients()
{
    m_recipients->setEmptyText(MessageText::nobodyToAddress(kind()));
    m_recipients->model()->setRecipients(addresseesOf(m_session.workspace(), m_session.clock(), *m_round, kind()));
}

void MessagesPage::loadWording()
{
    m_drafts->show(m_session.workspace(), *m_round, kind(), language());
}

const Recipient *MessagesPage::currentRecipient() const
{
    const int row = m_recipients->model()->rowOf(m_recipients->currentOrder());
    return row < 0 ? nullptr : &m_recipients->model()->recipientAt(row);
}

void MessagesPage::updatePreview()
{
    if (!m_round || !m_editor->isEnabled()) {
        m_preview->showNothing(m_round ? QString() : tr("No round chosen."));
        return;
    }
    const MessageTemplate wording = m_editor->wording();
    const bool community = MessageAudience::addressesCommunity(kind());
    const Recipient *recipient = currentRecipient();
    if (!community && !recipient) {
        m_preview->showNothing(m_recipients->model()->rowCount() == 0 ? MessageText::nobodyToAddress(kind())
                                                                      : tr("Choose a buyer to see their message."));
        return;
    }
    guarded([&] {
        ComposedMessage message = m_writer->preview(*m_round, community ? 0 : recipient->orderId, wording);
        QString heading = tr("Post to the community");
        if (community)
            message.subject.clear(); // a post has no email to head
        if (!community) {
            QStringList to{recipient->label()};
            if (!recipient->phone.isEmpty())
                to << recipient->phone;
            if (!recipient->email.isEmpty())
                to << recipient->email;
            heading = tr("To %1").arg(to.join(QStringLiteral(" · ")));
        }
        m_preview->showMessage(message, heading);
    });
}

void MessagesPage::updateHistory()
{
    const Recipient *recipient = currentRecipient();
    if (!m_round || !recipient) {
        m_history->showNothing(m_round && MessageAudience::addressesCommunity(kind())
                                   ? tr("Community posts are not kept in a buyer's history.")
                                   : QString());
        return;
    }
    guarded([&] { m_history->showHistory(ContactHistory(m_session.workspace()).history(recipient->orderId)); });
}

void MessagesPage::updateActions()
{
    const bool hasRound = m_round.has_value();
    const bool wordingOk = hasRound && m_editor->isEnabled() && m_editor->unknownPlaceholders().isEmpty() &&
                           !m_editor->wording().body.trimmed().isEmpty();
    const bool community = MessageAudience::addressesCommunity(kind());
    const Recipient *recipient = currentRecipient();
    const bool toBuyer = wordingOk && !community && recipient;
    const int checked = int(m_recipients->model()->checkedOrders().size());

    m_copyProgressPost->setEnabled(hasRound);
    m_copy->setEnabled(wordingOk && (community || recipient));
    m_email->setEnabled(toBuyer && !recipient->email.isEmpty());
    m_sms->setEnabled(toBuyer && !MessageLinks::dialable(recipient->phone).isEmpty());
    m_markSent->setEnabled(toBuyer);
    m_copyChecked->setEnabled(wordingOk && !community && checked > 0);
    m_markCheckedSent->setEnabled(wordingOk && !community && checked > 0);
    m_copyChecked->setText(checked > 0 ? tr("Cop&y Checked (%1)").arg(checked) : tr("Cop&y Checked"));
    m_markCheckedSent->setText(checked > 0 ? tr("Mark Checked Sent (%1)").arg(checked) : tr("Mark Checked Sent"));

    // A disabled button says why when it is the buyer's data that is missing.
    m_email->setToolTip(recipient && recipient->email.isEmpty()
                            ? tr("%1 has no email address in the directory").arg(recipient->label())
                            : tr("Open this message in your email program, addressed to the buyer"));
    m_sms->setToolTip(recipient && MessageLinks::dialable(recipient->phone).isEmpty()
                          ? tr("%1 has no phone number in the directory").arg(recipient->label())
                          : tr("Open this message in your messaging app, addressed to the buyer's phone"));
}

void MessagesPage::saveWording()
{
    if (!m_round || !m_editor->isEdited())
        return;
    if (m_session.execute(std::make_unique<SaveTemplateCommand>(m_session, m_round->id, m_editor->wording())))
        notify(tr("Saved: this round's “%1” messages use this wording now.").arg(MessageText::of(kind())));
}

void MessagesPage::resetWording()
{
    if (!m_round)
        return;
    if (!m_editor->isCustomised()) { // only edits to drop: nothing stored changes
        m_drafts->drop(m_round->id, kind(), language());
        m_editor->showWording(m_editor->savedWording(), false);
        return;
    }
    if (!m_session.execute(std::make_unique<ResetTemplateCommand>(m_session, m_round->id, kind(), language())))
        return;
    // The reload that followed kept the edits as a draft: a reset drops them too.
    m_drafts->drop(m_round->id, kind(), language());
    guarded([this] { loadWording(); });
    notify(tr("Back to the default wording of “%1”.").arg(MessageText::of(kind())));
}

void MessagesPage::notify(const QString &text)
{
    m_choices->setNotice(text);
}

} // namespace gonggu
