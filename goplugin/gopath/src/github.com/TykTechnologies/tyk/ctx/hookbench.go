// SPDX-License-Identifier: GPL-3.0-or-later

package ctx

import (
	"context"
	"sync"
)

// HookbenchCall is Hookbench's per-call record and not part of Tyk's API:
// plugins must not use it. The Hookbench host puts one into every request
// context it builds; SetSession reads the gateway's hash_keys from it and
// notes that it was called and which hash flag it chose, so the host can
// report both to the engine. It is a pointer shared by every derived
// context, so a call is noted even when the plugin passes SetSession a
// request copy of its own.
type HookbenchCall struct {
	// HashKeys is tyk.conf's hash_keys for this call.
	HashKeys bool

	mu         sync.Mutex
	sessionSet bool
	hashKey    bool
}

// SessionSet reports whether SetSession was called and, if so, the hash
// flag it settled on.
func (c *HookbenchCall) SessionSet() (called bool, hashKey bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.sessionSet, c.hashKey
}

func (c *HookbenchCall) noteSetSession(hashKey bool) {
	c.mu.Lock()
	c.sessionSet = true
	c.hashKey = hashKey
	c.mu.Unlock()
}

type hookbenchCallKey struct{}

// WithHookbenchCall returns a context carrying c (host use only).
func WithHookbenchCall(parent context.Context, c *HookbenchCall) context.Context {
	return context.WithValue(parent, hookbenchCallKey{}, c)
}

// HookbenchCallFrom returns the call record of a context, or nil.
func HookbenchCallFrom(c context.Context) *HookbenchCall {
	hc, _ := c.Value(hookbenchCallKey{}).(*HookbenchCall)
	return hc
}
