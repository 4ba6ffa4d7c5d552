package dump

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

func writeSealed(t *testing.T, path, body string) {
	o, err := Create(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(o, body)
	if err := o.Seal(); err != nil {
		t.Fatal(err)
	}
	if err := o.Commit(nil); err != nil {
		t.Fatal(err)
	}
}

func TestSealedRoundTripPlainAndGzip(t *testing.T) {
	dir := t.TempDir()
	body := strings.Repeat("INSERT INTO `t` VALUES (1,'x');\n", 5000) + "-- Dump completed\n"
	for _, name := range []string{"d.sql", "d.sql.gz"} {
		p := filepath.Join(dir, name)
		writeSealed(t, p, body)
		r, err := Open(p, nil)
		if err != nil {
			t.Fatal(err)
		}
		v := NewVerifier(r)
		got, _ := io.ReadAll(iotest.HalfReader(v))
		if !strings.HasPrefix(string(got), body) {
			t.Fatalf("%s: content changed", name)
		}
		if err := v.Check(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if left, _ := filepath.Glob(filepath.Join(dir, ".*partial*")); len(left) > 0 {
			t.Errorf("partial files left: %v", left)
		}
	}
}

func TestCutOrAlteredDumpFailsCheck(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "d.sql")
	writeSealed(t, p, strings.Repeat("x", 50000)+"\n")
	full, _ := os.ReadFile(p)
	for name, data := range map[string][]byte{
		"cut":     full[:len(full)/2],
		"flipped": append(append([]byte{}, full[:100]...), append([]byte{'y'}, full[101:]...)...),
		"no seal": full[:bytes.LastIndex(full, []byte(SealPrefix))],
	} {
		v := NewVerifier(bytes.NewReader(data))
		io.Copy(io.Discard, v)
		if err := v.Check(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestDamagedGzipIsReported(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "d.sql.gz")
	writeSealed(t, p, strings.Repeat("some dump text ", 100000))
	data, _ := os.ReadFile(p)
	data[len(data)/2] ^= 0xff
	os.WriteFile(p, data, 0o600)
	r, err := Open(p, nil)
	if err != nil {
		t.Fatal(err)
	}
	v := NewVerifier(r)
	_, err = io.Copy(io.Discard, v)
	if err == nil && v.Check() == nil {
		t.Fatal("a damaged gzip passed")
	}
}

func TestDevicesAreWrittenInPlace(t *testing.T) {
	before, _ := os.Stat("/dev/null")
	o, err := Create("/dev/null", nil)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(o, "x")
	if err := o.Commit(nil); err != nil {
		t.Fatal(err)
	}
	after, err := os.Stat("/dev/null")
	if err != nil || after.Mode() != before.Mode() || after.Mode().IsRegular() {
		t.Fatalf("/dev/null was replaced: %v %v", after.Mode(), err)
	}
	if _, err := Create(t.TempDir(), nil); err == nil {
		t.Error("a directory was accepted as a dump file")
	}
}
