// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Hb::Ui {

// What a file on disk held: enough to tell later whether it changed. Compared by content
// (size and SHA-256); the modification time is kept for people reading the copy.
struct FileFingerprint
{
    bool exists = false;
    qint64 size = 0;
    QDateTime modified; // UTC
    QByteArray sha256;  // hex

    // The fingerprint of `bytes`, just read from `path` (whose time is taken).
    static FileFingerprint of(const QString &path, const QByteArray &bytes);
    // Reads `path`; a file that cannot be read counts as missing.
    static FileFingerprint ofFile(const QString &path);
    bool sameContent(const FileFingerprint &other) const;
};

// The unsaved text of one editor buffer, as kept in a recovery copy. A value; no I/O.
struct UnsavedBuffer
{
    QString file;             // absolute path of the edited file
    QString text;             // the edited text
    QDateTime writtenAt;      // when the recovery copy was written (UTC)
    FileFingerprint base;     // the file on disk the edit started from
    bool fileChanged = false; // set by UnsavedBufferStore::recover: the file no longer is `base`

    // How copies name a file: its canonical path when it exists, else its clean absolute path.
    static QString keyFor(const QString &path);
    // Whether this is the buffer of `path` (compared as canonical paths when the files exist).
    bool isOf(const QString &path) const;
    // Pretty-printed JSON with a format number.
    QByteArray serialize() const;
    // Fails on bytes that are not such a JSON object (a torn or foreign file).
    static Result<UnsavedBuffer> parse(const QByteArray &bytes);
};

} // namespace Hb::Ui
