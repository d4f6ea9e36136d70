// The NO_PROXY oracle: Go's own golang.org/x/net/http/httpproxy (the runner's proxy logic),
// pinned by tools/go.mod. It reads one JSON case per line on stdin, {"noProxy": "...", "url": "..."},
// and writes one line per case: "proxy", "direct" or "error: ...". Both proxy variables are set,
// so the answer depends on NO_PROXY alone. test/noproxy/httpproxy-oracle.test.ts compares it with
// the Rego model (policies/lib/noproxy_go.rego).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/url"
	"os"

	"golang.org/x/net/http/httpproxy"
)

type testCase struct {
	NoProxy string `json:"noProxy"`
	URL     string `json:"url"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for in.Scan() {
		var c testCase
		if err := json.Unmarshal(in.Bytes(), &c); err != nil {
			fmt.Fprintf(out, "error: %v\n", err)
			continue
		}
		cfg := httpproxy.Config{HTTPProxy: "http://proxy.test:3128", HTTPSProxy: "http://proxy.test:3128", NoProxy: c.NoProxy}
		u, err := url.Parse(c.URL)
		if err != nil {
			fmt.Fprintf(out, "error: %v\n", err)
			continue
		}
		p, err := cfg.ProxyFunc()(u)
		switch {
		case err != nil:
			fmt.Fprintf(out, "error: %v\n", err)
		case p == nil:
			fmt.Fprintln(out, "direct")
		default:
			fmt.Fprintln(out, "proxy")
		}
	}
}
