#include "core/dedup/collisiondetector.h"
#include "core/dedup/dedupid.h"
#include "core/json/jsonparser.h"

#include <QFile>
#include <QtTest>

#include <simdjson.h>

// Dedup IDs against vectors computed outside the C++ code, plus the pieces of the recipe.
class TestDedup final : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data();
    void vectors();
    void canonicalTimestamp_data();
    void canonicalTimestamp();
    void firstCodePoints_data();
    void firstCodePoints();
    void sourceNames();
    void longTranscriptIsCut();
    void collisionGroups();
    void collisionReAdd();
    void collisionsFromPayloads();

private:
    static DedupId computeFrom(const QString &family, const QByteArray &payload);
};

static QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

DedupId TestDedup::computeFrom(const QString &family, const QByteArray &payload)
{
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    if (!parser.parse(std::string_view(payload.constData(), size_t(payload.size())), &root, &error))
        qFatal("payload does not parse: %s", qPrintable(error.message));
    return DedupId::compute(family, root);
}

void TestDedup::vectors_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("components");
    QTest::addColumn<QString>("id");

    QFile file(QStringLiteral(EVENTSMITH_TEST_DATA "/dedup/vectors.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray text = file.readAll();
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    QVERIFY2(parser.parse(std::string_view(text.constData(), size_t(text.size())), &root, &error),
        qPrintable(error.message));
    int rows = 0;
    for (simdjson::dom::element vector : root["vectors"].get_array()) {
        QStringList components;
        for (simdjson::dom::element component : vector["components"].get_array())
            components.append(fromView(component.get_string().value()));
        const std::string payload = simdjson::minify(vector["payload"].value());
        QTest::newRow(qPrintable(fromView(vector["name"].get_string().value())))
            << fromView(vector["family"].get_string().value()) << QByteArray::fromStdString(payload)
            << fromView(vector["source"].get_string().value()) << components
            << fromView(vector["id"].get_string().value());
        ++rows;
    }
    QVERIFY(rows >= 40);
}

void TestDedup::vectors()
{
    QFETCH(QString, family);
    QFETCH(QByteArray, payload);
    QFETCH(QString, source);
    QFETCH(QStringList, components);
    QFETCH(QString, id);

    const DedupId dedup = computeFrom(family, payload);
    QCOMPARE(dedup.components, components);
    QCOMPARE(DedupId::sourceName(dedup.source), source);
    QCOMPARE(dedup.id, id);
}

void TestDedup::canonicalTimestamp_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *name, const char *raw, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(raw) << QString::fromUtf8(expected);
    };
    row("utc", "2024-02-03T10:30:00Z", "2024-02-03T10:30:00.000Z");
    row("plus-offset", "2024-02-03T12:30:00+02:00", "2024-02-03T10:30:00.000Z");
    row("minus-offset", "2024-02-03T05:00:00-05:30", "2024-02-03T10:30:00.000Z");
    row("offset-next-day", "2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00.000Z");
    row("offset-leap-day", "2024-03-01T00:30:00+01:00", "2024-02-29T23:30:00.000Z");
    row("lowercase", "2024-02-03t10:30:00z", "2024-02-03T10:30:00.000Z");
    row("frac1", "2024-02-03T10:30:00.7Z", "2024-02-03T10:30:00.700Z");
    row("frac2", "2024-02-03T10:30:00.07Z", "2024-02-03T10:30:00.070Z");
    row("frac3", "2024-02-03T10:30:00.007Z", "2024-02-03T10:30:00.007Z");
    row("frac4", "2024-02-03T10:30:00.0079Z", "2024-02-03T10:30:00.007Z");
    row("frac9", "2024-02-03T10:30:00.999999999Z", "2024-02-03T10:30:00.999Z");
    row("frac-and-offset", "2024-02-03T10:30:00.123456+02:00", "2024-02-03T08:30:00.123Z");
    row("epoch", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000Z");
    row("before-epoch", "1969-12-31T23:59:59.5Z", "1969-12-31T23:59:59.500Z");
    row("empty", "", "");
    row("date-only", "2024-02-03", "2024-02-03");
    row("no-zone", "2024-02-03T10:30:00", "2024-02-03T10:30:00");
    row("space-separator", "2024-02-03 10:30:00Z", "2024-02-03 10:30:00Z");
    row("bad-month", "2024-13-03T10:30:00Z", "2024-13-03T10:30:00Z");
    row("bad-day", "2023-02-29T10:30:00Z", "2023-02-29T10:30:00Z");
    row("bad-hour", "2024-02-03T24:00:00Z", "2024-02-03T24:00:00Z");
    row("empty-fraction", "2024-02-03T10:30:00.Z", "2024-02-03T10:30:00.Z");
    row("short-offset", "2024-02-03T10:30:00+0200", "2024-02-03T10:30:00+0200");
    row("trailing-text", "2024-02-03T10:30:00Zjunk", "2024-02-03T10:30:00Zjunk");
    row("words", "next tuesday", "next tuesday");
}

void TestDedup::canonicalTimestamp()
{
    QFETCH(QString, raw);
    QFETCH(QString, expected);
    QCOMPARE(DedupId::canonicalTimestamp(raw), expected);
}

void TestDedup::firstCodePoints_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");

    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // U+1F600, two UTF-16 units
    QTest::newRow("ascii") << QStringLiteral("abcdef") << 3 << QStringLiteral("abc");
    QTest::newRow("shorter") << QStringLiteral("ab") << 5 << QStringLiteral("ab");
    QTest::newRow("zero") << QStringLiteral("ab") << 0 << QString();
    QTest::newRow("emoji-whole") << (QStringLiteral("ab") + emoji + QStringLiteral("c")) << 3
                                 << (QStringLiteral("ab") + emoji);
    QTest::newRow("emojis") << emoji.repeated(5) << 2 << emoji.repeated(2);
    QTest::newRow("cjk") << QString::fromUtf8("会议纪要") << 2 << QString::fromUtf8("会议");
}

void TestDedup::firstCodePoints()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(DedupId::firstCodePoints(text, count), expected);
}

void TestDedup::sourceNames()
{
    QCOMPARE(DedupId::sourceName(DedupSource::Auto), QStringLiteral("auto"));
    QCOMPARE(DedupId::sourceName(DedupSource::Explicit), QStringLiteral("explicit"));
}

void TestDedup::longTranscriptIsCut()
{
    // A 20 KB transcript contributes exactly its first 100 code points.
    QByteArray payload = R"({"title":"T","participants":["p"],"transcript":")";
    payload += QByteArray(20000, 'z');
    payload += "\"}";
    const DedupId dedup = computeFrom(QStringLiteral("calls"), payload);
    QCOMPARE(dedup.components.size(), 4);
    QCOMPARE(dedup.components.at(3), QString(100, u'z'));
}

void TestDedup::collisionGroups()
{
    CollisionDetector detector;
    detector.add(0, QStringLiteral("a"));
    detector.add(1, QStringLiteral("b"));
    detector.add(2, QStringLiteral("a"));
    detector.add(3, QStringLiteral("c"));
    detector.add(4, QStringLiteral("b"));
    detector.add(5, QStringLiteral("a"));
    const QVector<QVector<int>> expected {{0, 2, 5}, {1, 4}};
    QCOMPARE(detector.collisions(), expected);
    QCOMPARE(detector.firstWithSameId(0), -1);
    QCOMPARE(detector.firstWithSameId(2), 0);
    QCOMPARE(detector.firstWithSameId(5), 0);
    QCOMPARE(detector.firstWithSameId(4), 1);
    QCOMPARE(detector.firstWithSameId(3), -1);
    QCOMPARE(detector.firstWithSameId(99), -1);
}

void TestDedup::collisionReAdd()
{
    CollisionDetector detector;
    detector.add(0, QStringLiteral("a"));
    detector.add(1, QStringLiteral("a"));
    detector.add(1, QStringLiteral("b")); // event 1 edited: no longer a duplicate
    QVERIFY(detector.collisions().isEmpty());
    QCOMPARE(detector.firstWithSameId(1), -1);
    detector.add(2, QStringLiteral("b"));
    QCOMPARE(detector.collisions(), (QVector<QVector<int>> {{1, 2}}));
    QCOMPARE(detector.firstWithSameId(2), 1);
}

void TestDedup::collisionsFromPayloads()
{
    // Same content written differently (offset, address case) collides; a new subject does not.
    const QByteArray a = R"({"eventTimestamp":"2024-02-03T10:30:00Z","subject":"Hi",
        "from":{"email":"A@x.io"},"to":[{"email":"b@x.io"}]})";
    const QByteArray b = R"({"eventTimestamp":"2024-02-03T12:30:00.000+02:00","subject":"Hi",
        "from":{"email":" a@X.IO "},"to":[{"email":"B@x.io"}]})";
    const QByteArray c = R"({"eventTimestamp":"2024-02-03T10:30:00Z","subject":"Hi again",
        "from":{"email":"a@x.io"},"to":[{"email":"b@x.io"}]})";
    CollisionDetector detector;
    int index = 0;
    for (const QByteArray &payload : {a, b, c})
        detector.add(index++, computeFrom(QStringLiteral("emails"), payload).id);
    QCOMPARE(detector.collisions(), (QVector<QVector<int>> {{0, 1}}));
    QCOMPARE(detector.firstWithSameId(1), 0);
    QCOMPARE(detector.firstWithSameId(2), -1);
}

QTEST_APPLESS_MAIN(TestDedup)
#include "tst_dedup.moc"
