#include "TestData.h"
#include "TestWorkspace.h"
#include "compose/EnvFile.h"
#include "compose/Interpolator.h"
#include "util/Error.h"

#include <QTest>

using namespace blihops;
using blihops::test::errorOf;

namespace {

const QHash<QString, QString> kVariables = {{QStringLiteral("SET"), QStringLiteral("value")},
                                            {QStringLiteral("EMPTY"), QString()},
                                            {QStringLiteral("TAG"), QStringLiteral("1.2")}};

} // namespace

class TestInterpolator : public QObject
{
    Q_OBJECT

private slots:
    void substitutesLikeCompose_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "$SET"
                               << "value";
        QTest::newRow("braced") << "x${SET}y"
                                << "xvaluey";
        QTest::newRow("name ends at a non-name character") << "$SET-1"
                                                           << "value-1";
        QTest::newRow("unset is empty") << "[${UNSET}]"
                                        << "[]";
        QTest::newRow(":- on unset") << "${UNSET:-d}"
                                     << "d";
        QTest::newRow(":- on empty") << "${EMPTY:-d}"
                                     << "d";
        QTest::newRow(":- on set") << "${SET:-d}"
                                   << "value";
        QTest::newRow("- on unset") << "${UNSET-d}"
                                    << "d";
        QTest::newRow("- on empty keeps empty") << "${EMPTY-d}"
                                                << "";
        QTest::newRow(":+ on set") << "${SET:+alt}"
                                   << "alt";
        QTest::newRow(":+ on empty") << "${EMPTY:+alt}"
                                     << "";
        QTest::newRow("+ on empty") << "${EMPTY+alt}"
                                    << "alt";
        QTest::newRow("nested default") << "${UNSET:-${TAG}-x}"
                                        << "1.2-x";
        QTest::newRow("default with spaces and colons") << "${UNSET:-a b:c}"
                                                        << "a b:c";
        QTest::newRow("escaped dollar") << "$$SET and $${SET}"
                                        << "$SET and ${SET}";
        QTest::newRow("escape inside default") << "${UNSET:-$$x}"
                                               << "$x";
        QTest::newRow("required and set") << "${SET:?message}"
                                          << "value";
        QTest::newRow("required and missing is empty") << "${UNSET:?message}"
                                                       << "";
        QTest::newRow("no dollar") << "plain text"
                                   << "plain text";
    }

    void substitutesLikeCompose()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Interpolator(kVariables).interpolate(text).text, expected);
    }

    void reportsWhatIsMissingAndNeverWhatHasADefault_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("missing");
        QTest::addColumn<bool>("required");
        QTest::newRow("plain unset") << "${UNSET}" << true << false;
        QTest::newRow("plain empty is set") << "${EMPTY}" << false << false;
        QTest::newRow(":? unset") << "${UNSET:?m}" << true << true;
        QTest::newRow(":? empty") << "${EMPTY:?m}" << true << true;
        QTest::newRow("? empty is set") << "${EMPTY?m}" << false << true;
        QTest::newRow(":- unset") << "${UNSET:-d}" << false << false;
        QTest::newRow("- unset") << "${UNSET-d}" << false << false;
        QTest::newRow(":- empty default") << "${UNSET:-}" << false << false;
        QTest::newRow(":+ unset") << "${UNSET:+a}" << false << false;
    }

    void reportsWhatIsMissingAndNeverWhatHasADefault()
    {
        QFETCH(QString, text);
        QFETCH(bool, missing);
        QFETCH(bool, required);
        const auto references = Interpolator(kVariables).interpolate(text).references;
        QCOMPARE(references.size(), 1);
        QCOMPARE(references.first().missing(), missing);
        QCOMPARE(references.first().required(), required);
    }

    void nestedReferencesCountOnlyWhereUsed()
    {
        const auto used = Interpolator(kVariables).interpolate(QStringLiteral("${UNSET:-${B}}"));
        QCOMPARE(used.references.size(), 2);
        QCOMPARE(used.references.at(1).name, QStringLiteral("B"));
        const auto unused = Interpolator(kVariables).interpolate(QStringLiteral("${SET:-${B}}"));
        QCOMPARE(unused.references.size(), 1);
    }

    void malformedSubstitutionsAreBadInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("lone dollar at the end") << "cost: 5$";
        QTest::newRow("dollar before a space") << "a $ b";
        QTest::newRow("unclosed brace") << "${SET";
        QTest::newRow("empty name") << "${}";
        QTest::newRow("bad operator") << "${SET!x}";
        QTest::newRow("command substitution") << "$(date)";
    }

    void malformedSubstitutionsAreBadInput()
    {
        QFETCH(QString, text);
        const Error error = errorOf([&] { Interpolator(kVariables).interpolate(text); });
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(text), qPrintable(error.message()));
    }
};

class TestEnvFile : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatComposeReads()
    {
        const EnvFile env =
            EnvFile::parse(QStringLiteral("# comment\n"
                                          "\n"
                                          "PLAIN=value\n"
                                          "export EXPORTED=yes\n"
                                          "  SPACED = padded  \n"
                                          "INLINE=kept # dropped\n"
                                          "HASH=a#b\n"
                                          "SINGLE='literal $PLAIN # kept'\n"
                                          "DOUBLE=\"line\\nbreak \\\"quoted\\\" $PLAIN\"\n"
                                          "MULTI=\"first\n"
                                          "second\"\n"
                                          "REF=${PLAIN}-x\n"
                                          "EMPTY=\n"
                                          "SHELL_ONLY\n"
                                          "DOLLAR=pa$$word$\n"),
                           QStringLiteral("test.env"));
        const auto values = env.values();
        QCOMPARE(values.value(QStringLiteral("PLAIN")), QStringLiteral("value"));
        QCOMPARE(values.value(QStringLiteral("EXPORTED")), QStringLiteral("yes"));
        QCOMPARE(values.value(QStringLiteral("SPACED")), QStringLiteral("padded"));
        QCOMPARE(values.value(QStringLiteral("INLINE")), QStringLiteral("kept"));
        QCOMPARE(values.value(QStringLiteral("HASH")), QStringLiteral("a#b"));
        QCOMPARE(values.value(QStringLiteral("SINGLE")), QStringLiteral("literal $PLAIN # kept"));
        QCOMPARE(values.value(QStringLiteral("DOUBLE")),
                 QStringLiteral("line\nbreak \"quoted\" value"));
        QCOMPARE(values.value(QStringLiteral("MULTI")), QStringLiteral("first\nsecond"));
        QCOMPARE(values.value(QStringLiteral("REF")), QStringLiteral("value-x"));
        QVERIFY(env.defines(QStringLiteral("EMPTY")));
        QCOMPARE(values.value(QStringLiteral("EMPTY")), QString());
        QVERIFY(!env.defines(QStringLiteral("SHELL_ONLY")));
        // Compose keeps a "$" that starts no substitution.
        QCOMPARE(values.value(QStringLiteral("DOLLAR")), QStringLiteral("pa$$word$"));
        QCOMPARE(env.entries().at(1).line, 4);
    }

    void malformedLinesNameFileAndLine()
    {
        const Error error = errorOf([] {
            EnvFile::parse(QStringLiteral("OK=1\nthis is not an assignment\n"),
                           QStringLiteral("broken.env"));
        });
        QCOMPARE(error.kind(), ErrorKind::BadInput);
        QVERIFY2(error.message().contains(QStringLiteral("broken.env, line 2")),
                 qPrintable(error.message()));
        const Error quote = errorOf(
            [] { EnvFile::parse(QStringLiteral("A=\"never closed\n"), QStringLiteral("q.env")); });
        QVERIFY2(quote.message().contains(QStringLiteral("q.env, line 1")),
                 qPrintable(quote.message()));
        QCOMPARE(errorOf([] { EnvFile::load(QStringLiteral("/nowhere/.env")); }).kind(),
                 ErrorKind::BadInput);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestInterpolator interpolator;
    TestEnvFile envFile;
    return blihops::test::runTests(argc, argv, {&interpolator, &envFile});
}

#include "tst_interpolator.moc"
