// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace Hb::Ui {

// How the composer edits a request body: text as typed, JSON (validated, can be formatted) or
// form fields sent as application/x-www-form-urlencoded.
enum class BodyMode { Raw, Json, Form };

QString toString(BodyMode mode);
BodyMode bodyModeFromString(const QString &text); // unknown text is Raw

using NameValueList = QList<std::pair<QString, QString>>;

// A request the user named and kept in the workspace file. URL, headers and body may hold
// {{variables}}; they are expanded when the request is sent, not when it is saved.
struct SavedRequest
{
    QString name;
    QString method = QStringLiteral("GET");
    QString url; // a path such as /keyless/get, or a full http:// URL
    NameValueList headers;
    BodyMode bodyMode = BodyMode::Raw;
    QString body;             // Raw and Json
    NameValueList formFields; // Form
    // What `hookbench-cli test` checks the reply against (RequestExpectation's JSON form).
    // Kept as written, so an expectation with a mistake in it is reported by the test run,
    // never dropped when the workspace is loaded and saved again.
    QJsonObject expect;

    QJsonObject toJson() const;
    static SavedRequest fromJson(const QJsonObject &json);
    bool operator==(const SavedRequest &other) const = default;
};

} // namespace Hb::Ui
