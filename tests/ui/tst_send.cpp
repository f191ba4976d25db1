#include "tests/support/testworkspace.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/documenttabs.h"
#include "ui/composer/jsoneditor.h"
#include "ui/composer/send/dialogfacade.h"
#include "ui/composer/send/targetsdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/findbar.h"
#include "ui/widgets/messagebar.h"

#include "core/library/storedeventfactory.h"
#include "core/net/secretstore.h"
#include "core/net/targetresolver.h"
#include "core/receiver/receiver.h"
#include "core/storage/eventstore.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

// Drives the real main window by object name: sending to the local receiver, the response
// viewer, history with its diff, confirmation before sending errors, save to a set, dedup
// collisions, templates, and the targets dialog keeping keys out of the database.
class TestSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void sendTwiceShowsTheDuplicateAndTheDiff();
    void errorFindingsAskBeforeSending();
    void unreachableTargetSaysWhatToDo();
    void stoppedReceiverOffersToStartIt();
    void localReceiverIsThisAppsReceiverWithoutAStore();
    void escapeCancelsASlowSend();
    void saveAddsTheEventToASet();
    void collisionWithAnotherStoredEvent();
    void templatesResolveInTheDedupPreview_data();
    void templatesResolveInTheDedupPreview();
    void unknownVariableIsAFinding();
    void sendResolvesTemplates();
    void targetsDialogKeepsTheKeyOutOfTheDatabase();
    void targetsDialogEditsTheTargetsHeaders();
    void templatesReadOnlyTheVariablesTheTargetAllows();
    void copyAsCurlRunsTheSameRequest();
    void findSearchesTheResponseBody();
    void sendsOfANewEventStayWithItWhenSaved();
    void eachTabShowsItsOwnResponse();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_window->composer()->findChild<T *>(name); // other pages reuse names
        if (!widget)
            qWarning("no widget %s", qPrintable(name));
        return widget;
    }
    QString label(const QString &name) const { return find<QLabel>(name)->text(); }
    void setText(const QString &text);
    qint64 openSamplesEmail();
    void sendAndWait();
    static QString email(const QString &subject, const QString &timestamp, const QString &to);

    std::unique_ptr<TestWorkspace> m_ws;
    MainWindow *m_window = nullptr;
    JsonEditor *m_editor = nullptr;
};

void TestSend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("EVENTSMITH_API_KEY");
}

void TestSend::init()
{
    m_ws = std::make_unique<TestWorkspace>(true);
    QVERIFY((*m_ws)->receiver().isListening());
    m_window = new MainWindow(**m_ws);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_editor = find<JsonEditor>(QStringLiteral("jsonEditor"));
    QVERIFY(m_editor);
}

void TestSend::cleanup()
{
    delete m_window;
    m_ws.reset();
}

QString TestSend::email(const QString &subject, const QString &timestamp, const QString &to)
{
    return QStringLiteral("{\n  \"eventTimestamp\": \"%1\",\n  \"eventType\": \"sent\",\n"
                          "  \"subject\": \"%2\",\n  \"body\": {\"text\": \"Hello\"},\n"
                          "  \"from\": {\"email\": \"a@example.com\"},\n  \"to\": [%3]\n}")
        .arg(timestamp, subject, to);
}

void TestSend::setText(const QString &text)
{
    m_editor->setFocus();
    m_editor->selectAll();
    m_editor->insertPlainText(text);
}

qint64 TestSend::openSamplesEmail()
{
    EventStore &store = (*m_ws)->store();
    const auto members = store.sets().members((*m_ws)->samplesSetId());
    if (!members)
        return 0;
    for (qint64 id : members.value()) {
        if (store.event(id).value().family == QLatin1String("emails")) {
            emit(*m_ws)->openEventRequested(id);
            return id;
        }
    }
    return 0;
}

void TestSend::sendAndWait()
{
    auto *send = find<QToolButton>(QStringLiteral("sendButton"));
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(send->isEnabled());
}

void TestSend::sendTwiceShowsTheDuplicateAndTheDiff()
{
    const qint64 id = openSamplesEmail();
    QVERIFY(id > 0);
    QCOMPARE(m_window->composer()->openEventId(), id);
    QVERIFY(m_window->lastCheck().findings.isEmpty());
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Return, Qt::ControlModifier); // Ctrl+Enter sends
    QTRY_COMPARE(label(QStringLiteral("responseStatus")), QStringLiteral("200"));
    QTRY_VERIFY(find<QToolButton>(QStringLiteral("sendButton"))->isEnabled());
    const QString firstRequest = label(QStringLiteral("responseRequestId"));
    QVERIFY(!firstRequest.isEmpty());
    QCOMPARE(label(QStringLiteral("responseDuplicate")), QStringLiteral("no"));
    QCOMPARE(label(QStringLiteral("responseReceived")), QStringLiteral("yes"));
    QVERIFY(
        find<QPlainTextEdit>(QStringLiteral("responseBody"))->toPlainText().contains(firstRequest));

    sendAndWait();
    QCOMPARE(label(QStringLiteral("responseStatus")), QStringLiteral("200"));
    QVERIFY(label(QStringLiteral("responseDuplicate")).startsWith(QLatin1String("yes")));
    QVERIFY(label(QStringLiteral("responseDuplicate")).contains(firstRequest));
    QVERIFY(label(QStringLiteral("responseRequestId")) != firstRequest);

    auto *history = find<QTreeWidget>(QStringLiteral("historyList"));
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->text(3), QStringLiteral("yes")); // newest first
    QCOMPARE(history->topLevelItem(1)->text(3), QStringLiteral("no"));
    QCOMPARE((*m_ws)->store().history().forEvent(id).value().size(), 2);
    history->selectAll();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("historyCompare")), Qt::LeftButton);
    const QStringList diff
        = find<QPlainTextEdit>(QStringLiteral("historyDiff"))->toPlainText().split(u'\n');
    QVERIFY(diff.contains(QStringLiteral("- duplicate: false")));
    QVERIFY(diff.contains(QStringLiteral("+ duplicate: true")));
    QVERIFY(diff.contains(QStringLiteral("  status: 200")));

    m_window->resize(1400, 900);
    QDir().mkpath(QDir::tempPath());
    QVERIFY(m_window->grab().save(QDir::temp().filePath(QStringLiteral("send-composer.png"))));
}

void TestSend::errorFindingsAskBeforeSending()
{
    setText(email(QStringLiteral("No recipients"), QStringLiteral("2024-02-03T10:30:00Z"), {}));
    QVERIFY(hasErrors(m_window->lastCheck().findings));
    const int asked = DialogFacade::askedCount();
    auto *history = find<QTreeWidget>(QStringLiteral("historyList"));
    DialogFacade::preAnswer(false);
    QTest::mouseClick(find<QToolButton>(QStringLiteral("sendButton")), Qt::LeftButton);
    QCOMPARE(DialogFacade::askedCount(), asked + 1);
    QVERIFY(DialogFacade::lastQuestion().contains(QLatin1String("1 error")));
    QVERIFY(!find<QProgressBar>(QStringLiteral("sendProgress"))->isVisible());
    QCOMPARE(history->topLevelItemCount(), 0);
    QCOMPARE((*m_ws)->store().history().recent(0, 10).value().size(), 0);

    DialogFacade::preAnswer(true);
    sendAndWait();
    QCOMPARE(DialogFacade::askedCount(), asked + 2);
    QCOMPARE(history->topLevelItemCount(), 1);
    QVERIFY(!label(QStringLiteral("responseStatus")).isEmpty());

    setText(email(QStringLiteral("Fine"), QStringLiteral("2024-02-03T10:30:00Z"),
        QStringLiteral("{\"email\": \"b@example.com\"}")));
    sendAndWait();
    QCOMPARE(DialogFacade::askedCount(), asked + 2); // no errors: no question
    QCOMPARE(history->topLevelItemCount(), 2);
}

void TestSend::unreachableTargetSaysWhatToDo()
{
    // A port nobody listens on: the receiver's, once it is stopped.
    const quint16 port = (*m_ws)->receiver().port();
    TargetConfig dead;
    dead.name = QStringLiteral("Dead");
    dead.urlTemplate = QStringLiteral("http://127.0.0.1:%1/api/{eventType}").arg(port);
    QVERIFY((*m_ws)->store().targets().add(TargetResolver::toStored(dead)));
    (*m_ws)->notifyTargetsChanged();
    (*m_ws)->stopReceiver();
    auto *targets = find<QComboBox>(QStringLiteral("sendTargetCombo"));
    const int index = targets->findText(dead.name);
    QVERIFY(index >= 0);
    targets->setCurrentIndex(index);
    emit targets->activated(index);
    QCOMPARE((*m_ws)->currentTarget().name, dead.name);
    sendAndWait();
    QCOMPARE(label(QStringLiteral("responseStatus")), QStringLiteral("no answer"));
    QVERIFY(label(QStringLiteral("responseError")).contains(QLatin1String("Nothing is listening")));
    QVERIFY(m_window->composer()->messageBar()->text().contains(QLatin1String("Send failed")));
    (*m_ws)->setCurrentTarget(TargetConfig::localReceiver().name);
}

// Sending to "Local receiver" with the receiver stopped said to fix the target's URL template.
void TestSend::stoppedReceiverOffersToStartIt()
{
    QVERIFY(openSamplesEmail() != 0);
    (*m_ws)->stopReceiver();
    QCOMPARE((*m_ws)->currentTarget().name, TargetConfig::localReceiver().name);
    const int asked = DialogFacade::askedCount();
    DialogFacade::preAnswer(false);
    find<QToolButton>(QStringLiteral("sendButton"))->click();
    QCOMPARE(DialogFacade::askedCount(), asked + 1);
    QVERIFY(DialogFacade::lastQuestion().contains(QLatin1String("stopped")));
    QVERIFY2(m_window->composer()->messageBar()->text().contains(QLatin1String("Not sent")),
        qPrintable(m_window->composer()->messageBar()->text()));
    QVERIFY(!(*m_ws)->receiver().isListening());
    DialogFacade::preAnswer(true);
    sendAndWait();
    QVERIFY((*m_ws)->receiver().isListening());
    QTRY_COMPARE((*m_ws)->receiver().inbox().size(), 1);
    QCOMPARE(label(QStringLiteral("responseStatus")).left(3), QStringLiteral("200"));
}

// With the store not open, "Local receiver" resolved through the CLI's preset to port 8787.
void TestSend::localReceiverIsThisAppsReceiverWithoutAStore()
{
    Workspace::Options options;
    options.storePath = QStringLiteral("/proc/no-store-here/store.db"); // cannot be created
    options.receiverPort = 0;
    Workspace workspace(options);
    QVERIFY(!workspace.storeOpen());
    QVERIFY(workspace.startReceiver().ok());
    const TargetConfig target = workspace.currentTarget();
    QCOMPARE(target.name, TargetConfig::localReceiver().name);
    const auto url = target.expandUrl(QStringLiteral("emails"), workspace.sendingPort());
    QVERIFY(url.ok());
    QCOMPARE(url.value().port(), int(workspace.receiver().port()));
}

void TestSend::escapeCancelsASlowSend()
{
    ReceiverSettings settings = (*m_ws)->receiver().settings();
    settings.faults.latencyMinMs = settings.faults.latencyMaxMs = 20000;
    (*m_ws)->receiver().setSettings(settings);
    auto *send = find<QToolButton>(QStringLiteral("sendButton"));
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled());
    QVERIFY(find<QProgressBar>(QStringLiteral("sendProgress"))->isVisible());
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QTRY_VERIFY(send->isEnabled());
    QVERIFY(!find<QProgressBar>(QStringLiteral("sendProgress"))->isVisible());
    QVERIFY(label(QStringLiteral("responseError")).contains(QLatin1String("Cancelled")));
    const auto records = (*m_ws)->store().history().recent(0, 10).value();
    QCOMPARE(records.size(), 1);
    QVERIFY(records.first().error.startsWith(QLatin1String("cancelled")));
}

void TestSend::saveAddsTheEventToASet()
{
    EventStore &store = (*m_ws)->store();
    const qint64 before = store.count().value();
    const auto set = store.sets().create(QStringLiteral("Regression"));
    QVERIFY(set);
    (*m_ws)->notifyLibraryChanged();
    m_window->loadExample(QStringLiteral("emails"), 0); // a new event, in a tab of its own
    setText(email(QStringLiteral("Saved from the composer"), QStringLiteral("2024-05-01T08:00:00Z"),
        QStringLiteral("{\"email\": \"c@example.com\"}")));
    QCOMPARE(m_window->composer()->openEventId(), 0);
    find<QLineEdit>(QStringLiteral("eventNameEdit"))->setText(QStringLiteral("Composer save"));
    auto *sets = find<QComboBox>(QStringLiteral("saveSetCombo"));
    sets->setCurrentIndex(sets->findData(set.value()));
    QVERIFY(sets->currentIndex() > 0);
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(store.count().value(), before + 1);
    const qint64 id = m_window->composer()->openEventId();
    QVERIFY(id > 0);
    const StoredEvent saved = store.event(id).value();
    QCOMPARE(saved.name, QStringLiteral("Composer save"));
    QCOMPARE(saved.dedupId, m_window->lastCheck().dedup.id);
    QCOMPARE(store.sets().members(set.value()).value(), QList<qint64> {id});

    // Saving again updates the same event and does not list it twice in the set.
    setText(email(QStringLiteral("Saved twice"), QStringLiteral("2024-05-01T08:00:00Z"),
        QStringLiteral("{\"email\": \"c@example.com\"}")));
    QTest::keyClick(m_editor, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(store.count().value(), before + 1);
    QVERIFY(store.event(id).value().payload.contains(QLatin1String("Saved twice")));
    QCOMPARE(store.sets().members(set.value()).value().size(), 1);
}

void TestSend::collisionWithAnotherStoredEvent()
{
    auto *warning = find<QLabel>(QStringLiteral("dedupCollisionLabel"));
    setText(email(QStringLiteral("Twin"), QStringLiteral("2024-06-01T09:00:00Z"),
        QStringLiteral("{\"email\": \"d@example.com\"}")));
    QVERIFY(warning->isHidden());
    // Another event with the same components (different body): the same auto dedup ID.
    const QString twin = email(QStringLiteral("Twin"), QStringLiteral("2024-06-01T09:00:00Z"),
        QStringLiteral("{\"email\": \"d@example.com\", \"name\": \"D\"}"));
    const PayloadCheck check
        = PayloadCheck::checkText((*m_ws)->validator(), QString(), twin.toStdString());
    QCOMPARE(check.dedup.id, m_window->lastCheck().dedup.id);
    const auto stored = (*m_ws)->store().insertEvent(
        StoredEventFactory::make(QStringLiteral("Older twin"), twin, check));
    QVERIFY(stored);
    (*m_ws)->notifyLibraryChanged();
    QVERIFY(!warning->isHidden());
    QVERIFY(warning->text().contains(QLatin1String("Older twin")));

    // Opened itself, it collides with nothing.
    emit(*m_ws)->openEventRequested(stored.value());
    QCOMPARE(m_window->composer()->openEventId(), stored.value());
    QVERIFY(warning->isHidden());
}

void TestSend::templatesResolveInTheDedupPreview_data()
{
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<qint64>("offsetSeconds");
    QTest::newRow("now") << QStringLiteral("{{now}}") << qint64(0);
    QTest::newRow("now-2h") << QStringLiteral("{{now-2h}}") << qint64(-7200);
    QTest::newRow("now+15m") << QStringLiteral("{{ now+15m }}") << qint64(900);
}

void TestSend::templatesResolveInTheDedupPreview()
{
    QFETCH(QString, timestamp);
    QFETCH(qint64, offsetSeconds);
    setText(email(
        QStringLiteral("Templated"), timestamp, QStringLiteral("{\"email\": \"e@example.com\"}")));
    const PayloadCheck &check = m_window->lastCheck();
    QVERIFY2(check.findings.isEmpty(),
        qPrintable(check.findings.value(0).code + QLatin1Char(' ') + check.findings.value(0).path));
    QCOMPARE(check.dedup.components.size(), 4);
    const QDateTime used = QDateTime::fromString(check.dedup.components.at(2), Qt::ISODate);
    QVERIFY2(used.isValid(), qPrintable(check.dedup.components.at(2)));
    const qint64 expected = QDateTime::currentSecsSinceEpoch() + offsetSeconds;
    QVERIFY(qAbs(used.toSecsSinceEpoch() - expected) < 120);
    QVERIFY(!find<QLabel>(QStringLiteral("dedupTemplateNote"))->isHidden());
    QCOMPARE(find<QLineEdit>(QStringLiteral("dedupIdField"))->text(), check.dedup.id);

    setText(email(QStringLiteral("Plain"), QStringLiteral("2024-02-03T10:30:00Z"),
        QStringLiteral("{\"email\": \"e@example.com\"}")));
    QVERIFY(find<QLabel>(QStringLiteral("dedupTemplateNote"))->isHidden());
}

void TestSend::unknownVariableIsAFinding()
{
    setText(email(QStringLiteral("Hello {{foo}}"), QStringLiteral("2024-02-03T10:30:00Z"),
        QStringLiteral("{\"email\": \"e@example.com\"}")));
    const Findings &findings = m_window->lastCheck().findings;
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, QStringLiteral("unknown-variable"));
    QCOMPARE(findings.first().path, QStringLiteral("/subject"));
    QCOMPARE(findings.first().line, 4);
    QCOMPARE(findings.first().column, 21); // the "{{" after `  "subject": "Hello `
    QCOMPARE(find<QTreeWidget>(QStringLiteral("findingsView"))->topLevelItemCount(), 1);
}

void TestSend::sendResolvesTemplates()
{
    setText(email(QStringLiteral("Run {{seq}} for {{random.name}}"), QStringLiteral("{{now}}"),
        QStringLiteral("{\"email\": \"{{random.email}}\"}")));
    QVERIFY(m_window->lastCheck().findings.isEmpty());
    sendAndWait();
    QCOMPARE(label(QStringLiteral("responseStatus")), QStringLiteral("200"));
    const auto records = (*m_ws)->store().history().recent(0, 10).value();
    QCOMPARE(records.size(), 1);
    const QByteArray sent = records.first().requestBody;
    QVERIFY2(!sent.contains("{{"), sent.constData());
    QVERIFY(sent.contains("\"subject\": \"Run 1 for "));
    // The composer keeps the template as written.
    QVERIFY(m_editor->toPlainText().contains(QLatin1String("{{now}}")));
}

// The model had per-target headers but no way to set them; a credential typed there would have
// been stored in the clear.
void TestSend::targetsDialogEditsTheTargetsHeaders()
{
    QTest::mouseClick(find<QToolButton>(QStringLiteral("editTargetsButton")), Qt::LeftButton);
    auto *dialog = find<TargetsDialog>(QStringLiteral("targetsDialog"));
    QVERIFY(dialog);
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("newTarget")), Qt::LeftButton);
    dialog->findChild<QLineEdit *>(QStringLiteral("targetName"))->setText(QStringLiteral("Team"));
    dialog->findChild<QLineEdit *>(QStringLiteral("targetUrl"))
        ->setText(QStringLiteral("http://127.0.0.1:{port}/api/v2/analytics/webhook/receive/"
                                 "generic/{eventType}"));
    auto *headers = dialog->findChild<QPlainTextEdit *>(QStringLiteral("targetHeaders"));
    QVERIFY(headers);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveTarget"));
    auto *status = dialog->findChild<QLabel *>(QStringLiteral("targetStatus"));
    headers->setPlainText(QStringLiteral("X-Team: growth\nAuthorization: Bearer s3cret"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!(*m_ws)->store().targets().byName(QStringLiteral("Team")));
    QVERIFY2(status->text().contains(QLatin1String("line 2")), qPrintable(status->text()));
    headers->setPlainText(QStringLiteral("X-Team: growth\n\nX-Trace: on"));
    QTest::mouseClick(save, Qt::LeftButton);
    const auto stored = (*m_ws)->store().targets().byName(QStringLiteral("Team"));
    QVERIFY2(stored, qPrintable(status->text()));
    const TargetConfig config = TargetResolver::fromStored(stored.value());
    QCOMPARE(config.extraHeaders.size(), 2);
    QCOMPARE(config.extraHeaders.at(1).second, QByteArray("on"));
    dialog->close();
    (*m_ws)->setCurrentTarget(QStringLiteral("Team"));
    QVERIFY(openSamplesEmail() != 0);
    sendAndWait();
    QTRY_COMPARE((*m_ws)->receiver().inbox().size(), 1);
    bool seen = false;
    const ReceivedRequest received = (*m_ws)->receiver().inbox().first();
    for (const auto &header : received.headers)
        seen = seen || (header.first == "X-Team" && header.second == "growth");
    QVERIFY(seen);
    (*m_ws)->setCurrentTarget(TargetConfig::localReceiver().name);
}

void TestSend::targetsDialogKeepsTheKeyOutOfTheDatabase()
{
    const QString key = QStringLiteral("sk-test-4f9c2a17b3d8e6");
    QTest::mouseClick(find<QToolButton>(QStringLiteral("editTargetsButton")), Qt::LeftButton);
    auto *dialog = find<TargetsDialog>(QStringLiteral("targetsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(!dialog->findChild<QLabel *>(QStringLiteral("keychainStatus"))->text().isEmpty());
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("newTarget")), Qt::LeftButton);
    dialog->findChild<QLineEdit *>(QStringLiteral("targetName"))
        ->setText(QStringLiteral("Staging"));
    auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("targetPreset"));
    preset->setCurrentIndex(1);
    emit preset->activated(1);
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("targetUrl"));
    QVERIFY(url->text().contains(QLatin1String("{eventType}")));
    // Never touch a real keyring from a test: the keychain path only when it is unavailable.
    const bool keychain = (*m_ws)->secrets().availability() != SecretStore::Availability::Available;
    auto *source = dialog->findChild<QComboBox *>(QStringLiteral("targetKeySource"));
    source->setCurrentIndex(keychain ? 0 : 1);
    dialog->findChild<QLineEdit *>(QStringLiteral("targetEnvVar"))
        ->setText(QStringLiteral("EVENTSMITH_TEST_STAGING_KEY"));
    auto *keyEdit = dialog->findChild<QLineEdit *>(QStringLiteral("targetKey"));
    keyEdit->setText(key);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    dialog->findChild<QToolButton *>(QStringLiteral("revealKey"))->click();
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("saveTarget")), Qt::LeftButton);

    const auto stored = (*m_ws)->store().targets().byName(QStringLiteral("Staging"));
    QVERIFY2(
        stored, qPrintable(dialog->findChild<QLabel *>(QStringLiteral("targetStatus"))->text()));
    QCOMPARE(stored.value().urlTemplate, url->text());
    QVERIFY(find<QComboBox>(QStringLiteral("sendTargetCombo"))->findText(QStringLiteral("Staging"))
        >= 0);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile file((*m_ws)->storePath() + suffix);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(key.toUtf8()));
        QVERIFY(!bytes.contains(
            QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2)));
    }
    // No keychain here: the key lives in this session's environment only.
    QCOMPARE(qgetenv("EVENTSMITH_TEST_STAGING_KEY"), key.toUtf8());
    qunsetenv("EVENTSMITH_TEST_STAGING_KEY");
    QVERIFY(dialog->grab().save(QDir::temp().filePath(QStringLiteral("send-targets.png"))));
    dialog->close();
}

// {{env.NAME}} reads only what the target's "Templates may read" lists: the preview shows a
// finding for any other variable, and the sent body holds the allowed value only.
void TestSend::templatesReadOnlyTheVariablesTheTargetAllows()
{
    qputenv("ES_GUI_ALLOWED", "allowed-value");
    qputenv("ES_GUI_SECRET", "secret-value");
    QTest::mouseClick(find<QToolButton>(QStringLiteral("editTargetsButton")), Qt::LeftButton);
    auto *dialog = find<TargetsDialog>(QStringLiteral("targetsDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("targetName"))->text(),
        (*m_ws)->currentTarget().name);
    dialog->findChild<QLineEdit *>(QStringLiteral("targetTemplateEnv"))
        ->setText(QStringLiteral("ES_GUI_ALLOWED"));
    QTest::mouseClick(
        dialog->findChild<QPushButton *>(QStringLiteral("saveTarget")), Qt::LeftButton);
    dialog->close();
    QCOMPARE((*m_ws)->currentTarget().templateEnvironment,
        QStringList {QStringLiteral("ES_GUI_ALLOWED")});
    setText(email(QStringLiteral("a {{env.ES_GUI_ALLOWED}} b {{env.ES_GUI_SECRET}}"),
        QStringLiteral("2024-02-03T10:30:00Z"), QStringLiteral("{\"email\": \"e@example.com\"}")));
    const Findings &findings = m_window->lastCheck().findings;
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().code, QStringLiteral("env-not-allowed"));
    QVERIFY(findings.first().message.contains(QLatin1String("ES_GUI_SECRET")));
    DialogFacade::preAnswer(true); // send despite the finding
    sendAndWait();
    const QByteArray sent = (*m_ws)->store().history().recent(0, 10).value().first().requestBody;
    QVERIFY2(sent.contains("a allowed-value b {{env.ES_GUI_SECRET}}"), sent.constData());
    QVERIFY(!sent.contains("secret-value"));
}

// The copied command, run by a shell with curl, reaches the local receiver with the same body.
void TestSend::copyAsCurlRunsTheSameRequest()
{
    m_window->findChild<QAction *>(QStringLiteral("copyAsCurlAction"))->trigger();
    const QString command = QGuiApplication::clipboard()->text();
    QVERIFY2(command.contains(QLatin1String("curl --request POST")), qPrintable(command));
    QVERIFY(command.contains(QStringLiteral("127.0.0.1:%1").arg((*m_ws)->receiverPort())));
    QVERIFY(command.contains(QLatin1String("$EVENTSMITH_API_KEY")));
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
    QProcess shell;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVENTSMITH_API_KEY"), QStringLiteral("test-key"));
    shell.setProcessEnvironment(env);
    shell.start(
        QStringLiteral("sh"), {QStringLiteral("-c"), command.trimmed() + QStringLiteral(" -s")});
    QVERIFY(shell.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(shell.state() == QProcess::NotRunning, 10000);
    const QByteArray answer = shell.readAllStandardOutput();
    QVERIFY2(answer.contains("requestId"), answer.constData());
    const QVector<ReceivedRequest> inbox = (*m_ws)->receiver().inbox();
    QCOMPARE(inbox.size(), 1);
    QCOMPARE(inbox.constLast().body, m_editor->toPlainText().toUtf8());
}

// Ctrl+F where the response is read searches the response body, not the payload.
void TestSend::findSearchesTheResponseBody()
{
    sendAndWait();
    auto *body = find<QPlainTextEdit>(QStringLiteral("responseBody"));
    QVERIFY(body->toPlainText().contains(QLatin1String("requestId")));
    body->setFocus();
    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    auto *bar = body->parentWidget()->findChild<FindBar *>(QStringLiteral("findBar"));
    QVERIFY(bar && bar->isVisible());
    QTest::keyClicks(
        bar->findChild<QLineEdit *>(QStringLiteral("findText")), QStringLiteral("requestId"));
    QCOMPARE(bar->matchCount(), 1);
    QCOMPARE(body->textCursor().selectedText(), QStringLiteral("requestId"));
    // Replace there only finds: the body is read-only, and the payload's bar stays closed.
    m_window->findChild<QAction *>(QStringLiteral("replaceAction"))->trigger();
    QVERIFY(!bar->findChild<QLineEdit *>(QStringLiteral("replaceText"))->isVisible());
    auto *editorBar = m_editor->parentWidget()->findChild<FindBar *>(QStringLiteral("findBar"));
    QVERIFY(editorBar && !editorBar->isVisible());
}

void TestSend::sendsOfANewEventStayWithItWhenSaved()
{
    m_window->loadExample(QStringLiteral("calls"), 0); // a new event
    sendAndWait();
    sendAndWait();
    auto *history = find<QTreeWidget>(QStringLiteral("historyList"));
    QCOMPARE(history->topLevelItemCount(), 2);
    m_window->findChild<QAction *>(QStringLiteral("saveAction"))->trigger();
    const qint64 id = m_window->composer()->openEventId();
    QVERIFY(id > 0);
    QCOMPARE(history->topLevelItemCount(), 2); // the history did not empty on save
    QCOMPARE((*m_ws)->store().history().forEvent(id).value().size(), 2);
}

void TestSend::eachTabShowsItsOwnResponse()
{
    auto *status = find<QLabel>(QStringLiteral("responseStatus"));
    sendAndWait();
    QVERIFY(status->text().contains(QLatin1String("200")));
    m_window->loadExample(QStringLiteral("crm"), 0);
    QVERIFY(!status->isVisible() || !status->text().contains(QLatin1String("200")));
    m_window->composer()->tabs()->showPrevious();
    QVERIFY(status->text().contains(QLatin1String("200")));
}

QTEST_MAIN(TestSend)
#include "tst_send.moc"
