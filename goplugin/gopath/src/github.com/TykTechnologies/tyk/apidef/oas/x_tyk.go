// SPDX-License-Identifier: GPL-3.0-or-later

package oas

// The x-tyk-api-gateway types below use Tyk's JSON keys
// (Tyk: apidef/oas/x_tyk_api_gateway.go, info.go, upstream.go, server.go,
// middleware.go). Sections Hookbench does not type are dropped when the
// extension is decoded.

// XTykAPIGateway is the x-tyk-api-gateway extension.
type XTykAPIGateway struct {
	Info       Info        `json:"info"`
	Upstream   Upstream    `json:"upstream"`
	Server     Server      `json:"server"`
	Middleware *Middleware `json:"middleware,omitempty"`
}

// Info is x-tyk-api-gateway.info.
type Info struct {
	ID    string `json:"id,omitempty"`
	DBID  string `json:"dbId,omitempty"`
	OrgID string `json:"orgId,omitempty"`
	Name  string `json:"name"`
	State State  `json:"state"`
}

// State is info.state.
type State struct {
	Active   bool `json:"active"`
	Internal bool `json:"internal,omitempty"`
}

// Upstream is x-tyk-api-gateway.upstream.
type Upstream struct {
	URL string `json:"url"`
}

// ListenPath is server.listenPath.
type ListenPath struct {
	Value string `json:"value"`
	Strip bool   `json:"strip,omitempty"`
}

// AuthSource is one place a token is read from.
type AuthSource struct {
	Enabled bool   `json:"enabled"`
	Name    string `json:"name,omitempty"`
}

// CustomPluginAuthentication is server.authentication.custom.
type CustomPluginAuthentication struct {
	Enabled bool                  `json:"enabled"`
	Config  *AuthenticationPlugin `json:"config,omitempty"`
}

// AuthenticationPlugin is server.authentication.custom.config.
type AuthenticationPlugin struct {
	Enabled      bool   `json:"enabled"`
	FunctionName string `json:"functionName"`
	Path         string `json:"path"`
	RawBodyOnly  bool   `json:"rawBodyOnly,omitempty"`
}

// Authentication is server.authentication.
type Authentication struct {
	Enabled                bool                        `json:"enabled"`
	StripAuthorizationData bool                        `json:"stripAuthorizationData,omitempty"`
	BaseIdentityProvider   string                      `json:"baseIdentityProvider,omitempty"`
	Custom                 *CustomPluginAuthentication `json:"custom,omitempty"`
	SecuritySchemes        map[string]interface{}      `json:"securitySchemes,omitempty"`
}

// Server is x-tyk-api-gateway.server.
type Server struct {
	ListenPath     ListenPath      `json:"listenPath"`
	Slug           string          `json:"slug,omitempty"`
	Authentication *Authentication `json:"authentication,omitempty"`
}

// PluginConfigData is middleware.global.pluginConfig.data (config_data).
type PluginConfigData struct {
	Enabled bool                   `json:"enabled"`
	Value   map[string]interface{} `json:"value"`
}

// PluginBundle is middleware.global.pluginConfig.bundle.
type PluginBundle struct {
	Enabled bool   `json:"enabled"`
	Path    string `json:"path"`
}

// PluginConfig is middleware.global.pluginConfig.
type PluginConfig struct {
	Driver string            `json:"driver,omitempty"`
	Bundle *PluginBundle     `json:"bundle,omitempty"`
	Data   *PluginConfigData `json:"data,omitempty"`
}

// CustomPlugin is one entry of a plugin list.
type CustomPlugin struct {
	Enabled        bool   `json:"enabled"`
	FunctionName   string `json:"functionName"`
	Path           string `json:"path"`
	RawBodyOnly    bool   `json:"rawBodyOnly,omitempty"`
	RequireSession bool   `json:"requireSession,omitempty"`
}

// CustomPlugins is a plugin list.
type CustomPlugins []CustomPlugin

// TrafficLogs is middleware.global.trafficLogs.
type TrafficLogs struct {
	Enabled               bool          `json:"enabled"`
	TagHeaders            []string      `json:"tagHeaders,omitempty"`
	CustomRetentionPeriod string        `json:"customRetentionPeriod,omitempty"`
	Plugins               CustomPlugins `json:"plugins,omitempty"`
}

// Global is middleware.global.
type Global struct {
	PluginConfig              *PluginConfig `json:"pluginConfig,omitempty"`
	PrePlugins                CustomPlugins `json:"prePlugins,omitempty"`
	PostAuthenticationPlugins CustomPlugins `json:"postAuthenticationPlugins,omitempty"`
	PostPlugins               CustomPlugins `json:"postPlugins,omitempty"`
	ResponsePlugins           CustomPlugins `json:"responsePlugins,omitempty"`
	TrafficLogs               *TrafficLogs  `json:"trafficLogs,omitempty"`
}

// EnabledFlag is an {"enabled": bool} object.
type EnabledFlag struct {
	Enabled bool `json:"enabled"`
}

// Operation is one middleware.operations entry.
type Operation struct {
	PostPlugins        CustomPlugins `json:"postPlugins,omitempty"`
	TrackEndpoint      *EnabledFlag  `json:"trackEndpoint,omitempty"`
	DoNotTrackEndpoint *EnabledFlag  `json:"doNotTrackEndpoint,omitempty"`
}

// Operations maps operationId to its middleware.
type Operations map[string]*Operation

// Middleware is x-tyk-api-gateway.middleware.
type Middleware struct {
	Global     *Global    `json:"global,omitempty"`
	Operations Operations `json:"operations,omitempty"`
}
