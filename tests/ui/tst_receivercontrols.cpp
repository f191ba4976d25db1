#include "tests/support/testworkspace.h"
#include "ui/receiver/receiverpage.h"

#include "core/receiver/receiver.h"

#include <QLabel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

// The receiver page's number boxes apply a number once it is typed in full, and the latency
// range is checked as a whole: a "to" below "from" is refused with a message next to the range,
// never clamped.
class TestReceiverControls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void typedLatencyAppliesWhenEditingFinishes();
    void fromAloneWaitsForTo();
    void toBelowFromIsRefusedWithAMessage();
    void raisingFromAboveToIsRefusedToo();

private:
    // Types `text` over the box's number and leaves the box with Tab, as a user does.
    void type(QSpinBox *box, const QString &text);
    const FaultSettings &faults() const { return (*m_ws)->receiver().settings().faults; }

    std::unique_ptr<TestWorkspace> m_ws;
    ReceiverPage *m_page = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QLabel *m_message = nullptr;
};

void TestReceiverControls::init()
{
    m_ws = std::make_unique<TestWorkspace>();
    m_page = new ReceiverPage(**m_ws);
    m_page->resize(1024, 700);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_from = m_page->findChild<QSpinBox *>(QStringLiteral("latencyMinSpin"));
    m_to = m_page->findChild<QSpinBox *>(QStringLiteral("latencyMaxSpin"));
    m_message = m_page->findChild<QLabel *>(QStringLiteral("latencyRangeMessage"));
    QVERIFY(m_from && m_to);
}

void TestReceiverControls::cleanup()
{
    delete m_page;
    m_page = nullptr;
    m_ws.reset();
}

void TestReceiverControls::type(QSpinBox *box, const QString &text)
{
    box->setFocus(Qt::MouseFocusReason);
    QVERIFY(box->hasFocus());
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Tab);
    QVERIFY(!box->hasFocus());
}

void TestReceiverControls::typedLatencyAppliesWhenEditingFinishes()
{
    type(m_from, QStringLiteral("100"));
    type(m_to, QStringLiteral("400"));
    QCOMPARE(m_to->value(), 400); // not 10000 from "4" clamped to 100, then "0", "0"
    QCOMPARE(faults().latencyMinMs, 100);
    QCOMPARE(faults().latencyMaxMs, 400);
    QVERIFY(m_message);
    QVERIFY(m_message->isHidden());
}

void TestReceiverControls::fromAloneWaitsForTo()
{
    QVERIFY(m_message);
    QVERIFY(m_message->isHidden());
    type(m_from, QStringLiteral("100"));
    QVERIFY(m_message->isVisible()); // "to" is still 0: the range waits for it
    QCOMPARE(m_to->value(), 0);
    QCOMPARE(faults().latencyMinMs, 0);
    QCOMPARE(faults().latencyMaxMs, 0);
}

void TestReceiverControls::toBelowFromIsRefusedWithAMessage()
{
    type(m_to, QStringLiteral("400"));
    type(m_from, QStringLiteral("100"));
    QCOMPARE(faults().latencyMinMs, 100);
    QCOMPARE(faults().latencyMaxMs, 400);
    type(m_to, QStringLiteral("50"));
    QCOMPARE(m_to->value(), 50); // what the user typed stays for them to correct
    QVERIFY(m_message);
    QVERIFY(m_message->isVisible());
    QVERIFY2(m_message->text().contains(QLatin1String("100 ms")), qPrintable(m_message->text()));
    QCOMPARE(faults().latencyMinMs, 100);
    QCOMPARE(faults().latencyMaxMs, 400);
    // Other settings wait for the range too, so nothing half-valid reaches the receiver.
    auto *drop = m_page->findChild<QSpinBox *>(QStringLiteral("dropRateSpin"));
    type(drop, QStringLiteral("10"));
    QCOMPARE(faults().dropRate, 0.0);
    type(m_to, QStringLiteral("250"));
    QVERIFY(m_message->isHidden());
    QCOMPARE(faults().latencyMaxMs, 250);
    QCOMPARE(faults().dropRate, 0.1);
}

void TestReceiverControls::raisingFromAboveToIsRefusedToo()
{
    type(m_to, QStringLiteral("300"));
    type(m_from, QStringLiteral("500"));
    QCOMPARE(m_to->value(), 300); // not pushed up to 500
    QVERIFY(m_message);
    QVERIFY(m_message->isVisible());
    QVERIFY2(m_message->text().contains(QLatin1String("500 ms")), qPrintable(m_message->text()));
    QCOMPARE(faults().latencyMinMs, 0);
    QCOMPARE(faults().latencyMaxMs, 300);
}

QTEST_MAIN(TestReceiverControls)
#include "tst_receivercontrols.moc"
