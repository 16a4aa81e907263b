#include "CliOutput.h"

#include "domain/Money.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace gonggu::cli {
namespace {

bool isWide(char32_t c)
{
    // East Asian Wide and Fullwidth ranges that matter here: Hangul Jamo and syllables, CJK, full-width forms.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

QJsonObject toJsonObject(const Record &record)
{
    QJsonObject object;
    for (const auto &[key, value] : record)
        object.insert(key, value);
    return object;
}

int CliOutput::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void CliOutput::write(const QString &text)
{
    m_out.write(text.toUtf8());
}

QString CliOutput::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString CliOutput::cellText(const QJsonValue &value, bool asMoney)
{
    if (asMoney && value.isDouble())
        return Money::won(value.toInteger()).format(false);
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    case QJsonValue::Double:
        return QString::number(value.toInteger());
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QString::fromUtf8(
            QJsonDocument(value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject()))
                .toJson(QJsonDocument::Compact));
    }
    return {};
}

void CliOutput::printRecords(const QStringList &keys, const QList<Record> &records, const QStringList &moneyKeys)
{
    if (m_format == OutputFormat::Json) {
        QJsonArray array;
        for (const Record &record : records)
            array.append(toJsonObject(record));
        write(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return;
    }

    QList<QStringList> rows;
    for (const Record &record : records) {
        const QJsonObject object = toJsonObject(record);
        QStringList cells;
        for (const QString &key : keys)
            cells << cellText(object.value(key), m_format == OutputFormat::Table && moneyKeys.contains(key));
        rows << cells;
    }

    if (m_format == OutputFormat::Csv) {
        QStringList header;
        for (const QString &key : keys)
            header << csvField(key);
        QString text = header.join(u',') + QStringLiteral("\r\n");
        for (const QStringList &cells : rows) {
            QStringList fields;
            for (const QString &cell : cells)
                fields << csvField(cell);
            text += fields.join(u',') + QStringLiteral("\r\n");
        }
        write(text);
        return;
    }

    // Table: columns padded to the widest cell; numbers right-aligned.
    QList<int> widths;
    QList<bool> numeric;
    for (qsizetype c = 0; c < keys.size(); ++c) {
        int width = displayWidth(keys[c]);
        bool allNumbers = !records.isEmpty();
        for (qsizetype r = 0; r < rows.size(); ++r) {
            width = std::max(width, displayWidth(rows[r][c]));
            const QJsonValue value = toJsonObject(records[r]).value(keys[c]);
            allNumbers = allNumbers && (value.isDouble() || value.isNull());
        }
        widths << width;
        numeric << allNumbers;
    }
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const QString padding(widths[c] - displayWidth(cells[c]), u' ');
            text += numeric[c] ? padding + cells[c] : cells[c] + padding;
            if (c + 1 < cells.size())
                text += QStringLiteral("  ");
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(keys);
    for (const QStringList &cells : rows)
        text += line(cells);
    if (records.isEmpty())
        text += QStringLiteral("(none)\n");
    write(text);
}

void CliOutput::printObject(const QJsonObject &json, const Record &flat, const QString &tableText)
{
    switch (m_format) {
    case OutputFormat::Json:
        write(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented)));
        return;
    case OutputFormat::Csv: {
        QString text = QStringLiteral("key,value\r\n");
        for (const auto &[key, value] : flat)
            text += csvField(key) + u',' + csvField(cellText(value)) + QStringLiteral("\r\n");
        write(text);
        return;
    }
    case OutputFormat::Table:
        write(tableText.endsWith(u'\n') ? tableText : tableText + u'\n');
        return;
    }
}

void CliOutput::printCreatedId(qint64 id)
{
    switch (m_format) {
    case OutputFormat::Json:
        write(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), id}}).toJson(QJsonDocument::Compact)) +
              u'\n');
        return;
    case OutputFormat::Csv:
        write(QStringLiteral("id\r\n%1\r\n").arg(id));
        return;
    case OutputFormat::Table:
        write(QStringLiteral("%1\n").arg(id));
        return;
    }
}

} // namespace gonggu::cli
