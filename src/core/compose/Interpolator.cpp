#include "compose/Interpolator.h"

#include "util/Error.h"

namespace blihops {

namespace {

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c.isLetter() && c.unicode() < 128);
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.isDigit() && c.unicode() < 128);
}

qsizetype nameLength(const QString &text, qsizetype from)
{
    if (from >= text.size() || !isNameStart(text.at(from)))
        return 0;
    qsizetype end = from + 1;
    while (end < text.size() && isNameChar(text.at(end)))
        ++end;
    return end - from;
}

// The operators after ${NAME, longest first so that ":-" is not read as ":".
const std::pair<QLatin1String, Interpolator::Form> kOperators[] = {
    {QLatin1String(":-"), Interpolator::Form::DefaultIfUnsetOrEmpty},
    {QLatin1String(":?"), Interpolator::Form::RequiredNonEmpty},
    {QLatin1String(":+"), Interpolator::Form::AlternativeIfNonEmpty},
    {QLatin1String("-"), Interpolator::Form::DefaultIfUnset},
    {QLatin1String("?"), Interpolator::Form::Required},
    {QLatin1String("+"), Interpolator::Form::AlternativeIfSet},
};

} // namespace

bool Interpolator::Reference::missing() const
{
    switch (form) {
    case Form::Plain:
    case Form::Required:
        return !set;
    case Form::RequiredNonEmpty:
        return empty;
    default:
        return false;
    }
}

bool Interpolator::Reference::hasDefault() const
{
    return form == Form::DefaultIfUnsetOrEmpty || form == Form::DefaultIfUnset;
}

bool Interpolator::Reference::required() const
{
    return form == Form::RequiredNonEmpty || form == Form::Required;
}

Interpolator::Result Interpolator::interpolate(const QString &text) const
{
    Result result;
    expand(text, result);
    return result;
}

void Interpolator::expand(const QString &text, Result &result) const
{
    const auto invalid = [&text](qsizetype at) {
        return Error(ErrorKind::BadInput,
                     tr("\"%1\" is not a valid substitution at character %2: write ${NAME} or "
                        "$NAME, and $$ for a literal dollar sign.")
                         .arg(text)
                         .arg(at + 1));
    };
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype dollar = text.indexOf(QLatin1Char('$'), i);
        if (dollar < 0) {
            result.text += QStringView(text).mid(i);
            return;
        }
        result.text += QStringView(text).mid(i, dollar - i);
        if (dollar + 1 >= text.size())
            throw invalid(dollar);
        const QChar next = text.at(dollar + 1);
        if (next == QLatin1Char('$')) {
            result.text += QLatin1Char('$');
            i = dollar + 2;
            continue;
        }
        if (const qsizetype length = nameLength(text, dollar + 1)) {
            substitute(text.mid(dollar + 1, length), Form::Plain, {}, result);
            i = dollar + 1 + length;
            continue;
        }
        if (next != QLatin1Char('{'))
            throw invalid(dollar);

        // The closing brace that matches, past nested ${...} in a default.
        int depth = 1;
        qsizetype close = dollar + 2;
        for (; close < text.size(); ++close) {
            const QChar c = text.at(close);
            if (c == QLatin1Char('$') && close + 1 < text.size()) {
                if (text.at(close + 1) == QLatin1Char('{'))
                    ++depth;
                ++close; // "$$" and "${" are read as pairs
            } else if (c == QLatin1Char('}') && --depth == 0) {
                break;
            }
        }
        if (close >= text.size()) {
            throw Error(ErrorKind::BadInput,
                        tr("\"%1\" has a ${ at character %2 without its closing brace.")
                            .arg(text)
                            .arg(dollar + 1));
        }
        const QString body = text.mid(dollar + 2, close - dollar - 2);
        const qsizetype length = nameLength(body, 0);
        if (length == 0)
            throw invalid(dollar);
        const QString name = body.left(length);
        const QString rest = body.mid(length);
        if (rest.isEmpty()) {
            substitute(name, Form::Plain, {}, result);
        } else {
            const auto op =
                std::find_if(std::begin(kOperators), std::end(kOperators),
                             [&](const auto &entry) { return rest.startsWith(entry.first); });
            if (op == std::end(kOperators))
                throw invalid(dollar);
            substitute(name, op->second, rest.mid(op->first.size()), result);
        }
        i = close + 1;
    }
}

void Interpolator::substitute(const QString &name, Form form, const QString &argument,
                              Result &result) const
{
    const auto found = m_variables.constFind(name);
    const bool set = found != m_variables.constEnd();
    const QString value = set ? *found : QString();
    result.references.append({name, form, argument, set, value.isEmpty()});
    switch (form) {
    case Form::Plain:
    case Form::RequiredNonEmpty:
    case Form::Required:
        result.text += value;
        break;
    case Form::DefaultIfUnsetOrEmpty:
        if (value.isEmpty())
            expand(argument, result);
        else
            result.text += value;
        break;
    case Form::DefaultIfUnset:
        if (set)
            result.text += value;
        else
            expand(argument, result);
        break;
    case Form::AlternativeIfNonEmpty:
        if (!value.isEmpty())
            expand(argument, result);
        break;
    case Form::AlternativeIfSet:
        if (set)
            expand(argument, result);
        break;
    }
}

} // namespace blihops
