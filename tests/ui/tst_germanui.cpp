#include "tests/support/testworkspace.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QFile>
#include <QLibraryInfo>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

// The German translation is compiled into the GUI's resources and takes effect: the main window
// built under a German translator shows German menus, pages and buttons, and the app itself
// switches to German when the environment asks for it (LANGUAGE, LANG) and stays English
// otherwise.
class TestGermanUi : public QObject
{
    Q_OBJECT

private slots:
    void theTranslationIsInTheResources();
    void mainWindowSpeaksGerman();
    void appFollowsTheEnvironmentLanguage_data();
    void appFollowsTheEnvironmentLanguage();
};

void TestGermanUi::theTranslationIsInTheResources()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/eventsmith_de.qm")));
    QTranslator translator;
    QVERIFY(translator.load(QLocale(QLocale::German, QLocale::Germany),
        QStringLiteral("eventsmith"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.language(), QStringLiteral("de_DE"));
}

void TestGermanUi::mainWindowSpeaksGerman()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/eventsmith_de.qm")));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    TestWorkspace workspace;
    MainWindow window(*workspace);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (const QAction *action : window.menuBar()->actions())
        menus << action->text();
    for (const char *menu : {"&Datei", "&Bearbeiten", "&Ansicht", "&Gehe zu", "&Hilfe"})
        QVERIFY2(menus.contains(QString::fromUtf8(menu)), qPrintable(menus.join(u' ')));

    const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QStringList pages;
    for (int i = 0; i < navigation->count(); ++i)
        pages << navigation->item(i)->text();
    QCOMPARE(pages,
        QStringList({QStringLiteral("Verfassen"), QStringLiteral("Bibliothek"),
            QStringLiteral("Wiedergabe"), QStringLiteral("Empfänger")}));

    const auto *send = window.findChild<QToolButton *>(QStringLiteral("sendButton"));
    QVERIFY(send);
    QCOMPARE(send->text(), QStringLiteral("Senden"));
    const auto *save = window.findChild<QToolButton *>(QStringLiteral("saveButton"));
    QVERIFY(save);
    QCOMPARE(save->text(), QStringLiteral("Speichern"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

// The app's --help runs main()'s language choice without opening a window: its description
// is the app's own text, and "Displays help…" comes from Qt's translations when installed.
void TestGermanUi::appFollowsTheEnvironmentLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("description");
    const QString german = QStringLiteral("Ereignisse verfassen, senden und wiedergeben.");
    const QString english = QStringLiteral("compose, send and replay events.");
    QTest::newRow("LANG=de_DE") << QString() << QStringLiteral("de_DE.UTF-8") << german;
    QTest::newRow("LANGUAGE=de") << QStringLiteral("de") << QStringLiteral("C.UTF-8") << german;
    QTest::newRow("LANGUAGE=fr:de")
        << QStringLiteral("fr:de") << QStringLiteral("fr_FR.UTF-8") << german;
    QTest::newRow("LANG=C") << QString() << QStringLiteral("C.UTF-8") << english;
    QTest::newRow("LANG=en_US") << QString() << QStringLiteral("en_US.UTF-8") << english;
    QTest::newRow("English first")
        << QStringLiteral("en:de") << QStringLiteral("de_DE.UTF-8") << english;
}

void TestGermanUi::appFollowsTheEnvironmentLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, lang);
    QFETCH(QString, description);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"})
        env.remove(QString::fromLatin1(name));
    if (!language.isEmpty())
        env.insert(QStringLiteral("LANGUAGE"), language);
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(EVENTSMITH_BINARY_DIR "/app/eventsmith"), {QStringLiteral("--help")});
    QVERIFY2(app.waitForFinished(60000), qPrintable(app.errorString()));
    const QString help = QString::fromUtf8(app.readAllStandardOutput());
    QCOMPARE(app.exitCode(), 0);
    QVERIFY2(help.contains(description), qPrintable(help));
    const bool german = description.startsWith(QLatin1String("Ereignisse"));
    QCOMPARE(help.contains(QLatin1String("The SQLite store file")), !german);
    const QString qtGerman
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (german && QFile::exists(qtGerman))
        QVERIFY2(help.contains(QLatin1String("Zeigt Hilfe")), qPrintable(help));
    if (!german)
        QVERIFY2(help.contains(QLatin1String("Displays help")), qPrintable(help));
}

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
