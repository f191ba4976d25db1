#include "mainwindow.h"

#include "jsonhighlighter.h"

#include "validation/validator.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QIcon severityIcon(Severity severity)
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case Severity::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Severity::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Severity::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

// Character position in `text` of a UTF-8 byte offset.
int characterPosition(const QString &text, qint64 byteOffset)
{
    return QString::fromUtf8(text.toUtf8().left(static_cast<qsizetype>(byteOffset))).size();
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    auto loaded = SchemaSet::loadBuiltIn();
    if (loaded)
        m_schemas = loaded.takeValue();
    else
        m_schemas = SchemaSet();
    m_validator = std::make_unique<Validator>(*m_schemas);
    buildUi();
    buildMenus();
    if (!loaded)
        statusBar()->showMessage(tr("Schemas failed to load: %1").arg(loaded.error().message));
    loadExample(QStringLiteral("emails"), 0);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    setWindowTitle(tr("Eventsmith"));
    resize(1200, 760);
    m_family = new QComboBox;
    m_family->setObjectName(QStringLiteral("familyCombo"));
    m_family->addItem(tr("Detect automatically"), QString());
    for (const QString &family : m_schemas->families())
        m_family->addItem(family, family);
    m_familyNote = new QLabel;
    m_familyNote->setObjectName(QStringLiteral("familyNote"));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Family:")));
    top->addWidget(m_family);
    top->addWidget(m_familyNote, 1);

    m_editor = new QPlainTextEdit;
    m_editor->setObjectName(QStringLiteral("jsonEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setPlaceholderText(tr("Paste or type an event payload (JSON). Findings and the "
                                    "dedup ID update as you type."));
    new JsonHighlighter(m_editor->document());

    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("findingsView"));
    m_findings->setHeaderLabels({tr("Finding"), tr("Path"), tr("Line:Col"), tr("Code")});
    m_findings->setRootIsDecorated(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_findings->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_findings->header()->setStretchLastSection(false);
    m_findings->setWordWrap(true);

    m_dedupId = new QLabel;
    m_dedupId->setObjectName(QStringLiteral("dedupIdLabel"));
    m_dedupId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dedupComponents = new QLabel;
    m_dedupComponents->setObjectName(QStringLiteral("dedupComponentsLabel"));
    m_dedupComponents->setWordWrap(true);
    m_dedupComponents->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(new QLabel(tr("<b>Findings</b>")));
    sideLayout->addWidget(m_findings, 1);
    sideLayout->addWidget(new QLabel(tr("<b>Dedup ID</b>")));
    sideLayout->addWidget(m_dedupId);
    sideLayout->addWidget(m_dedupComponents);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_editor);
    splitter->addWidget(side);
    splitter->setSizes({560, 640});

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_editor, &QPlainTextEdit::textChanged, this, &MainWindow::recheck);
    connect(m_family, &QComboBox::currentIndexChanged, this, &MainWindow::recheck);
    connect(m_findings, &QTreeWidget::itemActivated, this, &MainWindow::jumpToFinding);
    connect(m_findings, &QTreeWidget::itemClicked, this, &MainWindow::jumpToFinding);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *examples = file->addMenu(tr("&Examples"));
    for (const QString &family : m_schemas->families()) {
        QMenu *sub = examples->addMenu(family);
        const CompiledSchema *schema = m_schemas->schema(family);
        for (int i = 0; i < schema->subTypes().size(); ++i)
            sub->addAction(schema->subTypes().at(i), this, [this, family, i] { loadExample(family, i); });
    }
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(tr("Copy dedup ID"), QKeySequence(tr("Ctrl+Shift+C")), this,
                    [this] { QApplication::clipboard()->setText(m_check.dedup.id); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Eventsmith"), this, [this] {
        QMessageBox::about(this, tr("About Eventsmith"),
                           tr("<b>Eventsmith %1</b><br>A workbench for the Octave generic events "
                              "API.<br>Qt %2")
                               .arg(QStringLiteral(EVENTSMITH_VERSION), QString::fromLatin1(qVersion())));
    });
}

QString MainWindow::selectedFamily() const
{
    return m_family->currentData().toString();
}

void MainWindow::loadExample(const QString &family, int index)
{
    const CompiledSchema *schema = m_schemas->schema(family);
    if (!schema || index < 0 || index >= schema->examples().size())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(schema->examples().at(index));
    m_editor->setPlainText(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

void MainWindow::recheck()
{
    const QByteArray text = m_editor->toPlainText().toUtf8();
    if (text.trimmed().isEmpty()) {
        m_check = PayloadCheck();
    } else {
        m_check = PayloadCheck::checkText(*m_validator, selectedFamily(),
                                          std::string_view(text.constData(), text.size()));
    }
    showFindings();
    showDedup();
    underlineFindings();
}

void MainWindow::showFindings()
{
    m_findings->clear();
    m_familyNote->setText(m_check.familySource == PayloadCheck::FamilySource::Detected
                              ? m_check.familyReason
                              : QString());
    for (const Finding &f : m_check.findings) {
        auto *item = new QTreeWidgetItem(m_findings);
        item->setIcon(0, severityIcon(f.severity));
        item->setText(0, f.message);
        item->setToolTip(0, f.message);
        item->setText(1, f.path.isEmpty() ? tr("(payload)") : f.path);
        item->setText(2, f.line > 0 ? QStringLiteral("%1:%2").arg(f.line).arg(f.column) : QString());
        item->setText(3, f.code);
        item->setData(0, Qt::UserRole, f.offset);
    }
    const int errors = std::count_if(m_check.findings.cbegin(), m_check.findings.cend(),
                                     [](const Finding &f) { return f.severity == Severity::Error; });
    if (m_editor->toPlainText().trimmed().isEmpty())
        statusBar()->showMessage(tr("Empty: paste a payload or pick one under File > Examples"));
    else if (m_check.findings.isEmpty())
        statusBar()->showMessage(tr("Valid %1 event, no findings").arg(m_check.family));
    else
        statusBar()->showMessage(tr("%1 finding(s), %2 error(s)").arg(m_check.findings.size()).arg(errors));
}

void MainWindow::showDedup()
{
    const DedupId &dedup = m_check.dedup;
    if (dedup.id.isEmpty()) {
        m_dedupId->setText(tr("<i>no ID: the payload has no family or is not JSON</i>"));
        m_dedupComponents->clear();
        return;
    }
    m_dedupId->setText(QStringLiteral("<code>%1</code> (%2)")
                           .arg(dedup.id.left(16) + QStringLiteral("…"), DedupId::sourceName(dedup.source)));
    m_dedupId->setToolTip(dedup.id);
    QStringList parts;
    for (const QString &c : dedup.components)
        parts << QStringLiteral("“%1”").arg(c.toHtmlEscaped());
    m_dedupComponents->setText(tr("Components: %1").arg(parts.join(QStringLiteral(" · "))));
}

void MainWindow::underlineFindings()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString text = m_editor->toPlainText();
    for (const Finding &f : m_check.findings) {
        if (f.offset < 0 || f.severity == Severity::Info)
            continue;
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(f.severity == Severity::Error ? Qt::red : QColor(0xd0, 0x90, 0x00));
        selection.format.setToolTip(f.message);
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(characterPosition(text, f.offset));
        selection.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
}

void MainWindow::jumpToFinding(QTreeWidgetItem *item)
{
    const qint64 offset = item->data(0, Qt::UserRole).toLongLong();
    if (offset < 0)
        return;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(characterPosition(m_editor->toPlainText(), offset));
    m_editor->setTextCursor(cursor);
    m_editor->setFocus();
}
