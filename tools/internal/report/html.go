package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"html/template"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// The HTML report: one self-contained page (no external asset, no script)
// for a person, built from the JSON reports of a run's helpers: the stages
// with time and bytes and a bar chart of time per stage, URL replacements
// per table.column, files new/changed/deleted, what was changed in the
// shadow before the swap, and the health check's pages. html/template
// escapes every value.

type htmlStage struct {
	Tool, Status, Error string
	Seconds             float64
	Bytes               string
	Bar                 float64 // width in the chart, 0..100
	Summary             [][2]string
}

type htmlColumn struct {
	Name                         string
	Values, Replacements, Broken int64
}

type htmlPage struct {
	Path, Status, Compare, Problem string
	Millis                         int64
	Leaked                         int
}

type htmlData struct {
	Title      string
	Site       string
	Stages     []htmlStage
	Total      float64
	Columns    []htmlColumn
	Files      []string
	FileCounts string
	Edited     []string
	Pages      []htmlPage
	Healthy    string
}

// RenderHTML writes the page for reps to path, atomically. The reports are
// as read back from their JSON (ReadFile): details are maps and lists.
func RenderHTML(path, title string, reps []*Report) error {
	var d htmlData
	d.Title = title
	longest := 0.0
	for _, r := range reps {
		longest = math.Max(longest, r.Seconds)
	}
	for _, r := range reps {
		if d.Site == "" {
			d.Site = r.Site
		}
		st := htmlStage{Tool: r.Tool, Status: r.Status, Error: r.Error, Seconds: r.Seconds}
		if longest > 0 {
			st.Bar = 100 * r.Seconds / longest
		}
		if b, ok := r.Summary["bytes"].(float64); ok { // reports are read back from their JSON
			st.Bytes = Bytes(int64(b))
		}
		keys := make([]string, 0, len(r.Summary))
		for k := range r.Summary {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			st.Summary = append(st.Summary, [2]string{k, short(r.Summary[k])})
		}
		d.Stages = append(d.Stages, st)
		d.Total += r.Seconds
		details, _ := r.Details.(map[string]any)
		switch r.Tool {
		case "rewriteurls":
			if cols, ok := details["columns"].(map[string]any); ok {
				for name, v := range cols {
					c, _ := v.(map[string]any)
					d.Columns = append(d.Columns, htmlColumn{name, num(c["values_changed"]), num(c["replacements"]), num(c["broken_serialized"])})
				}
				sort.Slice(d.Columns, func(i, j int) bool { return d.Columns[i].Replacements > d.Columns[j].Replacements })
			}
		case "syncfiles":
			d.FileCounts = fmt.Sprintf("%v new, %v changed, %v deleted", r.Summary["new"], r.Summary["changed"], r.Summary["deleted"])
			if list, ok := r.Details.([]any); ok {
				for i, ch := range list {
					if i == 500 {
						d.Files = append(d.Files, fmt.Sprintf("… and %d more (in the JSON report)", len(list)-500))
						break
					}
					m, _ := ch.(map[string]any)
					d.Files = append(d.Files, fmt.Sprintf("%v %v", m["Op"], m["Path"]))
				}
			}
		case "restoredb":
			if e, ok := r.Summary["edited"].([]any); ok {
				for _, x := range e {
					d.Edited = append(d.Edited, fmt.Sprint(x))
				}
			}
		case "checksite":
			d.Healthy = fmt.Sprint(r.Summary["healthy"])
			if pages, ok := details["pages"].([]any); ok {
				for _, v := range pages {
					p, _ := v.(map[string]any)
					d.Pages = append(d.Pages, htmlPage{Path: fmt.Sprint(p["path"]), Status: fmt.Sprint(p["status"]), Compare: fmt.Sprint(p["compare_status"]),
						Problem: strOf(p["problem"]), Millis: num(p["ms"]), Leaked: int(num(p["other_env_urls"]))})
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := page.Execute(&buf, d); err != nil {
		return fmt.Errorf("HTML report: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".report-*.html")
	if err != nil {
		return fmt.Errorf("write HTML report %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err = tmp.Write(buf.Bytes()); err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	return err
}

// ReadFile reads a JSON report.
func ReadFile(path string) (*Report, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var r Report
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("report %s: %w", path, err)
	}
	return &r, nil
}

func num(v any) int64 {
	f, _ := v.(float64) // JSON numbers
	return int64(f)
}

func strOf(v any) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v)
}

func short(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // html/template escapes; the JSON need not
	s := fmt.Sprint(v)
	if enc.Encode(v) == nil {
		s = strings.TrimSpace(b.String())
	}
	s = strings.Trim(s, `"`)
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

var page = template.Must(template.New("report").Funcs(template.FuncMap{
	"f2":   func(f float64) string { return fmt.Sprintf("%.2f", f) },
	"bar":  func(i int) int { return 28 * i },
	"barx": func(f float64) string { return fmt.Sprintf("%.1f", 1.6+f*4.8) },
}).Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Title}}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#1d2327;max-width:1100px}
h1{font-size:1.4em}h2{font-size:1.1em;margin-top:2em;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f6f7f7}.ok{color:#00702a}.failed,.refused,.bad{color:#b32d2e;font-weight:bold}
.num{text-align:right}code{font-size:12px}svg text{font:12px system-ui,sans-serif}
</style></head><body>
<h1>{{.Title}}</h1>
<p>Site <b>{{.Site}}</b> · {{len .Stages}} stages · {{f2 .Total}} s</p>
<h2 id="stages">Stages</h2>
<table class="stages"><tr><th>stage</th><th>status</th><th class="num">seconds</th><th class="num">bytes</th><th>error</th></tr>
{{range .Stages}}<tr><td>{{.Tool}}</td><td class="{{.Status}}">{{.Status}}</td><td class="num">{{f2 .Seconds}}</td><td class="num">{{.Bytes}}</td><td>{{.Error}}</td></tr>
{{end}}</table>
<svg width="720" height="{{bar (len .Stages)}}" role="img" aria-label="time per stage">
{{range $i, $s := .Stages}}<text x="0" y="{{bar $i}}" dy="18">{{$s.Tool}}</text><rect x="160" y="{{bar $i}}" width="{{barx $s.Bar}}" height="20" fill="#2271b1"></rect><text x="{{barx $s.Bar}}" dx="166" y="{{bar $i}}" dy="15">{{f2 $s.Seconds}} s</text>
{{end}}</svg>
{{if .FileCounts}}<h2 id="files">Files</h2><p>{{.FileCounts}}</p>{{if .Files}}<table>{{range .Files}}<tr><td><code>{{.}}</code></td></tr>{{end}}</table>{{end}}{{end}}
{{if .Columns}}<h2 id="urls">URL replacements per table.column</h2>
<table><tr><th>table.column</th><th class="num">values</th><th class="num">replacements</th><th class="num">broken serialized</th></tr>
{{range .Columns}}<tr><td><code>{{.Name}}</code></td><td class="num">{{.Values}}</td><td class="num">{{.Replacements}}</td><td class="num">{{.Broken}}</td></tr>{{end}}</table>{{end}}
{{if .Edited}}<h2 id="hygiene">Changed in the shadow before the swap</h2><ul>{{range .Edited}}<li>{{.}}</li>{{end}}</ul>{{end}}
{{if .Pages}}<h2 id="health">Health check: {{if eq .Healthy "true"}}<span class="ok">healthy</span>{{else}}<span class="bad">unhealthy</span>{{end}}</h2>
<table><tr><th>path</th><th>status</th><th>reference</th><th class="num">ms</th><th class="num">other-env URLs</th><th>problem</th></tr>
{{range .Pages}}<tr><td><code>{{.Path}}</code></td><td>{{.Status}}</td><td>{{.Compare}}</td><td class="num">{{.Millis}}</td><td class="num">{{.Leaked}}</td><td class="bad">{{.Problem}}</td></tr>{{end}}</table>{{end}}
<h2 id="summaries">Summaries</h2>
{{range .Stages}}<h3>{{.Tool}}</h3><table>{{range .Summary}}<tr><th>{{index . 0}}</th><td><code>{{index . 1}}</code></td></tr>{{end}}</table>{{end}}
</body></html>
`))
