// SPDX-License-Identifier: GPL-3.0-or-later

package user

// Policy is a security policy as stored by Tyk (Tyk: user/policy.go).
// Hookbench applies policies in the engine; the type is here for plugins
// that build or read one.
type Policy struct {
	ID                            string                      `json:"id"`
	Name                          string                      `json:"name"`
	OrgID                         string                      `json:"org_id"`
	Rate                          float64                     `json:"rate"`
	Per                           float64                     `json:"per"`
	QuotaMax                      int64                       `json:"quota_max"`
	QuotaRenewalRate              int64                       `json:"quota_renewal_rate"`
	ThrottleInterval              float64                     `json:"throttle_interval"`
	ThrottleRetryLimit            int                         `json:"throttle_retry_limit"`
	MaxQueryDepth                 int                         `json:"max_query_depth"`
	AccessRights                  map[string]AccessDefinition `json:"access_rights"`
	HMACEnabled                   bool                        `json:"hmac_enabled"`
	EnableHTTPSignatureValidation bool                        `json:"enable_http_signature_validation"`
	Active                        bool                        `json:"active"`
	IsInactive                    bool                        `json:"is_inactive"`
	Tags                          []string                    `json:"tags"`
	KeyExpiresIn                  int64                       `json:"key_expires_in"`
	Partitions                    PolicyPartitions            `json:"partitions"`
	LastUpdated                   string                      `json:"last_updated"`
	MetaData                      map[string]interface{}      `json:"meta_data"`
}

// PolicyPartitions says which parts of a policy apply.
type PolicyPartitions struct {
	Quota      bool `json:"quota"`
	RateLimit  bool `json:"rate_limit"`
	Complexity bool `json:"complexity"`
	Acl        bool `json:"acl"`
	PerAPI     bool `json:"per_api"`
}
