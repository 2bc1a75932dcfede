// SPDX-License-Identifier: GPL-3.0-or-later

// Package analytics provides tyk-pump's analytics record for Go analytics
// plugins (tyk-pump: analytics/analytics.go, AnalyticsRecord).
//
// The real package needs a current Go and heavy dependencies (MaxMind,
// protobuf, storage models); Hookbench supplies the same exported field
// names, types and JSON keys without them. The engine fills the record and
// serialises it to msgpack itself; this package has no serialisation,
// geo-lookup or GraphQL analysis code.
package analytics

import "time"

// PredefinedTagGraphAnalytics tags records of GraphQL APIs.
const PredefinedTagGraphAnalytics = "tyk-graph-analytics"

// NetworkStats counts TCP traffic; zero for HTTP records.
type NetworkStats struct {
	OpenConnections  int64 `json:"open_connections"`
	ClosedConnection int64 `json:"closed_connections"`
	BytesIn          int64 `json:"bytes_in"`
	BytesOut         int64 `json:"bytes_out"`
}

// Latency holds milliseconds spent in total, upstream and in the gateway.
type Latency struct {
	Total    int64 `json:"total"`
	Upstream int64 `json:"upstream"`
	Gateway  int64 `json:"gateway"`
}

// Country, City, Location and GeoData hold the GeoIP lookup result.
type Country struct {
	ISOCode string `json:"iso_code"`
}

type City struct {
	GeoNameID uint              `json:"geoname_id"`
	Names     map[string]string `json:"names"`
}

type Location struct {
	Latitude  float64 `json:"latitude"`
	Longitude float64 `json:"longitude"`
	TimeZone  string  `json:"time_zone"`
}

type GeoData struct {
	Country  Country  `json:"country"`
	City     City     `json:"city"`
	Location Location `json:"location"`
}

// GraphQLOperations is the kind of a GraphQL operation.
type GraphQLOperations int

const (
	OperationUnknown GraphQLOperations = iota
	OperationQuery
	OperationMutation
	OperationSubscription
)

// GraphError is one error of a GraphQL response.
type GraphError struct {
	Message string        `json:"message"`
	Path    []interface{} `json:"path"`
}

// GraphQLStats describes a GraphQL request.
type GraphQLStats struct {
	Variables     string              `json:"variables"`
	RootFields    []string            `json:"root_fields"`
	Types         map[string][]string `json:"types"`
	Errors        []GraphError        `json:"errors"`
	OperationType GraphQLOperations   `json:"operation_type"`
	HasErrors     bool                `json:"has_errors"`
	IsGraphQL     bool                `json:"is_graphql"`
}

// MCPStats describes an MCP (JSON-RPC) request.
type MCPStats struct {
	IsMCP         bool   `json:"is_mcp"`
	JSONRPCMethod string `json:"jsonrpc_method"`
	PrimitiveType string `json:"primitive_type"`
	PrimitiveName string `json:"primitive_name"`
}

// AnalyticsRecord is one request as recorded by the gateway.
type AnalyticsRecord struct {
	Method         string       `json:"method"`
	Host           string       `json:"host"`
	Path           string       `json:"path"`
	RawPath        string       `json:"raw_path"`
	ContentLength  int64        `json:"content_length"`
	UserAgent      string       `json:"user_agent"`
	Day            int          `json:"day"`
	Month          time.Month   `json:"month"`
	Year           int          `json:"year"`
	Hour           int          `json:"hour"`
	ResponseCode   int          `json:"response_code"`
	APIKey         string       `json:"api_key"`
	TimeStamp      time.Time    `json:"timestamp"`
	APIVersion     string       `json:"api_version"`
	APIName        string       `json:"api_name"`
	APIID          string       `json:"api_id"`
	OrgID          string       `json:"org_id"`
	OauthID        string       `json:"oauth_id"`
	RequestTime    int64        `json:"request_time"`
	RawRequest     string       `json:"raw_request"`
	RawResponse    string       `json:"raw_response"`
	IPAddress      string       `json:"ip_address"`
	Geo            GeoData      `json:"geo"`
	Network        NetworkStats `json:"network"`
	Latency        Latency      `json:"latency"`
	Tags           []string     `json:"tags"`
	Alias          string       `json:"alias"`
	TrackPath      bool         `json:"track_path"`
	ExpireAt       time.Time    `json:"expireAt"`
	ApiSchema      string       `json:"api_schema"`
	OriginalPath   string       `json:"original_path"`
	ListenPath     string       `json:"listen_path"`
	GraphQLStats   GraphQLStats `json:"graphql_stats"`
	MCPStats       MCPStats     `json:"mcp_stats"`
	CollectionName string       `json:"-"`
}

// IsGraphRecord reports whether the record belongs to a GraphQL API.
func (a *AnalyticsRecord) IsGraphRecord() bool {
	for _, t := range a.Tags {
		if t == PredefinedTagGraphAnalytics {
			return true
		}
	}
	return false
}

// SetExpiry sets ExpireAt to now plus the given seconds; 0 means 100 years.
func (a *AnalyticsRecord) SetExpiry(expiresInSeconds int64) {
	d := time.Duration(expiresInSeconds) * time.Second
	if expiresInSeconds == 0 {
		d = 100 * 365 * 24 * time.Hour
	}
	a.ExpireAt = time.Now().Add(d)
}
