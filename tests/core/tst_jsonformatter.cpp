#include "core/json/jsonformatter.h"

#include <QtTest>

// Format keeps every key where the user put it and every value as written; only white space
// between tokens moves.
class TestJsonFormatter : public QObject
{
    Q_OBJECT

private slots:
    void keepsKeyOrderAndValues();
    void keepsStringsWithEscapesIntact();
    void leavesInvalidJsonAlone();
    void isStable();
};

void TestJsonFormatter::keepsKeyOrderAndValues()
{
    const QString in
        = QStringLiteral(R"({"z":1,"a":[1.50,{"b":null}],  "m":{},"e":[] , "t":true})");
    const QString expected = QStringLiteral("{\n  \"z\": 1,\n  \"a\": [\n    1.50,\n    {\n"
                                            "      \"b\": null\n    }\n  ],\n  \"m\": {},\n"
                                            "  \"e\": [],\n  \"t\": true\n}\n");
    QCOMPARE(JsonFormatter::format(in), expected);
}

void TestJsonFormatter::keepsStringsWithEscapesIntact()
{
    const QString in = QStringLiteral(R"({"s":"a, b: {c} [d] \" \\","u":"\u00e9 é"})");
    const QString out = JsonFormatter::format(in);
    QVERIFY(out.contains(QStringLiteral(R"("s": "a, b: {c} [d] \" \\")")));
    QVERIFY(out.contains(QStringLiteral(R"("u": "\u00e9 é")")));
}

void TestJsonFormatter::leavesInvalidJsonAlone()
{
    const QString broken = QStringLiteral("{\"a\": 1,,}");
    QCOMPARE(JsonFormatter::format(broken), broken);
}

void TestJsonFormatter::isStable()
{
    const QString once = JsonFormatter::format(QStringLiteral(R"({"a":{"b":[1,2,{"c":"d"}]}})"));
    QCOMPARE(JsonFormatter::format(once), once);
}

QTEST_APPLESS_MAIN(TestJsonFormatter)
#include "tst_jsonformatter.moc"
