// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/http/httprequest.h"
#include "workbench/workspace/savedrequest.h"
#include "workbench/workspace/workspacedata.h"

#include <QCoreApplication>

namespace Hb::Ui {

// Turns a composed (or saved) request into the HttpRequest the engine runs: expands
// {{variables}} in the URL, header names and values, body and form fields, encodes forms,
// adds the Content-Type the body mode implies and a Host. And back to curl. No widgets.
class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(Hb::Ui::RequestBuilder)
public:
    // The base a bare path gets in "Copy as curl" (Tyk's default listen port).
    static constexpr char DefaultBaseUrl[] = "http://localhost:8080";

    static Result<Http::HttpRequest> build(const SavedRequest &request, const Variables &variables);
    // "Name: value" per line into pairs; a line without a colon is an error naming its line.
    static Result<NameValueList> parseHeaderLines(const QString &text);
    static QString formatHeaderLines(const NameValueList &headers);
    static QString encodeForm(const NameValueList &fields);
    // A curl command for the built request: a bare path gets DefaultBaseUrl, our own Host
    // default is left out.
    static QString toCurl(const Http::HttpRequest &request);
    // A request the engine ran, as the composer edits it (named "METHOD path"): method,
    // target, headers and body as raw text. Host and Content-Length, which the engine adds
    // again when it is sent, are left out.
    static SavedRequest toSavedRequest(const Http::HttpRequest &request);
};

} // namespace Hb::Ui
