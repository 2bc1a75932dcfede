// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// QScintilla's headers use Qt's `slots`/`signals` keywords, which QT_NO_KEYWORDS (needed
// because Python.h defines `slots`) switches off. Define them only around these includes.
#define slots Q_SLOTS
#define signals Q_SIGNALS
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerlua.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qsciscintilla.h>
#undef signals
#undef slots
