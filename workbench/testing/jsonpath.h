// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace Hb::Ui {

// The part of JSONPath that names one value: `$`, `.name`, `['name']` or `["name"]` for keys
// with dots or spaces, `[N]` for array items (`[-1]` is the last). `$` may be left out, so
// `headers.X-Hook` and `$.args.sample[0]` both work. Wildcards and filters are not supported:
// an expectation names one value.
class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(Hb::Ui::JsonPath)
public:
    using Step = std::variant<QString, qsizetype>; // a key, or an array index

    // A malformed path is an error naming the column where it goes wrong.
    static Result<JsonPath> parse(const QString &text);

    // The value the path names, or nothing when a step is missing.
    std::optional<QJsonValue> evaluate(const QJsonValue &root) const;
    const QList<Step> &steps() const { return m_steps; }
    QString text() const { return m_text; }

private:
    QString m_text;
    QList<Step> m_steps;
};

} // namespace Hb::Ui
