#pragma once

#include "domain/MessageTemplate.h"

#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QToolButton;

namespace gonggu {

class FieldError;
class TemplateHighlighter;

/** The wording of one message kind in one language: the email subject and the body with their
 *  {placeholders}, an Insert Placeholder menu, unknown placeholders marked where they are and named below,
 *  and whether the round uses its own wording or the default. Saving and resetting are the page's: it runs
 *  them as undoable commands when the editor's actions trigger. */
class TemplateEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateEditor(QWidget *parent = nullptr);

    /** Shows the wording the round uses (`saved`, its own when `customised`) with `shown` in the fields: the
     *  same, or an unsaved draft of it. */
    void showWording(const MessageTemplate &saved, bool customised, const MessageTemplate &shown);
    void showWording(const MessageTemplate &saved, bool customised) { showWording(saved, customised, saved); }
    /** Empties and disables the fields (no round). */
    void clear();

    /** The wording in the fields now. */
    MessageTemplate wording() const;
    const MessageTemplate &savedWording() const { return m_saved; }
    bool isCustomised() const { return m_customised; }
    /** The fields differ from the saved wording. */
    bool isEdited() const;
    /** The placeholders of the subject and body the renderer does not know, in order of appearance. */
    QStringList unknownPlaceholders() const;

    /** Inserts "{name}" where the cursor is, in the subject when it had the focus last, else in the body. */
    void insertPlaceholder(const QString &name);

    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    TemplateHighlighter *highlighter() const { return m_highlighter; }
    QMenu *placeholderMenu() const { return m_placeholders; }
    QAction *saveAction() const { return m_save; }   // Ctrl+S while the editor has the focus
    QAction *resetAction() const { return m_reset; } // back to the default wording

signals:
    /** The fields changed (typing, a placeholder inserted, another wording shown). */
    void wordingChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildPlaceholderMenu();
    void updateState();

    MessageTemplate m_saved;
    bool m_customised = false;
    bool m_loading = false;         // fields being filled: one wordingChanged() at the end
    QWidget *m_lastField = nullptr; // where Insert Placeholder puts its text

    QLabel *m_state;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    TemplateHighlighter *m_highlighter;
    FieldError *m_error;
    QMenu *m_placeholders;
    QToolButton *m_insert;
    QAction *m_save;
    QAction *m_reset;
};

} // namespace gonggu
