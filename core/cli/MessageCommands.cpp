#include "CommandContext.h"
#include "CommandSpec.h"
#include "domain/DateText.h"
#include "domain/Errors.h"
#include "services/messages/ContactHistory.h"
#include "services/messages/MessageComposer.h"
#include "services/messages/RoundTemplates.h"
#include "services/messages/TemplateRenderer.h"
#include "storage/RoundRepository.h"
#include "storage/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <array>
#include <map>
#include <utility>

namespace gonggu::cli {
namespace {

// The CLI names message kinds as the coordinator says them; the contact log stores ContactKind keys.
constexpr std::array<std::pair<const char16_t *, ContactKind>, 7> kindNames{{
    {u"unpaid", ContactKind::UnpaidReminder},
    {u"confirmation", ContactKind::Confirmation},
    {u"progress", ContactKind::Progress},
    {u"reconfirm", ContactKind::ReconfirmInterest},
    {u"payment-request", ContactKind::PaymentRequest},
    {u"shipping", ContactKind::ShippingNotice},
    {u"handover", ContactKind::Handover},
}};

QString cliName(ContactKind kind)
{
    for (const auto &[name, value] : kindNames) {
        if (value == kind)
            return QString::fromUtf16(name);
    }
    return toKey(kind);
}

ContactKind messageKind(const CommandContext &context)
{
    const QString text = context.required(QStringLiteral("kind"));
    for (const auto &[name, value] : kindNames) {
        if (text == QString::fromUtf16(name))
            return value;
    }
    // The stored keys (unpaid_reminder, …) are accepted too, so that scripts may use either.
    if (const std::optional<ContactKind> kind = contactKindFromKey(text))
        return *kind;
    QStringList names;
    for (const auto &entry : kindNames)
        names << QString::fromUtf16(entry.first);
    throw InputError(
        QStringLiteral("--kind '%1' is not known (one of: %2)").arg(text, names.join(QStringLiteral(", "))));
}

Language messageLanguage(const CommandContext &context)
{
    if (!context.isSet(QStringLiteral("language")))
        return Language::Korean;
    const QString text = context.optional(QStringLiteral("language"));
    if (const std::optional<Language> language = languageFromKey(text))
        return *language;
    throw InputError(QStringLiteral("--language '%1' is not known (one of: %2)").arg(text, QStringLiteral("ko, en")));
}

ContactChannel messageChannel(const CommandContext &context)
{
    if (!context.isSet(QStringLiteral("channel")))
        return ContactChannel::Chat;
    const QString text = context.optional(QStringLiteral("channel"));
    // Phone calls and meetings are logged by hand; a printed message goes by text.
    for (const ContactChannel channel : {ContactChannel::Sms, ContactChannel::Email, ContactChannel::Chat}) {
        if (text == toKey(channel))
            return channel;
    }
    throw InputError(QStringLiteral("--channel '%1' is not known (one of: sms, email, chat)").arg(text));
}

/** One stderr line per placeholder that had no data, with how many messages it left a gap in. */
void warnAboutGaps(CommandContext &context, const std::vector<ComposedMessage> &messages, ContactChannel channel)
{
    std::map<QString, int> gaps;
    QString unencodable;
    for (const ComposedMessage &message : messages) {
        for (const QString &name : message.missingPlaceholders)
            ++gaps[name];
        for (const QChar c : message.length.unencodable) {
            if (!unencodable.contains(c))
                unencodable += c;
        }
    }
    for (const auto &[name, count] : gaps)
        context.error(QStringLiteral("warning: no data for %1 in %2 of %3 messages; it was left empty")
                          .arg(name)
                          .arg(count)
                          .arg(messages.size()));
    if (channel == ContactChannel::Sms && !unencodable.isEmpty())
        context.error(QStringLiteral("warning: SMS cannot carry these characters: %1").arg(unencodable));
}

void remind(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const ContactKind kind = messageKind(context);
    const Language language = messageLanguage(context);
    const ContactChannel channel = messageChannel(context);
    const bool log = context.isSet(QStringLiteral("log"));
    if (log && kind == ContactKind::Progress)
        throw InputError(QStringLiteral("--log records messages to buyers; a progress post goes to the community "
                                        "and is not logged"));

    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    // Checked on the template itself, so that a typo is refused even when nobody is addressed today.
    const QStringList unknown =
        RoundTemplates::unknownPlaceholders(RoundTemplates(workspace).effective(round, kind, language));
    if (!unknown.isEmpty())
        throw InputError(QStringLiteral("the round's %1 template (%2): %3")
                             .arg(cliName(kind), toKey(language), TemplateRenderer::describeUnknown(unknown)));

    const std::vector<ComposedMessage> messages =
        MessageComposer(workspace, context.clock()).composeForAddressees(round, kind, language);
    if (log)
        ContactHistory(workspace).logSent(messages, channel);
    warnAboutGaps(context, messages, channel);

    const bool table = context.output().format() == OutputFormat::Table;
    QList<Record> records;
    for (const ComposedMessage &message : messages) {
        // A table row is one line: show line breaks as " / ".
        const QString text = table ? QString(message.text).replace(u'\n', QStringLiteral(" / ")) : message.text;
        const QJsonValue person = message.isCommunityPost() ? QJsonValue(QJsonValue::Null) : message.personId;
        records << Record{{QStringLiteral("person_id"), person},
                          {QStringLiteral("nickname"), message.nickname},
                          {QStringLiteral("name"), message.name},
                          {QStringLiteral("kind"), cliName(kind)},
                          {QStringLiteral("channel"), toKey(channel)},
                          {QStringLiteral("bytes"), message.length.bytes},
                          {QStringLiteral("sms_kind"), toKey(message.length.kind)},
                          {QStringLiteral("already_contacted"), message.alreadyContacted()},
                          {QStringLiteral("last_contacted"), message.alreadyContacted()
                                                                 ? QJsonValue(toIsoUtc(message.lastContactedAt))
                                                                 : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("missing"), QJsonArray::fromStringList(message.missingPlaceholders)},
                          {QStringLiteral("subject"), message.subject},
                          {QStringLiteral("text"), text}};
    }
    QStringList keys{QStringLiteral("person_id"), QStringLiteral("nickname"),         QStringLiteral("name"),
                     QStringLiteral("kind"),      QStringLiteral("channel"),          QStringLiteral("bytes"),
                     QStringLiteral("sms_kind"),  QStringLiteral("already_contacted")};
    if (!table)
        keys << QStringLiteral("last_contacted") << QStringLiteral("missing") << QStringLiteral("subject");
    keys << QStringLiteral("text");
    context.output().printRecords(keys, records);
}

void printTemplate(CommandContext &context, const Round &round, ContactKind kind, Language language)
{
    const RoundTemplates templates(context.workspace());
    const MessageTemplate shown = templates.effective(round, kind, language);
    const bool customised = templates.isCustomised(round.id, kind, language);
    const Record flat{{QStringLiteral("round"), round.id},           {QStringLiteral("kind"), cliName(kind)},
                      {QStringLiteral("language"), toKey(language)}, {QStringLiteral("customised"), customised},
                      {QStringLiteral("subject"), shown.subject},    {QStringLiteral("body"), shown.body}};
    QJsonObject json = toJsonObject(flat);
    json.insert(QStringLiteral("placeholders"), QJsonArray::fromStringList(TemplateRenderer::knownPlaceholders()));
    const QString text =
        QStringLiteral("%1 template of round %2 (%3, %4)\nSubject: %5\n%6\n")
            .arg(cliName(kind))
            .arg(round.id)
            .arg(toKey(language), customised ? QStringLiteral("the round's own") : QStringLiteral("default"),
                 shown.subject, shown.body);
    context.output().printObject(json, flat, text);
}

void showTemplate(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const ContactKind kind = messageKind(context);
    const Language language = messageLanguage(context);
    printTemplate(context, RoundRepository(context.workspace()).resolve(roundRef), kind, language);
}

void setTemplate(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const ContactKind kind = messageKind(context);
    const Language language = messageLanguage(context);
    // Not trimmed: line breaks at the ends may be meant. Empty is refused by the repository.
    const QString body = context.parser().value(QStringLiteral("body"));
    if (!context.isSet(QStringLiteral("body")))
        throw InputError(QStringLiteral("--body is required"));
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    RoundTemplates templates(workspace);
    MessageTemplate changed = templates.effective(round, kind, language);
    changed.body = body;
    if (context.isSet(QStringLiteral("subject")))
        changed.subject = context.parser().value(QStringLiteral("subject"));
    templates.save(round.id, changed);
    printTemplate(context, round, kind, language);
}

void resetTemplate(CommandContext &context)
{
    const QString roundRef = context.required(QStringLiteral("round"));
    const ContactKind kind = messageKind(context);
    const Language language = messageLanguage(context);
    Workspace &workspace = context.workspace();
    const Round round = RoundRepository(workspace).resolve(roundRef);
    RoundTemplates(workspace).reset(round.id, kind, language);
    printTemplate(context, round, kind, language);
}

} // namespace

std::vector<CommandSpec> messageCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    const QCommandLineOption round = valueOption(S(u"round"), S(u"ROUND"), S(u"round id or title"));
    const QCommandLineOption kind = valueOption(
        S(u"kind"), S(u"KIND"), S(u"unpaid, confirmation, progress, reconfirm, payment-request, shipping or handover"));
    const QCommandLineOption language = valueOption(S(u"language"), S(u"LANG"), S(u"ko (default) or en"));
    return {
        {S(u"remind"),
         S(u"--round ROUND --kind unpaid|confirmation|progress|reconfirm|payment-request|shipping|handover "
           u"[--channel sms|email|chat] [--language ko|en] [--log]"),
         S(u"The messages of a kind for the buyers it goes to (progress: one community post); --log records them "
           u"as sent."),
         {round, kind, valueOption(S(u"channel"), S(u"C"), S(u"sms, email or chat (default chat)")), language,
          QCommandLineOption(S(u"log"), S(u"record each printed message in the contact log"))},
         true,
         remind},
        {S(u"template show"),
         S(u"--round ROUND --kind KIND [--language ko|en]"),
         S(u"The wording a round uses for a message kind (its own, or the default)."),
         {round, kind, language},
         true,
         showTemplate},
        {S(u"template set"),
         S(u"--round ROUND --kind KIND [--language ko|en] --body TEXT [--subject TEXT]"),
         S(u"Gives a round its own wording of a message kind; unknown {placeholders} are refused."),
         {round, kind, language, valueOption(S(u"body"), S(u"TEXT"), S(u"the message, with {placeholders}")),
          valueOption(S(u"subject"), S(u"TEXT"), S(u"the e-mail subject (kept when not given)"))},
         true,
         setTemplate},
        {S(u"template reset"),
         S(u"--round ROUND --kind KIND [--language ko|en]"),
         S(u"Puts a message kind of a round back to the default wording."),
         {round, kind, language},
         true,
         resetTemplate},
    };
}

} // namespace gonggu::cli
