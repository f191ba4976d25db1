#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every text the desktop app can show must have a finished translation in each committed
// resources/translations/*.ts: lupdate reads the same sources the build's update_translations
// target reads into a scratch .ts, and each of its messages is looked up in the committed files.
// A new tr() string without a translation fails here with its file:line, before a user sees
// English in the middle of a translated window.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTextIsTranslated_data();
    void everyTextIsTranslated();
    void translationsKeepPlaceholdersAndAccelerators_data();
    void translationsKeepPlaceholdersAndAccelerators();

private:
    struct Message
    {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
        QString type; // "", "unfinished", "vanished" or "obsolete"
        QStringList translations;
        QString location; // file:line of the first location, relative to the source tree
    };
    static QList<Message> readTs(const QString &path);
    static QString key(const Message &message);
    static QString describe(const Message &message);
    void addCommittedFiles();

    QTemporaryDir m_scratch;
    QList<Message> m_sourceTexts;
};

QList<TestTranslations::Message> TestTranslations::readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    const QDir tsDir = QFileInfo(path).absoluteDir();
    const QDir sourceDir(QStringLiteral(EVENTSMITH_SOURCE_DIR));
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                messages.append(message);
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("location") && message.location.isEmpty()) {
            // Only absolute locations name a file and line; the committed files use relative ones.
            const QString file = xml.attributes().value(QLatin1String("filename")).toString();
            const QString line = xml.attributes().value(QLatin1String("line")).toString();
            if (!file.isEmpty() && !line.startsWith(QLatin1Char('+'))
                && !line.startsWith(QLatin1Char('-')))
                message.location = sourceDir.relativeFilePath(tsDir.absoluteFilePath(file))
                    + QLatin1Char(':') + line;
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations.append(xml.readElementText());
        } else if (name == QLatin1String("numerusform")) {
            message.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString TestTranslations::key(const Message &message)
{
    return message.context + QChar(0) + message.source + QChar(0) + message.comment;
}

QString TestTranslations::describe(const Message &message)
{
    const QString text = QStringLiteral("%1 \"%2\"").arg(message.context, message.source);
    return message.location.isEmpty() ? text
                                      : QString(message.location + QStringLiteral(": ") + text);
}

void TestTranslations::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    const QString scratchTs = m_scratch.filePath(QStringLiteral("sources.ts"));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(EVENTSMITH_LUPDATE),
        {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("absolute"),
            QStringLiteral("-I"), QStringLiteral(EVENTSMITH_SOURCE_DIR),
            QStringLiteral("@") + QStringLiteral(EVENTSMITH_TRANSLATABLE_SOURCES),
            QStringLiteral("-ts"), scratchTs});
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    const QByteArray output = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
        output.constData());
    m_sourceTexts = readTs(scratchTs);
    // The app has hundreds of texts; a handful means lupdate did not read the sources.
    QVERIFY2(m_sourceTexts.size() > 100,
        qPrintable(QStringLiteral("lupdate found only %1 texts").arg(m_sourceTexts.size())));
}

void TestTranslations::addCommittedFiles()
{
    QTest::addColumn<QString>("tsFile");
    const QDir dir(QStringLiteral(EVENTSMITH_SOURCE_DIR "/resources/translations"));
    const QStringList files = dir.entryList({QStringLiteral("eventsmith_*.ts")}, QDir::Files);
    QVERIFY2(!files.isEmpty(), "no resources/translations/eventsmith_*.ts");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void TestTranslations::everyTextIsTranslated_data()
{
    addCommittedFiles();
}

void TestTranslations::everyTextIsTranslated()
{
    QFETCH(QString, tsFile);
    QHash<QString, Message> committed;
    for (const Message &message : readTs(tsFile))
        committed.insert(key(message), message);
    QStringList missing;
    for (const Message &text : std::as_const(m_sourceTexts)) {
        const auto found = committed.constFind(key(text));
        if (found == committed.constEnd()) {
            missing << describe(text) + QStringLiteral(": no entry (run update_translations)");
        } else if (!found->type.isEmpty()) {
            missing << describe(text) + QStringLiteral(": ") + found->type;
        } else if (found->translations.isEmpty() || found->translations.contains(QString())) {
            missing << describe(text) + QStringLiteral(": empty translation");
        }
    }
    QVERIFY2(missing.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 texts lack a translation in %3:\n  %4")
                       .arg(missing.size())
                       .arg(m_sourceTexts.size())
                       .arg(QFileInfo(tsFile).fileName(), missing.join(QStringLiteral("\n  ")))));
}

void TestTranslations::translationsKeepPlaceholdersAndAccelerators_data()
{
    addCommittedFiles();
}

// %1…%99 must all survive (a lost one drops a value from the message); %n may be spelled out
// in a numerus form ("ein Befund"). A text with an accelerator keeps exactly one.
void TestTranslations::translationsKeepPlaceholdersAndAccelerators()
{
    QFETCH(QString, tsFile);
    static const QRegularExpression placeholder(QStringLiteral("%L?([0-9]+)"));
    static const QRegularExpression accelerator(QStringLiteral("&(?!&)\\S"));
    const auto markers = [](const QString &text) {
        QSet<QString> found;
        for (const auto &match : placeholder.globalMatch(text))
            found.insert(match.captured(1));
        return found;
    };
    QStringList wrong;
    for (const Message &message : readTs(tsFile)) {
        if (!message.type.isEmpty())
            continue;
        const QString escaped = QString(message.source).replace(QLatin1String("&&"), QString());
        const qsizetype accelerators = escaped.count(accelerator);
        for (const QString &translation : message.translations) {
            if (markers(translation) != markers(message.source))
                wrong << describe(message)
                        + QStringLiteral(": placeholders differ in \"%1\"").arg(translation);
            const QString plain = QString(translation).replace(QLatin1String("&&"), QString());
            if (plain.count(accelerator) != accelerators)
                wrong << describe(message)
                        + QStringLiteral(": accelerators differ in \"%1\"").arg(translation);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
