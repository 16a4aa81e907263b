#include "XlsReader.h"

#include "InputFile.h"
#include "XlsxCellFormat.h"
#include "domain/Errors.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>

#include <freexl.h>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <functional>
#include <optional>

namespace gonggu {

namespace {

// Excel's own sheet size; FreeXL allocates every cell of the sheet's stated size.
constexpr unsigned int maxRows = 1048576;

QString notReadable(const QString &name, const QString &detail)
{
    return QStringLiteral("%1 is not a readable Excel 97-2003 workbook: %2").arg(name, detail);
}

QString passwordProtected(const QString &name)
{
    return QStringLiteral("%1 is protected by a password; open it in Excel, remove the password and save it again")
        .arg(name);
}

QByteArray utf16le(QStringView text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

// Excel 2007 and later save a workbook with a password to open as an OLE file whose EncryptedPackage
// stream holds the encrypted .xlsx; the stream's name is in the OLE directory as UTF-16.
bool isEncryptedPackage(const QByteArray &bytes)
{
    static const QByteArray streamName = utf16le(u"EncryptedPackage");
    return bytes.contains(streamName);
}

// Excel writes a FILEPASS record (0x002F) right after the workbook globals' BOF when the workbook has a
// password to open, and scrambles what follows. FreeXL notices it only sometimes (it decrypts nothing),
// so look for it first. The stream's first sector is contiguous in the file, BOF included.
bool hasFilePassRecord(const QByteArray &bytes)
{
    // BOF: record 0x0809 with 16 (BIFF8) or 8 (BIFF5) bytes, version 0x0600 or 0x0500, type 5 (globals).
    static const QByteArray biff8Globals("\x09\x08\x10\x00\x00\x06\x05\x00", 8);
    static const QByteArray biff5Globals("\x09\x08\x08\x00\x00\x05\x05\x00", 8);
    static const QByteArray filePass("\x2F\x00", 2);
    const auto followedByFilePass = [&](const QByteArray &bof, qsizetype bofSize) {
        const qsizetype at = bytes.indexOf(bof);
        return at >= 0 && bytes.mid(at + bofSize, 2) == filePass;
    };
    return followedByFilePass(biff8Globals, 20) || followedByFilePass(biff5Globals, 12);
}

/** Owns a FreeXL workbook handle. FreeXL asks for freexl_close even after a failed freexl_open. */
class FreeXlWorkbook
{
public:
    explicit FreeXlWorkbook(const QByteArray &localPath) : m_status(freexl_open(localPath.constData(), &m_handle)) {}
    ~FreeXlWorkbook()
    {
        if (m_handle)
            freexl_close(m_handle);
    }
    FreeXlWorkbook(const FreeXlWorkbook &) = delete;
    FreeXlWorkbook &operator=(const FreeXlWorkbook &) = delete;

    // FreeXL 1.0.6 gives up on some damaged files with FREEXL_OK and no handle.
    bool isOpen() const { return m_status == FREEXL_OK && m_handle; }
    int status() const { return m_status; }
    const void *handle() const { return m_handle; }

private:
    const void *m_handle = nullptr;
    int m_status = FREEXL_OK;
};

QString damagedOrIncomplete()
{
    return QStringLiteral("it is damaged or incomplete");
}

QString openFailure(int status)
{
    switch (status) {
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QStringLiteral("it is an Office file with no workbook in it (a Word document?)");
    case FREEXL_INSUFFICIENT_MEMORY:
        return QStringLiteral("it is too large to read");
    case FREEXL_INVALID_CHARACTER:
    case FREEXL_UNSUPPORTED_CHARSET:
        return QStringLiteral("its text is in an encoding Gonggu cannot read");
    default:
        return damagedOrIncomplete();
    }
}

QString cellText(const FreeXL_CellValue &value)
{
    switch (value.type) {
    case FREEXL_CELL_INT:
        return QString::number(value.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return XlsxCellFormat::numberText(value.value.double_value);
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT:
    case FREEXL_CELL_DATE:     // "2026-11-02", as XlsxReader writes dates
    case FREEXL_CELL_DATETIME: // "2026-11-02 10:11:12"
    case FREEXL_CELL_TIME:     // "10:11:12"
        return value.value.text_value ? QString::fromUtf8(value.value.text_value) : QString();
    default:
        return {};
    }
}

/** What the child process hands back: the first sheet, or the reason it could not be read. */
struct FirstSheet
{
    QString error;
    QString name;
    std::vector<SheetRow> rows;
};

FirstSheet readFirstSheet(const QByteArray &localPath, const QString &sourceName)
{
    FirstSheet sheet;
    const auto refuse = [&](const QString &message) {
        sheet.error = message;
        return sheet;
    };
    const FreeXlWorkbook book(localPath);
    if (!book.isOpen())
        return refuse(notReadable(sourceName, openFailure(book.status())));
    const void *handle = book.handle();
    unsigned int info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info != FREEXL_BIFF_PLAIN)
        return refuse(passwordProtected(sourceName));
    if (freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &info) != FREEXL_OK || info == 0)
        return refuse(notReadable(sourceName, QStringLiteral("it has no worksheet")));
    const char *name = nullptr;
    if (freexl_get_worksheet_name(handle, 0, &name) == FREEXL_OK && name)
        sheet.name = QString::fromUtf8(name);

    unsigned int rowCount = 0;
    unsigned short columnCount = 0;
    if (freexl_select_active_worksheet(handle, 0) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle, &rowCount, &columnCount) != FREEXL_OK || rowCount > maxRows)
        return refuse(notReadable(sourceName, damagedOrIncomplete()));
    for (unsigned int row = 0; row < rowCount; ++row) {
        QStringList cells;
        for (unsigned short column = 0; column < columnCount; ++column) {
            FreeXL_CellValue value;
            if (freexl_get_cell_value(handle, row, column, &value) != FREEXL_OK)
                return refuse(notReadable(sourceName, damagedOrIncomplete()));
            QString text = cellText(value);
            if (text.isEmpty())
                continue;
            while (cells.size() < column)
                cells.append(QString());
            cells.append(std::move(text));
        }
        if (!std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); }))
            sheet.rows.push_back(SheetRow{int(row) + 1, std::move(cells)});
    }
    return sheet;
}

QByteArray encode(const FirstSheet &sheet)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << sheet.error << sheet.name << quint32(sheet.rows.size());
    for (const SheetRow &row : sheet.rows)
        out << qint32(row.line) << row.cells;
    return bytes;
}

std::optional<FirstSheet> decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    FirstSheet sheet;
    quint32 count = 0;
    in >> sheet.error >> sheet.name >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint32 line = 0;
        QStringList cells;
        in >> line >> cells;
        sheet.rows.push_back(SheetRow{line, std::move(cells)});
    }
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    return sheet;
}

/** A file descriptor closed at scope exit. */
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() { ::close(m_fd); }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

/** A forked child, killed and reaped at scope exit unless it has been waited for. */
class ChildProcess
{
public:
    explicit ChildProcess(pid_t pid) : m_pid(pid) {}
    ~ChildProcess()
    {
        if (m_pid > 0) {
            ::kill(m_pid, SIGKILL);
            wait();
        }
    }
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    /** Waits for the child to end; true when it exited with status 0. */
    bool wait()
    {
        int status = 0;
        pid_t result = 0;
        do {
            result = ::waitpid(m_pid, &status, 0);
        } while (result < 0 && errno == EINTR);
        m_pid = 0;
        return result > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    }

private:
    pid_t m_pid;
};

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

[[noreturn]] void runChild(int fd, const std::function<QByteArray()> &job)
{
    // A crash here is expected for some damaged files: die quietly, without a core dump of the user's
    // statement and without the parent's crash handlers.
    const rlimit noCore{0, 0};
    ::setrlimit(RLIMIT_CORE, &noCore);
    for (const int crash : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT})
        ::signal(crash, SIG_DFL);
    int status = 1;
    try {
        status = writeAll(fd, job()) ? 0 : 1;
    } catch (...) {
    }
    // _exit: no atexit handlers, no destructors of the parent's objects, no flushing of its buffers.
    ::_exit(status);
}

/** What a job run in a child process produced: its output, or how the child failed. */
struct ChildOutput
{
    std::optional<QByteArray> bytes; // nothing when the child crashed or did not finish
    bool timedOut = false;
};

// Runs \a job in a forked child and returns what it wrote, unless the child crashed or ran past
// \a timeoutMs. The child only runs the job, writes to a pipe and exits.
ChildOutput runInChild(const std::function<QByteArray()> &job, const QString &name, int timeoutMs)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        throw StorageError(QStringLiteral("cannot read %1: %2").arg(name, qt_error_string(errno)));
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        runChild(fds[1], job);
    }
    const int forkError = errno;
    ::close(fds[1]);
    const FileDescriptor output(fds[0]);
    if (pid < 0)
        throw StorageError(QStringLiteral("cannot read %1: %2").arg(name, qt_error_string(forkError)));
    ChildProcess child(pid);

    QByteArray bytes;
    const QDeadlineTimer deadline(timeoutMs);
    char chunk[64 * 1024];
    for (;;) {
        pollfd ready{output.get(), POLLIN, 0};
        const int polled = ::poll(&ready, 1, int(deadline.remainingTime()));
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled <= 0)
            return ChildOutput{std::nullopt, polled == 0}; // the child is killed on the way out
        const ssize_t got = ::read(output.get(), chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return {};
        if (got == 0)
            break;
        bytes.append(chunk, got);
    }
    if (!child.wait())
        return {};
    return ChildOutput{std::move(bytes), false};
}

} // namespace

bool XlsReader::isCompoundFile(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

SheetData XlsReader::readBytes(const QByteArray &bytes, const QString &sourceName, const XlsLimits &limits)
{
    const QString name = sourceName.isEmpty() ? QStringLiteral("the file") : sourceName;
    if (bytes.isEmpty())
        throw InputError(QStringLiteral("%1 is empty").arg(name));
    if (!isCompoundFile(bytes))
        throw InputError(notReadable(name, QStringLiteral("it is not an Excel 97-2003 file")));
    if (isEncryptedPackage(bytes) || hasFilePassRecord(bytes))
        throw InputError(passwordProtected(name));

    // FreeXL reads only from a path. The copy may hold a bank statement: QTemporaryFile creates it
    // readable by the user alone, and removes it.
    QTemporaryFile copy(QDir::tempPath() + QStringLiteral("/gonggu-XXXXXX.xls"));
    if (!copy.open() || copy.write(bytes) != bytes.size() || !copy.flush())
        throw StorageError(QStringLiteral("cannot make a temporary copy of %1: %2").arg(name, copy.errorString()));
    const QByteArray localPath = QFile::encodeName(copy.fileName());

    const ChildOutput output =
        runInChild([&] { return encode(readFirstSheet(localPath, name)); }, name, limits.timeoutMs);
    if (output.timedOut)
        throw InputError(notReadable(name, QStringLiteral("reading it took longer than %1 seconds (it may be damaged)")
                                               .arg(limits.timeoutMs / 1000.0)));
    auto sheet = output.bytes ? decode(*output.bytes) : std::nullopt;
    if (!sheet)
        throw InputError(notReadable(name, damagedOrIncomplete()));
    if (!sheet->error.isEmpty())
        throw InputError(sheet->error);
    if (sheet->rows.empty())
        throw InputError(QStringLiteral("%1: the first sheet, '%2', is empty (Gonggu reads only the first sheet)")
                             .arg(name, sheet->name));
    return SheetData{std::move(sheet->rows), QStringLiteral("XLS")};
}

SheetData XlsReader::readFile(const QString &path)
{
    return readBytes(InputFile::readAll(path), InputFile::displayName(path));
}

} // namespace gonggu
