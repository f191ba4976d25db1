#pragma once

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

// A real X session for journey tests: Xvfb with a window manager (openbox), driven with real
// keyboard, mouse and wheel input through xdotool, as a person at the screen would. Offscreen
// tests cannot see focus, wheel or window-manager behaviour; these can.
class XSession final
{
public:
    XSession() = default;
    XSession(const XSession &) = delete;
    XSession &operator=(const XSession &) = delete;
    ~XSession() { stop(); }

    // What is missing to run (empty when the tools are installed).
    static QString missingTools()
    {
        QStringList missing;
        for (const char *tool : {"Xvfb", "openbox", "xdotool"})
            if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
                missing << QLatin1String(tool);
        return missing.join(QStringLiteral(", "));
    }

    // Starts Xvfb on a free display with a screen of `size` ("1280x800") and openbox on it, and
    // points DISPLAY there for this process and the ones it starts.
    bool start(const QString &size = QStringLiteral("1280x800"))
    {
        for (int n = 140 + int(QCoreApplication::applicationPid() % 300); n < 900; ++n) {
            if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(n)))
                continue;
            m_display = QStringLiteral(":%1").arg(n);
            m_server.start(QStringLiteral("Xvfb"),
                {m_display, QStringLiteral("-screen"), QStringLiteral("0"),
                    size + QStringLiteral("x24"), QStringLiteral("-nolisten"),
                    QStringLiteral("tcp")});
            if (waitFor([n] { return QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(n)); }))
                break;
            m_server.kill();
            m_server.waitForFinished();
        }
        if (m_server.state() != QProcess::Running)
            return false;
        qputenv("DISPLAY", m_display.toLatin1());
        m_windowManager.start(QStringLiteral("openbox"), {});
        QTest::qWait(500); // openbox takes the screen before the first window maps
        return m_windowManager.state() == QProcess::Running;
    }

    void stop()
    {
        for (QProcess *process : {&m_windowManager, &m_server}) {
            if (process->state() == QProcess::NotRunning)
                continue;
            process->terminate();
            if (!process->waitForFinished(3000))
                process->kill();
            process->waitForFinished();
        }
    }

    // Runs xdotool with `args`; its standard output, trimmed.
    static QString xdotool(const QStringList &args)
    {
        QProcess tool;
        tool.start(QStringLiteral("xdotool"), args);
        tool.waitForFinished(20000);
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    }

    // The visible top-level window of process `pid`, waiting up to 20 s for it.
    static QString windowOf(qint64 pid)
    {
        QString window;
        waitFor([&] {
            window = xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                 QStringLiteral("--pid"), QString::number(pid)})
                         .section(QLatin1Char('\n'), -1);
            return !window.isEmpty();
        });
        return window;
    }

    static void activate(const QString &window)
    {
        xdotool({QStringLiteral("windowactivate"), QStringLiteral("--sync"), window});
    }
    static void keys(const QStringList &keys)
    {
        xdotool(QStringList {QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("60")}
            + keys);
    }
    static void type(const QString &text)
    {
        xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("20"),
            QStringLiteral("--"), text});
    }
    // `steps` wheel notches down at (x, y) on the screen (negative: up).
    static void wheel(const QPoint &at, int steps)
    {
        xdotool({QStringLiteral("mousemove"), QString::number(at.x()), QString::number(at.y()),
            QStringLiteral("click"), QStringLiteral("--repeat"), QString::number(qAbs(steps)),
            QStringLiteral("--delay"), QStringLiteral("40"),
            steps > 0 ? QStringLiteral("5") : QStringLiteral("4")});
    }

    template<typename Check>
    static bool waitFor(Check check, int timeoutMs = 20000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!check()) {
            if (timer.elapsed() > timeoutMs)
                return false;
            QTest::qWait(50);
        }
        return true;
    }

private:
    QString m_display;
    QProcess m_server;
    QProcess m_windowManager;
};
