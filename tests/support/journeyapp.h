#pragma once

#include "tests/support/xsession.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The real eventsmith binary in an XSession, with a HOME, XDG folders and store of its own, its
// receiver on a free port: what a person starting the app on a fresh machine gets.
class JourneyApp final
{
public:
    JourneyApp()
        : m_home(std::make_unique<QTemporaryDir>())
    { }
    ~JourneyApp() { kill(); }

    QString storePath() const { return m_home->filePath(QStringLiteral("store.db")); }
    QString window() const { return m_window; }
    qint64 pid() const { return m_process.processId(); }

    // Starts the app and waits for its window; false when none appeared.
    bool start()
    {
        m_process.setProcessEnvironment(environment());
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(EVENTSMITH_BINARY_DIR "/app/eventsmith"), arguments());
        if (!m_process.waitForStarted())
            return false;
        m_window = XSession::windowOf(m_process.processId());
        if (m_window.isEmpty())
            return false;
        XSession::activate(m_window);
        QTest::qWait(400);
        return true;
    }

    // A second start on the same home and store, as a person double-clicking again: its exit
    // code and what it said, once it ended (-1 when it did not end within 15 s).
    std::pair<int, QByteArray> startAgain() const
    {
        QProcess again;
        again.setProcessEnvironment(environment());
        again.start(QStringLiteral(EVENTSMITH_BINARY_DIR "/app/eventsmith"), arguments());
        if (!again.waitForFinished(15000)) {
            again.kill();
            again.waitForFinished();
            return {-1, again.readAllStandardError()};
        }
        return {again.exitCode(), again.readAllStandardError()};
    }

    bool isRunning() const { return m_process.state() == QProcess::Running; }

private:
    QStringList arguments() const
    {
        return {
            QStringLiteral("--store"), storePath(), QStringLiteral("--port"), QStringLiteral("0")};
    }

    QProcessEnvironment environment() const
    {
        const QString home = m_home->path();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
        return env;
    }

public:
    // Ctrl+Q, as a person quits; true when the app ended cleanly.
    bool quit()
    {
        XSession::activate(m_window);
        XSession::keys({QStringLiteral("ctrl+q")});
        return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }

    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished();
    }

    bool waitForExit() { return m_process.waitForFinished(20000); }

    // The window's size as the window manager sees it.
    QSize size() const
    {
        const QString out = XSession::xdotool({QStringLiteral("getwindowgeometry"), m_window});
        const auto match = QRegularExpression(QStringLiteral("Geometry: (\\d+)x(\\d+)")).match(out);
        return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt())
                                : QSize();
    }

    // The window's top-left corner on the screen.
    QPoint position() const
    {
        const QString out = XSession::xdotool({QStringLiteral("getwindowgeometry"), m_window});
        const auto match = QRegularExpression(QStringLiteral("Position: (\\d+),(\\d+)")).match(out);
        return match.hasMatch() ? QPoint(match.captured(1).toInt(), match.captured(2).toInt())
                                : QPoint();
    }

    // The smallest size the window allows (its WM_NORMAL_HINTS).
    QSize minimumSize() const
    {
        QProcess xprop;
        xprop.start(QStringLiteral("xprop"),
            {QStringLiteral("-id"), m_window, QStringLiteral("WM_NORMAL_HINTS")});
        xprop.waitForFinished(10000);
        const QString out = QString::fromUtf8(xprop.readAllStandardOutput());
        const auto match
            = QRegularExpression(QStringLiteral("minimum size: (\\d+) by (\\d+)")).match(out);
        return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt())
                                : QSize(0, 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QProcess m_process;
    QString m_window;
};
