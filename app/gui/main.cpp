#include "mainwindow.h"

#include <QApplication>

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
    MainWindow window;
    window.show();
    return app.exec();
}
