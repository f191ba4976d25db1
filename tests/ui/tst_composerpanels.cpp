#include "ui/composer/deduppanel.h"
#include "ui/composer/findingspanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTreeWidget>

// The composer's side panels read in full: every finding's whole message shows on wrapped rows,
// and the dedup ID shows whole as selectable text.
class TestComposerPanels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void findingsShowTheWholeMessage();
    void findingsSayWhenThereAreNone();
    void dedupIdIsWholeAndSelectable();

private:
    static Finding finding(const QString &message, const QString &path = QStringLiteral("/to/0"));
    static DedupId longDedup();
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

DedupId TestComposerPanels::longDedup()
{
    DedupId dedup;
    dedup.id = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    dedup.components = {QStringLiteral("maya@example.com"), QString(300, QLatin1Char('s')),
        QStringLiteral("2024-05-01T12:00:00.000Z"), QStringLiteral("jordan@example.com")};
    return dedup;
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

QTEST_MAIN(TestComposerPanels)
#include "tst_composerpanels.moc"
