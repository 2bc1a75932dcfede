// SPDX-License-Identifier: GPL-3.0-or-later

package ctx

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"math/bits"
	"strings"
)

// storageHashKey is the key part Tyk stores a session under
// (Tyk: storage/storage.go, HashKey): the key itself, or its hash when
// hashing is on.
func storageHashKey(key string, hashing bool) string {
	if !hashing {
		return key
	}
	return hashStr(key)
}

// hashStr hashes a key with the algorithm the key names (Tyk:
// internal/crypto/hash.go, HashStr, TokenHashAlgo): keys that start with
// "ey" and decode to JSON with an "h" field use that algorithm; every other
// key uses murmur32, whatever hash_key_function says. Output is lower-case
// hex of the big-endian digest, seed 0.
func hashStr(key string) string {
	switch tokenHashAlgo(key) {
	case "sha256":
		sum := sha256.Sum256([]byte(key))
		return hex.EncodeToString(sum[:])
	case "murmur64":
		h1, _ := murmur128([]byte(key))
		var b [8]byte
		binary.BigEndian.PutUint64(b[:], h1)
		return hex.EncodeToString(b[:])
	case "murmur128":
		h1, h2 := murmur128([]byte(key))
		var b [16]byte
		binary.BigEndian.PutUint64(b[:8], h1)
		binary.BigEndian.PutUint64(b[8:], h2)
		return hex.EncodeToString(b[:])
	default:
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], murmur32([]byte(key)))
		return hex.EncodeToString(b[:])
	}
}

func tokenHashAlgo(key string) string {
	if !strings.HasPrefix(key, "ey") {
		return ""
	}
	raw, err := base64.StdEncoding.DecodeString(key)
	if err != nil {
		return ""
	}
	var t struct {
		H string `json:"h"`
	}
	if json.Unmarshal(raw, &t) != nil {
		return ""
	}
	return t.H
}

// murmur32 is MurmurHash3 x86 32-bit with seed 0.
func murmur32(data []byte) uint32 {
	const c1, c2 = 0xcc9e2d51, 0x1b873593
	var h uint32
	n := len(data) / 4
	for i := 0; i < n; i++ {
		k := binary.LittleEndian.Uint32(data[i*4:])
		k *= c1
		k = bits.RotateLeft32(k, 15)
		k *= c2
		h ^= k
		h = bits.RotateLeft32(h, 13)
		h = h*5 + 0xe6546b64
	}
	var k uint32
	tail := data[n*4:]
	for i := len(tail) - 1; i >= 0; i-- {
		k ^= uint32(tail[i]) << (8 * uint(i))
	}
	if len(tail) > 0 {
		k *= c1
		k = bits.RotateLeft32(k, 15)
		k *= c2
		h ^= k
	}
	h ^= uint32(len(data))
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

func fmix64(k uint64) uint64 {
	k ^= k >> 33
	k *= 0xff51afd7ed558ccd
	k ^= k >> 33
	k *= 0xc4ceb9fe1a85ec53
	k ^= k >> 33
	return k
}

// murmur128 is MurmurHash3 x64 128-bit with seed 0.
func murmur128(data []byte) (uint64, uint64) {
	const c1, c2 = 0x87c37b91114253d5, 0x4cf5ad432745937f
	var h1, h2 uint64
	n := len(data) / 16
	for i := 0; i < n; i++ {
		k1 := binary.LittleEndian.Uint64(data[i*16:])
		k2 := binary.LittleEndian.Uint64(data[i*16+8:])
		k1 *= c1
		k1 = bits.RotateLeft64(k1, 31)
		k1 *= c2
		h1 ^= k1
		h1 = bits.RotateLeft64(h1, 27)
		h1 += h2
		h1 = h1*5 + 0x52dce729
		k2 *= c2
		k2 = bits.RotateLeft64(k2, 33)
		k2 *= c1
		h2 ^= k2
		h2 = bits.RotateLeft64(h2, 31)
		h2 += h1
		h2 = h2*5 + 0x38495ab5
	}
	tail := data[n*16:]
	var k1, k2 uint64
	for i := len(tail) - 1; i >= 8; i-- {
		k2 ^= uint64(tail[i]) << (8 * uint(i-8))
	}
	if len(tail) > 8 {
		k2 *= c2
		k2 = bits.RotateLeft64(k2, 33)
		k2 *= c1
		h2 ^= k2
	}
	for i := len(tail) - 1; i >= 0; i-- {
		if i < 8 {
			k1 ^= uint64(tail[i]) << (8 * uint(i))
		}
	}
	if len(tail) > 0 {
		k1 *= c1
		k1 = bits.RotateLeft64(k1, 31)
		k1 *= c2
		h1 ^= k1
	}
	h1 ^= uint64(len(data))
	h2 ^= uint64(len(data))
	h1 += h2
	h2 += h1
	h1 = fmix64(h1)
	h2 = fmix64(h2)
	h1 += h2
	h2 += h1
	return h1, h2
}
