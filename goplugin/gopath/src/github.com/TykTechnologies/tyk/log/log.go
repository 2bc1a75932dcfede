// SPDX-License-Identifier: GPL-3.0-or-later

// Package log gives plugins the gateway's logger (Tyk: log/log.go, Get).
//
// As in Tyk there is one process-wide *logrus.Logger. Its formatter comes from
// TYK_LOGFORMAT or TYK_GW_LOGFORMAT ("text", the default, or "json"; "legacy"
// is accepted and treated as text), its level from TYK_LOGLEVEL or
// TYK_GW_LOGLEVEL ("error", "warn", "info", "debug"; default info).
// The Hookbench host adds a hook to this logger to hand every entry to the
// engine; what the logger itself prints goes to stderr.
package log

import (
	"os"
	"strings"

	"github.com/sirupsen/logrus"
)

// Format names a log output format.
type Format string

const (
	FormatText   Format = "text"
	FormatJson   Format = "json"
	FormatLegacy Format = "legacy"
)

var (
	logger    = newLogger()
	rawLogger = newRawLogger()
)

func envFirst(names ...string) string {
	for _, n := range names {
		if v := os.Getenv(n); v != "" {
			return v
		}
	}
	return ""
}

func newLogger() *logrus.Logger {
	l := logrus.New()
	l.Out = os.Stderr
	switch Format(strings.ToLower(envFirst("TYK_LOGFORMAT", "TYK_GW_LOGFORMAT"))) {
	case FormatJson:
		l.Formatter = &logrus.JSONFormatter{}
	default:
		l.Formatter = &logrus.TextFormatter{TimestampFormat: "Jan 02 15:04:05", FullTimestamp: true, DisableColors: true}
	}
	l.Level = levelFromEnv()
	return l
}

func levelFromEnv() logrus.Level {
	switch strings.ToLower(envFirst("TYK_LOGLEVEL", "TYK_GW_LOGLEVEL")) {
	case "error":
		return logrus.ErrorLevel
	case "warn":
		return logrus.WarnLevel
	case "debug":
		return logrus.DebugLevel
	default:
		return logrus.InfoLevel
	}
}

// newRawLogger mirrors Tyk's raw logger: messages only, no decoration.
func newRawLogger() *logrus.Logger {
	l := logrus.New()
	l.Out = os.Stderr
	l.Formatter = &rawFormatter{}
	return l
}

type rawFormatter struct{}

func (*rawFormatter) Format(e *logrus.Entry) ([]byte, error) {
	return []byte(e.Message + "\n"), nil
}

// Get returns the gateway logger shared by the host and every plugin.
func Get() *logrus.Logger { return logger }

// GetRaw returns a logger that prints bare messages.
func GetRaw() *logrus.Logger { return rawLogger }
