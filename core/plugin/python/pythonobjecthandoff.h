// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// pybind11 first: Python.h must precede any other header that may include Qt's.
#include <pybind11/pybind11.h>

#include "coprocess_object.pb.h"

#include <QString>

namespace Hb::Plugin {

// Hands the engine's coprocess Object to Python and takes it back without encoding it.
//
// Tyk's dispatcher parses the Object from bytes in Python and serializes it again after the
// hook; for ten headers that is most of a call. Debian's python3-protobuf runs on the C++
// backend and shares libprotobuf with this process, so `coprocess_object_pb2.Object` is
// this process's own generated `coprocess::Object` class, reached through the backend's
// published C API (the `proto_API` capsule). The contents then move in and out by swapping
// pointers: the Python message owns them while the hook runs, and a plugin that keeps a
// reference after the call keeps a copy of its own, never memory the engine frees.
//
// Only on the Python thread, with the GIL held. When the capsule is missing (another
// protobuf backend) or the classes differ, available() is false and the caller encodes.
class __attribute__((visibility("hidden"))) PythonObjectHandoff
{
public:
    // Looks up the backend's C API; `objectClass` is `coprocess_object_pb2.Object`.
    explicit PythonObjectHandoff(pybind11::object objectClass);

    bool available() const { return m_api != nullptr; }
    // Why available() is false (for the log), empty when it is true.
    const QString &unavailableReason() const { return m_unavailableReason; }

    // A new Python Object holding `object`'s contents; `object` is left empty.
    pybind11::object toPython(coprocess::Object &object) const;
    // The contents of `pyObject` (made by toPython) as the hook left them. Moves them out
    // when nothing else refers to `pyObject`, and copies them otherwise.
    coprocess::Object fromPython(pybind11::object &pyObject) const;

private:
    coprocess::Object *messageOf(pybind11::handle pyObject) const;

    pybind11::object m_objectClass;
    const struct PyProtoApi *m_api = nullptr;
    QString m_unavailableReason;
};

} // namespace Hb::Plugin
