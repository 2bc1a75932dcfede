// SPDX-License-Identifier: GPL-3.0-or-later
// Empty: hb_test_pch exists only to build the precompiled header every test reuses
// (cmake/HookbenchFlags.cmake, hb_precompile_headers).
