#include "tests/support/testworkspace.h"
#include "ui/composer/formfield.h"
#include "ui/composer/schemaform.h"
#include "ui/widgets/wheelguard.h"

#include "core/schema/schemaset.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QSpontaneKeyEvent>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

// The wheel over a combo box, a spin or date-time box or a slider scrolls the form around it
// and leaves the value alone unless the control has the focus; number boxes commit when
// editing finishes. The wheel events are spontaneous, as a mouse makes them, so QApplication
// offers an ignored one to the parents.
class TestWheelGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void unfocusedControlScrollsTheForm_data();
    void unfocusedControlScrollsTheForm();
    void focusedControlTakesTheWheel();
    void wheelDoesNotTakeTheFocus();
    void windowTabBarKeepsItsWheel();
    void numberBoxCommitsWhenEditingFinishes();
    void composerFormScrollsOverEventTypeAndTimestamp();

private:
    static void wheelDown(QWidget *target);
    static QString valueOf(QWidget *control);
    QScrollArea *m_area = nullptr;
    QLineEdit *m_first = nullptr;
};

void TestWheelGuard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    WheelGuard::install(qobject_cast<QApplication *>(QCoreApplication::instance()));
}

// A form taller than its scroll area: a line edit to hold the focus, then the four kinds of
// value control, then filler.
void TestWheelGuard::init()
{
    auto *inner = new QWidget;
    auto *form = new QFormLayout(inner);
    m_first = new QLineEdit;
    form->addRow(QStringLiteral("Name"), m_first);
    auto *combo = new QComboBox;
    combo->setObjectName(QStringLiteral("combo"));
    combo->addItems({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    combo->setCurrentIndex(1);
    auto *dateTime = new QDateTimeEdit(QDateTime(QDate(2024, 5, 15), QTime(12, 30), Qt::UTC));
    dateTime->setObjectName(QStringLiteral("dateTime"));
    auto *spin = new QSpinBox;
    spin->setObjectName(QStringLiteral("spin"));
    spin->setValue(50);
    auto *slider = new QSlider(Qt::Horizontal);
    slider->setObjectName(QStringLiteral("slider"));
    slider->setValue(50);
    form->addRow(QStringLiteral("Combo"), combo);
    form->addRow(QStringLiteral("When"), dateTime);
    form->addRow(QStringLiteral("Count"), spin);
    form->addRow(QStringLiteral("Level"), slider);
    auto *tabs = new QTabWidget;
    tabs->addTab(new QLineEdit, QStringLiteral("Text"));
    tabs->addTab(new QLineEdit, QStringLiteral("HTML"));
    tabs->tabBar()->setObjectName(QStringLiteral("tabs"));
    form->addRow(QStringLiteral("Body"), tabs);
    for (int i = 0; i < 30; ++i)
        form->addRow(QStringLiteral("Filler %1").arg(i), new QLineEdit);
    m_area = new QScrollArea;
    m_area->setWidget(inner);
    m_area->setWidgetResizable(true);
    m_area->resize(320, 240);
    m_area->show();
    m_area->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_area));
    m_first->setFocus();
    QVERIFY(m_first->hasFocus());
}

void TestWheelGuard::cleanup()
{
    delete m_area;
    m_area = nullptr;
}

// One notch down over the middle of `target`, delivered to the child under the pointer.
void TestWheelGuard::wheelDown(QWidget *target)
{
    const QPoint centre = target->rect().center();
    QWidget *receiver = target->childAt(centre);
    if (!receiver)
        receiver = target;
    const QPointF local = receiver->mapFrom(target, centre);
    QWheelEvent wheel(local, receiver->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(receiver, &wheel);
}

QString TestWheelGuard::valueOf(QWidget *control)
{
    if (auto *combo = qobject_cast<QComboBox *>(control))
        return combo->currentText();
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(control))
        return spin->text();
    if (auto *tabs = qobject_cast<QTabBar *>(control))
        return tabs->tabText(tabs->currentIndex());
    return QString::number(static_cast<QSlider *>(control)->value());
}

void TestWheelGuard::unfocusedControlScrollsTheForm_data()
{
    QTest::addColumn<QString>("name");
    for (const char *name : {"combo", "dateTime", "spin", "slider", "tabs"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestWheelGuard::unfocusedControlScrollsTheForm()
{
    QFETCH(QString, name);
    auto *control = m_area->findChild<QWidget *>(name);
    QVERIFY(control);
    const QString before = valueOf(control);
    QCOMPARE(m_area->verticalScrollBar()->value(), 0);
    wheelDown(control);
    QCOMPARE(valueOf(control), before);
    QVERIFY(m_area->verticalScrollBar()->value() > 0);
}

void TestWheelGuard::focusedControlTakesTheWheel()
{
    auto *combo = m_area->findChild<QComboBox *>(QStringLiteral("combo"));
    combo->setFocus();
    QVERIFY(combo->hasFocus());
    wheelDown(combo);
    QCOMPARE(combo->currentIndex(), 2);
    QCOMPARE(m_area->verticalScrollBar()->value(), 0);
    auto *dateTime = m_area->findChild<QDateTimeEdit *>(QStringLiteral("dateTime"));
    dateTime->setFocus();
    const QDateTime before = dateTime->dateTime();
    wheelDown(dateTime);
    QVERIFY(dateTime->dateTime() != before);
}

void TestWheelGuard::wheelDoesNotTakeTheFocus()
{
    auto *combo = m_area->findChild<QComboBox *>(QStringLiteral("combo"));
    QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);
    wheelDown(combo);
    QVERIFY(m_first->hasFocus());
    wheelDown(combo); // a second notch still does not change it
    QCOMPARE(combo->currentIndex(), 1);
}

// Outside a form there is nothing to scroll: a window's tab bar still switches tabs.
void TestWheelGuard::windowTabBarKeepsItsWheel()
{
    QWidget window;
    auto *name = new QLineEdit;
    auto *tabs = new QTabWidget;
    tabs->addTab(new QWidget, QStringLiteral("Response"));
    tabs->addTab(new QWidget, QStringLiteral("History"));
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(name);
    layout->addWidget(tabs);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    name->setFocus();
    QVERIFY(!tabs->tabBar()->hasFocus());
    wheelDown(tabs->tabBar());
    QCOMPARE(tabs->currentIndex(), 1);
}

void TestWheelGuard::numberBoxCommitsWhenEditingFinishes()
{
    auto *spin = m_area->findChild<QSpinBox *>(QStringLiteral("spin"));
    QSignalSpy changed(spin, &QSpinBox::valueChanged);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("42"));
    QCOMPARE(changed.count(), 0); // "4" alone was never applied
    QTest::keyClick(spin, Qt::Key_Return);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(spin->value(), 42);
}

// The real composer form: the wheel over Event type and the timestamp scrolls the form.
void TestWheelGuard::composerFormScrollsOverEventTypeAndTimestamp()
{
    TestWorkspace workspace;
    SchemaForm form(*workspace->schemas().schema(QStringLiteral("emails")));
    form.setPayload(QJsonObject {{QStringLiteral("eventType"), QStringLiteral("sent")},
        {QStringLiteral("eventTimestamp"), QStringLiteral("2024-05-01T12:00:00Z")}});
    form.resize(420, 260);
    form.show();
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus(); // the pointer passes over the fields, the keyboard is elsewhere
    for (const QString &name : {QStringLiteral("eventType"), QStringLiteral("eventTimestamp")}) {
        form.verticalScrollBar()->setValue(0);
        FormField *field = form.field(name);
        QVERIFY2(field, qPrintable(name));
        auto *input = field->findChild<QWidget *>(QStringLiteral("input"));
        QVERIFY(input && !input->hasFocus());
        const QString before = valueOf(input);
        const QJsonValue value = form.fieldValue(name);
        wheelDown(input);
        QCOMPARE(valueOf(input), before);
        QCOMPARE(form.fieldValue(name), value);
        QVERIFY2(form.verticalScrollBar()->value() > 0, qPrintable(name));
    }
}

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
