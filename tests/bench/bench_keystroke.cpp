// bench_keystroke: keystroke -> findings and dedup ID refreshed, in the real main window
// (offscreen), on a 200 KB call transcript; next to a plain QPlainTextEdit with the same
// text and no validation (the floor). Also times the form refresh that follows a pause.
#include "tests/support/testworkspace.h"
#include "ui/composer/composerpage.h"
#include "ui/composer/jsoneditor.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

QString transcriptPayload(int targetBytes)
{
    QJsonArray turns;
    const QStringList speakers = {QStringLiteral("Maria Lopez"), QStringLiteral("Daniel Kim")};
    qint64 bytes = 0;
    for (int i = 0; bytes < targetBytes; ++i) {
        const QString text
            = QStringLiteral("Turn %1: we onboarded forty people last quarter and each "
                             "one took three weeks to ramp up fully.")
                  .arg(i);
        turns.append(QJsonObject {{QStringLiteral("speaker"), speakers.at(i % 2)},
            {QStringLiteral("text"), text}, {QStringLiteral("start"), i * 6.5},
            {QStringLiteral("end"), i * 6.5 + 6}});
        bytes += text.size() + 142; // indented JSON around the text
    }
    const QJsonObject payload {
        {QStringLiteral("eventTimestamp"), QStringLiteral("2024-03-12T15:00:00Z")},
        {QStringLiteral("eventType"), QStringLiteral("transcript")},
        {QStringLiteral("title"), QStringLiteral("Discovery call: Acme Logistics")},
        {QStringLiteral("participants"), QJsonArray {QStringLiteral("maria@example.com")}},
        {QStringLiteral("transcript"), turns}};
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented));
}

struct Stats
{
    double median = 0;
    double p95 = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)]};
}

// Times `keys` keystrokes typed at `position` of `edit`.
std::vector<double> typeAt(
    QPlainTextEdit *edit, int position, int keys, const std::function<void()> &after = {})
{
    QTextCursor cursor(edit->document());
    cursor.setPosition(position);
    edit->setTextCursor(cursor);
    std::vector<double> ms;
    QElapsedTimer timer;
    for (int i = 0; i < keys; ++i) {
        cursor.setPosition(position); // inside the first 100 characters: the ID must change
        edit->setTextCursor(cursor);
        timer.start();
        QTest::keyClick(edit, char('a' + i % 26));
        ms.push_back(timer.nsecsElapsed() / 1e6);
        if (after)
            after();
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int keys = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 300;
    const QString text = transcriptPayload(200 * 1024);
    const int position = text.indexOf(QLatin1String("\"Turn 0")) + 1;

    TestWorkspace workspace;
    MainWindow window(*workspace);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "bench_keystroke: the window was never exposed\n");
        return 1;
    }
    ComposerPage *composer = window.composer();
    const int tabs = 10;
    for (int i = 0; i < tabs; ++i) // ten open tabs of 200 KB each; typing goes to the last one
        composer->replacePayload(text, QStringLiteral("bench"));
    composer->keepDrafts();
    JsonEditor *editor = composer->editor();
    editor->setFocus();
    int idChanges = 0;
    QString lastId = window.lastCheck().dedup.id;
    const std::vector<double> real = typeAt(editor, position, keys, [&] {
        idChanges += window.lastCheck().dedup.id != lastId;
        lastId = window.lastCheck().dedup.id;
    });
    std::vector<double> formMs;
    QElapsedTimer timer;
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(editor, 'x');
        timer.start();
        composer->syncForm();
        formMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    // What a pause after typing costs: the typed tab's 200 KB draft written to the store.
    std::vector<double> draftMs;
    for (int i = 0; i < 20; ++i) {
        QTest::keyClick(editor, 'y');
        timer.start();
        composer->keepDrafts();
        draftMs.push_back(timer.nsecsElapsed() / 1e6);
    }

    QPlainTextEdit plain;
    plain.resize(editor->size());
    plain.setFont(editor->font());
    plain.setLineWrapMode(QPlainTextEdit::NoWrap);
    plain.setPlainText(text);
    plain.show();
    if (!QTest::qWaitForWindowExposed(&plain)) {
        std::fprintf(stderr, "bench_keystroke: the plain editor was never exposed\n");
        return 1;
    }
    const std::vector<double> floor = typeAt(&plain, position, keys);

    const Stats r = stats(real), f = stats(floor), s = stats(formMs), d = stats(draftMs);
    std::printf("payload: %lld bytes in each of %d open tabs, %d keystrokes, dedup ID changed on "
                "%d\n",
        static_cast<long long>(text.toUtf8().size()), tabs, keys, idChanges);
    std::printf("%-44s median %7.3f ms  p95 %7.3f ms\n", "composer keystroke (findings + ID)",
        r.median, r.p95);
    std::printf("%-44s median %7.3f ms  p95 %7.3f ms\n", "plain QPlainTextEdit keystroke (floor)",
        f.median, f.p95);
    std::printf("%-44s median %7.2fx  p95 %7.2fx\n", "ratio composer / floor", r.median / f.median,
        r.p95 / f.p95);
    std::printf("%-44s median %7.3f ms  p95 %7.3f ms\n", "form refresh after a pause (not per key)",
        s.median, s.p95);
    std::printf("%-44s median %7.3f ms  p95 %7.3f ms\n",
        "draft written after a pause (not per key)", d.median, d.p95);
    std::printf("budget 16 ms per keystroke: %s\n", r.p95 < 16.0 ? "met" : "NOT met");
    return r.p95 < 16.0 && idChanges == keys ? 0 : 1;
}
