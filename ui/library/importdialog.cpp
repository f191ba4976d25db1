#include "ui/library/importdialog.h"

#include "core/library/rejectedeventswriter.h"
#include "ui/library/csvmappingeditor.h"
#include "ui/library/importjob.h"

#include "core/storage/eventstore.h"
#include "ui/widgets/screenfit.h"

#include "ui/workspace.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {

const QString kindKey = QStringLiteral("import/kind");

} // namespace

ImportDialog::ImportDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_importer(workspace.store(), workspace.validator(), &workspace.secrets())
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import events"));
    ScreenFit::resize(this, QSize(760, 640));
    m_job = new ImportJob(workspace.store().database().path(), workspace.validator(), this);
    buildLayout();
    m_importer.setProgress([this](qint64 done, qint64 total, bool storing) {
        showProgress(done, total, storing);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    });
    const auto ask
        = [this](qint64 count, const QString &setName) { return askAlreadyThere(count, setName); };
    m_importer.setAskAlreadyThere(ask);
    m_job->setAskAlreadyThere(ask);
    connect(m_job, &ImportJob::progress, this, &ImportDialog::showProgress);
}

// Asked after the check, before anything is stored: importing the same file twice should not
// double the set unless the user means it.
LibraryImporter::AlreadyThere ImportDialog::askAlreadyThere(qint64 count, const QString &setName)
{
    QMessageBox box(QMessageBox::Question, tr("Events already in the set"),
        tr("%Ln of these events are already in set \"%1\" (the same payload).", nullptr, int(count))
            .arg(setName),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("importAlreadyThere"));
    QPushButton *skip = box.addButton(tr("&Skip those already there"), QMessageBox::AcceptRole);
    skip->setObjectName(QStringLiteral("importSkipExisting"));
    QPushButton *again = box.addButton(tr("Import them &again"), QMessageBox::AcceptRole);
    again->setObjectName(QStringLiteral("importAgain"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(skip);
    box.setEscapeButton(cancel);
    box.exec();
    if (box.clickedButton() == skip)
        return LibraryImporter::AlreadyThere::Skip;
    if (box.clickedButton() == again)
        return LibraryImporter::AlreadyThere::ImportAgain;
    return LibraryImporter::AlreadyThere::Cancel;
}

void ImportDialog::buildLayout()
{
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("cURL command (pasted)"), int(LibraryImporter::Kind::Curl));
    m_kind->addItem(tr("CSV file with a column mapping"), int(LibraryImporter::Kind::Csv));
    m_kind->addItem(tr("Postman collection (v2.1)"), int(LibraryImporter::Kind::Postman));
    m_kind->addItem(tr("HAR archive"), int(LibraryImporter::Kind::Har));
    m_kind->addItem(tr("NDJSON or set file"), int(LibraryImporter::Kind::EventFile));
    m_curl = new QPlainTextEdit;
    m_curl->setObjectName(QStringLiteral("importCurlText"));
    m_curl->setPlaceholderText(tr("Paste a curl command, e.g. curl -X POST https://…/events/emails "
                                  "-H 'api_key: …' -d '{…}'"));
    m_target = new QLineEdit(QStringLiteral("imported"));
    m_target->setObjectName(QStringLiteral("importTarget"));
    auto *curlPage = new QWidget;
    auto *curlLayout = new QFormLayout(curlPage);
    curlLayout->addRow(m_curl);
    curlLayout->addRow(tr("A key found goes to the keychain entry of target:"), m_target);
    m_keyEnv = new QLineEdit;
    m_keyEnv->setObjectName(QStringLiteral("importKeyEnv"));
    m_keyEnv->setPlaceholderText(tr("none: a command's $VARIABLE is not used on its own"));
    curlLayout->addRow(tr("Or the target reads its key from variable:"), m_keyEnv);
    // Both pages in one column, one of them hidden: unlike a stacked widget, a hidden page's
    // size does not reserve room that the report could use.
    m_curlPage = curlPage;
    m_filePage = buildFilePage();
    m_pages = new QWidget;
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    pages->addWidget(m_curlPage);
    pages->addWidget(m_filePage);
    m_setName = new QLineEdit;
    m_setName->setObjectName(QStringLiteral("importSetName"));
    m_setName->setPlaceholderText(tr("Imported"));
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("importFamily"));
    m_family->addItem(tr("Detect from each payload"), QString());
    for (const QString &family : m_workspace.schemas().families())
        m_family->addItem(family, family);
    m_invalidPolicy = new QComboBox;
    m_invalidPolicy->setObjectName(QStringLiteral("importInvalidPolicy"));
    m_invalidPolicy->addItem(tr("Store nothing until every event is valid"),
        int(EventImporter::InvalidPolicy::StoreNothing));
    m_invalidPolicy->addItem(tr("Store the valid events, skip the rest"),
        int(EventImporter::InvalidPolicy::StoreValidOnly));
    m_invalidPolicy->addItem(tr("Store all events, those with errors marked invalid"),
        int(EventImporter::InvalidPolicy::StoreAllMarked));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_progressText = new QLabel;
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    m_progressText->hide();
    m_report = new QPlainTextEdit;
    m_report->setObjectName(QStringLiteral("importReport"));
    m_report->setReadOnly(true);
    m_report->setMaximumBlockCount(500);
    m_report->setMinimumHeight(3 * m_report->fontMetrics().lineSpacing()); // small screens
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    connect(m_import, &QPushButton::clicked, this, [this] { static_cast<void>(runImport()); });
    m_saveSkipped = buttons->addButton(tr("&Save skipped…"), QDialogButtonBox::ActionRole);
    m_saveSkipped->setObjectName(QStringLiteral("importSaveSkipped"));
    m_saveSkipped->setToolTip(tr("Writes the events left out for their errors to an NDJSON file, "
                                 "to fix them there and import it again"));
    m_saveSkipped->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setToolTip(tr("Stops the import; nothing is stored"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
    connect(m_saveSkipped, &QPushButton::clicked, this, &ImportDialog::browseSkipped);
    connect(buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this,
        &ImportDialog::reject);
    auto *form = m_form = new QFormLayout;
    form->addRow(tr("Import:"), m_kind);
    form->addRow(tr("Into set:"), m_setName);
    form->addRow(tr("Family:"), m_family);
    form->addRow(tr("When events have errors:"), m_invalidPolicy);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages, 4);
    layout->addWidget(m_progress);
    layout->addWidget(m_progressText);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    setKind(rememberedKind());
    // Connected after the restore: only the user's choice is remembered, for the next opening.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        setKind(kind());
        QSettings().setValue(kindKey, m_kind->currentData().toInt());
    });
}

QWidget *ImportDialog::buildFilePage()
{
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("importBrowse"));
    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setPath(m_path->text()); });
    m_csv = new CsvMappingEditor(m_workspace.schemas(), m_importer);
    auto *loadMap = new QPushButton(tr("Load mapping…"));
    loadMap->setObjectName(QStringLiteral("csvLoadMapping"));
    connect(loadMap, &QPushButton::clicked, this, [this] { browseMapping(false); });
    auto *saveMap = new QPushButton(tr("Save mapping…"));
    saveMap->setObjectName(QStringLiteral("csvSaveMapping"));
    connect(saveMap, &QPushButton::clicked, this, [this] { browseMapping(true); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    row->addWidget(loadMap);
    row->addWidget(saveMap);
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_csv, 1);
    layout->setAlignment(Qt::AlignTop);
    loadMap->setVisible(false);
    saveMap->setVisible(false);
    connect(m_kind, &QComboBox::currentIndexChanged, page, [this, loadMap, saveMap] {
        const bool csv = kind() == LibraryImporter::Kind::Csv;
        loadMap->setVisible(csv);
        saveMap->setVisible(csv);
    });
    return page;
}

// Return in a field (the file's path, the set's name) confirms that field; it must not press
// Import, which the button box makes the default, before the user has seen what will be read.
void ImportDialog::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && qobject_cast<QLineEdit *>(focusWidget())) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

LibraryImporter::Kind ImportDialog::rememberedKind() const
{
    const int saved = QSettings().value(kindKey, int(LibraryImporter::Kind::Curl)).toInt();
    return m_kind->findData(saved) >= 0 ? LibraryImporter::Kind(saved)
                                        : LibraryImporter::Kind::Curl;
}

LibraryImporter::Kind ImportDialog::kind() const
{
    return LibraryImporter::Kind(m_kind->currentData().toInt());
}

void ImportDialog::setKind(LibraryImporter::Kind kind)
{
    const int index = m_kind->findData(int(kind));
    if (index != m_kind->currentIndex())
        m_kind->setCurrentIndex(index); // comes back here through the signal
    m_curlPage->setVisible(kind == LibraryImporter::Kind::Curl);
    m_filePage->setVisible(kind != LibraryImporter::Kind::Curl);
    m_csv->setVisible(kind == LibraryImporter::Kind::Csv);
    // A file's path needs a line; the report below gets the room the mapping does not take.
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_pages,
            kind == LibraryImporter::Kind::Csv        ? 4
                : kind == LibraryImporter::Kind::Curl ? 2
                                                      : 0);
    // A CSV file's family is the mapping's: one selector, in the mapping editor.
    m_form->setRowVisible(m_family, kind != LibraryImporter::Kind::Csv);
    if (kind == LibraryImporter::Kind::Csv && !m_path->text().isEmpty())
        m_csv->setCsvFile(m_path->text());
}

void ImportDialog::setPath(const QString &path)
{
    m_path->setText(path);
    if (m_setName->text().isEmpty() && !path.isEmpty())
        m_setName->setText(QFileInfo(path).completeBaseName().remove(QLatin1String(".events")));
    if (kind() == LibraryImporter::Kind::Csv && !m_csv->setCsvFile(path))
        m_report->setPlainText(tr("%1: cannot read a CSV header.").arg(path));
}

void ImportDialog::setCurlText(const QString &text)
{
    m_curl->setPlainText(text);
}

void ImportDialog::setInvalidPolicy(EventImporter::InvalidPolicy policy)
{
    m_invalidPolicy->setCurrentIndex(m_invalidPolicy->findData(int(policy)));
}

void ImportDialog::setSetName(const QString &name)
{
    m_setName->setText(name);
}

QString ImportDialog::reportText() const
{
    return m_report->toPlainText();
}

LibraryImporter::Kind ImportDialog::guessKind(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".csv")) || lower.endsWith(QLatin1String(".tsv")))
        return LibraryImporter::Kind::Csv;
    if (lower.endsWith(QLatin1String(".har")))
        return LibraryImporter::Kind::Har;
    if (lower.endsWith(QLatin1String(".sh")) || lower.endsWith(QLatin1String(".curl"))
        || lower.endsWith(QLatin1String(".txt")))
        return LibraryImporter::Kind::Curl;
    QFile file(path);
    const QByteArray head = file.open(QIODevice::ReadOnly) ? file.read(4096) : QByteArray();
    if (head.contains("schema.getpostman.com") || head.contains("\"_postman_id\""))
        return LibraryImporter::Kind::Postman;
    if (head.contains("\"log\"") && head.contains("\"entries\""))
        return LibraryImporter::Kind::Har;
    return LibraryImporter::Kind::EventFile;
}

LibraryImporter::Options ImportDialog::options() const
{
    LibraryImporter::Options options;
    options.setName = m_setName->text().trimmed();
    if (options.setName.isEmpty())
        options.setName = m_setName->placeholderText();
    if (kind() != LibraryImporter::Kind::Csv)
        options.family = m_family->currentData().toString();
    options.targetName = m_target->text().trimmed().isEmpty() ? QStringLiteral("imported")
                                                              : m_target->text().trimmed();
    options.keyEnv = m_keyEnv->text().trimmed();
    options.invalid = EventImporter::InvalidPolicy(m_invalidPolicy->currentData().toInt());
    return options;
}

Result<LibraryImporter::Outcome> ImportDialog::runImport()
{
    const LibraryImporter::Options chosen = options();
    m_import->setEnabled(false);
    m_saveSkipped->setEnabled(false);
    m_skipped.clear();
    m_passTimer.start();
    m_passStoring = false;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_progressText->clear();
    m_progressText->show();
    m_report->setPlainText(tr("Checking…"));
    const Result<LibraryImporter::Outcome> outcome = runChosen(chosen);
    m_progress->hide();
    m_progressText->hide();
    m_import->setEnabled(true);
    if (!outcome) {
        m_report->setPlainText(tr("Nothing imported: %1").arg(outcome.error().message));
        return outcome;
    }
    showOutcome(outcome.value());
    if (outcome.value().skippedInvalid > 0) {
        m_skipped = outcome.value().rejected;
        m_saveSkipped->setEnabled(true);
    }
    if (outcome.value().setId != 0)
        emit imported(outcome.value());
    return outcome;
}

Result<LibraryImporter::Outcome> ImportDialog::runChosen(const LibraryImporter::Options &chosen)
{
    const QString path = m_path->text();
    switch (kind()) {
    case LibraryImporter::Kind::Curl:
        return m_importer.importCurl(m_curl->toPlainText(), chosen);
    case LibraryImporter::Kind::Csv:
        return runInBackground(
            [path, mapping = m_csv->mapping(), chosen](
                LibraryImporter &importer) { return importer.importCsv(path, mapping, chosen); });
    case LibraryImporter::Kind::EventFile:
        return runInBackground([path, chosen](LibraryImporter &importer) {
            return importer.importFile(LibraryImporter::Kind::EventFile, path, chosen);
        });
    case LibraryImporter::Kind::Postman:
    case LibraryImporter::Kind::Har:
        break; // small, and a key found goes to the keychain, which lives on this thread
    }
    return m_importer.importFile(kind(), path, chosen);
}

Result<LibraryImporter::Outcome> ImportDialog::runInBackground(
    const std::function<Result<LibraryImporter::Outcome>(LibraryImporter &)> &task)
{
    m_cancel->show();
    QEventLoop loop;
    connect(m_job, &ImportJob::finished, &loop, &QEventLoop::quit);
    m_job->start(task);
    loop.exec();
    m_cancel->hide();
    return m_job->takeResult();
}

void ImportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        return;
    }
    QDialog::reject();
}

// A bar that fills while storing (the check tells how many), with the rate and the time left;
// while checking, a running count and the rate.
void ImportDialog::showProgress(qint64 done, qint64 total, bool storing)
{
    if (storing != m_passStoring) { // the store pass begins with 0 done
        m_passTimer.start();
        m_passStoring = storing;
        m_report->setPlainText(tr("Checked; storing…"));
    }
    const double seconds = std::max<qint64>(m_passTimer.elapsed(), 1) / 1000.0;
    const qint64 rate = qint64(done / seconds);
    if (!storing || total <= 0) {
        m_progress->setRange(0, 0);
        m_progressText->setText(tr("Checking: %L1 events, %L2 events/s").arg(done).arg(rate));
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(done, total) * 1000 / total));
    if (rate == 0) {
        m_progressText->setText(tr("Storing: %L1 of %L2 events").arg(done).arg(total));
        return;
    }
    const qint64 left = std::max<qint64>(total - done, 0) / rate;
    m_progressText->setText(tr("Storing: %L1 of %L2 events, %L3 events/s, %4")
                                .arg(done)
                                .arg(total)
                                .arg(rate)
                                .arg(timeLeft(left)));
}

QString ImportDialog::timeLeft(qint64 seconds)
{
    if (seconds < 60)
        return tr("about %1 s left").arg(std::max<qint64>(seconds, 1));
    return tr("about %1 min left").arg((seconds + 59) / 60);
}

void ImportDialog::showOutcome(const LibraryImporter::Outcome &outcome)
{
    QStringList lines;
    lines << tr("%L1 events read: %L2 with errors.").arg(outcome.events).arg(outcome.withErrors);
    if (outcome.setId != 0) {
        lines
            << tr("Imported %L1 events into set \"%2\".").arg(outcome.stored).arg(outcome.setName);
        if (outcome.skippedInvalid > 0)
            lines << tr("Left out %Ln event(s) with errors, listed below; \"Save skipped…\" "
                        "writes them to a file to fix.",
                nullptr, int(outcome.skippedInvalid));
        if (outcome.skippedExisting > 0)
            lines << tr(
                "Left out %Ln event(s) already in the set.", nullptr, int(outcome.skippedExisting));
        else if (outcome.alreadyThere > 0)
            lines << tr("%Ln of them were in the set already and are there twice now.", nullptr,
                int(outcome.alreadyThere));
    } else if (outcome.withErrors > 0) {
        lines << tr("Nothing stored: fix the events with errors, or choose what to do with them "
                    "under \"When events have errors\".");
    } else if (outcome.events == 0) {
        lines << tr("No events found.");
    } else {
        lines << tr("Nothing stored.");
    }
    if (!outcome.keyMessage.isEmpty())
        lines << outcome.keyMessage;
    for (const QString &line : outcome.skipped)
        lines << tr("Skipped: %1").arg(line);
    for (const QString &line : outcome.unsupported)
        lines << tr("Not applied: %1").arg(line);
    for (const QString &line : outcome.problems)
        lines << tr("Error: %1").arg(line);
    m_report->setPlainText(lines.join(QLatin1Char('\n')));
}

void ImportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose a file to import"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {tr("Event files (*.json *.ndjson *.jsonl *.csv *.har *.txt *.sh)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        setKind(guessKind(path));
        setPath(path);
    });
    dialog->open();
}

Result<> ImportDialog::saveSkipped(const QString &path) const
{
    return RejectedEventsWriter::write(path, m_skipped);
}

void ImportDialog::browseSkipped()
{
    auto *dialog = new QFileDialog(
        this, tr("Save the skipped events"), QString(), tr("NDJSON (*.ndjson);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("ndjson"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        const Result<> saved = saveSkipped(path);
        m_report->appendPlainText(saved
                ? tr("Saved %Ln skipped event(s) to %1.", nullptr, int(m_skipped.size())).arg(path)
                : saved.error().message);
    });
    dialog->open();
}

void ImportDialog::browseMapping(bool save)
{
    auto *dialog = new QFileDialog(this, save ? tr("Save the mapping") : tr("Load a mapping"),
        QString(), tr("Mapping (*.json);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(save ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(save ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this, save](const QString &path) {
        const Result<> done = save ? m_csv->saveMapping(path) : m_csv->loadMapping(path);
        m_report->setPlainText(done ? (save ? tr("Mapping saved to %1; the CLI takes it with "
                                                 "--map.")
                                                  .arg(path)
                                            : tr("Mapping loaded from %1.").arg(path))
                                    : done.error().message);
    });
    dialog->open();
}
