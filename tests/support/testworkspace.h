#pragma once

#include "ui/workspace.h"

#include <QTemporaryDir>

#include <memory>

// A Workspace on a fresh temporary store, for GUI tests: the receiver listens on a free port
// only when asked, so tests never collide with a running `eventsmith-cli serve`.
class TestWorkspace final
{
public:
    explicit TestWorkspace(bool startReceiver = false, bool seedSamples = true)
    {
        Workspace::Options options;
        options.storePath = m_folder.filePath(QStringLiteral("store.db"));
        options.receiverPort = 0;
        options.startReceiver = startReceiver;
        options.seedSamples = seedSamples;
        m_workspace = std::make_unique<Workspace>(options);
    }
    Workspace &operator*() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    QString folder() const { return m_folder.path(); }

private:
    QTemporaryDir m_folder;
    std::unique_ptr<Workspace> m_workspace;
};
