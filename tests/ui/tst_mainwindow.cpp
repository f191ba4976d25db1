#include "tests/support/testworkspace.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/variantsdialog.h"
#include "ui/mainwindow.h"
#include "ui/widgets/messagebar.h"

#include "core/storage/eventstore.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QTreeWidget>

// Drives the real main window by object name: live findings and the live dedup ID.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsWithACleanExample();
    void dedupIdFollowsTheSubject();
    void emptyToIsAnErrorThatPlacesTheJsonCursor();
    void invalidJsonShowsLineAndColumn();
    void detectsTheFamilyAndSaysWhy();
    void shortcutListShowsMenusAndPages();
    void pagesAndStatusBar();
    void generatesVariantsIntoANewSet();
    void editUndoFollowsThePage();
    void screenshot();

private:
    void setText(const QString &text);
    QStringList codes() const;

    std::unique_ptr<TestWorkspace> m_workspace;
    MainWindow *m_window = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLineEdit *m_dedup = nullptr;
};

void TestMainWindow::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_window = new MainWindow(**m_workspace);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("jsonEditor"));
    m_findings = m_window->findChild<QTreeWidget *>(QStringLiteral("findingsView"));
    m_dedup = m_window->findChild<QLineEdit *>(QStringLiteral("dedupIdField"));
    QVERIFY(m_editor && m_findings && m_dedup);
}

void TestMainWindow::cleanup()
{
    delete m_window;
    m_workspace.reset();
}

void TestMainWindow::setText(const QString &text)
{
    m_editor->selectAll();
    m_editor->insertPlainText(text);
}

QStringList TestMainWindow::codes() const
{
    QStringList list;
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i)
        list << m_findings->topLevelItem(i)->text(3);
    return list;
}

void TestMainWindow::startsWithACleanExample()
{
    QVERIFY(m_editor->toPlainText().contains(QLatin1String("\"eventType\": \"sent\"")));
    QVERIFY(m_window->lastCheck().valid());
    QCOMPARE(m_findings->topLevelItemCount(), 0);
    QCOMPARE(m_dedup->toolTip(), m_window->lastCheck().dedup.id);
    QVERIFY(!m_dedup->toolTip().isEmpty());
}

void TestMainWindow::dedupIdFollowsTheSubject()
{
    setText(QStringLiteral("{\n  \"eventTimestamp\": \"2024-02-03T10:30:00Z\",\n"
                           "  \"eventType\": \"sent\",\n  \"subject\": \"Pricing\",\n"
                           "  \"body\": {\"text\": \"Hello\"},\n"
                           "  \"from\": {\"email\": \"a@example.com\"},\n"
                           "  \"to\": [{\"email\": \"b@example.com\"}]\n}"));
    QCOMPARE(m_window->lastCheck().dedup.source, DedupSource::Auto);
    const QString before = m_dedup->toolTip();
    QString text = m_editor->toPlainText();
    const int subject = text.indexOf(QLatin1String("\"subject\": \"")) + 12;
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(subject);
    m_editor->setTextCursor(cursor);
    QTest::keyClicks(m_editor, QStringLiteral("Re: "));
    const QString after = m_dedup->toolTip();
    QVERIFY(after.size() == 64);
    QVERIFY(after != before);
    QVERIFY(m_window->lastCheck().dedup.components.at(1).startsWith(QLatin1String("Re: ")));
}

void TestMainWindow::emptyToIsAnErrorThatPlacesTheJsonCursor()
{
    setText(QStringLiteral("{\n  \"eventTimestamp\": \"2024-02-03T10:30:00Z\",\n"
                           "  \"eventType\": \"sent\",\n  \"subject\": \"Hi\",\n"
                           "  \"body\": {\"text\": \"Hello\"},\n"
                           "  \"from\": {\"email\": \"a@example.com\"},\n  \"to\": []\n}"));
    QCOMPARE(codes(), QStringList {QStringLiteral("min-items")});
    QTreeWidgetItem *item = m_findings->topLevelItem(0);
    QCOMPARE(item->text(1), QStringLiteral("/to"));
    QCOMPARE(item->text(2), QStringLiteral("7:9"));
    m_findings->setCurrentItem(item);
    emit m_findings->itemActivated(item, 0);
    const QTextCursor cursor = m_editor->textCursor();
    QCOMPARE(cursor.blockNumber() + 1, 7);
    QCOMPARE(cursor.positionInBlock() + 1, 9);
    QVERIFY(!m_editor->extraSelections().isEmpty());
}

void TestMainWindow::invalidJsonShowsLineAndColumn()
{
    setText(QStringLiteral("{\n  \"eventType\": \"sent\"\n  \"subject\": \"x\"\n}"));
    QCOMPARE(m_findings->topLevelItemCount(), 1);
    QCOMPARE(m_findings->topLevelItem(0)->text(2), QStringLiteral("3:3"));
    QVERIFY(m_findings->topLevelItem(0)->text(0).contains(QLatin1String("expected")));
    QVERIFY(m_window->lastCheck().dedup.id.isEmpty());
}

void TestMainWindow::detectsTheFamilyAndSaysWhy()
{
    setText(QStringLiteral(R"({"opportunityId": "opp-1", "eventType": "deal_won"})"));
    auto *note = m_window->findChild<QLabel *>(QStringLiteral("familyNote"));
    QVERIFY(note->text().contains(QLatin1String("crm")));
    QVERIFY(codes().contains(QStringLiteral("required")));
    auto *family = m_window->findChild<QComboBox *>(QStringLiteral("familyCombo"));
    family->setCurrentIndex(family->findData(QStringLiteral("emails")));
    QCOMPARE(m_window->lastCheck().family, QStringLiteral("emails"));
}

void TestMainWindow::screenshot()
{
    const QString dir = qEnvironmentVariable("EVENTSMITH_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set EVENTSMITH_SCREENSHOTS to a folder to write screenshots");
    m_window->resize(1280, 760);
    setText(
        QStringLiteral("{\n  \"eventTimestamp\": \"2024-02-03T10:30:00+01:00\",\n"
                       "  \"eventType\": \"opened\",\n  \"subject\": \"\",\n"
                       "  \"body\": {\"text\": \"\"},\n"
                       "  \"from\": {\"email\": \"maya@example.com\", \"name\": \"Maya\"},\n"
                       "  \"to\": [{\"email\": \"jordan@example\"}],\n  \"campain\": \"q1\"\n}"));
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/validate-editor.png")));
}

void TestMainWindow::shortcutListShowsMenusAndPages()
{
    m_window->showShortcuts();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
    QVERIFY(list);
    QStringList groups, actions;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        groups << list->topLevelItem(i)->text(0);
        for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
            actions << list->topLevelItem(i)->child(j)->text(0);
    }
    QVERIFY(groups.contains(QStringLiteral("File")));
    QVERIFY(groups.contains(QStringLiteral("Go")));
    QVERIFY(groups.contains(QStringLiteral("Receiver"))); // a page's own actions
    QVERIFY(actions.contains(QStringLiteral("Paste as new event")));
    QVERIFY(actions.contains(QStringLiteral("Library")));
    QVERIFY(actions.contains(QStringLiteral("New event…")));
    QVERIFY(actions.contains(QStringLiteral("Reopen closed tab")));
    // Keys without an action are listed too: how to leave the JSON editor by keyboard.
    QVERIFY(actions.contains(QStringLiteral("Leave the editor for the next or previous control")));
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
    QTest::keyClicks(filter, QStringLiteral("reopen"));
    int shown = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        for (int j = 0; j < list->topLevelItem(i)->childCount(); ++j)
            shown += !list->topLevelItem(i)->child(j)->isHidden();
    QCOMPARE(shown, 1);
    dialog->close();
}

void TestMainWindow::pagesAndStatusBar()
{
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(navigation && pages);
    QCOMPARE(navigation->count(), 4);
    QTest::keyClick(m_window, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("replayPage"));
    QTest::keyClick(m_window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(pages->currentIndex(), 0);
    auto *store = m_window->findChild<QLabel *>(QStringLiteral("storeStatus"));
    auto *receiver = m_window->findChild<QLabel *>(QStringLiteral("receiverStatus"));
    QVERIFY(store && receiver);
    QVERIFY(store->text().contains(QLatin1String("store.db")));
    QCOMPARE(receiver->text(), QStringLiteral("Receiver: stopped")); // tests start it on demand
    QVERIFY((*m_workspace)->startReceiver());
    QVERIFY(receiver->text().contains(QLatin1String("listening on 127.0.0.1:")));
}

void TestMainWindow::generatesVariantsIntoANewSet()
{
    QString text = m_editor->toPlainText();
    text.replace(QRegularExpression(QStringLiteral("\"eventId\": \"[^\"]*\"")),
        QStringLiteral("\"eventId\": \"load-{{seq}}\""));
    setText(text);
    m_window->findChild<QAction *>(QStringLiteral("generateVariantsAction"))->trigger();
    auto *dialog = m_window->findChild<VariantsDialog *>(QStringLiteral("variantsDialog"));
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("variantCount"))->setValue(12);
    dialog->findChild<QLineEdit *>(QStringLiteral("variantSetName"))
        ->setText(QStringLiteral("Load"));
    QSignalSpy library(&**m_workspace, &Workspace::libraryChanged);
    dialog->accept();
    const auto set = (*m_workspace)->store().sets().byName(QStringLiteral("Load"));
    QVERIFY(set);
    QCOMPARE(set.value().memberCount, 12);
    QCOMPARE(library.count(), 1);
    const QString message = m_window->composer()->messageBar()->text();
    QVERIFY2(message.contains(QLatin1String("Stored 12 events")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("12 distinct dedup IDs")));

    // An unknown variable keeps the dialog open with the reason, and stores nothing.
    setText(text.replace(QLatin1String("load-{{seq}}"), QLatin1String("{{nope}}")));
    m_window->findChild<QAction *>(QStringLiteral("generateVariantsAction"))->trigger();
    dialog = m_window->findChildren<VariantsDialog *>().last();
    dialog->findChild<QLineEdit *>(QStringLiteral("variantSetName"))
        ->setText(QStringLiteral("Bad"));
    QVERIFY(!dialog->generate());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("variantError"))
                ->text()
                .contains(QLatin1String("Nothing was stored")));
    QVERIFY(!(*m_workspace)->store().sets().byName(QStringLiteral("Bad")));
}

void TestMainWindow::editUndoFollowsThePage()
{
    QTest::keyClick(m_window, Qt::Key_2, Qt::AltModifier);
    auto *view = m_window->findChild<QAbstractItemView *>(QStringLiteral("libraryEvents"));
    QVERIFY(view);
    QTRY_VERIFY(view->model()->rowCount() == 18);
    view->setFocus(); // Delete acts where the keyboard is: the events, not the sets
    view->setCurrentIndex(view->model()->index(0, 0));
    view->selectionModel()->select(
        view->currentIndex(), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_window->findChild<QAction *>(QStringLiteral("libraryDelete"))->trigger();
    QTRY_COMPARE((*m_workspace)->store().count().value(), qint64(17));
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY2(undo->isEnabled(), qPrintable(undo->text()));
    undo->trigger(); // Edit > Undo acts on the library while it is the page shown
    QTRY_COMPARE((*m_workspace)->store().count().value(), qint64(18));
    QTest::keyClick(m_window, Qt::Key_3, Qt::AltModifier); // the replay page has nothing to undo
    QVERIFY(!undo->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
