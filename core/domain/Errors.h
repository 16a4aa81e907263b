#pragma once

#include <QString>

#include <stdexcept>

namespace gonggu {

/** Base of Gonggu's errors; the message is meant for the user, in one line. */
class Error : public std::runtime_error
{
public:
    explicit Error(const QString &message) : std::runtime_error(message.toStdString()), m_message(message) {}
    const QString &message() const { return m_message; }

private:
    QString m_message;
};

/** The user asked for something invalid (bad value, unknown name, refused file): nothing was changed. */
class InputError : public Error
{
public:
    using Error::Error;
};

/** A shared workspace's server asked for a password that was not given (nor found in PGPASSWORD or
 *  ~/.pgpass): the caller may ask the user for one and try again. */
class PasswordRequired : public InputError
{
public:
    using InputError::InputError;
};

/** Another coordinator changed the row after this one read it (a shared workspace, or the command line beside a
 *  window): the change was refused, nothing was written; reload and try again. */
class ConflictError : public InputError
{
public:
    using InputError::InputError;
};

/** Storage or I/O failed underneath a valid request: a bug or a broken disk, not the user's fault. */
class StorageError : public Error
{
public:
    using Error::Error;
};

} // namespace gonggu
