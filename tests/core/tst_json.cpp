#include "core/json/jsonlocator.h"
#include "core/json/jsonparser.h"
#include "core/json/jsonpointer.h"
#include "core/json/jsonsyntaxchecker.h"
#include "core/json/textposition.h"

#include <QtTest>

#include <string>

#include <simdjson.h>

// The JSON text layer: parse errors a person can act on, positions, pointers and locating.
class TestJson final : public QObject
{
    Q_OBJECT

private slots:
    void parseErrors_data();
    void parseErrors();
    void validTexts_data();
    void validTexts();
    void bigIntegersReadAsDoubles();
    void hugeString();
    void veryDeepNesting();
    void parserIsReusable();
    void locate_data();
    void locate();
    void locateInvalid_data();
    void locateInvalid();
    void locateInHugeString();
    void textPosition_data();
    void textPosition();
    void pointerEscaping();
    void pointerSplit_data();
    void pointerSplit();
};

static std::string_view view(const QByteArray &bytes)
{
    return std::string_view(bytes.constData(), size_t(bytes.size()));
}

static QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

void TestJson::parseErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *name, const QByteArray &text, const char *code, int line,
                         int column, const char *message) {
        QTest::newRow(name) << text << QString::fromLatin1(code) << line << column
                            << QString::fromUtf8(message);
    };
    const char *parse = "parse-error";
    row("missing-comma", R"({"a": 1 "b": 2})", parse, 1, 9,
        "expected ',' or '}' after an object member");
    row("missing-comma-array", "[1 2]", parse, 1, 4, "expected ',' or ']' after an array element");
    row("trailing-comma-array", "[1, 2,]", parse, 1, 6, "trailing comma before ']'");
    row("trailing-comma-object", R"({"a": 1,})", parse, 1, 8, "trailing comma before '}'");
    row("missing-colon", R"({"a" 1})", parse, 1, 6, "expected ':' after an object key");
    row("missing-value", R"({"a": })", parse, 1, 7, "expected a value");
    row("nan", R"({"a": NaN})", parse, 1, 7, "NaN is not JSON; use null or a number");
    row("infinity", "[Infinity]", parse, 1, 2, "Infinity is not JSON");
    row("minus-infinity", "[-Infinity]", parse, 1, 2, "-Infinity is not JSON");
    row("unterminated-string", R"({"a": "abc)", parse, 1, 7, "unterminated string");
    row("bad-escape", R"("bad \q escape")", parse, 1, 6, "invalid escape \\q");
    row("bad-unicode-escape", R"("\u12G4")", parse, 1, 2, "invalid \\u escape");
    row("lone-surrogate", R"(["\ud800"])", parse, 1, 3, "unpaired surrogate \\ud800");
    row("control-newline", "\"line\nbreak\"", parse, 1, 6,
        "control character in string (escape it as \\n)");
    row("control-tab", "\"a\tb\"", parse, 1, 3, "escape it as \\t");
    row("single-quotes", "{'a': 1}", parse, 1, 2, "single quotes are not JSON");
    row("single-quoted-value", R"({"a": 'x'})", parse, 1, 7, "single quotes are not JSON");
    row("comment", "{\"a\": 1 // note\n}", parse, 1, 9, "comments are not allowed in JSON");
    row("block-comment", "/* hi */ {}", parse, 1, 1, "comments are not allowed in JSON");
    row("empty", "", parse, 1, 1, "the text is empty; expected a JSON value");
    row("only-whitespace", "  \n\t ", parse, 1, 1, "the text is empty; expected a JSON value");
    row("leading-zero", "01", parse, 1, 1, "leading zeros are not allowed");
    row("plus-sign", "+1", parse, 1, 1, "a number cannot start with '+'");
    row("leading-dot", "[.5]", parse, 1, 2, "write 0.5, not .5");
    row("trailing-dot", "1.", parse, 1, 3, "expected a digit after '.'");
    row("bare-minus", "[-]", parse, 1, 3, "expected a digit after '-'");
    row("empty-exponent", "1e+", parse, 1, 4, "expected a digit in the exponent");
    row("bad-literal", "[tru]", parse, 1, 2, "invalid literal; expected true");
    row("unclosed-array", "[1, 2", parse, 1, 6,
        "unexpected end of text; expected ',' or ']' after an array element");
    row("unclosed-object", "{\"a\": {\"b\": 1}", parse, 1, 15,
        "unexpected end of text; expected ',' or '}' after an object member");
    row("text-after-value", R"({"a": 1} x)", parse, 1, 10, "unexpected text after the JSON value");
    row("two-values", "{}}", parse, 1, 3, "unexpected text after the JSON value");
    row("bom", "\xEF\xBB\xBF{}", parse, 1, 1, "byte order mark");
    row("column-counts-code-points", "[\"\xC3\xA9\xE2\x82\xAC\", x]", parse, 1, 8,
        "expected a value");
    row("pretty-trailing-comma", "{\n  \"a\": 1,\n  \"b\": [1, 2,]\n}", parse, 3, 13,
        "trailing comma before ']'");
    row("crlf-lines", "{\r\n  \"a\": 1,\r\n  \"b\": tru\r\n}", parse, 3, 8, "expected true");
    row("invalid-utf8-in-string", "{\"name\": \"caf\xC3(\"}", "invalid-utf8", 1, 14, "UTF-8");
    row("invalid-utf8-second-line", "{\n  \"k\": \"ok \xFF\"\n}", "invalid-utf8", 2, 12, "UTF-8");
    row("invalid-utf8-outside-string", "[1, \xC0\xAF]", "invalid-utf8", 1, 5, "UTF-8");
    row("too-deep-1001", nested(1001), "too-deep", 1, 1001, "nesting deeper than 1000 levels");
    row("too-deep-objects", QByteArray("{\"a\":").repeated(1001) + "1" + QByteArray(1001, '}'),
        "too-deep", 1, 5 * 1000 + 1, "nesting deeper than 1000 levels");
    row("integer-beyond-a-double", "[1, " + QByteArray(400, '9') + "]", "number-out-of-range", 1, 5,
        "quote it as a string or use a smaller value");
    row("double-overflow", "{\n  \"x\": 1e400\n}", "number-out-of-range", 2, 8,
        "quote it as a string");
}

void TestJson::parseErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    QVERIFY(!parser.parse(view(text), &root, &error));
    QCOMPARE(error.code, code);
    QCOMPARE(error.position.line, line);
    QCOMPARE(error.position.column, column);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));

    // The checker alone agrees on syntax errors; numbers out of range are valid JSON to it.
    const JsonError checked = JsonSyntaxChecker::check(view(text), JsonParser::maxDepth);
    if (code == QLatin1String("number-out-of-range"))
        QCOMPARE(checked.code, QStringLiteral("ok"));
    else
        QCOMPARE(checked.position.offset, error.position.offset);
}

void TestJson::validTexts_data()
{
    QTest::addColumn<QByteArray>("text");

    QTest::newRow("object") << QByteArray(R"({"a": [1, -2.5e+3, true, false, null, "x"]})");
    QTest::newRow("scalar") << QByteArray(" 42 ");
    QTest::newRow("escapes") << QByteArray(R"("\" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00")");
    QTest::newRow("utf8") << QByteArray("{\"ключ\": \"会议 \xF0\x9F\x98\x80\"}");
    QTest::newRow("uint64-max") << QByteArray("18446744073709551615");
    QTest::newRow("int64-min") << QByteArray("-9223372036854775808");
    QTest::newRow("underflow-is-zero") << QByteArray("1e-400");
    QTest::newRow("depth-1000") << nested(1000);
    QTest::newRow("crlf") << QByteArray("{\r\n\t\"a\" : 1\r\n}\r\n");
    QTest::newRow("duplicate-keys") << QByteArray(R"({"a": 1, "a": 2})");
}

void TestJson::validTexts()
{
    QFETCH(QByteArray, text);
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    QVERIFY2(parser.parse(view(text), &root, &error), qPrintable(error.message));
    QCOMPARE(JsonSyntaxChecker::check(view(text), JsonParser::maxDepth).code, QStringLiteral("ok"));
}

void TestJson::hugeString()
{
    // 50 MB in one string value: parses, and the padded path gives the same value.
    QByteArray text = "{\"big\": \"";
    text += QByteArray(50 * 1024 * 1024, 'a');
    text += "\", \"after\": 1}";
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    QVERIFY2(parser.parse(view(text), &root, &error), qPrintable(error.message));
    std::string_view big;
    QCOMPARE(root["big"].get_string().get(big), simdjson::SUCCESS);
    QCOMPARE(big.size(), size_t(50 * 1024 * 1024));

    const qsizetype size = text.size();
    text.append(QByteArray(simdjson::SIMDJSON_PADDING, ' '));
    QVERIFY(parser.parse(std::string_view(text.constData(), size_t(size)), &root, &error, true));
    QCOMPARE(int64_t(root["after"]), int64_t(1));
}

void TestJson::veryDeepNesting()
{
    // 100000 open brackets: an error at the 1001st, and no stack overflow on the way.
    const QByteArray text(100000, '[');
    JsonParser parser;
    JsonError error;
    QVERIFY(!parser.parse(view(text), nullptr, &error));
    QCOMPARE(error.code, QStringLiteral("too-deep"));
    QCOMPARE(error.position.column, 1001);
    QVERIFY(!JsonLocator(view(text)).locate(QStringLiteral("/1")).isValid());
}

void TestJson::parserIsReusable()
{
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    QVERIFY(!parser.parse("[1,]", &root, &error));
    QVERIFY(parser.parse(R"({"a": "b"})", &root, &error));
    QCOMPARE(std::string_view(root["a"]), std::string_view("b"));
    QVERIFY(!parser.parse("", &root, &error));
    QCOMPARE(error.message, QStringLiteral("the text is empty; expected a JSON value"));
}

static const char *prettyText = R"({
  "from": {"email": "a@x.io"},
  "to": [
    {"email": "b@x.io"},
    {"email": "c@x.io", "name": "Çé"}
  ],
  "a/b": {"m~n": 5, "x": [[], {}, "]}\"[{"]},
  "ключ": "значение", "z": 1,
  "esc\u0041pe\ud83d\ude00": true,
  "dup": 1,
  "dup": 2
})";

void TestJson::locate_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const auto row = [](const char *name, const char *pointer, int line, int column) {
        QTest::newRow(name) << QString::fromUtf8(pointer) << line << column;
    };
    row("root", "", 1, 1);
    row("object", "/from", 2, 11);
    row("nested", "/from/email", 2, 21);
    row("array", "/to", 3, 9);
    row("array-element", "/to/0", 4, 5);
    row("array-element-member", "/to/1/name", 5, 33);
    row("escaped-slash-and-tilde", "/a~1b/m~0n", 7, 18);
    row("after-tricky-string", "/a~1b/x/2", 7, 35);
    row("unicode-key", "/ключ", 8, 11);
    row("after-unicode-value", "/z", 8, 28);
    row("key-with-escapes", "/escApe\xF0\x9F\x98\x80", 9, 30);
    row("duplicate-first-wins", "/dup", 10, 10);
    row("missing-member-is-object", "/from/name", 2, 11);
    row("missing-index-is-array", "/to/7", 3, 9);
    row("non-canonical-index", "/to/01", 3, 9);
    row("dash-index", "/to/-", 3, 9);
    row("missing-deep", "/to/1/name/x/y", 5, 33);
    row("missing-top", "/nothing/here", 1, 1);
}

void TestJson::locate()
{
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    const TextPosition position = JsonLocator(prettyText).locate(pointer);
    QVERIFY(position.isValid());
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
}

void TestJson::locateInvalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pointer");

    QTest::newRow("empty") << QByteArray("  ") << QString();
    QTest::newRow("unclosed-before-target") << QByteArray(R"({"a": [1, 2)") << "/b";
    QTest::newRow("unterminated-key") << QByteArray(R"({"a": 1, "b)") << "/b";
    QTest::newRow("missing-colon") << QByteArray(R"({"a" 1, "b": 2})") << "/b";
    QTest::newRow("mismatched-bracket") << QByteArray(R"({"a": [1}, "b": 2})") << "/b";
}

void TestJson::locateInvalid()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pointer);
    QVERIFY(!JsonLocator(view(text)).locate(pointer).isValid());
}

void TestJson::locateInHugeString()
{
    // Skipping a 50 MB string with escaped quotes inside must land on the next member.
    QByteArray text = "{\"big\": \"";
    text += QByteArray("ab\\\"cd\\\\").repeated(6 * 1024 * 1024);
    text += "\",\n \"next\": [10, 20]}";
    const TextPosition position = JsonLocator(view(text)).locate(QStringLiteral("/next/1"));
    QCOMPARE(position.line, 2);
    QCOMPARE(position.column, 15);
    QCOMPARE(text.mid(position.offset, 2), QByteArray("20"));
}

void TestJson::textPosition_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::newRow("start") << QByteArray("abc") << qint64(0) << 1 << 1;
    QTest::newRow("same-line") << QByteArray("abc") << qint64(2) << 1 << 3;
    QTest::newRow("end") << QByteArray("abc") << qint64(3) << 1 << 4;
    QTest::newRow("lf") << QByteArray("a\nbc") << qint64(3) << 2 << 2;
    QTest::newRow("crlf-one-break") << QByteArray("a\r\nb\r\nc") << qint64(6) << 3 << 1;
    QTest::newRow("inside-crlf") << QByteArray("a\r\nb") << qint64(2) << 1 << 3;
    QTest::newRow("lone-cr") << QByteArray("a\rb") << qint64(2) << 2 << 1;
    QTest::newRow("blank-crlf-lines") << QByteArray("\r\n\r\n\r\nx") << qint64(6) << 4 << 1;
    QTest::newRow("multibyte") << QByteArray("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80x") << qint64(9)
                               << 1 << 4;
    QTest::newRow("multibyte-second-line")
        << QByteArray("x\r\n\xE4\xBC\x9A\xE8\xAE\xAE: 1") << qint64(11) << 2 << 5;
}

void TestJson::textPosition()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const TextPosition position = TextPosition::at(view(text), offset);
    QCOMPARE(position.offset, offset);
    QCOMPARE(position.line, line);
    QCOMPARE(position.column, column);
    QVERIFY(!TextPosition::at(view(text), -1).isValid());
}

void TestJson::pointerEscaping()
{
    QCOMPARE(JsonPointer::escape(u"a/b~c"), QStringLiteral("a~1b~0c"));
    QCOMPARE(JsonPointer::unescape(u"a~1b~0c"), QStringLiteral("a/b~c"));
    QCOMPARE(JsonPointer::unescape(u"~01"), QStringLiteral("~1"));
    QCOMPARE(JsonPointer::unescape(u"~2~"), QStringLiteral("~2~"));
    QCOMPARE(JsonPointer::append(QString(), u"to"), QStringLiteral("/to"));
    QCOMPARE(JsonPointer::append(QStringLiteral("/to"), qsizetype(0)), QStringLiteral("/to/0"));
    QCOMPARE(JsonPointer::append(QStringLiteral("/to/0"), u"e/m~"), QStringLiteral("/to/0/e~1m~0"));
}

void TestJson::pointerSplit_data()
{
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QStringList>("segments");

    QTest::newRow("root") << QString() << QStringList();
    QTest::newRow("empty-key") << QStringLiteral("/") << QStringList {QString()};
    QTest::newRow("simple") << QStringLiteral("/to/0/email")
                            << QStringList {QStringLiteral("to"), QStringLiteral("0"),
                                   QStringLiteral("email")};
    QTest::newRow("escaped") << QStringLiteral("/a~1b/m~0n")
                             << QStringList {QStringLiteral("a/b"), QStringLiteral("m~n")};
    QTest::newRow("trailing-empty")
        << QStringLiteral("/a/") << QStringList {QStringLiteral("a"), QStringLiteral("")};
}

void TestJson::pointerSplit()
{
    QFETCH(QString, pointer);
    QFETCH(QStringList, segments);
    QCOMPARE(JsonPointer::split(pointer), segments);
    QString rebuilt;
    for (const QString &segment : segments)
        rebuilt = JsonPointer::append(rebuilt, segment);
    QCOMPARE(rebuilt, pointer);
}

// Integers beyond 64 bits are valid JSON; JSON.parse reads them as doubles, and so do we.
void TestJson::bigIntegersReadAsDoubles()
{
    const QByteArray text = R"({"n": 18446744073709551617, "m": [-9223372036854775809],)"
                            R"( "s": "18446744073709551617", "k": 123456789012345678901234567890})";
    JsonParser parser;
    simdjson::dom::element root;
    JsonError error;
    QVERIFY2(parser.parse(view(text), &root, &error), qPrintable(error.message));
    double n = 0, m = 0, k = 0;
    QVERIFY(root["n"].get_double().get(n) == simdjson::SUCCESS);
    QVERIFY(root["m"].at(0).get_double().get(m) == simdjson::SUCCESS);
    QVERIFY(root["k"].get_double().get(k) == simdjson::SUCCESS);
    QCOMPARE(n, 18446744073709551616.0); // rounded as JSON.parse does: exactly 2^64
    QVERIFY(qFuzzyCompare(m, -9223372036854775809.0));
    QVERIFY(qFuzzyCompare(k, 123456789012345678901234567890.0));
    double nines = 0;
    JsonParser other;
    simdjson::dom::element alone;
    QVERIFY(other.parse("99999999999999999999", &alone, &error));
    QVERIFY(alone.get_double().get(nines) == simdjson::SUCCESS);
    QCOMPARE(nines, 1e20); // the carry moves into the exponent
    std::string_view s;
    QVERIFY(root["s"].get_string().get(s) == simdjson::SUCCESS);
    QCOMPARE(QByteArray(s.data(), qsizetype(s.size())), QByteArray("18446744073709551617"));
}

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
