// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plugin/python/pythonobjecthandoff.h"

namespace py = pybind11;

namespace Hb::Plugin {

// The C API that protobuf's C++ Python backend publishes as the capsule
// "google.protobuf.pyext._message.proto_API" (declared upstream in pyext/proto_api.h, which
// Debian does not ship). Declared here as an ABI: the virtual functions must stay in
// upstream's order, which has only ever grown at the end. Only the first two are called.
struct PyProtoApi
{
    virtual ~PyProtoApi() = default;
    virtual const google::protobuf::Message *GetMessagePointer(PyObject *msg) const = 0;
    virtual google::protobuf::Message *GetMutableMessagePointer(PyObject *msg) const = 0;
};

namespace {
constexpr const char *kCapsule = "google.protobuf.pyext._message.proto_API";

// The capsule's object is protobuf's own class, which only shares PyProto_API's layout with
// the declaration above, so UBSan's vptr check (which compares type names) would refuse
// every call. The calls go through the shared vtable layout on purpose.
#if defined(__clang__)
#define HB_NO_SANITIZE_VPTR __attribute__((no_sanitize("vptr")))
#else
#define HB_NO_SANITIZE_VPTR
#endif

HB_NO_SANITIZE_VPTR google::protobuf::Message *mutableMessage(const PyProtoApi *api,
                                                              PyObject *pyObject)
{
    return api->GetMutableMessagePointer(pyObject);
}

HB_NO_SANITIZE_VPTR const google::protobuf::Message *constMessage(const PyProtoApi *api,
                                                                  PyObject *pyObject)
{
    return api->GetMessagePointer(pyObject);
}
} // namespace

PythonObjectHandoff::PythonObjectHandoff(py::object objectClass)
    : m_objectClass(std::move(objectClass))
{
    try {
        const std::string backend =
            py::module_::import("google.protobuf.internal.api_implementation")
                .attr("Type")()
                .cast<std::string>();
        if (backend != "cpp") {
            m_unavailableReason =
                QStringLiteral("python3-protobuf runs on its %1 backend, not the C++ one")
                    .arg(QString::fromStdString(backend));
            return;
        }
        const auto *api = static_cast<const PyProtoApi *>(PyCapsule_Import(kCapsule, 0));
        if (!api) {
            PyErr_Clear();
            m_unavailableReason =
                QStringLiteral("python3-protobuf publishes no %1").arg(QLatin1String(kCapsule));
            return;
        }
        m_api = api;
        // Python's Object must be this process's generated class for a swap to be valid:
        // same libprotobuf, same descriptor.
        py::object probe = m_objectClass();
        if (!messageOf(probe)) {
            m_api = nullptr;
            m_unavailableReason = QStringLiteral(
                "coprocess_object_pb2.Object is not the engine's coprocess::Object class");
        }
    } catch (const py::error_already_set &e) {
        m_api = nullptr;
        m_unavailableReason = QString::fromUtf8(e.what());
    }
}

coprocess::Object *PythonObjectHandoff::messageOf(py::handle pyObject) const
{
    google::protobuf::Message *message = mutableMessage(m_api, pyObject.ptr());
    if (!message) {
        PyErr_Clear();
        return nullptr;
    }
    if (message->GetDescriptor() != coprocess::Object::descriptor())
        return nullptr;
    return dynamic_cast<coprocess::Object *>(message);
}

py::object PythonObjectHandoff::toPython(coprocess::Object &object) const
{
    py::object pyObject = m_objectClass();
    coprocess::Object *inside = messageOf(pyObject);
    if (!inside) // cannot happen for a fresh message of the probed class
        throw std::runtime_error("the Python Object exposes no message");
    // Both live on the heap (no arena), so this exchanges pointers.
    inside->Swap(&object);
    return pyObject;
}

coprocess::Object PythonObjectHandoff::fromPython(py::object &pyObject) const
{
    coprocess::Object out;
    // A fresh message with no Python views of its fields; a hook that touched
    // request.headers has views, and then GetMutableMessagePointer refuses. Read it through
    // the const pointer: it is still this object's own storage.
    const google::protobuf::Message *message = constMessage(m_api, pyObject.ptr());
    if (!message) {
        PyErr_Clear();
        throw std::runtime_error("the Python Object exposes no message");
    }
    auto *inside =
        const_cast<coprocess::Object *>(dynamic_cast<const coprocess::Object *>(message));
    if (!inside)
        throw std::runtime_error("the Python Object is not a coprocess::Object");
    // Only our reference left: no Python object (the plugin's, or a view of a field) can
    // reach these contents any more, so they can move out. Views hold a reference to their
    // parent, so a kept `request.object.request` counts here.
    if (Py_REFCNT(pyObject.ptr()) == 1) {
        inside->Swap(&out);
        pyObject = py::object();
    } else {
        out.CopyFrom(*inside);
    }
    return out;
}

} // namespace Hb::Plugin
