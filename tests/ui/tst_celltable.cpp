#include "ui/composer/fields/recipientlisteditor.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

// The composer's recipient tables: Tab walks the cells and, from the last one, goes on to the
// next widget instead of wrapping around to the first cell; Shift+Tab from the first cell goes
// back to the widget before the table.
class TestCellTable : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void tabWalksTheCells();
    void tabFromTheLastCellLeavesTheTable();
    void shiftTabFromTheFirstCellLeavesTheTable();
    void tabWhileEditingTheLastCellKeepsTheTextAndLeaves();

private:
    QWidget *m_window = nullptr;
    QLineEdit *m_before = nullptr;
    RecipientListEditor *m_editor = nullptr;
    QTableWidget *m_table = nullptr;
    QToolButton *m_add = nullptr;
};

void TestCellTable::init()
{
    m_window = new QWidget;
    m_before = new QLineEdit;
    m_editor = new RecipientListEditor(false);
    auto *layout = new QVBoxLayout(m_window);
    layout->addWidget(m_before);
    layout->addWidget(m_editor);
    layout->addWidget(new QLineEdit);
    QVERIFY(m_editor->setValue(
        QJsonArray {QJsonObject {{QStringLiteral("email"), QStringLiteral("maya@example.com")}},
            QJsonObject {{QStringLiteral("email"), QStringLiteral("jordan@example.com")}}}));
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_table = m_editor->findChild<QTableWidget *>(QStringLiteral("table"));
    m_add = m_editor->findChild<QToolButton *>(QStringLiteral("addRow"));
    QVERIFY(m_table && m_add);
    QCOMPARE(m_table->rowCount(), 2);
    m_table->setFocus();
    QVERIFY(m_table->hasFocus());
}

void TestCellTable::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestCellTable::tabWalksTheCells()
{
    m_table->setCurrentCell(0, 0);
    QTest::keyClick(m_table, Qt::Key_Tab);
    QVERIFY(m_table->hasFocus());
    QCOMPARE(m_table->currentColumn(), 1);
    QTest::keyClick(m_table, Qt::Key_Tab);
    QCOMPARE(m_table->currentRow(), 1);
    QCOMPARE(m_table->currentColumn(), 0);
}

void TestCellTable::tabFromTheLastCellLeavesTheTable()
{
    m_table->setCurrentCell(1, 1);
    QTest::keyClick(m_table, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), m_add); // the table's own button comes next
    QCOMPARE(m_table->currentRow(), 1); // no wrap to the first cell
    QCOMPARE(m_table->currentColumn(), 1);
}

void TestCellTable::shiftTabFromTheFirstCellLeavesTheTable()
{
    m_table->setCurrentCell(0, 0);
    QTest::keyClick(m_table, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), m_before);
    QCOMPARE(m_table->currentRow(), 0);
}

void TestCellTable::tabWhileEditingTheLastCellKeepsTheTextAndLeaves()
{
    m_table->setCurrentCell(1, 1);
    m_table->editItem(m_table->item(1, 1));
    auto *cellEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(cellEditor);
    QTest::keyClicks(cellEditor, QStringLiteral("Jordan"));
    QTest::keyClick(cellEditor, Qt::Key_Tab);
    QCOMPARE(m_table->item(1, 1)->text(), QStringLiteral("Jordan"));
    QCOMPARE(QApplication::focusWidget(), m_add);
    QCOMPARE(m_editor->value().toArray().at(1)[QLatin1String("name")].toString(),
        QStringLiteral("Jordan"));
}

QTEST_MAIN(TestCellTable)
#include "tst_celltable.moc"
