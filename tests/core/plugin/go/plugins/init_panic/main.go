// SPDX-License-Identifier: GPL-3.0-or-later

// Panics while Go runs its init: loading it must fail, and later loads of
// the same file must fail again instead of hanging.
package main

import "net/http"

func init() {
	panic("init exploded")
}

func MyPre(rw http.ResponseWriter, r *http.Request) {}

func main() {}
