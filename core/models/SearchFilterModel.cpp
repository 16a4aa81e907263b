#include "SearchFilterModel.h"

#include <algorithm>

namespace gonggu {
namespace {

// The 19 initial consonants of modern Hangul syllables, as compatibility jamo (what a keyboard types).
constexpr char16_t initialConsonants[] = u"ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
constexpr char16_t firstSyllable = 0xAC00;
constexpr char16_t lastSyllable = 0xD7A3;
constexpr int syllablesPerInitial = 21 * 28; // medial vowels × final consonants

// Between fields, so that a search never matches across two of them.
constexpr QChar fieldSeparator = QChar(0x1F);

bool isSyllable(QChar c)
{
    return c.unicode() >= firstSyllable && c.unicode() <= lastSyllable;
}

/** Appends the initial consonants of the text's Hangul syllables (other characters as they are, spaces left
 *  out) and a separator, when it has any syllable. */
void appendInitials(QString &key, const QString &text)
{
    if (std::none_of(text.begin(), text.end(), isSyllable))
        return;
    for (const QChar c : text) {
        if (isSyllable(c))
            key += QChar(initialConsonants[(c.unicode() - firstSyllable) / syllablesPerInitial]);
        else if (!c.isSpace())
            key += c;
    }
    key += fieldSeparator;
}

/** Appends the text's digits and a separator, when it has digits and other characters too. */
void appendDigits(QString &key, const QString &text)
{
    const auto digits = std::count_if(text.begin(), text.end(), [](QChar c) { return c.isDigit(); });
    if (digits == 0 || digits == text.size())
        return;
    for (const QChar c : text) {
        if (c.isDigit())
            key += c;
    }
    key += fieldSeparator;
}

} // namespace

SearchFilterModel::SearchFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    // Hangul names sort by the user's collation, not by UTF-16 code units.
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterRole(SearchKeyRole);
}

void SearchFilterModel::setSearchText(const QString &text)
{
    const QString needle = normalizedNeedle(text);
    if (needle == m_needle)
        return;
    m_needle = needle;
    refilter();
}

void SearchFilterModel::refilter()
{
    // invalidateFilter() announces every run of rows that comes or goes on its own, and views handle each one:
    // a keystroke that hid four buyers in five, scattered over 100,000 rows, took seconds. One layout change
    // (the view keeps its selection through it) costs a pass over the rows instead.
    invalidate();
}

QString SearchFilterModel::searchKey(const QStringList &fields)
{
    // Built for every row of a table when it is first searched (100,000 of them): one string, grown in place.
    qsizetype room = 0; // the folded text and its digits or initials, usually
    for (const QString &field : fields)
        room += 2 * field.size() + 3;
    QString key;
    key.reserve(room);
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        key += field.toCaseFolded(); // shares the field's text when folding changes nothing
        key += fieldSeparator;
        appendDigits(key, field);
        appendInitials(key, field);
    }
    return key;
}

QString SearchFilterModel::normalizedNeedle(const QString &text)
{
    return text.simplified().toCaseFolded();
}

bool SearchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return sourceModel()->data(index, SearchKeyRole).toString().contains(m_needle);
}

} // namespace gonggu
