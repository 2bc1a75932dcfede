// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <optional>

// Helpers the bundle tests share: files, RSA keys made with the openssl tool, hostile zips
// made with Python's zipfile (tests/core/bundle/makezip.py).
namespace BundleFixtures {

// Writes `content` to `path`, creating parent directories.
bool writeFile(const QString &path, const QByteArray &content);
QByteArray readFile(const QString &path);

struct Keys
{
    QString privatePkcs8; // "PRIVATE KEY"
    QString privatePkcs1; // "RSA PRIVATE KEY"
    QString publicPkix;   // "PUBLIC KEY"
    QString publicPkcs1;  // "RSA PUBLIC KEY"
};
// A fresh 2048-bit RSA key pair in `dir`, in every PEM form; nullopt when openssl failed.
std::optional<Keys> generateKeys(const QString &dir, const QString &prefix);

// Runs makezip.py KIND OUT; returns the error output, empty on success.
QString makeZip(const QString &kind, const QString &out);

// A manifest like the ones users write: a Python pre hook and an auth_check.
nlohmann::json pythonManifest(const QStringList &files);

// A JSON value as compact text, for QCOMPARE (which cannot print nlohmann::json).
QString dump(const nlohmann::json &value);

// Every path below `dir`, relative and sorted, hidden entries included.
QStringList listTree(const QString &dir);

} // namespace BundleFixtures
