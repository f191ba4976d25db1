#include "core/common/version.h"
#include "ui/mainwindow.h"
#include "ui/singleinstance.h"
#include "ui/widgets/wheelguard.h"
#include "ui/workspace.h"

#include "core/net/targetresolver.h"
#include "core/storage/storelocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

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

// The app speaks the first of the user's languages (LANGUAGE, then LC_MESSAGES/LANG) that it has a
// translation for, and Qt's own dialogs follow it when the system has Qt's translations. English,
// the language of the sources, stays when it comes first or nothing fits.
static void installTranslations(QTranslator &app, QTranslator &qt)
{
    for (const QString &language : QLocale().uiLanguages()) {
        const QLocale locale(language);
        if (locale.language() == QLocale::English)
            return;
        if (!app.load(locale, QStringLiteral("eventsmith"), QStringLiteral("_"),
                QStringLiteral(":/i18n")))
            continue;
        QCoreApplication::installTranslator(&app);
        if (qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        return;
    }
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

// One app per store: a second start brings the first to the front and ends (exit code 0), or
// says why it cannot. -1: this process runs the store.
int handOff(SingleInstance &instance)
{
    switch (instance.claim()) {
    case SingleInstance::Claim::Mine:
        return -1;
    case SingleInstance::Claim::HandedOff:
        std::fputs(qPrintable(QCoreApplication::translate("main",
                       "eventsmith: already running on this store; its window was brought to "
                       "the front.\n")),
            stderr);
        return 0;
    case SingleInstance::Claim::Unanswered:
        break;
    }
    std::fputs(qPrintable(QCoreApplication::translate("main",
                   "eventsmith: another Eventsmith (process %1) holds this store but does not "
                   "answer. Close it, or start with --store FILE for another store.\n")
                              .arg(instance.holderPid())),
        stderr);
    return 1;
}

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
    WheelGuard::install(&app);
    QTranslator appTranslations;
    QTranslator qtTranslations;
    installTranslations(appTranslations, qtTranslations);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Eventsmith: compose, send and replay events."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(QStringLiteral("store"),
        QCoreApplication::translate(
            "main", "The SQLite store file (default: the user's data folder)."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption port(QStringLiteral("port"),
        QCoreApplication::translate(
            "main", "The local receiver's port (default %1; a free one if taken).")
            .arg(TargetResolver::DefaultReceiverPort),
        QCoreApplication::translate("main", "port"));
    parser.addOptions({store, port});
    parser.process(app);
    Workspace::Options options;
    options.storePath = parser.value(store);
    if (parser.isSet(port))
        options.receiverPort = quint16(parser.value(port).toUInt());
    SingleInstance instance(
        options.storePath.isEmpty() ? StoreLocation::defaultPath() : options.storePath);
    if (const int handedOff = handOff(instance); handedOff >= 0)
        return handedOff;
    Workspace workspace(options);
    MainWindow window(workspace);
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    FirstPaintProbe probe(started);
    if (qEnvironmentVariableIsSet("EVENTSMITH_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&probe);
    window.show();
    return app.exec();
}
