// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The generated coprocess messages (package `coprocess`), in one include.
#include "coprocess_object.pb.h"
