#include "MessageChoiceBar.h"

#include "ActionButton.h"
#include "MessageText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace gonggu {
namespace {

// In the order a round needs them.
constexpr ContactKind kinds[] = {ContactKind::Confirmation,      ContactKind::Progress,
                                 ContactKind::PaymentRequest,    ContactKind::UnpaidReminder,
                                 ContactKind::ReconfirmInterest, ContactKind::ShippingNotice,
                                 ContactKind::Handover};

void select(QComboBox *combo, int value)
{
    if (const int index = combo->findData(value); index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

MessageChoiceBar::MessageChoiceBar(QAction *copyProgressPost, QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_language(new QComboBox(this)), m_notice(new QLabel(this))
{
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const ContactKind kind : kinds)
        m_kind->addItem(MessageText::of(kind), int(kind));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setToolTip(tr("The language the buyers read"));
    for (const Language language : {Language::Korean, Language::English})
        m_language->addItem(MessageText::of(language), int(language));
    select(m_language, int(MessageText::uiLanguage()));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &MessageChoiceBar::wordingChosen);
    connect(m_language, &QComboBox::currentIndexChanged, this, &MessageChoiceBar::wordingChosen);

    m_notice->setObjectName(QStringLiteral("messagesNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The line takes the room left over and never widens the page; the tooltip has it all.
    m_notice->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    const auto labelFor = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 4);
    layout->addWidget(labelFor(tr("&Kind:"), m_kind));
    layout->addWidget(m_kind);
    layout->addSpacing(8);
    layout->addWidget(labelFor(tr("Lan&guage:"), m_language));
    layout->addWidget(m_language);
    layout->addSpacing(12);
    layout->addWidget(m_notice, 1);
    layout->addWidget(new ActionButton(copyProgressPost, this));
}

ContactKind MessageChoiceBar::kind() const
{
    return ContactKind(m_kind->currentData().toInt());
}

void MessageChoiceBar::setKind(ContactKind kind)
{
    select(m_kind, int(kind));
}

Language MessageChoiceBar::language() const
{
    return Language(m_language->currentData().toInt());
}

void MessageChoiceBar::setLanguage(Language language)
{
    select(m_language, int(language));
}

QString MessageChoiceBar::notice() const
{
    return m_notice->text();
}

void MessageChoiceBar::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setToolTip(text); // the line may be cut short
}

} // namespace gonggu
