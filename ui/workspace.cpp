#include "ui/workspace.h"

#include "core/library/samplesetseeder.h"
#include "core/net/secretstore.h"
#include "core/net/targetresolver.h"
#include "core/receiver/receiver.h"
#include "core/storage/eventstore.h"
#include "core/storage/storelocation.h"
#include "core/validation/validator.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace {
const QString currentTargetKey = QStringLiteral("send/currentTarget");
}

Workspace::Workspace(const Options &options, QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<EventStore>())
    , m_secrets(std::make_unique<SecretStore>())
    , m_preferredPort(options.receiverPort)
{
    loadSchemas();
    m_validator = std::make_unique<Validator>(m_schemas);
    ReceiverSettings settings;
    settings.port = options.receiverPort;
    m_receiver = std::make_unique<Receiver>(m_schemas, settings);
    openStore(options.storePath.isEmpty() ? StoreLocation::defaultPath() : options.storePath,
        options.seedSamples);
    ensureLocalTarget();
    m_currentTarget = QSettings().value(currentTargetKey).toString();
    const QList<TargetConfig> known = targets();
    if (std::none_of(known.cbegin(), known.cend(),
            [this](const TargetConfig &target) { return target.name == m_currentTarget; }))
        m_currentTarget = TargetConfig::localReceiver().name;
    // A receiver that cannot listen shows as stopped on its page, which can start it again.
    if (options.startReceiver)
        static_cast<void>(startReceiver());
}

Workspace::~Workspace()
{
    m_receiver->stop();
}

void Workspace::loadSchemas()
{
    auto loaded = SchemaSet::loadBuiltIn();
    if (loaded)
        m_schemas = loaded.takeValue();
    else
        m_problems << tr("The built-in schemas failed to load: %1").arg(loaded.error().message);
}

void Workspace::openStore(const QString &path, bool seedSamples)
{
    m_storePath = QFileInfo(path).absoluteFilePath();
    QDir().mkpath(QFileInfo(m_storePath).absolutePath());
    const Result<> opened = m_store->open(m_storePath);
    if (!opened) {
        m_problems << tr("The store %1 could not be opened: %2. Nothing will be saved until "
                         "this is fixed (check the folder's permissions or free space).")
                          .arg(m_storePath, opened.error().message);
        return;
    }
    if (!seedSamples)
        return;
    const Result<qint64> seeded = SampleSetSeeder::seedIfEmpty(*m_store, *m_validator);
    if (!seeded)
        m_problems << tr("The Samples set could not be created: %1").arg(seeded.error().message);
    else
        m_samplesSetId = seeded.value();
    if (m_samplesSetId == 0)
        if (auto samples = m_store->sets().byName(QString::fromLatin1(SampleSetSeeder::SetName)))
            m_samplesSetId = samples.value().id;
}

// The local receiver target always exists, so a first start can send without any setup.
void Workspace::ensureLocalTarget()
{
    if (!storeOpen())
        return;
    const TargetConfig local = TargetConfig::localReceiver();
    if (m_store->targets().byName(local.name))
        return;
    if (const auto added = m_store->targets().add(TargetResolver::toStored(local)); !added)
        m_problems
            << tr("The local receiver target could not be saved: %1").arg(added.error().message);
}

bool Workspace::storeOpen() const
{
    return m_store->isOpen();
}

QList<TargetConfig> Workspace::targets() const
{
    QList<TargetConfig> configs;
    if (storeOpen())
        if (const auto stored = m_store->targets().list())
            for (const Target &target : stored.value())
                configs.append(TargetResolver::fromStored(target));
    if (configs.isEmpty())
        configs.append(TargetConfig::localReceiver());
    return configs;
}

// A saved target, or the app's own local receiver: never a CLI preset, whose "local" means
// `eventsmith-cli serve` on its default port (with the store not open, that sent to 8787 while
// this app's receiver listened elsewhere).
TargetConfig Workspace::currentTarget() const
{
    const QList<TargetConfig> known = targets();
    for (const TargetConfig &target : known)
        if (target.name == m_currentTarget)
            return target;
    return TargetConfig::localReceiver();
}

void Workspace::setCurrentTarget(const QString &name)
{
    if (name == m_currentTarget)
        return;
    m_currentTarget = name;
    QSettings().setValue(currentTargetKey, name);
    emit currentTargetChanged(currentTarget());
}

quint16 Workspace::receiverPort() const
{
    return m_receiver->isListening() ? m_receiver->port() : m_preferredPort;
}

quint16 Workspace::sendingPort() const
{
    return m_receiver->isListening() ? m_receiver->port() : 0;
}

Result<quint16> Workspace::startReceiver()
{
    if (m_receiver->isListening())
        return m_receiver->port();
    Result<quint16> started = m_receiver->start();
    if (!started && m_receiver->settings().port != 0) {
        // The preferred port is taken (often by `eventsmith-cli serve`): any free port will do,
        // the local target follows through {port}.
        ReceiverSettings settings = m_receiver->settings();
        settings.port = 0;
        m_receiver->setSettings(settings);
        started = m_receiver->start();
        settings.port = m_preferredPort;
        m_receiver->setSettings(settings);
    }
    if (!started)
        m_problems << tr("The local receiver could not start: %1").arg(started.error().message);
    emit receiverStateChanged();
    return started;
}

void Workspace::stopReceiver()
{
    m_receiver->stop();
    emit receiverStateChanged();
}
