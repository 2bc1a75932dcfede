// SPDX-License-Identifier: GPL-3.0-or-later

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const noisyPlugin = `package main

import (
	"fmt"
	"net/http"
	"os"

	"github.com/TykTechnologies/tyk/log"
)

func init() {
	fmt.Println("noise from init")
	log.Get().WithField("when", "init").Info("init log")
}

func Noisy(rw http.ResponseWriter, r *http.Request) {
	fmt.Println("noise from hook")
	os.Stdout.WriteString("more noise\n")
	r.Header.Set("X-Noisy", "1")
}

func main() {}
`

// TestBinaryKeepsStdoutForReplies runs the built host as the engine does: a
// plugin printing to stdout must not reach the reply stream, and what it
// logs outside a call arrives as an unsolicited log line.
func TestBinaryKeepsStdoutForReplies(t *testing.T) {
	so := buildSource(t, "noisy", []byte(noisyPlugin))
	bin := filepath.Join(pluginDir, "host-bin")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building host: %v\n%s", err, out)
	}
	var stderr bytes.Buffer
	cmd := exec.Command(bin)
	cmd.Stderr = &stderr
	in, _ := cmd.StdinPipe()
	outPipe, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(in, `{"id":1,"op":"load","kind":"request","path":%q,"symbol":"Noisy"}`+"\n", so)
	lines := make(chan string, 10)
	go func() {
		sc := bufio.NewScanner(outPipe)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	next := func() map[string]interface{} {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("host closed stdout; stderr:\n%s", stderr.String())
			}
			var m map[string]interface{}
			if err := json.Unmarshal([]byte(l), &m); err != nil {
				t.Fatalf("not a protocol line: %q", l)
			}
			return m
		case <-time.After(30 * time.Second):
			t.Fatal("no reply")
		}
		return nil
	}
	if m := next(); m["op"] != "log" || m["message"] != "init log" || m["fields"].(map[string]interface{})["when"] != "init" {
		t.Fatalf("expected the init log line first, got %v", m)
	}
	if m := next(); m["id"].(float64) != 1 || m["ok"] != true {
		t.Fatalf("load reply %v", m)
	}
	fmt.Fprintf(in, `{"id":2,"op":"call","kind":"request","path":%q,"symbol":"Noisy","request":{"method":"GET","url":"/","host":"h","headers":[]}}`+"\n", so)
	m := next()
	if m["id"].(float64) != 2 || !strings.Contains(fmt.Sprint(m["request"]), "X-Noisy") {
		t.Fatalf("call reply %v", m)
	}
	in.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatalf("host exit: %v", err)
	}
	for _, want := range []string{"noise from init", "noise from hook", "more noise"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
}
