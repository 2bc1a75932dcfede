// SPDX-License-Identifier: GPL-3.0-or-later

// Package config mirrors the part of Tyk's gateway configuration
// (Tyk: config/config.go) that plugin-facing packages read.
//
// Hookbench supports: HashKeys, HashKeyFunction, EnableKeyLogging,
// HttpServerOptions.XFFDepth, the session lifetime settings and
// AnalyticsConfig.EnableDetailedRecording. Every other tyk.conf field is
// absent, so a plugin that reads one does not compile.
package config

// HttpServerOptionsConfig holds the http_server_options fields Hookbench
// models.
type HttpServerOptionsConfig struct {
	// XFFDepth picks the X-Forwarded-For entry request.RealIP uses,
	// counted from the end (0 = the first entry).
	XFFDepth int `json:"xff_depth"`
}

// AnalyticsConfigConfig holds the analytics_config fields Hookbench models.
type AnalyticsConfigConfig struct {
	EnableDetailedRecording bool     `json:"enable_detailed_recording"`
	IgnoredIPs              []string `json:"ignored_ips"`
}

// Config is the gateway configuration as far as plugins can see it.
type Config struct {
	ListenPort                 int                     `json:"listen_port"`
	Secret                     string                  `json:"secret"`
	HashKeys                   bool                    `json:"hash_keys"`
	HashKeyFunction            string                  `json:"hash_key_function"`
	EnableKeyLogging           bool                    `json:"enable_key_logging"`
	EnableAnalytics            bool                    `json:"enable_analytics"`
	ForceGlobalSessionLifetime bool                    `json:"force_global_session_lifetime"`
	GlobalSessionLifetime      int64                   `json:"global_session_lifetime"`
	HttpServerOptions          HttpServerOptionsConfig `json:"http_server_options"`
	AnalyticsConfig            AnalyticsConfigConfig   `json:"analytics_config"`
}

// Global returns the gateway's current configuration. Tyk sets it to its
// config getter at start; the Hookbench host sets it from the values the
// engine sends with each call (hash_keys). Until then it returns a zero
// Config.
var Global = func() Config { return Config{} }
