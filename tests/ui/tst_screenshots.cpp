#include "tests/support/testworkspace.h"
#include "ui/mainwindow.h"

#include "core/receiver/receiver.h"
#include "core/storage/eventstore.h"
#include "ui/replay/replaycharts.h"

#include <QAbstractItemView>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

// The first-start story through the real main window, one page after another, with a
// screenshot of each: open a sample, send it to the local receiver, look at the library,
// replay the Samples set to 100%, read the receiver's inbox. With EVENTSMITH_SCREENSHOTS set the
// PNGs go to that folder (the README's pictures); otherwise to a temporary one.
class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void composeAndSend();
    void library();
    void replayTheSamples();
    void receiverInbox();
    void cleanupTestCase();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no widget named %s", name);
        return widget;
    }
    void goToPage(int index);
    void save(const QString &name);

    std::unique_ptr<TestWorkspace> m_workspace;
    MainWindow *m_window = nullptr;
    QTemporaryDir m_temporary;
    QString m_folder;
};

void TestScreenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_folder = qEnvironmentVariable("EVENTSMITH_SCREENSHOTS", m_temporary.path());
    QDir().mkpath(m_folder);
    m_workspace = std::make_unique<TestWorkspace>(true);
    QVERIFY((*m_workspace)->receiver().isListening());
    m_window = new MainWindow(**m_workspace);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestScreenshots::goToPage(int index)
{
    QTest::keyClick(m_window, Qt::Key(Qt::Key_1 + index), Qt::AltModifier);
    QCOMPARE(child<QStackedWidget>("pages")->currentIndex(), index);
    QTest::qWait(50);
}

// Saves the window and checks the picture really shows something (not one flat colour).
void TestScreenshots::save(const QString &name)
{
    const QImage image = m_window->grab().toImage();
    QVERIFY(image.width() >= 1200);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 20, "the window looks empty");
    QVERIFY(image.save(QDir(m_folder).filePath(name)));
}

void TestScreenshots::composeAndSend()
{
    const auto members = (*m_workspace)->store().sets().members((*m_workspace)->samplesSetId());
    QVERIFY(members && members.value().size() == 18);
    emit(*m_workspace)->openEventRequested(members.value().first());
    auto *send = child<QToolButton>("sendButton");
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 10000);
    QVERIFY(child<QWidget>("responseView")->isVisible());
    QCOMPARE((*m_workspace)->receiver().stats().total().accepted, qint64(1));
    save(QStringLiteral("composer-send.png"));
}

void TestScreenshots::library()
{
    goToPage(1);
    auto *sets = child<QAbstractItemView>("librarySets");
    QVERIFY(sets->model()->rowCount() >= 1);
    auto *events = child<QAbstractItemView>("libraryEvents");
    QTRY_VERIFY(events->model()->rowCount() >= 18);
    save(QStringLiteral("library.png"));
}

void TestScreenshots::replayTheSamples()
{
    goToPage(2);
    QTest::mouseClick(child<QPushButton>("startButton"), Qt::LeftButton);
    auto *progress = child<QProgressBar>("progressBar");
    QTRY_COMPARE_WITH_TIMEOUT(progress->value(), progress->maximum(), 30000);
    QTRY_VERIFY(child<QPushButton>("startButton")->isEnabled());
    QCOMPARE(child<QTableView>("resultsTable")->model()->rowCount(), 18);
    auto *charts = child<ReplayCharts>("replayCharts");
    QTRY_COMPARE(charts->latencyPointCount(), 18); // the charts redraw a few times a second
    child<QTableView>("resultsTable")->selectRow(0);
    save(QStringLiteral("replay.png"));
}

void TestScreenshots::receiverInbox()
{
    goToPage(3);
    auto *inbox = child<QTableView>("inboxView");
    QTRY_COMPARE(inbox->model()->rowCount(), 19); // one send, then 18 replayed
    inbox->selectRow(0);
    save(QStringLiteral("receiver.png"));
}

void TestScreenshots::cleanupTestCase()
{
    delete m_window;
    m_workspace.reset();
}

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
