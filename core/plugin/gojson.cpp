// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/gojson.h"

namespace Hb::Plugin {

namespace {
Error typeError(const GoJson::Json &value, const char *what, const char *goType)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("json: cannot unmarshal %1 into Go struct field %2 of type %3")
                         .arg(QString::fromLatin1(value.type_name()), QString::fromLatin1(what),
                              QString::fromLatin1(goType)));
}

QByteArray bytes(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

bool equalFold(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(uchar(a[i])) != std::tolower(uchar(b[i])))
            return false;
    }
    return true;
}
} // namespace

const GoJson::Json *GoJson::field(const Json &object, std::string_view name)
{
    if (!object.is_object())
        return nullptr;
    const auto exact = object.find(std::string(name));
    if (exact != object.end())
        return exact->is_null() ? nullptr : &*exact;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (equalFold(it.key(), name))
            return it->is_null() ? nullptr : &*it;
    }
    return nullptr;
}

Result<QByteArray> GoJson::string(const Json *value, const char *what)
{
    if (!value || value->is_null())
        return QByteArray();
    if (!value->is_string())
        return typeError(*value, what, "string");
    return bytes(value->get_ref<const std::string &>());
}

Result<qint64> GoJson::integer(const Json *value, const char *what)
{
    if (!value || value->is_null())
        return qint64(0);
    if (value->is_number_integer())
        return value->get<qint64>();
    return typeError(*value, what, "int");
}

Result<bool> GoJson::boolean(const Json *value, const char *what)
{
    if (!value || value->is_null())
        return false;
    if (!value->is_boolean())
        return typeError(*value, what, "bool");
    return value->get<bool>();
}

Result<QList<QByteArray>> GoJson::stringList(const Json *value, const char *what)
{
    QList<QByteArray> out;
    if (!value || value->is_null())
        return out;
    if (!value->is_array())
        return typeError(*value, what, "[]string");
    for (const Json &item : *value) {
        Result<QByteArray> s = string(&item, what);
        if (!s)
            return s.error();
        out.append(*s);
    }
    return out;
}

Result<GoJson::StringPairs> GoJson::stringMap(const Json *value, const char *what)
{
    StringPairs out;
    if (!value || value->is_null())
        return out;
    if (!value->is_object())
        return typeError(*value, what, "map[string]string");
    for (auto it = value->begin(); it != value->end(); ++it) {
        Result<QByteArray> s = string(&*it, what);
        if (!s)
            return s.error();
        out.append({bytes(it.key()), *s});
    }
    return out;
}

Result<GoJson::StringPairs> GoJson::stringListMap(const Json *value, const char *what)
{
    StringPairs out;
    if (!value || value->is_null())
        return out;
    if (!value->is_object())
        return typeError(*value, what, "map[string][]string");
    for (auto it = value->begin(); it != value->end(); ++it) {
        Result<QList<QByteArray>> list = stringList(&*it, what);
        if (!list)
            return list.error();
        for (const QByteArray &v : std::as_const(*list))
            out.append({bytes(it.key()), v});
    }
    return out;
}

Result<const GoJson::Json *> GoJson::object(const Json *value, const char *what)
{
    if (!value || value->is_null())
        return static_cast<const Json *>(nullptr);
    if (!value->is_object())
        return typeError(*value, what, "struct");
    return value;
}

} // namespace Hb::Plugin
