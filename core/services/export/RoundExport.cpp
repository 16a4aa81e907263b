#include "RoundExport.h"

#include "ExportColumns.h"
#include "ExportDocuments.h"
#include "ExportSource.h"
#include "domain/Clock.h"
#include "domain/Errors.h"
#include "services/messages/MessageComposer.h"
#include "storage/ExportTemplateRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace gonggu {
namespace {

QString words(Language language, const char16_t *korean, const char16_t *english)
{
    return QString::fromUtf16(language == Language::Korean ? korean : english);
}

/** Why there is nothing to export, in the words of the kind. */
QString nothingToExport(const Round &round, ExportKind kind, bool paidOnly)
{
    // Whole sentences, so that a translation can order them as its language needs.
    const char *text = nullptr;
    switch (kind) {
    case ExportKind::Publisher:
        text = paidOnly
                   ? QT_TRANSLATE_NOOP("gonggu::RoundExport",
                                       "nothing to export: round '%1' has no confirmed orders paid in full with copies")
                   : QT_TRANSLATE_NOOP("gonggu::RoundExport",
                                       "nothing to export: round '%1' has no confirmed orders with copies");
        break;
    case ExportKind::Recipients:
        text = paidOnly
                   ? QT_TRANSLATE_NOOP(
                         "gonggu::RoundExport",
                         "nothing to export: round '%1' has no confirmed orders paid in full delivered by courier")
                   : QT_TRANSLATE_NOOP("gonggu::RoundExport",
                                       "nothing to export: round '%1' has no confirmed orders delivered by courier");
        break;
    case ExportKind::Handover:
        text = paidOnly
                   ? QT_TRANSLATE_NOOP(
                         "gonggu::RoundExport",
                         "nothing to export: round '%1' has no confirmed orders paid in full picked up at the meetup")
                   : QT_TRANSLATE_NOOP("gonggu::RoundExport",
                                       "nothing to export: round '%1' has no confirmed orders picked up at the meetup");
        break;
    }
    // The GUI installs the translation; the CLI speaks English.
    return QCoreApplication::translate("gonggu::RoundExport", text).arg(round.title);
}

/** "주문 22건 · 27권": how much the document covers (parcels, buyers at the meetup, orders). */
QString coverage(const ExportSource &source, ExportKind kind, Language language)
{
    const qint64 orders = source.orderCount();
    const qint64 copies = source.copyCount();
    if (language == Language::English) {
        const QLocale locale(QLocale::English, QLocale::UnitedStates);
        const QString unit = kind == ExportKind::Recipients ? QStringLiteral("parcel")
                             : kind == ExportKind::Handover ? QStringLiteral("buyer")
                                                            : QStringLiteral("order");
        const auto plural = [](qint64 count) { return count == 1 ? QString() : QStringLiteral("s"); };
        return QStringLiteral("%1 %2%3 · %4 cop%5")
            .arg(locale.toString(orders), unit, plural(orders), locale.toString(copies),
                 copies == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
    }
    const QLocale locale(QLocale::Korean, QLocale::SouthKorea);
    const QString label = kind == ExportKind::Recipients ? QStringLiteral("택배 %1건")
                          : kind == ExportKind::Handover ? QStringLiteral("수령 %1명")
                                                         : QStringLiteral("주문 %1건");
    return label.arg(locale.toString(orders)) + QStringLiteral(" · %1권").arg(locale.toString(copies));
}

QStringList details(const Round &round, const ExportTemplate &choice, const ExportSource &source, QDate today,
                    Language language)
{
    QStringList lines;
    if (!round.supplier.trimmed().isEmpty())
        lines << words(language, u"공급처: ", u"Supplier: ") + round.supplier.trimmed();
    lines << words(language, u"작성일: ", u"Date: ") + today.toString(Qt::ISODate);
    if (!choice.contact.trimmed().isEmpty())
        lines << words(language, u"담당: ", u"Contact: ") + choice.contact.trimmed();
    if (choice.kind == ExportKind::Handover && round.meetupAt.isValid()) {
        QString meetup = MessageComposer::formatTime(round.meetupAt, language);
        if (!round.meetupPlace.trimmed().isEmpty())
            meetup += QStringLiteral(", ") + round.meetupPlace.trimmed();
        lines << words(language, u"모임: ", u"Meetup: ") + meetup;
    }
    lines << coverage(source, choice.kind, language);
    if (choice.paidOnly)
        lines << words(language, u"입금 완료 주문만", u"Paid orders only");
    return lines;
}

} // namespace

QString RoundExport::documentTitle(ExportKind kind, Language language)
{
    switch (kind) {
    case ExportKind::Publisher:
        return words(language, u"출판사 주문서", u"Order list for the publisher");
    case ExportKind::Recipients:
        return words(language, u"택배 발송 목록", u"Shipping list");
    case ExportKind::Handover:
        return words(language, u"수령 확인표", u"Hand-over sheet");
    }
    return {};
}

ExportTemplate RoundExport::templateFor(const Round &round, ExportKind kind) const
{
    if (std::optional<ExportTemplate> saved = ExportTemplateRepository(m_workspace).find(round.supplier, kind)) {
        // Columns a later version dropped, or a hand-edited workspace's typos, fall back to the defaults.
        try {
            ExportColumns::check(kind, saved->columns);
        } catch (const InputError &) {
            saved->columns.clear();
        }
        return *saved;
    }
    ExportTemplate defaults;
    defaults.supplier = round.supplier.trimmed();
    defaults.kind = kind;
    return defaults;
}

void RoundExport::saveTemplate(const Round &round, const ExportTemplate &choice)
{
    ExportColumns::check(choice.kind, choice.columns);
    ExportTemplate stored = choice;
    stored.supplier = round.supplier.trimmed();
    ExportTemplateRepository(m_workspace).save(stored);
}

bool RoundExport::forgetTemplate(const Round &round, ExportKind kind)
{
    return ExportTemplateRepository(m_workspace).remove(round.supplier.trimmed(), kind);
}

TableDocument RoundExport::document(const Round &round, const ExportTemplate &choice, Language language) const
{
    ExportColumns::check(choice.kind, choice.columns);
    const ExportSource source(m_workspace, round, choice.kind, choice.paidOnly);

    TableDocument document;
    switch (choice.kind) {
    case ExportKind::Publisher:
        document.tables = publisherOrderList(source, choice.columns, language);
        break;
    case ExportKind::Recipients:
        document.tables = shippingList(source, choice.columns, language);
        break;
    case ExportKind::Handover:
        document.tables = handoverSheet(source, choice.columns, language);
        break;
    }
    if (document.isEmpty())
        throw InputError(nothingToExport(round, choice.kind, choice.paidOnly));

    const QDate today = m_clock.today();
    document.title = documentTitle(choice.kind, language);
    document.subtitle = round.title;
    document.details = details(round, choice, source, today, language);
    document.author = choice.contact.trimmed();
    document.date = today;
    return document;
}

void RoundExport::write(const Round &round, const ExportTemplate &choice, Language language, ExportFormat format,
                        const QString &path, const CsvFormat &csvFormat) const
{
    writeDocument(document(round, choice, language), format, path, csvFormat);
}

} // namespace gonggu
