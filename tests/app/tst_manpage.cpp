#include "tests/support/apprun.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

// The manual page (packaging/partnership-explorer.1) against the executable's own --help,
// and that of each command: every command, option and view the help names has an entry of
// its own in the manual (in bold in an entry's tag, where a reader looks for it), every
// citation style is named in bold, and every option the manual names is one the executable
// takes. Neither can change without the other.
class TestManPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCommandIsDescribed();
    void everyOptionIsDescribed_data();
    void everyOptionIsDescribed();
    void everyViewAndStyleIsDescribed();
    void noOptionIsInvented();
    void rendersWithoutWarnings();

private:
    static QString help(const QStringList &command);
    static QStringList commands(const QString &mainHelp);
    static QStringList listAfter(const QString &help, const QString &label);

    QString m_source;     // the roff source
    QString m_text;       // the source as text: escapes resolved, font changes removed
    QSet<QString> m_bold; // every word set in bold
    QSet<QString> m_tags; // the bold words of the entries' tags (the line after .TP)
};

namespace {

const QRegularExpression optionPattern(QStringLiteral("(?<![\\w-])--[a-z][a-z-]*[a-z]"));
const QRegularExpression fontChange(QStringLiteral("\\\\f[BIRP]"));

// Roff's escapes for the characters a reader sees; font changes are kept for boldWordsOf().
QString resolveEscapes(QString line)
{
    line.replace(QLatin1String("\\-"), QLatin1String("-"));
    line.replace(QLatin1String("\\&"), QString());
    line.replace(QLatin1String("\\e"), QLatin1String("\\"));
    line.replace(QLatin1String("\\(en"), QStringLiteral("–"));
    line.replace(QLatin1String("\\(mu"), QStringLiteral("×"));
    return line;
}

// A request's arguments, split as roff splits them: on spaces, except inside double quotes.
QStringList requestArguments(const QString &text)
{
    QStringList arguments;
    QString current;
    bool quoted = false;
    bool started = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            started = true;
        } else if (c == QLatin1Char(' ') && !quoted) {
            if (started)
                arguments.append(current);
            current.clear();
            started = false;
        } else {
            current.append(c);
            started = true;
        }
    }
    if (started)
        arguments.append(current);
    return arguments;
}

// The words a line sets in bold: the whole of .B and .SY, the bold arguments of .BR, .RB, .BI
// and .IB, and \fB…\fR inside any text.
QStringList boldWordsOf(const QString &rawLine)
{
    const QString line = resolveEscapes(rawLine);
    const qsizetype space = line.indexOf(QLatin1Char(' '));
    const QString request = line.startsWith(QLatin1Char('.')) ? line.left(space) : QString();
    const QString rest = space < 0 ? QString() : line.mid(space + 1);
    QStringList spans;
    if (request == QLatin1String(".B") || request == QLatin1String(".SY")) {
        spans.append(rest);
    } else if (request.size() == 3 && request.contains(QLatin1Char('B'))) {
        // .BR, .BI: odd arguments in bold; .RB, .IB: even ones.
        const QStringList arguments = requestArguments(rest);
        for (qsizetype i = request.at(1) == QLatin1Char('B') ? 0 : 1; i < arguments.size(); i += 2)
            spans.append(arguments.at(i));
    }
    static const QRegularExpression inlineBold(QStringLiteral("\\\\fB(.*?)(\\\\f[RPI]|$)"));
    for (const QRegularExpressionMatch &match : inlineBold.globalMatch(line))
        spans.append(match.captured(1));
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("[\\s|\\[\\]]+"));
    for (QString span : spans) {
        span.remove(fontChange);
        for (QString word : span.split(separators, Qt::SkipEmptyParts)) {
            // Punctuation that follows a term in running text.
            while (!word.isEmpty() && QStringLiteral(",.;:").contains(word.back()))
                word.chop(1);
            words.append(word);
        }
    }
    return words;
}

QStringList optionsIn(const QString &text)
{
    QStringList options;
    for (const QRegularExpressionMatch &match : optionPattern.globalMatch(text)) {
        if (!options.contains(match.captured()))
            options.append(match.captured());
    }
    return options;
}

} // namespace

void TestManPage::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(PE_APP_PATH)));
    QFile file(QStringLiteral(PE_MANPAGE_PATH));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    m_source = QString::fromUtf8(file.readAll());
    m_text = resolveEscapes(m_source).remove(fontChange);
    bool tag = false;
    for (const QString &line : m_source.split(QLatin1Char('\n'))) {
        for (const QString &word : boldWordsOf(line)) {
            m_bold.insert(word);
            if (tag)
                m_tags.insert(word);
        }
        tag = line.startsWith(QLatin1String(".TP"));
    }
    QVERIFY(m_bold.contains(QStringLiteral("partnership-explorer")));
    QVERIFY(m_tags.contains(QStringLiteral("--help")));
}

QString TestManPage::help(const QStringList &command)
{
    const pe::test::AppRun result =
        pe::test::AppRun::run(QStringLiteral(PE_APP_PATH), command + QStringList{"--help"});
    if (result.exitCode != 0)
        qWarning() << command << "--help exited with" << result.exitCode << result.err;
    return result.out;
}

// The commands the application's --help lists, each on a line of its own under "Commands:".
QStringList TestManPage::commands(const QString &mainHelp)
{
    const qsizetype start = mainHelp.indexOf(QLatin1String("Commands:"));
    const qsizetype end = mainHelp.indexOf(QLatin1String("Each command takes"), start);
    if (start < 0 || end < 0)
        return {};
    QStringList names;
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z]+) "),
                                                QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match :
         commandLine.globalMatch(mainHelp.mid(start, end - start))) {
        if (!names.contains(match.captured(1)))
            names.append(match.captured(1));
    }
    return names;
}

// The comma-separated keys of a help line "Label: a, b (png, svg); c (csv)." without the
// parenthesised formats.
QStringList TestManPage::listAfter(const QString &help, const QString &label)
{
    const QRegularExpression line(QStringLiteral("^%1: (.*)\\.$").arg(label),
                                  QRegularExpression::MultilineOption);
    QString list = line.match(help).captured(1);
    static const QRegularExpression formats(QStringLiteral("\\([^)]*\\)"));
    list.remove(formats);
    QStringList keys;
    for (const QString &key : list.split(QRegularExpression(QStringLiteral("[,;]"))))
        keys.append(key.trimmed());
    keys.removeAll(QString());
    return keys;
}

void TestManPage::everyCommandIsDescribed()
{
    const QStringList names = commands(help({}));
    // validate, export, cite and screenshot at the least.
    QVERIFY2(names.size() >= 4, qPrintable(names.join(u' ')));
    QStringList missing;
    for (const QString &name : names) {
        // A command the manual lists, and a command the executable answers --help for.
        if (!m_tags.contains(name))
            missing.append(name);
        QVERIFY2(!help({name}).isEmpty(), qPrintable(name));
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the manual: ") + missing.join(u' ')));
}

void TestManPage::everyOptionIsDescribed_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::newRow("the application") << QStringList();
    for (const QString &name : commands(help({})))
        QTest::newRow(qPrintable(name)) << QStringList{name};
}

void TestManPage::everyOptionIsDescribed()
{
    QFETCH(QStringList, command);
    const QString text = help(command);
    QStringList options = optionsIn(text);
    // The one-letter forms Qt's parser lists beside --help and --version.
    static const QRegularExpression shortOption(QStringLiteral("^  (-[a-z]), --"),
                                                QRegularExpression::MultilineOption);
    for (const QRegularExpressionMatch &match : shortOption.globalMatch(text))
        options.append(match.captured(1));
    QVERIFY(options.contains(QStringLiteral("--help")));
    QStringList missing;
    for (const QString &option : std::as_const(options)) {
        if (!m_tags.contains(option))
            missing.append(option);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the manual: ") + missing.join(u' ')));
}

void TestManPage::everyViewAndStyleIsDescribed()
{
    const QStringList views = listAfter(help({QStringLiteral("export")}), QStringLiteral("Views"));
    const QStringList styles = listAfter(help({QStringLiteral("cite")}), QStringLiteral("Styles"));
    QVERIFY2(views.contains(QStringLiteral("turnover")), qPrintable(views.join(u' ')));
    QVERIFY2(styles.contains(QStringLiteral("gost")), qPrintable(styles.join(u' ')));
    QStringList missing;
    for (const QString &view : views) {
        if (!m_tags.contains(view))
            missing.append(view);
    }
    for (const QString &style : styles) {
        if (!m_bold.contains(style))
            missing.append(style);
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("not in the manual: ") + missing.join(u' ')));
}

void TestManPage::noOptionIsInvented()
{
    QSet<QString> known;
    const QString mainHelp = help({});
    for (const QString &option : optionsIn(mainHelp))
        known.insert(option);
    for (const QString &name : commands(mainHelp)) {
        for (const QString &option : optionsIn(help({name})))
            known.insert(option);
    }
    QStringList invented;
    for (const QString &option : optionsIn(m_text)) {
        if (!known.contains(option))
            invented.append(option);
    }
    QVERIFY2(invented.isEmpty(),
             qPrintable(QStringLiteral("not taken by the executable: ") + invented.join(u' ')));
}

void TestManPage::rendersWithoutWarnings()
{
    // groff is what man runs; -ww turns on every warning (lintian reads the same ones).
    const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
    if (groff.isEmpty())
        QSKIP("groff is not installed");
    QProcess process;
    process.start(groff, {QStringLiteral("-man"), QStringLiteral("-ww"), QStringLiteral("-z"),
                          QStringLiteral(PE_MANPAGE_PATH)});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardError()), QString());
}

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
