#include "tests/support/testworkspace.h"
#include "tests/support/wcag.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/formfield.h"
#include "ui/composer/jsoneditor.h"
#include "ui/composer/schemaform.h"
#include "ui/mainwindow.h"

#include "core/schema/schemaset.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

// Drives the composer of the real main window by object name: the generated form, the JSON
// editor kept in sync both ways, findings that lead to their field, quick fixes and undo.
class TestComposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void composeAnEmailThroughTheForm();
    void emptyToFocusesTheField();
    void invalidJsonLeavesTheFormAsItWas();
    void quickFixRepairsABareRecipientAndUndoRestoresIt();
    void undoCoversFormAndEditor();
    void roundTripsEveryExample_data();
    void roundTripsEveryExample();
    void transcriptSwitchesBetweenTurnsAndText();
    void pasteDetectsTheFamily();
    void bannersFollowADarkPalette();
    void screenshots();

private:
    void setText(const QString &text);
    QJsonObject editorJson() const;
    SchemaForm *form() const { return m_window->composer()->currentForm(); }
    template<typename T>
    T *inField(const QString &field, const QString &name) const;
    QTreeWidgetItem *findingAt(const QString &path) const;

    std::unique_ptr<TestWorkspace> m_workspace;
    MainWindow *m_window = nullptr;
    JsonEditor *m_editor = nullptr;
    QTreeWidget *m_findings = nullptr;
    QLineEdit *m_dedup = nullptr;
};

void TestComposer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keeps remembered layouts out of the user's settings
}

void TestComposer::init()
{
    m_workspace = std::make_unique<TestWorkspace>();
    m_window = new MainWindow(**m_workspace);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    m_editor = m_window->findChild<JsonEditor *>(QStringLiteral("jsonEditor"));
    m_findings = m_window->findChild<QTreeWidget *>(QStringLiteral("findingsView"));
    m_dedup = m_window->findChild<QLineEdit *>(QStringLiteral("dedupIdField"));
    QVERIFY(m_editor && m_findings && m_dedup && form());
}

void TestComposer::cleanup()
{
    delete m_window;
    m_workspace.reset();
}

void TestComposer::setText(const QString &text)
{
    m_editor->selectAll();
    m_editor->insertPlainText(text);
    m_window->composer()->syncForm(); // as after the pause that follows typing
}

QJsonObject TestComposer::editorJson() const
{
    return QJsonDocument::fromJson(m_editor->toPlainText().toUtf8()).object();
}

template<typename T>
T *TestComposer::inField(const QString &field, const QString &name) const
{
    auto *row = form()->findChild<FormField *>(QStringLiteral("field_") + field);
    return row ? row->findChild<T *>(name) : nullptr;
}

QTreeWidgetItem *TestComposer::findingAt(const QString &path) const
{
    for (int i = 0; i < m_findings->topLevelItemCount(); ++i)
        if (m_findings->topLevelItem(i)->text(1) == path)
            return m_findings->topLevelItem(i);
    return nullptr;
}

void TestComposer::composeAnEmailThroughTheForm()
{
    auto *family = m_window->findChild<QComboBox *>(QStringLiteral("familyCombo"));
    family->setCurrentIndex(family->findData(QStringLiteral("emails")));
    setText(QString());
    QCOMPARE(form()->objectName(), QStringLiteral("form_emails"));
    auto *subType = inField<QComboBox>(QStringLiteral("eventType"), QStringLiteral("input"));
    subType->setCurrentIndex(subType->findData(QStringLiteral("sent")));
    emit subType->activated(subType->currentIndex());
    QTest::mouseClick(
        inField<QToolButton>(QStringLiteral("eventTimestamp"), QStringLiteral("nowButton")),
        Qt::LeftButton);
    QTest::keyClicks(inField<QLineEdit>(QStringLiteral("from"), QStringLiteral("email")),
        QStringLiteral("maya@example.com"));
    QTest::mouseClick(
        inField<QToolButton>(QStringLiteral("to"), QStringLiteral("addRow")), Qt::LeftButton);
    inField<QTableWidget>(QStringLiteral("to"), QStringLiteral("table"))
        ->item(0, 0)
        ->setText(QStringLiteral("jordan@example.com"));
    QTest::keyClicks(inField<QPlainTextEdit>(QStringLiteral("body"), QStringLiteral("text")),
        QStringLiteral("Hello Jordan"));

    QStringList ids {m_dedup->toolTip()};
    auto *subject = inField<QLineEdit>(QStringLiteral("subject"), QStringLiteral("input"));
    for (const QChar c : QStringLiteral("Pricing")) {
        QTest::keyClick(subject, c.toLatin1());
        ids << m_dedup->toolTip();
    }
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 8); // a new ID after every keystroke
    QCOMPARE(m_window->lastCheck().dedup.components.value(1), QStringLiteral("Pricing"));
    const QJsonObject json = editorJson();
    QCOMPARE(json.value(QStringLiteral("subject")).toString(), QStringLiteral("Pricing"));
    QCOMPARE(json.value(QStringLiteral("to"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
        QStringLiteral("jordan@example.com"));
    QVERIFY2(m_window->lastCheck().valid(), qPrintable(m_editor->toPlainText()));
    QCOMPARE(m_findings->topLevelItemCount(), 0);
}

void TestComposer::emptyToFocusesTheField()
{
    setText(
        QStringLiteral("{\"eventTimestamp\": \"2024-02-03T10:30:00Z\", \"eventType\": \"sent\", "
                       "\"subject\": \"Hi\", \"body\": {\"text\": \"Hello\"}, "
                       "\"from\": {\"email\": \"a@example.com\"}, \"to\": []}"));
    QTreeWidgetItem *item = findingAt(QStringLiteral("/to"));
    QVERIFY(item);
    QCOMPARE(item->text(3), QStringLiteral("min-items"));
    QCOMPARE(item->icon(0).isNull(), false);
    QTest::mouseClick(
        m_findings->viewport(), Qt::LeftButton, {}, m_findings->visualItemRect(item).center());
    auto *to = form()->findChild<FormField *>(QStringLiteral("field_to"));
    QVERIFY(QApplication::focusWidget());
    QVERIFY2(to->isAncestorOf(QApplication::focusWidget()),
        qPrintable(QApplication::focusWidget()->objectName()));
    const auto *help = m_window->findChild<QWidget *>(QStringLiteral("fieldHelp"));
    QVERIFY(help->property("plainText").toString().contains(QLatin1String("a non-empty array")));
}

void TestComposer::invalidJsonLeavesTheFormAsItWas()
{
    const QJsonObject before = form()->payload();
    QCOMPARE(before.value(QStringLiteral("subject")).toString(),
        QStringLiteral("Onboarding in half the time"));
    QTextCursor cursor(m_editor->document());
    cursor.movePosition(QTextCursor::Down, QTextCursor::MoveAnchor, 2);
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.deletePreviousChar(); // drops the comma after "eventType": "sent"
    m_editor->setTextCursor(cursor);
    m_window->composer()->syncForm();
    auto *banner = m_window->findChild<QLabel *>(QStringLiteral("formBanner"));
    QVERIFY(banner->isVisible());
    QVERIFY2(
        banner->text().contains(QLatin1String("line 4, column 3")), qPrintable(banner->text()));
    QCOMPARE(m_findings->topLevelItem(0)->text(2), QStringLiteral("4:3"));
    QCOMPARE(form()->payload(), before);
    QVERIFY(inField<QLineEdit>(QStringLiteral("subject"), QStringLiteral("input"))->text()
        == before.value(QStringLiteral("subject")).toString());
}

void TestComposer::quickFixRepairsABareRecipientAndUndoRestoresIt()
{
    setText(QStringLiteral(
        "{\"eventTimestamp\": \"2024-02-03T10:30:00Z\", \"eventType\": \"sent\", "
        "\"subject\": \"Hi\", \"body\": {\"text\": \"Hello\"}, "
        "\"from\": {\"email\": \"a@example.com\"}, \"to\": [\"Jo <jo@example.com>\"]}"));
    const QString original = m_editor->toPlainText();
    auto *to = form()->findChild<FormField *>(QStringLiteral("field_to"));
    QVERIFY(to->isRaw());
    QTreeWidgetItem *item = findingAt(QStringLiteral("/to/0"));
    QVERIFY(item);
    m_findings->setCurrentItem(item);
    auto *fix = m_window->findChild<QPushButton *>(QStringLiteral("quickFixButton"));
    QVERIFY(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);
    const QJsonObject fixed = editorJson().value(QStringLiteral("to")).toArray().at(0).toObject();
    QCOMPARE(fixed,
        (QJsonObject {{QStringLiteral("email"), QStringLiteral("jo@example.com")},
            {QStringLiteral("name"), QStringLiteral("Jo")}}));
    QVERIFY(!to->isRaw());
    QCOMPARE(
        inField<QTableWidget>(QStringLiteral("to"), QStringLiteral("table"))->item(0, 1)->text(),
        QStringLiteral("Jo"));
    QVERIFY(m_window->lastCheck().valid());

    m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
    QCOMPARE(m_editor->toPlainText(), original);
    QVERIFY(to->isRaw());
    QVERIFY(findingAt(QStringLiteral("/to/0")));
    m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
    QVERIFY(editorJson().value(QStringLiteral("to")).toArray().at(0).isObject());
}

void TestComposer::undoCoversFormAndEditor()
{
    QUndoStack *undo = m_window->composer()->undoStack();
    const QString start = m_editor->toPlainText();
    QTest::keyClicks(inField<QLineEdit>(QStringLiteral("subject"), QStringLiteral("input")),
        QStringLiteral("!!"));
    const QString afterForm = m_editor->toPlainText();
    QVERIFY(afterForm.contains(QLatin1String("half the time!!")));
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setFocus();
    QTest::keyClicks(m_editor, QStringLiteral(" "));
    QCOMPARE(undo->count(), 2); // one step per burst: the form field, then the editor
    QTest::keySequence(m_editor, QKeySequence::Undo);
    QCOMPARE(m_editor->toPlainText(), afterForm);
    undo->undo();
    QCOMPARE(m_editor->toPlainText(), start);
    QCOMPARE(inField<QLineEdit>(QStringLiteral("subject"), QStringLiteral("input"))->text(),
        QStringLiteral("Onboarding in half the time"));
}

void TestComposer::roundTripsEveryExample_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("index");
    const auto schemas = SchemaSet::loadBuiltIn();
    for (const QString &family : schemas.value().families())
        for (int i = 0; i < schemas.value().schema(family)->examples().size(); ++i)
            QTest::addRow("%s/%d", qPrintable(family), i) << family << i;
}

void TestComposer::roundTripsEveryExample()
{
    QFETCH(QString, family);
    QFETCH(int, index);
    m_window->loadExample(family, index);
    const auto schemas = SchemaSet::loadBuiltIn();
    const QJsonObject example
        = QJsonDocument::fromJson(schemas.value().schema(family)->examples().at(index)).object();
    QCOMPARE(editorJson(), example); // JSON -> editor
    QCOMPARE(form()->objectName(), QStringLiteral("form_") + family);
    QCOMPARE(form()->payload(), example); // editor -> form
    for (FormField *field : form()->findChildren<FormField *>()) {
        QVERIFY2(!field->isRaw(), qPrintable(field->info().name));
        emit field->edited(field->info().name); // form -> editor, one field at a time
    }
    QCOMPARE(editorJson(), example);
    m_window->composer()->syncForm();
    QCOMPARE(form()->payload(), example); // and back to the form
}

void TestComposer::transcriptSwitchesBetweenTurnsAndText()
{
    m_window->loadExample(QStringLiteral("calls"), 0);
    auto *mode = inField<QComboBox>(QStringLiteral("transcript"), QStringLiteral("modeCombo"));
    QCOMPARE(
        inField<QTableWidget>(QStringLiteral("transcript"), QStringLiteral("table"))->rowCount(),
        3);
    mode->setCurrentIndex(1);
    emit mode->activated(1);
    const QJsonValue flat = editorJson().value(QStringLiteral("transcript"));
    QVERIFY(flat.isString());
    QVERIFY(flat.toString().startsWith(QLatin1String("Maria Lopez: Thanks for making time")));
    mode->setCurrentIndex(0);
    emit mode->activated(0);
    const QJsonArray turns = editorJson().value(QStringLiteral("transcript")).toArray();
    QCOMPARE(turns.size(), 3);
    QCOMPARE(turns.at(1).toObject().value(QStringLiteral("speaker")).toString(),
        QStringLiteral("Daniel Kim"));
}

void TestComposer::pasteDetectsTheFamily()
{
    m_window->composer()->replacePayload(
        QStringLiteral(
            R"({"opportunityId": "opp-1", "eventType": "DEAL_WON", "eventTimestamp": 1706956200})"),
        QStringLiteral("the clipboard"));
    QCOMPARE(m_window->lastCheck().family, QStringLiteral("crm"));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("familyNote"))
                ->text()
                .contains(QLatin1String("crm")));
    // Every page has a message bar: the composer's.
    QVERIFY(m_window->composer()
                ->findChild<QLabel *>(QStringLiteral("messageText"))
                ->text()
                .contains(QLatin1String("crm")));
    QCOMPARE(form()->objectName(), QStringLiteral("form_crm"));
    QVERIFY(form()->findChild<FormField *>(QStringLiteral("field_eventType"))->isRaw());
}

void TestComposer::bannersFollowADarkPalette()
{
    const QPalette original = QApplication::palette();
    const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
    QPalette dark = original;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Window, QColor(0x28, 0x28, 0x28));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    const QRegularExpression colours(
        QStringLiteral("background:\\s*(#[0-9a-f]{6});\\s*color:\\s*(#[0-9a-f]{6})"));
    for (const char *name : {"formBanner", "dedupCollisionLabel"}) {
        auto *banner = m_window->findChild<QLabel *>(QLatin1String(name));
        QVERIFY2(banner, name);
        const QRegularExpressionMatch match = colours.match(banner->styleSheet());
        QVERIFY2(match.hasMatch(), qPrintable(banner->styleSheet()));
        const QColor background(match.captured(1));
        const QColor text(match.captured(2));
        QVERIFY2(background.lightness() < 128, name); // the banner follows the dark palette
        QVERIFY2(Wcag::contrast(background, text) >= 7.0, name);
    }
}

void TestComposer::screenshots()
{
    const QString dir = qEnvironmentVariable("EVENTSMITH_SCREENSHOTS");
    if (dir.isEmpty())
        QSKIP("set EVENTSMITH_SCREENSHOTS to a folder to write screenshots");
    m_window->resize(1400, 860);
    m_window->loadExample(QStringLiteral("emails"), 0);
    form()->focusField(QStringLiteral("from"));
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/composer-email.png")));
    m_window->loadExample(QStringLiteral("calls"), 0);
    form()->focusField(QStringLiteral("transcript"));
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/composer-call.png")));
    setText(QStringLiteral(
        "{\n  \"eventTimestamp\": 1706956200,\n  \"eventType\": \"OPENED\",\n"
        "  \"subject\": \"\",\n  \"body\": \"Following up on pricing\",\n"
        "  \"from\": {\"email\": \"maya@example.com\", \"name\": \"Maya\"},\n"
        "  \"to\": [\"Jordan Lee <jordan@example.com>\"],\n  \"campain\": \"q1\"\n}\n"));
    m_findings->setCurrentItem(findingAt(QStringLiteral("/to/0")));
    QTest::qWait(50);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/composer-findings.png")));
}

QTEST_MAIN(TestComposer)
#include "tst_composer.moc"
