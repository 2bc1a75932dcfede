// SPDX-License-Identifier: GPL-3.0-or-later

// Logs through the gateway logger.
package main

import (
	"net/http"

	"github.com/TykTechnologies/tyk/log"
)

var logger = log.Get()

func MyLogPlugin(rw http.ResponseWriter, r *http.Request) {
	logger.WithField("hook", "pre").Info("hello from go")
}

func main() {}
