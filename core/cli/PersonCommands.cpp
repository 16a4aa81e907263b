#include "CommandContext.h"
#include "CommandSpec.h"
#include "storage/PersonRepository.h"

namespace gonggu::cli {
namespace {

void addPerson(CommandContext &context)
{
    Person person;
    person.displayName = context.required(QStringLiteral("name"));
    person.nickname = context.optional(QStringLiteral("nickname"));
    person.realName = context.optional(QStringLiteral("real-name"));
    person.depositorName = context.optional(QStringLiteral("depositor"));
    person.phone = context.optional(QStringLiteral("phone"));
    person.email = context.optional(QStringLiteral("email"));
    person.messenger = context.optional(QStringLiteral("messenger"));
    person.address = context.optional(QStringLiteral("address"));
    person.notes = context.optional(QStringLiteral("notes"));
    context.output().printCreatedId(PersonRepository(context.workspace()).add(person));
}

void listPeople(CommandContext &context)
{
    QList<Record> records;
    for (const Person &person : PersonRepository(context.workspace()).all()) {
        records << Record{{QStringLiteral("id"), person.id},
                          {QStringLiteral("name"), person.displayName},
                          {QStringLiteral("nickname"), person.nickname},
                          {QStringLiteral("real_name"), person.realName},
                          {QStringLiteral("depositor"), person.depositorName},
                          {QStringLiteral("phone"), person.phone},
                          {QStringLiteral("email"), person.email}};
    }
    context.output().printRecords({QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("nickname"),
                                   QStringLiteral("real_name"), QStringLiteral("depositor"), QStringLiteral("phone"),
                                   QStringLiteral("email")},
                                  records);
}

} // namespace

std::vector<CommandSpec> personCommands()
{
    const auto S = [](const char16_t *text) { return QString::fromUtf16(text); };
    return {
        {S(u"person add"),
         S(u"--name N [--nickname X] [--real-name X] [--depositor X] [--phone X] [--email X] [--address X]"),
         S(u"Add someone to the people directory; prints their id. Names may repeat, nicknames may not."),
         {valueOption(S(u"name"), S(u"N"), S(u"name shown in lists")),
          valueOption(S(u"nickname"), S(u"X"), S(u"community nickname or handle (unique)")),
          valueOption(S(u"real-name"), S(u"X"), S(u"real name, for shipping")),
          valueOption(S(u"depositor"), S(u"X"), S(u"name that shows on their bank transfers")),
          valueOption(S(u"phone"), S(u"X"), S(u"mobile number")),
          valueOption(S(u"email"), S(u"X"), S(u"email address")),
          valueOption(S(u"messenger"), S(u"X"), S(u"chat or messenger handle")),
          valueOption(S(u"address"), S(u"X"), S(u"postal address")),
          valueOption(S(u"notes"), S(u"TEXT"), S(u"free notes"))},
         true,
         addPerson},
        {S(u"person list"), QString(), S(u"List the people directory."), {}, true, listPeople},
    };
}

} // namespace gonggu::cli
