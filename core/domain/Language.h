#pragma once

#include <QString>

#include <optional>

namespace gonggu {

/** The language a text for people is written in: Korean first, English for the rest. */
enum class Language
{
    Korean,
    English
};

/** "ko" or "en", as the CLI and the workspace spell them. */
inline QString toKey(Language language)
{
    return language == Language::Korean ? QStringLiteral("ko") : QStringLiteral("en");
}

inline std::optional<Language> languageFromKey(const QString &key)
{
    if (key == u"ko")
        return Language::Korean;
    if (key == u"en")
        return Language::English;
    return std::nullopt;
}

} // namespace gonggu
