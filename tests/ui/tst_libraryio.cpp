#include "tests/support/testworkspace.h"
#include "ui/library/csvmappingeditor.h"
#include "ui/library/exportdialog.h"
#include "ui/library/importdialog.h"
#include "ui/library/importjob.h"
#include "ui/widgets/screenfit.h"

#include "core/io/postmanimporter.h"
#include "core/io/setfilereader.h"
#include "core/storage/eventstore.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

// Import and export through the library's dialogs: set and NDJSON files, a CSV mapping with its
// live preview, a cURL command whose key never reaches the store, and a Postman export that
// imports back to the same payloads.
class TestLibraryIo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogsFitTheScreen();
    void importsEventFiles_data();
    void importsEventFiles();
    void aBrokenLineStoresNothing();
    void importingTwiceAsksAboutEventsAlreadyThere();
    void storingTheValidEventsListsAndSavesTheSkipped();
    void returnInThePathFieldDoesNotImport();
    void theChosenKindIsRememberedForTheNextOpening();
    void largeNdjsonStreamsWithProgress();
    void aLongImportRunsAsideAndCancelStoresNothing();
    void csvPreviewShowsFindingsWhileMapping();
    void csvMappingSavesTheFileTheCliTakes();
    void csvPageHasOneFamilyAndShowsTheRowsJson();
    void curlKeyNeverReachesTheStore();
    void postmanExportImportsBackToTheSamePayloads();
    void schemasExportAsOpenApi();

private:
    static QString data(const QString &name)
    {
        return QStringLiteral(EVENTSMITH_TEST_DATA "/library/") + name;
    }
    QStringList storedPayloads(qint64 setId);
    static bool writeDeals(const QString &path, int count);
    // Clicks `button` in the question the dialog asks next, and keeps its text.
    static void answerQuestion(const QString &button, QString *text);

    std::unique_ptr<TestWorkspace> m_ws;
    QTemporaryDir m_dir;
};

void TestLibraryIo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keyring in tests: the key handoff fails fast
}

void TestLibraryIo::init()
{
    m_ws = std::make_unique<TestWorkspace>(false, /*seedSamples=*/false);
}

void TestLibraryIo::cleanup()
{
    m_ws.reset();
}

// An NDJSON file of `count` valid crm events, opp-0 … opp-(count-1).
bool TestLibraryIo::writeDeals(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < count; ++i)
        file.write(QStringLiteral("{\"family\": \"crm\", \"payload\": {\"eventTimestamp\": "
                                  "\"2024-02-03T11:00:00Z\", \"eventType\": \"deal_won\", "
                                  "\"opportunityId\": \"opp-%1\", \"opportunityName\": \"D\", "
                                  "\"amount\": %1}}\n")
                       .arg(i)
                       .toUtf8());
    return true;
}

QStringList TestLibraryIo::storedPayloads(qint64 setId)
{
    QStringList payloads;
    const QList<qint64> ids = (*m_ws)->store().sets().members(setId).value();
    for (const qint64 id : ids)
        payloads << (*m_ws)->store().event(id).value().payload;
    return payloads;
}

void TestLibraryIo::importsEventFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("set");
    QTest::newRow("set file") << "trio.events.json"
                              << "trio";
    QTest::newRow("ndjson") << "four.ndjson"
                            << "four";
}

void TestLibraryIo::importsEventFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, set);
    ImportDialog dialog(**m_ws);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QCOMPARE(ImportDialog::guessKind(data(file)), LibraryImporter::Kind::EventFile);
    dialog.setKind(ImportDialog::guessKind(data(file)));
    dialog.setPath(data(file));
    const auto outcome = dialog.runImport();
    QVERIFY2(outcome, qPrintable(dialog.reportText()));
    QCOMPARE(imported.count(), 1);
    QStringList expected;
    QVERIFY(SetFileReader::read(data(file), [&](const PortableEvent &event, const InputEvent &) {
        expected << QString::fromUtf8(event.payload);
    }));
    QCOMPARE(outcome.value().stored, qint64(expected.size()));
    const auto stored = (*m_ws)->store().sets().byName(set);
    QVERIFY(stored);
    QCOMPARE(storedPayloads(stored.value().id), expected);
    QVERIFY(dialog.reportText().contains(set));
}

void TestLibraryIo::aBrokenLineStoresNothing()
{
    ImportDialog dialog(**m_ws);
    dialog.setKind(LibraryImporter::Kind::EventFile);
    dialog.setPath(data(QStringLiteral("broken-line.ndjson")));
    const auto outcome = dialog.runImport();
    QVERIFY(outcome);
    QCOMPARE(outcome.value().withErrors, qint64(1));
    QCOMPARE(outcome.value().stored, qint64(0));
    QCOMPARE((*m_ws)->store().count().value(), qint64(0));
    QVERIFY(dialog.reportText().contains(QStringLiteral("broken-line.ndjson:2")));
}

void TestLibraryIo::answerQuestion(const QString &button, QString *text)
{
    // The question comes once the check, on the import's own thread, is done.
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->deleteLater();
        timer->stop();
        *text = box->text();
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("importSkipExisting"));
        auto *answer = box->findChild<QPushButton *>(button);
        QVERIFY(answer);
        answer->click();
    });
    timer->start();
}

// The same file imported twice: the dialog says how many are in the set already and leaves
// them out unless told to import them again.
void TestLibraryIo::importingTwiceAsksAboutEventsAlreadyThere()
{
    ImportDialog dialog(**m_ws);
    dialog.setKind(LibraryImporter::Kind::EventFile);
    dialog.setPath(data(QStringLiteral("four.ndjson")));
    QVERIFY(dialog.runImport());
    QString question;
    answerQuestion(QStringLiteral("importSkipExisting"), &question);
    const auto skipped = dialog.runImport();
    QVERIFY(skipped);
    QCOMPARE(question,
        QStringLiteral("4 of these events are already in set \"four\" (the same "
                       "payload)."));
    QCOMPARE(skipped.value().alreadyThere, qint64(4));
    QCOMPARE(skipped.value().stored, qint64(0));
    QVERIFY2(dialog.reportText().contains(QStringLiteral("Left out 4 event(s) already in the set")),
        qPrintable(dialog.reportText()));
    const qint64 setId = (*m_ws)->store().sets().byName(QStringLiteral("four")).value().id;
    QCOMPARE(storedPayloads(setId).size(), 4);
    answerQuestion(QStringLiteral("importAgain"), &question);
    const auto again = dialog.runImport();
    QVERIFY(again);
    QCOMPARE(again.value().stored, qint64(4));
    QCOMPARE(storedPayloads(setId).size(), 8);
}

void TestLibraryIo::storingTheValidEventsListsAndSavesTheSkipped()
{
    ImportDialog dialog(**m_ws);
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("importSaveSkipped"));
    QVERIFY(save);
    dialog.setKind(LibraryImporter::Kind::EventFile);
    dialog.setPath(data(QStringLiteral("broken-line.ndjson")));
    dialog.setInvalidPolicy(EventImporter::InvalidPolicy::StoreValidOnly);
    const auto outcome = dialog.runImport();
    QVERIFY(outcome);
    QCOMPARE(outcome.value().stored, qint64(1));
    QCOMPARE(outcome.value().skippedInvalid, qint64(1));
    QVERIFY(dialog.reportText().contains(QStringLiteral("Left out 1 event(s) with errors")));
    QVERIFY(dialog.reportText().contains(QStringLiteral("broken-line.ndjson:2")));
    QVERIFY(save->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("skipped.ndjson"));
    QVERIFY(dialog.saveSkipped(path));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll().count('\n'), 1);
}

void TestLibraryIo::theChosenKindIsRememberedForTheNextOpening()
{
    QSettings().remove(QStringLiteral("import/kind"));
    {
        ImportDialog first(**m_ws);
        QCOMPARE(first.kind(), LibraryImporter::Kind::Curl);
        auto *kind = first.findChild<QComboBox *>(QStringLiteral("importKind"));
        QVERIFY(kind);
        kind->setCurrentIndex(kind->findData(int(LibraryImporter::Kind::Csv)));
    }
    ImportDialog second(**m_ws);
    QCOMPARE(second.kind(), LibraryImporter::Kind::Csv);
    QVERIFY(second.csvEditor()->isVisibleTo(&second));
    QSettings().remove(QStringLiteral("import/kind"));
}

// Typing a CSV path and pressing Return ran the import (the Import button was the default).
void TestLibraryIo::returnInThePathFieldDoesNotImport()
{
    ImportDialog dialog(**m_ws);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setKind(LibraryImporter::Kind::EventFile);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("importPath"));
    QVERIFY(path);
    path->setFocus();
    QTest::keyClicks(path, data(QStringLiteral("four.ndjson")));
    QTest::keyClick(path, Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(imported.count(), 0);
    QVERIFY(dialog.isVisible());
    QCOMPARE((*m_ws)->store().count().value(), qint64(0));
    auto *set = dialog.findChild<QLineEdit *>(QStringLiteral("importSetName"));
    QVERIFY(set);
    QCOMPARE(set->text(), QStringLiteral("four")); // Return confirmed the path
    QTest::keyClick(set, Qt::Key_Return);
    QTest::qWait(50);
    QCOMPARE(imported.count(), 0);
}

void TestLibraryIo::largeNdjsonStreamsWithProgress()
{
    const QString path = m_dir.filePath(QStringLiteral("large.ndjson"));
    constexpr int lines = 12000;
    QVERIFY(writeDeals(path, lines));
    LibraryImporter importer((*m_ws)->store(), (*m_ws)->validator());
    QList<qint64> checked;
    QList<qint64> stored;
    QList<qint64> totals;
    importer.setProgress([&](qint64 done, qint64 total, bool storing) {
        (storing ? stored : checked) << done;
        totals << total;
    });
    LibraryImporter::Options options;
    options.setName = QStringLiteral("large");
    const auto outcome = importer.importFile(LibraryImporter::Kind::EventFile, path, options);
    QVERIFY(outcome);
    QCOMPARE(outcome.value().stored, qint64(lines));
    QCOMPARE((*m_ws)->store().count().value(), qint64(lines));
    QCOMPARE(checked.size(), lines / 1000);
    QCOMPARE(stored.constLast(), qint64(lines));
    QVERIFY(stored.size() >= 3); // batches of 5000
    QCOMPARE(totals.constFirst(), qint64(0)); // not known while checking
    QCOMPARE(totals.constLast(), qint64(lines)); // the bar fills while storing
}

// The import ran on the GUI thread, which only repainted between events: no Cancel, no rate.
void TestLibraryIo::aLongImportRunsAsideAndCancelStoresNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("long.ndjson"));
    QVERIFY(writeDeals(path, 30000));
    ImportDialog dialog(**m_ws);
    dialog.setKind(LibraryImporter::Kind::EventFile);
    dialog.setPath(path);
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("importCancel"));
    auto *text = dialog.findChild<QLabel *>(QStringLiteral("importProgressText"));
    QVERIFY(cancel && text);
    auto *job = dialog.findChild<ImportJob *>();
    QVERIFY(job);
    QStringList seen;
    const Qt::HANDLE guiThread = QThread::currentThreadId();
    bool onGuiThread = true;
    connect(job, &ImportJob::progress, &dialog, [&](qint64, qint64, bool) {
        seen << text->text();
        if (seen.size() == 2) // the dialog answers while the import runs
            cancel->click();
    });
    QThread *worker = nullptr;
    connect(
        job, &ImportJob::progress, job,
        [&] {
            onGuiThread = QThread::currentThreadId() == guiThread;
            worker = QThread::currentThread();
        },
        Qt::DirectConnection);
    const auto outcome = dialog.runImport();
    QVERIFY(!outcome);
    QVERIFY(EventImporter::isCancelled(outcome.error()));
    QVERIFY(!onGuiThread);
    QVERIFY(worker != nullptr);
    QVERIFY2(seen.constFirst().contains(QStringLiteral("events/s")),
        qPrintable(seen.join(QLatin1Char('|'))));
    QCOMPARE((*m_ws)->store().count().value(), qint64(0));
    QVERIFY(!(*m_ws)->store().sets().byName(QStringLiteral("long")));
    QVERIFY(dialog.reportText().contains(QStringLiteral("cancelled")));
    QVERIFY(!cancel->isVisible());

    // Run to the end, the bar fills while storing and the stored events are there.
    QStringList storing;
    connect(job, &ImportJob::progress, &dialog, [&](qint64, qint64 total, bool stored) {
        if (stored && total > 0)
            storing << text->text();
    });
    seen.clear();
    seen << QString() << QString(); // no second cancel
    const auto done = dialog.runImport();
    QVERIFY2(done, qPrintable(dialog.reportText()));
    QCOMPARE(done.value().stored, qint64(30000));
    QCOMPARE((*m_ws)->store().count().value(), qint64(30000));
    QVERIFY(!storing.isEmpty());
    QVERIFY2(storing.constLast().contains(QStringLiteral("30,000 of 30,000 events")),
        qPrintable(storing.constLast()));
}

void TestLibraryIo::csvPreviewShowsFindingsWhileMapping()
{
    ImportDialog dialog(**m_ws);
    dialog.setKind(LibraryImporter::Kind::Csv);
    dialog.setPath(data(QStringLiteral("contacts.csv")));
    CsvMappingEditor *editor = dialog.csvEditor();
    QCOMPARE(editor->header(),
        QStringList({QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Company")}));
    QSignalSpy updated(editor, &CsvMappingEditor::previewUpdated);
    editor->updatePreview(); // nothing mapped yet: every row misses required fields
    QCOMPARE(updated.takeFirst().at(0).toInt(), 3);
    auto *preview = editor->findChild<QTreeWidget *>(QStringLiteral("csvPreview"));
    QCOMPARE(preview->topLevelItemCount(), 3);
    QVERIFY(preview->topLevelItem(0)->text(2).contains(QStringLiteral("required")));
    auto *unmapped = editor->findChild<QLabel *>(QStringLiteral("csvUnmapped"));
    QVERIFY(unmapped->text().contains(QStringLiteral("eventTimestamp")));

    QVERIFY(editor->loadMapping(data(QStringLiteral("contacts.map.json"))));
    QTRY_VERIFY(!updated.isEmpty()); // after the short pause that follows an edit
    QCOMPARE(updated.takeFirst().at(0).toInt(), 1); // only the row with a bad address
    QCOMPARE(preview->topLevelItem(0)->text(2), QStringLiteral("valid"));
    QVERIFY(preview->topLevelItem(2)->text(2).contains(QStringLiteral("/to/0/email")));
    QVERIFY(unmapped->text().isEmpty());

    auto refused = dialog.runImport(); // the bad row blocks the import
    QVERIFY(refused);
    QCOMPARE(refused.value().stored, qint64(0));
    QVERIFY(dialog.reportText().contains(QStringLiteral("contacts.csv:4")));
}

void TestLibraryIo::csvMappingSavesTheFileTheCliTakes()
{
    ImportDialog dialog(**m_ws);
    dialog.setKind(LibraryImporter::Kind::Csv);
    dialog.setPath(data(QStringLiteral("contacts.csv")));
    CsvMappingEditor *editor = dialog.csvEditor();
    QVERIFY(editor->loadMapping(data(QStringLiteral("contacts.map.json"))));
    const QString saved = m_dir.filePath(QStringLiteral("saved.map.json"));
    QVERIFY(editor->saveMapping(saved));
    const auto reread = CsvMapping::load(saved);
    QVERIFY(reread);
    const auto original = CsvMapping::load(data(QStringLiteral("contacts.map.json")));
    QCOMPARE(reread.value().toJson(), original.value().toJson());
}

// The dialog's Family selector stepped over the mapping's on a CSV import; the preview showed
// findings but not the JSON a row becomes; the mapping tables shrank to two rows.
void TestLibraryIo::csvPageHasOneFamilyAndShowsTheRowsJson()
{
    ImportDialog dialog(**m_ws);
    auto *family = dialog.findChild<QComboBox *>(QStringLiteral("importFamily"));
    QVERIFY(family);
    family->setCurrentIndex(family->findData(QStringLiteral("crm")));
    dialog.setKind(LibraryImporter::Kind::Csv);
    QVERIFY(!family->isVisibleTo(&dialog));
    dialog.setPath(data(QStringLiteral("contacts.csv")));
    CsvMappingEditor *editor = dialog.csvEditor();
    QVERIFY(editor->loadMapping(data(QStringLiteral("contacts.map.json"))));
    editor->updatePreview();
    auto *json = editor->findChild<QPlainTextEdit *>(QStringLiteral("csvPreviewJson"));
    QVERIFY(json);
    QVERIFY2(json->toPlainText().contains(QStringLiteral("\"ada@example.com\"")),
        qPrintable(json->toPlainText()));
    auto *preview = editor->findChild<QTreeWidget *>(QStringLiteral("csvPreview"));
    preview->setCurrentItem(preview->topLevelItem(1));
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"grace@example.com\"")));

    dialog.setInvalidPolicy(EventImporter::InvalidPolicy::StoreValidOnly);
    const auto outcome = dialog.runImport();
    QVERIFY(outcome);
    QCOMPARE(outcome.value().stored, qint64(2)); // as emails, the mapping's family
    dialog.setKind(LibraryImporter::Kind::EventFile);
    QVERIFY(family->isVisibleTo(&dialog));

    auto *columns = editor->findChild<QTableWidget *>(QStringLiteral("csvColumns"));
    QVERIFY(columns->minimumHeight() >= columns->horizontalHeader()->sizeHint().height()
            + CsvMappingEditor::MinimumTableRows * columns->verticalHeader()->defaultSectionSize());
}

void TestLibraryIo::curlKeyNeverReachesTheStore()
{
    QFile file(data(QStringLiteral("withkey.curl")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    ImportDialog dialog(**m_ws);
    dialog.setKind(LibraryImporter::Kind::Curl);
    dialog.setCurlText(QString::fromUtf8(file.readAll()));
    dialog.setSetName(QStringLiteral("pasted"));
    const auto outcome = dialog.runImport();
    QVERIFY2(outcome, qPrintable(dialog.reportText()));
    QCOMPARE(outcome.value().stored, qint64(1));
    QVERIFY(!outcome.value().keyMessage.isEmpty());
    const QString secret = QStringLiteral("sk_live_library_secret_42");
    for (const QString &payload : storedPayloads(outcome.value().setId))
        QVERIFY(!payload.contains(secret));
    QVERIFY(!dialog.reportText().contains(secret));
    QVERIFY((*m_ws)->store().targets().byName(QStringLiteral("imported")));
}

void TestLibraryIo::postmanExportImportsBackToTheSamePayloads()
{
    ImportDialog importDialog(**m_ws);
    importDialog.setKind(LibraryImporter::Kind::EventFile);
    importDialog.setPath(data(QStringLiteral("trio.events.json")));
    const auto imported = importDialog.runImport();
    QVERIFY(imported);
    const qint64 setId = imported.value().setId;
    ExportDialog dialog(**m_ws, setId);
    dialog.setFormat(ExportDialog::Format::Postman);
    const QString path = m_dir.filePath(QStringLiteral("trio.postman_collection.json"));
    dialog.setPath(path);
    const auto written = dialog.runExport();
    QVERIFY2(written, qPrintable(dialog.resultText()));
    QCOMPARE(written.value(), qint64(3));
    const auto back = PostmanImporter::importFile(path);
    QVERIFY(back);
    QStringList payloads;
    for (const PortableEvent &event : back.value().events)
        payloads << QString::fromUtf8(event.payload);
    QCOMPARE(payloads, storedPayloads(setId));
    QVERIFY(back.value().skipped.isEmpty());
}

void TestLibraryIo::schemasExportAsOpenApi()
{
    ExportDialog dialog(**m_ws, 0);
    dialog.setFormat(ExportDialog::Format::OpenApi);
    const QString path = m_dir.filePath(QStringLiteral("openapi.json"));
    dialog.setPath(path);
    QVERIFY(dialog.runExport());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"openapi\""));
}

// Seen with drive-gui on a 1024×640 screen: the import dialog asked for 640 pixels and its Import
// and Close buttons were below the screen. Dialogs now ask through ScreenFit, which never gives
// more than the screen minus a title bar, and keeps a size that fits.
void TestLibraryIo::dialogsFitTheScreen()
{
    ImportDialog dialog(**m_ws);
    const QSize screen = dialog.screen()->availableGeometry().size();
    ScreenFit::resize(&dialog, screen + QSize(500, 500));
    QVERIFY(dialog.width() <= screen.width());
    QVERIFY(dialog.height() <= screen.height() - 40);
    ScreenFit::resize(&dialog, QSize(700, 500));
    QCOMPARE(dialog.size(), QSize(700, 500));
}

QTEST_MAIN(TestLibraryIo)
#include "tst_libraryio.moc"
