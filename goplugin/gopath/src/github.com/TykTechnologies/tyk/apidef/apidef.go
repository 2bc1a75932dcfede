// SPDX-License-Identifier: GPL-3.0-or-later

// Package apidef holds the classic API definition types plugins read
// (Tyk: apidef/api_definitions.go).
//
// Tyk's APIDefinition has hundreds of fields. Hookbench declares the ones
// plugins commonly read, with Tyk's JSON keys; the engine sends the whole
// definition and fields not declared here are dropped on decoding, so
// GetDefinition's copy lacks them and a plugin referring to one does not
// compile. Extended-path middleware other than go_plugin is kept as raw
// JSON.
package apidef

import "encoding/json"

// MiddlewareDriver names a custom middleware driver.
type MiddlewareDriver string

const (
	OttoDriver     MiddlewareDriver = "otto"
	PythonDriver   MiddlewareDriver = "python"
	LuaDriver      MiddlewareDriver = "lua"
	GrpcDriver     MiddlewareDriver = "grpc"
	GoPluginDriver MiddlewareDriver = "goplugin"
)

// IdExtractorSource and IdExtractorType name custom auth ID extractors.
type (
	IdExtractorSource string
	IdExtractorType   string
)

const (
	ValueExtractor IdExtractorType = "value"
	RegexExtractor IdExtractorType = "regex"
	XPathExtractor IdExtractorType = "xpath"

	HeaderSource IdExtractorSource = "header"
	QuerySource  IdExtractorSource = "query"
	FormSource   IdExtractorSource = "form"
	BodySource   IdExtractorSource = "body"
)

// AuthTypeEnum names an authentication method.
type AuthTypeEnum string

// TykEvent names a gateway event; TykEventHandlerName an event handler.
type (
	TykEvent            string
	TykEventHandlerName string
)

// MiddlewareDefinition is one custom_middleware hook.
type MiddlewareDefinition struct {
	Disabled       bool   `json:"disabled"`
	Name           string `json:"name"`
	Path           string `json:"path"`
	RequireSession bool   `json:"require_session"`
	RawBodyOnly    bool   `json:"raw_body_only"`
}

// MiddlewareIdExtractor configures a custom auth ID extractor.
type MiddlewareIdExtractor struct {
	Disabled        bool                   `json:"disabled"`
	ExtractFrom     IdExtractorSource      `json:"extract_from"`
	ExtractWith     IdExtractorType        `json:"extract_with"`
	ExtractorConfig map[string]interface{} `json:"extractor_config"`
}

// MiddlewareSection is custom_middleware.
type MiddlewareSection struct {
	Pre         []MiddlewareDefinition `json:"pre"`
	Post        []MiddlewareDefinition `json:"post"`
	PostKeyAuth []MiddlewareDefinition `json:"post_key_auth"`
	AuthCheck   MiddlewareDefinition   `json:"auth_check"`
	Response    []MiddlewareDefinition `json:"response"`
	Driver      MiddlewareDriver       `json:"driver"`
	IdExtractor MiddlewareIdExtractor  `json:"id_extractor"`
}

// GoPluginMeta is one extended_paths.go_plugin entry.
type GoPluginMeta struct {
	Disabled   bool   `json:"disabled"`
	Path       string `json:"path"`
	Method     string `json:"method"`
	PluginPath string `json:"plugin_path"`
	SymbolName string `json:"func_name"`
}

// AnalyticsPluginConfig is analytics_plugin.
type AnalyticsPluginConfig struct {
	Enabled    bool   `json:"enable,omitempty"`
	PluginPath string `json:"plugin_path,omitempty"`
	FuncName   string `json:"func_name,omitempty"`
}

// RateLimitSmoothing configures rate-limit smoothing (sessions and limits).
type RateLimitSmoothing struct {
	Enabled   bool    `json:"enabled"`
	Threshold int64   `json:"threshold"`
	Trigger   float64 `json:"trigger"`
	Step      int64   `json:"step"`
	Delay     int64   `json:"delay"`
}

// Valid reports whether the smoothing settings are usable.
func (r *RateLimitSmoothing) Valid() bool {
	return r != nil && r.Enabled && r.Threshold > 0 && r.Trigger > 0 && r.Step > 0 && r.Delay > 0
}

// ProxyConfig is proxy.
type ProxyConfig struct {
	PreserveHostHeader          bool     `json:"preserve_host_header"`
	ListenPath                  string   `json:"listen_path"`
	TargetURL                   string   `json:"target_url"`
	DisableStripSlash           bool     `json:"disable_strip_slash"`
	StripListenPath             bool     `json:"strip_listen_path"`
	EnableLoadBalancing         bool     `json:"enable_load_balancing"`
	Targets                     []string `json:"target_list"`
	CheckHostAgainstUptimeTests bool     `json:"check_host_against_uptime_tests"`
}

// ExtendedPathsSet is version_data.versions.*.extended_paths. Only go_plugin
// is typed; the other lists are kept verbatim.
type ExtendedPathsSet struct {
	GoPlugin []GoPluginMeta `json:"go_plugin,omitempty"`

	Ignored            json.RawMessage `json:"ignored,omitempty"`
	WhiteList          json.RawMessage `json:"white_list,omitempty"`
	BlackList          json.RawMessage `json:"black_list,omitempty"`
	MockResponse       json.RawMessage `json:"mock_response,omitempty"`
	Cached             json.RawMessage `json:"cache,omitempty"`
	Transform          json.RawMessage `json:"transform,omitempty"`
	TransformResponse  json.RawMessage `json:"transform_response,omitempty"`
	TransformHeader    json.RawMessage `json:"transform_headers,omitempty"`
	TransformResponseH json.RawMessage `json:"transform_response_headers,omitempty"`
	HardTimeouts       json.RawMessage `json:"hard_timeouts,omitempty"`
	CircuitBreaker     json.RawMessage `json:"circuit_breakers,omitempty"`
	URLRewrite         json.RawMessage `json:"url_rewrites,omitempty"`
	Virtual            json.RawMessage `json:"virtual,omitempty"`
	SizeLimit          json.RawMessage `json:"size_limits,omitempty"`
	MethodTransforms   json.RawMessage `json:"method_transforms,omitempty"`
	TrackEndpoints     json.RawMessage `json:"track_endpoints,omitempty"`
	DoNotTrackEndpoint json.RawMessage `json:"do_not_track_endpoints,omitempty"`
	ValidateJSON       json.RawMessage `json:"validate_json,omitempty"`
	Internal           json.RawMessage `json:"internal,omitempty"`
	RateLimit          json.RawMessage `json:"rate_limit,omitempty"`
}

// VersionInfo is one entry of version_data.versions.
type VersionInfo struct {
	Name                string            `json:"name"`
	Expires             string            `json:"expires"`
	OverrideTarget      string            `json:"override_target"`
	UseExtendedPaths    bool              `json:"use_extended_paths"`
	ExtendedPaths       ExtendedPathsSet  `json:"extended_paths"`
	GlobalHeaders       map[string]string `json:"global_headers"`
	GlobalHeadersRemove []string          `json:"global_headers_remove"`
	GlobalSizeLimit     int64             `json:"global_size_limit"`
	IgnoreEndpointCase  bool              `json:"ignore_endpoint_case"`
}

// VersionData is version_data.
type VersionData struct {
	NotVersioned   bool                   `json:"not_versioned"`
	DefaultVersion string                 `json:"default_version"`
	Versions       map[string]VersionInfo `json:"versions"`
}

// AuthConfig is auth / an auth_configs entry.
type AuthConfig struct {
	Name           string `json:"name"`
	UseParam       bool   `json:"use_param"`
	ParamName      string `json:"param_name"`
	UseCookie      bool   `json:"use_cookie"`
	CookieName     string `json:"cookie_name"`
	DisableHeader  bool   `json:"disable_header"`
	AuthHeaderName string `json:"auth_header_name"`
	UseCertificate bool   `json:"use_certificate"`
}

// GlobalRateLimit is global_rate_limit.
type GlobalRateLimit struct {
	Disabled bool    `json:"disabled"`
	Rate     float64 `json:"rate"`
	Per      float64 `json:"per"`
}

// EventHandlerTriggerConfig is one handler of an event.
type EventHandlerTriggerConfig struct {
	Handler     TykEventHandlerName    `json:"handler_name"`
	HandlerMeta map[string]interface{} `json:"handler_meta"`
}

// EventHandlerMetaConfig is event_handlers.
type EventHandlerMetaConfig struct {
	Events map[TykEvent][]EventHandlerTriggerConfig `json:"events"`
}

// ResponseProcessor is one response_processors entry.
type ResponseProcessor struct {
	Name    string      `json:"name"`
	Options interface{} `json:"options"`
}

// APIDefinition is a classic API definition.
type APIDefinition struct {
	Name                           string                 `json:"name"`
	Expiration                     string                 `json:"expiration,omitempty"`
	Slug                           string                 `json:"slug"`
	ListenPort                     int                    `json:"listen_port"`
	Protocol                       string                 `json:"protocol"`
	APIID                          string                 `json:"api_id"`
	OrgID                          string                 `json:"org_id"`
	UseKeylessAccess               bool                   `json:"use_keyless"`
	UseOauth2                      bool                   `json:"use_oauth2"`
	UseOpenID                      bool                   `json:"use_openid"`
	UseStandardAuth                bool                   `json:"use_standard_auth"`
	UseBasicAuth                   bool                   `json:"use_basic_auth"`
	UseMutualTLSAuth               bool                   `json:"use_mutual_tls_auth"`
	EnableJWT                      bool                   `json:"enable_jwt"`
	EnableSignatureChecking        bool                   `json:"enable_signature_checking"`
	EnableCoProcessAuth            bool                   `json:"enable_coprocess_auth"`
	UseGoPluginAuth                bool                   `json:"use_go_plugin_auth"`
	CustomPluginAuthEnabled        bool                   `json:"custom_plugin_auth_enabled"`
	BaseIdentityProvidedBy         AuthTypeEnum           `json:"base_identity_provided_by"`
	Auth                           AuthConfig             `json:"auth"`
	AuthConfigs                    map[string]AuthConfig  `json:"auth_configs"`
	StripAuthData                  bool                   `json:"strip_auth_data"`
	VersionData                    VersionData            `json:"version_data"`
	Proxy                          ProxyConfig            `json:"proxy"`
	CustomMiddleware               MiddlewareSection      `json:"custom_middleware"`
	CustomMiddlewareBundle         string                 `json:"custom_middleware_bundle"`
	CustomMiddlewareBundleDisabled bool                   `json:"custom_middleware_bundle_disabled"`
	ConfigData                     map[string]interface{} `json:"config_data"`
	ConfigDataDisabled             bool                   `json:"config_data_disabled"`
	Tags                           []string               `json:"tags"`
	TagHeaders                     []string               `json:"tag_headers"`
	Active                         bool                   `json:"active"`
	Internal                       bool                   `json:"internal"`
	Domain                         string                 `json:"domain"`
	EnableContextVars              bool                   `json:"enable_context_vars"`
	DoNotTrack                     bool                   `json:"do_not_track"`
	EnableDetailedRecording        bool                   `json:"enable_detailed_recording"`
	ExpireAnalyticsAfter           int64                  `json:"expire_analytics_after"`
	AnalyticsPlugin                AnalyticsPluginConfig  `json:"analytics_plugin"`
	EventHandlers                  EventHandlerMetaConfig `json:"event_handlers"`
	GlobalRateLimit                GlobalRateLimit        `json:"global_rate_limit"`
	SessionLifetime                int64                  `json:"session_lifetime"`
	EnableIpWhiteListing           bool                   `json:"enable_ip_whitelisting"`
	AllowedIPs                     []string               `json:"allowed_ips"`
	EnableIpBlacklisting           bool                   `json:"enable_ip_blacklisting"`
	BlacklistedIPs                 []string               `json:"blacklisted_ips"`
	ResponseProcessors             []ResponseProcessor    `json:"response_processors"`
	DisableRateLimit               bool                   `json:"disable_rate_limit"`
	DisableQuota                   bool                   `json:"disable_quota"`
	IsOAS                          bool                   `json:"is_oas,omitempty"`
}
