// SPDX-License-Identifier: GPL-3.0-or-later
#include "workbench/requests/curlcommand.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Hb::Ui {

namespace {
// Flags that change how curl talks or prints, not what it sends; the engine has no use for
// them. They are still listed in the notes.
bool isTransportFlag(const QString &flag)
{
    static const QStringList flags{
        QStringLiteral("-s"),           QStringLiteral("--silent"),  QStringLiteral("-S"),
        QStringLiteral("--show-error"), QStringLiteral("-i"),        QStringLiteral("--include"),
        QStringLiteral("-v"),           QStringLiteral("--verbose"), QStringLiteral("-L"),
        QStringLiteral("--location"),   QStringLiteral("-k"),        QStringLiteral("--insecure"),
        QStringLiteral("--compressed"), QStringLiteral("-f"),        QStringLiteral("--fail")};
    return flags.contains(flag);
}

// Flags that take a value we do not use (so the value is not read as the URL).
bool takesIgnoredValue(const QString &flag)
{
    static const QStringList flags{QStringLiteral("-o"),
                                   QStringLiteral("--output"),
                                   QStringLiteral("-m"),
                                   QStringLiteral("--max-time"),
                                   QStringLiteral("--connect-timeout"),
                                   QStringLiteral("-A"),
                                   QStringLiteral("--user-agent"),
                                   QStringLiteral("-e"),
                                   QStringLiteral("--referer"),
                                   QStringLiteral("-b"),
                                   QStringLiteral("--cookie"),
                                   QStringLiteral("-x"),
                                   QStringLiteral("--proxy"),
                                   QStringLiteral("-w"),
                                   QStringLiteral("--write-out")};
    return flags.contains(flag);
}

// Backslash escapes inside $'…' (bash's ANSI-C quoting; browsers' "copy as cURL" uses it).
QChar ansiEscape(QChar c)
{
    switch (c.unicode()) {
    case 'n': return u'\n';
    case 't': return u'\t';
    case 'r': return u'\r';
    default: return c;
    }
}

bool hasHeader(const NameValueList &headers, QStringView name)
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// The data flags: -d and its variants, and --json.
bool isDataFlag(const QString &flag)
{
    return flag == QLatin1String("-d") || flag == QLatin1String("--data") ||
           flag == QLatin1String("--data-ascii") || flag == QLatin1String("--data-binary") ||
           flag == QLatin1String("--data-raw") || flag == QLatin1String("--json");
}

// The flags whose value becomes part of the request (CurlCommand::readRequestOption).
bool isRequestOption(const QString &flag)
{
    return flag == QLatin1String("-X") || flag == QLatin1String("--request") ||
           flag == QLatin1String("-H") || flag == QLatin1String("--header") || isDataFlag(flag) ||
           flag == QLatin1String("-u") || flag == QLatin1String("--user");
}

// An argument split into flag and value when the value is attached to it.
struct AttachedValue
{
    QString flag;
    QString value;
    bool attached = false;
};

// The --flag=value and -Xvalue forms (the latter for the short flags that take a value).
AttachedValue splitAttachedValue(const QString &argument)
{
    if (argument.startsWith(QLatin1String("--")) && argument.contains(u'=')) {
        const qsizetype equals = argument.indexOf(u'=');
        return {argument.left(equals), argument.mid(equals + 1), true};
    }
    if (argument.size() > 2 && argument.startsWith(u'-') &&
        !argument.startsWith(QLatin1String("--")) &&
        QStringLiteral("XHdu").contains(argument.at(1)))
        return {argument.left(2), argument.mid(2), true};
    return {argument, QString(), false};
}
} // namespace

Result<QStringList> CurlCommand::splitArguments(const QString &line)
{
    QStringList args;
    QString current;
    bool inWord = false;
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            if (i + 1 < n && line.at(i + 1) == u'\r' && i + 2 < n && line.at(i + 2) == u'\n') {
                i += 2; // continuation with a Windows line end
                continue;
            }
            if (i + 1 < n && line.at(i + 1) == u'\n') {
                ++i; // continuation: the backslash and the newline vanish
                continue;
            }
            if (i + 1 < n) {
                current += line.at(++i);
                inWord = true;
            }
            continue;
        }
        if (c == u'\'' || (c == u'$' && i + 1 < n && line.at(i + 1) == u'\'')) {
            const bool ansi = c == u'$';
            i += ansi ? 2 : 1;
            inWord = true;
            for (;; ++i) {
                if (i >= n)
                    return makeError(ErrorCode::InvalidInput, tr("A single quote is not closed."));
                const QChar q = line.at(i);
                if (q == u'\'')
                    break;
                if (ansi && q == u'\\' && i + 1 < n)
                    current += ansiEscape(line.at(++i));
                else
                    current += q;
            }
            continue;
        }
        if (c == u'"') {
            inWord = true;
            for (++i;; ++i) {
                if (i >= n)
                    return makeError(ErrorCode::InvalidInput, tr("A double quote is not closed."));
                const QChar q = line.at(i);
                if (q == u'"')
                    break;
                // Inside double quotes a backslash escapes only these; elsewhere it stays.
                if (q == u'\\' && i + 1 < n) {
                    const QChar next = line.at(i + 1);
                    if (next == u'\n') {
                        ++i;
                        continue;
                    }
                    if (next == u'"' || next == u'\\' || next == u'$' || next == u'`') {
                        current += next;
                        ++i;
                        continue;
                    }
                }
                current += q;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                args.append(std::exchange(current, {}));
            inWord = false;
            continue;
        }
        current += c;
        inWord = true;
    }
    if (inWord)
        args.append(current);
    return args;
}

// What parse() has read so far.
struct CurlCommand::ParseState
{
    Imported out;
    QString method; // -X, upper case
    QStringList data;
    bool json = false; // --json seen
    bool head = false; // -I seen
};

Result<CurlCommand::Imported> CurlCommand::parse(const QString &commandLine)
{
    const Result<QStringList> split = splitArguments(commandLine);
    if (!split)
        return split.error();
    QStringList args = *split;
    if (!args.isEmpty() &&
        (args.first() == QLatin1String("curl") || args.first().endsWith(QLatin1String("/curl"))))
        args.removeFirst();

    ParseState state;
    for (int i = 0; i < args.size(); ++i) {
        if (const Result<void> read = readArgument(state, args, i); !read)
            return read.error();
    }
    if (state.out.request.url.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("The command has no URL."));
    finishRequest(state);
    return state.out;
}

Result<void> CurlCommand::readArgument(ParseState &state, const QStringList &args, int &i)
{
    const AttachedValue option = splitAttachedValue(args.at(i));
    const QString &flag = option.flag;
    auto takeValue = [&]() -> Result<QString> {
        if (option.attached)
            return option.value;
        if (i + 1 >= args.size())
            return makeError(ErrorCode::InvalidInput, tr("%1 needs a value.").arg(flag));
        return args.at(++i);
    };
    SavedRequest &r = state.out.request;
    if (!flag.startsWith(u'-') || flag == QLatin1String("--url")) {
        QString url = flag;
        if (flag == QLatin1String("--url")) {
            const auto v = takeValue();
            if (!v)
                return v.error();
            url = *v;
        }
        if (!r.url.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("More than one URL: %1 and %2.").arg(r.url, url));
        r.url = url;
        return {};
    }
    if (isRequestOption(flag)) {
        const auto v = takeValue();
        if (!v)
            return v.error();
        return readRequestOption(state, flag, *v);
    }
    if (flag == QLatin1String("-I") || flag == QLatin1String("--head")) {
        state.head = true;
    } else if (isTransportFlag(flag)) {
        state.out.notes.append(
            tr("Ignored %1 (it changes how curl prints or connects, not the request).").arg(flag));
    } else if (takesIgnoredValue(flag)) {
        const auto v = takeValue();
        if (!v)
            return v.error();
        state.out.notes.append(tr("Ignored %1 %2 (not supported by the composer).").arg(flag, *v));
    } else {
        state.out.notes.append(tr("Unknown option %1: not imported.").arg(flag));
    }
    return {};
}

Result<void> CurlCommand::readRequestOption(ParseState &state, const QString &flag,
                                            const QString &value)
{
    SavedRequest &r = state.out.request;
    if (flag == QLatin1String("-X") || flag == QLatin1String("--request")) {
        state.method = value.toUpper();
    } else if (flag == QLatin1String("-H") || flag == QLatin1String("--header")) {
        const qsizetype colon = value.indexOf(u':');
        // A blank name (" : x") is refused like a missing one, so every header imported
        // is written back in a form that imports again (found by fuzz/fuzz_curl_command).
        const QString name = colon > 0 ? value.left(colon).trimmed() : QString();
        if (name.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             tr("The header \"%1\" needs \"Name: value\".").arg(value));
        r.headers.append({name, value.mid(colon + 1).trimmed()});
    } else if (isDataFlag(flag)) {
        // --data-raw is the one form where a leading @ is just a character.
        if (value.startsWith(u'@') && flag != QLatin1String("--data-raw"))
            return makeError(ErrorCode::InvalidInput,
                             tr("%1 %2 reads a file; paste the data itself (or use --data-raw).")
                                 .arg(flag, value));
        state.data.append(value);
        state.json = state.json || flag == QLatin1String("--json");
    } else { // -u, --user
        r.headers.append(
            {QStringLiteral("Authorization"),
             QStringLiteral("Basic ") + QString::fromLatin1(value.toUtf8().toBase64())});
    }
    return {};
}

void CurlCommand::finishRequest(ParseState &state)
{
    SavedRequest &r = state.out.request;
    // curl joins several -d with '&' and then defaults to POST with a form content type.
    if (!state.data.isEmpty()) {
        r.body = state.data.join(state.json ? QString() : QStringLiteral("&"));
        if (state.json) {
            if (!hasHeader(r.headers, u"Content-Type"))
                r.headers.append(
                    {QStringLiteral("Content-Type"), QStringLiteral("application/json")});
            if (!hasHeader(r.headers, u"Accept"))
                r.headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
        } else if (!hasHeader(r.headers, u"Content-Type")) {
            r.headers.append({QStringLiteral("Content-Type"),
                              QStringLiteral("application/x-www-form-urlencoded")});
        }
    }
    r.method = !state.method.isEmpty() ? state.method
               : state.head            ? QStringLiteral("HEAD")
               : state.data.isEmpty()  ? QStringLiteral("GET")
                                       : QStringLiteral("POST");
    for (const auto &[name, value] : std::as_const(r.headers)) {
        if (name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0 &&
            value.contains(QLatin1String("json"), Qt::CaseInsensitive))
            r.bodyMode = BodyMode::Json;
    }
}

QString CurlCommand::shellQuote(const QString &argument)
{
    static const QString safe = QStringLiteral("-_./:=@%+,");
    bool plain = !argument.isEmpty();
    for (const QChar c : argument) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !safe.contains(c)) {
            plain = false;
            break;
        }
    }
    if (plain)
        return argument;
    // Inside single quotes nothing is special; a quote itself ends, is escaped, reopens.
    QString quoted = argument;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString CurlCommand::format(const QString &method, const QString &url, const NameValueList &headers,
                            const QByteArray &body)
{
    QStringList parts{QStringLiteral("curl")};
    const bool defaultMethod = method == QLatin1String("GET") && body.isEmpty();
    if (!defaultMethod)
        parts << QStringLiteral("-X") << shellQuote(method);
    // A URL that starts with '-' would be read back as a flag (found by fuzz/fuzz_curl_command).
    if (url.startsWith(u'-'))
        parts << QStringLiteral("--url");
    parts << shellQuote(url);
    for (const auto &[name, value] : headers)
        parts << QStringLiteral("-H") << shellQuote(name + QStringLiteral(": ") + value);
    // --data-raw: the body goes as is, a leading @ included.
    if (!body.isEmpty())
        parts << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(body));
    return parts.join(u' ');
}

} // namespace Hb::Ui
