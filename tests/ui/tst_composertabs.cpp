#include "tests/support/testworkspace.h"
#include "ui/composer/composerdocument.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/composersession.h"
#include "ui/composer/documenttabs.h"
#include "ui/composer/formfield.h"
#include "ui/composer/jsoneditor.h"
#include "ui/composer/schemaform.h"
#include "ui/composer/send/dialogfacade.h"
#include "ui/composer/send/sendpanel.h"
#include "ui/mainwindow.h"
#include "ui/widgets/findbar.h"

#include "core/storage/eventstore.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

// The composer as documents: each tab has its own identity and undo history, Save writes the
// tab's text to the tab's event, dirty tabs ask before closing, closed tabs come back, and every
// tab (saved or not) returns after a restart.
class TestComposerTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartOpensTheStoredSampleWithoutACollision();
    void undoAfterOpeningNeverRetargetsSave();
    void eachTabHasItsOwnUndo();
    void openingAnOpenEventShowsItsTab();
    void saveAsMakesANewEventAndTheTabFollowsIt();
    void closingADirtyTabAsks();
    void tabsComeBackAfterARestart();
    void newEventAndDuplicateAreDrafts();
    void formatKeepsKeyOrderAndUndoes();
    void findCountsAndReplaceAllIsOneUndoStep();
    void formEditInABrokenTabNeverWritesAnotherTabsPayload();
    void reopeningNeverGivesOneEventTwoTabs();
    void deletedEventMakesTheTabANewEvent();

private:
    void openWindow();
    qint64 sampleId(const QString &eventType) const;
    QString storedPayload(qint64 id) const;
    void type(const QString &text);
    void trigger(const QString &action);
    ComposerPage *composer() const { return m_window->composer(); }
    DocumentTabs *tabs() const { return composer()->tabs(); }

    std::unique_ptr<TestWorkspace> m_ws;
    MainWindow *m_window = nullptr;
    JsonEditor *m_editor = nullptr;
};

void TestComposerTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestComposerTabs::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    openWindow();
}

void TestComposerTabs::openWindow()
{
    m_window = new MainWindow(**m_ws);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_editor = composer()->findChild<JsonEditor *>(QStringLiteral("jsonEditor"));
    QVERIFY(m_editor);
}

void TestComposerTabs::cleanup()
{
    delete m_window;
    m_window = nullptr;
    m_ws.reset();
}

qint64 TestComposerTabs::sampleId(const QString &eventType) const
{
    EventStore &store = (*m_ws)->store();
    const QList<qint64> members = store.sets().members((*m_ws)->samplesSetId()).value();
    for (qint64 id : members)
        if (store.event(id).value().family == QLatin1String("emails")
            && store.event(id).value().subType == eventType)
            return id;
    return 0;
}

QString TestComposerTabs::storedPayload(qint64 id) const
{
    return (*m_ws)->store().event(id).value().payload;
}

void TestComposerTabs::type(const QString &text)
{
    m_editor->setFocus();
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor, text);
}

void TestComposerTabs::trigger(const QString &action)
{
    auto *found = m_window->findChild<QAction *>(action);
    QVERIFY2(found, qPrintable(action));
    found->trigger();
}

void TestComposerTabs::firstStartOpensTheStoredSampleWithoutACollision()
{
    QCOMPARE(tabs()->count(), 1);
    const qint64 sent = sampleId(QStringLiteral("sent"));
    QCOMPARE(composer()->openEventId(), sent);
    QCOMPARE(m_editor->toPlainText(), storedPayload(sent));
    QVERIFY(!composer()->currentDocument()->isDirty());
    auto *warning = composer()->findChild<QLabel *>(QStringLiteral("dedupCollisionLabel"));
    QVERIFY(warning && warning->isHidden());
}

// Library > Enter on "emails · opened" > Ctrl+Z > Ctrl+S once wrote the previous draft over it.
void TestComposerTabs::undoAfterOpeningNeverRetargetsSave()
{
    const qint64 sent = sampleId(QStringLiteral("sent"));
    const qint64 opened = sampleId(QStringLiteral("opened"));
    type(QStringLiteral(" "));
    const QString sentDraft = m_editor->toPlainText();
    emit(*m_ws)->openEventRequested(opened);
    QCOMPARE(tabs()->count(), 2);
    QCOMPARE(composer()->openEventId(), opened);
    m_editor->setFocus();
    QTest::keySequence(m_editor, QKeySequence::Undo); // nothing to undo in this tab
    QCOMPARE(m_editor->toPlainText(), storedPayload(opened));
    QCOMPARE(composer()->openEventId(), opened);
    trigger(QStringLiteral("saveAction"));
    QVERIFY(storedPayload(opened).contains(QLatin1String("\"opened\"")));
    QVERIFY(!storedPayload(opened).contains(QLatin1String("\"sent\"")));
    // The first tab still holds its own unsaved text, for its own event.
    tabs()->showPrevious();
    QCOMPARE(composer()->openEventId(), sent);
    QCOMPARE(m_editor->toPlainText(), sentDraft);
    QVERIFY(composer()->currentDocument()->isDirty());
    QVERIFY(tabs()->tabText(tabs()->currentIndex()).endsWith(QLatin1Char('*')));
}

void TestComposerTabs::eachTabHasItsOwnUndo()
{
    type(QStringLiteral("A"));
    const QString first = m_editor->toPlainText();
    composer()->loadExample(QStringLiteral("calls"), 0);
    QCOMPARE(tabs()->count(), 2);
    const QString example = m_editor->toPlainText();
    QVERIFY(composer()->undoStack()->count() == 0);
    auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QVERIFY(!undo->isEnabled()); // Edit > Undo follows the tab in front
    type(QStringLiteral("B"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(m_editor->toPlainText(), example);
    QVERIFY(!undo->isEnabled());
    tabs()->showPrevious();
    QCOMPARE(m_editor->toPlainText(), first);
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(m_editor->toPlainText(), storedPayload(sampleId(QStringLiteral("sent"))));
    QVERIFY(!composer()->currentDocument()->isDirty()); // back to the stored text
}

void TestComposerTabs::openingAnOpenEventShowsItsTab()
{
    const qint64 opened = sampleId(QStringLiteral("opened"));
    emit(*m_ws)->openEventRequested(opened);
    tabs()->showPrevious();
    emit(*m_ws)->openEventRequested(opened);
    QCOMPARE(tabs()->count(), 2);
    QCOMPARE(composer()->openEventId(), opened);
}

void TestComposerTabs::saveAsMakesANewEventAndTheTabFollowsIt()
{
    const qint64 sent = sampleId(QStringLiteral("sent"));
    const QString original = storedPayload(sent);
    const qint64 before = (*m_ws)->store().count().value();
    m_editor->setFocus();
    QTest::keyClick(m_editor, Qt::Key_Return);
    trigger(QStringLiteral("saveAsAction"));
    QCOMPARE((*m_ws)->store().count().value(), before + 1);
    const qint64 copy = composer()->openEventId();
    QVERIFY(copy != sent && copy > 0);
    QCOMPARE(storedPayload(sent), original);
    QCOMPARE(storedPayload(copy), m_editor->toPlainText());
    QVERIFY(!composer()->currentDocument()->isDirty());
    QVERIFY((*m_ws)->store().event(copy).value().name.endsWith(QLatin1String("(copy)")));
}

void TestComposerTabs::closingADirtyTabAsks()
{
    composer()->loadExample(QStringLiteral("calls"), 0);
    type(QStringLiteral(" "));
    const QString typed = m_editor->toPlainText();
    const int asked = DialogFacade::askedCount();
    DialogFacade::preAnswerChoice(DialogFacade::Choice::Cancel);
    trigger(QStringLiteral("closeTabAction"));
    QCOMPARE(DialogFacade::askedCount(), asked + 1);
    QCOMPARE(tabs()->count(), 2);
    DialogFacade::preAnswerChoice(DialogFacade::Choice::Discard);
    trigger(QStringLiteral("closeTabAction"));
    QCOMPARE(tabs()->count(), 1);
    trigger(QStringLiteral("reopenTabAction"));
    QCOMPARE(tabs()->count(), 2);
    QCOMPARE(m_editor->toPlainText(), typed);
    QVERIFY(composer()->currentDocument()->isDirty());
    // Save, then a clean tab closes without a question.
    DialogFacade::preAnswerChoice(DialogFacade::Choice::Save);
    trigger(QStringLiteral("closeTabAction"));
    QCOMPARE(DialogFacade::askedCount(), asked + 3);
    QCOMPARE(tabs()->count(), 1);
    composer()->loadExample(QStringLiteral("calls"), 0);
    trigger(QStringLiteral("closeTabAction"));
    QCOMPARE(DialogFacade::askedCount(), asked + 3);
    QCOMPARE(tabs()->count(), 1);
}

void TestComposerTabs::tabsComeBackAfterARestart()
{
    type(QStringLiteral(" "));
    const QString first = m_editor->toPlainText();
    composer()->replacePayload(QStringLiteral("{\"subject\": \"pasted\"}"), QStringLiteral("x"));
    const QString second = m_editor->toPlainText();
    composer()->loadExample(QStringLiteral("crm"), 0);
    tabs()->showPrevious(); // the pasted tab in front
    delete m_window; // as a quit does
    openWindow();
    QCOMPARE(tabs()->count(), 3);
    QCOMPARE(m_editor->toPlainText(), second);
    QVERIFY(composer()->currentDocument()->isDirty());
    QCOMPARE(composer()->openEventId(), qint64(0));
    tabs()->showPrevious();
    QCOMPARE(m_editor->toPlainText(), first);
    QCOMPARE(composer()->openEventId(), sampleId(QStringLiteral("sent")));
    QVERIFY(tabs()->tabText(tabs()->currentIndex()).endsWith(QLatin1Char('*')));
    QVERIFY(!tabs()->tabText(2).endsWith(QLatin1Char('*'))); // the untouched example
}

void TestComposerTabs::newEventAndDuplicateAreDrafts()
{
    const qint64 before = (*m_ws)->store().count().value();
    trigger(QStringLiteral("duplicateEventAction"));
    QCOMPARE(tabs()->count(), 2);
    QCOMPARE(composer()->openEventId(), qint64(0));
    QVERIFY(composer()->currentDocument()->isDirty());
    QCOMPARE(m_editor->toPlainText(), storedPayload(sampleId(QStringLiteral("sent"))));
    composer()->loadExample(QStringLiteral("social"), 0);
    QCOMPARE(tabs()->count(), 3);
    QCOMPARE(composer()->lastCheck().family, QStringLiteral("social"));
    QCOMPARE((*m_ws)->store().count().value(), before); // drafts are not library events
}

void TestComposerTabs::formatKeepsKeyOrderAndUndoes()
{
    composer()->replacePayload(
        QStringLiteral(R"({"subject":"S","eventType":"sent","to":[{"email":"a@example.com"}]})"),
        QStringLiteral("x"));
    const QString compact = m_editor->toPlainText();
    trigger(QStringLiteral("formatAction"));
    QCOMPARE(m_editor->toPlainText(),
        QStringLiteral("{\n  \"subject\": \"S\",\n  \"eventType\": \"sent\",\n  \"to\": [\n"
                       "    {\n      \"email\": \"a@example.com\"\n    }\n  ]\n}\n"));
    composer()->undoStack()->undo();
    QCOMPARE(m_editor->toPlainText(), compact);
}

void TestComposerTabs::findCountsAndReplaceAllIsOneUndoStep()
{
    composer()->replacePayload(
        QStringLiteral(
            R"({"to": [{"email": "a@x.com"}, {"email": "b@x.com"}], "from": "c@X.com"})"),
        QStringLiteral("x"));
    const QString before = m_editor->toPlainText();
    m_editor->setFocus();
    QTest::keySequence(m_editor, QKeySequence::Find);
    auto *bar = m_editor->parentWidget()->findChild<FindBar *>(QStringLiteral("findBar"));
    QVERIFY(bar && bar->isVisible());
    auto *findText = bar->findChild<QLineEdit *>(QStringLiteral("findText"));
    QVERIFY(findText->hasFocus());
    QTest::keyClicks(findText, QStringLiteral("x.com"));
    QCOMPARE(bar->matchCount(), 3); // case-insensitive by default
    QCOMPARE(bar->currentMatch(), 1);
    QTest::keyClick(findText, Qt::Key_Return);
    QCOMPARE(bar->currentMatch(), 2);
    QTest::keyClick(findText, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(bar->currentMatch(), 1);
    const int steps = composer()->undoStack()->count();
    trigger(QStringLiteral("replaceAction"));
    bar->findChild<QLineEdit *>(QStringLiteral("replaceText"))->setText(QStringLiteral("y.org"));
    QTest::mouseClick(
        bar->findChild<QPushButton *>(QStringLiteral("replaceAllButton")), Qt::LeftButton);
    QVERIFY(!m_editor->toPlainText().contains(QLatin1String("x.com"), Qt::CaseInsensitive));
    QCOMPARE(m_editor->toPlainText().count(QLatin1String("y.org")), 3);
    QCOMPARE(bar->matchCount(), 0);
    QCOMPARE(composer()->undoStack()->count(), steps + 1);
    composer()->undoStack()->undo();
    QCOMPARE(m_editor->toPlainText(), before);
    QTest::keyClick(findText, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(m_editor->hasFocus());
}

// The form shows the last payload that parsed; in a tab whose text never parsed that was
// another tab's, and a field edit once wrote all of it into this tab.
void TestComposerTabs::formEditInABrokenTabNeverWritesAnotherTabsPayload()
{
    composer()->replacePayload(QStringLiteral("{\"subject\": broken"), QStringLiteral("x"));
    composer()->syncForm();
    const QString broken = m_editor->toPlainText();
    auto *field
        = composer()->currentForm()->findChild<FormField *>(QStringLiteral("field_subject"));
    QVERIFY(field);
    QTest::keyClicks(field->findChild<QLineEdit *>(QStringLiteral("input")), QStringLiteral("!"));
    QCOMPARE(m_editor->toPlainText(), broken);
}

void TestComposerTabs::reopeningNeverGivesOneEventTwoTabs()
{
    const qint64 opened = sampleId(QStringLiteral("opened"));
    emit(*m_ws)->openEventRequested(opened);
    type(QStringLiteral(" "));
    DialogFacade::preAnswerChoice(DialogFacade::Choice::Discard);
    trigger(QStringLiteral("closeTabAction"));
    emit(*m_ws)->openEventRequested(opened);
    trigger(QStringLiteral("reopenTabAction"));
    int tabsOfOpened = 0;
    for (ComposerDocument *document : tabs()->documents())
        tabsOfOpened += document->eventId() == opened;
    QCOMPARE(tabsOfOpened, 1);
    QCOMPARE(composer()->openEventId(), qint64(0)); // the reopened text, as a new event
    QVERIFY(m_editor->toPlainText().endsWith(QLatin1Char(' ')));
}

void TestComposerTabs::deletedEventMakesTheTabANewEvent()
{
    const qint64 opened = sampleId(QStringLiteral("opened"));
    emit(*m_ws)->openEventRequested(opened);
    QVERIFY((*m_ws)->store().deleteEvent(opened).ok());
    (*m_ws)->notifyLibraryChanged();
    QCOMPARE(composer()->openEventId(), qint64(0));
    QCOMPARE(composer()->sendPanel()->openEventId(), qint64(0)); // Save makes a new event
    const qint64 before = (*m_ws)->store().count().value();
    trigger(QStringLiteral("saveAction"));
    QCOMPARE((*m_ws)->store().count().value(), before + 1);
}

QTEST_MAIN(TestComposerTabs)
#include "tst_composertabs.moc"
