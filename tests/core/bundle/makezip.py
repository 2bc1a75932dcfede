#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the zip archives the bundle tests feed to BundleArchive::extract.

Usage: makezip.py KIND OUT.zip
"""
import stat
import sys
import zipfile

MIB = 1024 * 1024


def plain(zf, name, data=b"print('hi')\n"):
    zf.writestr(name, data)


def zeros(zf, name, size):
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    chunk = bytes(MIB)
    with zf.open(info, "w", force_zip64=size > 2000 * MIB) as out:
        left = size
        while left > 0:
            out.write(chunk[: min(left, MIB)])
            left -= MIB


def patch_name(path, old, new):
    """Replaces an entry name in the local and central headers (same length)."""
    with open(path, "rb") as f:
        data = f.read()
    assert len(old) == len(new) and data.count(old) == 2
    with open(path, "wb") as f:
        f.write(data.replace(old, new))


def patch_sizes(path, real, claimed):
    """Makes the headers claim `claimed` uncompressed bytes instead of `real`."""
    with open(path, "rb") as f:
        data = bytearray(f.read())
    old = real.to_bytes(4, "little")
    new = claimed.to_bytes(4, "little")
    local = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    assert data[local + 22 : local + 26] == old and data[central + 24 : central + 28] == old
    data[local + 22 : local + 26] = new
    data[central + 24 : central + 28] = new
    with open(path, "wb") as f:
        f.write(bytes(data))


def main(kind, out):
    method = zipfile.ZIP_BZIP2 if kind == "bzip2" else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as zf:
        if kind == "dotdot":
            plain(zf, "good.py")
            plain(zf, "../evil.py")
        elif kind == "nested-dotdot":
            plain(zf, "lib/../../evil.py")
        elif kind == "absolute":
            plain(zf, "/abs.py")
        elif kind == "symlink":
            plain(zf, "good.py")
            link = zipfile.ZipInfo("link.py")
            link.create_system = 3
            link.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(link, "/etc/passwd")
        elif kind == "backslash":
            plain(zf, "lib\\evil.py")
        elif kind == "nul":
            plain(zf, "evilXpy")
        elif kind == "bomb":
            zeros(zf, "bomb.bin", 300 * MIB)
        elif kind == "ratio":
            zeros(zf, "zeros.bin", 20 * MIB)
        elif kind == "lying":
            zeros(zf, "small.bin", 2 * MIB)
        elif kind == "many":
            for i in range(50):
                plain(zf, "f%d.py" % i)
        elif kind == "nested":
            zf.writestr("lib/", b"")
            plain(zf, "lib/helper.py", b"x = 1\n")
            plain(zf, "deep/er/mod.py", b"y = 2\n")
            plain(zf, "./dot.py", b"z = 3\n")
        elif kind == "bzip2":
            plain(zf, "packed.py")
        else:
            raise SystemExit("unknown kind " + kind)
    if kind == "nul":
        patch_name(out, b"evilXpy", b"evil\x00py")
    if kind == "lying":
        patch_sizes(out, 2 * MIB, 100)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
