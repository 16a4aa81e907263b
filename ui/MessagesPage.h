#pragma once

#include "domain/Round.h"
#include "services/messages/ComposedMessage.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QSplitter;

namespace gonggu {

class ContactHistoryList;
class DeferredReload;
class MessageChoiceBar;
class MessagePreview;
class MessageWriter;
class RecipientsPanel;
class TemplateDrafts;
class TemplateEditor;
class WorkspaceSession;
struct Recipient;

/** The round's messages to its buyers: pick a kind and a language, adjust the round's wording with a live
 *  preview, then copy, email or text it to one buyer or the checked ones and mark it sent (the contact log,
 *  undoably), with each buyer's history beside it; and the progress post for the community in one click. */
class MessagesPage : public QWidget
{
    Q_OBJECT

public:
    /** Opens a mailto: or sms: link; false when nothing could open it. */
    using UrlOpener = std::function<bool(const QUrl &)>;

    explicit MessagesPage(WorkspaceSession &session, QWidget *parent = nullptr);
    ~MessagesPage() override;

    /** Shows the round's messages (read when the page is shown); reports a storage error through the session. */
    void showRound(const Round &round);
    /** Shows no round (every action is disabled). */
    void clear();

    ContactKind kind() const;
    void setKind(ContactKind kind);
    Language language() const;
    void setLanguage(Language language);
    ContactChannel channel() const;
    void setChannel(ContactChannel channel);
    /** Opens links with QDesktopServices unless told otherwise (tests record them instead). */
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }

    TemplateEditor *editor() const { return m_editor; }
    RecipientsPanel *recipients() const { return m_recipients; }
    MessagePreview *preview() const { return m_preview; }
    ContactHistoryList *history() const { return m_history; }
    /** The last thing the page did or refused, as its notice line says it. */
    QString notice() const;

    QAction *copyProgressPostAction() const { return m_copyProgressPost; } // Ctrl+Shift+P
    QAction *copyAction() const { return m_copy; }
    QAction *emailAction() const { return m_email; }
    QAction *smsAction() const { return m_sms; }
    QAction *markSentAction() const { return m_markSent; }
    QAction *copyCheckedAction() const { return m_copyChecked; }
    QAction *markCheckedSentAction() const { return m_markCheckedSent; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void createActions();
    /** Puts the wording and its preview side by side, or one above the other when the page is narrow. */
    void arrange();
    void roundEdited(RoundId round);
    void refreshLater(RoundId round);
    void chooseWording(); // another kind or language was chosen
    void reload();
    void loadRecipients();
    void loadWording();
    void updatePreview();
    void updateHistory();
    void updateActions();
    bool guarded(const std::function<void()> &step);

    const Recipient *currentRecipient() const;
    /** The messages to these orders in the editor's wording; nullopt (and why, in the notice) when they must
     *  not go out. */
    std::optional<std::vector<ComposedMessage>> sendable(const std::vector<OrderId> &orders);
    void copyCurrent();
    void copyChecked();
    /** Opens the current buyer's message as an email or a text message. */
    void openLink(ContactChannel via);
    void markCurrentSent();
    void markCheckedSent();
    void markSent(std::vector<ComposedMessage> messages);
    void copyProgressPost();
    void saveWording();
    void resetWording();
    void notify(const QString &text);

    WorkspaceSession &m_session;
    std::optional<Round> m_round;
    DeferredReload *m_reload; // changed while hidden: read when shown (a round may have 100,000 buyers)
    std::unique_ptr<MessageWriter> m_writer;
    UrlOpener m_openUrl;

    QAction *m_copyProgressPost;
    MessageChoiceBar *m_choices;
    QComboBox *m_channel;
    RecipientsPanel *m_recipients;
    TemplateEditor *m_editor;
    std::unique_ptr<TemplateDrafts> m_drafts; // unsaved wordings, kept while switching kinds and rounds
    MessagePreview *m_preview;
    ContactHistoryList *m_history;
    QWidget *m_recipientsColumn = nullptr;
    QWidget *m_editorColumn = nullptr;
    QWidget *m_previewColumn = nullptr;
    QWidget *m_historyColumn = nullptr; // under the preview, or under the buyers in a narrow page
    QSplitter *m_buyerSide = nullptr;
    QSplitter *m_messageSide = nullptr;
    QSplitter *m_work = nullptr; // the wording and its preview: side by side, or one above the other
    QAction *m_copy = nullptr;
    QAction *m_email = nullptr;
    QAction *m_sms = nullptr;
    QAction *m_markSent = nullptr;
    QAction *m_copyChecked = nullptr;
    QAction *m_markCheckedSent = nullptr;
};

} // namespace gonggu
