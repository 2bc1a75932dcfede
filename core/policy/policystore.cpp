// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/policy/policystore.h"

#include "core/api/jsonfieldreader.h"
#include "core/api/jsonlocator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Hb::Policy {

namespace {
Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("cannot read the policy file: ") + file.errorString(),
                         SourceLocation{path, 0, 0, {}});
    }
    return file.readAll();
}

std::optional<Error> firstError(const Api::JsonFieldReader &reader)
{
    for (const Api::Diagnostic &d : reader.diagnostics()) {
        if (d.severity == Api::Diagnostic::Severity::Error)
            return makeError(ErrorCode::InvalidInput, d.message, d.where);
    }
    return std::nullopt;
}

Result<nlohmann::json> parse(const QByteArray &text, const QString &file)
{
    Api::Diagnostic syntaxError;
    auto root = Api::JsonFieldReader::parseDocument(text, file, &syntaxError);
    if (!root)
        return makeError(ErrorCode::InvalidInput, syntaxError.message, syntaxError.where);
    return std::move(*root);
}
} // namespace

PolicyStore::PolicyStore(const QList<Policy> &policies)
{
    for (const Policy &p : policies)
        m_policies.insert(p.id(), p);
}

const Policy *PolicyStore::find(const QString &id) const
{
    const auto it = m_policies.constFind(id);
    return it == m_policies.cend() ? nullptr : &it.value();
}

nlohmann::json PolicyStore::toJson() const
{
    nlohmann::json out = nlohmann::json::object();
    for (auto it = m_policies.cbegin(); it != m_policies.cend(); ++it)
        out[it.key().toStdString()] = it->json();
    return out;
}

Result<PolicyStore> PolicyStore::loadRecordFile(const QString &path)
{
    auto text = readFile(path);
    if (!text)
        return text.error();
    return fromRecordJson(*text, path);
}

Result<PolicyStore> PolicyStore::fromRecordJson(const QByteArray &text, const QString &file)
{
    auto root = parse(text, file);
    if (!root)
        return root.error();
    if (!root->is_object()) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("a policy record file must be a JSON object keyed by policy id"),
            SourceLocation{file, 1, 1, {}});
    }
    const Api::JsonLocator locator(text);
    Api::JsonFieldReader reader(*root, locator, file);
    QList<Policy> policies;
    for (const auto &[key, value] : root->items()) {
        const std::string pointer = Api::JsonLocator::child("", key);
        // Go decodes null into an empty policy; anything else must be an object.
        if (!value.is_null() && !reader.readObject(pointer))
            continue;
        Policy::validate(reader, pointer);
        Policy policy(value.is_null() ? nlohmann::json::object() : value);
        // gateway/policy.go LoadPoliciesFromFile: the map key wins unless it is empty.
        if (!key.empty())
            policy.setId(QString::fromStdString(key));
        policies.append(policy);
    }
    if (const auto error = firstError(reader))
        return *error;
    return PolicyStore(policies);
}

Result<Policy> PolicyStore::policyFromJson(const QByteArray &text, const QString &file)
{
    auto root = parse(text, file);
    if (!root)
        return root.error();
    if (!root->is_object()) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a policy file must hold one JSON object"),
                         SourceLocation{file, 1, 1, {}});
    }
    const Api::JsonLocator locator(text);
    Api::JsonFieldReader reader(*root, locator, file);
    Policy::validate(reader, "");
    if (const auto error = firstError(reader))
        return *error;
    return Policy(std::move(*root));
}

Result<PolicyStore> PolicyStore::loadDirectory(const QString &path)
{
    const QDir dir(path);
    if (!QFileInfo(path).isDir()) {
        return makeError(ErrorCode::Io,
                         QStringLiteral("policy directory \"%1\" does not exist").arg(path),
                         SourceLocation{path, 0, 0, {}});
    }
    // filepath.Glob returns matches in lexical order; later files win on duplicate ids.
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QList<Policy> policies;
    for (const QString &name : names) {
        const QString file = dir.filePath(name);
        auto text = readFile(file);
        if (!text)
            return text.error();
        auto policy = policyFromJson(*text, file);
        if (!policy)
            return policy.error();
        policies.append(*policy);
    }
    return PolicyStore(policies);
}

} // namespace Hb::Policy
