#include "SearchFilterModel.h"

namespace gonggu {
namespace {

// The 19 initial consonants of modern Hangul syllables, as compatibility jamo (what a keyboard types).
constexpr char16_t initialConsonants[] = u"ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
constexpr char16_t firstSyllable = 0xAC00;
constexpr char16_t lastSyllable = 0xD7A3;
constexpr int syllablesPerInitial = 21 * 28; // medial vowels × final consonants

// Between fields, so that a search never matches across two of them.
constexpr QChar fieldSeparator = QChar(0x1F);

QString initialsOf(const QString &text)
{
    QString initials;
    bool anySyllable = false;
    for (const QChar c : text) {
        if (c.unicode() >= firstSyllable && c.unicode() <= lastSyllable) {
            initials += QChar(initialConsonants[(c.unicode() - firstSyllable) / syllablesPerInitial]);
            anySyllable = true;
        } else if (!c.isSpace()) {
            initials += c;
        }
    }
    return anySyllable ? initials : QString();
}

QString digitsOf(const QString &text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
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
    invalidateFilter();
}

QString SearchFilterModel::searchKey(const QStringList &fields)
{
    QString key;
    for (const QString &field : fields) {
        if (field.isEmpty())
            continue;
        key += field.toCaseFolded() + fieldSeparator;
        const QString digits = digitsOf(field);
        if (!digits.isEmpty() && digits.size() != field.size())
            key += digits + fieldSeparator;
        const QString initials = initialsOf(field);
        if (!initials.isEmpty())
            key += initials + fieldSeparator;
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
