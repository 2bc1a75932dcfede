// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "workbench/workspace/savedrequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Hb::Ui {

// Reads a curl command line into a request and writes a request as one. Only what a request
// is made of is understood (-X, -H, -d and its variants, --json, -u, -I, --url); other
// flags are reported in `notes`, never dropped in silence. No widgets.
class CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(Hb::Ui::CurlCommand)
public:
    struct Imported
    {
        SavedRequest request;
        QStringList notes; // flags that were ignored or not understood
    };

    // Splits like a POSIX shell: '…', "…" (with \" \\ \$ \`), $'…', backslash escapes and
    // backslash-newline continuations. Unbalanced quotes are an error.
    static Result<QStringList> splitArguments(const QString &commandLine);
    // `curl …` (the word curl is optional). Data read from a file (@file) is refused: the
    // file is on the machine the command came from, not necessarily this one.
    static Result<Imported> parse(const QString &commandLine);
    // One line, arguments single-quoted where the shell would otherwise read them.
    // `url` is used as is, so pass a full URL.
    static QString format(const QString &method, const QString &url, const NameValueList &headers,
                          const QByteArray &body);
    static QString shellQuote(const QString &argument);

private:
    struct ParseState; // what parse() has read so far

    // The steps of parse(). One argument (advancing `i` past a value it takes): the URL, an
    // option of the request, or a flag that is noted and ignored.
    static Result<void> readArgument(ParseState &state, const QStringList &args, int &i);
    // -X, -H, -d and its variants, --json and -u, with their value.
    static Result<void> readRequestOption(ParseState &state, const QString &flag,
                                          const QString &value);
    // curl's defaults once every argument is read: the joined body, its content type, the
    // method.
    static void finishRequest(ParseState &state);
};

} // namespace Hb::Ui
