package phpserial

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"github.com/wpsync/wpsync/tools/internal/urlmap"
)

func replacer(t testing.TB) LeafFunc {
	m, err := urlmap.New([]urlmap.Pair{{From: "https://www.example.com", To: "https://staging.example.org/site"}})
	if err != nil {
		t.Fatal(err)
	}
	var leaf LeafFunc
	leaf = func(dst, s []byte) []byte {
		if LooksSerialized(s) {
			if out, ok := Rewrite(dst, s, leaf); ok {
				return out
			}
		}
		out, _ := m.Replace(dst, s)
		return out
	}
	return leaf
}

// PHP builds every case twice, with the production and the staging URL;
// rewriting the first must give exactly the second.
func TestRewriteMatchesPHPSerialize(t *testing.T) {
	raw, err := exec.Command("php", "testdata/cases.php").Output()
	if err != nil {
		t.Fatalf("php testdata/cases.php: %v (install php-cli: make deps)", err)
	}
	var cases []struct{ Name, In, Want string }
	if err := json.Unmarshal(raw, &cases); err != nil {
		t.Fatal(err)
	}
	leaf := replacer(t)
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			in, _ := base64.StdEncoding.DecodeString(c.In)
			want, _ := base64.StdEncoding.DecodeString(c.Want)
			got, ok := Rewrite(nil, in, leaf)
			if !ok {
				t.Fatalf("did not parse %q", in)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("\n in  %q\n got %q\nwant %q", in, got, want)
			}
			same, ok := Rewrite(nil, in, func(dst, s []byte) []byte { return append(dst, s...) })
			if !ok || !bytes.Equal(same, in) {
				t.Errorf("identity walk changed the value: %q", same)
			}
		})
	}
}

func TestInvalidIsRejectedAndUntouched(t *testing.T) {
	bad := []string{
		`s:5:"abc";`, `a:2:{i:0;s:1:"a";}`, `a:1:{i:0;s:1:"a";`, `O:3:"Foo":1:{s:1:"a";i:1;`, `i:;`, `b:2;`,
		`s:3:"abc"`, `x:1;`, `a:1:{d:1.0;i:1;}`, `s:-1:"";`, `s:99999999999999999999:"a";`, `N;trailing`, `S:3:"\61bc";`,
	}
	for _, b := range bad {
		out, ok := Rewrite([]byte("keep"), []byte(b), func(dst, s []byte) []byte { return append(dst, 'X') })
		if ok || string(out) != "keep" {
			t.Errorf("%q: ok=%v out=%q", b, ok, out)
		}
	}
}

func TestLooksSerialized(t *testing.T) {
	for s, want := range map[string]bool{`a:0:{}`: true, `N;`: true, `s:1:"a";`: true, `hello`: false, `a:`: false, `i:1;x`: false, `b:0;`: true} {
		if LooksSerialized([]byte(s)) != want {
			t.Errorf("LooksSerialized(%q) != %v", s, want)
		}
	}
}

func FuzzRewrite(f *testing.F) {
	for _, s := range []string{`a:2:{s:3:"url";s:23:"https://www.example.com";i:0;d:0.5;}`, `O:8:"stdClass":1:{s:1:"u";s:24:"//www.example.com/\x00x";}`,
		`C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}`, `s:30:"a:1:{i:0;s:10:\"\\\/\\\/x.com\";}";`} {
		f.Add([]byte(s))
	}
	leaf := replacer(f)
	f.Fuzz(func(t *testing.T, in []byte) {
		out, ok := Rewrite(nil, in, leaf)
		if !ok {
			return
		}
		if !Valid(out) {
			t.Fatalf("rewrite of valid %q produced invalid %q", in, out)
		}
		if id, _ := Rewrite(nil, in, func(dst, s []byte) []byte { return append(dst, s...) }); !bytes.Equal(id, in) {
			t.Fatalf("identity walk changed %q to %q", in, id)
		}
	})
}

// SetStrings is judged by PHP: the result unserializes to the array with
// the keys set, everything else as it was.
func TestSetStringsMatchesPHP(t *testing.T) {
	src, err := exec.Command("php", "-r", `echo serialize(["provider" => "aws", "bucket" => "prod-media", "copy-to-s3" => "1", "n" => 3, 7 => ["x" => 1.5], "ü" => "✓"]);`).Output()
	if err != nil {
		t.Fatalf("php: %v", err)
	}
	out, changed, ok := SetStrings(src, map[string]string{"bucket": "staging-media", "copy-to-s3": "0", "remove-local-file": "0"})
	if !ok || strings.Join(changed, ",") != "bucket,copy-to-s3,remove-local-file" {
		t.Fatalf("ok %v changed %v", ok, changed)
	}
	want, err := exec.Command("php", "-r", `echo serialize(["provider" => "aws", "bucket" => "staging-media", "copy-to-s3" => "0", "n" => 3, 7 => ["x" => 1.5], "ü" => "✓", "remove-local-file" => "0"]);`).Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != string(want) {
		t.Errorf("got  %s\nwant %s", out, want)
	}
	if _, _, ok := SetStrings([]byte(`s:3:"abc";`), map[string]string{"a": "b"}); ok {
		t.Error("a string is not an array")
	}
}

func TestRemoveEntries(t *testing.T) {
	cases := []struct{ in, want, removed string }{
		{`a:3:{i:0;s:19:"akismet/akismet.php";i:1;s:9:"hello.php";i:2;s:21:"stripe/gateway-x1.php";}`, `a:2:{i:0;s:19:"akismet/akismet.php";i:1;s:21:"stripe/gateway-x1.php";}`, "hello.php"},
		{`a:2:{s:9:"hello.php";i:1690000000;s:19:"akismet/akismet.php";i:1690000001;}`, `a:1:{s:19:"akismet/akismet.php";i:1690000001;}`, "hello.php"},
		{`a:1:{i:0;s:19:"akismet/akismet.php";}`, `a:1:{i:0;s:19:"akismet/akismet.php";}`, ""},
	}
	for _, c := range cases {
		out, removed, ok := RemoveEntries([]byte(c.in), []string{"hello.php"})
		if !ok || string(out) != c.want || strings.Join(removed, ",") != c.removed {
			t.Errorf("%s → %s %v %v", c.in, out, removed, ok)
		}
	}
	if _, _, ok := RemoveEntries([]byte(`s:3:"abc";`), nil); ok {
		t.Error("a string taken for an array")
	}
}

func TestSetStrings(t *testing.T) {
	in := `a:3:{s:10:"copy-to-s3";s:1:"1";s:6:"bucket";s:4:"prod";i:5;b:1;}`
	out, changed, ok := SetStrings([]byte(in), map[string]string{"copy-to-s3": "0", "remove-local-file": "0"})
	want := `a:4:{s:10:"copy-to-s3";s:1:"0";s:6:"bucket";s:4:"prod";i:5;b:1;s:17:"remove-local-file";s:1:"0";}`
	if !ok || string(out) != want || strings.Join(changed, ",") != "copy-to-s3,remove-local-file" {
		t.Errorf("%s %v %v", out, changed, ok)
	}
	if _, _, ok := SetStrings([]byte(in+"x"), nil); ok {
		t.Error("trailing bytes taken for an array")
	}
}
