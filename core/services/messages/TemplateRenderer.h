#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace gonggu {

/** What a template's {placeholders} stand for in one message: name → text. A name that is absent (or maps
 *  to empty text) has no data for this message, e.g. {tracking} before a parcel was sent. */
using PlaceholderValues = QHash<QString, QString>;

/** A template filled in, with what kept it from being complete. */
struct RenderedText
{
    QString text;
    /** {names} the renderer does not know (typos, or a brace left open: "{nickname"), in order of appearance.
     *  They are left in the text as written. A message with any is an error: show it, never send it. */
    QStringList unknownPlaceholders;
    /** Known {names} with no data for this message; each renders as empty text. A warning to show next to the
     *  message (the coordinator decides whether it can go out), not an error. */
    QStringList missingPlaceholders;

    bool hasErrors() const { return !unknownPlaceholders.isEmpty(); }
};

/** Fills {placeholders} in message templates. "{{" writes a "{" and "}}" a "}"; a lone "}" is plain text.
 *  A name may have spaces around it ("{ nickname }"); names are ASCII letters, digits and "_". */
class TemplateRenderer
{
public:
    /** Every placeholder a template may use, in the order help texts list them. */
    static QStringList knownPlaceholders();
    static bool isKnown(const QString &name);

    static RenderedText render(const QString &templateText, const PlaceholderValues &values);
    /** The unknown placeholders of a template, without rendering it (to refuse saving a template). */
    static QStringList unknownPlaceholders(const QString &templateText);
    /** One line naming them for the user: "unknown placeholder {typo} (known: {nickname}, …)". */
    static QString describeUnknown(const QStringList &unknown);
};

} // namespace gonggu
