// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bundle/zipwriter.h"

#include <zip.h>

#include <cstdio>
#include <memory>

namespace Hb::Bundle {

namespace {
struct SourceFree
{
    void operator()(zip_source_t *s) const { zip_source_free(s); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceFree>;

Error writeError(const QString &why)
{
    return makeError(ErrorCode::Io, why);
}

// Reads back what libzip wrote into an in-memory source.
Result<QByteArray> sourceBytes(zip_source_t *source)
{
    if (zip_source_open(source) != 0)
        return writeError(QString::fromUtf8(zip_error_strerror(zip_source_error(source))));
    QByteArray bytes;
    zip_source_seek(source, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(source);
    zip_source_seek(source, 0, SEEK_SET);
    if (size > 0) {
        bytes.resize(qsizetype(size));
        if (zip_source_read(source, bytes.data(), zip_uint64_t(size)) != size)
            bytes.clear();
    }
    zip_source_close(source);
    if (bytes.size() != size)
        return writeError(QStringLiteral("cannot read back the archive"));
    return bytes;
}

} // namespace

Result<QByteArray> ZipWriter::write(const QList<QPair<QString, QByteArray>> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr buffer(zip_source_buffer_create(nullptr, 0, 0, &error));
    zip_t *za = buffer ? zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error) : nullptr;
    if (!za) {
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return writeError(why);
    }
    zip_source_keep(buffer.get()); // zip_close must not free it: the bytes are read after
    for (const auto &[name, content] : entries) {
        // libzip reads the data only in zip_close; `entries` outlives that.
        zip_source_t *data =
            zip_source_buffer(za, content.constData(), zip_uint64_t(content.size()), 0);
        const zip_int64_t index = data ? zip_file_add(za, name.toUtf8().constData(), data,
                                                      ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE)
                                       : -1;
        if (index < 0 ||
            zip_set_file_compression(za, zip_uint64_t(index), ZIP_CM_DEFLATE, 0) != 0) {
            if (data && index < 0)
                zip_source_free(data);
            const QString why = QString::fromUtf8(zip_strerror(za));
            zip_discard(za);
            return writeError(QStringLiteral("entry \"") + name + QStringLiteral("\": ") + why);
        }
    }
    if (zip_close(za) != 0) {
        const QString why = QString::fromUtf8(zip_strerror(za));
        zip_discard(za);
        return writeError(why);
    }
    return sourceBytes(buffer.get());
}

} // namespace Hb::Bundle
