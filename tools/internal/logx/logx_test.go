package logx

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestSecretsNeverReachTheLog(t *testing.T) {
	secrets := []string{`pa"ss\word`, "s3cr3t-key-passphrase"}
	for _, format := range []string{"json", "console"} {
		var buf bytes.Buffer
		log, red, err := New(&buf, format, "debug")
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range secrets {
			red.Add(s)
		}
		log.Info().Str("password", secrets[0]).Msg("connecting with " + secrets[1])
		log.Error().Err(errors.New("auth failed for " + secrets[0])).Msg("x")
		out := buf.String()
		for _, s := range secrets {
			if strings.Contains(out, s) || strings.Contains(out, `pa\"ss\\word`) {
				t.Errorf("%s log leaks %q:\n%s", format, s, out)
			}
		}
		if strings.Count(out, "[REDACTED]") < 3 {
			t.Errorf("%s log not redacted:\n%s", format, out)
		}
	}
}

func TestBadFormatAndLevel(t *testing.T) {
	if _, _, err := New(&bytes.Buffer{}, "xml", "info"); err == nil || !strings.Contains(err.Error(), "auto, console or json") {
		t.Errorf("format: %v", err)
	}
	if _, _, err := New(&bytes.Buffer{}, "json", "loud"); err == nil || !strings.Contains(err.Error(), "trace, debug") {
		t.Errorf("level: %v", err)
	}
}
