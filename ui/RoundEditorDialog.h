#pragma once

#include "domain/Item.h"
#include "domain/Round.h"

#include <QDialog>
#include <QStringList>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace gonggu {

class FieldError;
class ItemsEditor;
class OptionalDateEdit;
class WorkspaceSession;

/** Creates or edits a round: its details, dates, account, shipping fee and the items it sells. Bad input
 *  is shown next to its field and keeps OK disabled, so a round is never saved half right. */
class RoundEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /** Asks for a new round and creates it (undoably); returns true when a round was created. */
    static bool createRound(WorkspaceSession &session, QWidget *parent, RoundId *created = nullptr);
    /** Edits a round and its items (undoably); returns true when something changed. */
    static bool editRound(WorkspaceSession &session, RoundId round, QWidget *parent);

    /** A dialog for a new round (`round` empty) or for editing one; the static helpers above are the
     *  usual way in. accept() writes through the session and closes only when that worked.
     *  Throws gonggu::Error when the round cannot be read. */
    RoundEditorDialog(WorkspaceSession &session, std::optional<RoundId> round, QWidget *parent = nullptr);
    ~RoundEditorDialog() override;

    /** The round written by accept(); empty before. */
    std::optional<RoundId> savedRound() const { return m_savedRound; }
    /** Why OK is disabled, one line per problem; empty when the form can be saved. */
    QStringList problems() const;
    ItemsEditor *itemsEditor() const { return m_items; }

    void accept() override;

private:
    void buildForm();
    QWidget *buildItemsColumn();
    void load(const Round &round);
    Round roundFromForm() const;
    /** Before a round is marked "ordered": shows the supplier questions still open and a minimum not
     *  reached; false when the coordinator goes back to settle them. */
    bool confirmOrdering(const Round &round);
    void validate();

    WorkspaceSession &m_session;
    std::optional<Round> m_original; // empty for a new round
    std::vector<Item> m_originalItems;
    QStringList m_otherTitles; // of every other round, for refusing a duplicate while typing
    std::optional<RoundId> m_savedRound;
    bool m_titleEdited = false; // an empty title is pointed out only once the user has been there

    QLineEdit *m_title = nullptr;
    FieldError *m_titleError = nullptr;
    QLineEdit *m_supplier = nullptr;
    QLineEdit *m_supplierContact = nullptr;
    QComboBox *m_status = nullptr;
    OptionalDateEdit *m_opensOn = nullptr;
    OptionalDateEdit *m_closesOn = nullptr;
    OptionalDateEdit *m_paymentDue = nullptr;
    OptionalDateEdit *m_orderedOn = nullptr;
    OptionalDateEdit *m_deliveryOn = nullptr;
    OptionalDateEdit *m_meetupDate = nullptr;
    QTimeEdit *m_meetupTime = nullptr;
    QLineEdit *m_meetupPlace = nullptr;
    FieldError *m_datesError = nullptr;
    QLineEdit *m_bankAccount = nullptr;
    QLineEdit *m_shippingFee = nullptr;
    FieldError *m_shippingFeeError = nullptr;
    QSpinBox *m_minimumQuantity = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    ItemsEditor *m_items = nullptr;
    FieldError *m_saveError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace gonggu
