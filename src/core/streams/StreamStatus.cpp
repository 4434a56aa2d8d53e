#include "streams/StreamStatus.h"

#include <QRegularExpression>
#include <QStringList>

namespace blihops {

namespace {

// The upper-case words (letters and digits) of a headline.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toUpper();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

bool containsPhrase(const QStringList &words, const QStringList &phrase)
{
    for (qsizetype i = 0; i + phrase.size() <= words.size(); ++i) {
        if (std::equal(phrase.begin(), phrase.end(), words.begin() + i))
            return true;
    }
    return false;
}

struct Rule
{
    StreamStatus::State state;
    QList<QStringList> phrases;
};

// In this order: "NOT STARTED" before "STARTED", "INCOMPLETE" and "MOSTLY COMPLETE" before
// "COMPLETE".
const QList<Rule> &rules()
{
    using State = StreamStatus::State;
    static const QList<Rule> list = {
        {State::NotStarted,
         {{"NOT", "STARTED"},
          {"NOT", "DONE"},
          {"NOT", "TESTED"},
          {"NOT", "BEGUN"},
          {"NOT", "YET"},
          {"TODO"},
          {"TO", "DO"},
          {"PLANNED"},
          {"PENDING"}}},
        {State::Fail, {{"FAIL"}, {"FAILED"}, {"FAILING"}, {"FAILURE"}}},
        {State::Blocked, {{"BLOCKED"}}},
        {State::Partial,
         {{"PARTIAL"},
          {"PARTIALLY"},
          {"MOSTLY"},
          {"IN", "PROGRESS"},
          {"INCOMPLETE"},
          {"ONGOING"},
          {"STARTED"},
          {"WIP"}}},
        {State::Complete, {{"COMPLETE"}, {"COMPLETED"}, {"DONE"}, {"FINISHED"}, {"READY"}}},
        {State::Pass, {{"PASS"}, {"PASSED"}, {"PASSING"}}},
    };
    return list;
}

} // namespace

QString StreamStatus::withoutLeadingSymbols(const QString &text)
{
    qsizetype start = 0;
    while (start < text.size() && !text.at(start).isLetterOrNumber())
        ++start;
    return text.mid(start).trimmed();
}

QString StreamStatus::headline(const QString &text)
{
    QString phrase = withoutLeadingSymbols(text);
    for (const QString &separator :
         {QStringLiteral(" - "), QStringLiteral(" \u2013 "), QStringLiteral(" \u2014 "),
          QStringLiteral("("), QStringLiteral(":"), QStringLiteral(";"), QStringLiteral(",")}) {
        const qsizetype at = phrase.indexOf(separator);
        if (at > 0)
            phrase.truncate(at);
    }
    // Trailing symbols too ("PASS ✅").
    qsizetype end = phrase.size();
    while (end > 0 && !phrase.at(end - 1).isLetterOrNumber() &&
           phrase.at(end - 1) != QLatin1Char('%'))
        --end;
    return phrase.left(end).trimmed();
}

StreamStatus::State StreamStatus::classify(const QString &text)
{
    const QString phrase = headline(text);
    static const QRegularExpression leadingPercent(QStringLiteral("^\\d+(?:[.,]\\d+)?\\s*%"));
    if (leadingPercent.match(phrase).hasMatch())
        return State::Unknown;
    const QStringList words = wordsOf(phrase);
    for (const Rule &rule : rules()) {
        for (const QStringList &candidate : rule.phrases) {
            if (containsPhrase(words, candidate))
                return rule.state;
        }
    }
    return State::Unknown;
}

QString StreamStatus::key(State state)
{
    switch (state) {
    case State::Unknown:
        return QStringLiteral("unknown");
    case State::NotStarted:
        return QStringLiteral("not-started");
    case State::Partial:
        return QStringLiteral("partial");
    case State::Complete:
        return QStringLiteral("complete");
    case State::Pass:
        return QStringLiteral("pass");
    case State::Fail:
        return QStringLiteral("fail");
    case State::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

StreamStatus::State StreamStatus::fromKey(const QString &key)
{
    for (State state : {State::NotStarted, State::Partial, State::Complete, State::Pass,
                        State::Fail, State::Blocked}) {
        if (StreamStatus::key(state) == key)
            return state;
    }
    return State::Unknown;
}

std::optional<double> StreamStatus::percentage(const QString &text)
{
    static const QRegularExpression percent(
        QStringLiteral("(\\d+(?:\\.\\d+)?)\\s*%(\\s*(?:remaining|left|to go))?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = percent.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    if (value > 100)
        return std::nullopt;
    return match.captured(2).isEmpty() ? value : 100 - value;
}

bool StreamStatus::saysNone(const QString &text)
{
    const QStringList words = wordsOf(headline(text));
    return words.isEmpty() || words == QStringList{QStringLiteral("NONE")} ||
           words == QStringList{QStringLiteral("N"), QStringLiteral("A")} ||
           (words.size() == 2 && words.first() == QLatin1String("NO"));
}

} // namespace blihops
