#include "ui/mainwindow.h"
#include "core/common/version.h"
#include "ui/workspace.h"

#include "core/net/targetresolver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

// Without a display Qt would abort with a cryptic message; say what to do instead.
static bool hasDisplay()
{
#ifdef Q_OS_LINUX
    return std::getenv("DISPLAY") || std::getenv("WAYLAND_DISPLAY")
        || std::getenv("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

// EVENTSMITH_EXIT_AFTER_FIRST_PAINT=1 (bench_coldstart): print the time from main() to the first
// painted main window and quit.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(const QElapsedTimer &clock)
        : m_clock(clock)
    { }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint-ms %.1f\n", m_clock.nsecsElapsed() / 1e6);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

int main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    if (!hasDisplay()) {
        std::fputs("eventsmith: no display found (DISPLAY is not set).\n"
                   "  Run it under a virtual display: xvfb-run -a eventsmith\n"
                   "  or use the command-line twin: eventsmith-cli --help\n",
            stderr);
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Eventsmith"));
    QApplication::setOrganizationName(QStringLiteral("Eventsmith"));
    QApplication::setApplicationVersion(QStringLiteral(EVENTSMITH_VERSION));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Eventsmith: compose, send and replay events."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
        QStringLiteral("The SQLite store file (default: the user's data folder)."),
        QStringLiteral("file"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("The local receiver's port (default %1; a free one if taken).")
            .arg(TargetResolver::DefaultReceiverPort),
        QStringLiteral("port"));
    parser.addOptions({store, port});
    parser.process(app);
    Workspace::Options options;
    options.storePath = parser.value(store);
    if (parser.isSet(port))
        options.receiverPort = quint16(parser.value(port).toUInt());
    Workspace workspace(options);
    MainWindow window(workspace);
    FirstPaintProbe probe(started);
    if (qEnvironmentVariableIsSet("EVENTSMITH_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
