#include "TemplateEditor.h"

#include "ActionButton.h"
#include "FieldError.h"
#include "MessageText.h"
#include "TemplateHighlighter.h"
#include "services/messages/RoundTemplates.h"
#include "services/messages/TemplateRenderer.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace gonggu {

TemplateEditor::TemplateEditor(QWidget *parent)
    : QWidget(parent), m_state(new QLabel(this)), m_subject(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_highlighter(new TemplateHighlighter(m_body->document())), m_error(new FieldError(this)),
      m_placeholders(new QMenu(this)), m_insert(new QToolButton(this))
{
    m_state->setObjectName(QStringLiteral("templateStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setWordWrap(true);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    m_subject->setToolTip(tr("The subject line of an email; text messages and chats leave it out"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_body->setTabChangesFocus(true); // Tab moves on, as in a form; a message needs no tab characters
    m_error->setObjectName(QStringLiteral("templateErrorLabel"));

    auto *subjectLabel = new QLabel(tr("S&ubject:"), this);
    subjectLabel->setBuddy(m_subject);
    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_body);

    m_placeholders->setObjectName(QStringLiteral("placeholderMenu"));
    buildPlaceholderMenu();
    m_insert->setObjectName(QStringLiteral("insertPlaceholderButton"));
    m_insert->setText(tr("&Insert Placeholder"));
    m_insert->setToolTip(tr("Put a {placeholder} where the cursor is: each message fills in its buyer's value"));
    m_insert->setMenu(m_placeholders);
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_save = new QAction(tr("Sa&ve"), this);
    m_save->setObjectName(QStringLiteral("saveTemplateAction"));
    m_save->setToolTip(tr("Use this wording for this message in this round from now on (Ctrl+S)"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_save);
    m_reset = new QAction(tr("Reset to &Default"), this);
    m_reset->setObjectName(QStringLiteral("resetTemplateAction"));
    m_reset->setToolTip(tr("Go back to Gonggu's own wording of this message"));
    auto *saveButton = new ActionButton(m_save, this);
    saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    auto *resetButton = new ActionButton(m_reset, this);
    resetButton->setObjectName(QStringLiteral("resetTemplateButton"));

    auto *bodyLine = new QHBoxLayout;
    bodyLine->addWidget(bodyLabel);
    bodyLine->addStretch();
    bodyLine->addWidget(m_insert);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(resetButton);
    buttons->addWidget(saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(subjectLabel);
    layout->addWidget(m_subject);
    layout->addLayout(bodyLine);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    m_lastField = m_body;
    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);
    const auto changed = [this] {
        if (m_loading)
            return;
        updateState();
        emit wordingChanged();
    };
    connect(m_subject, &QLineEdit::textChanged, this, changed);
    connect(m_body, &QPlainTextEdit::textChanged, this, changed);
    clear();
}

void TemplateEditor::buildPlaceholderMenu()
{
    // The buyer's values first, then the round's, as TemplateRenderer lists them; the meaning in the menu
    // saves a trip to the help.
    const QStringList names = TemplateRenderer::knownPlaceholders();
    for (const QString &name : names) {
        if (name == u"round")
            m_placeholders->addSeparator();
        const QString text = QStringLiteral("{%1}\t%2").arg(name, MessageText::placeholderMeaning(name));
        QAction *action = m_placeholders->addAction(text);
        action->setData(name);
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
}

void TemplateEditor::showWording(const MessageTemplate &saved, bool customised, const MessageTemplate &shown)
{
    m_saved = saved;
    m_customised = customised;
    m_loading = true;
    if (m_subject->text() != shown.subject)
        m_subject->setText(shown.subject);
    if (m_body->toPlainText() != shown.body)
        m_body->setPlainText(shown.body);
    m_loading = false;
    setEnabled(true);
    updateState();
    emit wordingChanged();
}

void TemplateEditor::clear()
{
    m_saved = MessageTemplate();
    m_customised = false;
    m_loading = true;
    m_subject->clear();
    m_body->clear();
    m_loading = false;
    setEnabled(false);
    updateState();
    emit wordingChanged();
}

MessageTemplate TemplateEditor::wording() const
{
    return {m_saved.kind, m_saved.language, m_subject->text(), m_body->toPlainText()};
}

bool TemplateEditor::isEdited() const
{
    return m_subject->text() != m_saved.subject || m_body->toPlainText() != m_saved.body;
}

QStringList TemplateEditor::unknownPlaceholders() const
{
    return RoundTemplates::unknownPlaceholders(wording());
}

void TemplateEditor::insertPlaceholder(const QString &name)
{
    const QString text = QStringLiteral("{%1}").arg(name);
    if (m_lastField == m_subject) {
        m_subject->insert(text);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(text);
        m_body->setFocus();
    }
}

bool TemplateEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_subject || watched == m_body))
        m_lastField = static_cast<QWidget *>(watched);
    return QWidget::eventFilter(watched, event);
}

void TemplateEditor::updateState()
{
    const bool enabled = isEnabled();
    const bool edited = enabled && isEdited();
    const QStringList unknown = enabled ? unknownPlaceholders() : QStringList();
    const bool empty = m_body->toPlainText().trimmed().isEmpty();

    QString state;
    if (enabled)
        state = m_customised ? tr("This round's own wording") : tr("Gonggu's default wording");
    if (edited)
        state = tr("%1 — edited, not saved").arg(state);
    m_state->setText(state);

    // Short under the text; the tooltip lists every known name, as the CLI says it.
    m_error->setToolTip(unknown.isEmpty() ? QString() : TemplateRenderer::describeUnknown(unknown));
    if (!unknown.isEmpty())
        m_error->showMessage(tr("Unknown placeholder %1: correct it (Insert Placeholder lists the known ones) or "
                                "write {{ for a brace. Messages cannot go out until then.")
                                 .arg(unknown.join(QStringLiteral(", "))));
    else if (enabled && empty)
        m_error->showMessage(tr("The message is empty: write what the buyers should read."));
    else
        m_error->showMessage(QString());

    m_save->setEnabled(edited && unknown.isEmpty() && !empty);
    m_reset->setEnabled(enabled && (m_customised || edited));
}

} // namespace gonggu
