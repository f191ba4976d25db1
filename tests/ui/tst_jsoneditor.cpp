#include "tests/support/testworkspace.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/jsoneditor.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>
#include <QVBoxLayout>

// The JSON editor's keyboard: Tab indents with spaces and never inserts a tab character,
// Shift+Tab unindents, Esc then Tab leaves the editor, and the window's Ctrl+Tab shortcuts fire
// while the editor has focus.
class TestJsonEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void tabInsertsSpacesToTheNextStop();
    void tabIndentsTheSelectedLines();
    void shiftTabUnindentsTheCurrentLine();
    void escapeThenTabLeavesTheEditor();
    void otherKeysDisarmEscape();
    void windowTabShortcutsFireWhileEditing();
    void pastedTabsStayAsTheyAre();
    void composerTakesTabAsTyping();

private:
    void placeCursor(int line, int column);
    QString line(int number) const;

    QWidget *m_window = nullptr;
    QLineEdit *m_before = nullptr;
    JsonEditor *m_editor = nullptr;
    QLineEdit *m_after = nullptr;
};

void TestJsonEditor::init()
{
    m_window = new QWidget;
    m_before = new QLineEdit;
    m_editor = new JsonEditor;
    m_after = new QLineEdit;
    auto *layout = new QVBoxLayout(m_window);
    layout->addWidget(m_before);
    layout->addWidget(m_editor);
    layout->addWidget(m_after);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_editor->setFocus();
    QVERIFY(m_editor->hasFocus());
}

void TestJsonEditor::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestJsonEditor::placeCursor(int line, int column)
{
    QTextCursor cursor(m_editor->document()->findBlockByNumber(line));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, column);
    m_editor->setTextCursor(cursor);
}

QString TestJsonEditor::line(int number) const
{
    return m_editor->document()->findBlockByNumber(number).text();
}

void TestJsonEditor::tabInsertsSpacesToTheNextStop()
{
    m_editor->setPlainText(QStringLiteral("{\n\n}"));
    placeCursor(1, 0);
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(line(1), QStringLiteral("  "));
    QTest::keyClick(m_editor, Qt::Key_A);
    QTest::keyClick(m_editor, Qt::Key_Tab); // from column 3 to the stop at 4
    QCOMPARE(line(1), QStringLiteral("  a "));
    QVERIFY(!m_editor->toPlainText().contains(QLatin1Char('\t')));
    QVERIFY(m_editor->hasFocus());
}

void TestJsonEditor::tabIndentsTheSelectedLines()
{
    const QString text = QStringLiteral("{\n\"a\": 1,\n\"b\": 2\n}");
    m_editor->setPlainText(text);
    QTextCursor cursor(m_editor->document()->findBlockByNumber(1));
    cursor.setPosition(
        m_editor->document()->findBlockByNumber(2).position() + 3, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("{\n  \"a\": 1,\n  \"b\": 2\n}"));
    QVERIFY(m_editor->textCursor().hasSelection()); // so a second Tab indents again
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QCOMPARE(line(1), QStringLiteral("    \"a\": 1,"));
    QCOMPARE(line(2), QStringLiteral("    \"b\": 2"));
    QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(m_editor->toPlainText(), text);
}

void TestJsonEditor::shiftTabUnindentsTheCurrentLine()
{
    m_editor->setPlainText(QStringLiteral("{\n     \"a\": 1\n}"));
    placeCursor(1, 7);
    QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(line(1), QStringLiteral("   \"a\": 1"));
    QTest::keyClick(m_editor, Qt::Key_Tab, Qt::ShiftModifier); // the same key on some systems
    QCOMPARE(line(1), QStringLiteral(" \"a\": 1"));
    QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(line(1), QStringLiteral("\"a\": 1"));
    QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier); // nothing left to remove
    QCOMPARE(line(1), QStringLiteral("\"a\": 1"));
    QVERIFY(m_editor->hasFocus());
}

void TestJsonEditor::escapeThenTabLeavesTheEditor()
{
    m_editor->setPlainText(QStringLiteral("{}"));
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QVERIFY(m_after->hasFocus());
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("{}"));
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QTest::keyPress(m_editor, Qt::Key_Shift); // pressed first on the way to Shift+Tab
    QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ShiftModifier);
    QTest::keyRelease(m_editor, Qt::Key_Shift);
    QVERIFY(m_before->hasFocus());
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("{}"));
}

void TestJsonEditor::otherKeysDisarmEscape()
{
    m_editor->setPlainText(QString());
    QTest::keyClick(m_editor, Qt::Key_Escape);
    QTest::keyClick(m_editor, Qt::Key_Right);
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QVERIFY(m_editor->hasFocus());
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("  "));
    QTest::keyClick(m_editor, Qt::Key_Escape);
    m_before->setFocus(); // leaving the editor disarms it as well
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Tab);
    QVERIFY(m_editor->hasFocus());
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("    "));
}

void TestJsonEditor::windowTabShortcutsFireWhileEditing()
{
    // As the window spells them; X11 delivers Ctrl+Shift+Tab as Backtab.
    auto *next = new QAction(m_window);
    next->setShortcut(QKeySequence(QStringLiteral("Ctrl+Tab")));
    auto *previous = new QAction(m_window);
    previous->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+Tab")));
    m_window->addActions({next, previous});
    QSignalSpy nextTriggered(next, &QAction::triggered);
    QSignalSpy previousTriggered(previous, &QAction::triggered);
    m_editor->setPlainText(QStringLiteral("{}"));
    QTest::keyClick(m_editor, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(nextTriggered.count(), 1);
    QTest::keyClick(m_editor, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(previousTriggered.count(), 1);
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("{}"));
    QVERIFY(m_editor->hasFocus());
}

void TestJsonEditor::pastedTabsStayAsTheyAre()
{
    m_editor->setPlainText(QString());
    m_editor->insertPlainText(QStringLiteral("[1,\t2]"));
    QCOMPARE(m_editor->toPlainText(), QStringLiteral("[1,\t2]"));
}

// In the real window the composer's undo stack sees the indent like any typing, and Esc
// (which also cancels a send) still lets Tab leave the editor.
void TestJsonEditor::composerTakesTabAsTyping()
{
    TestWorkspace workspace;
    MainWindow window(*workspace);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ComposerPage *composer = window.composer();
    JsonEditor *editor = composer->editor();
    editor->selectAll();
    editor->insertPlainText(QStringLiteral("{\n}"));
    editor->moveCursor(QTextCursor::Start);
    editor->moveCursor(QTextCursor::EndOfLine);
    editor->setFocus();
    const int steps = composer->undoStack()->count();
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClick(editor, Qt::Key_Tab);
    QCOMPARE(composer->text(), QStringLiteral("{\n  \n}"));
    QVERIFY(composer->undoStack()->count() > steps);
    composer->undoStack()->undo();
    QCOMPARE(editor->toPlainText(), QStringLiteral("{\n\n}"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QTest::keyClick(editor, Qt::Key_Tab);
    QVERIFY(!editor->hasFocus());
    QCOMPARE(composer->text(), QStringLiteral("{\n\n}"));
}

QTEST_MAIN(TestJsonEditor)
#include "tst_jsoneditor.moc"
