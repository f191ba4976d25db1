#include "tests/support/testworkspace.h"
#include "ui/composer/composerlayout.h"
#include "ui/composer/deduppanel.h"
#include "ui/composer/fieldhelppanel.h"
#include "ui/composer/fieldinfo.h"
#include "ui/composer/findingspanel.h"
#include "ui/composer/jsoneditor.h"
#include "ui/composer/send/responseview.h"
#include "ui/composer/send/sendbar.h"

#include "core/storage/eventstore.h"
#include "core/storage/sendrecord.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

DedupId longDedup()
{
    DedupId dedup;
    dedup.id = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    dedup.components = {QStringLiteral("maya@example.com"), QString(300, QLatin1Char('s')),
        QStringLiteral("2024-05-01T12:00:00.000Z"), QStringLiteral("jordan@example.com")};
    return dedup;
}

// The composer's columns around the real side panels, in a window of a usual size, with an ID.
struct Columns
{
    QWidget window;
    FieldHelpPanel *help = new FieldHelpPanel;
    FindingsPanel *findings = new FindingsPanel;
    DedupPanel *dedup = new DedupPanel;

    Columns()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(
            new ComposerLayout({new QWidget, help, new JsonEditor, findings, dedup, new QWidget}));
        dedup->setDedup(QStringLiteral("emails"), longDedup());
        window.resize(1100, 700);
        window.show();
    }
};

} // namespace

// The composer's side panels read in full and never move the page: every finding's whole
// message shows on wrapped rows, the dedup ID shows whole as selectable text, and long content
// (findings, IDs, URLs, set names) changes neither the columns' sizes nor the window's width.
class TestComposerPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void findingsShowTheWholeMessage();
    void findingsSayWhenThereAreNone();
    void dedupIdIsWholeAndSelectable();
    void columnsKeepTheirSizesWhenContentChanges();
    void findingsHaveTheLargerShareOfTheSideColumn();
    void fieldHelpHidesWhenItHasNothingToShow();
    void responseWithLongValuesStaysNarrow();
    void sendBarWithLongSetNameStaysNarrow();
    void sendBarKeepsItsWidthWhileSending();

private:
    static Finding finding(const QString &message, const QString &path = QStringLiteral("/to/0"));
    static void settle();
};

Finding TestComposerPanels::finding(const QString &message, const QString &path)
{
    Finding f;
    f.path = path;
    f.code = QStringLiteral("format-email");
    f.message = message;
    f.line = 3;
    f.column = 5;
    return f;
}

// Layout requests are posted: let them all run.
void TestComposerPanels::settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

void TestComposerPanels::findingsShowTheWholeMessage()
{
    FindingsPanel panel;
    panel.resize(300, 500);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QString message;
    while (message.size() < 200)
        message += QStringLiteral("`to` must be an array of recipients with an email each. ");
    panel.setFindings({finding(QStringLiteral("Short.")), finding(message)});
    QTreeWidget *view = panel.view();
    QCOMPARE(view->topLevelItemCount(), 2);
    QTreeWidgetItem *item = view->topLevelItem(1);
    QCOMPARE(item->data(0, Qt::DisplayRole).toString(), message); // shown, not only on hover
    const int line = view->fontMetrics().height();
    QTRY_VERIFY2(view->visualItemRect(item).height() > 4 * line,
        qPrintable(QString::number(view->visualItemRect(item).height())));
    QVERIFY(
        view->visualItemRect(item).height() > view->visualItemRect(view->topLevelItem(0)).height());
    QVERIFY(
        view->visualItemRect(item).right() <= view->viewport()->width()); // nothing off the side
    // Wider: the rows take fewer lines.
    const int narrowHeight = view->visualItemRect(item).height();
    panel.resize(600, 500);
    QTRY_VERIFY(view->visualItemRect(item).height() < narrowHeight);
}

void TestComposerPanels::findingsSayWhenThereAreNone()
{
    FindingsPanel panel;
    panel.resize(300, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *empty = panel.findChild<QLabel *>(QStringLiteral("findingsEmptyState"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No findings"));
    QVERIFY(!panel.view()->isVisible());
    panel.setFindings({finding(QStringLiteral("Missing subject."))});
    QVERIFY(!empty->isVisible());
    QVERIFY(panel.view()->isVisible());
    panel.setFindings({});
    QVERIFY(empty->isVisible());
}

void TestComposerPanels::dedupIdIsWholeAndSelectable()
{
    DedupPanel panel;
    panel.resize(300, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const DedupId dedup = longDedup();
    panel.setDedup(QStringLiteral("emails"), dedup);
    auto *field = panel.findChild<QLineEdit *>(QStringLiteral("dedupIdField"));
    QVERIFY(field);
    QCOMPARE(field->text(), dedup.id);
    QVERIFY(field->isReadOnly());
    field->selectAll();
    QCOMPARE(field->selectedText(), dedup.id);
    panel.setDedup(QStringLiteral("emails"), DedupId());
    QVERIFY(field->text().isEmpty());
    QVERIFY(!field->placeholderText().isEmpty()); // says why there is none
}

void TestComposerPanels::columnsKeepTheirSizesWhenContentChanges()
{
    Columns columns;
    QVERIFY(QTest::qWaitForWindowExposed(&columns.window));
    settle();
    FindingsPanel *findings = columns.findings;
    DedupPanel *dedup = columns.dedup;
    auto *splitter = columns.window.findChild<QSplitter *>(QStringLiteral("composerSplitter"));
    QVERIFY(splitter);
    const QList<int> sizes = splitter->sizes();
    const QSize windowSize = columns.window.size();

    const QString word
        = QStringLiteral("recipient-address-without-any-break-") + QString(120, QLatin1Char('x'));
    findings->setFindings({finding(word + QStringLiteral(" must be an email address."),
                               QStringLiteral("/to/0/") + word),
        finding(QStringLiteral("`to` must be ") + word)});
    dedup->setDedup(QStringLiteral("emails"), DedupId()); // "none: not JSON, or no family"
    dedup->setCollisions({word, word});
    settle();
    QCOMPARE(splitter->sizes(), sizes);
    dedup->setDedup(QStringLiteral("emails"), longDedup());
    dedup->setTemplatesResolved(true);
    findings->setFindings({});
    settle();
    QCOMPARE(splitter->sizes(), sizes);
    QCOMPARE(columns.window.size(), windowSize);
}

void TestComposerPanels::findingsHaveTheLargerShareOfTheSideColumn()
{
    Columns columns;
    QVERIFY(QTest::qWaitForWindowExposed(&columns.window));
    settle();
    const int findings = columns.findings->height();
    const int dedup = columns.dedup->height();
    QVERIFY2(findings > dedup, qPrintable(QStringLiteral("%1 <= %2").arg(findings).arg(dedup)));
}

void TestComposerPanels::fieldHelpHidesWhenItHasNothingToShow()
{
    Columns columns;
    FieldHelpPanel *help = columns.help;
    QVERIFY(QTest::qWaitForWindowExposed(&columns.window));
    QVERIFY(help->isHidden());
    FieldInfo info;
    info.name = QStringLiteral("subject");
    info.title = QStringLiteral("Subject");
    info.description = QStringLiteral("The email's subject line.");
    help->showField(info);
    QVERIFY(help->isVisible());
    QVERIFY(help->height() > 0);
    QVERIFY(help->toPlainText().contains(QLatin1String("subject line")));
    help->showNothing();
    QVERIFY(help->isHidden());
}

void TestComposerPanels::responseWithLongValuesStaysNarrow()
{
    const QString longId(2000, QLatin1Char('r'));
    SendRecord record;
    record.requestUrl = QStringLiteral("http://127.0.0.1:1/v1/") + QString(2000, QLatin1Char('u'));
    record.responseStatus = 200;
    record.totalMs = 12;
    record.responseBody = QJsonDocument(
        QJsonObject {{QStringLiteral("received"), true},
            {QStringLiteral("_metadata"), QJsonObject {{QStringLiteral("requestId"), longId}}},
            {QStringLiteral("additionalData"),
                QJsonObject {{QStringLiteral("duplicate"), true},
                    {QStringLiteral("firstRequestId"), longId}}},
            {QStringLiteral("note"), QString(2000, QLatin1Char('b'))}})
                              .toJson(QJsonDocument::Compact);
    QWidget window;
    auto *view = new ResponseView;
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(view);
    window.resize(600, 300);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    view->showRecord(record);
    settle();
    QCOMPARE(view->findChild<QLabel *>(QStringLiteral("responseUrl"))->text(), record.requestUrl);
    QVERIFY2(view->minimumSizeHint().width() < 400,
        qPrintable(QString::number(view->minimumSizeHint().width())));
    QCOMPARE(window.width(), 600);
    // A failed send says why, with the long URL in the message.
    record.responseStatus = 0;
    record.responseBody.clear();
    record.error = QStringLiteral("Connection refused: ") + record.requestUrl;
    view->showRecord(record);
    settle();
    QVERIFY(view->findChild<QLabel *>(QStringLiteral("responseError"))->isVisible());
    QVERIFY2(view->minimumSizeHint().width() < 400,
        qPrintable(QString::number(view->minimumSizeHint().width())));
    QCOMPARE(window.width(), 600);
}

void TestComposerPanels::sendBarWithLongSetNameStaysNarrow()
{
    TestWorkspace workspace;
    const int plain = SendBar(*workspace).minimumSizeHint().width();
    QVERIFY(workspace->store().sets().create(QString(200, QLatin1Char('n'))).ok());
    SendBar bar(*workspace);
    QVERIFY2(bar.minimumSizeHint().width() <= plain,
        qPrintable(QStringLiteral("%1 > %2").arg(bar.minimumSizeHint().width()).arg(plain)));
}

// The progress and Cancel take the place of Targets and Send: a send used to widen the window.
void TestComposerPanels::sendBarKeepsItsWidthWhileSending()
{
    TestWorkspace workspace;
    SendBar bar(*workspace);
    const QSize minimum = bar.minimumSizeHint();
    const QSize hint = bar.sizeHint();
    bar.setBusy(true);
    QCOMPARE(bar.minimumSizeHint(), minimum);
    QCOMPARE(bar.sizeHint(), hint);
    bar.setBusy(false);
    QCOMPARE(bar.minimumSizeHint(), minimum);
}

QTEST_MAIN(TestComposerPanels)
#include "tst_composerpanels.moc"
