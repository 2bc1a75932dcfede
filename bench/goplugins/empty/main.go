// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark's empty Go hook: the host round trip alone.
package main

import "net/http"

func Nothing(rw http.ResponseWriter, r *http.Request) {}

func main() {}
