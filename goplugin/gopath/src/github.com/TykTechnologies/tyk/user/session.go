// SPDX-License-Identifier: GPL-3.0-or-later

// Package user holds the session types plugins read and write
// (Tyk: user/session.go, user/policy.go).
//
// Field names, types and JSON keys follow Tyk. Tyk ≥ 5.12 omits zero fields
// with `omitzero`, which Go 1.19's encoding/json does not know; Hookbench
// uses `omitempty` instead, which gives the same output for numbers,
// strings, booleans, slices and maps. Nested structs (basic_auth_data,
// jwt_data, monitor) and date_created are always written, as older Tyk
// versions did. GraphQL type restrictions are kept as plain {name, fields}
// objects instead of graphql-go-tools types.
package user

import (
	"crypto/md5"
	"fmt"
	"time"

	"github.com/TykTechnologies/tyk/apidef"
)

// HashType names how BasicAuthData.Password is stored.
type HashType string

const (
	HashPlainText HashType = ""
	HashBCrypt    HashType = "bcrypt"
	HashSha256    HashType = "sha256"
	HashMurmur32  HashType = "murmur32"
	HashMurmur64  HashType = "murmur64"
	HashMurmur128 HashType = "murmur128"
)

// PostExpiryAction says what happens to a session after it expires.
type PostExpiryAction string

const (
	PostExpiryActionRetain PostExpiryAction = "retain"
	PostExpiryActionDelete PostExpiryAction = "delete"
)

// AccessSpec lists the methods allowed on a URL regex.
type AccessSpec struct {
	URL     string   `json:"url"`
	Methods []string `json:"methods"`
}

// RateLimit is a rate per window, optionally smoothed.
type RateLimit struct {
	Rate      float64                    `json:"rate"`
	Per       float64                    `json:"per"`
	Smoothing *apidef.RateLimitSmoothing `json:"smoothing,omitempty"`
}

// APILimit holds per-API limits inside an access definition.
type APILimit struct {
	RateLimit
	ThrottleInterval   float64 `json:"throttle_interval"`
	ThrottleRetryLimit int     `json:"throttle_retry_limit"`
	MaxQueryDepth      int     `json:"max_query_depth"`
	QuotaMax           int64   `json:"quota_max"`
	QuotaRenews        int64   `json:"quota_renews"`
	QuotaRemaining     int64   `json:"quota_remaining"`
	QuotaRenewalRate   int64   `json:"quota_renewal_rate"`
	SetBy              string  `json:"-"`
}

// IsEmpty reports whether no limit field is set.
func (l APILimit) IsEmpty() bool {
	return l.Rate == 0 && l.Per == 0 && l.Smoothing == nil && l.ThrottleInterval == 0 &&
		l.ThrottleRetryLimit == 0 && l.MaxQueryDepth == 0 && l.QuotaMax == 0 &&
		l.QuotaRenews == 0 && l.QuotaRemaining == 0 && l.QuotaRenewalRate == 0 && l.SetBy == ""
}

// GraphQLType stands in for graphql-go-tools' graphql.Type: a type name and
// its fields.
type GraphQLType struct {
	Name   string   `json:"name"`
	Fields []string `json:"fields"`
}

// FieldLimits and FieldAccessDefinition restrict GraphQL fields.
type FieldLimits struct {
	MaxQueryDepth int `json:"max_query_depth"`
}

type FieldAccessDefinition struct {
	TypeName  string      `json:"type_name"`
	FieldName string      `json:"field_name"`
	Limits    FieldLimits `json:"limits"`
}

// EndpointMethod, Endpoint and Endpoints are per-endpoint rate limits.
type EndpointMethod struct {
	Name  string    `json:"name"`
	Limit RateLimit `json:"limit"`
}

type Endpoint struct {
	Path    string           `json:"path"`
	Methods []EndpointMethod `json:"methods"`
}

type Endpoints []Endpoint

// AccessDefinition is one access_rights entry.
type AccessDefinition struct {
	APIName              string                  `json:"api_name"`
	APIID                string                  `json:"api_id"`
	Versions             []string                `json:"versions"`
	AllowedURLs          []AccessSpec            `json:"allowed_urls"`
	RestrictedTypes      []GraphQLType           `json:"restricted_types"`
	AllowedTypes         []GraphQLType           `json:"allowed_types"`
	Limit                APILimit                `json:"limit"`
	FieldAccessRights    []FieldAccessDefinition `json:"field_access_rights"`
	DisableIntrospection bool                    `json:"disable_introspection"`
	AllowanceScope       string                  `json:"allowance_scope"`
	Endpoints            Endpoints               `json:"endpoints,omitempty"`
	JSONRPCMethods       []string                `json:"json_rpc_methods,omitempty"`
	MCPPrimitives        []string                `json:"mcp_primitives,omitempty"`
}

// BasicAuthData is the basic-auth password of a session.
type BasicAuthData struct {
	Password string   `json:"password"`
	Hash     HashType `json:"hash_type"`
}

// JWTData holds a session's JWT secret.
type JWTData struct {
	Secret string `json:"secret"`
}

// Monitor holds quota trigger levels.
type Monitor struct {
	TriggerLimits []float64 `json:"trigger_limits"`
}

// SessionState is a key's session.
type SessionState struct {
	LastCheck                     int64                       `json:"last_check,omitempty"`
	Allowance                     float64                     `json:"allowance,omitempty"`
	Rate                          float64                     `json:"rate,omitempty"`
	Per                           float64                     `json:"per,omitempty"`
	ThrottleInterval              float64                     `json:"throttle_interval,omitempty"`
	ThrottleRetryLimit            int                         `json:"throttle_retry_limit,omitempty"`
	MaxQueryDepth                 int                         `json:"max_query_depth,omitempty"`
	DateCreated                   time.Time                   `json:"date_created"`
	Expires                       int64                       `json:"expires,omitempty"`
	QuotaMax                      int64                       `json:"quota_max,omitempty"`
	QuotaRenews                   int64                       `json:"quota_renews,omitempty"`
	QuotaRemaining                int64                       `json:"quota_remaining,omitempty"`
	QuotaRenewalRate              int64                       `json:"quota_renewal_rate,omitempty"`
	AccessRights                  map[string]AccessDefinition `json:"access_rights,omitempty"`
	OrgID                         string                      `json:"org_id,omitempty"`
	OauthClientID                 string                      `json:"oauth_client_id,omitempty"`
	OauthKeys                     map[string]string           `json:"oauth_keys,omitempty"`
	Certificate                   string                      `json:"certificate,omitempty"`
	MtlsStaticCertificateBindings []string                    `json:"mtls_static_certificate_bindings,omitempty"`
	BasicAuthData                 BasicAuthData               `json:"basic_auth_data"`
	JWTData                       JWTData                     `json:"jwt_data"`
	HMACEnabled                   bool                        `json:"hmac_enabled,omitempty"`
	EnableHTTPSignatureValidation bool                        `json:"enable_http_signature_validation,omitempty"`
	HmacSecret                    string                      `json:"hmac_string,omitempty"`
	RSACertificateId              string                      `json:"rsa_certificate_id,omitempty"`
	IsInactive                    bool                        `json:"is_inactive,omitempty"`
	ApplyPolicyID                 string                      `json:"apply_policy_id,omitempty"`
	ApplyPolicies                 []string                    `json:"apply_policies,omitempty"`
	DataExpires                   int64                       `json:"data_expires,omitempty"`
	Monitor                       Monitor                     `json:"monitor"`
	// Deprecated: use EnableDetailedRecording.
	EnableDetailRecording   bool                       `json:"enable_detail_recording,omitempty"`
	EnableDetailedRecording bool                       `json:"enable_detailed_recording,omitempty"`
	MetaData                map[string]interface{}     `json:"meta_data,omitempty"`
	Tags                    []string                   `json:"tags,omitempty"`
	Alias                   string                     `json:"alias,omitempty"`
	LastUpdated             string                     `json:"last_updated,omitempty"`
	IdExtractorDeadline     int64                      `json:"id_extractor_deadline,omitempty"`
	SessionLifetime         int64                      `json:"session_lifetime,omitempty"`
	PostExpiryAction        PostExpiryAction           `json:"post_expiry_action,omitempty"`
	PostExpiryGracePeriod   int64                      `json:"post_expiry_grace_period,omitempty"`
	Smoothing               *apidef.RateLimitSmoothing `json:"smoothing,omitempty"`

	// KeyID is the key the session is stored under; it is not part of
	// the stored JSON.
	KeyID string `json:"-"`

	keyHash  string
	modified bool
}

// NewSessionState returns an empty session.
func NewSessionState() *SessionState { return &SessionState{} }

// Touch marks the session modified, so the gateway stores it after the
// current middleware step.
func (s *SessionState) Touch() { s.modified = true }

// Reset clears the modified mark.
func (s *SessionState) Reset() { s.modified = false }

// IsModified reports whether Touch was called since the last Reset.
func (s *SessionState) IsModified() bool { return s.modified }

// Clone returns a copy whose maps and slices are not shared with s.
// The modified mark and the cached key hash are copied as they are.
func (s SessionState) Clone() SessionState {
	c := s
	if s.AccessRights != nil {
		c.AccessRights = make(map[string]AccessDefinition, len(s.AccessRights))
		for k, v := range s.AccessRights {
			c.AccessRights[k] = v
		}
	}
	if s.OauthKeys != nil {
		c.OauthKeys = make(map[string]string, len(s.OauthKeys))
		for k, v := range s.OauthKeys {
			c.OauthKeys[k] = v
		}
	}
	if s.MetaData != nil {
		c.MetaData = make(map[string]interface{}, len(s.MetaData))
		for k, v := range s.MetaData {
			c.MetaData[k] = v
		}
	}
	c.ApplyPolicies = copyStrings(s.ApplyPolicies)
	c.Tags = copyStrings(s.Tags)
	c.MtlsStaticCertificateBindings = copyStrings(s.MtlsStaticCertificateBindings)
	if s.Smoothing != nil {
		sm := *s.Smoothing
		c.Smoothing = &sm
	}
	return c
}

func copyStrings(in []string) []string {
	if in == nil {
		return nil
	}
	return append(make([]string, 0, len(in)), in...)
}

// MD5Hash fingerprints the session's printed form.
func (s *SessionState) MD5Hash() string {
	return fmt.Sprintf("%x", md5.Sum([]byte(fmt.Sprintf("%+v", s))))
}

// KeyHash returns the cached storage hash of KeyID; it panics when
// SetKeyHash was never called (ctx.SetSession calls it).
func (s *SessionState) KeyHash() string {
	if s.keyHash == "" {
		panic("KeyHash cache not found. You should call `SetKeyHash` before.")
	}
	return s.keyHash
}

// SetKeyHash caches the storage hash of KeyID.
func (s *SessionState) SetKeyHash(hash string) { s.keyHash = hash }

// KeyHashEmpty reports whether no key hash is cached.
func (s *SessionState) KeyHashEmpty() bool { return s.keyHash == "" }

// PolicyIDs returns apply_policies, or the deprecated apply_policy_id when
// the list is empty.
func (s *SessionState) PolicyIDs() []string {
	if len(s.ApplyPolicies) > 0 {
		return s.ApplyPolicies
	}
	if s.ApplyPolicyID != "" {
		return []string{s.ApplyPolicyID}
	}
	return nil
}

// SetPolicies replaces the policy list and clears apply_policy_id.
func (s *SessionState) SetPolicies(ids ...string) {
	s.ApplyPolicyID = ""
	s.ApplyPolicies = ids
}

// GetQuotaLimitByAPIID returns quota max, remaining, renewal rate and renews
// for one API: the access definition's limit when it has one, else the
// session's own fields.
func (s *SessionState) GetQuotaLimitByAPIID(apiID string) (int64, int64, int64, int64) {
	if ad, ok := s.AccessRights[apiID]; ok && !ad.Limit.IsEmpty() {
		l := ad.Limit
		return l.QuotaMax, l.QuotaRemaining, l.QuotaRenewalRate, l.QuotaRenews
	}
	return s.QuotaMax, s.QuotaRemaining, s.QuotaRenewalRate, s.QuotaRenews
}

// IsBasicAuth reports whether the session carries a basic-auth password.
func (s *SessionState) IsBasicAuth() bool { return s.BasicAuthData.Password != "" }

// Lifetime returns the storage TTL in seconds: the global lifetime when it
// is forced, else the session's session_lifetime, else fallback, else 0.
// With respectKeyExpiration a key that expires after that lifetime keeps
// living until it expires (Tyk: user/session.go, Lifetime).
func (s *SessionState) Lifetime(respectKeyExpiration bool, fallback int64, forceGlobalSessionLifetime bool, globalSessionLifetime int64) int64 {
	if forceGlobalSessionLifetime {
		return globalSessionLifetime
	}
	lifetime := fallback
	if s.SessionLifetime > 0 {
		lifetime = s.SessionLifetime
	}
	if lifetime <= 0 {
		return 0
	}
	if !respectKeyExpiration {
		return lifetime
	}
	// Tyk returns the expiry itself (0 or negative: never expires) here.
	if s.Expires <= 0 {
		return s.Expires
	}
	now := time.Now()
	if s.Expires > now.Add(time.Duration(lifetime)*time.Second).Unix() {
		return s.Expires - now.Unix()
	}
	return lifetime
}

// TagsFromMetadata copies tyk_developer_id, rate_limit_pattern and policies
// from data into MetaData and appends the string elements of data["tags"]
// to Tags; it reports whether anything changed.
func (s *SessionState) TagsFromMetadata(data map[string]interface{}) (updateSession bool) {
	setMeta := func(k string, v interface{}) {
		if s.MetaData == nil {
			s.MetaData = map[string]interface{}{}
		}
		s.MetaData[k] = v
		updateSession = true
	}
	if v, ok := data["tyk_developer_id"].(string); ok {
		setMeta("tyk_developer_id", v)
	}
	if v, ok := data["rate_limit_pattern"].(string); ok {
		setMeta("rate_limit_pattern", v)
	}
	if tags, ok := data["tags"].([]interface{}); ok {
		for _, t := range tags {
			if str, ok := t.(string); ok {
				s.Tags = append(s.Tags, str)
			}
		}
		updateSession = true
	}
	if v, ok := data["policies"].([]interface{}); ok {
		setMeta("policies", v)
	}
	return updateSession
}
