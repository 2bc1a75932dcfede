// SPDX-License-Identifier: GPL-3.0-or-later

// Package oas models a Tyk OAS API definition for plugins
// (Tyk: apidef/oas/oas.go, OAS, GetTykExtension, GetTykMiddleware).
//
// Tyk's OAS embeds kin-openapi's openapi3.T, which Go 1.19 cannot build.
// Hookbench's T keeps the OpenAPI document generically: Info, Servers, Paths
// (with the Map/Value/Len accessors of current kin-openapi), Components and
// Security as loosely typed values, and every "x-" key in Extensions. The
// "x-tyk-api-gateway" extension is decoded on demand into XTykAPIGateway,
// which covers info, upstream, server.listenPath, server.authentication and
// the middleware plugin settings; other parts of it are not typed.
package oas

import (
	"encoding/json"
	"strings"
)

// ExtensionTykAPIGateway is the key of Tyk's OpenAPI extension.
const ExtensionTykAPIGateway = "x-tyk-api-gateway"

// Contact, License and OpenAPIInfo are the OpenAPI info object. The
// OpenAPI types carry an OpenAPI prefix because Tyk's own names (Info,
// Server, Operation) belong to the x-tyk-api-gateway types in this package.
type Contact struct {
	Name  string `json:"name,omitempty"`
	URL   string `json:"url,omitempty"`
	Email string `json:"email,omitempty"`
}

type License struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type OpenAPIInfo struct {
	Title          string   `json:"title"`
	Description    string   `json:"description,omitempty"`
	TermsOfService string   `json:"termsOfService,omitempty"`
	Contact        *Contact `json:"contact,omitempty"`
	License        *License `json:"license,omitempty"`
	Version        string   `json:"version"`
}

// OpenAPIServer is one OpenAPI servers entry.
type OpenAPIServer struct {
	URL         string                 `json:"url"`
	Description string                 `json:"description,omitempty"`
	Variables   map[string]interface{} `json:"variables,omitempty"`
}

// OpenAPIOperation is an OpenAPI operation; parameters, request body and responses
// are kept as raw JSON.
type OpenAPIOperation struct {
	Tags        []string        `json:"tags,omitempty"`
	Summary     string          `json:"summary,omitempty"`
	Description string          `json:"description,omitempty"`
	OperationID string          `json:"operationId,omitempty"`
	Parameters  json.RawMessage `json:"parameters,omitempty"`
	RequestBody json.RawMessage `json:"requestBody,omitempty"`
	Responses   json.RawMessage `json:"responses,omitempty"`
	Security    json.RawMessage `json:"security,omitempty"`
	Deprecated  bool            `json:"deprecated,omitempty"`
}

// PathItem is one OpenAPI path.
type PathItem struct {
	Summary     string            `json:"summary,omitempty"`
	Description string            `json:"description,omitempty"`
	Connect     *OpenAPIOperation `json:"connect,omitempty"`
	Delete      *OpenAPIOperation `json:"delete,omitempty"`
	Get         *OpenAPIOperation `json:"get,omitempty"`
	Head        *OpenAPIOperation `json:"head,omitempty"`
	Options     *OpenAPIOperation `json:"options,omitempty"`
	Patch       *OpenAPIOperation `json:"patch,omitempty"`
	Post        *OpenAPIOperation `json:"post,omitempty"`
	Put         *OpenAPIOperation `json:"put,omitempty"`
	Trace       *OpenAPIOperation `json:"trace,omitempty"`
	Parameters  json.RawMessage   `json:"parameters,omitempty"`
}

// Operations returns the item's operations keyed by upper-case method.
func (p *PathItem) Operations() map[string]*OpenAPIOperation {
	out := map[string]*OpenAPIOperation{}
	for m, op := range map[string]*OpenAPIOperation{
		"CONNECT": p.Connect, "DELETE": p.Delete, "GET": p.Get, "HEAD": p.Head,
		"OPTIONS": p.Options, "PATCH": p.Patch, "POST": p.Post, "PUT": p.Put, "TRACE": p.Trace,
	} {
		if op != nil {
			out[m] = op
		}
	}
	return out
}

// Paths is the OpenAPI paths object.
type Paths struct {
	m map[string]*PathItem
}

// Map returns the paths by template; callers may modify it.
func (p *Paths) Map() map[string]*PathItem {
	if p == nil {
		return nil
	}
	return p.m
}

// Value returns the item for a path template, or nil.
func (p *Paths) Value(path string) *PathItem {
	if p == nil {
		return nil
	}
	return p.m[path]
}

// Set stores an item for a path template.
func (p *Paths) Set(path string, item *PathItem) {
	if p.m == nil {
		p.m = map[string]*PathItem{}
	}
	p.m[path] = item
}

// Len returns the number of paths.
func (p *Paths) Len() int {
	if p == nil {
		return 0
	}
	return len(p.m)
}

func (p *Paths) MarshalJSON() ([]byte, error) {
	if p.m == nil {
		return []byte("{}"), nil
	}
	return json.Marshal(p.m)
}

func (p *Paths) UnmarshalJSON(b []byte) error {
	p.m = map[string]*PathItem{}
	raw := map[string]json.RawMessage{}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	for k, v := range raw {
		if strings.HasPrefix(k, "x-") {
			continue
		}
		item := &PathItem{}
		if err := json.Unmarshal(v, item); err != nil {
			return err
		}
		p.m[k] = item
	}
	return nil
}

// T is the OpenAPI 3 document (kin-openapi's openapi3.T in Tyk).
type T struct {
	// Extensions holds every "x-" key. Values are json.RawMessage until
	// GetTykExtension decodes the Tyk one into *XTykAPIGateway.
	Extensions   map[string]interface{} `json:"-"`
	OpenAPI      string                 `json:"openapi"`
	Components   map[string]interface{} `json:"components,omitempty"`
	Info         *OpenAPIInfo           `json:"info"`
	Paths        *Paths                 `json:"paths"`
	Security     []interface{}          `json:"security,omitempty"`
	Servers      []*OpenAPIServer       `json:"servers,omitempty"`
	Tags         []interface{}          `json:"tags,omitempty"`
	ExternalDocs map[string]interface{} `json:"externalDocs,omitempty"`
}

type plainT T

func (t *T) UnmarshalJSON(b []byte) error {
	var p plainT
	if err := json.Unmarshal(b, &p); err != nil {
		return err
	}
	raw := map[string]json.RawMessage{}
	if err := json.Unmarshal(b, &raw); err != nil {
		return err
	}
	for k, v := range raw {
		if strings.HasPrefix(k, "x-") {
			if p.Extensions == nil {
				p.Extensions = map[string]interface{}{}
			}
			p.Extensions[k] = v
		}
	}
	*t = T(p)
	return nil
}

func (t T) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(plainT(t))
	if err != nil || len(t.Extensions) == 0 {
		return b, err
	}
	all := map[string]json.RawMessage{}
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, err
	}
	for k, v := range t.Extensions {
		eb, err := json.Marshal(v)
		if err != nil {
			return nil, err
		}
		all[k] = eb
	}
	return json.Marshal(all)
}

// OAS is a Tyk OAS API definition.
type OAS struct {
	T
}

// GetTykExtension returns the decoded x-tyk-api-gateway extension, or nil.
// As in Tyk, the decoded value replaces the raw one, so edits through the
// returned pointer are part of the document.
func (s *OAS) GetTykExtension() *XTykAPIGateway {
	if s == nil || s.Extensions == nil {
		return nil
	}
	switch v := s.Extensions[ExtensionTykAPIGateway].(type) {
	case *XTykAPIGateway:
		return v
	case json.RawMessage:
		x := &XTykAPIGateway{}
		if err := json.Unmarshal(v, x); err != nil {
			return nil
		}
		s.Extensions[ExtensionTykAPIGateway] = x
		return x
	case nil:
		return nil
	default:
		b, err := json.Marshal(v)
		if err != nil {
			return nil
		}
		x := &XTykAPIGateway{}
		if json.Unmarshal(b, x) != nil {
			return nil
		}
		s.Extensions[ExtensionTykAPIGateway] = x
		return x
	}
}

// SetTykExtension replaces the x-tyk-api-gateway extension.
func (s *OAS) SetTykExtension(x *XTykAPIGateway) {
	if s.Extensions == nil {
		s.Extensions = map[string]interface{}{}
	}
	s.Extensions[ExtensionTykAPIGateway] = x
}

// GetTykMiddleware returns the extension's middleware section, or nil.
func (s *OAS) GetTykMiddleware() *Middleware {
	if x := s.GetTykExtension(); x != nil {
		return x.Middleware
	}
	return nil
}
