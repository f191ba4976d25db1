#include "tests/support/testworkspace.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/jsoneditor.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

// What a screen reader and a keyboard user meet: every control in every page has a name to
// announce, and Tab walks the composer from the top bar through the form, the editor and the
// findings to the response.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyControlHasAnAccessibleName();
    void tabWalksTheComposerInReadingOrder();

private:
    static bool isControl(const QWidget *widget);
    QString areaOf(const QWidget *widget) const;

    std::unique_ptr<TestWorkspace> m_ws;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccessibility::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_window = new MainWindow(**m_ws);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestAccessibility::cleanup()
{
    delete m_window;
    m_ws.reset();
}

bool TestAccessibility::isControl(const QWidget *widget)
{
    if (!(widget->focusPolicy() & Qt::TabFocus))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget)
        || qobject_cast<const QAbstractSlider *>(widget)
        || qobject_cast<const QAbstractItemView *>(widget)
        || qobject_cast<const QPlainTextEdit *>(widget);
}

void TestAccessibility::everyControlHasAnAccessibleName()
{
    QStringList unnamed;
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    for (int page = 0; page < pages->count(); ++page) {
        pages->setCurrentIndex(page);
        QCoreApplication::processEvents();
        for (QWidget *widget : pages->widget(page)->findChildren<QWidget *>()) {
            if (!isControl(widget) || !widget->isVisibleTo(pages->widget(page)))
                continue;
            // Spin and combo boxes own an inner line edit; the box itself is what is announced.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
                || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2 (%3)")
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                   widget->objectName(), pages->widget(page)->objectName());
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
}

QString TestAccessibility::areaOf(const QWidget *widget) const
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName();
        if (name == QLatin1String("sendBar") || name == QLatin1String("familyCombo"))
            return QStringLiteral("top");
        if (name == QLatin1String("forms"))
            return QStringLiteral("form");
        if (name == QLatin1String("jsonEditor"))
            return QStringLiteral("editor");
        if (name == QLatin1String("findingsPanel"))
            return QStringLiteral("findings");
        if (name == QLatin1String("dedupPanel"))
            return QStringLiteral("dedup");
        if (name == QLatin1String("sendTabs"))
            return QStringLiteral("response");
    }
    return QString();
}

void TestAccessibility::tabWalksTheComposerInReadingOrder()
{
    ComposerPage *composer = m_window->composer();
    composer->replacePayload(QStringLiteral(R"({"eventType": "sent", "subject": "Hi"})"),
        QStringLiteral("the test")); // findings to walk through
    composer->syncForm();
    composer->findChild<QWidget *>(QStringLiteral("familyCombo"))->setFocus();
    QStringList areas;
    for (int i = 0; i < 200 && areas.value(areas.size() - 1) != QLatin1String("response"); ++i) {
        QWidget *focus = QApplication::focusWidget();
        const QString area = areaOf(focus);
        if (qEnvironmentVariableIsSet("TRACE_FOCUS"))
            qInfo() << focus << area;
        if (!area.isEmpty() && areas.value(areas.size() - 1) != area)
            areas << area;
        if (qobject_cast<JsonEditor *>(focus)) // Tab indents there: Esc, then Tab leaves
            QTest::keyClick(focus, Qt::Key_Escape);
        if (qobject_cast<QDateTimeEdit *>(focus)) {
            // Tab walks its sections, then leaves (tested with real keys in the journeys); a
            // synthetic key does not move its section cursor, so step on as its last Tab does.
            const auto lands = [](QWidget *w) {
                while (w->focusProxy())
                    w = w->focusProxy();
                return w;
            };
            QWidget *next = focus->nextInFocusChain();
            while (next != focus
                && (lands(next) == focus || focus->isAncestorOf(next)
                    || !(next->isVisible() && next->isEnabled()
                        && (next->focusPolicy() & Qt::TabFocus))))
                next = next->nextInFocusChain();
            next->setFocus(Qt::TabFocusReason);
            continue;
        }
        QTest::keyClick(focus, Qt::Key_Tab);
    }
    QCOMPARE(areas,
        (QStringList {QStringLiteral("top"), QStringLiteral("form"), QStringLiteral("editor"),
            QStringLiteral("findings"), QStringLiteral("dedup"), QStringLiteral("response")}));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
