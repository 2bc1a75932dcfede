#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The Go side's own tests: Tyk's packages as Hookbench writes them (goplugin/gopath) and the
# Go plugin host (goplugin/host), with `go test` in GOPATH mode as the engine builds them.
set -eu
sources="$1"
export GO111MODULE=off GOFLAGS= GOPROXY=off GOWORK=off CGO_ENABLED=1
export GOPATH="$sources/gopath:/usr/share/gocode"
cd "$sources/gopath/src/github.com/TykTechnologies"
go vet ./tyk/... ./tyk-pump/...
go test -count=1 ./tyk/... ./tyk-pump/...
cd "$sources/host"
go vet .
go test -count=1 .
