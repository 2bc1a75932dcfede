// SPDX-License-Identifier: GPL-3.0-or-later
// Tyk's variables in a configured string, as rate_limit_pattern uses them.
#include "core/pipeline/tykvariables.h"

#include <QTest>

using Hb::Pipeline::TykVariables;
using nlohmann::json;

class tst_TykVariables : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metaFieldsAreReplacedWithTheirText()
    {
        const json meta = {{"org", "acme"}, {"tier", 2}, {"ratio", 1.5}, {"big", 1e6}};
        QCOMPARE(TykVariables::replace(QStringLiteral("$tyk_meta.org:$tyk_meta.tier"), meta),
                 QStringLiteral("acme:2"));
        // '-' and '.' belong to a name, as in Tyk: "org-" is looked up, and is not there.
        QCOMPARE(TykVariables::replace(QStringLiteral("$tyk_meta.org-x"), meta), QString());
        QCOMPARE(TykVariables::replace(QStringLiteral("$tyk_meta.ratio"), meta),
                 QStringLiteral("1.5"));
        QCOMPARE(TykVariables::replace(QStringLiteral("$tyk_meta.big"), meta),
                 QStringLiteral("1000000"));
        // Every occurrence, and text around it untouched.
        QCOMPARE(TykVariables::replace(QStringLiteral("x/$tyk_meta.org/$tyk_meta.org"), meta),
                 QStringLiteral("x/acme/acme"));
    }

    void missingOrUnsupportedValuesBecomeEmpty()
    {
        const json meta = {{"flag", true}, {"obj", {{"a", 1}}}};
        QCOMPARE(TykVariables::replace(QStringLiteral("a$tyk_meta.nothere"), meta),
                 QStringLiteral("a"));
        QCOMPARE(TykVariables::replace(QStringLiteral("[$tyk_meta.flag]"), meta),
                 QStringLiteral("[]"));
        QCOMPARE(TykVariables::replace(QStringLiteral("[$tyk_meta.obj]"), meta),
                 QStringLiteral("[]"));
        // No context variables, Vault or Consul here: Tyk without them gives empty text too.
        QCOMPARE(TykVariables::replace(QStringLiteral("$tyk_context.request_id|"
                                                      "$secret_vault.a/b|$secret_consul.c"),
                                       meta),
                 QStringLiteral("||"));
        // No session at all.
        QCOMPARE(TykVariables::replace(QStringLiteral("k-$tyk_meta.org"), json()),
                 QStringLiteral("k-"));
    }

    void arraysJoinTheirQueryEscapedItems()
    {
        const json meta = {{"groups", {"a b", "", "c&d", 3}}};
        QCOMPARE(TykVariables::replace(QStringLiteral("$tyk_meta.groups"), meta),
                 QStringLiteral("a+b,c%26d,3"));
    }

    void secretEnvReadsTykSecretVariables()
    {
        qputenv("TYK_SECRET_PARTITION", "blue");
        QCOMPARE(TykVariables::replace(QStringLiteral("p-$secret_env.partition"), json()),
                 QStringLiteral("p-blue"));
        qunsetenv("TYK_SECRET_PARTITION");
        QCOMPARE(TykVariables::replace(QStringLiteral("p-$secret_env.partition"), json()),
                 QStringLiteral("p-"));
    }

    void textWithoutVariablesIsUnchanged()
    {
        QCOMPARE(TykVariables::replace(QStringLiteral("plain-key $notavar"), json::object()),
                 QStringLiteral("plain-key $notavar"));
    }
};

QTEST_GUILESS_MAIN(tst_TykVariables)
#include "tst_tykvariables.moc"
