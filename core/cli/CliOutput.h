#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QIODevice;

namespace gonggu::cli {

enum class OutputFormat
{
    Table,
    Csv,
    Json
};

/** One printed row: keys in the order they are shown, values as JSON (numbers stay numbers). */
using Record = QList<QPair<QString, QJsonValue>>;

QJsonObject toJsonObject(const Record &record);

/** Writes command results to stdout as an aligned table, RFC 4180 CSV or one JSON document. */
class CliOutput
{
public:
    CliOutput(QIODevice &out, OutputFormat format) : m_out(out), m_format(format) {}

    OutputFormat format() const { return m_format; }

    /** A list of records (an empty list still prints the header in table and CSV form). Columns named
     *  in `moneyKeys` read "₩53,900" in a table; CSV and JSON keep plain whole won for scripts. */
    void printRecords(const QStringList &keys, const QList<Record> &records, const QStringList &moneyKeys = {});
    /** One object: JSON as given; CSV as key,value lines; table as the given human text. */
    void printObject(const QJsonObject &json, const Record &flat, const QString &tableText);
    /** The id of something just created: the bare number, or {"id": N}. */
    void printCreatedId(qint64 id);

    /** Terminal columns a string takes (Hangul and other wide characters take two). */
    static int displayWidth(const QString &text);

private:
    void write(const QString &text);
    static QString csvField(const QString &text);
    static QString cellText(const QJsonValue &value, bool asMoney = false);

    QIODevice &m_out;
    OutputFormat m_format;
};

} // namespace gonggu::cli
