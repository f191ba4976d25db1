#include "mainwindow.h"
#include "workspace.h"

#include <QApplication>
#include <QCommandLineParser>

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

int main(int argc, char **argv)
{
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
    parser.setApplicationDescription(QStringLiteral("Eventsmith: compose, send and replay events."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
        QStringLiteral("The SQLite store file (default: the user's data folder)."),
        QStringLiteral("file"));
    const QCommandLineOption port(QStringLiteral("port"),
        QStringLiteral("The local receiver's port (default 8787; a free one if taken)."),
        QStringLiteral("port"));
    parser.addOptions({store, port});
    parser.process(app);
    Workspace::Options options;
    options.storePath = parser.value(store);
    if (parser.isSet(port))
        options.receiverPort = quint16(parser.value(port).toUInt());
    Workspace workspace(options);
    MainWindow window(workspace);
    window.show();
    return app.exec();
}
