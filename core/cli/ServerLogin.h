#pragma once

#include <QString>

#include <memory>

class QIODevice;

namespace gonggu {
class Clock;
class Workspace;
} // namespace gonggu

namespace gonggu::cli {

/** Opens a workspace for a command line. When its server wants a password that neither the address, PGPASSWORD
 *  nor ~/.pgpass gives, it asks for one on the terminal (without echo) and tries once more; with no terminal to
 *  ask on (a script, cron) it says where the password goes. The password is never printed nor kept. */
class ServerLogin
{
public:
    ServerLogin(QIODevice &err, const Clock &clock) : m_err(err), m_clock(clock) {}

    /** A file path or a postgresql:// URL; InputError when refused, after the one retry. */
    std::unique_ptr<Workspace> open(const QString &location) const;

private:
    QIODevice &m_err;
    const Clock &m_clock;
};

} // namespace gonggu::cli
