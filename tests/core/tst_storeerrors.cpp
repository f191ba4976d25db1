#include "core/common/manualclock.h"
#include "core/storage/eventstore.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

// The store never crashes on a bad file: damaged, foreign, folder, busy or closed stores give
// clear Errors; stores on one file from several threads each use their own connection.
class TestStoreErrors final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void corruptFileIsAClearError();
    void damagedPagesAreReported();
    void foreignDatabaseIsRefused();
    void folderIsAClearError();
    void busyDatabaseIsAClearError();
    void closedStoreIsAClearError();
    void storesInSeveralThreads();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("store.db")); }
    static StoredEvent makeEvent(
        const QString &family, const QString &subType, const QString &name, const QString &payload)
    {
        return StoredEvent {0, family, subType, name, payload};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock;
};

void TestStoreErrors::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreErrors::corruptFileIsAClearError()
{
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    QRandomGenerator random(42);
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    file.write(bytes);
    file.close();
    EventStore store(&m_clock);
    auto opened = store.open(path());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("store-corrupt"));
    QVERIFY(opened.error().message.contains(
        QStringLiteral("not an Eventsmith database or it is damaged")));
    QVERIFY(!store.isOpen());
    QCOMPARE(store.count().error().code, QStringLiteral("store-not-open"));
}

void TestStoreErrors::damagedPagesAreReported()
{
    {
        EventStore store(&m_clock);
        QVERIFY(store.open(path()).ok());
        QList<StoredEvent> batch;
        for (int i = 0; i < 2000; ++i)
            batch << makeEvent(QStringLiteral("emails"), QStringLiteral("sent"), QString::number(i),
                QString(300, QLatin1Char('p')));
        QVERIFY(store.bulkInsert(batch).ok());
    }
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    QVERIFY(size > 64 * 1024);
    QRandomGenerator random(7);
    QByteArray noise(int(size / 2), Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    file.seek(size / 4);
    file.write(noise);
    file.close();

    EventStore store(&m_clock);
    auto opened = store.open(path());
    if (!opened) {
        QCOMPARE(opened.error().code, QStringLiteral("store-corrupt"));
        return;
    }
    QCOMPARE(store.database().integrityCheck().error().code, QStringLiteral("store-corrupt"));
    // Reading through the damage gives errors or partial pages, never a crash.
    qint64 last = 0;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = store.pageAfter(last, 100);
        if (!page || page.value().isEmpty())
            break;
        last = page.value().constLast().id;
    }
    const auto found = store.search(QStringLiteral("p"), 0, 10);
    QVERIFY(found.ok() || found.error().code == QStringLiteral("store-corrupt"));
}

void TestStoreErrors::foreignDatabaseIsRefused()
{
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (text TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    EventStore store(&m_clock);
    auto opened = store.open(path());
    QCOMPARE(opened.error().code, QStringLiteral("store-not-eventsmith"));
    QVERIFY(opened.error().message.contains(path()));
}

void TestStoreErrors::folderIsAClearError()
{
    EventStore store(&m_clock);
    auto opened = store.open(m_dir->path());
    QCOMPARE(opened.error().code, QStringLiteral("store-cannot-open"));
    QVERIFY(opened.error().message.contains(m_dir->path()));
}

void TestStoreErrors::busyDatabaseIsAClearError()
{
    EventStore writer(&m_clock);
    QVERIFY(writer.open(path()).ok());
    EventStore other(&m_clock);
    other.setBusyTimeoutMs(50);
    QVERIFY(other.open(path()).ok());
    QSqlQuery lock(writer.database().db());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    auto blocked = other.insertEvent(makeEvent(QStringLiteral("emails"), QStringLiteral("sent"),
        QStringLiteral("x"), QStringLiteral("{}")));
    QCOMPARE(blocked.error().code, QStringLiteral("store-busy"));
    QVERIFY(blocked.error().message.contains(QStringLiteral("in use")));
    QVERIFY(other.count().ok()); // readers still work in WAL mode
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(other
                .insertEvent(makeEvent(QStringLiteral("emails"), QStringLiteral("sent"),
                    QStringLiteral("x"), QStringLiteral("{}")))
                .ok());
}

void TestStoreErrors::closedStoreIsAClearError()
{
    EventStore store(&m_clock);
    QCOMPARE(store
                 .insertEvent(makeEvent(QStringLiteral("emails"), QStringLiteral("sent"),
                     QStringLiteral("x"), QStringLiteral("{}")))
                 .error()
                 .code,
        QStringLiteral("store-not-open"));
    QCOMPARE(store.pageAfter(0, 10).error().code, QStringLiteral("store-not-open"));
    QCOMPARE(store.sets().list().error().code, QStringLiteral("store-not-open"));
    QCOMPARE(store.runs().unfinished().error().code, QStringLiteral("store-not-open"));
}

void TestStoreErrors::storesInSeveralThreads()
{
    QVERIFY(EventStore(&m_clock).open(path()).ok()); // creates the schema once
    std::atomic<int> failures {0};
    auto work = [this, &failures](const QString &family) {
        EventStore store(&m_clock);
        if (!store.open(path()).ok())
            ++failures;
        for (int i = 0; i < 50; ++i) {
            if (!store
                     .insertEvent(makeEvent(
                         family, QStringLiteral("sent"), QString::number(i), QStringLiteral("{}")))
                     .ok())
                ++failures;
        }
    };
    std::unique_ptr<QThread> a(QThread::create(work, QStringLiteral("emails")));
    std::unique_ptr<QThread> b(QThread::create(work, QStringLiteral("calls")));
    a->start();
    b->start();
    QVERIFY(a->wait(60000) && b->wait(60000));
    QCOMPARE(failures.load(), 0);
    EventStore store(&m_clock);
    QVERIFY(store.open(path()).ok());
    QCOMPARE(store.count().value(), 100);
    QCOMPARE(store.count({QStringLiteral("calls")}).value(), 50);
}

QTEST_GUILESS_MAIN(TestStoreErrors)
#include "tst_storeerrors.moc"
