// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"plugin"
	"sync"

	"github.com/TykTechnologies/tyk-pump/analytics"
)

// The three hook signatures Tyk accepts (Tyk: goplugin/goplugin.go,
// GetHandler, GetResponseHandler, GetAnalyticsHandler).
type (
	requestHook   = func(http.ResponseWriter, *http.Request)
	responseHook  = func(http.ResponseWriter, *http.Response, *http.Request)
	analyticsHook = func(*analytics.AnalyticsRecord)
)

type handlerKey struct{ kind, path, symbol string }

// loader opens plugins once per path and keeps the typed hooks it found.
type loader struct {
	// openMu serialises plugin.Open: a second open of a file whose init
	// is running (or has panicked) blocks inside Go's plugin package, and
	// the poisoned check must happen before that.
	openMu   sync.Mutex
	plugins  map[string]*plugin.Plugin
	poisoned map[string]string // real path → error after an init panic

	mu       sync.RWMutex
	handlers map[handlerKey]interface{}
}

func newLoader() *loader {
	return &loader{
		plugins:  map[string]*plugin.Plugin{},
		poisoned: map[string]string{},
		handlers: map[handlerKey]interface{}{},
	}
}

// realPath names a file the way Go's plugin cache does (realpath), so a
// symlink to a poisoned file is refused too.
func realPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if rp, err := filepath.EvalSymlinks(abs); err == nil {
		return rp
	}
	return abs
}

// load opens path (once) and looks symbol up with Tyk's type check for
// kind. panicked is true when the plugin's init panicked, now or on an
// earlier load.
func (l *loader) load(kind, path, symbol string) (panicked bool, err error) {
	if kind != "request" && kind != "response" && kind != "analytics" {
		return false, fmt.Errorf("unknown kind %q", kind)
	}
	p, panicked, err := l.open(path)
	if err != nil {
		return panicked, err
	}
	sym, err := p.Lookup(symbol)
	if err != nil {
		return false, err
	}
	var h interface{}
	switch kind {
	case "request":
		f, ok := sym.(func(http.ResponseWriter, *http.Request))
		if !ok {
			return false, errors.New("could not cast function symbol to http.HandlerFunc")
		}
		h = f
	case "response":
		f, ok := sym.(func(http.ResponseWriter, *http.Response, *http.Request))
		if !ok {
			return false, errors.New("could not cast function symbol to TykResponseHandler")
		}
		h = f
	case "analytics":
		f, ok := sym.(func(*analytics.AnalyticsRecord))
		if !ok {
			return false, errors.New("could not cast function symbol to AnalyticsPlugin function")
		}
		h = f
	}
	l.mu.Lock()
	l.handlers[handlerKey{kind, path, symbol}] = h
	l.mu.Unlock()
	return false, nil
}

func (l *loader) open(path string) (p *plugin.Plugin, panicked bool, err error) {
	l.openMu.Lock()
	defer l.openMu.Unlock()
	if p := l.plugins[path]; p != nil {
		return p, false, nil
	}
	rp := realPath(path)
	if msg, bad := l.poisoned[rp]; bad {
		return nil, true, errors.New(msg)
	}
	defer func() {
		if v := recover(); v != nil {
			// Go leaves the file registered as loading: any later
			// plugin.Open of it would block for ever.
			msg := fmt.Sprintf("panic while loading: %v", v)
			l.poisoned[rp] = msg
			p, panicked, err = nil, true, errors.New(msg)
		}
	}()
	p, err = plugin.Open(path)
	if err != nil {
		return nil, false, err
	}
	l.plugins[path] = p
	return p, false, nil
}

// handler returns the hook a successful load registered.
func (l *loader) handler(kind, path, symbol string) (interface{}, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	h, ok := l.handlers[handlerKey{kind, path, symbol}]
	if !ok {
		return nil, fmt.Errorf("plugin not loaded: %s symbol %s (kind %s)", path, symbol, kind)
	}
	return h, nil
}
