// gonggu-gui-timings: what the user waits for in the window, timed; prints one "name value unit" line per
// figure and asserts nothing (budgets and results: docs/PERFORMANCE.md).
//
//   gonggu-gui-timings --workspace FILE [--round ID] [--lang ko|en] [--launched-at NS] [--screenshot FILE]
//
// Opens the workspace in the main window as the app does (with settings of its own, so a first start) and
// times the window's first paint. With --round it then shows that round (100,000 buyers in the scale demo)
// and times the orders table's first paint, search keystrokes, and reads the memory taken. --launched-at is
// the wall clock (ns since the epoch) when the caller started this process, so that loading the program
// counts too.

#include "AppIdentity.h"
#include "AppLanguage.h"
#include "MainWindow.h"
#include "OrdersPage.h"
#include "RoundPane.h"
#include "RoundSidebar.h"
#include "WorkspaceSession.h"
#include "models/OrdersTableModel.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QIcon>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%-28s %10.1f %s\n", name, value, unit);
    std::fflush(stdout);
}

/** Runs the event loop until `widget` has been painted (the whole repaint it was part of included). */
class PaintWait : public QObject
{
public:
    explicit PaintWait(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintWait() override { m_widget->removeEventFilter(this); }

    /** False when nothing was painted within the time limit. */
    bool wait(int timeoutMs = 120'000)
    {
        if (m_painted)
            return true;
        QTimer::singleShot(timeoutMs, &m_loop, &QEventLoop::quit);
        m_loop.exec();
        return m_painted;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget && event->type() == QEvent::Paint) {
            m_painted = true;
            m_loop.quit(); // takes effect once this repaint (and its flush) is done
        }
        return false;
    }

private:
    QWidget *m_widget;
    QEventLoop m_loop;
    bool m_painted = false;
};

/** The kB of a "VmRSS:"-style line of /proc/self/status. */
double statusKb(const QByteArray &key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toDouble();
    }
    return -1;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

/** Types `keys` into the search field one at a time and returns the milliseconds from each key press to the
 *  orders table painted with the rows it leaves (or, when nothing on screen changed, to the filtering done). */
std::vector<double> typeKeys(QLineEdit *search, QWidget *viewport, const std::vector<QString> &keys)
{
    std::vector<double> times;
    for (const QString &key : keys) {
        PaintWait painted(viewport);
        QElapsedTimer timer;
        timer.start();
        if (key == u"\b") {
            QTest::keyClick(search, Qt::Key_Backspace);
        } else if (key.front().unicode() < 0x80) {
            QTest::keyClicks(search, key);
        } else {
            // Hangul comes from an input method, which commits each syllable whole.
            QInputMethodEvent commit;
            commit.setCommitString(key);
            QApplication::sendEvent(search, &commit);
        }
        const double filtered = double(timer.nsecsElapsed()) / 1e6;
        times.push_back(painted.wait(500) ? double(timer.nsecsElapsed()) / 1e6 : filtered);
    }
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // A first start: settings (window geometry, last round, recent files) of this run only.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));

    QApplication app(argc, argv);
    gonggu::setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Gonggu"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gonggu.svg")));

    QCommandLineParser parser;
    const QCommandLineOption workspaceOption(QStringLiteral("workspace"), QStringLiteral("Workspace file."),
                                             QStringLiteral("file"));
    const QCommandLineOption roundOption(QStringLiteral("round"), QStringLiteral("Round to show and time."),
                                         QStringLiteral("id"));
    const QCommandLineOption languageOption(QStringLiteral("lang"), QStringLiteral("ko or en."),
                                            QStringLiteral("language"), QStringLiteral("ko"));
    const QCommandLineOption launchedOption(
        QStringLiteral("launched-at"), QStringLiteral("When the caller started this process (ns since the epoch)."),
        QStringLiteral("ns"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"), QStringLiteral("Save the window as a PNG at the end."), QStringLiteral("file"));
    parser.addOptions({workspaceOption, roundOption, languageOption, launchedOption, screenshotOption});
    parser.addHelpOption();
    parser.process(app);
    if (!parser.isSet(workspaceOption)) {
        std::fprintf(stderr, "--workspace FILE is required\n");
        return 2;
    }
    gonggu::installTranslations(gonggu::AppLanguage::localeFor(parser.value(languageOption)));

    // What gui_main does: open the workspace, make the window, show it.
    auto *window = new gonggu::MainWindow(std::make_unique<gonggu::Workspace>(parser.value(workspaceOption)));
    window->setAttribute(Qt::WA_DeleteOnClose);
    const double constructed = double(sinceMain.nsecsElapsed()) / 1e6;
    {
        PaintWait painted(window);
        window->show();
        painted.wait();
    }
    const double shown = double(sinceMain.nsecsElapsed()) / 1e6;
    const auto shownAt = std::chrono::system_clock::now();
    print("startup_main_to_window", shown, "ms");
    print("startup_window_built", constructed, "ms");
    if (parser.isSet(launchedOption)) {
        const double launchedNs = parser.value(launchedOption).toDouble();
        const double shownNs =
            double(std::chrono::duration_cast<std::chrono::nanoseconds>(shownAt.time_since_epoch()).count());
        print("startup_exec_to_window", (shownNs - launchedNs) / 1e6, "ms");
    }
    print("startup_rss", statusKb("VmRSS:") / 1024, "MB");

    if (parser.isSet(roundOption)) {
        const gonggu::RoundId round = parser.value(roundOption).toLongLong();
        gonggu::OrdersPage *orders = window->roundPane()->pages().orders;
        QWidget *viewport = orders->table()->viewport();
        window->roundPane()->tabs()->setCurrentWidget(orders);
        QApplication::processEvents();
        {
            PaintWait painted(viewport);
            QElapsedTimer timer;
            timer.start();
            if (!window->sidebar()->selectRound(round)) {
                std::fprintf(stderr, "the workspace has no round %lld\n", static_cast<long long>(round));
                return 2;
            }
            painted.wait();
            print("orders_first_paint", double(timer.nsecsElapsed()) / 1e6, "ms");
        }
        print("orders_rows", orders->table()->model()->rowCount(), "rows");

        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchField"));
        search->setFocus();
        const std::vector<double> first = typeKeys(search, viewport, {QStringLiteral("b")});
        // "buyer012", all of it taken back, then a name as an input method commits it, a syllable at a time.
        const std::vector<QString> typed{QStringLiteral("u"),  QStringLiteral("y"),  QStringLiteral("e"),
                                         QStringLiteral("r"),  QStringLiteral("0"),  QStringLiteral("1"),
                                         QStringLiteral("2"),  QStringLiteral("\b"), QStringLiteral("\b"),
                                         QStringLiteral("\b"), QStringLiteral("\b"), QStringLiteral("\b"),
                                         QStringLiteral("\b"), QStringLiteral("\b"), QStringLiteral("\b"),
                                         QStringLiteral("김"), QStringLiteral("민"), QStringLiteral("준")};
        const std::vector<double> typing = typeKeys(search, viewport, typed);
        std::fprintf(stderr, "keystrokes (ms):");
        for (const double time : typing)
            std::fprintf(stderr, " %.1f", time);
        std::fprintf(stderr, "\n");
        print("filter_first_keystroke", first.front(), "ms");
        print("filter_keystroke_median", median(typing), "ms");
        print("filter_keystroke_max", *std::max_element(typing.begin(), typing.end()), "ms");
        print("filter_rows_for_kim_min_jun", orders->table()->model()->rowCount(), "rows");
        {
            PaintWait painted(viewport);
            QElapsedTimer timer;
            timer.start();
            search->clear();
            painted.wait(500);
            print("filter_clear", double(timer.nsecsElapsed()) / 1e6, "ms");
        }

        // The same typing with the table sorted by name, as a coordinator looking someone up may have it.
        {
            PaintWait painted(viewport);
            QElapsedTimer timer;
            timer.start();
            orders->table()->sortByColumn(orders->ordersModel()->section(gonggu::OrdersTableModel::Column::Name),
                                          Qt::AscendingOrder);
            painted.wait(500);
            print("sort_by_name", double(timer.nsecsElapsed()) / 1e6, "ms");
        }
        std::vector<double> sorted = typeKeys(search, viewport, typed);
        print("sorted_filter_keystroke_median", median(sorted), "ms");
        print("sorted_filter_keystroke_max", *std::max_element(sorted.begin(), sorted.end()), "ms");
        search->clear();

        // Another coordinator changed the workspace: the showing page and the round list read it again.
        {
            PaintWait painted(viewport);
            QElapsedTimer timer;
            timer.start();
            window->session().reloadEverything();
            painted.wait(500);
            print("outside_change_reload", double(timer.nsecsElapsed()) / 1e6, "ms");
        }
    }
    print("rss", statusKb("VmRSS:") / 1024, "MB");
    print("peak_rss", statusKb("VmHWM:") / 1024, "MB");
    // Of the resident memory, what the program allocated, and pages of files it maps (libraries, the
    // workspace through SQLite's memory map: shared with the page cache, given back under pressure).
    print("rss_anonymous", statusKb("RssAnon:") / 1024, "MB");
    print("rss_file_mapped", statusKb("RssFile:") / 1024, "MB");

    if (parser.isSet(screenshotOption))
        window->grab().save(parser.value(screenshotOption));
    window->close();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return 0;
}
